"""From mentions to a draft: candidate dates, salience, the best N, their text."""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable, Iterable, Mapping, Sequence

from timeline_app.domain.dates import Precision
from timeline_app.drafting.model import ArticleInfo, Draft, DraftEntry, Mention
from timeline_app.drafting.ranking import DEFAULT_WEIGHTS, Weights, select
from timeline_app.drafting.signals import allowed_levels, gather, measure
from timeline_app.drafting.summary import Vocabulary, reason_text, summarize, without_date

RANGE_TRIM = 0.02
"""Without a date range, the draft covers the days named by all but the earliest and latest 2%
of (article, day) mentions, so that one aside about 1918 does not stretch a story of 2009."""


def default_range(mentions: Iterable[Mention]) -> tuple[_dt.date, _dt.date] | None:
    """The period a draft covers when the editor gives no dates (see :data:`RANGE_TRIM`)."""
    days = sorted({(m.article_id, m.span.first_day) for m in mentions
                   if m.span.first_day is not None and m.span.precision <= Precision.DAY},
                  key=lambda pair: pair[1])
    if not days:
        days = sorted({(m.article_id, m.span.first_day) for m in mentions if m.span.first_day is not None},
                      key=lambda pair: pair[1])
    if not days:
        return None
    low = int(RANGE_TRIM * (len(days) - 1))
    high = math.ceil((1 - RANGE_TRIM) * (len(days) - 1))
    first, last = days[low][1], days[high][1]
    assert first is not None and last is not None
    return first, last


def make_draft(
    mentions: Sequence[Mention],
    articles: Mapping[int, ArticleInfo],
    *,
    size: int,
    date_from: _dt.date | None = None,
    date_to: _dt.date | None = None,
    relevant: Callable[[str], bool] | None = None,
    headline_of: Callable[[Mention], str] | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
) -> Draft:
    """A draft of at most ``size`` entries in date order from ``mentions``.

    ``articles`` is the whole scope by id (articles without mentions still count as coverage
    of their publication day). ``relevant`` tells whether a sentence matches the query, for
    drafts made from a search; ``headline_of`` drafts a headline from an entry's chosen sentence
    (default: the title of its event). Raises ``ValueError`` when ``size`` is below 1.
    """
    if size < 1:
        raise ValueError("a draft needs a size of at least 1")
    first, last = date_from, date_to
    if first is None or last is None:
        fallback = default_range(m for m in mentions if (first is None or (m.span.first_day or first) >= first)
                                 and (last is None or (m.span.first_day or last) <= last))
        if fallback is not None:
            first = first or fallback[0]
            last = last or fallback[1]
    levels = allowed_levels(first, last, size) if first and last else frozenset({Precision.DAY})
    candidates = gather(mentions, levels, first, last)
    measure(candidates, articles, relevant)
    picked = select(candidates.values(), size, weights)
    vocabulary = Vocabulary(without_date(m) for _, candidate in picked for m in candidate.mentions)
    entries = []
    for score, candidate in picked:
        text = summarize(candidate, articles, vocabulary, headline_of)
        entries.append(
            DraftEntry(
                span=candidate.span,
                headline=text.headline,
                summary=text.summary,
                sources=text.sources,
                score=round(score, 3),
                reason=reason_text(candidate.signals),
                signals=candidate.signals,
                event_id=text.event_id,
                event_ids=text.event_ids,
            )
        )
    entries.sort(key=lambda e: (e.span.start, e.span.precision))
    return Draft(
        entries=tuple(entries),
        size=size,
        candidates=len(candidates),
        articles=len({m.article_id for m in mentions}),
        mentions=len(mentions),
        date_from=first,
        date_to=last,
    )
