"""Reader for saved web pages (.html, .htm).

trafilatura finds the main text (leaving out navigation, ads, cookie banners, newsletter
prompts, sidebars and footers) and the metadata (title, author, date, site name, canonical
URL). Dates come from the page's own metadata and markup only: trafilatura and htmldate run
with ``extensive_search`` off, so they neither guess from loose text such as a copyright year
nor fall back to today's date or the file's modification time; dates after today are refused.
The language comes from ``<html lang>``, ``Content-Language`` or ``og:locale``.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import htmldate
import lxml.html
import trafilatura
from lxml import etree

from timeline_app.ingest.draft import IngestError, ParsedArticle, normalize_for_hash
from timeline_app.ingest.encoding import decode_text
from timeline_app.ingest.html_render import extract_paragraphs, render_html
from timeline_app.ingest.metadata import normalize_language, parse_iso_date

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")


def _date_params(today: datetime.date) -> dict[str, Any]:
    return {"original_date": True, "extensive_search": False, "max_date": today.isoformat()}


def decode_html(data: bytes, path: Path) -> str:
    """Decode a saved page, honouring a ``<meta charset>`` declaration when there is no BOM."""
    match = _META_CHARSET.search(data[:4096])
    declared = match.group(1).decode("ascii", "ignore") if match else None
    return decode_text(data, path, encoding=declared)


def _parse_tree(markup: str) -> Any | None:
    try:
        return lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return None


def _page_language(tree: Any) -> str | None:
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for xpath in (
        "//meta[translate(@http-equiv,'CONTENTLAGU','contentlagu')='content-language']/@content",
        "//meta[@name='language' or @name='dc.language' or @name='DC.language']/@content",
        "//meta[@property='og:locale']/@content",
    ):
        candidates.extend(str(v) for v in tree.xpath(xpath))
    for candidate in candidates:
        code = normalize_language(candidate)
        if code:
            return code
    return None


def _clean_title(title: str | None, site: str | None) -> str | None:
    if not title:
        return None
    title = " ".join(title.split())
    if site:
        for sep in _TITLE_SEPARATORS:
            if title.casefold().endswith((sep + site).casefold()):
                return title[: -len(sep + site)].strip()
    return title


def _drop_leading_headline(body: Any, title: str) -> None:
    """Remove the headline when the page repeats it at the top of the extracted body."""
    key = normalize_for_hash(title)
    for child in list(body):
        if normalize_for_hash("".join(child.itertext())) != key:
            break
        if child.tail and child.tail.strip():
            break
        body.remove(child)


def _valid_date(value: str | None, today: datetime.date) -> datetime.date | None:
    parsed = parse_iso_date(value)
    if parsed is None or parsed > today or parsed.year < 1800:
        return None
    return parsed


def read_html_file(data: bytes, path: Path, *, today: datetime.date | None = None) -> ParsedArticle:
    """Parse a saved web page into its main text, safe reader HTML and metadata.

    ``today`` only bounds accepted dates (nothing later is believed); it defaults to the
    current date.
    """
    today = today or datetime.date.today()
    markup = decode_html(data, path)
    tree = _parse_tree(markup)
    if tree is None:
        raise IngestError(path, "no article text found (empty HTML page)")
    document = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_formatting=True,
        include_links=True,
        deduplicate=False,
        date_extraction_params=_date_params(today),
    )
    if document is None or isinstance(document, dict) or getattr(document, "body", None) is None:
        raise IngestError(path, "no article text found in the HTML page")
    language = _page_language(tree)
    title = _clean_title(document.title, document.sitename or None)
    if title:
        _drop_leading_headline(document.body, title)
    paragraphs = extract_paragraphs(document.body)
    if not paragraphs:
        raise IngestError(path, "no article text found in the HTML page")

    published = _valid_date(document.date, today)
    if published is None:  # htmldate prunes the tree it is given: keep this after other uses
        found = htmldate.find_date(tree, url=document.url, **_date_params(today))
        published = _valid_date(found, today)
    site = document.sitename or None
    return ParsedArticle(
        paragraphs=paragraphs,
        title=title,
        source_name=site,
        author=document.author or None,
        published=published,
        url=document.url or None,
        language=language,
        html=render_html(document.body) or None,
    )
