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


def start_session(paths: AppPaths, *, create: bool | None = None) -> Session:
    """Open the archive and the main window; a new archive is seeded with the sample articles.

    A missing archive is created when ``create`` says so; by default only the default archive
    in the data folder is (on the very first start), never one named by ``--db``. Raises
    :class:`~timeline_app.storage.ArchiveError` (:class:`~timeline_app.storage.ArchiveMissingError`
    for a missing one) when the archive cannot be opened.
    """
    from PySide6.QtCore import QSettings

    from timeline_app.storage import open_archive
    from timeline_app.ui.jobs import JobRunner
    from timeline_app.ui.main_window import MainWindow

    first_start = not paths.db_path.exists()
    archive = open_archive(paths.db_path, create=create if create is not None else not paths.explicit, verify=True)
    settings = QSettings(str(paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    runner = JobRunner()
    window = MainWindow(archive, runner, settings)
    window.show()
    if first_start:
        window.imports.seed_samples(samples_dir())
    return Session(archive, runner, window)


def run_gui(paths: AppPaths, argv: list[str] | None = None, *, create: bool = False) -> int:
    """Run the desktop app on ``paths.db_path`` until its window closes; returns the exit code.

    A named archive that does not exist is created with ``create``, or when the user agrees.
    """
    from PySide6.QtWidgets import QApplication, QMessageBox

    from timeline_app.storage import ArchiveError, ArchiveMissingError

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Timeline")
    app.setOrganizationName("timeline_app")
    try:
        try:
            session = start_session(paths, create=True if create else None)
        except ArchiveMissingError:
            answer = QMessageBox.question(
                None,
                app.translate("app", "No archive there"),
                app.translate("app", "There is no archive at {path}.\n\nCreate a new, empty archive there?").format(
                    path=paths.db_path
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 1
            session = start_session(paths, create=True)
    except ArchiveError as exc:
        QMessageBox.critical(None, app.translate("app", "Cannot open the archive"), str(exc))
        return 1
    try:
        return int(app.exec())
    finally:
        session.close()
