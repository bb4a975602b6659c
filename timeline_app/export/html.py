"""One self-contained, interactive HTML page of a published timeline (pure, deterministic).

The page makes no network request: CSS and script are inline, fonts are the system's, and a
Content-Security-Policy forbids loading anything and runs only the page's own script and
stylesheet (allowed by their SHA-256 hashes; no ``'unsafe-inline'``, no ``style`` attributes). The visual timeline is drawn by a small
script from embedded layout results (several zoom levels, each computed by the same layout
the canvas uses); underneath, an ordered list of every event with its quoted sources works
without script, for screen readers and in print. All user text is escaped: in markup by
:func:`html.escape`, inside the embedded JSON by writing ``<``, ``>`` and ``&`` as
``\\u003c`` etc., and the script only ever sets ``textContent``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from html import escape
from typing import Any

from timeline_app.domain.colours import colour_or, is_colour
from timeline_app.export.frame import ApproxMetrics, Frame, TextMetrics, frame_for, span_days
from timeline_app.export.html_assets import CSS, SCRIPT
from timeline_app.export.model import PublishedEntry, PublishedTimeline, safe_url, source_label
from timeline_app.export.style import LANE_COLOURS, era_colour, lane_colour, words
from timeline_app.layout import from_days

BASE_WIDTH = 1200.0
CHUNK = 1600.0
MAX_LEVELS = 7
MAX_WIDTH = 400_000.0
MAX_PX_PER_DAY = 2400.0
SCRIPT_HASH = "sha256-" + base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")


def csp(style: str) -> str:
    """The page's Content-Security-Policy: nothing is loaded, only the page's own script and stylesheet
    run (by their hashes; no inline event handlers, ``style`` attributes or injected elements)."""
    style_hash = "sha256-" + base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode("ascii")
    return (
        f"default-src 'none'; style-src '{style_hash}'; script-src '{SCRIPT_HASH}'; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


def _css_colour(value: str, fallback: str = LANE_COLOURS[0]) -> str:
    """A colour written into CSS: a well-formed ``#rrggbb`` or the fallback, never anything else."""
    return value if is_colour(value) else colour_or(value, fallback)


def _stylesheet(published: PublishedTimeline) -> str:
    """The page's stylesheet with a rule per lane colour (the legend's swatches need no ``style`` attribute)."""
    rules = "".join(
        f".sw.lane-{n}{{background:{_css_colour(lane.colour, lane_colour(n, None))}}}"
        for n, lane in enumerate(published.lanes)
    )
    return CSS + rules


def json_for_script(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element (no ``</script>``, ``<!--`` or entity can form)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return (
        text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


def _r(value: float) -> float:
    return round(value, 1)


def _level(frame: Frame, factor: int, index_of: dict[int, int], count: int) -> dict[str, Any]:
    layout = frame.layout
    events: dict[int, list[list[Any]]] = {}
    clusters: dict[int, list[list[Any]]] = {}
    positions: list[float | None] = [None] * count
    far = 1e12
    right = frame.width
    for placed in layout.visible(-far, -far, far, far):
        i = index_of[placed.entry_id]
        positions[i] = _r(placed.x)
        y = frame.y(placed.lane, placed.y)
        right = max(right, placed.right)
        events.setdefault(int(placed.x // CHUNK), []).append([
            i, _r(placed.x), _r(placed.x_end), _r(y), _r(placed.card_width), _r(placed.fuzz_left),
            _r(placed.fuzz_right), _r(placed.whisker_left), _r(placed.whisker_right), int(placed.is_range),
        ])
    for cluster in layout.visible_clusters(-far, -far, far, far):
        y = frame.y(cluster.lane, cluster.y)
        right = max(right, cluster.right)
        clusters.setdefault(int(cluster.x // CHUNK), []).append(
            [_r(cluster.x), _r(cluster.x_end), _r(y), _r(cluster.badge_width), [index_of[e] for e in cluster.entry_ids]]
        )
    scale = layout.scale
    return {
        "f": factor,
        "w": math.ceil(right + 24),
        "h": math.ceil(frame.height),
        "hd": [[_r(scale.x(t.days)), t.label] for t in frame.axis.headings],
        "tk": [[_r(scale.x(t.days)), t.label] for t in frame.axis.ticks],
        "ln": [[_r(frame.lane_y(band.index)), _r(band.height + 22)] for band in layout.lanes],
        "er": [[_r(era.x), _r(era.x_end)] for era in layout.eras],
        "ev": events,
        "cl": clusters,
        "pos": positions,
    }


def _entry_json(entry: PublishedEntry) -> dict[str, Any]:
    return {
        "id": entry.entry_id, "t": entry.title, "d": entry.display_date, "a": int(entry.approximate),
        "c": _css_colour(entry.colour), "g": entry.lane_name, "n": entry.public_note, "x": entry.text,
        "s": [[q.sentence, q.source_number] for q in entry.quotes],
    }


def page_data(published: PublishedTimeline, metrics: TextMetrics | None = None) -> dict[str, Any]:
    """Everything the page's script draws: entries, lanes, eras, sources and zoom levels."""
    metrics = metrics or ApproxMetrics()
    index_of = {entry.entry_id: i for i, entry in enumerate(published.entries)}
    start, end = span_days(published)
    levels: list[dict[str, Any]] = []
    factor = 1
    while len(levels) < MAX_LEVELS:
        width = BASE_WIDTH * factor
        frame = frame_for(published, metrics, width)
        levels.append(_level(frame, factor, index_of, len(published.entries)))
        if width * 2 > MAX_WIDTH or frame.layout.scale.px_per_day * 2 > MAX_PX_PER_DAY or end - start <= 0:
            break
        if not any(level_has_clusters(levels[-1])) and factor >= 4:
            break
        factor *= 2
    return {
        "words": words(published.language),
        "lanes": [{"name": lane.name, "colour": _css_colour(lane.colour, lane_colour(n, None))}
                  for n, lane in enumerate(published.lanes)],
        "eras": [
            {"name": era.name, "colour": era_colour(i, era.colour), "tint": era_colour(i, era.colour) + "1c"}
            for i, era in enumerate(published.eras)
        ],
        "entries": [_entry_json(entry) for entry in published.entries],
        "order": [entry.entry_id for entry in published.entries],
        "index": {str(entry.entry_id): i for i, entry in enumerate(published.entries)},
        "sources": [
            {"n": s.number, "label": source_label(s, published.language), "url": safe_url(s.url)}
            for s in published.sources
        ],
        "levels": levels,
    }


def level_has_clusters(level: dict[str, Any]) -> list[bool]:
    """Whether a zoom level still has clusters (one flag per chunk)."""
    return [bool(items) for items in level["cl"].values()]


def _datetime_attr(entry: PublishedEntry) -> str:
    return entry.span.start.date().isoformat() if entry.span.start else ""


def _list_item(entry: PublishedEntry, published: PublishedTimeline, w: dict[str, str]) -> str:
    sources = {s.number: s for s in published.sources}
    approx = f' <span class="badge">≈ {escape(w["approximate"])}</span>' if entry.approximate else ""
    lane = f'<p class="lane-tag">{escape(entry.lane_name)}</p>' if entry.lane_name else ""
    body = [f'<h3><a class="tl-open" href="#{entry.anchor}" data-entry="{entry.entry_id}">{escape(entry.title)}</a></h3>']
    for paragraph in (entry.public_note, entry.text):
        if paragraph:
            body.append(f"<p>{escape(paragraph)}</p>")
    for quote in entry.quotes:
        source = sources.get(quote.source_number)
        cite = ""
        if source is not None:
            href = safe_url(source.url) or f"#{source.anchor}"
            rel = ' rel="noopener"' if safe_url(source.url) else ""
            cite = f'<cite><a href="{escape(href)}"{rel}>{escape(source_label(source, published.language))}</a></cite>'
        body.append(f"<blockquote>“{escape(quote.sentence)}”{cite}</blockquote>")
    return (
        f'<li id="{entry.anchor}"><div><p class="date"><time datetime="{_datetime_attr(entry)}">'
        f"{escape(entry.display_date)}</time>{approx}</p>{lane}</div><div>{''.join(body)}</div></li>"
    )


def _legend(published: PublishedTimeline, w: dict[str, str]) -> str:
    items = [
        f'<li><span class="sw lane-{n}"></span>{escape(lane.name)}</li>'
        for n, lane in enumerate(published.lanes) if lane.name
    ]
    if published.has_approximate:
        items.append(f'<li><span class="mk ap"></span>{escape(w["approximate"])}</li>')
    return f'<ul class="tl-legend" aria-label="Legend">{"".join(items)}</ul>' if items else ""


def _period(published: PublishedTimeline) -> str:
    if not published.entries:
        return ""
    start, end = span_days(published)
    first, last = from_days(start).year, from_days(end - 1e-6).year
    return f"{first}–{last}" if first != last else str(first)


def render_html(published: PublishedTimeline, *, theme: str = "light", metrics: TextMetrics | None = None) -> str:
    """The whole page as text."""
    w = words(published.language)
    data = page_data(published, metrics)
    count = w["n_events"].format(n=len(published.entries))
    kicker = " · ".join(part for part in (w["timeline"], _period(published), count) if part)
    subtitle = f'<p class="tl-sub">{escape(published.subtitle)}</p>' if published.subtitle else ""
    sources = "".join(
        f'<li id="{s.anchor}">'
        + (f'<a href="{escape(url)}" rel="noopener">{escape(source_label(s, published.language))}</a>'
           if (url := safe_url(s.url)) else escape(source_label(s, published.language)))
        + "</li>"
        for s in published.sources
    )
    sources_section = (
        f'<h2 id="tl-sources-h">{escape(w["sources"])}</h2><ol class="tl-sources">{sources}</ol>' if sources else ""
    )
    items = "".join(_list_item(entry, published, w) for entry in published.entries)
    theme_attr = "dark" if theme == "dark" else "light"
    style = _stylesheet(published)
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(published.language)}" data-theme="{theme_attr}">\n<head>\n'
        '<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp(style)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{escape(published.title)}</title>\n<style>{style}</style>\n</head>\n<body>\n"
        f'<a class="skip" href="#tl-list-h">{escape(w["skip"])}</a>\n'
        f'<header class="tl-head"><p class="tl-kicker">{escape(kicker)}</p><h1>{escape(published.title)}</h1>'
        f"{subtitle}{_legend(published, w)}</header>\n"
        f'<div class="tl-tools" role="toolbar" aria-label="{escape(w["timeline"])}" aria-controls="tl-view">'
        f'<button type="button" id="tl-out" aria-label="{escape(w["zoom_out"])}">−</button>'
        f'<button type="button" id="tl-in" aria-label="{escape(w["zoom_in"])}">+</button>'
        f'<button type="button" id="tl-fit">{escape(w["fit"])}</button>'
        '<span class="zl" id="tl-zoom-level" aria-live="polite"></span></div>\n'
        f'<div class="tl-view" id="tl-view" tabindex="0" role="region" aria-label="{escape(w["timeline"])}">'
        '<div class="tl-canvas" id="tl-canvas"></div></div>\n'
        '<aside class="tl-detail" id="tl-detail" role="dialog" aria-modal="false" '
        'aria-labelledby="tl-detail-title" hidden></aside>\n'
        f'<main class="tl-text"><h2 id="tl-list-h">{escape(w["list_intro"])}</h2>'
        f'<ol class="tl-list" aria-labelledby="tl-list-h">{items}</ol>{sources_section}</main>\n'
        "<footer>timeline_app</footer>\n"
        f'<script type="application/json" id="tl-data">{json_for_script(data)}</script>\n'
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
