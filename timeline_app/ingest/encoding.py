"""Turning the bytes of a text file into str: BOMs, BOM-less UTF-16, legacy 8-bit encodings.

Order of evidence: a byte-order mark; the NUL pattern of BOM-less UTF-16; strict UTF-8; then
charset-normalizer restricted to the Western European code pages that Dutch, English, French and
German files use (cp1252 first; an unrestricted guess often picks cp1250 or mac_latin2 for short
texts); cp1252 with replacement characters as the last resort. Files that look binary (NUL
bytes, many control characters, well-known binary signatures) are refused.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from pathlib import Path

import charset_normalizer

from timeline_app.ingest.draft import IngestError

BINARY_REASON = "not a text file (binary content)"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BINARY_SIGNATURES: tuple[bytes, ...] = (
    b"%PDF-",
    b"PK\x03\x04",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\xd0\xcf\x11\xe0",  # OLE2 (.doc, .xls)
    b"\x7fELF",
    b"\x1f\x8b",  # gzip
)
_WESTERN_CODEPAGES = ["cp1252", "iso8859_15", "latin_1", "mac_roman"]
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_SUSPICIOUS_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})
_SNIFF_BYTES = 8192
_NOT_PLAIN_ASCII = re.compile(r"[^\t\n\r\f\v\x20-\x7e]")


def _bom_encoding(data: bytes) -> tuple[str, int] | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def _bomless_utf16(data: bytes) -> str | None:
    """Return "utf-16-le"/"utf-16-be" when NULs fill every other byte (ASCII-heavy UTF-16 text)."""
    sample = data[: _SNIFF_BYTES - _SNIFF_BYTES % 2]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls >= 0.4 * pairs and even_nuls <= 0.05 * pairs:
        return "utf-16-le"
    if even_nuls >= 0.4 * pairs and odd_nuls <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _is_suspicious(ch: str) -> bool:
    # Control characters, unassigned/private/surrogate code points and decoding replacements
    # are what binary data turns into, whatever codec it was forced through.
    return ch == "\ufffd" or (ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) in _SUSPICIOUS_CATEGORIES)


def _looks_binary(text: str) -> bool:
    sample = text[:_SNIFF_BYTES]
    if "\x00" in sample:
        return True
    # Printable ASCII and ordinary whitespace are never suspicious; only the rest (a few
    # accented letters in Western text) is looked up one by one.
    others = Counter(_NOT_PLAIN_ASCII.findall(sample))
    suspicious = sum(count for ch, count in others.items() if _is_suspicious(ch))
    return suspicious > max(2, len(sample) // 100)


def detect_encoding(data: bytes) -> str:
    """Return the codec name to decode ``data`` with (see the module docstring for the order)."""
    bom = _bom_encoding(data)
    if bom is not None:
        return bom[0]
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    best = charset_normalizer.from_bytes(data[:200_000], cp_isolation=_WESTERN_CODEPAGES).best()
    return best.encoding if best is not None else "cp1252"


def normalize_newlines(text: str) -> str:
    """Return ``text`` with CRLF/CR line ends as LF and a leading BOM removed."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def decode_text(data: bytes, path: Path | None = None, *, encoding: str | None = None) -> str:
    """Decode the bytes of a text file (LF line ends, no BOM); raise IngestError for binary data.

    ``encoding`` (e.g. from an HTML meta tag) is tried first when given and known.
    """
    if any(data.startswith(sig) for sig in _BINARY_SIGNATURES):
        raise IngestError(path, BINARY_REASON)
    bom = _bom_encoding(data)
    if bom is not None:
        name, skip = bom
        text = data[skip:].decode(name, errors="replace")
    else:
        text = _decode_without_bom(data, encoding)
    if _looks_binary(text):
        raise IngestError(path, BINARY_REASON)
    return normalize_newlines(text)


def _decode_without_bom(data: bytes, declared: str | None) -> str:
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return data.decode(utf16, errors="replace")
    if b"\x00" in data[:_SNIFF_BYTES]:
        return "\x00"  # binary: let the caller's check refuse it
    if declared:
        try:
            name = codecs.lookup(declared).name
            # As browsers do: a page labelled Latin-1 or ASCII is really Windows-1252.
            return data.decode("cp1252" if name in {"iso8859-1", "latin-1", "ascii"} else name)
        except (LookupError, UnicodeDecodeError):
            pass
    return data.decode(detect_encoding(data), errors="replace")
