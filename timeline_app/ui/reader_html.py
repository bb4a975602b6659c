"""The reader's HTML: article text with temporal expressions and event sentences marked.

Pure string building (plus a palette check), so it is tested without showing a widget. Every
article string is escaped; nothing refers to a remote resource.
"""

from __future__ import annotations

import html
import itertools
import unicodedata
from dataclasses import dataclass

from timeline_app.domain.display import format_span
from timeline_app.domain.models import Article, EventStatus
from timeline_app.services.reading import ArticleView, DateMark, SentenceMark
from timeline_app.ui.i18n import precision_label, qualifier_label, tr


@dataclass(frozen=True, slots=True)
class ReaderColours:
    """Background colours of marks, chosen for a light or a dark palette."""

    date: str
    time: str
    duration: str
    set: str
    suggested: str
    accepted: str
    rejected: str
    meta: str

    def for_type(self, timex_type: str) -> str:
        """The background of a temporal expression of ``timex_type``."""
        return {"DATE": self.date, "TIME": self.time, "DURATION": self.duration, "SET": self.set}.get(
            timex_type, self.date
        )

    def for_status(self, status: EventStatus) -> str:
        """The background of an event sentence with ``status``."""
        return {EventStatus.ACCEPTED: self.accepted, EventStatus.REJECTED: self.rejected}.get(status, self.suggested)


LIGHT = ReaderColours("#cfe0ff", "#e6d8ff", "#e4e4e4", "#cdeee6", "#fff3c4", "#dcf3dc", "#f1f1f1", "#6b7280")
DARK = ReaderColours("#27406b", "#44306b", "#404040", "#1f4d45", "#4a4120", "#1e4428", "#2c2c2c", "#9aa0a6")


def _is_heading(paragraph: str) -> bool:
    text = paragraph.strip()
    return 0 < len(text) <= 80 and "\n" not in text and text[-1] not in ".!?:;,\u2019'\")»"


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """``text`` case- and accent-folded, with the original offset of every folded character."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for piece in unicodedata.normalize("NFKD", char.casefold()):
            if not unicodedata.combining(piece):
                folded.append(piece)
                origin.append(index)
    return "".join(folded), origin


def find_hit(text: str, terms: list[str]) -> int | None:
    """Where the first of ``terms`` occurs in ``text`` (case and accents ignored), if anywhere."""
    folded, origin = fold_with_map(text)
    best: int | None = None
    for term in terms:
        needle, _ = fold_with_map(term)
        if not needle:
            continue
        found = folded.find(needle)
        if found >= 0 and (best is None or origin[found] < best):
            best = origin[found]
    return best


def timex_type_label(kind: str) -> str:
    """A TIMEX3 type in words (DATE, TIME, DURATION, SET)."""
    return {"DATE": tr("date"), "TIME": tr("time"), "DURATION": tr("duration"), "SET": tr("recurring")}.get(
        kind.upper(), kind.lower())


def tooltip_html(mark: DateMark, language: str | None) -> str:
    """What hovering a date shows: normalized value, precision, approximate."""
    kind = timex_type_label(mark.type)
    lines = [f"<b>{html.escape(mark.text)}</b>",
             tr("{kind} · value {value}").format(kind=kind, value=f"<code>{html.escape(mark.value)}</code>")]
    if mark.span is not None:
        lines.append(tr("{date} · precision: {precision}").format(
            date=html.escape(format_span(mark.span, language)), precision=precision_label(mark.span.precision)))
        if mark.span.approximate:
            lines.append(tr("approximate"))
        if mark.span.qualifier is not None:
            lines.append(tr("qualifier: {qualifier}").format(qualifier=qualifier_label(mark.span.qualifier)))
    lines.append(tr("click to show its event") if mark.event_id is not None else tr("no event from this date"))
    return "<br>".join(lines)


def _boundaries(view: ArticleView, hit: int | None) -> list[int]:
    points = {0, len(view.article.text)}
    for date in view.dates:
        points.update((date.start, date.end))
    for sentence in view.sentences:
        points.update((sentence.start, sentence.end))
    if hit is not None:
        points.add(hit)
    return sorted(p for p in points if 0 <= p <= len(view.article.text))


def _segment_html(piece: str, sentence: SentenceMark | None, date_index: int | None, view: ArticleView,
                  colours: ReaderColours) -> str:
    escaped = html.escape(piece).replace("\n\n", "\x00").replace("\n", "<br>")
    if date_index is not None:
        mark = view.dates[date_index]
        style = f"background-color:{colours.for_type(mark.type)}; text-decoration:none;"
        if mark.event_id is not None:
            style += " font-weight:600;"
        return f'<a href="date:{date_index}" style="{style}">{escaped}</a>'
    if sentence is not None:
        return f'<span style="background-color:{colours.for_status(sentence.status)};">{escaped}</span>'
    return escaped


def article_body_html(view: ArticleView, colours: ReaderColours, *, hit: int | None = None) -> str:
    """The article text as HTML paragraphs with marks; ``hit`` puts an anchor named "hit" there."""
    text = view.article.text
    points = _boundaries(view, hit)
    date_at = {d.start: i for i, d in enumerate(view.dates)}
    parts: list[str] = []
    open_date: int | None = None
    for start, end in itertools.pairwise(points):
        if start == hit:
            parts.append('<a name="hit"></a>')
        if start in date_at:
            open_date = date_at[start]
        if open_date is not None and start >= view.dates[open_date].end:
            open_date = None
        sentence = next((s for s in view.sentences if s.start <= start < s.end), None)
        parts.append(_segment_html(text[start:end], sentence, open_date, view, colours))
    paragraphs = "".join(parts).split("\x00")
    out = []
    for paragraph in paragraphs:
        plain = html.unescape(_strip_tags(paragraph))
        if not plain.strip():
            continue
        tag = "h3" if _is_heading(plain) else "p"
        out.append(f"<{tag}>{paragraph.strip()}</{tag}>")
    return "".join(out)


def _strip_tags(fragment: str) -> str:
    out = []
    inside = False
    for char in fragment:
        if char == "<":
            inside = True
        elif char == ">":
            inside = False
        elif not inside:
            out.append(char)
    return "".join(out)


def header_html(article: Article, colours: ReaderColours) -> str:
    """Title and metadata line."""
    meta = [html.escape(v) for v in (article.source_name, article.author) if v]
    meta.append(html.escape(article.published.isoformat()) if article.published
                else "<i>" + html.escape(tr("publication date unknown")) + "</i>")
    if article.language:
        meta.append(html.escape(article.language.upper()))
    url = f'<p style="color:{colours.meta}; font-size:9pt;">{html.escape(article.url)}</p>' if article.url else ""
    return (
        f"<h1>{html.escape(article.title)}</h1>"
        f'<p style="color:{colours.meta}; font-size:9pt;">{" · ".join(meta)}</p>{url}'
    )


def legend_html(colours: ReaderColours) -> str:
    """A one-line key to the marks."""
    chips = [
        (colours.date, tr("date")),
        (colours.time, tr("time")),
        (colours.duration, tr("duration")),
        (colours.set, tr("recurring")),
        (colours.suggested, tr("event sentence")),
        (colours.accepted, tr("accepted event")),
    ]
    items = " ".join(f'<span style="background-color:{c};">&nbsp;{label}&nbsp;</span>' for c, label in chips)
    return f'<p style="font-size:8pt; color:{colours.meta};">{items}</p>'


def article_html(view: ArticleView, colours: ReaderColours, *, hit: int | None = None) -> str:
    """The whole reader document."""
    return (
        "<html><body>"
        + header_html(view.article, colours)
        + legend_html(colours)
        + article_body_html(view, colours, hit=hit)
        + "</body></html>"
    )
