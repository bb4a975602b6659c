"""The sample articles in resources/samples: all readable, dated, in the right language."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from timeline_app.extraction.language import detect_language
from timeline_app.ingest import ArticleDraft, discover_files, read_article

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"

EXPECTED: dict[str, tuple[str, datetime.date, str]] = {
    "01-en-treaty-signed-2014.txt": ("en", datetime.date(2014, 3, 14), "txt"),
    "02-en-boring-starts-2019.md": ("en", datetime.date(2019, 10, 8), "md"),
    "03-nl-grensbode-waterinbraak-2022.html": ("nl", datetime.date(2022, 2, 4), "html"),
    "04-de-anwohner-klagen-2022.txt": ("de", datetime.date(2022, 6, 20), "txt"),
    "05-fr-depassement-budget-2022.md": ("fr", datetime.date(2022, 12, 17), "md"),
    "06-nl-putten-droog-2023.docx": ("nl", datetime.date(2023, 6, 28), "docx"),
    "07-en-arbitration-filed-2023.txt": ("en", datetime.date(2023, 9, 12), "txt"),
    "08-de-gericht-stoppt-pumpen-2024.md": ("de", datetime.date(2024, 3, 22), "md"),
    "09-nl-ministers-schadefonds-2024.md": ("nl", datetime.date(2024, 11, 29), "md"),
    "10-fr-sentence-arbitrale-2025.txt": ("fr", datetime.date(2025, 2, 14), "txt"),
}


@pytest.fixture(scope="module")
def drafts() -> dict[str, ArticleDraft]:
    return {path.name: read_article(path) for path in discover_files([SAMPLES]) if isinstance(path, Path)}


def test_every_sample_is_discovered_and_listed(drafts: dict[str, ArticleDraft]) -> None:
    assert sorted(drafts) == sorted(EXPECTED)
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in readme for name in EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_metadata(drafts: dict[str, ArticleDraft], name: str) -> None:
    language, published, fmt = EXPECTED[name]
    draft = drafts[name]
    assert draft.language == language
    assert draft.published == published
    assert draft.published != datetime.date.today()
    assert draft.format == fmt
    assert draft.source_name and draft.author and draft.title
    assert not draft.text.startswith(draft.title)
    assert 280 <= len(draft.text.split()) <= 650


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_language_is_detectable_from_the_text_alone(drafts: dict[str, ArticleDraft], name: str) -> None:
    assert detect_language(drafts[name].text) == EXPECTED[name][0]


def test_samples_have_distinct_hashes(drafts: dict[str, ArticleDraft]) -> None:
    assert len({draft.content_hash for draft in drafts.values()}) == len(EXPECTED)


def test_samples_contain_the_date_kinds_the_extractor_must_handle(drafts: dict[str, ArticleDraft]) -> None:
    text = "\n".join(draft.text for draft in drafts.values())
    for phrase in (
        "3 februari 2022",
        "in juni 2023",
        "in 2014",
        "gisteren",
        "later deze week",
        "vorige maand",
        "la semaine dernière",
        "letzte Woche",
        "onlangs",
        "begin jaren negentig",
        "binnenkort",
        "récemment",
    ):
        assert phrase.casefold() in text.casefold(), phrase
    geneva = drafts["09-nl-ministers-schadefonds-2024.md"].text.split("\n\n")
    heading = geneva.index("Overleg in Genève")
    assert geneva[heading + 1].startswith("De ministers spraken onlangs al in Genève af")
