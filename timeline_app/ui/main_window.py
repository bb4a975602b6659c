"""The main window: archive and timelines on the left, reader and canvas in the middle,
review queue and search as docks. It assembles the panels and routes their signals; the
panels do the work.

Every edit any panel makes is an op on the window's :class:`~timeline_app.ui.ops.OpRunner`
(the writer thread, one undo history for the whole window); every change reaches every
panel through its :class:`~timeline_app.ui.ops.ChangeHub`. An import's changes are published
on the hub when it finishes.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
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
from timeline_app.services import event_ops
from timeline_app.services.importing import ImportReport
from timeline_app.services.ops import Batch, History
from timeline_app.storage import Archive
from timeline_app.ui.archive_panel import ArchivePanel
from timeline_app.ui.banners import BannerColumn, SampleArchiveBanner
from timeline_app.ui.canvas.panel import TimelinePanel
from timeline_app.ui.draft_dialog import DraftController
from timeline_app.ui.export_dialog import ExportController
from timeline_app.ui.i18n import tr
from timeline_app.ui.import_controller import ImportController
from timeline_app.ui.jobs import JobRunner
from timeline_app.ui.menus import build_menus
from timeline_app.ui.navigation import Navigation
from timeline_app.ui.ops import OpRunner
from timeline_app.ui.read_only_banner import ReadOnlyBanner
from timeline_app.ui.reader import ArticleReader
from timeline_app.ui.review.widget import ReviewQueueWidget
from timeline_app.ui.search_panel import SearchPanel
from timeline_app.ui.settings import AppSettings, SettingsDialog
from timeline_app.ui.sources_panel import SourcesPanel
from timeline_app.ui.timeline_list import TimelineListWidget
from timeline_app.ui.window_state import name_widgets, restore_window_state, save_window_state, size_docks

QUEUE_ROWS = 10


class MainWindow(QMainWindow):
    """The window an editor works in."""

    import_finished = Signal(object)  # ImportReport
    open_archive_requested = Signal(str)  # path of an archive file
    new_archive_requested = Signal(str)  # path of the new archive file
    sample_archive_requested = Signal()
    own_archive_requested = Signal()
    language_change_requested = Signal(str)  # the new interface language

    def __init__(
        self, archive: Archive, runner: JobRunner, settings: QSettings | None = None, *, data_dir: Path | None = None,
        history: History | None = None, title: str | None = None,
    ) -> None:
        super().__init__()
        self.archive = archive
        self.runner = runner
        self.settings = settings
        self.handing_over = False
        self.navigation = Navigation(self)  # where the editor is taken: articles, events, tabs, docks
        self.app_settings = AppSettings(
            settings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "timeline_app", "timeline"),
            data_dir or Path(archive.location).parent,
        )
        language = self.app_settings.display_language
        shown = archive.location if archive.shared else Path(archive.location).name  # a database: its address, no password
        self.setWindowTitle(tr("Timeline — {archive}").format(archive=title or shown))
        self.setAcceptDrops(True)
        self.resize(1440, 900)
        self.ops = OpRunner(archive, runner, parent=self, history=history)
        self.hub = self.ops.hub

        self.archive_panel = ArchivePanel(archive, self)
        self.model = self.archive_panel.model
        self.timelines = TimelineListWidget(archive, self.ops, self)
        self.reader = ArticleReader(archive, self.ops, self)
        self.canvas = TimelinePanel(archive, self.ops, self, language=language)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.reader, tr("Article"))
        self.sources = SourcesPanel(archive, self, language=language)
        self.timeline_splitter = QSplitter()
        self.timeline_splitter.addWidget(self.canvas)
        self.timeline_splitter.addWidget(self.sources)
        self.timeline_splitter.setStretchFactor(0, 4)
        self.timeline_splitter.setStretchFactor(1, 1)
        self.sources.setMinimumWidth(220)
        self.timeline_splitter.setSizes([760, 260])
        self.tabs.addTab(self.timeline_splitter, tr("Timeline"))
        self.review = ReviewQueueWidget(archive, self.ops, self, language=language)
        self.review.filter_bar.confidence_spin.setValue(self.app_settings.review_threshold)
        self.review.filter_bar.apply_now()  # the queue shows what its threshold says from the start
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
        name_widgets(self)
        self.banners = BannerColumn(self.splitter)
        self.setCentralWidget(self.banners)
        self.sample_banner: SampleArchiveBanner | None = None
        self.read_only = archive.read_only
        self.read_only_banner: ReadOnlyBanner | None = None
        if self.read_only:
            self.read_only_banner = ReadOnlyBanner(archive.location, shared=archive.shared)
            self.banners.add_banner(self.read_only_banner)
        self.review_dock = self._dock(tr("Review queue"), "review_dock", self.review)
        self.search_dock = self._dock(tr("Search"), "search_dock", self.search)
        self.tabifyDockWidget(self.review_dock, self.search_dock)
        self.review_dock.raise_()
        self._docks_sized = False

        self.imports = ImportController(archive, runner, self.statusBar(), self)
        self.imports.language = self.app_settings.import_language
        self.exports = ExportController(archive, runner, self, ops=self.ops, settings=self.app_settings)
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

    def show_sample_banner(self, own_exists: bool) -> SampleArchiveBanner:
        """Say that this is the sample archive, with the button to the editor's own archive."""
        if self.sample_banner is None:
            self.sample_banner = SampleArchiveBanner(own_exists, self)
            self.sample_banner.own_archive_requested.connect(self.own_archive_requested)
            self.banners.add_banner(self.sample_banner)
        return self.sample_banner

    def _disable_changes(self) -> None:
        """A read-only archive: no imports, pastes or drafts; drops are refused."""
        for name in ("import_files", "import_folder", "paste", "draft"):
            if name in self.actions_:
                self.actions_[name].setEnabled(False)
        self.setAcceptDrops(False)
        self.canvas.view.editable = False  # entries select and open, but are not dragged to other lanes
        self.setWindowTitle(self.windowTitle() + " " + tr("(read-only)"))

    def _connect_panels(self) -> None:
        self.archive_panel.article_selected.connect(self.navigation.open_article)
        self.imports.finished.connect(self._on_import_finished)
        self.imports.timelines_imported.connect(self._on_timelines_imported)
        self.imports.dates_entered.connect(self.set_publication_dates)
        self.imports.summary_shown.connect(lambda dialog: dialog.finished.connect(self._after_dialog))
        self.exports.notice_posted.connect(self.notify)
        self.reader.event_clicked.connect(self.navigation.show_event_in_queue)
        self.reader.notice_posted.connect(self.notify)
        self.review.event_selected.connect(self.navigation.show_event_source)
        self.review.notice_posted.connect(self.notify)
        self.timelines.selected_events = self.review.selected_ids
        self.timelines.current_changed.connect(self.navigation.open_timeline)
        self.timelines.notice_posted.connect(self.notify)
        self.canvas.notice_posted.connect(self.notify)
        self.search.open_article_requested.connect(self.navigation.open_article)
        self.search.add_events_requested.connect(self.navigation.add_events_to_timeline)
        self.search.draft_requested.connect(self.navigation.draft_timeline)
        self.search.event_selected.connect(self.navigation.show_event_source)
        self.canvas.selection_changed.connect(self._on_canvas_selection)
        self.sources.open_article_requested.connect(self.navigation.open_article_at_offset)
        self.hub.changed.connect(self._apply_changes)
        self.hub.changed.connect(self.search.apply_changes)
        self.ops.failed.connect(self.notify)
        # An edit refused because another editor changed its rows: the views read them again.
        self.ops.conflicted.connect(lambda _message, changes: self.hub.publish(changes))
        self.ops.history_changed.connect(self._update_status)
        # A shared archive: other editors' changes reach the same hub, so every open view shows them.
        self._listener: Any = self.hub.listen_to(self.archive)

    # -- changes (from the hub and the canvas) ----------------------------------

    def _on_canvas_selection(self, _entry_ids: list[int]) -> None:
        self.sources.show_events(self.canvas.selected_event_ids())

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
        text = tr("{articles} articles · {events} events").format(articles=count, events=suggested)
        if unknown:
            text += " · " + tr("{n} without publication date").format(n=unknown)
        self.statusBar().showMessage(text)

    # -- import ---------------------------------------------------------------

    def _on_import_finished(self, report: ImportReport) -> None:
        self.hub.publish(report.changes)
        if self.reader.article_id is None and report.imported_ids:
            self.archive_panel.select_article(report.imported_ids[0])  # something to read, not an empty pane
        self.import_finished.emit(report)

    def _after_dialog(self, _result: int = 0) -> None:
        """A non-modal dialog closed: the keyboard goes back to the review queue."""
        self.activateWindow()
        self.navigation.focus_queue()

    def set_publication_dates(self, dates: dict[int, _dt.date]) -> None:
        """Give articles their publication dates (one undo step); their relative dates are resolved again."""
        edits = tuple(event_ops.EditArticle(article_id, {"published": day}) for article_id, day in sorted(dates.items()))
        if edits:
            text = tr("Set publication dates of {n} articles").format(n=len(edits))
            self.ops.run(Batch(edits, text), origin=self, on_failed=self.notify)

    def _on_timelines_imported(self, timeline_ids: list[int]) -> None:
        self.hub.publish(Changes(events=True, timelines=True, articles=True))
        self.timelines.select(timeline_ids[-1])
        self.notify(tr("TimelineJS files imported as new timelines: {n}").format(n=len(timeline_ids)))

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
        before = self.app_settings.interface_language
        dialog = SettingsDialog(self.app_settings, self, archive=self.archive.location)
        if dialog.exec():
            self.imports.language = self.app_settings.import_language
            self.review.filter_bar.confidence_spin.setValue(self.app_settings.review_threshold)
            self.notify(tr("Settings saved"))
            if self.app_settings.interface_language != before:
                self.language_change_requested.emit(self.app_settings.interface_language)
            chosen = dialog.chosen_archive()
            if chosen is not None:
                self.open_archive_requested.emit(chosen)  # the desk opens it in a new window

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._docks_sized:
            self._docks_sized = True
            QTimer.singleShot(0, lambda: size_docks(self, QUEUE_ROWS))  # once the first layout has settled (it shrinks docks)

    def may_leave(self) -> bool:
        """True unless an import runs and the editor wants it to go on."""
        return not self.imports.running or QMessageBox.question(
            self, tr("Import running"), tr("An import is running. Cancel it? Finished articles are kept.")
        ) == QMessageBox.StandardButton.Yes

    def save_state(self) -> None:
        """Store the layout for the next window (after a restart, another archive or language)."""
        if self.settings is not None:
            save_window_state(self, self.settings)

    def hand_over(self) -> None:
        """Close for a successor window (another archive or language): no question, the writer is the desk's."""
        self.handing_over = True
        self.imports.cancel()
        self.ops.wait_idle()
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.handing_over:
            if not self.may_leave():
                event.ignore()
                return
            self.save_state()
        self.ops.wait_idle()  # edits asked for are saved before the writer stops
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        if not self.handing_over:
            self.runner.shutdown()
        super().closeEvent(event)
