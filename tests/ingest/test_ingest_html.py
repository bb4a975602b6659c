"""Saved web pages: main text without boilerplate, metadata, safe reader HTML, dates never guessed."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from timeline_app.ingest import ArticleDraft, IngestError, read_article

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
GRENSBODE = SAMPLES / "03-nl-grensbode-waterinbraak-2022.html"

PARAGRAPHS = "".join(
    f"<p>{text}</p>"
    for text in (
        "The tunnel company said on Thursday that boring would resume within a month, after engineers sealed "
        "the fractured limestone with cement injections along a stretch of two hundred metres.",
        "Residents of the three villages above the tunnel remain worried about their wells, which have been "
        "dropping since the flooding, and asked for independent measurements every week.",
        "The company has promised to publish all groundwater data online and to pay for water deliveries to "
        "farms whose wells have run dry while the investigation continues.",
    )
)


@pytest.fixture(scope="module")
def grensbode() -> ArticleDraft:
    return read_article(GRENSBODE)


def _page(tmp_path: Path, head: str, article: str, *, name: str = "page.html", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    markup = f"<!DOCTYPE html><html><head>{head}</head><body><article>{article}</article></body></html>"
    path.write_bytes(markup.encode(encoding))
    return path


def test_boilerplate_is_left_out(grensbode: ArticleDraft) -> None:
    for noise in (
        "cookies",
        "Alle cookies accepteren",
        "nieuwsbrief",
        "Mis niks uit de regio",
        "03:00",
        "Gladheid op de A76",
        "Meest gelezen",
        "Boormachine Griet begint aan reis",
        "Alle rechten voorbehouden",
        "© 2025",
        "Puzzels",
        "dataLayer",
        "Deel op sociale media",
    ):
        assert noise not in grensbode.text, noise
        assert noise not in (grensbode.html or ""), noise


def test_main_text_and_headings_are_kept(grensbode: ArticleDraft) -> None:
    paragraphs = grensbode.text.split("\n\n")
    assert paragraphs[0].startswith("Bij de bouw van de Drielandentunnel onder Heuvelrade is gisteren grondwater")
    assert "Zorgen over waterputten" in paragraphs
    assert "Onderzoek naar oorzaak" in paragraphs
    assert any(
        p.startswith("Volgens het tunnelconsortium TriRail ontstond het lek op donderdag 3 februari 2022")
        for p in paragraphs
    )
    assert paragraphs[-1].endswith("Vorige maand meldde TriRail nog dat het project op schema lag.")
    assert not grensbode.text.startswith(grensbode.title)
    assert "**" not in grensbode.text


def test_metadata_is_extracted(grensbode: ArticleDraft) -> None:
    assert grensbode.title == "Waterinbraak in Drielandentunnel: bouw ligt stil"
    assert grensbode.author == "Mieke Dorren"
    assert grensbode.source_name == "De Grensbode"
    assert (
        grensbode.url == "https://www.degrensbode.example/regio/heuvelrade/waterinbraak-drielandentunnel-bouw-ligt-stil"
    )
    assert grensbode.published == datetime.date(2022, 2, 4)
    assert grensbode.language == "nl"
    assert grensbode.format == "html"


def test_reader_html_is_safe(grensbode: ArticleDraft) -> None:
    html = grensbode.html or ""
    assert "<h2>Zorgen over waterputten</h2>" in html
    assert "<strong>Bij de bouw" in html
    for forbidden in ("<script", "<style", "<iframe", "<img", "<form", "onclick", "onerror", "src=", "cdn.degrensbode"):
        assert forbidden not in html.lower(), forbidden


def test_hostile_markup_inside_the_article_is_neutralized(tmp_path: Path) -> None:
    article = (
        "<h1>Tunnel news</h1>"
        '<p onclick="steal()">The company gave details in a statement; <a href="javascript:alert(1)">here</a> is '
        "the part that matters for residents of the villages, and the full text is available "
        '<a href="https://example.org/more" onmouseover="x()">on its website</a> in three languages.</p>'
        "<script>document.write('evil')</script><style>p{color:red}</style>"
        '<iframe src="https://tracker.example/frame"></iframe>'
        '<img src="https://tracker.example/pixel.gif" alt="pixel">'
        '<svg onload="boom()"><circle r="3"/></svg>' + PARAGRAPHS
    )
    draft = read_article(_page(tmp_path, "<title>Tunnel news</title>", article))
    html = (draft.html or "").lower()
    for forbidden in (
        "<script",
        "<style",
        "<iframe",
        "<img",
        "<svg",
        "javascript:",
        "onclick",
        "onmouseover",
        "onload",
        "tracker.example",
        "evil",
    ):
        assert forbidden not in html, forbidden
    assert '<a href="https://example.org/more"' in html
    assert "tunnel news" not in html  # the headline is shown apart, not repeated
    assert draft.title == "Tunnel news"
    assert "evil" not in draft.text


def test_no_date_in_the_page_means_unknown_not_today(tmp_path: Path) -> None:
    footer = "<footer><p>© 2025 Example Media</p><ul><li>03:00 Storm nadert</li></ul></footer>"
    path = tmp_path / "undated.html"
    path.write_text(
        f"<html lang='en'><head><title>Undated</title></head><body><article>{PARAGRAPHS}</article>{footer}</body></html>",
        encoding="utf-8",
    )
    draft = read_article(path)
    assert draft.published is None
    assert draft.published != datetime.date.today()


def test_future_dates_are_refused(tmp_path: Path) -> None:
    head = '<meta property="article:published_time" content="2999-01-01T10:00:00Z"><title>Future</title>'
    assert read_article(_page(tmp_path, head, PARAGRAPHS)).published is None


def test_htmldate_finds_a_date_in_markup(tmp_path: Path) -> None:
    article = '<p class="date"><time datetime="2023-06-27">27 juni 2023</time></p>' + PARAGRAPHS
    assert read_article(_page(tmp_path, "<title>Dated</title>", article)).published == datetime.date(2023, 6, 27)


def test_meta_charset_is_honoured(tmp_path: Path) -> None:
    head = '<meta charset="windows-1252"><title>Prijs</title>'
    article = "<p>Het kost € 5 per café-bezoek in België.</p>" + PARAGRAPHS
    draft = read_article(_page(tmp_path, head, article, encoding="cp1252"))
    assert "Het kost € 5 per café-bezoek in België." in draft.text


def test_language_falls_back_to_detection(tmp_path: Path) -> None:
    draft = read_article(_page(tmp_path, "<title>Tunnel</title>", PARAGRAPHS, name="nolang.htm"))
    assert (draft.language, draft.format) == ("en", "html")


def test_page_without_content(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text(
        "<html><head><title>x</title><script>var a=1;</script></head><body></body></html>", encoding="utf-8"
    )
    with pytest.raises(IngestError, match="no article text"):
        read_article(path)


def test_lists_quotes_and_tables_become_paragraphs(tmp_path: Path) -> None:
    article = (
        PARAGRAPHS
        + "<ul><li>Heuvelrade: 40 dry wells</li><li>Lindenau: 23 dry wells</li></ul>"
        + "<blockquote><p>We have waited long enough for this decision.</p></blockquote>"
        + "<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2014</td><td>1.9 bn</td></tr></table>"
    )
    draft = read_article(_page(tmp_path, "<title>Wells</title>", article))
    paragraphs = draft.text.split("\n\n")
    for expected in (
        "Heuvelrade: 40 dry wells",
        "Lindenau: 23 dry wells",
        "We have waited long enough for this decision.",
        "Year | Cost",
        "2014 | 1.9 bn",
    ):
        assert expected in paragraphs, expected
    html = draft.html or ""
    assert "<li>Heuvelrade: 40 dry wells</li>" in html
    assert "<blockquote>" in html and "<td>2014</td>" in html
