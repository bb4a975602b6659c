"""A zoom onto a level not laid out yet shows the visible window first, then the complete layout."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import add_article, add_event
from PySide6.QtGui import QUndoStack

from timeline_app.domain.dates import DateSpan
from timeline_app.services import timelines as svc
from timeline_app.storage import Archive
from timeline_app.ui.canvas import TimelinePanel
from timeline_app.ui.canvas import scene as scene_module


def test_cold_zoom_is_partial_then_completes_when_idle(qtbot, archive: Archive,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scene_module, "WINDOWED_MIN", 1)
    article = add_article(archive, "Story.", title="Story")
    ids = [add_event(archive, article, f"E{i}", DateSpan.day(dt.date(2000 + i, 1, 1))) for i in range(20)]
    timeline, _ = svc.create_timeline(archive, "Years", event_ids=ids)
    panel = TimelinePanel(archive, QUndoStack(), language="en")
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_timeline(timeline.id)
    scene = panel.scene
    scene._cache.clear()
    centre = scene.source.start + 365 * 10
    panel.view.zoom_to_range(centre - 30, centre + 30)
    assert scene.layout.window is not None
    shown = [i for i in scene.source.order if scene.layout.bounds(i) is not None]
    assert 0 < len(shown) < len(ids)
    qtbot.waitUntil(lambda: scene.layout.window is None)
    assert all(scene.layout.bounds(i) is not None for i in scene.source.order)
    assert scene.zoom_step in scene._cache
