"""Reader for Word documents (.docx) via python-docx.

The title comes from the document properties or, failing that, from the first paragraph styled
Title or Heading. The body may start with the same metadata block and byline as a plain-text
article (``Datum: 28 juni 2023``, ``Door ...``), which is where the publication date comes from.
The core properties' *created* and *modified* dates are deliberately not used: they record when
someone typed or saved the file (often a template from years ago), not when the article was
published, so ``published`` stays None rather than being wrong. The core *author* is used only
when no byline is found and it is not a placeholder such as "python-docx" or "Administrator".
"""

from __future__ import annotations

import html
import io
import zipfile
import zlib
from pathlib import Path
from typing import Any

from timeline_app.ingest.draft import IngestError, ParsedArticle
from timeline_app.ingest.metadata import HeaderFields, parse_byline, parse_header_line
from timeline_app.ingest.paragraphs import collapse_spaces, is_title_line, title_from_text

_PLACEHOLDER_AUTHORS = frozenset(
    {
        "python-docx",
        "administrator",
        "admin",
        "user",
        "gebruiker",
        "utilisateur",
        "benutzer",
        "microsoft office user",
        "windows user",
        "author",
        "unknown",
    }
)
_ALLOWED_SCHEMES = ("http://", "https://", "mailto:")
# ZIP-bomb limits, checked before parsing (an article of 50 MB of text stays well inside them).
MAX_UNPACKED_BYTES = 200_000_000
MAX_PACKAGE_PARTS = 5_000
MAX_XML_ELEMENTS = 1_000_000
_CHUNK = 1 << 20
_PLACEHOLDER_TITLES = frozenset({"", "untitled", "document", "naamloos", "sans titre", "unbenannt"})


class _StyleNames:
    """Paragraph style names by style id, looked up once per document.

    python-docx resolves ``paragraph.style`` by scanning every style of the document for each
    paragraph, which makes a file of many short paragraphs take minutes; this is one dict lookup.
    """

    def __init__(self, document: Any) -> None:
        self._names: dict[str, str] = {}
        self._default = ""
        try:
            from docx.enum.style import WD_STYLE_TYPE

            for style in document.styles:
                if style.style_id:
                    self._names.setdefault(style.style_id, (style.name or "").casefold())
            default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
            self._default = (default.name or "").casefold() if default is not None else ""
        except (KeyError, AttributeError, ValueError, TypeError):
            pass

    def of(self, paragraph: Any) -> str:
        """The casefolded style name of ``paragraph`` ("" when unknown)."""
        try:
            style_id = paragraph._p.style
        except AttributeError:
            return ""
        if style_id is None:
            return self._default
        return self._names.get(style_id, "")


def _heading_level(style: str) -> int | None:
    if style == "title":
        return 1
    if style.startswith(("heading", "kop", "titre", "überschrift", "ueberschrift")):
        digits = "".join(ch for ch in style if ch.isdigit())
        return int(digits) if digits else 1
    return None


def _run_html(run: Any) -> str:
    text = html.escape(run.text, quote=False)
    if text and run.bold:
        text = f"<strong>{text}</strong>"
    if text and run.italic:
        text = f"<em>{text}</em>"
    return text


def _paragraph_html(paragraph: Any) -> str:
    parts: list[str] = []
    for item in paragraph.iter_inner_content():
        if hasattr(item, "url"):  # a hyperlink: keep web links, drop anything else (file:, javascript:)
            inner = "".join(_run_html(run) for run in item.runs)
            url = (item.url or "").strip()
            if url.lower().startswith(_ALLOWED_SCHEMES):
                inner = f'<a href="{html.escape(url, quote=True)}" rel="noopener noreferrer">{inner}</a>'
            parts.append(inner)
        else:
            parts.append(_run_html(item))
    return "".join(parts) or html.escape(paragraph.text, quote=False)


def _blocks(document: Any) -> list[tuple[str, str, Any]]:
    """(style name, text, paragraph or None) for body paragraphs and table rows, in order."""
    styles = _StyleNames(document)
    blocks: list[tuple[str, str, Any]] = []
    for item in document.iter_inner_content():
        if hasattr(item, "rows"):
            for row in item.rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = collapse_spaces(cell.text)
                    if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                        cells.append(text)
                blocks.append(("table row", " | ".join(cells), None))
        else:
            blocks.append((styles.of(item), collapse_spaces(item.text), item))
    return blocks


def check_package(data: bytes, path: Path) -> None:
    """Refuse a ZIP bomb before python-docx unpacks it: too many parts, too many bytes unpacked
    (the sizes the ZIP directory declares, then counted while streaming the XML parts) or too many
    XML elements. The limits are far above any article's."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            if len(infos) > MAX_PACKAGE_PARTS:
                raise IngestError(path, f"not an article: the .docx holds {len(infos):,} parts (at most {MAX_PACKAGE_PARTS:,})")
            declared = sum(info.file_size for info in infos)
            if declared > MAX_UNPACKED_BYTES:
                raise IngestError(path, _unpacks_to(declared))
            unpacked = elements = 0
            for info in infos:
                if not info.filename.lower().endswith((".xml", ".rels")):
                    continue  # media are kept as bytes, never parsed; their declared size counted above
                with package.open(info) as member:
                    while chunk := member.read(_CHUNK):
                        unpacked += len(chunk)
                        elements += chunk.count(b"<")
                        if unpacked > MAX_UNPACKED_BYTES:
                            raise IngestError(path, _unpacks_to(unpacked, more=True))
                        if elements > MAX_XML_ELEMENTS:
                            raise IngestError(
                                path, f"not an article: the .docx has over {MAX_XML_ELEMENTS:,} XML elements"
                            )
    except IngestError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as err:
        raise IngestError(path, f"truncated or corrupt .docx: {err or type(err).__name__}") from err
    except RuntimeError as err:  # an encrypted ZIP member
        raise IngestError(path, f"encrypted or unreadable .docx: {err}") from err


def _unpacks_to(size: int, *, more: bool = False) -> str:
    over = "over " if more else ""
    return f"the .docx unpacks to {over}{size / 1e6:,.1f} MB (at most {MAX_UNPACKED_BYTES / 1e6:g} MB): not an article"


def _open(data: bytes, path: Path) -> Any:
    import docx  # imported lazily: python-docx pulls in a fair amount of lxml machinery
    from docx.opc.exceptions import PackageNotFoundError

    if not data.startswith(b"PK"):
        raise IngestError(path, "truncated or corrupt .docx: not a ZIP package")
    check_package(data, path)
    try:
        return docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile as err:
        raise IngestError(path, "truncated or corrupt .docx: not a complete ZIP package") from err
    except (PackageNotFoundError, KeyError, ValueError, EOFError, OSError) as err:
        raise IngestError(path, f"truncated or corrupt .docx: {err or type(err).__name__}") from err
    except Exception as err:  # lxml syntax errors and other parser failures on damaged XML
        raise IngestError(path, f"truncated or corrupt .docx: {type(err).__name__}: {err}") from err


def _consume_metadata(blocks: list[tuple[str, str, Any]], fields: HeaderFields) -> None:
    """Pop leading ``Key: value`` and byline paragraphs from ``blocks`` into ``fields``."""
    while blocks:
        text = blocks[0][1]
        parsed = parse_header_line(text)
        if parsed is not None and (getattr(fields, parsed[0]) is not None or fields.set(*parsed)):
            blocks.pop(0)
            continue
        author = parse_byline(text)
        if author is not None:  # a byline repeating a known author is consumed too
            fields.author = fields.author or author
            blocks.pop(0)
            continue
        break


def read_docx_file(data: bytes, path: Path) -> ParsedArticle:
    """Parse a .docx article into paragraphs, simple reader HTML and metadata."""
    document = _open(data, path)
    try:
        blocks = _blocks(document)
        props = document.core_properties
        core_title = (props.title or "").strip()
        core_author = (props.author or "").strip()
        core_language = props.language
    except Exception as err:  # damaged parts surface lazily while reading
        raise IngestError(path, f"truncated or corrupt .docx: {type(err).__name__}: {err}") from err

    blocks = [block for block in blocks if block[1]]
    fields = HeaderFields(title=core_title if core_title.casefold() not in _PLACEHOLDER_TITLES else None)
    _consume_metadata(blocks, fields)
    # A styled heading (or a short first paragraph that is not a sentence) is the headline.
    if blocks:
        style, first, _p = blocks[0]
        plain_title = fields.title is None and is_title_line(first) and not first.endswith(".")
        if _heading_level(style) is not None or plain_title:
            blocks.pop(0)
            fields.title = fields.title or first
    _consume_metadata(blocks, fields)
    if fields.author is None and core_author and core_author.casefold() not in _PLACEHOLDER_AUTHORS:
        fields.author = core_author
    if fields.language is None:
        fields.set("language", core_language or "")

    paragraphs = [text for _style, text, _p in blocks]
    return ParsedArticle(
        paragraphs=paragraphs,
        title=fields.title or title_from_text(paragraphs, path.stem),
        source_name=fields.source_name,
        author=fields.author,
        published=fields.published,
        url=fields.url,
        language=fields.language,
        html=_render(blocks),
    )


def _render(blocks: list[tuple[str, str, Any]]) -> str | None:
    out: list[str] = []
    in_list = False
    for style, text, paragraph in blocks:
        level = _heading_level(style)
        is_item = "list" in style or "lijst" in style or "liste" in style
        if is_item != in_list:
            out.append("<ul>\n" if is_item else "</ul>\n")
            in_list = is_item
        if paragraph is None:  # a table row, shown as a plain line
            out.append(f"<p>{html.escape(text, quote=False)}</p>\n")
            continue
        inner = _paragraph_html(paragraph)
        if level is not None:
            tag = f"h{min(max(level + 1, 2), 6)}"
            out.append(f"<{tag}>{inner}</{tag}>\n")
        elif is_item:
            out.append(f"<li>{inner}</li>\n")
        elif style in {"caption", "bijschrift", "légende", "beschriftung"}:
            out.append(f"<p><small>{inner}</small></p>\n")
        else:
            out.append(f"<p>{inner}</p>\n")
    if in_list:
        out.append("</ul>\n")
    return "".join(out).strip() or None
