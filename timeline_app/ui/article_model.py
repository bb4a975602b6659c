"""The archive's articles as a lazy, id-backed table model.

Only the ordered list of ids is held for the whole archive; rows are fetched from the
database in pages as the view asks for them, so 100,000 articles cost a few MB.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from timeline_app.domain.models import ArticleSummary
from timeline_app.storage import Archive
from timeline_app.ui.i18n import tr

_Index = QModelIndex | QPersistentModelIndex

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_PAGE = 200

# (header, sort key in the archive)
COLUMNS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("", "Title"), "title"),
    (QT_TRANSLATE_NOOP("", "Source"), "source_name"),
    (QT_TRANSLATE_NOOP("", "Published"), "published"),
    (QT_TRANSLATE_NOOP("", "Lang."), "language"),
    (QT_TRANSLATE_NOOP("", "Events"), "event_count"),
)


class ArticleTableModel(QAbstractTableModel):
    """Articles in display order; sortable by any column; filterable by title or source."""

    def __init__(self, archive: Archive, parent: Any = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._ids: list[int] = []
        self._cache: dict[int, ArticleSummary] = {}
        self._sort_column = 2
        self._descending = True
        self._filter = ""
        self.reload()

    # -- Qt model API -------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section][0])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        article_id = self._ids[index.row()]
        if role == ARTICLE_ID_ROLE:
            return article_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if column == 4 else None
        summary = self._summary(index.row())
        if summary is None:
            return None
        if column == 0:
            return summary.title
        if column == 1:
            return summary.source_name or ""
        if column == 2:
            if summary.published is None:
                return tr("unknown") if role == Qt.ItemDataRole.DisplayRole else tr("Publication date unknown")
            return summary.published.isoformat()
        if column == 3:
            return (summary.language or "").upper()
        if column == 4:
            return summary.event_count
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- our API ------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        """Show only articles whose title or source contains ``text``."""
        self._filter = text.strip()
        self.reload()

    def reload(self) -> None:
        """Re-read the id list (after an import or a change of sort/filter)."""
        self.beginResetModel()
        with self._archive.read() as tx:
            self._ids = tx.articles.ids(
                sort=COLUMNS[self._sort_column][1], descending=self._descending, contains=self._filter
            )
        self._cache.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Re-read the rows' values (event counts) without changing the list of articles."""
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def article_id(self, row: int) -> int | None:
        """The article shown in ``row``."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, article_id: int) -> int | None:
        """The row showing ``article_id``, if it is in the current list."""
        try:
            return self._ids.index(article_id)
        except ValueError:
            return None

    def _summary(self, row: int) -> ArticleSummary | None:
        article_id = self._ids[row]
        summary = self._cache.get(article_id)
        if summary is None:
            page_start = row - row % _PAGE
            page = self._ids[page_start : page_start + _PAGE]
            with self._archive.read() as tx:
                for item in tx.articles.summaries(page):
                    self._cache[item.id] = item
            summary = self._cache.get(article_id)
        return summary
