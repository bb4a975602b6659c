"""Tooltip text for an entry: title, date as precise as it is known, precision and sources."""

from __future__ import annotations

import html

from timeline_app.domain.dates import Precision
from timeline_app.domain.display import format_span
from timeline_app.layout import entry_title
from timeline_app.ui.canvas.document import TimelineDocument

PRECISION_NAMES = {
    Precision.MINUTE: "minute", Precision.HOUR: "hour", Precision.DAY: "day", Precision.WEEK: "week",
    Precision.MONTH: "month", Precision.SEASON: "season", Precision.QUARTER: "quarter",
    Precision.HALF_YEAR: "half year", Precision.YEAR: "year", Precision.DECADE: "decade",
    Precision.CENTURY: "century", Precision.UNKNOWN: "unknown",
}
MAX_SOURCES = 5


def entry_tooltip(document: TimelineDocument, entry_id: int, language: str = "nl") -> str:
    """Rich text describing an entry for a tooltip."""
    entry = document.entries.get(entry_id)
    event = document.detailed_event(entry_id)
    if entry is None or event is None:
        return ""
    span = event.span
    details = [f"precise to the {PRECISION_NAMES.get(span.precision, 'unknown')}"]
    if span.approximate:
        details.append("approximate")
    if span.qualifier is not None:
        details.append(span.qualifier.value)
    lines = [
        f"<b>{html.escape(entry_title(entry, event))}</b>",
        f"{html.escape(format_span(span, language))} <span style='color:gray'>({', '.join(details)})</span>",
    ]
    if entry.editorial_status.value != "draft":
        lines.append(f"<i>{entry.editorial_status.value.replace('_', ' ')}</i>")
    if entry.public_note:
        lines.append(html.escape(entry.public_note))
    titles = document.article_titles([s.article_id for s in event.sources[:MAX_SOURCES]])
    sources = [
        f"• {html.escape(titles.get(s.article_id, f'article {s.article_id}'))}: "
        f"<span style='color:gray'>“{html.escape(s.sentence[:140])}”</span>"
        for s in event.sources[:MAX_SOURCES]
    ]
    if sources:
        lines.append("<br>".join(sources))
    if len(event.sources) > MAX_SOURCES:
        lines.append(f"… {len(event.sources) - MAX_SOURCES} more sources")
    return "<br>".join(lines)
