"""Reordering lanes by dragging their headers, undoable."""

from __future__ import annotations

import datetime as dt

from builders import add_article, add_event
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from timeline_app.domain.dates import DateSpan
from timeline_app.layout import NO_LANE
from timeline_app.services import timelines as svc
from timeline_app.storage import Archive
from timeline_app.ui.canvas import TimelinePanel
from timeline_app.ui.canvas.rulers import AXIS_HEIGHT


def _mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint) -> None:
    left = Qt.MouseButton.LeftButton
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else left
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), left, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def _names(archive: Archive, timeline_id: int) -> list[str]:
    return [lane.name for lane in svc.lanes_in_order(svc.load_entries(archive, timeline_id)[0])]


def _shown_panel(qtbot, archive: Archive, new_ops, timeline_id: int) -> TimelinePanel:  # type: ignore[no-untyped-def]
    panel = TimelinePanel(archive, new_ops(), language="en")
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_timeline(timeline_id)
    return panel


def _header_at(panel: TimelinePanel, name: str) -> QPoint:
    """The middle of a lane's header, in the headers widget."""
    band = next(band for band in panel.scene.layout.lanes if band.name == name)
    return QPoint(60, round(band.y - panel.view.scene_y_offset() + AXIS_HEIGHT + band.height / 2))


def test_dragging_a_lane_header_down_and_up_with_undo(qtbot, archive: Archive, new_ops) -> None:  # type: ignore[no-untyped-def]
    article = add_article(archive, "Story.", title="Story")
    ids = [add_event(archive, article, f"E{i}", DateSpan.day(dt.date(2020, 1, i + 1))) for i in range(3)]
    timeline, _ = svc.create_timeline(archive, "T", event_ids=ids)
    lanes = [svc.add_lane(archive, timeline.id, name)[0] for name in ("A", "B", "C")]
    entries = svc.load_entries(archive, timeline.id)[1]
    svc.move_entries(archive, {e.id: lanes[i].id for i, e in enumerate(entries)})
    panel = _shown_panel(qtbot, archive, new_ops, timeline.id)
    headers = panel.view.headers

    def at(name: str) -> QPoint:
        return _header_at(panel, name)

    _mouse(headers, QEvent.Type.MouseButtonPress, at("A"))
    _mouse(headers, QEvent.Type.MouseMove, at("B"))
    _mouse(headers, QEvent.Type.MouseMove, at("C"))
    assert headers.drop_target is not None and headers.drop_target.name == "C"
    headers.grab()  # paints the drop line
    _mouse(headers, QEvent.Type.MouseButtonRelease, at("C"))
    panel.ops.wait_idle()
    assert _names(archive, timeline.id) == ["B", "C", "A"]
    assert [band.name for band in panel.scene.layout.lanes if band.key != NO_LANE] == ["B", "C", "A"]
    assert headers.drop_target is None
    panel.ops.undo()
    panel.ops.wait_idle()
    assert _names(archive, timeline.id) == ["A", "B", "C"]
    panel.ops.redo()
    panel.ops.wait_idle()
    assert _names(archive, timeline.id) == ["B", "C", "A"]
    _mouse(headers, QEvent.Type.MouseButtonPress, at("A"))
    _mouse(headers, QEvent.Type.MouseMove, at("B"))
    _mouse(headers, QEvent.Type.MouseButtonRelease, at("B"))
    panel.ops.wait_idle()
    assert _names(archive, timeline.id) == ["A", "B", "C"]
    assert len(panel.ops.history.undo_steps) == 2


def test_a_click_on_a_header_does_not_reorder(qtbot, archive: Archive, new_ops) -> None:  # type: ignore[no-untyped-def]
    timeline, _ = svc.create_timeline(archive, "T")
    for name in ("A", "B"):
        svc.add_lane(archive, timeline.id, name)
    panel = TimelinePanel(archive, new_ops(), language="en")
    qtbot.addWidget(panel)
    panel.resize(800, 400)
    panel.show()
    panel.set_timeline(timeline.id)
    band = panel.scene.layout.lanes[-1]
    point = QPoint(60, round(band.y - panel.view.scene_y_offset() + AXIS_HEIGHT + 10))
    _mouse(panel.view.headers, QEvent.Type.MouseButtonPress, point)
    _mouse(panel.view.headers, QEvent.Type.MouseButtonRelease, point)
    panel.ops.wait_idle()
    assert panel.ops.history.undo_steps == []


def test_a_read_only_canvas_neither_reorders_lanes_nor_starts_entry_drags(qtbot, archive: Archive, new_ops) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui.canvas.interactions import DragEntryInteraction

    article = add_article(archive, "Story.", title="Story")
    ids = [add_event(archive, article, f"E{i}", DateSpan.day(dt.date(2020, 1, i + 1))) for i in range(2)]
    timeline, _ = svc.create_timeline(archive, "T", event_ids=ids)
    for name in ("A", "B"):
        svc.add_lane(archive, timeline.id, name)
    panel = _shown_panel(qtbot, archive, new_ops, timeline.id)
    panel.view.editable = False
    headers = panel.view.headers
    _mouse(headers, QEvent.Type.MouseButtonPress, _header_at(panel, "A"))
    _mouse(headers, QEvent.Type.MouseMove, _header_at(panel, "B"))
    assert headers.drop_target is None
    _mouse(headers, QEvent.Type.MouseButtonRelease, _header_at(panel, "B"))
    panel.ops.wait_idle()
    assert _names(archive, timeline.id) == ["A", "B"]
    # An entry selects on a press but does not start a drag.
    entry_id = next(iter(panel.scene.document.entries))
    placed = panel.scene.layout.placed(entry_id)
    assert placed is not None
    point = panel.view.mapFromScene(QPointF(placed.x, placed.y + placed.height / 2))  # on its marker
    assert panel.scene.layout.event_at(*_scene_xy(panel, point)) is not None
    _mouse(panel.view.viewport(), QEvent.Type.MouseButtonPress, point)
    assert entry_id in panel.scene.selected
    assert not isinstance(panel.view._interaction, DragEntryInteraction)
    _mouse(panel.view.viewport(), QEvent.Type.MouseButtonRelease, point)
    panel.view.editable = True
    _mouse(panel.view.viewport(), QEvent.Type.MouseButtonPress, point)
    assert isinstance(panel.view._interaction, DragEntryInteraction)  # the same press on a writable canvas
    _mouse(panel.view.viewport(), QEvent.Type.MouseButtonRelease, point)


def _scene_xy(panel: TimelinePanel, point: QPoint) -> tuple[float, float]:
    scene = panel.view.mapToScene(point)
    return scene.x(), scene.y()
