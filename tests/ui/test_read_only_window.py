"""The window on a read-only archive (banner, no imports) and start-up on a missing archive (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import new_article
from PySide6.QtCore import QSettings

from timeline_app.app import start_session
from timeline_app.paths import AppPaths
from timeline_app.storage import ArchiveMissingError, open_archive
from timeline_app.storage import archive as archive_module
from timeline_app.ui.jobs import JobRunner
from timeline_app.ui.main_window import MainWindow


def test_a_read_only_archive_shows_a_banner_and_offers_no_imports(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ro.sqlite3"
    with open_archive(path) as archive, archive.write() as tx:
        tx.articles.add(new_article("Op 7 juli 2023 viel het kabinet in Den Haag. " * 4))
    monkeypatch.setattr(archive_module, "is_writable", lambda _path: False)
    runner = JobRunner()
    with open_archive(path, create=False) as archive:
        window = MainWindow(archive, runner, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.resize(1024, 640)
        window.show()
        assert window.read_only and window.read_only_banner is not None
        qtbot.waitUntil(lambda: window.read_only_banner is not None and window.read_only_banner.isVisible())
        assert "Read-only archive" in window.read_only_banner.label.text()
        assert "(read-only)" in window.windowTitle()
        for name in ("import_files", "import_folder", "paste", "draft"):
            assert not window.actions_[name].isEnabled(), name
        assert window.actions_["export"].isEnabled() and not window.acceptDrops()
        assert not window.canvas.view.editable  # entries and lane headers do not drag
        assert window.model.rowCount() == 1
        window.grab().save(str(tmp_path / "read-only.png"))
        window.close()
    runner.shutdown()


def test_a_writable_archive_has_no_banner(qtbot, archive, tmp_path: Path) -> None:
    runner = JobRunner()
    window = MainWindow(archive, runner, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert not window.read_only and window.read_only_banner is None
    assert window.actions_["import_files"].isEnabled() and window.canvas.view.editable
    runner.shutdown()


def test_a_named_archive_that_does_not_exist_is_not_created_at_start(tmp_path: Path) -> None:
    paths = AppPaths(data_dir=tmp_path / "data", db_path=tmp_path / "typo" / "archive.sqlite3", explicit=True)
    with pytest.raises(ArchiveMissingError):
        start_session(paths)
    assert not (tmp_path / "typo").exists()


def test_the_search_panel_says_why_a_search_beyond_the_limits_is_not_run(qtbot, archive) -> None:
    from timeline_app.ui.search_panel import SearchPanel

    panel = SearchPanel(archive)
    qtbot.addWidget(panel)
    panel.query.setText("(" * 40 + "tunnel" + ")" * 40)
    panel.run_search()
    assert "Search not run" in panel.status.text() and "nests parentheses too deeply" in panel.status.text()


def test_the_desktop_app_asks_before_creating_a_named_archive(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from timeline_app.app import run_gui

    asked: list[str] = []

    def answer_no(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    paths = AppPaths(data_dir=tmp_path / "data", db_path=tmp_path / "typo" / "archive.sqlite3", explicit=True)
    assert run_gui(paths) == 1
    assert asked and "There is no archive at" in asked[0] and not (tmp_path / "typo").exists()
