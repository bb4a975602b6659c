"""The sidebar's list of timelines: create, rename, duplicate, delete, all undoable."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
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
from timeline_app.services import timelines as timeline_services
from timeline_app.storage import Archive

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
            return f"{timeline.name}: {timeline.entry_count} events, {len(timeline.lanes)} lanes"
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


class _TimelineCommand(QUndoCommand):
    """Base: runs a service, reports the changes and which timeline to show."""

    def __init__(self, owner: TimelineListWidget, text: str) -> None:
        super().__init__(text)
        self.owner = owner


class CreateTimelineCommand(_TimelineCommand):
    """Create a timeline (empty, or with events); undo deletes it, redo restores it."""

    def __init__(self, owner: TimelineListWidget, name: str, event_ids: Sequence[int] = ()) -> None:
        super().__init__(owner, f"New timeline “{name}”")
        self.name = name
        self.event_ids = list(event_ids)
        self.timeline_id: int | None = None
        self.snapshot: timeline_services.TimelineSnapshot | None = None

    def redo(self) -> None:
        if self.snapshot is None:
            timeline, changes = timeline_services.create_timeline(self.owner.archive, self.name, event_ids=self.event_ids)
        else:
            timeline, changes = timeline_services.restore_timeline(self.owner.archive, self.snapshot)
        self.timeline_id = timeline.id
        self.owner.after_command(changes, timeline.id)

    def undo(self) -> None:
        assert self.timeline_id is not None
        self.snapshot, changes = timeline_services.delete_timeline(self.owner.archive, self.timeline_id)
        self.owner.after_command(changes, None)


class DeleteTimelineCommand(_TimelineCommand):
    """Delete a timeline (its events stay in the archive); undo restores it whole."""

    def __init__(self, owner: TimelineListWidget, timeline_id: int, name: str) -> None:
        super().__init__(owner, f"Delete timeline “{name}”")
        self.timeline_id = timeline_id
        self.snapshot: timeline_services.TimelineSnapshot | None = None

    def redo(self) -> None:
        self.snapshot, changes = timeline_services.delete_timeline(self.owner.archive, self.timeline_id)
        self.owner.after_command(changes, None)

    def undo(self) -> None:
        assert self.snapshot is not None
        timeline, changes = timeline_services.restore_timeline(self.owner.archive, self.snapshot)
        self.timeline_id = timeline.id
        self.owner.after_command(changes, timeline.id)


class RenameTimelineCommand(_TimelineCommand):
    """Rename a timeline."""

    def __init__(self, owner: TimelineListWidget, timeline_id: int, old: str, new: str) -> None:
        super().__init__(owner, f"Rename timeline to “{new}”")
        self.timeline_id, self.old, self.new = timeline_id, old, new

    def _set(self, name: str) -> None:
        _timeline, changes = timeline_services.rename_timeline(self.owner.archive, self.timeline_id, name)
        self.owner.after_command(changes, self.timeline_id)

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


class DuplicateTimelineCommand(_TimelineCommand):
    """Copy a timeline with its lanes, eras and annotations."""

    def __init__(self, owner: TimelineListWidget, timeline_id: int, name: str) -> None:
        super().__init__(owner, f"Duplicate timeline “{name}”")
        self.source_id = timeline_id
        self.copy_id: int | None = None
        self.snapshot: timeline_services.TimelineSnapshot | None = None

    def redo(self) -> None:
        if self.snapshot is None:
            copy, changes = timeline_services.duplicate_timeline(self.owner.archive, self.source_id)
        else:
            copy, changes = timeline_services.restore_timeline(self.owner.archive, self.snapshot)
        self.copy_id = copy.id
        self.owner.after_command(changes, copy.id)

    def undo(self) -> None:
        assert self.copy_id is not None
        self.snapshot, changes = timeline_services.delete_timeline(self.owner.archive, self.copy_id)
        self.owner.after_command(changes, self.source_id)


class TimelineListWidget(QWidget):
    """Timelines of the archive; picking one opens it on the canvas."""

    current_changed = Signal(object)  # timeline id or None
    changes_made = Signal(object)  # Changes
    notice_posted = Signal(str)

    def __init__(self, archive: Archive, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.undo_stack = undo_stack
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
        self.new_button = QToolButton(text="New")
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_menu = QMenu("New timeline", self)
        self.new_menu.addAction("Empty timeline…", self.ask_create_empty)
        self.new_menu.addAction("From accepted events…", self.ask_create_from_accepted)
        self.new_menu.addAction("From a search…", self.ask_create_from_search)
        self.new_menu.addAction("From the selected events…", self.ask_create_from_selection)
        self.new_button.setMenu(self.new_menu)
        title = QLabel("Timelines")
        title.setStyleSheet("font-weight: 600;")
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.view)

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

    def after_command(self, changes: Changes, show: int | None) -> None:
        """Refresh after a timeline command and show ``show``."""
        self.model.reload()
        self.select(show)
        self.changes_made.emit(changes)

    def _name(self, title: str, label: str, text: str = "", *, current: str | None = None) -> str | None:
        name, ok = self.ask_text(self, title, label, text)
        name = name.strip()
        if not ok or not name:
            return None
        with self.archive.read() as tx:
            if name != current and tx.timelines.find(name) is not None:
                QMessageBox.information(self, title, f"There is already a timeline called “{name}”.")
                return None
        return name

    def create(self, name: str, event_ids: Sequence[int] = ()) -> int | None:
        """Create a timeline (undoable) and return its id."""
        command = CreateTimelineCommand(self, name, event_ids)
        self.undo_stack.push(command)
        return command.timeline_id

    def ask_create_empty(self) -> None:
        """Ask a name and create an empty timeline."""
        name = self._name("New timeline", "Name:")
        if name:
            self.create(name)

    def ask_create_from_accepted(self) -> None:
        """Ask a name and create a timeline of every accepted event."""
        name = self._name("New timeline from accepted events", "Name:")
        if name:
            with self.archive.read() as tx:
                ids = tx.events.ids(status=EventStatus.ACCEPTED)
            self.create(name, ids)
            if not ids:
                self.notice_posted.emit("No events are accepted yet: the timeline starts empty")

    def ask_create_from_search(self) -> None:
        """Ask a query and a name; the timeline gets the accepted events of the matching articles."""
        query, ok = self.ask_text(self, "New timeline from a search", "Search the archive for:", "")
        if not ok or not query.strip():
            return
        name = self._name("New timeline from a search", "Name:", query.strip())
        if name:
            with self.archive.read() as tx:
                ids = timeline_services.events_for_query(tx, query.strip())
            self.create(name, ids)
            self.notice_posted.emit(f"{len(ids)} accepted events from articles matching “{query.strip()}”")

    def ask_create_from_selection(self) -> None:
        """Ask a name and create a timeline of the events selected in the review queue."""
        ids = self.selected_events()
        if not ids:
            self.notice_posted.emit("Select events in the review queue first")
            return
        name = self._name("New timeline from the selected events", "Name:")
        if name:
            self.create(name, ids)

    def ask_rename(self) -> None:
        """Rename the current timeline."""
        timeline = self.model.timeline(self.view.currentIndex().row())
        if timeline is None:
            return
        name = self._name("Rename timeline", "Name:", timeline.name, current=timeline.name)
        if name and name != timeline.name:
            self.undo_stack.push(RenameTimelineCommand(self, timeline.id, timeline.name, name))

    def duplicate_current(self) -> None:
        """Copy the current timeline."""
        timeline = self.model.timeline(self.view.currentIndex().row())
        if timeline is not None:
            self.undo_stack.push(DuplicateTimelineCommand(self, timeline.id, timeline.name))

    def delete_current(self) -> None:
        """Delete the current timeline (undoable; its events stay in the archive)."""
        timeline = self.model.timeline(self.view.currentIndex().row())
        if timeline is not None:
            self.undo_stack.push(DeleteTimelineCommand(self, timeline.id, timeline.name))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(int(current.data(TIMELINE_ID_ROLE)) if current.isValid() else None)

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        has = self.view.currentIndex().isValid()
        menu.addMenu(self.new_menu)
        for text, slot in (("Rename…", self.ask_rename), ("Duplicate", self.duplicate_current),
                           ("Delete", self.delete_current)):
            action = menu.addAction(text, slot)
            action.setEnabled(has)
        menu.popup(self.view.viewport().mapToGlobal(position))
