"""The main window: archive list with a filter, the article reader, import in the background."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelection, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from timeline_app.ingest import SUPPORTED_EXTENSIONS
from timeline_app.services.importing import ImportReport, Outcome, import_paths
from timeline_app.services.jobs import JobControl
from timeline_app.services.samples import sample_files
from timeline_app.storage import Archive
from timeline_app.ui.article_model import ARTICLE_ID_ROLE, ArticleTableModel
from timeline_app.ui.jobs import JobHandle, JobRunner
from timeline_app.ui.reader import ArticleReader


def import_summary_text(report: ImportReport) -> str:
    """A human summary of an import for the dialog and status bar."""
    parts = [f"{report.count(Outcome.IMPORTED)} imported", f"{report.count(Outcome.DUPLICATE)} duplicate"]
    failed = report.count(Outcome.FAILED)
    parts.append(f"{failed} failed")
    text = ", ".join(parts)
    if report.cancelled:
        text += " (cancelled; finished articles were kept)"
    return text


class MainWindow(QMainWindow):
    """The window an editor works in."""

    import_finished = Signal(object)  # ImportReport

    def __init__(self, archive: Archive, runner: JobRunner, settings: QSettings | None = None) -> None:
        super().__init__()
        self.archive = archive
        self.runner = runner
        self.settings = settings
        self.current_import: JobHandle | None = None
        self.setWindowTitle("Timeline — newsroom archive")
        self.setAcceptDrops(True)
        self.resize(1280, 800)

        self.model = ArticleTableModel(archive, self)
        self.filter_box = QLineEdit(placeholderText="Filter articles by title or source")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.model.set_filter)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 130)
        for column in range(2, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        sidebar = QWidget()
        layout = QVBoxLayout(sidebar)
        layout.setContentsMargins(6, 6, 0, 6)
        title = QLabel("Archive")
        title.setStyleSheet("font-weight: 600;")
        layout.addWidget(title)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.table)

        self.reader = ArticleReader()
        self.splitter = QSplitter()
        self.splitter.addWidget(sidebar)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([560, 720])
        self.setCentralWidget(self.splitter)

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_import)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._build_menus()
        self._restore_state()
        self._update_status()

    # -- menus ----------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.import_files_action = QAction("&Import Files…", self, shortcut=QKeySequence.StandardKey.Open)
        self.import_files_action.triggered.connect(self.choose_files_to_import)
        self.import_folder_action = QAction("Import &Folder…", self, shortcut=QKeySequence("Ctrl+Shift+O"))
        self.import_folder_action.triggered.connect(self.choose_folder_to_import)
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addActions([self.import_files_action, self.import_folder_action])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu("&View")
        find_action = QAction("&Filter Articles", self, shortcut=QKeySequence.StandardKey.Find)
        find_action.triggered.connect(lambda: (self.filter_box.setFocus(), self.filter_box.selectAll()))
        view_menu.addAction(find_action)
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.import_files_action)
        toolbar.addAction(self.import_folder_action)

    # -- import -------------------------------------------------------------

    def choose_files_to_import(self) -> None:
        """Ask for files, then import them in the background."""
        patterns = " ".join(f"*{ext}" for ext in sorted(SUPPORTED_EXTENSIONS))
        files, _ = QFileDialog.getOpenFileNames(self, "Import articles", "", f"Articles ({patterns});;All files (*)")
        if files:
            self.start_import(files)

    def choose_folder_to_import(self) -> None:
        """Ask for a folder, then import everything in it."""
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of articles")
        if folder:
            self.start_import([folder])

    def start_import(self, paths: Sequence[str | Path]) -> JobHandle | None:
        """Import ``paths`` off the GUI thread with progress and cancel."""
        if self.current_import is not None:
            QMessageBox.information(self, "Import running", "Wait for the current import to finish, or cancel it.")
            return None
        archive = self.archive
        chosen = [str(p) for p in paths]

        def job(control: JobControl) -> ImportReport:
            return import_paths(archive, chosen, control=control)

        handle = self.runner.start(job, parent=self)
        handle.progressed.connect(self._on_import_progress)
        handle.succeeded.connect(self._on_import_done)
        handle.failed.connect(self._on_import_failed)
        self.current_import = handle
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.import_files_action.setEnabled(False)
        self.import_folder_action.setEnabled(False)
        self.statusBar().showMessage("Importing…")
        return handle

    def seed_samples(self, folder: Path) -> JobHandle | None:
        """Import the sample articles (first start of a new archive)."""
        samples = sample_files(folder)
        return self.start_import(samples) if samples else None

    def cancel_import(self) -> None:
        """Stop the running import after the current article."""
        if self.current_import is not None:
            self.current_import.cancel()
            self.statusBar().showMessage("Cancelling after the current article…")

    def _on_import_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if message:
            self.statusBar().showMessage(f"Importing {done + 1} of {total}: {Path(message).name}")

    def _finish_import(self) -> None:
        self.current_import = None
        self.progress.hide()
        self.cancel_button.hide()
        self.import_files_action.setEnabled(True)
        self.import_folder_action.setEnabled(True)
        self.model.reload()
        self._update_status()

    def _on_import_done(self, report: object) -> None:
        assert isinstance(report, ImportReport)
        self._finish_import()
        summary = import_summary_text(report)
        self.statusBar().showMessage(f"Import finished: {summary}", 10_000)
        failures = [r for r in report.results if r.outcome is Outcome.FAILED]
        if failures:
            details = "\n".join(f"{Path(r.path).name}: {r.reason}" for r in failures[:30])
            if len(failures) > 30:
                details += f"\n… and {len(failures) - 30} more"
            QMessageBox.warning(self, "Import finished with errors", f"{summary}.\n\n{details}")
        self.import_finished.emit(report)

    def _on_import_failed(self, message: str) -> None:
        self._finish_import()
        QMessageBox.critical(self, "Import failed", f"The import stopped: {message}")

    # -- drag and drop --------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    # -- selection and status ------------------------------------------------

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self.open_article(int(self.model.data(indexes[0], ARTICLE_ID_ROLE)))

    def open_article(self, article_id: int) -> None:
        """Show ``article_id`` in the reader."""
        with self.archive.read() as tx:
            article = tx.articles.get(article_id)
        if article is None:
            self.reader.show_placeholder()
        else:
            self.reader.show_article(article)

    def select_row(self, row: int) -> None:
        """Select a row of the archive table (and open its article)."""
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0, QModelIndex()))

    def _update_status(self) -> None:
        with self.archive.read() as tx:
            count = tx.articles.count()
            unknown = len(tx.articles.unknown_published())
        text = f"{count} articles"
        if unknown:
            text += f" · {unknown} without publication date"
        self.statusBar().showMessage(text)

    # -- state --------------------------------------------------------------

    def _restore_state(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self.settings.value("main/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.settings is not None:
            self.settings.setValue("main/geometry", self.saveGeometry())
            self.settings.setValue("main/splitter", self.splitter.saveState())
            self.settings.sync()
        self.runner.shutdown()
        super().closeEvent(event)
