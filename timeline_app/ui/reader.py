"""The article reader: metadata header and clean, escaped text; nothing loads from the network."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from timeline_app.domain.models import Article


def article_html(article: Article) -> str:
    """The reader's HTML for ``article``; every article string is escaped."""
    meta = []
    if article.source_name:
        meta.append(html.escape(article.source_name))
    if article.author:
        meta.append(html.escape(article.author))
    meta.append(html.escape(article.published.isoformat()) if article.published else "<i>publication date unknown</i>")
    if article.language:
        meta.append(html.escape(article.language.upper()))
    paragraphs = "".join(_paragraph_html(p) for p in article.text.split("\n\n") if p.strip())
    url = f'<p class="url">{html.escape(article.url)}</p>' if article.url else ""
    return (
        "<html><body>"
        f"<h1>{html.escape(article.title)}</h1>"
        f'<p class="meta">{" · ".join(meta)}</p>{url}'
        f"{paragraphs}</body></html>"
    )


def _paragraph_html(paragraph: str) -> str:
    text = paragraph.strip()
    # A short line without closing punctuation between paragraphs is a section heading.
    if len(text) <= 80 and "\n" not in text and text[-1] not in ".!?:;,\u2019'\")»":
        return f"<h3>{html.escape(text)}</h3>"
    return f"<p>{html.escape(text)}</p>"


_STYLE = """
body { font-size: 11pt; }
h1 { font-size: 18pt; font-weight: 600; margin-bottom: 4px; }
h3 { font-size: 12pt; font-weight: 600; margin-top: 14px; margin-bottom: 6px; }
p { line-height: 150%; margin-top: 0; margin-bottom: 10px; }
p.meta, p.url { color: palette(mid); font-size: 9pt; }
"""


class ArticleReader(QTextBrowser):
    """Shows one article. External links are not followed and no resource is fetched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(_STYLE)
        self.document().setDocumentMargin(24)
        self.article_id: int | None = None
        self.show_placeholder()

    def show_placeholder(self) -> None:
        """The empty state: what to do next."""
        self.article_id = None
        self.setHtml(
            "<html><body><h1>No article selected</h1>"
            "<p>Choose an article in the archive, or import files with File › Import (Ctrl+O).</p></body></html>"
        )

    def show_article(self, article: Article) -> None:
        """Display ``article``."""
        self.article_id = article.id
        self.setHtml(article_html(article))

    def loadResource(self, type: int, name: QUrl) -> Any:
        # Only data embedded in the document; never the network or the file system.
        return None
