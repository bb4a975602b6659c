"""Desktop start-up: build the objects (paths, archive, job runner, window) and pass them down."""

from __future__ import annotations

import sys

from timeline_app.paths import AppPaths, samples_dir


def run_gui(paths: AppPaths, argv: list[str] | None = None) -> int:
    """Open the desktop app on ``paths.db_path``; a new archive is seeded with the sample articles."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from timeline_app.storage import ArchiveError, open_archive
    from timeline_app.ui.jobs import JobRunner
    from timeline_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Timeline")
    app.setOrganizationName("timeline_app")
    first_start = not paths.db_path.exists()
    try:
        archive = open_archive(paths.db_path)
    except ArchiveError as exc:
        QMessageBox.critical(None, "Cannot open the archive", str(exc))
        return 1
    settings = QSettings(str(paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    with archive:
        runner = JobRunner()
        window = MainWindow(archive, runner, settings)
        window.show()
        if first_start:
            window.seed_samples(samples_dir())
        code = app.exec()
        runner.shutdown()
    return int(code)
