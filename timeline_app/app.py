"""Desktop start-up: build the objects (paths, archive, job runner, window) and pass them down."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline_app.paths import AppPaths, samples_dir

if TYPE_CHECKING:
    from timeline_app.storage import Archive
    from timeline_app.ui.jobs import JobRunner
    from timeline_app.ui.main_window import MainWindow


@dataclass
class Session:
    """What one run of the desktop app is made of."""

    archive: Archive
    runner: JobRunner
    window: MainWindow

    def close(self) -> None:
        """Cancel running jobs, wait for them, release the archive."""
        self.runner.shutdown()
        self.archive.close()


def start_session(paths: AppPaths) -> Session:
    """Open the archive and the main window; a new archive is seeded with the sample articles.

    Raises :class:`~timeline_app.storage.ArchiveError` when the archive cannot be opened.
    """
    from PySide6.QtCore import QSettings

    from timeline_app.storage import open_archive
    from timeline_app.ui.jobs import JobRunner
    from timeline_app.ui.main_window import MainWindow

    first_start = not paths.db_path.exists()
    archive = open_archive(paths.db_path)
    settings = QSettings(str(paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    runner = JobRunner()
    window = MainWindow(archive, runner, settings)
    window.show()
    if first_start:
        window.imports.seed_samples(samples_dir())
    return Session(archive, runner, window)


def run_gui(paths: AppPaths, argv: list[str] | None = None) -> int:
    """Run the desktop app on ``paths.db_path`` until its window closes; returns the exit code."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from timeline_app.storage import ArchiveError

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Timeline")
    app.setOrganizationName("timeline_app")
    try:
        session = start_session(paths)
    except ArchiveError as exc:
        QMessageBox.critical(None, "Cannot open the archive", str(exc))
        return 1
    try:
        return int(app.exec())
    finally:
        session.close()
