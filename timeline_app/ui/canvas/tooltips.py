"""Tooltip text for an entry: title, date as precise as it is known, precision and sources."""

from __future__ import annotations

import html

from timeline_app.domain.display import format_span
from timeline_app.layout import entry_title
from timeline_app.ui.canvas.document import TimelineDocument
from timeline_app.ui.i18n import editorial_status_label, precision_label, qualifier_label, tr

MAX_SOURCES = 5


def entry_tooltip(document: TimelineDocument, entry_id: int, language: str = "nl") -> str:
    """Rich text describing an entry for a tooltip."""
    entry = document.entries.get(entry_id)
    event = document.detailed_event(entry_id)
    if entry is None or event is None:
        return ""
    span = event.span
    details = [tr("precise to the {precision}").format(precision=precision_label(span.precision))]
    if span.approximate:
        details.append(tr("approximate"))
    if span.qualifier is not None:
        details.append(qualifier_label(span.qualifier))
    lines = [
        f"<b>{html.escape(entry_title(entry, event))}</b>",
        f"{html.escape(format_span(span, language))} <span style='color:gray'>({', '.join(details)})</span>",
    ]
    if entry.editorial_status.value != "draft":
        lines.append(f"<i>{html.escape(editorial_status_label(entry.editorial_status))}</i>")
    if entry.public_note:
        lines.append(html.escape(entry.public_note))
    if entry.internal_note:
        lines.append("<i>" + html.escape(tr("Internal note: {note}").format(note=entry.internal_note)) + "</i>")
    titles = document.article_titles([s.article_id for s in event.sources[:MAX_SOURCES]])
    sources = [
        f"• {html.escape(titles.get(s.article_id, tr('article {id}').format(id=s.article_id)))}: "
        f"<span style='color:gray'>“{html.escape(s.sentence[:140])}”</span>"
        for s in event.sources[:MAX_SOURCES]
    ]
    if sources:
        lines.append("<br>".join(sources))
    if len(event.sources) > MAX_SOURCES:
        lines.append(html.escape(tr("… {n} more sources").format(n=len(event.sources) - MAX_SOURCES)))
    return "<br>".join(lines)
