"""Splitting plain text into paragraphs and finishing titles; shared by the format readers."""

from __future__ import annotations

import re

from timeline_app.extraction.boilerplate import MAX_HEADING_CHARS, MAX_HEADING_WORDS, credit_span, is_caption_start
from timeline_app.extraction.eventwords import ALL_STOPWORDS
from timeline_app.ingest.draft import normalize_for_hash

_LIST_ITEM = re.compile(r"^\s*(?:[-*+•–]|\d{1,3}[.)])\s+\S")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“‘«„(]?[A-ZÀ-Ý])")
_FINAL_PUNCTUATION = re.compile(r"[.!?…:;,]['\"”’»)*_\s]*$")
_STARTS_UPPER = re.compile(r"^\s*[\"'“‘«„(*_#]*[A-ZÀ-ÖØ-Þ0-9]")

MAX_TITLE_CHARS = 200


def collapse_spaces(text: str) -> str:
    """Return ``text`` with whitespace runs (including non-breaking spaces) as single spaces."""
    return " ".join(text.split())


def split_paragraphs(text: str) -> list[str]:
    """Split ``text`` at blank lines; join the lines of a wrapped paragraph with spaces.

    List items stay separate paragraphs, so a bulleted list is not glued into one line; so do
    a heading on a line of its own (short, no final punctuation, the next line a new sentence),
    a photo caption or credit line ("Foto: ...", "(Photo Reuters)") and the line after one: a
    heading, caption or credit is never glued to the sentence below it.
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
        elif _LIST_ITEM.match(line) or (current and _breaks_before(current, line)):
            flush()
            current.append(line)
        else:
            current.append(line)
    flush()
    return paragraphs


def _breaks_before(current: list[str], line: str) -> bool:
    """Whether ``line`` starts a new paragraph although no blank line separates it."""
    if is_caption_start(line):
        return True
    previous = current[-1].strip()
    if is_caption_start(previous) or credit_span(previous) is not None:
        return True
    if len(current) != 1 or not _STARTS_UPPER.match(line):
        return False
    words = previous.split()
    return (
        0 < len(words) <= MAX_HEADING_WORDS
        and len(previous) <= MAX_HEADING_CHARS
        and _STARTS_UPPER.match(previous) is not None
        and not _FINAL_PUNCTUATION.search(previous)
        and words[-1].casefold() not in ALL_STOPWORDS
        and (len(line.strip()) > 1.5 * len(previous) or _FINAL_PUNCTUATION.search(line) is not None)
    )


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
