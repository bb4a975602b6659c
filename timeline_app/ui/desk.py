"""The desktop app's archives and language: which archive is open, switching to another,
the sample archive, and a new window when the interface language changes.

The samples live in an archive of their own (``sample-archive.sqlite3`` in the data folder),
opened on the very first start with a banner; one click starts the editor's own archive
(``archive.sqlite3``), which never holds the samples. The next start opens the archive that
was open last. One archive, one writer thread and one window at a time: switching opens the
new archive first (so a bad file changes nothing), shows its window, then hands the old one
over (its pending edits are saved) and closes the old archive.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from timeline_app.paths import AppPaths, is_database_url, samples_dir
from timeline_app.services.jobs import JobControl
from timeline_app.services.ops import History
from timeline_app.storage import Archive, ArchiveError, open_archive
from timeline_app.ui.i18n import Localizer, tr
from timeline_app.ui.jobs import JobHandle, JobRunner
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.settings import AppSettings

WARM_UP_DELAY_MS = 300


class Desk(QObject):
    """The open archive with its writer thread and window; opens others on the window's requests."""

    window_changed = Signal(object)  # the new MainWindow

    def __init__(self, paths: AppPaths, settings: QSettings, localizer: Localizer | None = None) -> None:
        super().__init__()
        self.paths = paths
        self.qsettings = settings
        self.app_settings = AppSettings(settings, paths.data_dir)
        app = QCoreApplication.instance()
        self.localizer = localizer or (Localizer(app) if app is not None else None)
        self.archive: Archive | None = None
        self.runner: JobRunner | None = None
        self.window: MainWindow | None = None
        self.warm_up_job: JobHandle | None = None
        self._warm_up_timer = QTimer(self, singleShot=True, interval=WARM_UP_DELAY_MS)
        self._warm_up_timer.timeout.connect(self.warm_up)

    # -- choosing --------------------------------------------------------------------------

    def first_archive(self) -> Path | str:
        """The archive a start opens: the one named, else the last one open, else the editor's
        own, else (the very first start) the sample archive."""
        if self.paths.db_url is not None:
            return self.paths.db_url  # a shared archive's address
        if self.paths.explicit:
            return self.paths.db_path
        last = self.app_settings.last_archive
        if last and is_database_url(last):
            return last
        if last and Path(last).is_file():
            return Path(last)
        if self.paths.own_db_path.is_file():
            return self.paths.own_db_path
        return self.paths.sample_db_path

    def is_sample(self, path: Path | str) -> bool:
        """True for the sample archive."""
        return Path(path).resolve() == self.paths.sample_db_path.resolve()

    # -- opening ---------------------------------------------------------------------------

    def start(self, *, create: bool = True) -> MainWindow:
        """Apply the interface language and open the first archive (raises ``ArchiveError``).

        The app's own archives in the data folder are always made when missing; a named one
        (``--db``) only with ``create`` (else :class:`~timeline_app.storage.ArchiveMissingError`).
        """
        if self.localizer is not None:
            self.localizer.apply(self.app_settings.interface_language)
        first = self.first_archive()
        window = self.open(first, report=False, create=create or not self.paths.explicit)
        assert window is not None
        # The extraction grammars compile in the background once the window is up, so the first
        # import or date typed does not wait for them (never on the GUI thread, never before the paint).
        self._warm_up_timer.start()
        return window

    def warm_up(self) -> JobHandle | None:
        """Compile the extraction grammars on a reader thread (the first import then starts at once)."""
        if self.runner is None:
            return None

        def job(_control: JobControl) -> None:
            from timeline_app.extraction import warm_up

            warm_up()

        self.warm_up_job = self.runner.start(job, parent=self, reads_only=True)
        return self.warm_up_job

    def open(self, path: Path | str, *, report: bool = True, create: bool = False) -> MainWindow | None:
        """Open the archive at ``path`` in a new window (the sample archive seeds itself when new).

        A missing file is made only with ``create`` (File › New Archive, the app's own archives).
        Returns the window, or None when the editor stayed (an import runs) or the file cannot
        be opened (said in a message box when ``report``; else ``ArchiveError`` is raised).
        """
        if self.window is not None and not self.window.may_leave():
            return None
        if isinstance(path, str) and is_database_url(path):
            return self._open_shared(path, report=report, create=create)
        target = Path(path)
        new_samples = self.is_sample(target) and not target.exists()
        try:
            archive = open_archive(target, create=create or self._own(target), verify=True)
        except ArchiveError as exc:
            if not report:
                raise
            QMessageBox.warning(self.window, tr("Cannot open the archive"), str(exc))
            if not target.exists():
                self.app_settings.forget_archive(str(target))
            return None
        window = self._switch_to(archive)
        self.app_settings.remember_archive(str(target))
        if new_samples:
            window.imports.seed_samples(samples_dir())
        return window

    def _open_shared(self, address: str, *, report: bool, create: bool) -> MainWindow | None:
        """A shared archive (``postgresql://``); remembered as the last one only without a password in it."""
        try:
            archive = open_archive(address, create=create, verify=True)
        except ArchiveError as exc:
            if not report:
                raise
            QMessageBox.warning(self.window, tr("Cannot open the archive"), str(exc))
            return None
        self._switch_to(archive)
        if urlsplit(address).password is None:
            self.app_settings.remember_archive(address)
        return self.window

    def _switch_to(self, archive: Archive) -> MainWindow:
        old_archive, old_runner = self.archive, self.runner
        self.archive, self.runner = archive, JobRunner()
        window = self._replace_window()
        if old_runner is not None:
            old_runner.shutdown()
        if old_archive is not None:
            old_archive.close()
        return window

    def new_archive(self, path: Path | str) -> MainWindow | None:
        """Create an empty archive at ``path`` and open it."""
        return self.open(path, create=True)

    def _own(self, path: Path) -> bool:
        """True for the app's own archives in the data folder (the editor's and the samples)."""
        resolved = path.resolve()
        return resolved in (self.paths.own_db_path.resolve(), self.paths.sample_db_path.resolve())

    def open_samples(self) -> MainWindow | None:
        """The sample archive (made and seeded on first use)."""
        return self.open(self.paths.sample_db_path, create=True)

    def open_own(self) -> MainWindow | None:
        """The editor's own archive in the data folder (made empty on first use)."""
        return self.open(self.paths.own_db_path, create=True)

    def switch_language(self, language: str) -> MainWindow | None:
        """Show the interface in ``language``: a new window on the same archive, undo history kept."""
        if self.localizer is None or self.archive is None or self.window is None:
            return None
        if self.window.imports.running:
            self.window.notify(tr("The new language applies when the import has finished and you open an archive"))
            return None
        self.localizer.apply(language)
        return self._replace_window(history=self.window.ops.history)

    # -- windows ---------------------------------------------------------------------------

    def _replace_window(self, history: History | None = None) -> MainWindow:
        assert self.archive is not None and self.runner is not None
        old = self.window
        if old is not None:
            old.save_state()
        sample = self.is_sample(self.archive.location)
        title = tr("Sample archive") if sample else None
        window = MainWindow(self.archive, self.runner, self.qsettings, data_dir=self.paths.data_dir,
                            history=history, title=title)
        if sample:
            window.show_sample_banner(self.paths.own_db_path.is_file())
        window.open_archive_requested.connect(self.open)
        window.new_archive_requested.connect(self.new_archive)
        window.sample_archive_requested.connect(self.open_samples)
        window.own_archive_requested.connect(self.open_own)
        window.language_change_requested.connect(self.switch_language)
        window.show()
        self.window = window
        if old is not None:
            old.hand_over()
        self.window_changed.emit(window)
        return window

    def close(self) -> None:
        """Cancel running jobs, wait for them, release the archive and the translators."""
        self._warm_up_timer.stop()
        if self.runner is not None:
            self.runner.shutdown()
            self.runner = None
        if self.archive is not None:
            self.archive.close()
            self.archive = None
        if self.localizer is not None:
            self.localizer.apply("en")
