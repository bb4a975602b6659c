"""Encoding and binary detection for text files."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.ingest import IngestError, read_article
from timeline_app.ingest.encoding import BINARY_REASON, decode_text, detect_encoding

DUTCH = "De Oekraïne en België: één prijs van € 12,50 voor café-eigenaren.\nZe zeiden: „Dat is te veel.”"
ARTICLE = "Titel van het stuk\n\n" + DUTCH + "\n"


@pytest.mark.parametrize(
    ("encoded", "label"),
    [
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8 with BOM"),
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16 LE with BOM"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16 BE with BOM"),
        (ARTICLE.encode("utf-16-le"), "utf-16 LE without BOM"),
        (ARTICLE.encode("utf-16-be"), "utf-16 BE without BOM"),
        (ARTICLE.encode("cp1252"), "cp1252"),
    ],
)
def test_text_file_encodings_decode_to_the_same_article(tmp_path: Path, encoded: bytes, label: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(encoded)
    draft = read_article(path)
    assert draft.title == "Titel van het stuk", label
    assert draft.text == " ".join(DUTCH.split("\n")), label  # wrapped lines join into one paragraph
    assert "\ufeff" not in draft.title + draft.text


def test_cp1252_is_preferred_over_central_european_guesses() -> None:
    # An unrestricted charset-normalizer guess reads these bytes as cp1250 ("Noël" -> "Noël" but "€" differs).
    data = "Café Noël kost 5 € – Straße über Äpfel".encode("cp1252")
    assert detect_encoding(data) == "cp1252"
    assert decode_text(data) == "Café Noël kost 5 € – Straße über Äpfel"


def test_declared_latin1_is_read_as_windows_1252() -> None:
    assert decode_text("prijs: 5 €".encode("cp1252"), encoding="iso-8859-1") == "prijs: 5 €"


def test_crlf_and_cr_line_ends_are_normalized() -> None:
    assert decode_text(b"a\r\nb\rc\n") == "a\nb\nc\n"


@pytest.mark.parametrize(
    "data",
    [
        b"Some text\x00with a NUL byte in the middle",
        b"\x89PNG\r\n\x1a\n" + b"x" * 100,
        b"PK\x03\x04" + b"zipped" * 20,
        bytes(range(1, 32)) * 10,
        bytes((i * 37) % 256 for i in range(1, 4000) if (i * 37) % 256),  # noise without NULs
        b"\x01\x00" * 200 + b"\xff\xfe\x00\xd8" * 50,  # every other byte NUL, but not text
    ],
)
def test_binary_content_is_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "looks-like-text.txt"
    path.write_bytes(data)
    with pytest.raises(IngestError) as caught:
        read_article(path)
    assert caught.value.reason == BINARY_REASON
    assert caught.value.path == str(path)


def test_a_few_stray_control_characters_are_tolerated() -> None:
    assert decode_text(b"Kop\n\nTekst met een \x0c formfeed en \x1b escape.").startswith("Kop")


_readable = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cs", "Co", "Cn"), blacklist_characters="\ufeff\u2028\u2029\x85"
    ),
    min_size=1,
    max_size=200,
)


@settings(max_examples=60, deadline=None)
@given(_readable, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_unicode_text_round_trips_with_bom_or_utf8(text: str, codec: str) -> None:
    assert decode_text(text.encode(codec)) == text
