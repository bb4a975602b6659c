"""Partial layouts of a window and the complete layout made in slices."""

from __future__ import annotations

import datetime as dt
import random

from timeline_app.layout import (
    LayoutEvent,
    LayoutInput,
    LayoutJob,
    LayoutLane,
    LayoutStyle,
    TimeScale,
    layout_timeline,
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
    return LayoutInput(events(3000, lanes=3, spread=3650), [LayoutLane(k, f"L{k}") for k in range(3)])


def test_layout_job_in_slices_equals_the_complete_layout() -> None:
    source, scale, style = _source(), TimeScale(BASE, 2.0), LayoutStyle()
    whole = layout_timeline(source, scale, badge, style)
    job = LayoutJob(source, scale, badge, style, chunk=150)
    slices = 0
    while not job.step():
        slices += 1
    made = job.result()
    biggest = max(len(lane) for lane in source.by_lane)
    assert slices >= sum(-(-len(lane) // 150) for lane in source.by_lane) and biggest > 150
    assert job.done and made.window is None
    for entry_id in source.order:
        assert made.placed(entry_id) == whole.placed(entry_id)
        assert made.bounds(entry_id) == whole.bounds(entry_id)
        assert made.cluster_of(entry_id) == whole.cluster_of(entry_id)
    assert made.height == whole.height and made.lanes == whole.lanes


def test_window_layout_places_only_what_starts_inside() -> None:
    source, scale = _source(), TimeScale(BASE, 2.0)
    window = (BASE + 1000, BASE + 1100)
    part = layout_timeline(source, scale, badge, window=window)
    assert part.window == window
    shown = [i for i in source.order if part.bounds(i) is not None]
    assert shown and len(shown) < len(source) / 10
    assert all(window[0] <= source.events[i].start <= window[1] for i in shown)
    assert all(window[0] <= source.events[i].start <= window[1] for i in (p.entry_id for p in part.visible(
        scale.x(window[0]), 0, scale.x(window[1]), part.height)))
