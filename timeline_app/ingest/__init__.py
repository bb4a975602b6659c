"""Ingest: article files (.txt, .md, .html, .docx, .pdf) -> :class:`ArticleDraft`.

One reader per format turns the bytes into paragraphs and metadata; :func:`read_article` adds
what every draft needs (title fallback, language detection, content hash, caller overrides).
Nothing here uses the network, the GUI toolkit or today's date as a publication date.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path

from timeline_app.domain.text import without_controls
from timeline_app.ingest import files
from timeline_app.ingest.draft import ArticleDraft, IngestError, ParsedArticle, content_hash
from timeline_app.ingest.files import MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, discover_files
from timeline_app.ingest.metadata import normalize_language
from timeline_app.ingest.paragraphs import collapse_spaces, drop_repeated_title

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_EXTENSIONS",
    "ArticleDraft",
    "IngestError",
    "content_hash",
    "discover_files",
    "read_article",
]


def _detect_language(text: str) -> str | None:
    # Imported here: the extraction package pulls in the temporal tagger, which ingest does not need.
    from timeline_app.extraction.language import detect_language

    return detect_language(text)


def _parse(data: bytes, path: Path, fmt: str) -> ParsedArticle:
    # Readers are imported on demand: the HTML one loads trafilatura, which takes a while.
    if fmt in {"txt", "md"}:
        from timeline_app.ingest.text_reader import read_text_file

        return read_text_file(data, path, markdown=fmt == "md")
    if fmt == "html":
        from timeline_app.ingest.html_reader import read_html_file

        return read_html_file(data, path)
    if fmt == "docx":
        from timeline_app.ingest.docx_reader import read_docx_file

        return read_docx_file(data, path)
    from timeline_app.ingest.pdf_reader import read_pdf_file

    return read_pdf_file(data, path)


def _scrubbed(parsed: ParsedArticle) -> ParsedArticle:
    """The reader's result without NUL and other control characters (PDF text layers carry them)."""
    def clean(value: str | None) -> str | None:
        return without_controls(value) if value else value

    parsed.paragraphs = [without_controls(p) for p in parsed.paragraphs]
    parsed.title, parsed.source_name, parsed.author = clean(parsed.title), clean(parsed.source_name), clean(parsed.author)
    parsed.url, parsed.html, parsed.language = clean(parsed.url), clean(parsed.html), clean(parsed.language)
    return parsed


def read_article(
    path: str | os.PathLike[str],
    *,
    language: str | None = None,
    published: datetime.date | None = None,
) -> ArticleDraft:
    """Read one article file into an :class:`ArticleDraft`; raise :class:`IngestError` if impossible.

    ``language`` (ISO 639-1) and ``published`` override what the file says. Otherwise the
    language is the file's declared one when it is a two-letter code, else detected from the
    text; ``published`` is None when the file carries no date.
    """
    file_path = Path(path)
    fmt = files.format_for_extension(file_path)
    if fmt is None:
        ext = file_path.suffix.lower() or "(no extension)"
        raise IngestError(path, f"unsupported file type {ext}")
    data = files.read_limited(file_path, files.MAX_FILE_BYTES)
    if not data.strip():
        raise IngestError(path, "empty file")
    parsed = _scrubbed(_parse(data, file_path, fmt))

    title = collapse_spaces(parsed.title or "") or file_path.stem
    paragraphs = drop_repeated_title([p for p in parsed.paragraphs if p.strip()], title)
    text = "\n\n".join(paragraphs)
    if len(text) > files.MAX_TEXT_CHARS:
        raise IngestError(path, files.too_much_text_reason(len(text)))
    if not text.strip():
        raise IngestError(path, "no article text (only a title or metadata)")
    lang = normalize_language(language) or parsed.language or _detect_language(f"{title}\n{text}")
    return ArticleDraft(
        title=title,
        text=text,
        source_path=os.fspath(path),
        source_name=parsed.source_name,
        author=parsed.author,
        published=published if published is not None else parsed.published,
        url=parsed.url,
        language=lang,
        format=fmt,
        html=parsed.html,
        content_hash=content_hash(text),
    )
