"""The window on a shared PostgreSQL archive: other editors' changes show up in the open views,
with the versions the next edit is checked against (issue 14, item 4)."""

from __future__ import annotations

from pathlib import Path

from builders import add_article, add_event
from PySide6.QtCore import QSettings

from timeline_app.services import timeline_ops
from timeline_app.services import timelines as svc
from timeline_app.services.ops import execute
from timeline_app.storage import open_archive
from timeline_app.ui.jobs import JobRunner
from timeline_app.ui.main_window import MainWindow


def test_another_editors_changes_appear_in_the_open_views_within_two_seconds(qtbot, pg_url: str, tmp_path: Path) -> None:
    runner = JobRunner()
    with open_archive(pg_url, editor="anna") as mine, open_archive(pg_url, editor="bram") as theirs:
        event = add_event(theirs, add_article(theirs), "Ceasefire talks")
        timeline, _ = svc.create_timeline(theirs, "Crisis", event_ids=[event])
        window = MainWindow(mine, runner, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        assert "***" not in window.windowTitle() and "postgresql://" in window.windowTitle()
        assert window._listener is not None and window._listener.listening.wait(10)
        window.timelines.select(timeline.id)
        assert window.canvas.document.timeline_id == timeline.id
        entry = next(iter(window.canvas.document.entries.values()))

        execute(theirs, timeline_ops.AddLane(timeline.id, "Diplomacy"))
        qtbot.waitUntil(lambda: [lane.name for lane in window.canvas.document.timeline.lanes] == ["Diplomacy"],
                        timeout=2000)
        svc.create_timeline(theirs, "Second")  # a service write announcing nothing: the tables it wrote tell
        qtbot.waitUntil(lambda: window.timelines.model.rowCount() == 2, timeout=2000)
        add_article(theirs, title="Nieuw stuk")
        qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=2000)

        # The canvas reads the entry again (with its new version, so anna's next edit is not refused).
        execute(theirs, timeline_ops.UpdateEntries.same([entry.id], public_note="bram"))
        qtbot.waitUntil(lambda: window.canvas.document.entries[entry.id].public_note == "bram", timeout=2000)
        assert window.canvas.document.entries[entry.id].version == entry.version + 1
        window.close()
    runner.shutdown()


def test_the_app_starts_on_a_shared_archive_named_by_db(qtbot, pg_url: str, tmp_path: Path) -> None:
    from timeline_app.app import start_session
    from timeline_app.paths import AppPaths

    paths = AppPaths.resolve(pg_url, env={"TIMELINE_APP_DATA_DIR": str(tmp_path / "data")})
    assert paths.db_url == pg_url and paths.explicit
    desk = start_session(paths)
    try:
        assert desk.archive is not None and desk.archive.shared
        assert desk.window is not None and "postgresql://" in desk.window.windowTitle()
        assert not (tmp_path / "data" / "archive.sqlite3").exists()  # not the default archive file
    finally:
        if desk.window is not None:
            desk.window.close()
        desk.close()


def test_file_open_shared_archive_asks_for_the_address(qtbot, archive, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    runner = JobRunner()
    window = MainWindow(archive, runner, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    asked: list[str] = []
    window.open_archive_requested.connect(asked.append)
    answers = iter([("  postgresql://anna@db.newsroom/archief ", True), ("archief.sqlite3", True), ("", False)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    for _ in range(3):
        window.actions_["open_shared_archive"].trigger()
    assert asked == ["postgresql://anna@db.newsroom/archief"]
    assert told and "postgresql://" in told[0]
    runner.shutdown()


def test_a_canvas_edit_of_an_entry_another_editor_changed_is_refused_and_the_canvas_reloads(
    qtbot, pg_url: str, tmp_path: Path
) -> None:
    from timeline_app.domain.models import EditorialStatus

    runner = JobRunner()
    with open_archive(pg_url, editor="anna") as mine, open_archive(pg_url, editor="bram") as theirs:
        event = add_event(theirs, add_article(theirs), "Ceasefire talks")
        timeline, _ = svc.create_timeline(theirs, "Crisis", event_ids=[event])
        window = MainWindow(mine, runner, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window._listener.close()  # anna's window does not hear bram's edit: its canvas is a step behind
        window.timelines.select(timeline.id)
        entry = next(iter(window.canvas.document.entries.values()))
        execute(theirs, timeline_ops.UpdateEntries.same([entry.id], public_note="bram"))
        notices: list[str] = []
        window.canvas.notice_posted.connect(notices.append)
        window.canvas.edits.set_status([entry.id], EditorialStatus.VERIFIED)
        window.ops.wait_idle()
        assert notices and "changed by another editor (bram)" in notices[0] and "Ceasefire talks" in notices[0]
        qtbot.waitUntil(lambda: window.canvas.document.entries[entry.id].public_note == "bram", timeout=2000)
        assert window.canvas.document.entries[entry.id].editorial_status is not EditorialStatus.VERIFIED
        window.canvas.edits.set_status([entry.id], EditorialStatus.VERIFIED)  # reloaded: now it goes through
        window.ops.wait_idle()
        assert svc.get_entries(theirs, [entry.id])[0].editorial_status is EditorialStatus.VERIFIED
        window._listener = None
        window.close()
    runner.shutdown()
