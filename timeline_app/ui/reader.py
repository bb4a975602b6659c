"""The article reader: editable metadata, text with dates and event sentences marked.

Nothing is loaded from the network: the browser only shows the HTML we build, and
``loadResource`` refuses everything else.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import QPoint, QUrl, Signal
from PySide6.QtGui import QCursor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from timeline_app.domain.models import Changes
from timeline_app.services.event_ops import EditArticle
from timeline_app.services.ops import Done, Guarded
from timeline_app.services.reading import ArticleView, MetadataUpdate, article_view
from timeline_app.storage import Archive
from timeline_app.ui.i18n import tr
from timeline_app.ui.ops import OpRunner
from timeline_app.ui.reader_html import DARK, LIGHT, ReaderColours, article_html, find_hit, tooltip_html

LANGUAGES = ("nl", "en", "fr", "de")


def palette_colours(palette: QPalette) -> ReaderColours:
    """Mark colours that read well on ``palette``'s base colour."""
    return DARK if palette.color(QPalette.ColorRole.Base).lightness() < 128 else LIGHT


class ReaderBrowser(QTextBrowser):
    """A text browser that never fetches a resource and reports hovered/clicked dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(24)

    def loadResource(self, type: int, name: QUrl) -> Any:
        # Only what is embedded in the document; never the network or the file system.
        return None


class MetadataForm(QWidget):
    """Editable article metadata; ``apply_requested`` carries the changed fields."""

    apply_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.source = QLineEdit()
        self.author = QLineEdit()
        self.published = QLineEdit(placeholderText=tr("YYYY-MM-DD (empty: unknown)"))
        self.url = QLineEdit()
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItems(["", *LANGUAGES])
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        self.apply_button = QPushButton(tr("Apply"))
        self.apply_button.clicked.connect(self._apply)
        form = QFormLayout(self)
        form.setContentsMargins(24, 4, 24, 4)
        for label, widget in ((tr("Title"), self.title), (tr("Source"), self.source), (tr("Author"), self.author),
                              (tr("Published"), self.published), (tr("URL"), self.url), (tr("Language"), self.language)):
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.apply_button)
        form.addRow(buttons)
        self._original: dict[str, Any] = {}

    def load(self, view: ArticleView) -> None:
        """Show ``view``'s article metadata."""
        article = view.article
        self._original = {
            "title": article.title,
            "source_name": article.source_name,
            "author": article.author,
            "published": article.published,
            "url": article.url,
            "language": article.language,
        }
        self.title.setText(article.title)
        self.source.setText(article.source_name or "")
        self.author.setText(article.author or "")
        self.published.setText(article.published.isoformat() if article.published else "")
        self.url.setText(article.url or "")
        self.language.setCurrentText(article.language or "")
        self.error.clear()

    def changed_fields(self) -> dict[str, Any]:
        """The fields that differ from the loaded article (raises ValueError on a bad date)."""
        text = self.published.text().strip()
        try:
            published = _dt.date.fromisoformat(text) if text else None
        except ValueError:
            raise ValueError(tr("Not a date: {text} (use YYYY-MM-DD)").format(text=text)) from None
        values = {
            "title": self.title.text().strip() or self._original.get("title"),
            "source_name": self.source.text().strip() or None,
            "author": self.author.text().strip() or None,
            "published": published,
            "url": self.url.text().strip() or None,
            "language": self.language.currentText().strip().lower() or None,
        }
        return {k: v for k, v in values.items() if v != self._original.get(k)}

    def _apply(self) -> None:
        try:
            fields = self.changed_fields()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        if fields:
            self.apply_requested.emit(fields)


class ArticleReader(QWidget):
    """Shows one article; clicking a marked date selects its event. Metadata edits are ops."""

    event_clicked = Signal(int)
    notice_posted = Signal(str)

    def __init__(self, archive: Archive, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.ops = ops
        self.view: ArticleView | None = None
        self.browser = ReaderBrowser(self)
        self.browser.highlighted.connect(self._on_hover)
        self.browser.anchorClicked.connect(self._on_click)
        self.form = MetadataForm(self)
        self.form.hide()
        self.form.apply_requested.connect(self._apply_metadata)
        self.details_button = QPushButton(tr("Edit details…"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.form.setVisible)
        self.details_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.setContentsMargins(24, 6, 24, 0)
        self.caption = QLabel("")
        bar.addWidget(self.caption, 1)
        bar.addWidget(self.details_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.form)
        layout.addWidget(self.browser, 1)
        self.show_placeholder()
        ops.hub.changed.connect(self.apply_changes)

    @property
    def article_id(self) -> int | None:
        """The article on display."""
        return self.view.article.id if self.view else None

    def show_placeholder(self) -> None:
        """The empty state: what to do next."""
        self.view = None
        self.details_button.setEnabled(False)
        self.details_button.setChecked(False)
        self.caption.setText("")
        self.browser.setHtml(
            "<html><body><h2>" + tr("No article selected") + "</h2><p>"
            + tr("Choose an article in the archive, or import files with File › Import Files (Ctrl+O).")
            + "</p></body></html>"
        )

    def show_article(self, article_id: int, *, search_terms: list[str] | None = None) -> bool:
        """Display ``article_id``; with ``search_terms`` scroll to the first hit."""
        view = article_view(self.archive, article_id)
        if view is None:
            self.show_placeholder()
            return False
        self.view = view
        self.form.load(view)
        self.details_button.setEnabled(True)
        dated = sum(1 for d in view.dates if d.event_id is not None)
        self.caption.setText(tr("{n} temporal expressions · {dated} date events").format(n=len(view.dates), dated=dated))
        hit = find_hit(view.article.text, search_terms) if search_terms else None
        self._render(hit)
        if hit is not None:
            self.browser.scrollToAnchor("hit")
        return True

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll to a character offset of the article text (an event's sentence)."""
        if self.view is None:
            return
        self._render(max(0, min(offset, len(self.view.article.text))))
        self.browser.scrollToAnchor("hit")

    def refresh(self) -> None:
        """Re-read the article on display (after its events changed)."""
        if self.view is not None:
            position = self.browser.verticalScrollBar().value()
            self.show_article(self.view.article.id)
            self.browser.verticalScrollBar().setValue(position)

    def _render(self, hit: int | None = None) -> None:
        assert self.view is not None
        colours = palette_colours(self.palette())
        text_colour = self.palette().color(QPalette.ColorRole.Text).name()
        self.browser.document().setDefaultStyleSheet(
            f"a {{ color: {text_colour}; text-decoration: none; }}"
            "h1 { font-size: 18pt; font-weight: 600; margin-bottom: 2px; }"
            "h3 { font-size: 12pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }"
            "p { line-height: 150%; margin-top: 0; margin-bottom: 10px; }"
        )
        self.browser.setHtml(article_html(self.view, colours, hit=hit))

    def _mark(self, url: QUrl) -> int | None:
        if url.scheme() != "date" or self.view is None:
            return None
        try:
            index = int(url.path())
        except ValueError:
            return None
        return index if 0 <= index < len(self.view.dates) else None

    def _on_hover(self, url: QUrl) -> None:
        index = self._mark(url)
        if index is None or self.view is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos() + QPoint(12, 12), tooltip_html(self.view.dates[index], self.view.article.language),
                          self.browser)

    def _on_click(self, url: QUrl) -> None:
        index = self._mark(url)
        if index is None or self.view is None:
            return
        event_id = self.view.dates[index].event_id
        if event_id is not None:
            self.event_clicked.emit(event_id)

    def _apply_metadata(self, fields: dict[str, Any]) -> None:
        """Save the edited details as an op on the writer thread (a new date re-reads the article there)."""
        if self.view is None:
            return
        self.form.apply_button.setEnabled(False)
        article = self.view.article
        op = Guarded.of(EditArticle(article.id, fields, tr("Edit article details")),
                        lambda key: article.version if key == ("article", article.id) else None)
        self.ops.run(op, origin=self, on_done=self._metadata_saved, on_failed=self._metadata_failed)

    def _metadata_saved(self, done: Done) -> None:
        self.form.apply_button.setEnabled(True)
        update = done.value
        if isinstance(update, MetadataUpdate) and update.flagged_event_ids:
            self.notice_posted.emit(
                tr("{n} reviewed events would now get another date; they are kept and flagged as conflicts").format(
                    n=len(update.flagged_event_ids))
            )

    def _metadata_failed(self, message: str) -> None:
        self.form.apply_button.setEnabled(True)
        self.form.error.setText(message)

    def apply_changes(self, changes: Changes, _origin: object = None) -> None:
        """Refresh when the article on display or its events changed (here or elsewhere)."""
        if self.view is None:
            return
        shown = {d.event_id for d in self.view.dates if d.event_id is not None}
        shown |= {s.event_id for s in self.view.sentences}
        if changes.touches_article(self.view.article.id) or changes.touches_events(shown):
            self.refresh()
