"""Salience: how much a candidate date matters, from its measured signals, and picking the best N.

The score is a weighted sum of ``log(1 + count)`` terms, so that doubling the coverage of a date
adds the same amount wherever it starts, and a collection twice as large ranks its dates the
same way. The weights are few and readable: ``articles`` is the unit; ``later``, ``spread`` and
``burst`` come from :mod:`timeline_app.drafting.weights`, which ``bench/tls_dev.py fit`` rebuilds
from the development collections (see BENCHMARKS.md, "Draft timelines", for the figures).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from timeline_app.domain.dates import DateSpan
from timeline_app.drafting.model import DateSignals
from timeline_app.drafting.signals import Candidate
from timeline_app.drafting.weights import FITTED


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each signal adds to a date's salience (per ``log(1 + count)``).

    ``outlets`` counts from the second outlet on (one outlet adds nothing), ``relevance`` only
    applies to drafts made from a search. The development collections each come from a single
    outlet and have no query, so those two are set by design, equal to ``articles``: three
    outlets weigh as much as three times the articles, and matching the query as much as the
    coverage itself.
    """

    articles: float = 1.0
    later: float = FITTED["later"]
    spread: float = FITTED["spread"]
    burst: float = FITTED["burst"]
    outlets: float = 1.0
    relevance: float = 1.0


DEFAULT_WEIGHTS = Weights()


def salience(signals: DateSignals, weights: Weights = DEFAULT_WEIGHTS) -> float:
    """The salience of a date with these ``signals`` (0 for a date nobody names)."""
    if signals.articles == 0:
        return 0.0
    return (
        weights.articles * math.log1p(signals.articles)
        + weights.outlets * math.log(max(signals.outlets, 1))
        + weights.later * math.log1p(signals.later_articles)
        + weights.spread * math.log1p(signals.publication_days)
        + weights.burst * math.log1p(signals.published_that_day)
        + weights.relevance * math.log1p(signals.relevant_articles)
    )


def ranked(candidates: Iterable[Candidate], weights: Weights = DEFAULT_WEIGHTS) -> list[tuple[float, Candidate]]:
    """Candidates best first: by salience, then more articles, then more announcements, then the earlier date.

    A date that was only announced (no article reports it) has salience 0 and comes after every
    reported one.
    """
    scored = [(salience(c.signals, weights), c) for c in candidates]
    scored.sort(key=lambda pair: (-pair[0], -pair[1].signals.articles, -pair[1].signals.planned_articles,
                                  pair[1].span.start))
    return scored


def _overlaps_other_level(span: DateSpan, chosen: Iterable[DateSpan]) -> bool:
    return any(other.precision != span.precision and other.overlaps(span) for other in chosen)


def select(
    candidates: Iterable[Candidate], size: int, weights: Weights = DEFAULT_WEIGHTS
) -> list[tuple[float, Candidate]]:
    """The best ``size`` candidates that can stand on a timeline, best first.

    A candidate needs an event dated to it; a month or year is skipped when a chosen entry of
    another precision lies inside it (and the other way round).
    """
    picked: list[tuple[float, Candidate]] = []
    for score, candidate in ranked(candidates, weights):
        if len(picked) >= size:
            break
        if not any(m.event_matches for m in candidate.mentions):
            continue
        if _overlaps_other_level(candidate.span, (c.span for _, c in picked)):
            continue
        picked.append((score, candidate))
    return picked
