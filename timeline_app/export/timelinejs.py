"""TimelineJS3 data: the JSON format and the Google Sheets template as CSV (pure, deterministic).

TimelineJS shows headlines and texts as HTML, so every user text is HTML-escaped here; the
source attribution (quoted sentence, article link) goes into ``text.text``. Dates carry the
parts their precision knows (a year-precision event has only ``year``), coarse periods
(week, season, decade...) also an ``end_date``, and every event a ``display_date`` in the
newsroom's wording ("c. februari 2025", "sinds 2014"), which marks approximate dates.
Reading these formats back is :mod:`timeline_app.export.timelinejs_read`.
"""

from __future__ import annotations

import csv
import datetime as _dt
import html
import io
import json
from typing import Any

from timeline_app.domain.dates import DateSpan, Precision, Qualifier
from timeline_app.export.model import PublishedEntry, PublishedSource, PublishedTimeline, is_open_ended

CSV_COLUMNS = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline",
    "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background",
)
"""The columns of the TimelineJS Google Sheets template, in its order."""

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def date_parts(moment: _dt.datetime, precision: Precision) -> dict[str, int]:
    """The TimelineJS date parts of ``moment`` that ``precision`` knows."""
    parts = {"year": moment.year}
    if precision <= Precision.HALF_YEAR:
        parts["month"] = moment.month
    if precision <= Precision.WEEK:
        parts["day"] = moment.day
    if precision <= Precision.HOUR:
        parts["hour"] = moment.hour
        parts["minute"] = moment.minute
    return parts


def span_parts(span: DateSpan) -> tuple[dict[str, int], dict[str, int] | None]:
    """Start and (when the span covers more than one unit of its parts) end date parts."""
    assert span.start is not None and span.end is not None
    start = date_parts(span.start, span.precision)
    if is_open_ended(span):
        return start, None
    last = max(span.end - _dt.timedelta(microseconds=1), span.start)
    if span.precision <= Precision.HOUR:
        last = max(span.end, span.start) if span.qualifier is Qualifier.BETWEEN else span.start
    end = date_parts(last, span.precision)
    return start, (end if end != start else None)


def _source_line(source: PublishedSource) -> str:
    name = html.escape(source.source_name or "")
    title = html.escape(source.title)
    label = f"{name}: {title}" if name else title
    if source.url and source.url.lower().startswith(("http://", "https://")):
        label = f'<a href="{html.escape(source.url, quote=True)}" target="_blank" rel="noopener">{label}</a>'
    date = f", {source.published.isoformat()}" if source.published else ""
    return f"{label}{date}"


def entry_html(entry: PublishedEntry, sources: dict[int, PublishedSource]) -> str:
    """The ``text.text`` of an entry: note or description, quoted sentences, source attribution."""
    parts = []
    for paragraph in (entry.public_note, entry.text):
        if paragraph:
            parts.append(f"<p>{html.escape(paragraph)}</p>")
    for quote in entry.quotes:
        source = sources.get(quote.source_number)
        cite = f"<cite>{_source_line(source)}</cite>" if source else ""
        parts.append(f"<blockquote>“{html.escape(quote.sentence)}” {cite}</blockquote>")
    return "".join(parts)


def _event_json(entry: PublishedEntry, sources: dict[int, PublishedSource]) -> dict[str, Any]:
    start, end = span_parts(entry.span)
    event: dict[str, Any] = {"start_date": start}
    if end is not None:
        event["end_date"] = end
    event["display_date"] = entry.display_date
    event["text"] = {"headline": html.escape(entry.title), "text": entry_html(entry, sources)}
    if entry.lane_name:
        event["group"] = entry.lane_name
    event["unique_id"] = entry.anchor
    return event


def to_json_data(timeline: PublishedTimeline) -> dict[str, Any]:
    """The TimelineJS3 JSON object of a published timeline."""
    sources = {s.number: s for s in timeline.sources}
    data: dict[str, Any] = {
        "title": {"text": {"headline": html.escape(timeline.title), "text": _subtitle_html(timeline.subtitle)}},
        "events": [_event_json(entry, sources) for entry in timeline.entries],
        "scale": "human",
    }
    if timeline.eras:
        data["eras"] = [
            {
                "start_date": date_parts(era.start, Precision.DAY),
                "end_date": date_parts(era.end, Precision.DAY),
                "text": {"headline": html.escape(era.name)},
            }
            for era in timeline.eras
        ]
    return data


def _subtitle_html(subtitle: str) -> str:
    return f"<p>{html.escape(subtitle)}</p>" if subtitle else ""


def to_json(timeline: PublishedTimeline) -> str:
    """TimelineJS3 JSON text (sorted keys, two-space indent, a final newline)."""
    return json.dumps(to_json_data(timeline), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _cell(text: str) -> str:
    """A text cell that a spreadsheet will not run as a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _time(parts: dict[str, int]) -> str:
    return f"{parts['hour']:02d}:{parts['minute']:02d}" if "hour" in parts else ""


def _date_cells(parts: dict[str, int] | None) -> list[str]:
    if parts is None:
        return ["", "", "", ""]
    return [str(parts["year"]), str(parts.get("month", "")), str(parts.get("day", "")), _time(parts)]


def to_csv(timeline: PublishedTimeline) -> str:
    """The timeline as rows of the TimelineJS Google Sheets template (title row, events, eras)."""
    sources = {s.number: s for s in timeline.sources}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)

    def row(start: dict[str, int] | None, end: dict[str, int] | None, display: str, headline: str, text: str,
            kind: str, group: str) -> list[str]:
        return [*_date_cells(start), *_date_cells(end), _cell(display), _cell(headline), _cell(text),
                "", "", "", "", kind, _cell(group), ""]

    writer.writerow(row(None, None, "", html.escape(timeline.title), _subtitle_html(timeline.subtitle), "title", ""))
    for entry in timeline.entries:
        start, end = span_parts(entry.span)
        writer.writerow(row(start, end, entry.display_date, html.escape(entry.title), entry_html(entry, sources), "",
                            entry.lane_name))
    for era in timeline.eras:
        writer.writerow(row(date_parts(era.start, Precision.DAY), date_parts(era.end, Precision.DAY), "",
                            html.escape(era.name), "", "era", ""))
    return buffer.getvalue()
