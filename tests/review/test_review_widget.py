"""The review queue widget: keys, bulk actions, undo/redo, persistence, filters, model checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import add_article, add_event
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from timeline_app.domain.dates import DateSpan
from timeline_app.domain.models import EventStatus
from timeline_app.services.review import QueueFilter
from timeline_app.storage import Archive, open_archive
from timeline_app.ui.review import EventEditDialog, EventTableModel, ReviewQueueWidget
from timeline_app.ui.review.model import CONFLICT_ROLE, EVENT_ID_ROLE, SORT_KEY_ROLE, STATUS_ROLE, Column


@pytest.fixture
def events(archive: Archive) -> list[int]:
    one = add_article(archive, title="Grensbode")
    two = add_article(archive, title="Aachener Zeitung")
    return [
        add_event(archive, one, "Treaty signed", DateSpan.year(2014), confidence=0.9),
        add_event(archive, one, "Boring starts", DateSpan.month(2019, 5), confidence=0.4),
        add_event(archive, two, "Water breaks in", DateSpan.day(dt.date(2022, 11, 7)), confidence=0.8, conflict=True),
        add_event(archive, two, "Water floods tunnel", DateSpan.day(dt.date(2022, 11, 7)), confidence=0.6),
        add_event(archive, two, "Court stops pumps", DateSpan.month(2024, 2), confidence=0.7),
    ]


@pytest.fixture
def queue(qtbot, archive: Archive, events: list[int], new_ops) -> Iterator[ReviewQueueWidget]:
    widget = ReviewQueueWidget(archive, new_ops())
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    widget.table.setFocus()
    widget.table.selectRow(0)
    yield widget


def _statuses(archive: Archive, ids: list[int]) -> list[EventStatus]:
    with archive.read() as tx:
        return [e.status for e in tx.events.many(ids)]


def _key(qtbot, queue: ReviewQueueWidget, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Press ``key`` in the table and wait until the decision is saved and shown."""
    qtbot.keyClick(queue.table, key)
    queue.ops.wait_idle()


def _undo(queue: ReviewQueueWidget) -> None:
    queue.ops.undo()
    queue.ops.wait_idle()


def _redo(queue: ReviewQueueWidget) -> None:
    queue.ops.redo()
    queue.ops.wait_idle()


def _select_rows(widget: ReviewQueueWidget, rows: list[int]) -> None:
    selection = widget.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(widget.model.index(row, 0), flags)
    selection.setCurrentIndex(widget.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)


def test_models_pass_the_qt_model_tester(qtmodeltester, archive: Archive, events: list[int]) -> None:
    model = EventTableModel(archive)
    qtmodeltester.check(model)
    model.sort(Column.CONFIDENCE, Qt.SortOrder.DescendingOrder)
    confidences = [model.data(model.index(r, Column.CONFIDENCE), SORT_KEY_ROLE) for r in range(model.rowCount())]
    assert confidences == sorted(confidences, reverse=True)
    model.set_query(QueueFilter(status=None, min_confidence=0.65))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    index = model.index(model.row_of(events[2]) or 0, Column.CONFLICT)
    assert model.data(index, CONFLICT_ROLE) is True and model.data(index) == "Conflict"
    assert model.data(index, STATUS_ROLE) == "suggested"


def test_refresh_removes_and_reinserts_rows_without_a_reset(qtbot, archive: Archive, events: list[int]) -> None:
    from timeline_app.services import review

    model = EventTableModel(archive)
    result = review.reject(archive, events[1:3])
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsRemoved):
        model.refresh()
    assert model.rowCount() == 3
    review.undo(archive, result)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsInserted):
        model.refresh()
    assert [model.event_id(r) for r in range(5)] == events


def test_date_column_follows_precision(archive: Archive, events: list[int]) -> None:
    model = EventTableModel(archive, language="nl")
    dates = [model.data(model.index(r, Column.DATE)) for r in range(model.rowCount())]
    assert dates == ["2014", "mei 2019", "7 nov 2022", "7 nov 2022", "februari 2024"]


def test_a_and_r_keys_decide_and_move_to_the_next_row(qtbot, archive: Archive, queue, events) -> None:
    assert queue.counts_label.text() == "5 suggested · 0 accepted · 0 rejected"
    with qtbot.waitSignal(queue.ops.hub.changed) as changed:
        _key(qtbot, queue, Qt.Key.Key_A)
    queue.ops.wait_idle()
    assert changed.args[0].events and changed.args[1] is queue
    assert _statuses(archive, [events[0]]) == [EventStatus.ACCEPTED]
    assert queue.selected_ids() == [events[1]]  # the next event, now in the first row
    _key(qtbot, queue, Qt.Key.Key_R)
    assert _statuses(archive, [events[1]]) == [EventStatus.REJECTED]
    _key(qtbot, queue, Qt.Key.Key_Return)
    _key(qtbot, queue, Qt.Key.Key_Delete)
    assert _statuses(archive, events[2:4]) == [EventStatus.ACCEPTED, EventStatus.REJECTED]
    assert queue.selected_ids() == [events[4]]
    assert queue.counts_label.text() == "1 suggested · 2 accepted · 2 rejected"


def test_bulk_accept_then_undo_and_redo_through_the_stack(qtbot, archive: Archive, queue, events) -> None:
    _select_rows(queue, [1, 2, 3])
    _key(qtbot, queue, Qt.Key.Key_A)
    assert _statuses(archive, events) == [EventStatus.SUGGESTED] + [EventStatus.ACCEPTED] * 3 + [EventStatus.SUGGESTED]
    assert queue.model.rowCount() == 2 and queue.selected_ids() == [events[4]]
    history = queue.ops.history
    assert len(history.undo_steps) == 1 and history.undo_label == "Accept 3 events"
    _undo(queue)
    assert _statuses(archive, events) == [EventStatus.SUGGESTED] * 5
    assert queue.selected_ids() == events[1:4]  # the events that came back are selected
    _redo(queue)
    assert _statuses(archive, events[1:4]) == [EventStatus.ACCEPTED] * 3


def test_decisions_are_persisted_at_once(qtbot, archive: Archive, queue, events, tmp_path: Path) -> None:
    _key(qtbot, queue, Qt.Key.Key_R)
    _select_rows(queue, [1, 2])  # the two "Water" events
    _key(qtbot, queue, Qt.Key.Key_M)
    with open_archive(Path(archive.location)) as reopened, reopened.read() as tx:
        assert tx.events.get_required(events[0]).status is EventStatus.REJECTED
        assert tx.events.get(events[3]) is None
        assert len(tx.events.get_required(events[2]).sources) == 2


def test_merge_key_and_undo_restores_both_events(qtbot, archive: Archive, queue, events) -> None:
    _select_rows(queue, [2, 3])
    _key(qtbot, queue, Qt.Key.Key_M)
    assert queue.model.rowCount() == 4 and queue.selected_ids() == [events[2]]
    _undo(queue)
    assert queue.model.rowCount() == 5
    assert set(queue.selected_ids()) == {events[2], events[3]}
    with archive.read() as tx:
        assert len(tx.events.get_required(events[3]).sources) == 1


def test_merge_with_one_event_explains_instead(qtbot, queue) -> None:
    with qtbot.waitSignal(queue.notice_posted):
        _key(qtbot, queue, Qt.Key.Key_M)
    assert queue.ops.history.undo_steps == []


def test_t_adds_to_the_current_timeline(qtbot, archive: Archive, queue, events) -> None:
    with qtbot.waitSignal(queue.notice_posted):
        qtbot.keyClick(queue.table, Qt.Key.Key_T)  # no timeline yet
    from timeline_app.services.timeline_ops import CreateTimeline

    queue.ops.run(CreateTimeline("Tunnel"))
    queue.ops.wait_idle()
    with archive.read() as tx:
        timeline = tx.timelines.all()[0].id
    queue.set_current_timeline(timeline)
    _select_rows(queue, [0, 1])
    with qtbot.waitSignal(queue.ops.hub.changed) as changed:
        _key(qtbot, queue, Qt.Key.Key_T)
    assert changed.args[0].touches_timeline(timeline)
    with archive.read() as tx:
        assert sorted(e.event_id for e in tx.timelines.entries(timeline)) == events[:2]
    assert queue.ops.history.undo_label == "Add 2 events to “Tunnel”"
    _undo(queue)
    with archive.read() as tx:
        assert tx.timelines.entries(timeline) == []


def test_e_opens_the_edit_dialog_and_saves_an_undoable_edit(qtbot, archive: Archive, queue, events, monkeypatch):
    def fake_exec(dialog: EventEditDialog) -> int:
        dialog.title_edit.setText("Treaty signed in Aachen")
        dialog.date_edit.setText("juni 2014")
        dialog.parse_now()
        dialog.tags_edit.setText("diplomacy, treaty")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EventEditDialog, "exec", fake_exec)
    _key(qtbot, queue, Qt.Key.Key_E)
    with archive.read() as tx:
        event = tx.events.get_required(events[0])
    assert (event.title, event.span.value, event.tags) == ("Treaty signed in Aachen", "2014-06", ("diplomacy", "treaty"))
    assert queue.selected_ids() == [events[0]]
    _undo(queue)
    with archive.read() as tx:
        assert tx.events.get_required(events[0]).title == "Treaty signed"


def test_cancelled_edit_pushes_nothing(qtbot, queue, monkeypatch) -> None:
    monkeypatch.setattr(EventEditDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    _key(qtbot, queue, Qt.Key.Key_F2)
    assert queue.ops.history.undo_steps == []


def test_filters_narrow_the_queue(qtbot, archive: Archive, queue, events) -> None:
    bar = queue.filter_bar
    bar.confidence_spin.setValue(65)
    bar.apply_now()
    assert queue.model.rowCount() == 3
    bar.confidence_spin.setValue(0)
    bar.from_edit.setText("2020")
    bar.to_edit.setText("2022")
    bar.apply_now()
    assert [queue.model.event_id(r) for r in range(queue.model.rowCount())] == events[2:4]
    bar.from_edit.clear()
    bar.to_edit.clear()
    queue.set_article_filter(queue.filter_bar.article_combo.itemData(1))  # articles sorted by title
    assert queue.model.rowCount() == 3  # Aachener Zeitung
    queue.set_article_filter(None)
    bar.text_edit.setText("water")
    with qtbot.waitSignal(bar.filter_changed):
        pass
    assert queue.model.rowCount() == 2
    bar.set_status(None)
    assert queue.model.query.status is None


def test_status_filter_defaults_to_suggested_and_rows_stay_under_all(qtbot, archive: Archive, queue, events):
    assert queue.model.query.status is EventStatus.SUGGESTED
    queue.filter_bar.set_status(None)
    queue.table.selectRow(0)
    _key(qtbot, queue, Qt.Key.Key_A)
    assert queue.model.rowCount() == 5
    assert queue.selected_ids() == [events[1]]  # moved on although the row stayed


def test_event_selected_and_context_menu(qtbot, queue, events) -> None:
    with qtbot.waitSignal(queue.event_selected) as selected:
        queue.table.selectRow(2)
    assert selected.args == [events[2]]
    texts = [a.text() for a in queue.context_menu().actions() if a.text()]
    assert texts[:3] == ["&Accept", "&Reject", "Return to &Queue"]
    assert queue.select_event(events[4]) and queue.selected_ids() == [events[4]]
    assert queue.model.data(queue.model.index(4, 0), EVENT_ID_ROLE) == events[4]


def test_chips_render_readably_in_light_and_dark_palettes(qtbot, queue) -> None:
    from PySide6.QtGui import QColor, QPalette

    from timeline_app.ui.review.delegate import chip_colours

    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Base, "#17181a"), (QPalette.ColorRole.Text, "#e8eaed")):
        dark.setColor(role, QColor(colour))
    accent = QColor("#1f9d55")
    _fill, _border, light_ink = chip_colours(accent, QPalette(QColor("#efefef")), selected=False)
    _fill, _border, dark_ink = chip_colours(accent, dark, selected=False)
    assert light_ink.lightness() < accent.lightness() < dark_ink.lightness()
    queue.setPalette(dark)
    image = queue.grab().toImage()
    assert not image.isNull() and image.width() >= 900
    status_cell = queue.table.visualRect(queue.model.index(1, Column.STATUS))
    centre = queue.table.viewport().mapTo(queue, status_cell.center())
    assert image.pixelColor(centre).lightness() != image.pixelColor(centre.x(), centre.y() - 12).lightness()
