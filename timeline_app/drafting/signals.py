"""Candidate dates and the signals measured for each.

A candidate is a date at the precision the draft allows (a day; a month or a year when the range
is long and the draft short), with every mention that names it. Its signals count articles, never
mentions: one article repeating a date counts once.

Signals
    ``articles``: distinct articles reporting the date: published on or after it, in a mention that
    is not a time stamp (see :mod:`timeline_app.drafting.reports`). ``planned_articles``: articles
    that only named it beforehand (an announcement, a schedule). ``outlets``: distinct outlets
    among the reporting articles (articles without a known outlet add none). ``later_articles``:
    reporting articles published at least :data:`LATER_DAYS` days after the date ends that write
    it out by its calendar date ("since the flood of 2 May"): deliberate looks back at it (an
    article of the next day saying "yesterday" is news of the day, and "two days later" dates a
    narrative). ``publication_days``: on how many different days the reporting articles appeared.
    ``published_that_day``: articles of the scope published on the date itself (a burst of
    coverage; the publication date is never counted as a mention). ``relevant_articles``: reporting
    articles whose sentence about the date matches the query, if there is one.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from timeline_app.domain.dates import DateSpan, Precision
from timeline_app.drafting.model import ArticleInfo, DateSignals, Mention
from timeline_app.drafting.reports import is_calendar_date, support

LATER_DAYS = 2

DAY_LEVEL = frozenset({Precision.DAY})


@dataclass(slots=True)
class Candidate:
    """A date the draft may propose, with its mentions (and, once measured, its signals)."""

    span: DateSpan
    mentions: list[Mention] = field(default_factory=list)
    signals: DateSignals = field(default_factory=lambda: DateSignals(0, 0, 0, 0, 0))
    reporting: tuple[Mention, ...] = ()
    """The mentions that report the date (once measured): what its text is drawn from."""


def candidate_span(span: DateSpan, levels: frozenset[Precision]) -> DateSpan | None:
    """The candidate date that ``span`` supports at the allowed ``levels``, or ``None``.

    Day-level and finer spans count for their first day; month- and year-level spans for that
    month or year when the level is allowed. Vague, approximate and unresolved spans never count,
    except a rough time on a known day ("Wednesday afternoon").
    """
    first = span.first_day
    if first is None or span.value.endswith("_REF") or (span.approximate and span.precision >= Precision.DAY):
        return None
    if span.precision <= Precision.DAY:
        return DateSpan.day(first) if Precision.DAY in levels else None
    if span.precision == Precision.MONTH and Precision.MONTH in levels:
        return DateSpan.month(first.year, first.month)
    if span.precision == Precision.YEAR and Precision.YEAR in levels:
        return DateSpan.year(first.year)
    return None


def allowed_levels(first: _dt.date, last: _dt.date, size: int) -> frozenset[Precision]:
    """Which precisions a draft of ``size`` entries over ``[first, last]`` may use.

    Days always; months too when each entry stands for a quarter or more of the range; years
    when each stands for two years or more.
    """
    per_entry = ((last - first).days + 1) / max(size, 1)
    levels = {Precision.DAY}
    if per_entry >= 90:
        levels.add(Precision.MONTH)
    if per_entry >= 730:
        levels.add(Precision.YEAR)
    return frozenset(levels)


def within(span: DateSpan, first: _dt.date | None, last: _dt.date | None) -> bool:
    """True when ``span`` lies inside ``[first, last]`` (either end open when ``None``)."""
    start, end = span.first_day, span.last_day
    if start is None or end is None:
        return False
    return (first is None or start >= first) and (last is None or end <= last)


def gather(
    mentions: Iterable[Mention],
    levels: frozenset[Precision],
    first: _dt.date | None = None,
    last: _dt.date | None = None,
) -> dict[DateSpan, Candidate]:
    """Group mentions by the candidate date they support inside ``[first, last]``."""
    found: dict[DateSpan, Candidate] = {}
    for mention in mentions:
        key = candidate_span(mention.span, levels)
        if key is None or not within(key, first, last):
            continue
        candidate = found.get(key)
        if candidate is None:
            candidate = found[key] = Candidate(key)
        candidate.mentions.append(mention)
    return found


def measure(
    candidates: Mapping[DateSpan, Candidate],
    articles: Mapping[int, ArticleInfo],
    relevant: Callable[[str], bool] | None = None,
) -> None:
    """Fill in the signals of every candidate (``articles`` is the whole scope, by id)."""
    published = Counter(a.published for a in articles.values() if a.published is not None)
    for candidate in candidates.values():
        span = candidate.span
        first, last = span.first_day, span.last_day
        assert first is not None and last is not None
        cutoff = last + _dt.timedelta(days=LATER_DAYS)
        backing = support(candidate.mentions, articles, first)
        ids = backing.reports
        candidate.reporting = backing.mentions
        infos = [articles[i] for i in ids if i in articles]
        looking_back = {m.article_id for m in backing.mentions if is_calendar_date(m)}
        relevant_ids = (
            {m.article_id for m in candidate.mentions if m.article_id in ids and relevant(m.sentence)}
            if relevant is not None
            else set()
        )
        candidate.signals = DateSignals(
            articles=len(ids),
            outlets=len({a.outlet for a in infos if a.outlet}),
            later_articles=sum(1 for a in infos if a.published is not None and a.published >= cutoff
                               and a.id in looking_back),
            publication_days=len({a.published for a in infos if a.published is not None}),
            published_that_day=published.get(first, 0) if span.precision <= Precision.DAY else 0,
            relevant_articles=len(relevant_ids),
            planned_articles=len(backing.planned),
        )
