"""The review queue as a lazy, id-backed table model.

Filtering and sorting run in SQL (:mod:`timeline_app.services.review`), so the model holds the
ordered id list only; rows are read a page at a time as the view paints them. After a decision
:meth:`EventTableModel.refresh` re-reads the ids and removes or inserts just the rows that left
or came back, so selections and scroll positions elsewhere in the table survive.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from timeline_app.domain.display import format_span
from timeline_app.services import review
from timeline_app.services.review import QueueFilter, QueueRow, QueueSort
from timeline_app.storage import Archive
from timeline_app.ui.i18n import event_status_label, precision_label, qualifier_label, tr

_Index = QModelIndex | QPersistentModelIndex
_PAGE = 200

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
CONFIDENCE_ROLE = Qt.ItemDataRole.UserRole + 3
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 4
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 5
ARTICLE_IDS_ROLE = Qt.ItemDataRole.UserRole + 6
MORE_ARTICLES_ROLE = Qt.ItemDataRole.UserRole + 7  # articles beyond the one named


class Column(enum.IntEnum):
    """The columns of the review table."""

    DATE = 0
    HEADLINE = 1
    ARTICLES = 2
    SOURCES = 3
    CONFIDENCE = 4
    STATUS = 5
    CONFLICT = 6


HEADERS = {
    Column.DATE: QT_TRANSLATE_NOOP("", "Date"),
    Column.HEADLINE: QT_TRANSLATE_NOOP("", "Headline"),
    Column.ARTICLES: QT_TRANSLATE_NOOP("", "Article(s)"),
    Column.SOURCES: QT_TRANSLATE_NOOP("", "Sources"),
    Column.CONFIDENCE: QT_TRANSLATE_NOOP("", "Confidence"),
    Column.STATUS: QT_TRANSLATE_NOOP("", "Status"),
    Column.CONFLICT: QT_TRANSLATE_NOOP("", "Conflict"),
}
SORT_OF_COLUMN = {
    Column.DATE: QueueSort.DATE,
    Column.HEADLINE: QueueSort.HEADLINE,
    Column.ARTICLES: QueueSort.ARTICLE,
    Column.SOURCES: QueueSort.SOURCES,
    Column.CONFIDENCE: QueueSort.CONFIDENCE,
    Column.STATUS: QueueSort.STATUS,
    Column.CONFLICT: QueueSort.CONFLICT,
}


def _is_subsequence(short: Sequence[int], long: Sequence[int]) -> bool:
    items = iter(long)
    return all(any(x == y for y in items) for x in short)


def _blocks(positions: list[int]) -> list[tuple[int, int]]:
    """Contiguous runs ``(first, last)`` of sorted positions."""
    runs: list[tuple[int, int]] = []
    for position in positions:
        if runs and runs[-1][1] == position - 1:
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((position, position))
    return runs


class EventTableModel(QAbstractTableModel):
    """Events of the review queue in the order and under the filter of a :class:`QueueFilter`."""

    def __init__(self, archive: Archive, parent: QObject | None = None, *, language: str = "nl") -> None:
        super().__init__(parent)
        self._archive = archive
        self._language = language
        self._query = QueueFilter()
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._cache: dict[int, QueueRow] = {}
        self.reload()

    # -- Qt model API -------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or section not in Column._value2member_map_:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[Column(section)])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (Column.SOURCES, Column.CONFIDENCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == EVENT_ID_ROLE:
            return self._ids[index.row()]
        row = self.row_data(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.SOURCES, Column.CONFIDENCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self._custom(row, column, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in Column._value2member_map_:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        query = self._query
        if query.sort is SORT_OF_COLUMN[Column(column)] and query.descending == descending:
            return
        self.set_query(replace(query, sort=SORT_OF_COLUMN[Column(column)], descending=descending))

    # -- our API ------------------------------------------------------------

    @property
    def query(self) -> QueueFilter:
        """The filter and order in force."""
        return self._query

    def set_query(self, query: QueueFilter) -> None:
        """Show the events ``query`` selects, in its order."""
        self._query = query
        self.reload()

    def set_language(self, language: str) -> None:
        """Write dates in ``language`` (nl/en/fr/de)."""
        self._language = language
        if self._ids:
            self.dataChanged.emit(self.index(0, Column.DATE), self.index(len(self._ids) - 1, Column.DATE))

    def reload(self) -> None:
        """Re-read everything (new filter, or the archive changed behind our back)."""
        self.beginResetModel()
        self._ids = review.event_ids(self._archive, self._query)
        self._positions = None
        self._cache.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read after a decision: rows that left are removed, rows that came back inserted."""
        new = review.event_ids(self._archive, self._query)
        old = self._ids
        self._cache.clear()
        self._positions = None
        if new == old:
            self._all_changed()
        elif len(new) < len(old) and _is_subsequence(new, old):
            keep = set(new)
            for first, last in reversed(_blocks([i for i, event_id in enumerate(old) if event_id not in keep])):
                self.beginRemoveRows(QModelIndex(), first, last)
                del self._ids[first : last + 1]
                self.endRemoveRows()
            self._all_changed()
        elif len(new) > len(old) and _is_subsequence(old, new):
            present = set(old)
            for first, last in _blocks([i for i, event_id in enumerate(new) if event_id not in present]):
                self.beginInsertRows(QModelIndex(), first, last)
                self._ids[first:first] = new[first : last + 1]
                self.endInsertRows()
            self._all_changed()
        else:
            self.beginResetModel()
            self._ids = new
            self.endResetModel()

    def event_id(self, row: int) -> int | None:
        """The event shown in ``row``."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, event_id: int) -> int | None:
        """The row showing ``event_id``, if the queue shows it."""
        if self._positions is None:
            self._positions = {event_id: row for row, event_id in enumerate(self._ids)}
        return self._positions.get(event_id)

    def row_data(self, row: int) -> QueueRow | None:
        """The brief record behind ``row`` (read with its page when first needed)."""
        event_id = self._ids[row]
        found = self._cache.get(event_id)
        if found is None:
            first = row - row % _PAGE
            for item in review.rows(self._archive, self._ids[first : first + _PAGE]):
                self._cache[item.id] = item
            found = self._cache.get(event_id)
        return found

    # -- helpers --------------------------------------------------------------

    def _all_changed(self) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))

    def _display(self, row: QueueRow, column: Column) -> Any:
        if column is Column.DATE:
            return format_span(row.span, self._language)
        if column is Column.HEADLINE:
            return row.title
        if column is Column.ARTICLES:
            return row.article_titles[0] if row.article_titles else "—"
        if column is Column.SOURCES:
            return row.source_count
        if column is Column.CONFIDENCE:
            return f"{round(row.confidence * 100)}%"
        if column is Column.STATUS:
            return event_status_label(row.status)
        return tr("Conflict") if row.conflict else ""

    def _tooltip(self, row: QueueRow, column: Column) -> str | None:
        if column is Column.DATE:
            parts = [row.span.value, precision_label(row.span.precision)]
            if row.span.approximate:
                parts.append(tr("approximate"))
            if row.span.qualifier is not None:
                parts.append(qualifier_label(row.span.qualifier))
            return " · ".join(parts)
        if column is Column.HEADLINE:
            text = row.sentence or row.title
            return f"{text}\n" + tr("(edited by an editor)") if row.edited else text
        if column is Column.ARTICLES:
            return "\n".join(row.article_titles) or None
        if column is Column.CONFLICT and row.conflict:
            return tr("Another report gives a different date for this event")
        return None

    def _custom(self, row: QueueRow, column: Column, role: int) -> Any:
        if role == STATUS_ROLE:
            return row.status.value
        if role == CONFIDENCE_ROLE:
            return row.confidence
        if role == CONFLICT_ROLE:
            return row.conflict
        if role == ARTICLE_IDS_ROLE:
            return list(row.article_ids)
        if role == MORE_ARTICLES_ROLE:
            return max(len(row.article_ids) - 1, 0)
        if role == SORT_KEY_ROLE:
            return _sort_key(row, column)
        return None


def _sort_key(row: QueueRow, column: Column) -> Any:
    if column is Column.DATE:
        return row.span.start.isoformat() if row.span.start is not None else "~"
    if column is Column.HEADLINE:
        return row.title.casefold()
    if column is Column.ARTICLES:
        return min((t.casefold() for t in row.article_titles), default="")
    if column is Column.SOURCES:
        return row.source_count
    if column is Column.CONFIDENCE:
        return row.confidence
    if column is Column.STATUS:
        return row.status.value
    return int(row.conflict)

