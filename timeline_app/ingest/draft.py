"""The result of reading one article file, the ingest error type and the content hash."""

from __future__ import annotations

import datetime
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field

_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    """An article read from a file: main text plus whatever metadata the file carried.

    ``text`` holds the body only (paragraphs separated by a blank line); the headline is in
    ``title`` and is not repeated at the start of ``text``. ``published`` is None when the
    file does not say when the article appeared: it is never guessed from today's date or the
    file's modification time.
    """

    title: str
    text: str
    source_path: str | None
    source_name: str | None
    author: str | None
    published: datetime.date | None
    url: str | None
    language: str | None
    format: str
    html: str | None = None
    content_hash: str = ""


class IngestError(Exception):
    """A file that cannot be turned into an article; ``reason`` is a short human message."""

    def __init__(self, path: str | os.PathLike[str] | None, reason: str) -> None:
        self.path = os.fspath(path) if path is not None else None
        self.reason = reason
        super().__init__(f"{self.path}: {reason}" if self.path else reason)

    def __reduce__(self) -> tuple[type[IngestError], tuple[str | None, str]]:
        # Exceptions with a custom __init__ need this to survive pickling (process pools).
        return (IngestError, (self.path, self.reason))


def normalize_for_hash(text: str) -> str:
    """Return ``text`` NFKC-normalized, casefolded, with all whitespace runs collapsed to one space."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _WHITESPACE.sub(" ", folded).strip()


def content_hash(text: str) -> str:
    """Return the sha256 hex digest of the normalized ``text`` (same article => same hash)."""
    return hashlib.sha256(normalize_for_hash(text).encode("utf-8")).hexdigest()


@dataclass(slots=True)
class ParsedArticle:
    """What a format reader found, before defaults, overrides and language detection are applied."""

    paragraphs: list[str] = field(default_factory=list)
    title: str | None = None
    source_name: str | None = None
    author: str | None = None
    published: datetime.date | None = None
    url: str | None = None
    language: str | None = None
    html: str | None = None
