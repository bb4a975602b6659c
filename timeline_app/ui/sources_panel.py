"""Where the selected events come from: articles and their sentences, the date words marked."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from timeline_app.domain.display import format_span
from timeline_app.domain.models import Event, EventSource
from timeline_app.storage import Archive
from timeline_app.ui.i18n import tr

MAX_EVENTS = 20


def sentence_html(source: EventSource) -> str:
    """The source sentence with its date words in bold (all text escaped)."""
    start = source.char_start - source.sentence_start
    end = source.char_end - source.sentence_start
    sentence = source.sentence
    if not 0 <= start < end <= len(sentence):
        return html.escape(sentence)
    return (
        html.escape(sentence[:start])
        + "<b style='background-color:#ffe38a; color:#000'>"
        + html.escape(sentence[start:end])
        + "</b>"
        + html.escape(sentence[end:])
    )


def sources_html(events: Sequence[Event], titles: dict[int, str], language: str) -> str:
    """An HTML list of the events' sources with "open article" links."""
    if not events:
        return "<p style='color:gray'>" + html.escape(tr("Select events on the timeline to see where they were reported.")) + "</p>"
    parts = []
    for event in events[:MAX_EVENTS]:
        parts.append(
            f"<h4 style='margin-bottom:2px'>{html.escape(format_span(event.span, language))} · "
            f"{html.escape(event.title)}</h4>"
        )
        if not event.sources:
            parts.append("<p style='color:gray'>" + html.escape(tr("Added by an editor; no article source.")) + "</p>")
        for source in event.sources:
            title = html.escape(titles.get(source.article_id, tr("article {id}").format(id=source.article_id)))
            caption = " <i>" + html.escape(tr("(photo caption)")) + "</i>" if source.is_caption else ""
            parts.append(
                f"<p style='margin-top:2px'>“{sentence_html(source)}”<br>"
                f"<a href='article:{source.article_id}:{source.char_start}'>{title}</a>{caption}</p>"
            )
    if len(events) > MAX_EVENTS:
        parts.append("<p style='color:gray'>" + html.escape(tr("… and {n} more selected events").format(
            n=len(events) - MAX_EVENTS)) + "</p>")
    return "".join(parts)


class SourcesPanel(QTextBrowser):
    """Shows the sources of the events selected on the canvas."""

    open_article_requested = Signal(int, int)  # article id, character offset

    def __init__(self, archive: Archive, parent: QWidget | None = None, *, language: str = "nl") -> None:
        super().__init__(parent)
        self.archive = archive
        self.language = language
        self.event_ids: list[int] = []
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_link)
        self.show_events([])

    def show_events(self, event_ids: Sequence[int]) -> None:
        """List the sources of ``event_ids``."""
        self.event_ids = list(event_ids)
        with self.archive.read() as tx:
            events = tx.events.many(self.event_ids[:MAX_EVENTS])
            titles = {}
            for event in events:
                for source in event.sources:
                    if source.article_id not in titles:
                        article = tx.articles.get(source.article_id)
                        titles[source.article_id] = article.title if article else ""
        self.setHtml(sources_html(events, titles, self.language))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() != "article":
            return
        try:
            article_id, offset = (int(part) for part in url.path().split(":"))
        except ValueError:
            return
        self.open_article_requested.emit(article_id, offset)

    def loadResource(self, type: int, name: QUrl) -> Any:
        return None
