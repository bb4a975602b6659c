"""Text pasted by an editor (from the clipboard) as an article draft."""

from __future__ import annotations

import datetime

from timeline_app.domain.text import without_controls
from timeline_app.extraction.language import detect_language
from timeline_app.ingest.draft import ArticleDraft, IngestError, content_hash
from timeline_app.ingest.metadata import normalize_language
from timeline_app.ingest.paragraphs import collapse_spaces, split_paragraphs


def draft_from_text(
    text: str,
    *,
    title: str,
    source_name: str | None = None,
    published: datetime.date | None = None,
    language: str | None = None,
    author: str | None = None,
    url: str | None = None,
) -> ArticleDraft:
    """An article from pasted text: paragraphs are kept (blank lines, or else one per line).

    Raises :class:`IngestError` when there is no text or no title. The language is detected
    when not given.
    """
    normalized = without_controls(text.replace("\r\n", "\n").replace("\r", "\n"))
    title = without_controls(title)
    if "\n\n" in normalized.strip():
        paragraphs = split_paragraphs(normalized)
    else:
        # Copied from a web page or an e-mail: one paragraph per line.
        paragraphs = [collapse_spaces(line) for line in normalized.split("\n")]
    body = "\n\n".join(p for p in paragraphs if p)
    clean_title = collapse_spaces(title)
    if not body:
        raise IngestError(None, "the pasted text is empty")
    if not clean_title:
        raise IngestError(None, "an article needs a title")
    lang = normalize_language(language) or detect_language(f"{clean_title}\n{body}")
    return ArticleDraft(
        title=clean_title,
        text=body,
        source_path=None,
        source_name=(source_name or "").strip() or None,
        author=(author or "").strip() or None,
        published=published,
        url=(url or "").strip() or None,
        language=lang,
        format="txt",
        content_hash=content_hash(body),
    )
