"""Reader for PDF files with a text layer, via pypdf.

Title and author come from the document information dictionary (a title that is only a file
name, such as "Microsoft Word - artikel.docx", is ignored); the language from the catalog's
``/Lang``. As with .docx, the PDF creation date records when the file was produced, not when
the article appeared, so ``published`` is left None. Scanned PDFs without a text layer and
password-protected PDFs are refused with a clear reason; there is no OCR.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from timeline_app.ingest.draft import IngestError, ParsedArticle
from timeline_app.ingest.files import MAX_TEXT_CHARS, too_much_text_reason
from timeline_app.ingest.metadata import normalize_language
from timeline_app.ingest.paragraphs import collapse_spaces, is_title_line, title_from_text

_FILENAME_TITLE = re.compile(r"(^microsoft \w+ - )|(\.(docx?|pdf|odt|rtf|txt|indd)$)|^untitled$", re.IGNORECASE)
_SENTENCE_END = (".", "!", "?", ":", '"', "”", "»", "'")
_MIN_CHARS = 20
# A news article is a few pages: longer files are refused before their text is extracted.
MAX_PDF_PAGES = 2_000


def _open(data: bytes, path: Path) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PdfReadError, PyPdfError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise IngestError(path, "truncated or corrupt .pdf: no PDF header")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")  # permissions-only protection opens with an empty password
            except (DependencyError, NotImplementedError) as err:
                raise IngestError(path, f"encrypted PDF: cannot decrypt ({err})") from err
            if not unlocked:
                raise IngestError(path, "encrypted PDF (password required)")
        _refuse_many_pages(_declared_pages(reader), path)  # before the page tree is flattened (slow)
        pages = len(reader.pages)  # forces the page tree to load, so damage shows here
    except IngestError:
        raise
    except FileNotDecryptedError as err:
        raise IngestError(path, "encrypted PDF (password required)") from err
    except LimitReachedError as err:
        raise IngestError(path, f"not an article: the PDF exceeds a safety limit of the PDF reader ({err})") from err
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
            RecursionError) as err:
        raise IngestError(path, f"truncated or corrupt .pdf: {err or type(err).__name__}") from err
    _refuse_many_pages(pages, path)
    return reader


def _declared_pages(reader: Any) -> int:
    """The page count the PDF's page tree declares (0 when it does not say)."""
    try:
        count = reader.trailer["/Root"]["/Pages"].get("/Count")
        return int(count) if count is not None else 0
    except Exception:  # a damaged catalog: the page tree load below reports it
        return 0


def _refuse_many_pages(pages: int, path: Path) -> None:
    if pages > MAX_PDF_PAGES:
        raise IngestError(path, f"not an article: the PDF has {pages:,} pages (at most {MAX_PDF_PAGES:,})")


def _page_lines(reader: Any, path: Path) -> list[list[str]]:
    pages: list[list[str]] = []
    chars = 0
    for page in reader.pages:
        try:
            text = page.extract_text() or ""
        except Exception as err:  # pypdf raises many types on damaged content streams
            raise IngestError(path, f"truncated or corrupt .pdf: {type(err).__name__}: {err}") from err
        chars += len(text)
        if chars > MAX_TEXT_CHARS:
            raise IngestError(path, too_much_text_reason(chars))
        pages.append([line.rstrip() for line in text.replace("\r", "\n").split("\n")])
    return pages


def _reflow(lines: list[str]) -> list[str]:
    """Join the visual lines of a page into paragraphs.

    A paragraph ends at a blank line, or where a line that ends a sentence is clearly shorter
    than the page's typical line. Words hyphenated across a line break are joined.
    """
    widths = sorted(len(line) for line in lines if line.strip())
    if not widths:
        return []
    typical = widths[int(len(widths) * 0.8) - 1 if len(widths) > 1 else 0]
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        stripped = line.strip()
        if not stripped:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if current.endswith("-") and stripped[:1].islower():
            current = current[:-1] + stripped
        else:
            current = f"{current} {stripped}" if current else stripped
        if stripped.endswith(_SENTENCE_END) and len(stripped) < 0.85 * typical:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return [collapse_spaces(p) for p in paragraphs]


def _info(reader: Any) -> tuple[str | None, str | None]:
    try:
        meta = reader.metadata
    except Exception:  # a broken /Info dictionary should not lose the text
        return None, None
    if meta is None:
        return None, None
    title = collapse_spaces(str(meta.title or ""))
    author = collapse_spaces(str(meta.author or ""))
    if not title or _FILENAME_TITLE.search(title):
        title = ""
    return title or None, author or None


def _catalog_language(reader: Any) -> str | None:
    try:
        lang = reader.trailer["/Root"].get("/Lang")
    except Exception:
        return None
    return normalize_language(str(lang)) if lang else None


def read_pdf_file(data: bytes, path: Path) -> ParsedArticle:
    """Parse a PDF with a text layer into paragraphs and metadata."""
    reader = _open(data, path)
    pages = _page_lines(reader, path)
    if sum(len("".join(lines).strip()) for lines in pages) < _MIN_CHARS:
        raise IngestError(path, "no text layer (scanned PDF?)")
    title, author = _info(reader)
    first_page = pages[0] if pages else []
    while first_page and not first_page[0].strip():
        first_page.pop(0)
    if title is None and first_page and is_title_line(first_page[0]) and not first_page[0].endswith("."):
        title = collapse_spaces(first_page.pop(0))
    paragraphs = [paragraph for lines in pages for paragraph in _reflow(lines)]
    return ParsedArticle(
        paragraphs=paragraphs,
        title=title or title_from_text(paragraphs, path.stem),
        author=author,
        language=_catalog_language(reader),
    )
