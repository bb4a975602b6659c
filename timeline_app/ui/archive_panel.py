"""The sidebar's archive: every article, sortable and filterable, backed by the lazy model."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from timeline_app.storage import Archive
from timeline_app.ui.article_model import ARTICLE_ID_ROLE, ArticleTableModel
from timeline_app.ui.i18n import tr

RESIZE_PRECISION = 60


class ArchivePanel(QWidget):
    """Title, filter box and article table; selecting a row reports its article."""

    article_selected = Signal(int)

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticleTableModel(archive, self)
        self.filter_box = QLineEdit(placeholderText=tr("Filter articles by title or source"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.model.set_filter)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 120)
        for column in range(2, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Columns fit the rows on screen, not every article (1,000 articles: 70,000 data() calls at start).
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        title = QLabel(tr("Archive"))
        title.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(title)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.table)

    def select_row(self, row: int) -> None:
        """Select a row (and so open its article)."""
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0, QModelIndex()))

    def select_article(self, article_id: int) -> bool:
        """Select ``article_id`` when the current filter shows it."""
        row = self.model.row_of(article_id)
        if row is not None:
            self.select_row(row)
        return row is not None

    def focus_filter(self) -> None:
        """Put the cursor in the filter box."""
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.article_selected.emit(int(self.model.data(indexes[0], ARTICLE_ID_ROLE)))
