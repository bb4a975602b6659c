"""The editor's day in one test: import through the GUI, review, merge, timeline, undo/redo, restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from timeline_app.domain.models import EventStatus
from timeline_app.paths import samples_dir
from timeline_app.services.samples import sample_files
from timeline_app.storage import Archive, open_archive
from timeline_app.ui.jobs import JobRunner
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.review.model import EVENT_ID_ROLE


def _select_rows(window: MainWindow, rows: list[int]) -> list[int]:
    table = window.review.table
    selection = table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(window.review.model.index(row, 0), flags)
    selection.setCurrentIndex(window.review.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    return [int(window.review.model.index(row, 0).data(EVENT_ID_ROLE)) for row in rows]


def _state(archive: Archive) -> dict[str, object]:
    with archive.read() as tx:
        timelines = tx.timelines.all()
        return {
            "accepted": sorted(tx.events.ids(status=EventStatus.ACCEPTED)),
            "rejected": sorted(tx.events.ids(status=EventStatus.REJECTED)),
            "events": tx.events.count(),
            "timelines": [(t.name, t.entry_count) for t in timelines],
        }


def test_import_review_merge_timeline_undo_redo_restart(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    files = [str(p) for p in sample_files(samples_dir())]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (files, ""))
    db = tmp_path / "day.sqlite3"
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    archive = open_archive(db)
    window = MainWindow(archive, JobRunner(), settings)
    qtbot.addWidget(window)
    window.show()

    with qtbot.waitSignal(window.import_finished, timeout=120_000):
        window.actions_["import_files"].trigger()
    assert window.model.rowCount() == len(files)
    review = window.review
    assert review.model.rowCount() > 10

    assert window.imports.summary is not None and window.imports.summary.isVisible()
    window.imports.summary.close()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is window.review.table  # the keyboard is back in the queue

    # Accept two, reject one (keyboard, as an editor does).
    review.table.setFocus()
    accepted = _select_rows(window, [0, 1])
    qtbot.keyClick(review.table, Qt.Key.Key_A)
    window.ops.wait_idle()
    rejected = _select_rows(window, [0])
    qtbot.keyClick(review.table, Qt.Key.Key_R)
    window.ops.wait_idle()
    # Merge two suggestions.
    merged = _select_rows(window, [0, 1])
    qtbot.keyClick(review.table, Qt.Key.Key_M)
    window.ops.wait_idle()
    after_review = _state(archive)
    assert set(accepted) <= set(after_review["accepted"])  # type: ignore[arg-type]
    assert rejected[0] in after_review["rejected"]  # type: ignore[operator]
    with archive.read() as tx:
        survivors = [e for e in tx.events.many(merged)]
    assert len(survivors) == 1

    # A timeline with the accepted events, then T adds the selected one.
    monkeypatch.setattr(window.timelines, "ask_text", lambda *a: ("Drielandentunnel", True))
    window.timelines.ask_create_from_accepted()
    window.ops.wait_idle()
    assert window.timelines.current_id is not None
    review.table.setFocus()
    _select_rows(window, [0])
    qtbot.keyClick(review.table, Qt.Key.Key_T)
    window.ops.wait_idle()
    done = _state(archive)
    assert done["timelines"] == [("Drielandentunnel", len(done["accepted"]))]  # type: ignore[arg-type]

    # Undo everything step by step, then redo it all.
    history = window.ops.history
    steps = len(history.undo_steps)
    assert steps >= 5
    for _ in range(steps):
        window.ops.undo()  # pressed faster than the writer saves: each one waits for the one before
    window.ops.wait_idle()
    assert _state(archive)["accepted"] == [] and _state(archive)["timelines"] == []
    assert len(history.redo_steps) == steps and not history.undo_steps
    for _ in range(steps):
        window.ops.redo()
    window.ops.wait_idle()
    assert _state(archive) == done

    # Restart on the same archive: everything is still there.
    window.close()
    archive.close()
    reopened = open_archive(db)
    again = MainWindow(reopened, JobRunner(), settings)
    qtbot.addWidget(again)
    again.show()
    assert _state(reopened) == done
    assert again.timelines.current_id is not None  # the last timeline is opened again
    assert again.model.rowCount() == len(files)
    again.close()
    reopened.close()
