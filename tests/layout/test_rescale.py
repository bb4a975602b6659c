"""A layout stretched or squeezed to another zoom: the stand-in for a cold zoom's first frame."""

from __future__ import annotations

import datetime as dt
import random
from itertools import pairwise

from timeline_app.layout import (
    LayoutEvent,
    LayoutInput,
    LayoutLane,
    TimeScale,
    layout_timeline,
    rescaled_layout,
    to_days,
)

BASE = to_days(dt.date(2022, 1, 1))


def badge(count: int) -> float:
    return 16.0 + 7 * len(str(count))


def events(count: int, *, lanes: int, spread: float, seed: int = 3) -> list[LayoutEvent]:
    rng = random.Random(seed)
    made = []
    for i in range(count):
        start = BASE + rng.random() * spread
        made.append(LayoutEvent(i + 1, i % lanes, start, start + 1, f"event {i}", "1 jan", rng.uniform(60, 220)))
    return made


def _source() -> LayoutInput:
    return LayoutInput(events(600, lanes=2, spread=3650), [LayoutLane(k, f"L{k}") for k in range(2)])


def test_stretched_layout_keeps_rows_and_cards_and_moves_markers() -> None:
    source = _source()
    coarse = layout_timeline(source, TimeScale(BASE, 0.5), badge)
    stretched = rescaled_layout(coarse, TimeScale(BASE, 2.0))
    assert stretched.provisional and stretched.rescaled_from == coarse.scale and not coarse.provisional
    for entry_id in source.order:
        before, after = coarse.placed(entry_id), stretched.placed(entry_id)
        if before is None:
            assert after is None
            cluster, moved = coarse.cluster_of(entry_id), stretched.cluster_of(entry_id)
            assert cluster is not None and moved is not None and moved.y == cluster.y
            assert moved.x == cluster.x * 4 and moved.entry_ids == cluster.entry_ids
            continue
        assert after is not None
        assert after.x == before.x * 4 and after.row == before.row and after.y == before.y
        assert after.card_width == before.card_width


def test_squeezed_layout_drops_cards_that_would_overlap_in_their_row() -> None:
    source = _source()
    fine = layout_timeline(source, TimeScale(BASE, 2.0), badge)
    squeezed = rescaled_layout(fine, TimeScale(BASE, 0.25))
    for band in squeezed.lanes:
        shown = [p for p in squeezed.visible(-1e9, band.y, 1e9, band.y + band.height) if p.card_width]
        for row in {p.row for p in shown}:
            cards = sorted((p for p in shown if p.row == row), key=lambda p: p.x)
            for a, b in pairwise(cards):
                assert a.card_x + a.card_width <= b.x
    kept = sum(1 for i in source.order if (p := squeezed.placed(i)) is not None and p.card_width)
    placed = sum(1 for i in source.order if fine.placed(i) is not None)
    assert 0 < kept < placed  # some cards go
    for entry_id in source.order:  # a marker stays or folds into a badge; nothing is placed anew
        assert squeezed.bounds(entry_id) is not None
        assert squeezed.placed(entry_id) is None or fine.placed(entry_id) is not None


def test_squeezed_layout_merges_touching_markers_and_badges_with_summed_counts() -> None:
    source = _source()
    fine = layout_timeline(source, TimeScale(BASE, 2.0), badge)
    squeezed = rescaled_layout(fine, TimeScale(BASE, 0.25), badge_width=badge)
    for band in squeezed.lanes:
        clusters = list(squeezed.visible_clusters(-1e9, band.y, 1e9, band.y + band.height))
        for row in {c.y for c in clusters}:
            in_row = sorted((c for c in clusters if c.y == row), key=lambda c: c.x)
            for a, b in pairwise(in_row):
                assert b.x > a.right  # merged when they would touch
            assert all(c.badge_width == badge(c.count) for c in in_row)
    fine_clusters = sum(len(p.clusters) for p in fine.packings)
    assert sum(len(p.clusters) for p in squeezed.packings) < fine_clusters
    shown = sum(len(p.xs) for p in squeezed.packings) + sum(c.count for p in squeezed.packings for c in p.clusters)
    assert shown == len(source)


def test_stretch_with_a_window_moves_only_what_starts_inside_it() -> None:
    source = _source()
    coarse = layout_timeline(source, TimeScale(BASE, 0.5), badge)
    window = (BASE + 1000.0, BASE + 1100.0)
    part = rescaled_layout(coarse, TimeScale(BASE, 4.0), window)
    assert part.window == window and part.provisional
    for entry_id in source.order:
        before, after = coarse.placed(entry_id), part.placed(entry_id)
        inside = window[0] <= source.events[entry_id].start <= window[1]
        if before is not None and inside:
            assert after is not None and after.x == before.x * 8 and after.row == before.row
        elif before is not None:
            assert after is None


def test_rescaling_leaves_the_original_layout_untouched() -> None:
    source = _source()
    coarse = layout_timeline(source, TimeScale(BASE, 0.5), badge)
    before = [coarse.bounds(i) for i in source.order]
    rescaled_layout(coarse, TimeScale(BASE, 3.0))
    assert [coarse.bounds(i) for i in source.order] == before
