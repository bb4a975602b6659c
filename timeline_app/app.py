"""Desktop start-up: build the objects (paths, settings, translators, the desk with its archive
and window) and pass them down."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from timeline_app.paths import AppPaths

if TYPE_CHECKING:
    from timeline_app.ui.desk import Desk

EXIT_AFTER_PAINT_ENV = "TIMELINE_APP_EXIT_AFTER_PAINT"
"""Set to 1: quit once the main window has painted, printing "painted" (smoke tests of the bundle)."""


def start_session(paths: AppPaths, *, create: bool | None = None) -> Desk:
    """Open the first archive in the main window (see :class:`~timeline_app.ui.desk.Desk`).

    The very first start opens the sample archive, seeded with the sample articles in the
    background; later starts open the archive that was open last. A missing archive is created
    when ``create`` says so; by default the app's own archives in the data folder are, never one
    named by ``--db``. Raises :class:`~timeline_app.storage.ArchiveError`
    (:class:`~timeline_app.storage.ArchiveMissingError` for a missing one) when the archive cannot
    be opened.
    """
    from PySide6.QtCore import QSettings

    from timeline_app.ui.desk import Desk

    paths.data_dir.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    desk = Desk(paths, settings)
    try:
        desk.start(create=create if create is not None else not paths.explicit)
    except BaseException:
        desk.close()
        raise
    return desk


def run_gui(paths: AppPaths, argv: list[str] | None = None, *, create: bool = False) -> int:
    """Run the desktop app on ``paths.db_path`` until its window closes; returns the exit code.

    A named archive that does not exist is created with ``create``, or when the user agrees.
    """
    from PySide6.QtWidgets import QApplication, QMessageBox

    from timeline_app.storage import ArchiveError, ArchiveMissingError
    from timeline_app.storage.archive import redacted
    from timeline_app.ui.palette import readable_palette

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Timeline")
    app.setOrganizationName("timeline_app")
    app.setPalette(readable_palette(app.palette()))  # the platform's colours, at WCAG AA contrast
    try:
        try:
            desk = start_session(paths, create=True if create else None)
        except ArchiveMissingError:
            answer = QMessageBox.question(
                None,
                app.translate("", "No archive there"),
                app.translate("", "There is no archive at {path}.\n\nCreate a new, empty archive there?").format(
                    path=redacted(str(paths.location))
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 1
            desk = start_session(paths, create=True)
    except ArchiveError as exc:
        QMessageBox.critical(None, app.translate("", "Cannot open the archive"), str(exc))
        return 1
    if os.environ.get(EXIT_AFTER_PAINT_ENV) == "1":
        _quit_after_first_paint(desk)
    try:
        return int(app.exec())
    finally:
        desk.close()


def _quit_after_first_paint(desk: Desk) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                print("painted", flush=True)
                QTimer.singleShot(0, lambda: QCoreApplication.exit(0))  # no close events: nothing to ask
            return False

    assert desk.window is not None
    desk.window.installEventFilter(FirstPaint(desk))
