"""The timeline tab: toolbar, canvas with axis and lane headers, and the overview strip.

Embed it with ``TimelinePanel(archive, ops, parent)`` and ``set_timeline(id)``. Every edit is an
op (:mod:`timeline_app.services.timeline_ops`) naming its timeline, lanes and entries by id, run
by the :class:`~timeline_app.ui.ops.OpRunner` on the writer thread and saved at once; the panel
shows what the hub delivers, whoever made the change. ``selection_changed`` carries the selected
entry ids (``selected_event_ids()`` gives their events, for a sources panel); ``edit_requested``
fires on double-click or Enter before the built-in dialog opens.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu, QToolBar, QVBoxLayout, QWidget

from timeline_app.domain.models import Changes
from timeline_app.services import timeline_ops as ops_
from timeline_app.services.timelines import AUTO_LANE_KINDS, lanes_in_order
from timeline_app.storage import Archive
from timeline_app.ui.canvas import menus
from timeline_app.ui.canvas.document import TimelineDocument
from timeline_app.ui.canvas.edit_dialog import EntryEditDialog
from timeline_app.ui.canvas.edits import TimelineEdits, auto_lane_label
from timeline_app.ui.canvas.minimap import OverviewStrip
from timeline_app.ui.canvas.scene import TimelineScene
from timeline_app.ui.canvas.theme import CanvasTheme
from timeline_app.ui.canvas.view import TimelineView
from timeline_app.ui.i18n import tr
from timeline_app.ui.ops import OpRunner

_RANGE_SPLIT = re.compile(r"\s+(?:to|tot|until|bis|à|au|jusqu'à|-|–)\s+", re.IGNORECASE)

AskText = Callable[[QWidget, str, str, str], tuple[str, bool]]


def _ask_text(parent: QWidget, title: str, label: str, text: str) -> tuple[str, bool]:
    return QInputDialog.getText(parent, title, label, text=text)


class TimelinePanel(QWidget):
    """A timeline canvas with its toolbar and overview; edits are ops run by ``ops``."""

    selection_changed = Signal(list)
    edit_requested = Signal(int)
    notice_posted = Signal(str)

    def __init__(self, archive: Archive, ops: OpRunner, parent: QWidget | None = None, *,
                 language: str = "nl") -> None:
        super().__init__(parent)
        self.archive = archive
        self.ops = ops
        self.document = TimelineDocument(archive)
        self.scene = TimelineScene(self.document, CanvasTheme.from_palette(self.palette()), language=language,
                                   parent=self)
        self.view = TimelineView(self.scene, self)
        self.overview = OverviewStrip(self.scene, self)
        self.overview.setAccessibleName(tr("Overview of the whole timeline"))
        self.ask_text: AskText = _ask_text
        self.edits = TimelineEdits(self)
        self.edit_dialog_factory: Callable[..., QDialog] = EntryEditDialog
        self.actions_ = self._make_actions()
        self.toolbar = self._make_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.overview)
        self.scene.selection_changed.connect(self.selection_changed)
        self.view.edit_requested.connect(self.edit_entry)
        self.view.remove_requested.connect(self.edits.remove_entries)
        self.view.move_requested.connect(self.edits.move_entries)
        self.view.context_menu_requested.connect(self._context_menu)
        self.view.visible_range_changed.connect(self.overview.set_visible_range)
        self.view.headers.collapse_toggled.connect(self.edits.toggle_collapsed)
        self.view.headers.rename_requested.connect(self.edits.ask_rename_lane)
        self.view.headers.lane_menu_requested.connect(self._lane_menu)
        self.view.headers.lane_move_requested.connect(self.edits.move_lane_to)
        self.overview.navigation_requested.connect(self.view.center_on_days)
        ops.hub.changed.connect(self.apply_changes)

    def _make_actions(self) -> dict[str, QAction]:
        def action(text: str, slot: Callable[[], object], icon_text: str = "", tip: str = "") -> QAction:
            made = QAction(text, self)
            made.triggered.connect(slot)
            if icon_text:
                made.setIconText(icon_text)
            if tip:
                made.setToolTip(tip)
                made.setStatusTip(tip)
            return made

        auto = QMenu(tr("Lanes &By"), self)
        for kind in AUTO_LANE_KINDS:
            auto.addAction(auto_lane_label(kind), lambda k=kind: self.edits.auto_lanes(k))
        lanes = QMenu(tr("La&nes"), self)
        lanes.aboutToShow.connect(lambda: menus.fill_lanes_menu(self, lanes))
        eras = QMenu(tr("E&ras"), self)
        eras.aboutToShow.connect(lambda: menus.fill_eras_menu(self, eras))
        return {
            "zoom_out": action(tr("Zoom &Out"), lambda: self.view.zoom_by(-1), "−", tr("Zoom out (−)")),
            "zoom_in": action(tr("Zoom &In"), lambda: self.view.zoom_by(1), "+", tr("Zoom in (+)")),
            "fit": action(tr("&Fit Timeline"), self.view.fit_all, tr("Fit"), tr("Show the whole timeline (0)")),
            "fit_selection": action(tr("Fit &Selection"), self.view.fit_selection, tr("Fit selection")),
            "add_lane": action(tr("Add &Lane…"), self.edits.ask_add_lane, tr("Add lane")),
            "auto_lanes": auto.menuAction(),
            "lanes": lanes.menuAction(),
            "add_era": action(tr("Add &Era…"), lambda: self.edits.ask_add_era(sum(self.view.visible_days()) / 2)),
            "eras": eras.menuAction(),
            "go_to_dates": action(tr("&Go to Dates…"), self.ask_zoom_to_dates, tr("Go to dates…"),
                                  tr("Show a period, e.g. 2014 to June 2023")),
            "entry_menu": action(tr("Event &Menu"), self.show_focus_menu, "",
                                 tr("The menu of the selected event (also the Menu key on the timeline)")),
        }

    def keyboard_actions(self) -> list[QAction]:
        """The panel's actions for a menu bar (the toolbar's buttons and the mouse-only menus)."""
        names = ("zoom_in", "zoom_out", "fit", "fit_selection", "go_to_dates", "add_lane", "auto_lanes", "lanes",
                 "add_era", "eras", "entry_menu")
        return [self.actions_[name] for name in names]

    def show_focus_menu(self) -> None:
        """The context menu of the focused (or first selected) entry, at the entry."""
        self.view.setFocus()
        self.view.open_keyboard_menu()

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar(tr("Timeline"), self)
        for name in ("zoom_out", "zoom_in", "fit", "fit_selection"):
            bar.addAction(self.actions_[name])
        bar.addSeparator()
        for name in ("add_lane", "auto_lanes", "go_to_dates"):
            bar.addAction(self.actions_[name])
        bar.addSeparator()
        # Buttons only: the window that embeds the panel owns the Ctrl+Z / Ctrl+Shift+Z shortcuts
        # (two actions with one shortcut in a window would make both ambiguous and dead).
        bar.addAction(self.ops.undo_action(self, tr("Undo")))
        bar.addAction(self.ops.redo_action(self, tr("Redo")))
        return bar

    def ask_zoom_to_dates(self) -> None:
        """Ask a period in words or numbers ("2014", "juni 2023", "3 feb 2022") and show it."""
        text, ok = self.ask_text(self, tr("Go to dates"), tr("From (and optionally “to …”):"), "")
        if ok and text.strip():
            self.zoom_to_dates(text)

    def zoom_to_dates(self, text: str) -> bool:
        """Show the period ``text`` names ("2014 tot 2016", "juni 2023"); False when unreadable."""
        from timeline_app.extraction.user_dates import parse_user_date
        from timeline_app.layout.scale import to_days

        pieces = [p.strip() for p in _RANGE_SPLIT.split(text, maxsplit=1) if p.strip()]
        languages = dict.fromkeys([self.scene.language, "nl", "en", "fr", "de"])
        spans = [
            next((s for s in (parse_user_date(p, reference_date=None, language=lang) for lang in languages) if s), None)
            for p in pieces
        ]
        resolved = [s for s in spans if s is not None and s.start is not None and s.end is not None]
        if not resolved or len(resolved) != len(pieces):
            return False
        start = min(s.start for s in resolved if s.start is not None)
        end = max(s.end for s in resolved if s.end is not None)
        self.view.zoom_to_range(to_days(start), to_days(end))
        return True

    # -- showing -------------------------------------------------------------------

    def set_timeline(self, timeline_id: int | None) -> None:
        """Show a timeline (``None``: nothing) and fit it in view."""
        if timeline_id is None:
            self.document.clear()
        else:
            self.document.load(timeline_id)
        self.view.fit_all()

    def apply_changes(self, changes: Changes, _origin: object = None) -> None:
        """Show what the hub delivered (any view's or editor's change)."""
        self.document.apply(changes)

    def set_theme(self, theme: CanvasTheme) -> None:
        """Repaint in another theme."""
        self.scene.set_theme(theme)
        self.view.viewport().update()
        self.overview.update()

    def selected_event_ids(self) -> list[int]:
        """The events behind the selected entries (for a sources panel)."""
        return [e.id for e in (self.document.event_of(i) for i in self.scene.selected) if e is not None]

    # -- the entry dialog (the other edits: self.edits) ------------------------------------

    def edit_entry(self, entry_id: int) -> None:
        """Announce the edit, then open the entry dialog and apply what changed."""
        self.edit_requested.emit(entry_id)
        entry = self.document.entries.get(entry_id)
        event = self.document.event_of(entry_id)
        timeline = self.document.timeline
        if entry is None or event is None or timeline is None:
            return
        dialog = self.edit_dialog_factory(entry, event, lanes_in_order(timeline), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            fields = dialog.changed_fields()  # type: ignore[attr-defined]
            if fields:
                self.edits.run(ops_.UpdateEntries({entry_id: fields}, tr("Edit event")))

    # -- menus -------------------------------------------------------------------------

    def _context_menu(self, global_pos: QPoint, entry_id: int, lane_key: int, days: float) -> None:
        menu = menus.entry_menu(self, entry_id) if entry_id >= 0 else menus.background_menu(self, days)
        menu.popup(global_pos)

    def _lane_menu(self, lane_key: int, global_pos: QPoint) -> None:
        menus.lane_menu(self, lane_key).popup(global_pos)
