"""Small parsers for article metadata written as text: header blocks, bylines, dates, languages.

A plain-text or Markdown article (and the first paragraphs of a .docx) may start with a
metadata block: one ``Key: value`` line per field, ended by a blank line or by the first line
that is not such a field. Recognised keys (case-insensitive, in the newsroom languages):

- title: ``Title``, ``Titel``, ``Titre``, ``Headline``, ``Kop``
- published: ``Published``, ``Date``, ``Datum``, ``Gepubliceerd``, ``Publié``, ``Publié le``,
  ``Date de publication``, ``Veröffentlicht``, ``Erschienen``
- source name: ``Source``, ``Bron``, ``Quelle``, ``Publication``, ``Medium``, ``Krant``, ``Journal``, ``Zeitung``
- author: ``Author``, ``By``, ``Auteur``, ``Autor``, ``Door``, ``Par``, ``Von``
- url: ``URL``, ``Link``, ``Canonical``
- language: ``Language``, ``Lang``, ``Taal``, ``Langue``, ``Sprache``

A byline line on its own (``By Jane Roe``, ``Door Jan Smit``, ``Par ...``, ``Von ...``) also
gives the author. Dates are read as ISO (``2022-02-03``), day-first numbers (``3-2-2022``,
``03.02.2022``, ``3/2/2022``) or with a month name (``3 februari 2022``, ``3. Februar 2022``,
``3 février 2022``, ``February 3, 2022``).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

_KEYS: dict[str, str] = {}
for _field, _names in {
    "title": ("title", "titel", "titre", "headline", "kop"),
    "published": (
        "published",
        "date",
        "datum",
        "gepubliceerd",
        "publicatiedatum",
        "publié",
        "publié le",
        "date de publication",
        "veröffentlicht",
        "veröffentlicht am",
        "erschienen",
        "erschienen am",
    ),
    "source_name": ("source", "bron", "quelle", "publication", "medium", "krant", "journal", "zeitung"),
    "author": ("author", "by", "auteur", "autor", "door", "par", "von"),
    "url": ("url", "link", "canonical"),
    "language": ("language", "lang", "taal", "langue", "sprache"),
}.items():
    for _name in _names:
        _KEYS[_name] = _field

_HEADER_LINE = re.compile(r"^\s*([^\W\d_][\w ]{0,30}?)\s*:\s*(.+?)\s*$")
_BYLINE = re.compile(r"^\s*(?:by|door|par|von)\s+(\S.{1,80}?)\s*$", re.IGNORECASE)

_MONTHS: dict[str, int] = {}
for _number, _spellings in enumerate(
    (
        ("january", "jan", "januari", "janvier", "janv", "januar", "jänner"),
        ("february", "feb", "febr", "februari", "février", "févr", "fevrier", "februar"),
        ("march", "mar", "maart", "mrt", "mars", "märz", "maerz"),
        ("april", "apr", "avril", "avr"),
        ("may", "mei", "mai"),
        ("june", "jun", "juni", "juin"),
        ("july", "jul", "juli", "juillet", "juil"),
        ("august", "aug", "augustus", "août", "aout"),
        ("september", "sep", "sept", "septembre"),
        ("october", "oct", "oktober", "okt", "octobre"),
        ("november", "nov", "novembre"),
        ("december", "dec", "décembre", "decembre", "dezember", "dez"),
    ),
    start=1,
):
    for _spelling in _spellings:
        _MONTHS[_spelling] = _number

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(?:[^\W\d_]+,?\s+)?(\d{1,2})(?:\.|er|st|nd|rd|th)?\s+([^\W\d_]+)\.?\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^(?:[^\W\d_]+,?\s+)?([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")


@dataclass(slots=True)
class HeaderFields:
    """Fields found in a leading metadata block (see the module docstring)."""

    title: str | None = None
    published: datetime.date | None = None
    source_name: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None

    def set(self, field_name: str, value: str) -> bool:
        """Store ``value`` for ``field_name`` if it parses; return whether it was accepted."""
        value = value.strip()
        if not value:
            return False
        if field_name == "published":
            parsed = parse_date(value)
            if parsed is None:
                return False
            self.published = parsed
        elif field_name == "language":
            code = normalize_language(value)
            if code is None:
                return False
            self.language = code
        else:
            setattr(self, field_name, value)
        return True


def parse_header_line(line: str) -> tuple[str, str] | None:
    """Return (field, value) for a metadata line such as ``Datum: 3 februari 2022``, else None."""
    match = _HEADER_LINE.match(line)
    if match:
        key = " ".join(match.group(1).casefold().split())
        field_name = _KEYS.get(key)
        if field_name is not None:
            return field_name, match.group(2)
    return None


_NAME_PARTICLES = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "ter",
        "ten",
        "het",
        "'t",
        "von",
        "zu",
        "le",
        "la",
        "du",
        "des",
        "d'",
        "di",
        "da",
        "and",
        "en",
        "und",
        "et",
        "&",
        "/",
    }
)


def parse_byline(line: str) -> str | None:
    """Return the author named in a byline such as ``Door Mieke Dorren``, else None.

    The rest of the line must look like one or more names: capitalised words (initials and
    particles such as "van", "de", "von" allowed), at most eight words, no sentence punctuation.
    """
    match = _BYLINE.match(line)
    if match is None:
        return None
    name = match.group(1).strip()
    words = name.replace(",", " ").split()
    if not words or len(words) > 8 or any(ch in name for ch in "!?;:"):
        return None
    for word in words:
        is_initial = len(word) == 2 and word[0].isupper() and word[1] == "."
        if word.endswith(".") and not is_initial:
            return None
        if not (word[0].isupper() or word.casefold() in _NAME_PARTICLES):
            return None
    return name


def consume_header(lines: list[str]) -> tuple[HeaderFields, int]:
    """Parse a leading metadata block of ``lines``; return the fields and how many lines it used.

    Blank lines before the block are skipped; the block ends at the first line that is not a
    recognised ``Key: value`` line. Nothing is consumed when the first line is not one.
    """
    fields = HeaderFields()
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    start = index
    while index < len(lines):
        parsed = parse_header_line(lines[index])
        if parsed is None or not fields.set(*parsed):
            break
        index += 1
    if index == start:
        return fields, 0
    return fields, index


def parse_date(value: str) -> datetime.date | None:
    """Parse a metadata date (ISO, day-first numeric or with a month name); None if not a date."""
    text = " ".join(value.strip().split())
    match = _ISO_DATE.match(text)
    if match:
        return _make_date(int(match[1]), int(match[2]), int(match[3]))
    match = _NUMERIC_DATE.match(text)
    if match:
        return _make_date(int(match[3]), int(match[2]), int(match[1]))
    match = _DAY_MONTH_YEAR.match(text)
    if match:
        month = _MONTHS.get(match[2].casefold())
        return _make_date(int(match[3]), month, int(match[1])) if month else None
    match = _MONTH_DAY_YEAR.match(text)
    if match:
        month = _MONTHS.get(match[1].casefold())
        return _make_date(int(match[3]), month, int(match[2])) if month else None
    return None


def _make_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def normalize_language(value: str | None) -> str | None:
    """Return the ISO 639-1 code in ``value`` ("nl", "nl-NL", "fr_BE", "EN"), or None if it has none."""
    if not value:
        return None
    code = re.split(r"[-_]", value.strip(), maxsplit=1)[0].casefold()
    return code if len(code) == 2 and code.isascii() and code.isalpha() else None


def parse_iso_date(value: str | None) -> datetime.date | None:
    """Parse the leading ``YYYY-MM-DD`` of ``value``; None when absent or invalid."""
    if not value:
        return None
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    return _make_date(int(match[1]), int(match[2]), int(match[3])) if match else None
