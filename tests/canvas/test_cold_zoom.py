"""A zoom onto a level not laid out yet shows the visible window first, then the complete layout."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import add_article, add_event

from timeline_app.domain.dates import DateSpan
from timeline_app.services import timelines as svc
from timeline_app.storage import Archive
from timeline_app.ui.canvas import TimelinePanel
from timeline_app.ui.canvas import scene as scene_module


def test_cold_zoom_shows_the_previous_level_stretched_then_the_complete_layout(  # type: ignore[no-untyped-def]
        qtbot, archive: Archive, monkeypatch: pytest.MonkeyPatch, new_ops) -> None:
    monkeypatch.setattr(scene_module, "WINDOWED_MIN", 1)
    article = add_article(archive, "Story.", title="Story")
    ids = [add_event(archive, article, f"E{i}", DateSpan.day(dt.date(2000 + i, 1, 1))) for i in range(20)]
    timeline, _ = svc.create_timeline(archive, "Years", event_ids=ids)
    panel = TimelinePanel(archive, new_ops(), language="en")
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_timeline(timeline.id)
    scene = panel.scene
    qtbot.waitUntil(lambda: not scene.layout.provisional)
    previous = scene.layout
    scene._cache.clear()
    centre = scene.source.start + 365 * 10
    panel.view.zoom_to_range(centre - 30, centre + 30)
    first = scene.layout
    assert first.provisional and first.rescaled_from == previous.scale
    assert first.scale.px_per_day > previous.scale.px_per_day
    factor = first.scale.px_per_day / previous.scale.px_per_day
    assert first.window is not None  # only the visible window (plus margins) is stretched
    moved = 0
    for entry_id in scene.source.order:  # same rows, markers moved to the new scale
        before, after = previous.placed(entry_id), first.placed(entry_id)
        inside = first.window[0] <= scene.source.events[entry_id].start <= first.window[1]
        assert (before is not None and inside) == (after is not None)
        if before is not None and after is not None:
            moved += 1
            assert after.x == pytest.approx(before.x * factor) and after.row == before.row
    assert moved
    panel.view.viewport().grab()
    qtbot.waitUntil(lambda: not scene.layout.provisional)
    assert scene.layout.rescaled_from is None and scene.layout.scale == first.scale
    assert all(scene.layout.bounds(i) is not None for i in scene.source.order)
    assert scene.zoom_step in scene._cache
