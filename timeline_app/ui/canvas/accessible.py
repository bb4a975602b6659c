"""The canvas for screen readers: the view is a list whose items are the timeline's entries in
time order (name "date: title", description lane, status, note, sources), with the keyboard
focus and the selection; moving the focus announces the entry.

Qt asks :func:`accessible_factory` for the view's interface; entry interfaces are made on
demand and kept by the view's interface (Qt's cache of interfaces does not own Python objects).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from timeline_app.domain.display import format_span
from timeline_app.layout import entry_title
from timeline_app.ui.i18n import editorial_status_label, tr

if TYPE_CHECKING:
    from timeline_app.ui.canvas.view import TimelineView

_INSTALLED = "timeline_accessible_factory"


class EntryAccessible(QAccessibleInterface):
    """One entry of the timeline as a list item."""

    def __init__(self, owner: TimelineViewAccessible, entry_id: int) -> None:
        super().__init__()
        self.owner = owner
        self.entry_id = entry_id

    def isValid(self) -> bool:
        return self.entry_id in self.owner.view.timeline_scene.document.entries

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self):  # type: ignore[no-untyped-def]
        return self.owner.window()

    def relations(self, match=QAccessible.Relation.AllRelations):  # type: ignore[no-untyped-def]
        return []

    def focusChild(self) -> QAccessibleInterface | None:
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        return None

    def parent(self) -> QAccessibleInterface:
        return self.owner

    def child(self, index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        scene = self.owner.view.timeline_scene
        document = scene.document
        entry = document.entries.get(self.entry_id)
        event = document.event_of(self.entry_id)
        if entry is None or event is None:
            return ""
        if kind == QAccessible.Text.Name:
            return tr("{date}: {title}").format(date=format_span(event.span, scene.language),
                                               title=entry_title(entry, event))
        if kind == QAccessible.Text.Description:
            lane = next((lane.name for lane in (document.timeline.lanes if document.timeline else ())
                         if lane.id == entry.lane_id), tr("No lane"))
            parts = [tr("lane {lane}").format(lane=lane), editorial_status_label(entry.editorial_status)]
            if entry.public_note or entry.internal_note:
                parts.append(tr("has a note"))
            return ", ".join(parts)
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        pass

    def rect(self) -> QRect:
        view = self.owner.view
        bounds = view.timeline_scene.layout.bounds(self.entry_id)
        if bounds is None:
            return QRect()
        x0, y0, x1, y1 = bounds
        top_left = view.viewport().mapToGlobal(view.mapFromScene(x0, y0))
        return QRect(top_left, QPoint(top_left.x() + int(x1 - x0), top_left.y() + int(y1 - y0)))

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        scene = self.owner.view.timeline_scene
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        state.focused = scene.focus_id == self.entry_id and self.owner.view.hasFocus()
        state.selected = self.entry_id in scene.selected
        state.invisible = scene.layout.placed(self.entry_id) is None
        return state


class TimelineViewAccessible(QAccessibleWidget):
    """The timeline view as a list of its entries."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view, QAccessible.Role.List, tr("Timeline"))
        self.view = view
        self._children: dict[int, EntryAccessible] = {}

    def _order(self) -> list[int]:
        return list(self.view.timeline_scene.source.order)

    def childCount(self) -> int:
        return len(self.view.timeline_scene.source.order)

    def child(self, index: int) -> QAccessibleInterface | None:
        order = self.view.timeline_scene.source.order
        if not 0 <= index < len(order):
            return None
        entry_id = order[index]
        made = self._children.get(entry_id)
        if made is None:
            made = self._children[entry_id] = EntryAccessible(self, entry_id)
        return made

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if isinstance(child, EntryAccessible):
            try:
                return self._order().index(child.entry_id)
            except ValueError:
                return -1
        return -1

    def focusChild(self) -> QAccessibleInterface | None:
        focus = self.view.timeline_scene.focus_id
        if focus is None:
            return None
        order = self._order()
        return self.child(order.index(focus)) if focus in order else None

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            timeline = self.view.timeline_scene.document.timeline
            return tr("Timeline “{name}”").format(name=timeline.name) if timeline else tr("Timeline")
        if kind == QAccessible.Text.Description:
            return tr("{n} events; arrow keys move between them, Enter edits, the Menu key opens their menu").format(
                n=self.childCount())
        return super().text(kind)


def accessible_factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    """The accessible interface of a :class:`TimelineView` (None for every other object)."""
    from timeline_app.ui.canvas.view import TimelineView

    if isinstance(obj, TimelineView):
        return TimelineViewAccessible(obj)
    return None


def install_accessible_factory() -> None:
    """Let Qt ask :func:`accessible_factory` (once per application)."""
    app = QCoreApplication.instance()
    if app is not None and not app.property(_INSTALLED):
        QAccessible.installFactory(accessible_factory)
        app.setProperty(_INSTALLED, True)


def announce_focus(view: TimelineView, entry_id: int | None) -> None:
    """Tell screen readers which entry has the keyboard focus now."""
    order = view.timeline_scene.source.order
    if entry_id is None or entry_id not in view.timeline_scene.source.events:
        return
    event = QAccessibleEvent(view, QAccessible.Event.Focus)
    event.setChild(order.index(entry_id))
    QAccessible.updateAccessibility(event)
