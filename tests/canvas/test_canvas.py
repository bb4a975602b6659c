"""Canvas interactions: zoom, drag between lanes with undo, keyboard, auto-lanes, rubber band, editing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from builders import add_article, add_event
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from timeline_app.domain.dates import DateSpan
from timeline_app.domain.models import EditorialStatus
from timeline_app.services import timelines as svc
from timeline_app.storage import Archive
from timeline_app.ui.canvas import TimelinePanel
from timeline_app.ui.canvas.edit_dialog import LaneListModel
from timeline_app.ui.canvas.tooltips import entry_tooltip
from timeline_app.ui.ops import OpRunner

TITLES = ["Treaty signed", "Boring starts", "Water inrush", "Residents sue", "Overrun announced", "Wells dry"]


@pytest.fixture
def story(archive: Archive) -> tuple[int, list[int]]:
    article = add_article(archive, "Long story.", title="Tunnel story", source_name="Grensbode")
    event_ids = [
        add_event(archive, article, title, DateSpan.day(dt.date(2014 + 2 * i, 3, 13)), people=(f"P{i % 2}",))
        for i, title in enumerate(TITLES)
    ]
    timeline, _ = svc.create_timeline(archive, "Tunnel", event_ids=event_ids)
    politics, _ = svc.add_lane(archive, timeline.id, "Politics")
    works, _ = svc.add_lane(archive, timeline.id, "Works")
    entries = svc.load_entries(archive, timeline.id)[1]
    svc.move_entries(archive, {e.id: (politics.id if i % 2 == 0 else works.id) for i, e in enumerate(entries)})
    return timeline.id, [e.id for e in entries]


@pytest.fixture
def panel(qtbot, archive: Archive, story: tuple[int, list[int]], ops: OpRunner) -> Iterator[TimelinePanel]:  # type: ignore[no-untyped-def]
    widget = TimelinePanel(archive, ops, language="en")
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_timeline(story[0])
    yield widget


def _send_mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton,
                modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else button
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons, modifiers)
    QApplication.sendEvent(widget, event)


def _viewport_pos(panel: TimelinePanel, entry_id: int) -> QPoint:
    placed = panel.scene.layout.placed(entry_id)
    assert placed is not None
    return panel.view.mapFromScene(QPointF(placed.card_x + 12, placed.y + 14))


def _lane_of(archive: Archive, entry_id: int) -> int | None:
    return svc.get_entries(archive, [entry_id])[0].lane_id


def test_zoom_with_wheel_and_keys_keeps_the_anchor(panel: TimelinePanel) -> None:
    view = panel.view
    step = panel.scene.zoom_step
    anchor = QPoint(300, 100)
    days_before = panel.scene.scale.days(view.mapToScene(anchor).x())
    wheel = QWheelEvent(QPointF(anchor), QPointF(view.viewport().mapToGlobal(anchor)), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert panel.scene.zoom_step == step + 1
    assert panel.scene.scale.days(view.mapToScene(anchor).x()) == pytest.approx(days_before, abs=2 / panel.scene.scale.px_per_day)
    QTest.keyClick(view, Qt.Key.Key_Minus)
    QTest.keyClick(view, Qt.Key.Key_Minus)
    assert panel.scene.zoom_step == step - 1
    view.zoom_to_range(panel.scene.source.start, panel.scene.source.start + 30)
    start, end = view.visible_days()
    assert end - start < 120


def test_drag_between_lanes_with_undo_redo_persisted(panel: TimelinePanel, archive: Archive,
                                                     story: tuple[int, list[int]]) -> None:
    entry = story[1][0]
    politics, works = (lane.id for lane in panel.document.timeline.lanes)  # type: ignore[union-attr]
    assert _lane_of(archive, entry) == politics
    viewport = panel.view.viewport()
    start = _viewport_pos(panel, entry)
    works_band = next(lane for lane in panel.scene.layout.lanes if lane.key == works)
    target = panel.view.mapFromScene(QPointF(panel.scene.layout.placed(entry).x, works_band.y + 20))  # type: ignore[union-attr]
    _send_mouse(viewport, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    _send_mouse(viewport, QEvent.Type.MouseMove, start + QPoint(0, 20), Qt.MouseButton.LeftButton)
    _send_mouse(viewport, QEvent.Type.MouseMove, target, Qt.MouseButton.LeftButton)
    assert panel.scene.drag_preview is not None
    _send_mouse(viewport, QEvent.Type.MouseButtonRelease, target, Qt.MouseButton.LeftButton)
    panel.ops.wait_idle()
    assert _lane_of(archive, entry) == works
    assert panel.document.entries[entry].lane_id == works
    panel.ops.undo()
    panel.ops.wait_idle()
    assert _lane_of(archive, entry) == politics
    assert panel.document.entries[entry].lane_id == politics
    panel.ops.redo()
    panel.ops.wait_idle()
    assert _lane_of(archive, entry) == works


def test_keyboard_navigation_in_time_order_and_delete(qtbot, panel: TimelinePanel, archive: Archive,  # type: ignore[no-untyped-def]
                                                      story: tuple[int, list[int]]) -> None:
    view = panel.view
    view.setFocus()
    with qtbot.waitSignal(panel.selection_changed) as blocker:
        QTest.keyClick(view, Qt.Key.Key_Home)
    assert blocker.args == [[story[1][0]]]
    QTest.keyClick(view, Qt.Key.Key_Tab)
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert panel.scene.focus_id == story[1][2]
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert panel.scene.focus_id == story[1][1]
    QTest.keyClick(view, Qt.Key.Key_Up)  # the nearest event in the lane above
    assert panel.scene.focus_id in (story[1][0], story[1][2])
    focused = panel.scene.focus_id
    QTest.keyClick(view, Qt.Key.Key_Delete)
    panel.ops.wait_idle()
    assert focused not in panel.document.entries
    assert svc.get_entries(archive, [focused]) == []
    panel.ops.undo()
    panel.ops.wait_idle()
    assert len(panel.document.entries) == len(story[1]) and focused in panel.document.entries
    assert len(svc.load_entries(archive, story[0])[1]) == len(story[1])


def test_enter_opens_the_edit_dialog_and_saves(qtbot, panel: TimelinePanel, archive: Archive,  # type: ignore[no-untyped-def]
                                               story: tuple[int, list[int]]) -> None:
    class FakeDialog:
        def __init__(self, entry, event, lanes, parent) -> None:  # type: ignore[no-untyped-def]
            self.entry = entry

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

        def changed_fields(self) -> dict[str, object]:
            return {"title_override": "Treaty in Maastricht", "editorial_status": EditorialStatus.VERIFIED}

    panel.edit_dialog_factory = FakeDialog  # type: ignore[assignment]
    panel.view.setFocus()
    QTest.keyClick(panel.view, Qt.Key.Key_Home)
    with qtbot.waitSignal(panel.edit_requested) as blocker:
        QTest.keyClick(panel.view, Qt.Key.Key_Return)
    assert blocker.args == [story[1][0]]
    panel.ops.wait_idle()
    saved = svc.get_entries(archive, [story[1][0]])[0]
    assert saved.title_override == "Treaty in Maastricht" and saved.editorial_status is EditorialStatus.VERIFIED
    assert panel.scene.source.events[story[1][0]].title == "Treaty in Maastricht"
    panel.ops.undo()
    panel.ops.wait_idle()
    assert svc.get_entries(archive, [story[1][0]])[0].title_override is None


def test_rubber_band_selects_entries(qtbot, panel: TimelinePanel, story: tuple[int, list[int]]) -> None:  # type: ignore[no-untyped-def]
    viewport = panel.view.viewport()
    first = _viewport_pos(panel, story[1][0])
    start = QPoint(first.x() - 30, 2)
    third_marker = panel.scene.layout.placed(story[1][2]).x  # type: ignore[union-attr]
    end = QPoint(panel.view.mapFromScene(QPointF(third_marker - 6, 0)).x(), viewport.height() - 2)
    with qtbot.waitSignal(panel.selection_changed):
        _send_mouse(viewport, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.ShiftModifier)
        _send_mouse(viewport, QEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier)
        _send_mouse(viewport, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.ShiftModifier)
    assert panel.scene.selected[:2] == story[1][:2]
    assert story[1][2] not in panel.scene.selected
    assert panel.selected_event_ids()


def test_auto_lanes_and_lane_edits_are_undoable(panel: TimelinePanel, archive: Archive, story: tuple[int, list[int]]) -> None:
    panel.edits.auto_lanes("person")
    panel.ops.wait_idle()
    names = {lane.name for lane in panel.document.timeline.lanes}  # type: ignore[union-attr]
    assert {"P0", "P1"} <= names
    assert {lane.name for lane in panel.scene.layout.lanes} >= {"P0", "P1"}
    panel.ops.undo()
    panel.ops.wait_idle()
    assert {lane.name for lane in svc.load_entries(archive, story[0])[0].lanes} == {"Politics", "Works"}
    lane_id = panel.document.timeline.lanes[0].id  # type: ignore[union-attr]
    panel.ask_text = lambda *args: ("Diplomacy", True)  # type: ignore[assignment]
    panel.edits.ask_rename_lane(lane_id)
    panel.edits.toggle_collapsed(lane_id)
    panel.ops.wait_idle()  # the panel's lanes are up to date before the next edit reads them
    panel.edits.shift_lane(lane_id, 1)
    panel.ops.wait_idle()
    lanes = svc.lanes_in_order(svc.load_entries(archive, story[0])[0])
    assert [lane.name for lane in lanes] == ["Works", "Diplomacy"] and lanes[1].collapsed
    for _ in range(3):
        panel.ops.undo()
    panel.ops.wait_idle()
    lanes = svc.lanes_in_order(svc.load_entries(archive, story[0])[0])
    assert [lane.name for lane in lanes] == ["Politics", "Works"] and not lanes[0].collapsed


def test_tooltip_shows_date_precision_and_sources(panel: TimelinePanel, story: tuple[int, list[int]]) -> None:
    text = entry_tooltip(panel.document, story[1][0], "en")
    assert "Treaty signed" in text and "13 Mar 2014" in text and "precise to the day" in text
    assert "Tunnel story" in text


def test_lane_model(qtmodeltester, panel: TimelinePanel) -> None:  # type: ignore[no-untyped-def]
    model = LaneListModel(list(panel.document.timeline.lanes))  # type: ignore[union-attr]
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.row_of(panel.document.timeline.lanes[1].id) == 2  # type: ignore[union-attr]


def test_go_to_dates_reads_words_and_ranges(panel: TimelinePanel) -> None:
    from timeline_app.layout.scale import to_days

    assert panel.zoom_to_dates("juni 2023")
    start, end = panel.view.visible_days()
    assert start <= to_days(dt.datetime(2023, 6, 15)) <= end and end - start < 400
    assert panel.zoom_to_dates("2014 tot 2016")
    start, end = panel.view.visible_days()
    assert start <= to_days(dt.datetime(2014, 1, 1)) + 1 and end >= to_days(dt.datetime(2016, 12, 31)) - 1
    assert not panel.zoom_to_dates("no date here")
    panel.ask_text = lambda *a: ("2019", True)
    panel.ask_zoom_to_dates()
    start, end = panel.view.visible_days()
    assert start <= to_days(dt.datetime(2019, 6, 1)) <= end
