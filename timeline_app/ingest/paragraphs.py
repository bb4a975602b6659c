"""Splitting plain text into paragraphs and finishing titles; shared by the format readers."""

from __future__ import annotations

import re

from timeline_app.ingest.draft import normalize_for_hash

_LIST_ITEM = re.compile(r"^\s*(?:[-*+•–]|\d{1,3}[.)])\s+\S")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“‘«„(]?[A-ZÀ-Ý])")

MAX_TITLE_CHARS = 200


def collapse_spaces(text: str) -> str:
    """Return ``text`` with whitespace runs (including non-breaking spaces) as single spaces."""
    return " ".join(text.split())


def split_paragraphs(text: str) -> list[str]:
    """Split ``text`` at blank lines; join the lines of a wrapped paragraph with spaces.

    List items stay separate paragraphs, so a bulleted list is not glued into one line.
    """
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paragraph = collapse_spaces(" ".join(current))
            if paragraph:
                paragraphs.append(paragraph)
            current.clear()

    for line in text.split("\n"):
        if not line.strip():
            flush()
        elif _LIST_ITEM.match(line):
            flush()
            current.append(line)
        else:
            current.append(line)
    flush()
    return paragraphs


def is_title_line(line: str) -> bool:
    """Whether ``line`` can serve as a headline: not empty, short, not a list item."""
    stripped = line.strip()
    return 0 < len(stripped) < MAX_TITLE_CHARS and not _LIST_ITEM.match(stripped)


def title_from_text(paragraphs: list[str], fallback: str) -> str:
    """Make a title from the first sentence of the text (shortened), or ``fallback`` if none."""
    if not paragraphs:
        return fallback
    first = _SENTENCE_END.split(paragraphs[0], maxsplit=1)[0]
    if len(first) <= 120:
        return first
    cut = first[:120].rsplit(" ", 1)[0]
    return cut.rstrip(",;:–- ") + "…"


def drop_repeated_title(paragraphs: list[str], title: str) -> list[str]:
    """Remove leading paragraphs that only repeat the headline (as CMS exports often do)."""
    key = normalize_for_hash(title).rstrip(".")
    index = 0
    while index < len(paragraphs) and normalize_for_hash(paragraphs[index]).rstrip(".") == key:
        index += 1
    return paragraphs[index:]
