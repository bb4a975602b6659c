"""Start-up as `make run` does it: the very first start opens the sample archive (seeded with the
samples, with a banner); one click starts the editor's own archive, which never holds them; File ›
New/Open/Recent switch archives; later starts open the archive that was open last."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from timeline_app.app import start_session
from timeline_app.paths import AppPaths, samples_dir
from timeline_app.services.samples import sample_files
from timeline_app.storage import ArchiveError, open_archive


def _paths(tmp_path: Path) -> AppPaths:
    return AppPaths(data_dir=tmp_path / "data", db_path=tmp_path / "data" / "archive.sqlite3")


def _articles(path: Path) -> int:
    with open_archive(path) as archive, archive.read() as tx:
        return tx.articles.count()


def test_first_start_opens_the_sample_archive_then_reopens_it(qtbot, tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    expected = len(sample_files(samples_dir()))

    desk = start_session(paths)
    window = desk.window
    assert window is not None
    qtbot.addWidget(window)
    assert Path(window.archive.location) == paths.sample_db_path
    assert window.sample_banner is not None and window.sample_banner.isVisible()
    assert "Sample archive" in window.windowTitle()
    assert window.imports.current is not None
    with qtbot.waitSignal(window.import_finished, timeout=120_000):
        pass
    assert window.model.rowCount() == expected
    window.close()
    desk.close()
    assert (paths.data_dir / "settings.ini").exists()
    assert not paths.own_db_path.exists()  # the editor's own archive is not made behind their back

    # A second start opens the sample archive again (it was open last) and does not import again.
    again = start_session(paths)
    assert again.window is not None
    qtbot.addWidget(again.window)
    assert Path(again.window.archive.location) == paths.sample_db_path
    assert again.window.imports.current is None
    assert again.window.model.rowCount() == expected
    again.window.close()
    again.close()


def test_one_click_starts_an_own_archive_that_never_holds_the_samples(qtbot, tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    desk = start_session(paths)
    samples_window = desk.window
    assert samples_window is not None and samples_window.sample_banner is not None
    with qtbot.waitSignal(samples_window.import_finished, timeout=120_000):
        pass

    with qtbot.waitSignal(desk.window_changed):
        samples_window.sample_banner.button.click()
    own = desk.window
    assert own is not None and own is not samples_window
    qtbot.addWidget(own)
    assert Path(own.archive.location) == paths.own_db_path
    assert own.sample_banner is None and own.imports.current is None
    assert own.model.rowCount() == 0
    own.close()
    desk.close()
    assert _articles(paths.own_db_path) == 0
    assert _articles(paths.sample_db_path) == len(sample_files(samples_dir()))

    # The next start opens the editor's own archive; the samples are one menu item away.
    again = start_session(paths)
    assert again.window is not None
    qtbot.addWidget(again.window)
    assert Path(again.window.archive.location) == paths.own_db_path
    with qtbot.waitSignal(again.window_changed):
        again.window.actions_["sample_archive"].trigger()
    assert Path(again.window.archive.location) == paths.sample_db_path
    assert again.window.sample_banner is not None
    assert again.window.sample_banner.button.text() == "Open My Archive"
    again.window.close()
    again.close()


def test_new_open_and_recent_archives(qtbot, tmp_path: Path, monkeypatch) -> None:
    paths = _paths(tmp_path)
    paths.data_dir.mkdir(parents=True)
    open_archive(paths.own_db_path).close()  # an editor who has an archive already
    desk = start_session(paths)
    assert desk.window is not None
    qtbot.addWidget(desk.window)
    first = desk.window

    target = tmp_path / "elsewhere" / "Krim"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(desk.window_changed):
        first.actions_["new_archive"].trigger()
    made = desk.window
    assert made is not None and made is not first
    qtbot.addWidget(made)
    assert Path(made.archive.location) == target.with_suffix(".sqlite3") and target.with_suffix(".sqlite3").is_file()
    assert not first.isVisible()

    # Open Recent lists the archive before, newest first, and opens it.
    made.actions_["recent_archives"].menu().aboutToShow.emit()
    entries = [a for a in made.actions_["recent_archives"].menu().actions() if a.isEnabled()]
    assert [a.toolTip() for a in entries] == [str(paths.own_db_path)]
    with qtbot.waitSignal(desk.window_changed):
        entries[0].trigger()
    assert desk.window is not None and Path(desk.window.archive.location) == paths.own_db_path
    qtbot.addWidget(desk.window)

    # File › Open Archive with a file that is no archive: a message, and the open archive stays.
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not sqlite" * 100)
    warned: list[str] = []
    monkeypatch.setattr("timeline_app.ui.desk.QMessageBox.warning", lambda _p, _t, text: warned.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    current = desk.window
    current.actions_["open_archive"].trigger()
    assert desk.window is current and warned and "junk.sqlite3" in warned[0]
    current.close()
    desk.close()


def test_an_unusable_archive_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="is a folder"):
        start_session(AppPaths(data_dir=tmp_path, db_path=tmp_path, explicit=True))


def test_a_new_interface_language_applies_without_a_restart(qtbot, tmp_path: Path, monkeypatch) -> None:
    from timeline_app.services import timeline_ops
    from timeline_app.ui.settings import SettingsDialog

    paths = _paths(tmp_path)
    paths.data_dir.mkdir(parents=True)
    open_archive(paths.own_db_path).close()
    desk = start_session(paths)
    window = desk.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&File"
    window.ops.run(timeline_ops.CreateTimeline("Oorlog"))
    window.ops.wait_idle()

    def choose_dutch(dialog: SettingsDialog) -> int:
        dialog.interface_language.setCurrentIndex(dialog.interface_language.findData("nl"))
        dialog.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", choose_dutch)
    with qtbot.waitSignal(desk.window_changed):
        window.actions_["settings"].trigger()
    dutch = desk.window
    assert dutch is not None and dutch is not window
    qtbot.addWidget(dutch)
    assert [a.text() for a in dutch.menuBar().actions()][:2] == ["&Bestand", "Be&werken"]
    assert dutch.actions_["undo"].text().startswith("&Ongedaan maken")  # the undo history came along
    assert Path(dutch.archive.location) == paths.own_db_path
    dutch.close()
    desk.close()
    # The next start is in Dutch too; closing the desk put the English translators back for other tests.
    assert QSettings(str(paths.data_dir / "settings.ini"), QSettings.Format.IniFormat).value("interface/language") == "nl"


def test_the_settings_dialog_chooses_the_archive(qtbot, tmp_path: Path, monkeypatch) -> None:
    from timeline_app.ui.settings import SettingsDialog

    paths = _paths(tmp_path)
    paths.data_dir.mkdir(parents=True)
    open_archive(paths.own_db_path).close()
    other = tmp_path / "desk" / "elections.sqlite3"
    other.parent.mkdir()
    open_archive(other).close()
    desk = start_session(paths)
    window = desk.window
    assert window is not None
    qtbot.addWidget(window)
    shown: list[str] = []

    def choose(text: str):
        def run(dialog: SettingsDialog) -> int:
            shown.append(dialog.archive_edit.text())
            dialog.archive_edit.setText(text)
            dialog.accept()
            return int(dialog.result())
        return run

    # A misspelt address is refused in the dialog: it stays open and nothing else opens.
    infos: list[str] = []
    monkeypatch.setattr("timeline_app.ui.archive_menu.QMessageBox.information", lambda *a: infos.append(a[2]))
    monkeypatch.setattr(SettingsDialog, "exec", choose("postgresq://bureau/archive"))
    window.actions_["settings"].trigger()
    assert desk.window is window and infos and "postgresql://" in infos[0]
    # The open archive is shown; leaving it as it is opens nothing.
    monkeypatch.setattr(SettingsDialog, "exec", choose(str(paths.own_db_path)))
    window.actions_["settings"].trigger()
    assert shown[-1] == str(paths.own_db_path) and desk.window is window
    # Another archive file opens in a new window.
    monkeypatch.setattr(SettingsDialog, "exec", choose(str(other)))
    with qtbot.waitSignal(desk.window_changed):
        window.actions_["settings"].trigger()
    assert desk.window is not None and Path(desk.window.archive.location) == other
    qtbot.addWidget(desk.window)
    desk.window.close()
    desk.close()


def test_the_extraction_warm_up_runs_off_the_gui_thread_after_the_window_shows(qtbot, tmp_path: Path,
                                                                              monkeypatch) -> None:
    import threading

    import timeline_app.extraction as extraction

    seen: list[tuple[str, bool]] = []
    desks: list[object] = []

    def fake_warm_up(languages: object = None) -> None:
        window = desks[0].window  # type: ignore[attr-defined]
        seen.append((threading.current_thread().name, window is not None and window.isVisible()))

    monkeypatch.setattr(extraction, "warm_up", fake_warm_up, raising=False)
    paths = _paths(tmp_path)
    paths.data_dir.mkdir(parents=True)
    open_archive(paths.own_db_path).close()
    desk = start_session(paths)
    desks.append(desk)
    assert desk.window is not None
    qtbot.addWidget(desk.window)
    assert seen == []  # not during start-up
    qtbot.waitUntil(lambda: desk.warm_up_job is not None and desk.warm_up_job.done, timeout=10_000)
    assert len(seen) == 1
    thread_name, window_shown = seen[0]
    assert thread_name != threading.main_thread().name and window_shown
    desk.window.close()
    desk.close()
