"""The in-memory matching index behind cross-article dedupe (pure, no archive)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.domain.dates import DateSpan
from timeline_app.extraction.matching import (
    SHORTLIST,
    EventIndex,
    IndexedEvent,
    candidate_keys,
    fold_text,
    length_class,
    text_similarity,
)
from timeline_app.extraction.names import Signature


def _event(event_id: int, span: DateSpan, sentence: str, article_id: int = 100, *, title: str | None = None) -> IndexedEvent:
    return IndexedEvent.of(event_id, span, title or sentence[:60], False, [(article_id, sentence)])


def _keys(sentence: str, headline: str | None = None):
    return candidate_keys(headline or sentence[:60], sentence, [sentence])


DAY = DateSpan.day(dt.date(2010, 4, 20))
REPORT = "An explosion on the Deepwater Horizon drilling rig killed eleven workers in the Gulf of Mexico"
RETOLD = "Eleven workers were killed when the Deepwater Horizon rig exploded in the Gulf of Mexico"
UNRELATED = "Shares of the airline fell sharply after the strike was announced by the unions"


def test_a_similar_report_on_the_same_day_matches() -> None:
    index = EventIndex()
    index.add(_event(1, DAY, REPORT))
    assert index.match(DAY, _keys(RETOLD)) == 1


def test_a_report_in_another_language_matches_when_names_and_numbers_agree() -> None:
    index = EventIndex()
    names = Signature(frozenset({"deepwater", "horizon", "mexico"}), frozenset({"11"}))
    index.add(IndexedEvent.of(1, DAY, REPORT, False, [(100, REPORT)], names))
    translated = "Bij een explosie op het boorplatform kwamen elf arbeiders om"
    assert index.match(DAY, _keys(translated)) is None  # no words in common
    same = Signature(frozenset({"deepwater", "horizon"}), frozenset({"11"}))
    assert index.match(DAY, _keys(translated), signature=same) == 1
    # Numbers that contradict each other, another day, or no shared name: not the same happening.
    assert index.match(DAY, _keys(translated), signature=Signature(same.name_keys, frozenset({"12"}))) is None
    other_day = DateSpan.day(dt.date(2010, 4, 21))
    assert index.match(other_day, _keys(translated), signature=same) is None
    assert index.match(DAY, _keys(translated), signature=Signature(frozenset({"obama"}), frozenset())) is None


def test_a_similar_report_on_another_day_does_not_match() -> None:
    index = EventIndex()
    index.add(_event(1, DAY, REPORT))
    assert index.match(DateSpan.day(dt.date(2010, 4, 22)), _keys(RETOLD)) is None


def test_a_day_matches_its_month_but_not_its_year() -> None:
    index = EventIndex()
    index.add(_event(1, DateSpan.month(2010, 4), REPORT))
    index.add(_event(2, DateSpan.year(2010), REPORT))
    assert index.match(DAY, _keys(RETOLD)) == 1
    only_year = EventIndex()
    only_year.add(_event(2, DateSpan.year(2010), REPORT))
    assert only_year.match(DAY, _keys(RETOLD)) is None
    # A year matches its months and decades, not its days.
    assert only_year.match(DateSpan.year(2010), _keys(RETOLD)) == 2


def test_rejected_and_excluded_events_never_match() -> None:
    index = EventIndex()
    index.add(IndexedEvent.of(1, DAY, REPORT, True, [(100, REPORT)]))
    index.add(_event(2, DAY, REPORT))
    assert index.match(DAY, _keys(RETOLD), exclude={2}) is None


def test_the_best_scoring_event_wins_even_among_many_on_one_day() -> None:
    index = EventIndex()
    for n in range(3 * SHORTLIST):
        index.add(_event(n + 1, DateSpan.month(2010, 4), f"Gulf of Mexico coast report number {n} about fishing boats"))
    index.add(_event(999, DateSpan.month(2010, 4), REPORT))
    assert index.match(DAY, _keys(RETOLD)) == 999


def test_a_new_source_widens_what_an_event_matches() -> None:
    index = EventIndex()
    index.add(_event(1, DAY, "Officials confirmed the number of victims on Tuesday evening"))
    assert index.match(DAY, _keys(RETOLD)) is None
    index.add_source(1, 200, fold_text(REPORT))
    assert index.match(DAY, _keys(RETOLD)) == 1


def test_conflicts_are_similar_reports_with_another_firm_date() -> None:
    index = EventIndex()
    index.add(_event(1, DateSpan.day(dt.date(2010, 4, 21)), REPORT, title="Deepwater Horizon rig explosion kills eleven"))
    keys = candidate_keys("Deepwater Horizon rig explosion kills eleven", RETOLD, [RETOLD])
    shortlist = index.conflict_shortlist(keys)
    assert shortlist == [1]
    assert index.conflicts(DAY, keys, shortlist) == [1]
    # The very sentence the event came from names both dates: no contradiction.
    same = candidate_keys("Deepwater Horizon rig explosion kills eleven", REPORT, [REPORT])
    assert index.conflicts(DAY, same, index.conflict_shortlist(same)) == []
    # An approximate date cannot contradict another.
    assert index.conflicts(DAY.with_approximate(), keys, shortlist) == []
    # Overlapping dates are no conflict.
    assert index.conflicts(DateSpan.month(2010, 4), keys, shortlist) == []


def test_events_known_by_title_only_are_shortlisted_for_conflicts() -> None:
    index = EventIndex()
    index.add_title(7, fold_text("Deepwater Horizon rig explosion kills eleven"))
    keys = candidate_keys("Deepwater Horizon rig explosion kills eleven", REPORT, [REPORT])
    assert index.conflict_shortlist(keys) == [7]
    assert index.conflicts(DAY, keys, [7]) == []  # its fields are not loaded yet: skipped, not an error


def test_length_classes() -> None:
    day = dt.date(2010, 4, 20).toordinal()
    assert length_class(day, day) == 0
    assert length_class(day, day + 6) == 1
    assert length_class(day, day + 30) == 2
    assert length_class(day, day + 364) == 4
    assert length_class(day, day + 100_000) == 7


_WORDS = st.sampled_from("rig oil spill gulf coast workers killed explosion boats fishing ban court judge".split())


@settings(max_examples=60, deadline=None)
@given(
    sentences=st.lists(st.lists(_WORDS, min_size=3, max_size=9).map(" ".join), min_size=1, max_size=25),
    query=st.lists(_WORDS, min_size=3, max_size=9).map(" ".join),
    days=st.lists(st.integers(min_value=0, max_value=40), min_size=25, max_size=25),
)
def test_the_index_agrees_with_a_full_scan(sentences: list[str], query: str, days: list[int]) -> None:
    """Blocking never changes the answer when few events compete: the index picks what a scan
    of every comparable event would pick."""
    base = dt.date(2010, 4, 1)
    index = EventIndex()
    spans = {}
    for n, sentence in enumerate(sentences, start=1):
        span = DateSpan.day(base + dt.timedelta(days=days[n - 1]))
        spans[n] = (span, sentence)
        index.add(_event(n, span, sentence))
    target = DateSpan.day(base + dt.timedelta(days=days[0]))
    keys = _keys(query)
    best = None
    for n, (span, sentence) in spans.items():
        if not span.overlaps(target):
            continue
        score = max(text_similarity(query[:60], query, sentence[:60], sentence), 0)
        if score >= 62 and (best is None or score > best[0]):
            best = (score, n)
    assert index.match(target, keys) == (best[1] if best else None)
