"""The main window: archive and timelines on the left, reader and canvas in the middle,
review queue and search as docks. It assembles the panels and routes their signals; the
panels do the work.

Every edit any panel makes is an op on the window's :class:`~timeline_app.ui.ops.OpRunner`
(the writer thread, one undo history for the whole window); every change reaches every
panel through its :class:`~timeline_app.ui.ops.ChangeHub`. An import's changes are published
on the hub when it finishes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QWidget,
)

from timeline_app.domain.models import Changes
from timeline_app.services.importing import ImportReport
from timeline_app.storage import Archive
from timeline_app.ui.archive_panel import ArchivePanel
from timeline_app.ui.canvas.panel import TimelinePanel
from timeline_app.ui.draft_dialog import DraftController
from timeline_app.ui.export_dialog import ExportController
from timeline_app.ui.import_controller import ImportController
from timeline_app.ui.jobs import JobRunner
from timeline_app.ui.menus import build_menus
from timeline_app.ui.ops import OpRunner
from timeline_app.ui.read_only_banner import ReadOnlyBanner, with_banner
from timeline_app.ui.reader import ArticleReader
from timeline_app.ui.review.widget import ReviewQueueWidget
from timeline_app.ui.search_panel import SearchPanel
from timeline_app.ui.settings import AppSettings, SettingsDialog
from timeline_app.ui.sources_panel import SourcesPanel
from timeline_app.ui.timeline_list import TimelineListWidget
from timeline_app.ui.window_state import restore_window_state, save_window_state

READER_TAB, TIMELINE_TAB = 0, 1


class MainWindow(QMainWindow):
    """The window an editor works in."""

    import_finished = Signal(object)  # ImportReport

    def __init__(
        self, archive: Archive, runner: JobRunner, settings: QSettings | None = None, *, data_dir: Path | None = None
    ) -> None:
        super().__init__()
        self.archive = archive
        self.runner = runner
        self.settings = settings
        self.app_settings = AppSettings(
            settings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "timeline_app", "timeline"),
            data_dir or Path(archive.location).parent,
        )
        language = self.app_settings.display_language
        self.setWindowTitle(f"Timeline — {Path(archive.location).name}")
        self.setAcceptDrops(True)
        self.resize(1440, 900)
        self.ops = OpRunner(archive, runner, parent=self)
        self.hub = self.ops.hub

        self.archive_panel = ArchivePanel(archive, self)
        self.model = self.archive_panel.model
        self.timelines = TimelineListWidget(archive, self.ops, self)
        self.reader = ArticleReader(archive, self.ops, self)
        self.canvas = TimelinePanel(archive, self.ops, self, language=language)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.reader, "Article")
        self.sources = SourcesPanel(archive, self, language=language)
        self.timeline_splitter = QSplitter()
        self.timeline_splitter.addWidget(self.canvas)
        self.timeline_splitter.addWidget(self.sources)
        self.timeline_splitter.setStretchFactor(0, 4)
        self.timeline_splitter.setStretchFactor(1, 1)
        self.sources.setMinimumWidth(220)
        self.timeline_splitter.setSizes([760, 260])
        self.tabs.addTab(self.timeline_splitter, "Timeline")
        self.review = ReviewQueueWidget(archive, self.ops, self, language=language)
        self.review.filter_bar.confidence_spin.setValue(self.app_settings.review_threshold)
        self.search = SearchPanel(archive, self, language=language)

        self.sidebar_splitter = QSplitter(Qt.Orientation.Vertical)
        self.sidebar_splitter.addWidget(self.archive_panel)
        self.sidebar_splitter.addWidget(self.timelines)
        self.sidebar_splitter.setSizes([620, 220])
        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar_splitter)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([460, 700])
        self.read_only = archive.read_only
        self.read_only_banner: ReadOnlyBanner | None = None
        if self.read_only:
            self.read_only_banner = ReadOnlyBanner(archive.location)
            self.setCentralWidget(with_banner(self.read_only_banner, self.splitter))
        else:
            self.setCentralWidget(self.splitter)
        self.review_dock = self._dock("Review queue", "review_dock", self.review)
        self.search_dock = self._dock("Search", "search_dock", self.search)
        self.tabifyDockWidget(self.review_dock, self.search_dock)
        self.review_dock.raise_()
        self._docks_sized = False

        self.imports = ImportController(archive, runner, self.statusBar(), self)
        self.imports.language = self.app_settings.import_language
        self.exports = ExportController(archive, runner, self)
        self.drafts = DraftController(archive, runner, self.ops, self.timelines, language=language)
        self.actions_ = build_menus(self)
        self._connect_panels()
        if self.read_only:
            self._disable_changes()
        if settings is not None:
            self._docks_sized = restore_window_state(self, settings)
        self._update_status()

    # -- construction ---------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        return dock

    def _disable_changes(self) -> None:
        """A read-only archive: no imports, pastes or drafts; drops are refused."""
        for name in ("import_files", "import_folder", "paste", "draft"):
            if name in self.actions_:
                self.actions_[name].setEnabled(False)
        self.setAcceptDrops(False)
        self.setWindowTitle(self.windowTitle() + " " + self.tr("(read-only)"))

    def _connect_panels(self) -> None:
        self.archive_panel.article_selected.connect(self.open_article)
        self.imports.finished.connect(self._on_import_finished)
        self.imports.timelines_imported.connect(self._on_timelines_imported)
        self.exports.notice_posted.connect(self.notify)
        self.reader.event_clicked.connect(self.show_event_in_queue)
        self.reader.notice_posted.connect(self.notify)
        self.review.event_selected.connect(self.show_event_source)
        self.review.notice_posted.connect(self.notify)
        self.timelines.selected_events = self.review.selected_ids
        self.timelines.current_changed.connect(self.open_timeline)
        self.timelines.notice_posted.connect(self.notify)
        self.canvas.notice_posted.connect(self.notify)
        self.search.open_article_requested.connect(self.open_article)
        self.search.add_events_requested.connect(self.add_events_to_timeline)
        self.search.draft_requested.connect(self.draft_timeline)
        self.search.event_selected.connect(self.show_event_source)
        self.canvas.selection_changed.connect(self._on_canvas_selection)
        self.sources.open_article_requested.connect(self.open_article_at_offset)
        self.hub.changed.connect(self._apply_changes)
        self.hub.changed.connect(self.search.apply_changes)
        self.ops.failed.connect(self.notify)
        self.ops.history_changed.connect(self._update_status)

    # -- articles -------------------------------------------------------------

    def open_article(self, article_id: int, search_terms: list[str] | None = None) -> None:
        """Show ``article_id`` in the reader tab; with ``search_terms`` at the first hit."""
        self.reader.show_article(article_id, search_terms=search_terms)
        self.tabs.setCurrentIndex(READER_TAB)

    def open_article_at_offset(self, article_id: int, offset: int) -> None:
        """Open an article at a character offset (a source sentence)."""
        self.open_article(article_id)
        self.reader.scroll_to_offset(offset)

    def _on_canvas_selection(self, _entry_ids: list[int]) -> None:
        self.sources.show_events(self.canvas.selected_event_ids())

    # -- events ---------------------------------------------------------------

    def show_event_in_queue(self, event_id: int) -> None:
        """Select an event in the review queue (clicked in the reader)."""
        self.review_dock.show()
        self.review_dock.raise_()
        if not self.review.select_event(event_id):
            self.notify("That event is hidden by the review queue's filters")

    def show_event_source(self, event_id: int) -> None:
        """Show the article and sentence an event came from."""
        with self.archive.read() as tx:
            event = tx.events.get(event_id)
        if event is None or not event.sources:
            return
        source = next((s for s in event.sources if s.article_id == self.reader.article_id), event.sources[0])
        if self.reader.article_id != source.article_id:
            self.reader.show_article(source.article_id)
        self.reader.scroll_to_offset(source.char_start)
        self.tabs.setCurrentIndex(READER_TAB)

    def add_events_to_timeline(self, event_ids: list[int]) -> None:
        """Put events on the open timeline, or start a timeline with them."""
        if self.canvas.edits.add_entries(event_ids):
            self.tabs.setCurrentIndex(TIMELINE_TAB)
            return
        name = f"Timeline {self.timelines.model.rowCount() + 1}"
        name_given, ok = self.timelines.ask_text(self, "New timeline", "No timeline is open. New timeline:", name)
        if ok and name_given.strip():
            self.timelines.create(name_given.strip(), event_ids)

    def draft_timeline(self, query: str = "", result_ids: list[int] | None = None) -> None:
        """Timeline › Draft Timeline… (or the search panel's draft button): the new timeline opens on the canvas."""
        if self.drafts.run(self, query=query, result_ids=result_ids or ()):
            self.tabs.setCurrentIndex(TIMELINE_TAB)

    def open_timeline(self, timeline_id: int | None) -> None:
        """Show a timeline on the canvas; the review queue adds to it (T)."""
        self.canvas.set_timeline(timeline_id)
        self.review.set_current_timeline(timeline_id)
        if timeline_id is not None:
            self.tabs.setCurrentIndex(TIMELINE_TAB)

    # -- changes (from the hub) -------------------------------------------------

    def _apply_changes(self, changes: Changes, _origin: object = None) -> None:
        """What the window's own parts show: the article list, sources, status bar.

        The timeline list, canvas, review queue, reader and search panel take the changes too.
        """
        if changes.articles:
            self.model.reload()
        elif changes.events:
            self.model.refresh_rows()  # event counts; the list of articles is the same
        if changes.touches_events(self.sources.event_ids):
            self.sources.show_events(self.sources.event_ids)
        self._update_status()

    def focus_search(self) -> None:
        """Ctrl+F: raise the search dock and put the cursor in its box."""
        self.search_dock.show()
        self.search_dock.raise_()
        self.search.focus_query()

    def notify(self, message: str) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(message, 8000)

    def _update_status(self) -> None:
        if self.imports.running:
            return
        with self.archive.read() as tx:
            count = tx.articles.count()
            unknown = tx.articles.count_unknown_published()
            suggested = tx.events.count()
        text = f"{count} articles · {suggested} events"
        if unknown:
            text += f" · {unknown} without publication date"
        self.statusBar().showMessage(text)

    # -- import ---------------------------------------------------------------

    def _on_import_finished(self, report: ImportReport) -> None:
        self.hub.publish(report.changes)
        if self.reader.article_id is None and report.imported_ids:
            self.archive_panel.select_article(report.imported_ids[0])  # something to read, not an empty pane
        self.import_finished.emit(report)

    def _on_timelines_imported(self, timeline_ids: list[int]) -> None:
        self.hub.publish(Changes(events=True, timelines=True, articles=True))
        self.timelines.select(timeline_ids[-1])
        self.notify(f"{len(timeline_ids)} TimelineJS file(s) imported as new timelines")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.imports.start(paths)

    # -- settings and state ---------------------------------------------------

    def open_settings(self) -> None:
        """The Settings dialog."""
        dialog = SettingsDialog(self.app_settings, self)
        if dialog.exec():
            self.imports.language = self.app_settings.import_language
            self.review.filter_bar.confidence_spin.setValue(self.app_settings.review_threshold)
            self.notify("Settings saved; the date display language applies from the next start")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._docks_sized:
            # First start: the review queue takes a third of the height, the rest is for reading.
            self.resizeDocks([self.review_dock], [max(180, self.height() // 3)], Qt.Orientation.Vertical)
            self._docks_sized = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.imports.running and QMessageBox.question(
            self, "Import running", "An import is running. Cancel it and quit? Finished articles are kept."
        ) != QMessageBox.StandardButton.Yes:
            event.ignore()
            return
        if self.settings is not None:
            save_window_state(self, self.settings)
        self.ops.wait_idle()  # edits asked for are saved before the writer stops
        self.runner.shutdown()
        super().closeEvent(event)
