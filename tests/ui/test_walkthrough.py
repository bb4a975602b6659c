"""What a new user hit in the walkthrough (issue 15), each with a test: shortcuts that were
ambiguous, the keyboard lost after a dialog, the review dock five rows tall, exports offered in
the program's folder, lanes whose colours swapped when the "no lane" band went, no sign of a
note on a card, and the publication language of exports."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from builders import add_article, add_event
from PySide6.QtCore import QRectF, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QPainter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from timeline_app.domain.dates import DateSpan
from timeline_app.layout import NO_LANE
from timeline_app.services import timeline_ops
from timeline_app.services import timelines as svc
from timeline_app.services.publishing import ExportOptions, load_published
from timeline_app.storage import Archive
from timeline_app.ui.export_dialog import ExportDialog
from timeline_app.ui.jobs import JobRunner
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.menus import unique_sequences


@pytest.fixture
def make_window(qtbot, archive: Archive, tmp_path: Path) -> Iterator[Callable[[], MainWindow]]:
    """The window on the test archive, made once the test has written its data (the window owns the writer)."""
    runners: list[JobRunner] = []

    def make() -> MainWindow:
        runners.append(JobRunner())
        win = MainWindow(archive, runners[-1], QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    yield make
    for runner in runners:
        runner.shutdown()
    archive.bind_writer(None)


@pytest.fixture
def window(make_window: Callable[[], MainWindow]) -> MainWindow:
    return make_window()


def _story(archive: Archive, language: str = "nl") -> tuple[int, list[int]]:
    article = add_article(archive, "Een lang verhaal.", title="Tunnel", language=language)
    events = [add_event(archive, article, f"Gebeurtenis {i}", DateSpan.day(dt.date(2014 + i, 3, 13))) for i in range(4)]
    timeline, _ = svc.create_timeline(archive, "Tunnel", event_ids=events)
    return timeline.id, events


def _shortcut_owners(window: MainWindow) -> Counter[str]:
    owners: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            owners[sequence.toString()] += 1
    return owners


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    owners = _shortcut_owners(window)
    assert owners and not [key for key, count in owners.items() if count > 1]
    assert "Ctrl+Shift+Z" in owners and "Ctrl+Z" in owners


def test_redo_keeps_one_ctrl_shift_z_where_the_platform_already_has_it(monkeypatch) -> None:
    # GNOME and KDE list Ctrl+Shift+Z as the standard Redo: the window used to claim it twice.
    gnome = {QKeySequence.StandardKey.Redo: [QKeySequence("Ctrl+Shift+Z")]}
    original = QKeySequence.keyBindings
    monkeypatch.setattr(QKeySequence, "keyBindings", lambda key: gnome.get(key) or original(key))
    redo = unique_sequences(["Ctrl+Shift+Z", QKeySequence.StandardKey.Redo])
    assert [s.toString() for s in redo] == ["Ctrl+Shift+Z"]


def test_every_action_is_in_a_menu_or_has_a_key(window: MainWindow) -> None:
    reachable: set[int] = set()
    menus = [action.menu() for action in window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        if menu is None:
            continue
        menu.aboutToShow.emit()  # menus filled when they open (recent archives, lanes)
        for action in menu.actions():
            reachable.add(id(action))
            if action.menu() is not None:
                menus.append(action.menu())
    for name, action in window.actions_.items():
        assert id(action) in reachable or action.shortcuts(), name
    for name, action in window.canvas.actions_.items():  # the timeline toolbar's buttons and mouse-only menus
        assert id(action) in reachable, name


def test_the_keyboard_is_back_in_the_queue_after_the_edit_dialog(qtbot, make_window: Callable[[], MainWindow], archive: Archive,
                                                                 monkeypatch) -> None:
    article = add_article(archive, "Tekst.", title="Raad")
    for i in range(3):
        add_event(archive, article, f"Besluit {i}", DateSpan.day(dt.date(2023, 5, 1 + i)), confidence=0.9)
    window = make_window()
    assert window.review.model.rowCount() == 3
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.navigation.focus_queue()
    table = window.review.table

    from timeline_app.ui.review.edit_dialog import EventEditDialog

    def edit(dialog: EventEditDialog) -> int:
        dialog.title_edit.setFocus()  # the dialog had the keyboard
        dialog.title_edit.setText("Besluit genomen")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EventEditDialog, "exec", edit)
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_E)
    window.ops.wait_idle()
    assert QApplication.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_A)  # no click needed for the next decision
    window.ops.wait_idle()
    with archive.read() as tx:
        assert any(e.status.value == "accepted" for e in tx.events.many(tx.events.ids()))


def test_the_review_dock_opens_at_a_useful_height(qtbot, window: MainWindow) -> None:
    table = window.review.table
    qtbot.waitUntil(lambda: table.viewport().height() / table.verticalHeader().defaultSectionSize() >= 8)
    rows = table.viewport().height() / table.verticalHeader().defaultSectionSize()
    assert window.review_dock.height() >= window.height() // 4
    assert rows >= 8


def test_export_dialogs_start_in_documents_then_the_last_folder(qtbot, make_window: Callable[[], MainWindow], archive: Archive,
                                                               tmp_path: Path, monkeypatch) -> None:
    timeline_id, _ = _story(archive)
    window = make_window()
    window.timelines.select(timeline_id)
    asked: list[str] = []
    target = tmp_path / "out" / "tunnel.png"
    target.parent.mkdir()

    def save_as(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    for _ in range(2):
        handle = window.exports.export(timeline_id)
        assert handle is not None
        with qtbot.waitSignal(handle.finished, timeout=60_000):
            pass
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(asked[0]).parent == Path(documents if Path(documents).is_dir() else Path.home())
    assert Path(asked[1]).parent == target.parent
    assert Path(asked[0]).name == "Tunnel.png"


def test_the_publication_language_is_the_timelines_own(qtbot, make_window: Callable[[], MainWindow], archive: Archive,
                                                       monkeypatch) -> None:
    timeline_id, _ = _story(archive, language="fr")
    window = make_window()
    dialog = ExportDialog(archive, timeline_id)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() is None and "Français" in dialog.language.currentText()
    assert dialog.options().language == "fr"  # most sources are French

    def choose_german(self: ExportDialog) -> int:
        self.language.setCurrentIndex(self.language.findData("de"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", choose_german)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    window.exports.export(timeline_id)
    window.ops.wait_idle()
    with archive.read() as tx:
        assert tx.timelines.get_required(timeline_id).language == "de"
    published = load_published(archive, timeline_id)  # the CLI's and every export's default now
    assert published.language == "de" and "März" in published.entries[0].display_date
    assert load_published(archive, timeline_id, ExportOptions(language="en")).language == "en"
    window.ops.undo()
    window.ops.wait_idle()
    with archive.read() as tx:
        assert tx.timelines.get_required(timeline_id).language is None


def test_lanes_stay_and_keep_their_colours_when_entries_move(qtbot, make_window: Callable[[], MainWindow], archive: Archive) -> None:
    timeline_id, _ = _story(archive)
    first, _ = svc.add_lane(archive, timeline_id, "Diplomatie")
    second, _ = svc.add_lane(archive, timeline_id, "Front")
    window = make_window()
    window.timelines.select(timeline_id)
    scene = window.canvas.scene

    def colours() -> dict[str, str]:
        return {band.name: colour.name() for band, colour in zip(scene.layout.lanes, scene.lane_colours(), strict=True)}

    before = colours()
    entries = list(window.canvas.document.entries)
    window.ops.run(timeline_ops.UpdateEntries.move(dict.fromkeys(entries, second.id)))  # the last entry leaves "no lane"
    window.ops.wait_idle()
    after = colours()
    assert [band.key for band in scene.layout.lanes] == [NO_LANE, first.id, second.id]  # no band went away
    assert after == before and after["Diplomatie"] != after["Front"]
    window.ops.run(timeline_ops.SetLanePositions.order(timeline_id, [second.id, first.id]))
    window.ops.wait_idle()
    assert colours() == before  # reordering lanes does not recolour them either
    published = load_published(archive, timeline_id)  # an export paints the canvas's colours
    assert {lane.name: lane.colour for lane in published.lanes} == {"Diplomatie": before["Diplomatie"],
                                                                     "Front": before["Front"]}


def test_a_card_with_a_note_shows_a_folded_corner(qtbot, make_window: Callable[[], MainWindow], archive: Archive) -> None:
    timeline_id, _ = _story(archive)
    window = make_window()
    window.timelines.select(timeline_id)
    window.navigation.show_timeline_tab()
    scene = window.canvas.scene
    entry_id = next(iter(window.canvas.document.entries))

    def corner_pixel() -> QColor:
        placed = scene.layout.placed(entry_id)
        assert placed is not None
        width, height = placed.card_width + 4, 40.0
        image = QImage(int(width), int(height), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        scene.render(painter, QRectF(0, 0, width, height), QRectF(placed.card_x - 2, placed.y - 2, width, height))
        painter.end()
        return image.pixelColor(int(placed.card_width), 5)  # inside the card's top right corner

    plain = corner_pixel()
    assert not scene.noted(entry_id)
    window.ops.run(timeline_ops.UpdateEntries({entry_id: {"internal_note": "Bel de woordvoerder"}}))
    window.ops.wait_idle()
    assert scene.noted(entry_id)
    noted = corner_pixel()
    assert noted != plain and noted.lightness() < plain.lightness()
