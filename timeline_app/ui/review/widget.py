"""The review queue: a filter bar over the event table, keyboard-first, every decision undoable.

Embed it in a dock::

    queue = ReviewQueueWidget(archive, ops)
    queue.event_selected.connect(reader.show_event)      # the reader shows the source sentence
    timelines.current_changed.connect(queue.set_current_timeline)

Decisions are ops (:mod:`timeline_app.services.event_ops`) run by the
:class:`~timeline_app.ui.ops.OpRunner`: written to the archive at once on the writer thread
(there is no Save) and undoable. The queue refreshes when the hub delivers changes to events,
whoever made them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from timeline_app.domain.models import Changes, EventStatus
from timeline_app.services import event_ops, review
from timeline_app.services.ops import Done, Guarded, Op
from timeline_app.services.review import ReviewResult
from timeline_app.storage import Archive
from timeline_app.ui.i18n import event_status_label, tr
from timeline_app.ui.ops import OpRunner
from timeline_app.ui.review.actions import ReviewActions, ReviewHandlers, TableSelection
from timeline_app.ui.review.delegate import ReviewChipDelegate
from timeline_app.ui.review.edit_dialog import EventEditDialog
from timeline_app.ui.review.filter_bar import ReviewFilterBar
from timeline_app.ui.review.model import EVENT_ID_ROLE, Column, EventTableModel

_COLUMN_WIDTHS = {Column.DATE: 120, Column.ARTICLES: 180, Column.SOURCES: 64, Column.CONFIDENCE: 104,
                  Column.STATUS: 100, Column.CONFLICT: 96}


def key_hint() -> str:
    """The keys of the queue, under the table."""
    return tr("A accept · R reject · E edit · M merge · T add to timeline · Ctrl+Z undo")


def _decision_text(status: EventStatus, ids: Sequence[int]) -> str:
    n = len(ids)
    if status is EventStatus.ACCEPTED:
        return tr("Accept 1 event") if n == 1 else tr("Accept {n} events").format(n=n)
    if status is EventStatus.REJECTED:
        return tr("Reject 1 event") if n == 1 else tr("Reject {n} events").format(n=n)
    return tr("Return 1 event") if n == 1 else tr("Return {n} events").format(n=n)


def _count(ids: Sequence[int]) -> str:
    return tr("1 event") if len(ids) == 1 else tr("{n} events").format(n=len(ids))


class ReviewQueueWidget(QWidget):
    """Review suggested events: accept, reject, edit, merge, add to the current timeline."""

    event_selected = Signal(int)
    notice_posted = Signal(str)

    def __init__(
        self, archive: Archive, ops: OpRunner, parent: QWidget | None = None, *, language: str = "nl"
    ) -> None:
        super().__init__(parent)
        self.archive = archive
        self.ops = ops
        self.language = language
        self.timeline_id: int | None = None
        self.timeline_name = ""

        self.model = EventTableModel(archive, self, language=language)
        self.filter_bar = ReviewFilterBar(self)
        self.table = QTableView(self)
        self.counts_label = QLabel(self)
        self.notice_label = QLabel(key_hint(), self)
        self.empty_label = QLabel(tr("Nothing here. Change the filters, or import articles to find events."))
        self.selection = TableSelection(self.table)
        self.review_actions = ReviewActions(self.table, ReviewHandlers(
            accept=lambda: self.decide(EventStatus.ACCEPTED), reject=lambda: self.decide(EventStatus.REJECTED),
            return_to_queue=lambda: self.decide(EventStatus.SUGGESTED),
            edit=self.edit_current, merge=self.merge_selected, add_to_timeline=self.add_selected_to_timeline,
        ))
        self._build()
        self.filter_bar.filter_changed.connect(self._on_filter_changed)
        ops.hub.changed.connect(self.apply_changes)
        ops.performed.connect(self._on_performed)
        self._refresh_articles()
        self._update_counts()
        self._update_actions()

    # -- construction -------------------------------------------------------------

    def _build(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setItemDelegate(ReviewChipDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._show_context_menu)
        table.doubleClicked.connect(lambda _index: self.edit_current())
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.HEADLINE, QHeaderView.ResizeMode.Stretch)
        for column, width in _COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
        selection = table.selectionModel()
        selection.currentRowChanged.connect(self._on_current_changed)
        selection.selectionChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        viewport_layout = QVBoxLayout(table.viewport())
        viewport_layout.addWidget(self.empty_label, 0, Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.setWordWrap(True)
        for label in (self.counts_label, self.notice_label):
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.notice_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        footer = QHBoxLayout()
        footer.setContentsMargins(2, 0, 2, 0)
        footer.addWidget(self.counts_label)
        footer.addStretch(1)
        footer.addWidget(self.notice_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.setSpacing(6)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

    # -- public slots ------------------------------------------------------------

    def set_current_timeline(self, timeline_id: int | None) -> None:
        """The timeline that T adds events to (None: no timeline open)."""
        self.timeline_id = timeline_id
        self.timeline_name = ""
        if timeline_id is not None:
            with self.archive.read() as tx:
                timeline = tx.timelines.get(timeline_id)
            self.timeline_name = timeline.name if timeline is not None else ""
            if timeline is None:
                self.timeline_id = None
        self._update_actions()

    def apply_changes(self, changes: Changes, _origin: object = None) -> None:
        """Refresh after events or articles changed (anywhere); a deleted current timeline is forgotten."""
        if changes.events or changes.articles:
            self.reload()
        if self.timeline_id is not None and changes.touches_timeline(self.timeline_id):
            self.set_current_timeline(self.timeline_id)

    def reload(self) -> None:
        """Re-read the queue (after an import or a change made elsewhere), keeping the selection."""
        selected = self.selected_ids()
        self._refresh_articles()
        self.model.refresh()
        self._update_counts()
        self.selection.select_ids(selected)

    def select_event(self, event_id: int) -> bool:
        """Select ``event_id`` if the queue shows it (e.g. a date clicked in the reader)."""
        return self.selection.select_ids([event_id])

    def set_article_filter(self, article_id: int | None) -> None:
        """Show only the events of ``article_id`` (None: every article)."""
        self.filter_bar.set_article(article_id)

    def selected_ids(self) -> list[int]:
        """The selected events, top to bottom."""
        return [i for i in (self.model.event_id(r) for r in self.selection.rows()) if i is not None]

    def decide(self, status: EventStatus) -> None:
        """Accept, reject or return the selection, then move on to the next event."""
        ids = self.selected_ids()
        if ids:
            text = _decision_text(status, ids)
            self._run(event_ops.SetEventStatus(tuple(ids), status, text))

    def edit_current(self) -> None:
        """Open the edit dialog for the current event."""
        event_id = self.model.event_id(self.table.currentIndex().row())
        if event_id is None:
            return
        with self.archive.read() as tx:
            event = tx.events.get(event_id)
            article = tx.articles.get(event.sources[0].article_id) if event and event.sources else None
        if event is None:
            return
        dialog = EventEditDialog(
            event,
            reference_date=article.published if article else None,
            language=article.language if article else None,
            display_language=self.language,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edit = dialog.edit()
            self._run(event_ops.EditEvent(event_id, edit, tr("Edit “{title}”").format(title=edit.title.strip()[:40])),
                      advance=False, seen={("event", event.id): event.version})
        dialog.deleteLater()
        self.focus_table()  # A, R, E... go on working without a click

    def focus_table(self) -> None:
        """Put the keyboard in the table, on the current row (the first when none is)."""
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.selection.select_row(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def merge_selected(self) -> None:
        """Merge the selected duplicates into one event."""
        ids = self.selected_ids()
        if len(ids) < 2:
            self._notify(tr("Select two or more events to merge (Shift or Ctrl + click)."))
            return
        self._run(event_ops.MergeEvents(tuple(ids), tr("Merge {n}").format(n=_count(ids))), advance=False)

    def add_selected_to_timeline(self) -> None:
        """Put the selected events on the current timeline."""
        ids = self.selected_ids()
        if self.timeline_id is None:
            self._notify(tr("Open a timeline first: T adds events to the current timeline."))
            return
        if ids:
            text = tr("Add {n} to “{timeline}”").format(n=_count(ids), timeline=self.timeline_name)
            self._run(event_ops.AddToTimeline(self.timeline_id, tuple(ids), text))

    def context_menu(self) -> QMenu:
        """The menu the table shows on right-click (the same actions as the keys)."""
        return self.review_actions.menu(self)

    # -- internals ----------------------------------------------------------------

    def _run(self, op: Op, *, advance: bool = True, seen: dict[tuple[str, int], int] | None = None) -> None:
        """Run a decision; when it is saved the queue moves on to the next row (``advance``).

        The decision names the events' versions as the queue shows them (``seen``: as a dialog
        showed them), so it is refused when another editor changed one of them since.
        """
        rows = sorted(self.selection.rows())
        first = rows[0] if advance and rows else None
        versions = dict(seen or {})

        def version_of(key: tuple[str, int]) -> int | None:
            if key in versions:
                return versions[key]
            row = self.model.row_of(key[1]) if key[0] == "event" else None
            data = self.model.row_data(row) if row is not None else None
            return data.version if data is not None else None

        self.ops.run(Guarded.of(op, version_of), origin=self, on_done=lambda done: self._after_decision(done, first),
                     on_failed=self._notify)

    def _after_decision(self, done: Done, first_row: int | None) -> None:
        result = done.value
        ids = result.event_ids if isinstance(result, ReviewResult) else ()
        visible = sorted(r for r in (self.model.row_of(i) for i in ids) if r is not None)
        count = self.model.rowCount()
        if first_row is not None and count:
            self.selection.select_row(min(visible[-1] + 1 if visible else first_row, count - 1))
        elif visible:
            self.selection.select_ids([i for i in ids if self.model.row_of(i) is not None])
        self.notice_label.setText(key_hint())

    def _on_performed(self, done: Done, kind: str, _origin: object) -> None:
        """After an undo or redo of a decision, select the events it brought back."""
        if kind != "do" and isinstance(done.value, event_ops.RestoredEvents):
            self.selection.select_ids(list(done.value.event_ids))

    def _notify(self, message: str) -> None:
        self.notice_label.setText(message)
        self.notice_posted.emit(message)

    def _on_filter_changed(self) -> None:
        self.model.set_query(self.filter_bar.apply_to(self.model.query))
        self._update_counts()
        if self.model.rowCount():
            self.selection.select_row(0)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        event_id = self.model.data(current, EVENT_ID_ROLE) if current.isValid() else None
        if event_id is not None:
            self.event_selected.emit(int(event_id))

    def _update_counts(self) -> None:
        counts = review.counts(self.archive, self.model.query)
        self.counts_label.setText(" · ".join(f"{counts[s]} {event_status_label(s).lower()}" for s in EventStatus))
        self.empty_label.setVisible(self.model.rowCount() == 0)

    def _update_actions(self) -> None:
        # A read-only archive: nothing to decide or edit here (the queue still reads and filters).
        self.review_actions.update(0 if self.archive.read_only else len(self.selection.rows()), self.timeline_name)

    def _refresh_articles(self) -> None:
        with self.archive.read() as tx:
            titles = tx.articles.titles_with_events()
        self.filter_bar.set_articles(titles)

    def _show_context_menu(self, position: QPoint) -> None:
        menu = self.context_menu()
        menu.exec(self.table.viewport().mapToGlobal(position))
        menu.deleteLater()
