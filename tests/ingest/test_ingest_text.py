"""Plain-text and Markdown articles: headers, titles, bylines, Markdown stripping, overrides, hash."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from timeline_app.ingest import IngestError, content_hash, read_article
from timeline_app.ingest.metadata import consume_header, parse_byline, parse_date


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-02-03", datetime.date(2022, 2, 3)),
        ("2022-02-03T06:12:00+01:00", datetime.date(2022, 2, 3)),
        ("3-2-2022", datetime.date(2022, 2, 3)),
        ("03.02.2022", datetime.date(2022, 2, 3)),
        ("3 februari 2022", datetime.date(2022, 2, 3)),
        ("donderdag 3 februari 2022", datetime.date(2022, 2, 3)),
        ("3. Februar 2022", datetime.date(2022, 2, 3)),
        ("3 février 2022", datetime.date(2022, 2, 3)),
        ("1er mars 2025", datetime.date(2025, 3, 1)),
        ("February 3, 2022", datetime.date(2022, 2, 3)),
        ("3 Feb. 2022", datetime.date(2022, 2, 3)),
        ("31 februari 2022", None),
        ("gisteren", None),
        ("3 brumaire 2022", None),
    ],
)
def test_parse_date(value: str, expected: datetime.date | None) -> None:
    assert parse_date(value) == expected


def test_header_block_stops_at_first_non_field_line() -> None:
    fields, used = consume_header(
        ["", "Datum: 3 februari 2022", "Bron: De Grensbode", "Gisteren ging het mis.", "Taal: nl"]
    )
    assert used == 3
    assert (fields.published, fields.source_name, fields.language) == (datetime.date(2022, 2, 3), "De Grensbode", None)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Jane Roe", "Jane Roe"),
        ("Door Mieke Dorren", "Mieke Dorren"),
        ("Von Katrin Brüggemann", "Katrin Brüggemann"),
        ("Door de droogte zijn de putten leeg.", None),
        ("Bystanders saw it", None),
    ],
)
def test_byline(line: str, author: str | None) -> None:
    assert parse_byline(line) == author


def test_plain_text_with_header_block(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "a.txt",
        "Title: Tunnel open\nSource: Lowlands Wire\nAuthor: Jane Roe\nPublished: 2026-05-01\nLanguage: en-GB\n"
        "URL: https://example.org/a\n\nFirst paragraph\nwrapped over two lines.\n\nSecond paragraph.\n",
    )
    draft = read_article(path)
    assert draft.title == "Tunnel open"
    assert draft.text == "First paragraph wrapped over two lines.\n\nSecond paragraph."
    assert (draft.source_name, draft.author, draft.url) == ("Lowlands Wire", "Jane Roe", "https://example.org/a")
    assert draft.published == datetime.date(2026, 5, 1)
    assert draft.language == "en"
    assert (draft.format, draft.html, draft.source_path) == ("txt", None, str(path))


def test_headline_then_byline_and_date(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "b.txt",
        "\n\nDe tunnel is open\nDoor Mieke Dorren\nDatum: 4 februari 2022\n\nGisteren ging de tunnel open.",
    )
    draft = read_article(path)
    assert (draft.title, draft.author, draft.published) == (
        "De tunnel is open",
        "Mieke Dorren",
        datetime.date(2022, 2, 4),
    )
    assert draft.text == "Gisteren ging de tunnel open."


def test_without_headline_the_first_sentence_names_the_article(tmp_path: Path) -> None:
    body = "AMSTERDAM - De regering heeft gisteren besloten om de tunnel toch te bouwen. Dat meldt de krant.\nEen tweede regel."
    draft = read_article(_write(tmp_path, "wire.txt", body))
    assert draft.title == "AMSTERDAM - De regering heeft gisteren besloten om de tunnel toch te bouwen."
    assert draft.text.startswith("AMSTERDAM - De regering")  # nothing lost
    assert draft.published is None  # no date in the file: unknown, not today


def test_headline_is_not_repeated_in_the_text(tmp_path: Path) -> None:
    draft = read_article(_write(tmp_path, "c.md", "---\ntitle: Kop\n---\n\n# Kop\n\nKop\n\nDe tekst zelf."))
    assert draft.title == "Kop"
    assert draft.text == "De tekst zelf."


def test_markdown_syntax_is_stripped(tmp_path: Path) -> None:
    source = (
        "# The *big* tunnel\n\n"
        "A [link](https://example.org) and **bold**, _emphasis_ and `code`.\n"
        "![photo](https://example.org/p.jpg)Image gone.\n\n"
        "## Section heading\n"
        "Paragraph under the heading.\n\n"
        "Setext heading\n--------------\n\n"
        "> A quoted line\n> continues.\n\n"
        "* first item\n* second item\n\n"
        "---\n\n"
        "<!-- editor note: check the dates -->\n"
        "Snake_case_word stays and 2 * 3 * 4 too.\n\n"
        "[ref]: https://example.org/ref\n"
    )
    draft = read_article(_write(tmp_path, "d.markdown", source))
    assert draft.title == "The big tunnel"
    assert draft.format == "md"
    assert draft.text.split("\n\n") == [
        "A link and bold, emphasis and code. Image gone.",
        "Section heading",
        "Paragraph under the heading.",
        "Setext heading",
        "A quoted line continues.",
        "- first item",
        "- second item",
        "Snake_case_word stays and 2 * 3 * 4 too.",
    ]


def test_overrides_win_over_metadata(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "e.txt", "Kop\nDatum: 4 februari 2022\nTaal: nl\n\nDe tunnel is gisteren geopend voor verkeer."
    )
    draft = read_article(path, language="de", published=datetime.date(2020, 1, 2))
    assert (draft.language, draft.published) == ("de", datetime.date(2020, 1, 2))


def test_language_is_detected_when_metadata_lacks_it(tmp_path: Path) -> None:
    text = (
        "Kop\n\nDie Bürgerinitiative hat letzte Woche beim Verwaltungsgericht Klage gegen die Genehmigung eingereicht."
    )
    assert read_article(_write(tmp_path, "f.txt", text)).language == "de"


def test_title_only_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as caught:
        read_article(_write(tmp_path, "g.txt", "Title: Alleen een kop\nDatum: 2022-01-01\n"))
    assert caught.value.reason == "no article text (only a title or metadata)"


def test_content_hash_ignores_case_width_and_whitespace(tmp_path: Path) -> None:
    one = read_article(_write(tmp_path, "h1.txt", "Kop\n\nDe  tunnel is OPEN.\n\nTweede alinea."))
    two = read_article(_write(tmp_path, "h2.txt", "Andere kop\n\nde tunnel is open.   Tweede\talinea."))
    three = read_article(_write(tmp_path, "h3.txt", "Kop\n\nDe tunnel is dicht.\n\nTweede alinea."))
    assert one.content_hash == two.content_hash == content_hash("ＤＥ TUNNEL is open. tweede alinea.")
    assert one.content_hash != three.content_hash
    assert len(one.content_hash) == 64 and one.content_hash == content_hash(one.text)
