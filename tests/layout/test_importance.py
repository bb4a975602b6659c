"""Importance gives label cards priority for space in a dense lane."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import random

from timeline_app.layout import LayoutEvent, LayoutInput, LayoutLane, LayoutStyle, TimeScale, layout_timeline, to_days

BASE = to_days(dt.date(2022, 1, 1))


def badge(count: int) -> float:
    return 16.0 + 7 * len(str(count))


def dense(count: int = 200, seed: int = 5) -> list[LayoutEvent]:
    rng = random.Random(seed)
    made = []
    for i in range(count):
        start = BASE + rng.random() * 60
        made.append(LayoutEvent(i + 1, 0, start, start + 1, f"event {i}", "1 jan", rng.uniform(80, 200)))
    return made


def _layout(events: list[LayoutEvent]):  # type: ignore[no-untyped-def]
    return layout_timeline(LayoutInput(events, [LayoutLane(1, "a")]), TimeScale(BASE, 6.0), badge, LayoutStyle(max_rows=3))


def test_important_entries_keep_their_cards_and_minor_ones_cluster_first() -> None:
    plain = dense()
    before = _layout(plain)
    clustered = [e.entry_id for e in plain if before.placed(e.entry_id) is None]
    assert len(clustered) > 100
    important = set(clustered[::40][:3])  # as many as the lane has rows: all must find room
    weighted = [dataclasses.replace(e, importance=3 if e.entry_id in important else 0) for e in plain]
    after = _layout(weighted)
    for entry_id in important:
        placed = after.placed(entry_id)
        assert placed is not None and placed.card_width > 0
    assert sum(c.count for c in after.visible_clusters(-1e9, -1e9, 1e9, 1e9)) + len(
        list(after.visible(-1e9, -1e9, 1e9, 1e9))) == len(plain)
    xs = [p.x for p in after.visible(-1e9, -1e9, 1e9, 1e9)]
    assert xs == sorted(xs)  # queries still bisect by x


def test_cards_never_overlap_with_mixed_importance() -> None:
    rng = random.Random(9)
    weighted = [dataclasses.replace(e, importance=rng.choice((0, 0, 1, 2))) for e in dense(300)]
    for ppd in (2.0, 6.0, 60.0):
        layout = layout_timeline(LayoutInput(weighted, [LayoutLane(1, "a")]), TimeScale(BASE, ppd), badge)
        rows: dict[int, list[tuple[float, float]]] = {}
        for p in layout.visible(-1e9, -1e9, 1e9, 1e9):
            rows.setdefault(p.row, []).append((p.left, p.card_x + p.card_width))
        for spans in rows.values():
            spans.sort()
            for (_, end), (start, _) in itertools.pairwise(spans):
                assert start >= end, ppd
        levels = {e.entry_id: e.importance for e in weighted}
        placed_min = min((levels[p.entry_id] for p in layout.visible(-1e9, -1e9, 1e9, 1e9)), default=0)
        clustered_max = max((levels[i] for c in layout.visible_clusters(-1e9, -1e9, 1e9, 1e9) for i in c.entry_ids),
                            default=0)
        assert clustered_max <= max(placed_min, 2)
