"""Archive search (Ctrl+F): articles with highlighted snippets, and events, with filters."""

from __future__ import annotations

import datetime as _dt
import html
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from timeline_app.domain.display import format_span
from timeline_app.domain.models import Changes, SearchFilters
from timeline_app.services.archive_queries import mark_snippet, search_articles
from timeline_app.services.extracting import list_events
from timeline_app.storage import Archive
from timeline_app.storage.query import QueryError, check_query, parse_query, query_terms
from timeline_app.ui.i18n import event_status_label, tr

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2


class ResultListModel(QAbstractListModel):
    """Search results as (id, rich-text HTML, plain tooltip) rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str, str]] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row_id, rich, plain = self._rows[index.row()]
        if role == ID_ROLE:
            return row_id
        if role == HTML_ROLE:
            return rich
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return plain
        return None

    def set_rows(self, rows: list[tuple[int, str, str]]) -> None:
        """Replace the results."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def ids(self) -> list[int]:
        """The ids of all rows, in order."""
        return [row[0] for row in self._rows]


class RichTextDelegate(QStyledItemDelegate):
    """Paints a row's HTML (title, snippet with marked matches)."""

    def _document(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        document.setTextWidth(max(option.rect.width() - 12, 100))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 4)
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 12, option.rect.height() - 4))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 8)


def _date(text: str) -> _dt.date | None:
    text = text.strip()
    if not text:
        return None
    return _dt.date.fromisoformat(text)


class SearchPanel(QWidget):
    """Search the archive: article hits with snippets, event hits with dates."""

    open_article_requested = Signal(int, list)  # article id, search terms
    add_events_requested = Signal(list)  # event ids
    event_selected = Signal(int)
    draft_requested = Signal(str, list)  # query, article ids of the results

    def __init__(self, archive: Archive, parent: QWidget | None = None, *, language: str = "nl") -> None:
        super().__init__(parent)
        self.archive = archive
        self.language = language
        self.query = QLineEdit(placeholderText=tr('Search the archive: words, "a phrase", annex*, krim NOT rusland'))
        self.query.setClearButtonEnabled(True)
        self.language_filter = QComboBox()
        self.source_filter = QComboBox()
        self.published_from = QLineEdit(placeholderText=tr("published from"))
        self.published_to = QLineEdit(placeholderText=tr("to (YYYY-MM-DD)"))
        self.events_from = QLineEdit(placeholderText=tr("events from"))
        self.events_to = QLineEdit(placeholderText=tr("to (YYYY-MM-DD)"))
        self.status = QLabel()
        self.articles = ResultListModel(self)
        self.events = ResultListModel(self)
        self.article_list = self._list(self.articles)
        self.event_list = self._list(self.events)
        self.event_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.article_list.doubleClicked.connect(self._open_current_article)
        self.article_list.activated.connect(self._open_current_article)
        self.event_list.clicked.connect(lambda index: self.event_selected.emit(int(index.data(ID_ROLE))))
        self.results = QTabWidget()
        self.results.addTab(self.article_list, tr("Articles"))
        self.results.addTab(self.event_list, tr("Events"))
        self.open_button = QPushButton(tr("Open article"))
        self.open_button.clicked.connect(self._open_current_article)
        self.add_button = QPushButton(tr("Add events to timeline"))
        self.add_button.setToolTip(tr("Adds the selected events, or all event hits when none is selected"))
        self.add_button.clicked.connect(self._add_events)
        self.draft_button = QPushButton(tr("Draft a timeline from these results…"))
        self.draft_button.setToolTip(tr("Rank the dates these articles name and propose a timeline"))
        self.draft_button.clicked.connect(self._draft)
        self.draft_button.setEnabled(False)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.run_search)
        for edit in (self.query, self.published_from, self.published_to, self.events_from, self.events_to):
            edit.textChanged.connect(self._timer.start)
            edit.returnPressed.connect(self.run_search)
        for combo in (self.language_filter, self.source_filter):
            combo.currentIndexChanged.connect(self._timer.start)
        self._build_layout()
        self.refresh_filters()

    def _list(self, model: ResultListModel) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setItemDelegate(RichTextDelegate(view))
        view.setUniformItemSizes(False)
        view.setWordWrap(True)
        view.setAlternatingRowColors(True)
        return view

    def _build_layout(self) -> None:
        filters = QGridLayout()
        filters.addWidget(QLabel(tr("Language")), 0, 0)
        filters.addWidget(self.language_filter, 0, 1)
        filters.addWidget(QLabel(tr("Source")), 0, 2)
        filters.addWidget(self.source_filter, 0, 3)
        filters.addWidget(QLabel(tr("Published")), 1, 0)
        filters.addWidget(self.published_from, 1, 1)
        filters.addWidget(self.published_to, 1, 2, 1, 2)
        filters.addWidget(QLabel(tr("Events")), 2, 0)
        filters.addWidget(self.events_from, 2, 1)
        filters.addWidget(self.events_to, 2, 2, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.draft_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)

    def refresh_filters(self) -> None:
        """Re-read the languages and sources the archive has."""
        with self.archive.read() as tx:
            languages = tx.articles.languages()
            sources = tx.articles.source_names()
        for combo, values, everything in (
            (self.language_filter, languages, tr("All languages")),
            (self.source_filter, sources, tr("All sources")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(value.upper() if combo is self.language_filter else value, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def apply_changes(self, changes: Changes, _origin: object = None) -> None:
        """After the hub delivered changes: new sources and languages to filter by, results re-run if they changed."""
        if changes.articles:
            self.refresh_filters()
        shown = self.events.ids()
        if (shown or self.articles.ids()) and (changes.articles or changes.touches_events(shown)):
            self.run_search()

    def focus_query(self) -> None:
        """Put the cursor in the search box with its text selected (Ctrl+F)."""
        self.query.setFocus()
        self.query.selectAll()

    def terms(self) -> list[str]:
        """The positive words of the current query, for highlighting in the reader."""
        return [" ".join(term.words) for term in query_terms(parse_query(self.query.text()))]

    def run_search(self) -> None:
        """Search with the current query and filters."""
        self._timer.stop()
        text = self.query.text().strip()
        try:
            filters = SearchFilters(
                language=self.language_filter.currentData(),
                source_name=self.source_filter.currentData(),
                published_from=_date(self.published_from.text()),
                published_to=_date(self.published_to.text()),
            )
            events_from, events_to = _date(self.events_from.text()), _date(self.events_to.text())
        except ValueError as exc:
            self.status.setText(tr("Dates are YYYY-MM-DD ({reason})").format(reason=exc))
            return
        try:
            check_query(text)
        except QueryError as exc:
            self.status.setText(tr("Search not run: {reason}").format(reason=exc))
            return
        hits = search_articles(self.archive, text, filters, limit=200) if text else []
        self.articles.set_rows([
            (
                hit.article_id,
                f"<b>{html.escape(hit.title)}</b> <span style='color:gray'>"
                f"{html.escape(hit.source_name or '')} {hit.published.isoformat() if hit.published else ''}</span>"
                + (
                    f" <i style='color:gray'>{html.escape(tr('variant:'))} {html.escape(', '.join(hit.variant_matches))}</i>"
                    if hit.variant_matches else ""
                )
                + "<br>"
                + mark_snippet(hit, "<b style='background-color:#ffe38a; color:#000'>", "</b>", html.escape),
                hit.title,
            )
            for hit in hits
        ])
        listings = (
            list_events(self.archive, date_from=events_from, date_to=events_to, query=text or None, limit=500)
            if text or events_from or events_to
            else []
        )
        self.events.set_rows([
            (
                item.event.id,
                f"<b>{html.escape(format_span(item.event.span, self.language))}</b> · "
                f"{html.escape(item.event.title)}<br><span style='color:gray'>"
                f"{html.escape(', '.join(item.article_titles.values()))} · "
                f"{html.escape(event_status_label(item.event.status).lower())}</span>",
                item.event.title,
            )
            for item in listings
        ])
        self.draft_button.setEnabled(bool(hits))
        self.results.setTabText(0, tr("Articles ({n})").format(n=len(hits)))
        self.results.setTabText(1, tr("Events ({n})").format(n=len(listings)))
        self.status.setText("" if text or listings else tr("Type words to search; filters narrow the results."))

    def _open_current_article(self) -> None:
        index = self.article_list.currentIndex()
        if index.isValid():
            self.open_article_requested.emit(int(index.data(ID_ROLE)), self.terms())

    def _draft(self) -> None:
        if self.articles.ids():
            self.draft_requested.emit(self.query.text().strip(), self.articles.ids())

    def _add_events(self) -> None:
        selected = [int(i.data(ID_ROLE)) for i in self.event_list.selectionModel().selectedIndexes()]
        ids = selected or self.events.ids()
        if ids:
            self.add_events_requested.emit(ids)
