"""Lane packing without overlapping cards, clusters, fuzzy spans, queries."""

from __future__ import annotations

import datetime as dt
import itertools
import random

from timeline_app.domain.dates import DateSpan, Qualifier
from timeline_app.domain.models import EditorialStatus, Event, EventOrigin, EventStatus, Lane, Timeline, TimelineEntry
from timeline_app.layout import (
    NO_LANE,
    CardMetrics,
    LayoutEvent,
    LayoutInput,
    LayoutLane,
    LayoutStyle,
    TimeScale,
    layout_timeline,
    timeline_input,
    to_days,
)

BASE = to_days(dt.date(2022, 1, 1))


def badge(count: int) -> float:
    return 16.0 + 7 * len(str(count))


def events(count: int, *, lanes: int = 1, spread: float = 365.0, seed: int = 1) -> list[LayoutEvent]:
    rng = random.Random(seed)
    made = []
    for i in range(count):
        start = BASE + rng.random() * spread
        made.append(LayoutEvent(i + 1, i % lanes, start, start + 1, f"event {i}", "1 jan", rng.uniform(60, 220)))
    return made


def test_cards_in_a_row_never_overlap() -> None:
    source = LayoutInput(events(400, lanes=2), [LayoutLane(1, "a"), LayoutLane(2, "b")])
    for ppd in (0.5, 4.0, 40.0):
        layout = layout_timeline(source, TimeScale(BASE, ppd), badge)
        placed = list(layout.visible(-1e9, -1e9, 1e9, 1e9))
        rows: dict[tuple[int, int], list[tuple[float, float]]] = {}
        for p in placed:
            rows.setdefault((p.lane, p.row), []).append((p.left, p.card_x + p.card_width))
        for spans in rows.values():
            spans.sort()
            for (_, end), (start, _) in itertools.pairwise(spans):
                assert start >= end, ppd
        clustered = sum(c.count for c in layout.visible_clusters(-1e9, -1e9, 1e9, 1e9))
        assert len(placed) + clustered == 400


def test_dense_regions_cluster_and_split_on_zoom() -> None:
    source = LayoutInput(events(300, spread=30), [LayoutLane(1, "a")])
    far = layout_timeline(source, TimeScale(BASE, 2.0), badge)
    near = layout_timeline(source, TimeScale(BASE, 400.0), badge)
    far_clusters = list(far.visible_clusters(-1e9, -1e9, 1e9, 1e9))
    assert far_clusters and sum(c.count for c in far_clusters) > 250
    assert len(list(near.visible(-1e9, -1e9, 1e9, 1e9))) > len(list(far.visible(-1e9, -1e9, 1e9, 1e9)))
    assert far.lanes[0].rows <= LayoutStyle().max_rows


def test_lanes_stack_and_queries_find_entries() -> None:
    source = LayoutInput(events(20, lanes=2, spread=20), [LayoutLane(1, "a"), LayoutLane(2, "b", collapsed=True)])
    layout = layout_timeline(source, TimeScale(BASE, 200.0), badge)
    first, second = layout.lanes
    assert second.y == first.y + first.height and second.collapsed
    placed = layout.placed(1)
    assert placed is not None
    hit = layout.event_at(placed.x, placed.y + 14)
    assert hit is not None and hit.entry_id == 1
    assert layout.lane_at(second.y + 2) == second
    inside = layout.entries_in(-1e9, first.y, 1e9, first.y + first.height)
    assert set(inside) == {e.entry_id for e in source.by_lane[0]}
    assert all(p.card_width == 0 for p in layout.visible(-1e9, second.y, 1e9, second.y + second.height))


def test_visible_culls_outside_the_rectangle() -> None:
    source = LayoutInput(events(1000, spread=3650), [LayoutLane(1, "a")])
    layout = layout_timeline(source, TimeScale(BASE, 5.0), badge)
    window = list(layout.visible(1000, -1e9, 1600, 1e9))
    assert window and all(p.right >= 1000 and p.left <= 1600 for p in window)
    assert len(window) < 200


def _event(event_id: int, span: DateSpan) -> Event:
    return Event(event_id, f"Event {event_id}", "", span, EventStatus.ACCEPTED, EventOrigin.EDITOR, 1.0, False, False)


def test_fuzzy_spans_get_soft_edges_and_qualifiers_whiskers() -> None:
    now = dt.datetime(2024, 1, 1)
    timeline = Timeline(1, "t", "", now, now, lanes=(Lane(5, 1, "Lane", 0),))
    spans = {
        1: DateSpan.month(2023, 2, approximate=True),
        2: DateSpan.year(2023).with_qualifier(Qualifier.BEFORE),
        3: DateSpan.year(2020).with_qualifier(Qualifier.SINCE),
        4: DateSpan(dt.datetime(2023, 3, 1), dt.datetime(2023, 6, 1), DateSpan.year(2023).precision, "x",
                    qualifier=Qualifier.BETWEEN),
        5: DateSpan.unresolved("PAST_REF"),
    }
    entries = [TimelineEntry(i, 1, i, 5 if i != 4 else None, None, 0, EditorialStatus.DRAFT, "", "", None)
               for i in spans]
    metrics = CardMetrics(lambda s: 6.0 * len(s), lambda s: 5.0 * len(s))
    source = timeline_input(timeline, entries, {i: _event(i, s) for i, s in spans.items()}, metrics, language="en")
    assert [lane.key for lane in source.lanes] == [NO_LANE, 5]
    assert 5 not in source.events  # no place on the axis
    assert source.events[1].date_text == "c. February 2023"
    layout = layout_timeline(source, TimeScale(to_days(dt.date(2019, 1, 1)), 1.0), badge)
    soft, before, since, ranged = (layout.placed(i) for i in (1, 2, 3, 4))
    assert soft and soft.fuzz_left > 0 and soft.fuzz_right > 0
    assert before and before.whisker_left > 0 and before.whisker_right == 0
    assert since and since.whisker_right > 0
    assert ranged and ranged.is_range and ranged.x_end > ranged.x and ranged.lane == 0
