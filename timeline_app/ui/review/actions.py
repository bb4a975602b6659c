"""The review queue's actions (keys, context menu) and selection helpers for its table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QItemSelection, QItemSelectionModel, QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from timeline_app.ui.i18n import tr

Slot = Callable[[], None]


@dataclass(frozen=True, slots=True)
class ReviewHandlers:
    """What each review action calls."""

    accept: Slot
    reject: Slot
    return_to_queue: Slot
    edit: Slot
    merge: Slot
    add_to_timeline: Slot


def _keys(*keys: str | Qt.Key) -> list[QKeySequence]:
    return [QKeySequence(k) if isinstance(k, str) else QKeySequence(QKeyCombination(k)) for k in keys]


class ReviewActions:
    """The QActions of the queue, bound to keys that work while the table has focus.

    They are public so a main window can also put them in its menus and toolbar.
    """

    def __init__(self, table: QTableView, handlers: ReviewHandlers) -> None:
        def make(text: str, keys: list[QKeySequence], slot: Slot, tip: str) -> QAction:
            action = QAction(text, table)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(tip)
            action.triggered.connect(slot)
            table.addAction(action)
            return action

        key = Qt.Key
        self.accept = make(tr("&Accept"), _keys("A", key.Key_Return, key.Key_Enter), handlers.accept,
                           tr("Accept the selected events (A or Enter)"))
        self.reject = make(tr("&Reject"), _keys("R", key.Key_Delete), handlers.reject,
                           tr("Reject the selected events (R or Delete)"))
        self.return_to_queue = make(tr("Return to &Queue"), _keys("U"), handlers.return_to_queue,
                                    tr("Make the selected events suggestions again (U)"))
        self.edit = make(tr("&Edit…"), _keys("E", key.Key_F2), handlers.edit,
                         tr("Edit the headline, date and tags (E or F2)"))
        self.merge = make(tr("&Merge Duplicates"), _keys("M"), handlers.merge,
                          tr("Merge the selected events into one, keeping every source (M)"))
        self.add_to_timeline = make(tr("Add to &Timeline"), _keys("T"), handlers.add_to_timeline,
                                    tr("Put the selected events on the current timeline (T)"))

    def all(self) -> list[QAction]:
        """Every action, in menu order."""
        return [self.accept, self.reject, self.return_to_queue, self.edit, self.merge, self.add_to_timeline]

    def update(self, selected: int, timeline_name: str) -> None:
        """Enable what makes sense for ``selected`` rows and name the current timeline."""
        for action in self.all():
            action.setEnabled(selected > 0)  # merge and T with too little explain what they need
        self.add_to_timeline.setText(tr("Add to “{timeline}”").format(timeline=timeline_name.replace("&", "&&"))
                                     if timeline_name else tr("Add to &Timeline"))

    def menu(self, parent: QWidget) -> QMenu:
        """A context menu with the actions."""
        menu = QMenu(parent)
        menu.addActions([self.accept, self.reject, self.return_to_queue])
        menu.addSeparator()
        menu.addActions([self.edit, self.merge, self.add_to_timeline])
        return menu


class TableSelection:
    """Row selection of a table in terms of rows and model ids."""

    def __init__(self, table: QTableView) -> None:
        self.table = table

    @property
    def _model(self) -> QAbstractItemModel:
        return self.table.model()

    def rows(self) -> list[int]:
        """Selected rows, top to bottom."""
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def select_row(self, row: int) -> None:
        """Make ``row`` the only selected and the current row."""
        index = self._model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def select_ids(self, ids: Sequence[int]) -> bool:
        """Select the rows showing ``ids`` (via the model's ``row_of``); False when none is shown."""
        row_of = self._model.row_of
        rows = [r for r in (row_of(i) for i in ids) if r is not None]
        if rows:
            self.select_rows(rows)
        return bool(rows)

    def select_rows(self, rows: Sequence[int]) -> None:
        """Select ``rows``; the first becomes current."""
        model = self._model
        selection = QItemSelection()
        for row in rows:
            selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        selection_model = self.table.selectionModel()
        selection_model.setCurrentIndex(model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(model.index(rows[0], 0))
