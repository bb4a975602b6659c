"""The sidebar's list of timelines: create, rename, duplicate, delete, all undoable ops."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.domain.models import Changes, EventStatus, Timeline
from timeline_app.services import timeline_ops
from timeline_app.services import timelines as timeline_services
from timeline_app.services.ops import Done, Guarded, Op
from timeline_app.storage import Archive
from timeline_app.ui.i18n import tr
from timeline_app.ui.ops import OpRunner

_Index = QModelIndex | QPersistentModelIndex
TIMELINE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
AskText = Callable[[QWidget, str, str, str], tuple[str, bool]]


def _ask_text(parent: QWidget, title: str, label: str, text: str) -> tuple[str, bool]:
    return QInputDialog.getText(parent, title, label, text=text)


class TimelineListModel(QAbstractListModel):
    """All timelines by name, with their entry counts."""

    def __init__(self, archive: Archive, parent: Any = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self._timelines: list[Timeline] = []
        self.reload()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._timelines)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._timelines):
            return None
        timeline = self._timelines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{timeline.name}  ({timeline.entry_count})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("{name}: {events} events, {lanes} lanes").format(
                name=timeline.name, events=timeline.entry_count, lanes=len(timeline.lanes))
        if role == TIMELINE_ID_ROLE:
            return timeline.id
        return None

    def reload(self) -> None:
        """Re-read the timelines."""
        self.beginResetModel()
        with self.archive.read() as tx:
            self._timelines = tx.timelines.all()
        self.endResetModel()

    def row_of(self, timeline_id: int) -> int | None:
        """The row of ``timeline_id``."""
        return next((row for row, t in enumerate(self._timelines) if t.id == timeline_id), None)

    def timeline(self, row: int) -> Timeline | None:
        """The timeline in ``row``."""
        return self._timelines[row] if 0 <= row < len(self._timelines) else None


class TimelineListWidget(QWidget):
    """Timelines of the archive; picking one opens it on the canvas."""

    current_changed = Signal(object)  # timeline id or None
    notice_posted = Signal(str)

    def __init__(self, archive: Archive, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.ops = ops
        self.ask_text: AskText = _ask_text
        # Where "From the selected events" gets its events (the review queue's selection).
        self.selected_events: Callable[[], list[int]] = list
        self.model = TimelineListModel(archive, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.view.doubleClicked.connect(lambda _index: self.ask_rename())
        self.new_button = QToolButton(text=tr("New"))
        self.new_button.setAccessibleName(tr("New timeline"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_menu = QMenu(tr("New timeline"), self)
        self.new_menu.addAction(tr("Empty timeline…"), self.ask_create_empty)
        self.new_menu.addAction(tr("From accepted events…"), self.ask_create_from_accepted)
        self.new_menu.addAction(tr("From a search…"), self.ask_create_from_search)
        self.new_menu.addAction(tr("From the selected events…"), self.ask_create_from_selection)
        self.new_button.setMenu(self.new_menu)
        self.new_button.setEnabled(not archive.read_only)  # a read-only archive: no new timelines
        title = QLabel(tr("Timelines"))
        title.setStyleSheet("font-weight: 600;")
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.view)
        ops.hub.changed.connect(self.apply_changes)
        ops.performed.connect(self._on_performed)

    @property
    def current_id(self) -> int | None:
        """The selected timeline."""
        index = self.view.currentIndex()
        return int(index.data(TIMELINE_ID_ROLE)) if index.isValid() else None

    def select(self, timeline_id: int | None) -> None:
        """Make ``timeline_id`` current (None clears the selection)."""
        row = self.model.row_of(timeline_id) if timeline_id is not None else None
        if row is None:
            self.view.setCurrentIndex(QModelIndex())
            self.current_changed.emit(None)
        else:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def apply_changes(self, changes: Changes, _origin: object = None) -> None:
        """Re-read the list when timelines changed, keeping the current one (or none, if it went)."""
        if not changes.timelines:
            return
        current = self.current_id
        selection = self.view.selectionModel()
        selection.blockSignals(True)  # the same timeline stays open: no re-fit of the canvas
        try:
            self.model.reload()
            row = self.model.row_of(current) if current is not None else None
            if row is not None:
                self.view.setCurrentIndex(self.model.index(row, 0))
        finally:
            selection.blockSignals(False)
        if current is not None and row is None:
            self.current_changed.emit(None)  # it was deleted

    def _on_performed(self, done: Done, kind: str, origin: object) -> None:
        """Show the timeline an op of this list made or brought back (a new one, a copy, an undone delete)."""
        made = done.value
        if isinstance(made, Timeline) and (origin is self or kind != "do") and self.model.row_of(made.id) is not None:
            self.select(made.id)

    def _run(self, op: Op) -> None:
        self.ops.run(Guarded.of(op, self._version_of), origin=self, on_failed=self.notice_posted.emit)

    def _version_of(self, key: tuple[str, int]) -> int | None:
        """The version of a timeline as this list shows it (edits of it are refused if it changed since)."""
        kind, timeline_id = key
        row = self.model.row_of(timeline_id) if kind == "timeline" else None
        timeline = self.model.timeline(row) if row is not None else None
        return timeline.version if timeline is not None else None

    def _name(self, title: str, label: str, text: str = "", *, current: str | None = None) -> str | None:
        name, ok = self.ask_text(self, title, label, text)
        name = name.strip()
        if not ok or not name:
            return None
        with self.archive.read() as tx:
            if name != current and tx.timelines.find(name) is not None:
                QMessageBox.information(self, title, tr("There is already a timeline called “{name}”.").format(name=name))
                return None
        return name

    def create(self, name: str, event_ids: Sequence[int] = ()) -> None:
        """Create a timeline (undoable); it is selected once saved."""
        self._run(timeline_ops.CreateTimeline(name, event_ids=tuple(event_ids),
                                              text=tr("New timeline “{name}”").format(name=name)))

    def ask_create_empty(self) -> None:
        """Ask a name and create an empty timeline."""
        name = self._name(tr("New timeline"), tr("Name:"))
        if name:
            self.create(name)

    def ask_create_from_accepted(self) -> None:
        """Ask a name and create a timeline of every accepted event."""
        name = self._name(tr("New timeline from accepted events"), tr("Name:"))
        if name:
            with self.archive.read() as tx:
                ids = tx.events.ids(status=EventStatus.ACCEPTED)
            self.create(name, ids)
            if not ids:
                self.notice_posted.emit(tr("No events are accepted yet: the timeline starts empty"))

    def ask_create_from_search(self) -> None:
        """Ask a query and a name; the timeline gets the accepted events of the matching articles."""
        query, ok = self.ask_text(self, tr("New timeline from a search"), tr("Search the archive for:"), "")
        if not ok or not query.strip():
            return
        name = self._name(tr("New timeline from a search"), tr("Name:"), query.strip())
        if name:
            with self.archive.read() as tx:
                ids = timeline_services.events_for_query(tx, query.strip())
            self.create(name, ids)
            self.notice_posted.emit(tr("{n} accepted events from articles matching “{query}”").format(
                n=len(ids), query=query.strip()))

    def ask_create_from_selection(self) -> None:
        """Ask a name and create a timeline of the events selected in the review queue."""
        ids = self.selected_events()
        if not ids:
            self.notice_posted.emit(tr("Select events in the review queue first"))
            return
        name = self._name(tr("New timeline from the selected events"), tr("Name:"))
        if name:
            self.create(name, ids)

    def ask_rename(self) -> None:
        """Rename the current timeline."""
        timeline = self.model.timeline(self.view.currentIndex().row())
        if timeline is None:
            return
        name = self._name(tr("Rename timeline"), tr("Name:"), timeline.name, current=timeline.name)
        if name and name != timeline.name:
            self._run(timeline_ops.RenameTimeline(timeline.id, name, tr("Rename timeline to “{name}”").format(name=name)))

    def duplicate_current(self) -> None:
        """Copy the current timeline."""
        timeline = self.model.timeline(self.view.currentIndex().row())
        if timeline is not None:
            self._run(timeline_ops.DuplicateTimeline(
                timeline.id, text=tr("Duplicate timeline “{name}”").format(name=timeline.name)))

    def delete_current(self) -> None:
        """Delete the current timeline (undoable; its events stay in the archive)."""
        timeline = self.model.timeline(self.view.currentIndex().row())
        if timeline is not None:
            self._run(timeline_ops.DeleteTimeline(timeline.id, tr("Delete timeline “{name}”").format(name=timeline.name)))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(int(current.data(TIMELINE_ID_ROLE)) if current.isValid() else None)

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        has = self.view.currentIndex().isValid()
        menu.addMenu(self.new_menu)
        for text, slot in ((tr("Rename…"), self.ask_rename), (tr("Duplicate"), self.duplicate_current),
                           (tr("Delete"), self.delete_current)):
            action = menu.addAction(text, slot)
            action.setEnabled(has)
        menu.popup(self.view.viewport().mapToGlobal(position))
