"""Safe reader-view HTML and plain paragraphs from trafilatura's extracted document tree.

trafilatura hands back the main content as an XML tree in its own vocabulary (``p``, ``head``,
``list``/``item``, ``quote``, ``hi``, ``ref``, ``table``/``row``/``cell``, ...). We rebuild HTML
from it with a whitelist: only the tags mapped below are written, the only attribute kept is an
``http(s)`` ``href`` on links, and images, media, scripts, styles, frames and event handlers
cannot appear because nothing produces them. The same walk yields the text paragraphs.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from timeline_app.ingest.paragraphs import collapse_spaces

_BLOCK_TAGS = {
    "p": "p",
    "quote": "blockquote",
    "code": "pre",
    "item": "li",
    "list": "ul",
    "table": "table",
    "row": "tr",
    "head": "h2",
}
_INLINE_RENDS = {"#b": "strong", "#i": "em", "#u": "u", "#t": "code", "#sub": "sub", "#sup": "sup"}
_LEAF_BLOCKS = {"p", "head", "item", "code", "row"}
_DROPPED = {"graphic", "img", "script", "style", "iframe", "object", "embed", "video", "audio", "svg", "form"}
_ALLOWED_SCHEMES = ("http://", "https://", "mailto:")


def _tag(element: Any) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _heading_tag(element: Any) -> str:
    rend = (element.get("rend") or "").lower()
    if len(rend) == 2 and rend[0] == "h" and rend[1] in "23456":
        return rend
    return "h2"  # h1 (and unknown levels) below the article title become h2


def render_html(body: Any) -> str:
    """Return safe HTML (a sequence of block elements) for trafilatura's ``body`` element."""
    return "".join(_render_children(body)).strip()


def _render_children(element: Any) -> Iterable[str]:
    if element.text:
        yield html.escape(element.text, quote=False)
    for child in element:
        yield from _render(child)
        if child.tail:
            yield html.escape(child.tail, quote=False)


def _render(element: Any) -> Iterable[str]:
    tag = _tag(element)
    if tag in _DROPPED or not tag:
        return
    inner = "".join(_render_children(element))
    if tag == "lb":
        yield "<br>"
        return
    if tag == "head":
        name = _heading_tag(element)
    elif tag == "list":
        name = "ol" if (element.get("rend") or "").lower() == "ol" else "ul"
    elif tag == "cell":
        name = "th" if element.get("role") == "head" else "td"
    elif tag == "hi":
        name = _INLINE_RENDS.get((element.get("rend") or "").lower(), "")
    elif tag == "ref":
        target = (element.get("target") or "").strip()
        if target.lower().startswith(_ALLOWED_SCHEMES):
            yield f'<a href="{html.escape(target, quote=True)}" rel="noopener noreferrer">{inner}</a>'
        else:
            yield inner
        return
    elif tag == "del":
        name = "del"
    else:
        name = _BLOCK_TAGS.get(tag, "")
    if name == "table":
        inner = f"<tbody>{inner}</tbody>"
    if not name:
        yield inner  # unknown wrapper: keep its content, drop the tag
        return
    yield f"<{name}>{inner}</{name}>"
    if name in {"p", "blockquote", "pre", "ul", "ol", "table", "h2", "h3", "h4", "h5", "h6", "li", "tr"}:
        yield "\n"


def _text_of(element: Any) -> str:
    parts: list[str] = []
    for piece in element.iter():
        tag = _tag(piece)
        if tag in _DROPPED:
            continue
        if piece is not element and tag == "lb":
            parts.append(" ")
        if piece.text and tag not in _DROPPED:
            parts.append(piece.text)
        if piece is not element and piece.tail:
            parts.append(piece.tail)
    return collapse_spaces("".join(parts))


def extract_paragraphs(body: Any) -> list[str]:
    """Return the text paragraphs of trafilatura's ``body`` element, in document order."""
    paragraphs: list[str] = []
    _collect(body, paragraphs)
    return [p for p in paragraphs if p]


def _collect(element: Any, out: list[str]) -> None:
    if element.text and element.text.strip():
        out.append(collapse_spaces(element.text))
    for child in element:
        tag = _tag(child)
        if tag in _DROPPED:
            pass
        elif tag == "row":
            cells = [_text_of(cell) for cell in child if _tag(cell) == "cell"]
            out.append(" | ".join(cell for cell in cells if cell))
        elif tag in _LEAF_BLOCKS or (tag == "quote" and not any(_tag(c) in _LEAF_BLOCKS for c in child)):
            out.append(_text_of(child))
        elif len(child):
            _collect(child, out)
        elif child.text and child.text.strip():
            out.append(collapse_spaces(child.text))
        if child.tail and child.tail.strip():
            out.append(collapse_spaces(child.tail))
