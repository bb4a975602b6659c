"""Our own news articles (one per language), annotated like the corpora: every expression is found."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from timeline_app.domain.dates import Precision, Qualifier
from timeline_app.extraction import Timex, tag_text

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "tagger" / "articles.jsonl"


def _articles() -> list[dict[str, Any]]:
    with ARTICLES.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _tag(doc: dict[str, Any]) -> list[Timex]:
    return tag_text(doc["text"], reference_date=dt.date.fromisoformat(doc["dct"]), language=doc["lang"])


@pytest.mark.parametrize("doc", _articles(), ids=lambda d: d["id"])
def test_every_expected_expression_is_found(doc: dict[str, Any]) -> None:
    found = {(t.start, t.end): t for t in _tag(doc)}
    for gold in doc["timexes"]:
        assert doc["text"][gold["start"]:gold["end"]] == gold["text"]
        timex = found.get((gold["start"], gold["end"]))
        assert timex is not None, f"missed {gold['text']!r}"
        assert (timex.type, timex.value) == (gold["type"], gold["value"]), gold["text"]


@pytest.mark.parametrize("doc", _articles(), ids=lambda d: d["id"])
def test_articles_cover_the_constructs(doc: dict[str, Any]) -> None:
    types = {t["type"] for t in doc["timexes"]}
    values = [t["value"] for t in doc["timexes"]]
    assert types == {"DATE", "TIME", "DURATION", "SET"}
    assert {"PAST_REF", "PRESENT_REF", "FUTURE_REF"} <= set(values)
    assert any(len(v) == 3 and v.isdigit() for v in values)  # a decade
    assert any(len(v) == 2 and v.isdigit() for v in values)  # a century
    assert any("-Q" in v for v in values) and any("-W" in v for v in values)
    assert 180 <= len(doc["text"].split()) <= 320


def _by_text(doc: dict[str, Any], text: str) -> Timex:
    return next(t for t in _tag(doc) if t.text == text)


def test_spans_keep_precision_qualifiers_and_parts() -> None:
    nl = next(d for d in _articles() if d["lang"] == "nl")
    year = _by_text(nl, "medio 2024")
    assert year.span is not None and year.span.precision is Precision.YEAR and year.span.approximate
    assert year.span.start is not None and year.span.start > dt.datetime(2024, 4, 1)
    begin = _by_text(nl, "begin maart")
    assert begin.value == "2025-03" and begin.span is not None and begin.span.approximate
    assert begin.span.end is not None and begin.span.end <= dt.datetime(2025, 3, 12)
    spans = [t.span for t in _tag(nl) if t.text == "2014"]
    qualifiers = [s.qualifier for s in spans if s is not None]
    assert qualifiers == [Qualifier.SINCE, Qualifier.BETWEEN, Qualifier.BEFORE]
    plain = _by_text(nl, "juni 2023")
    assert plain.span is not None and plain.span.qualifier is None and plain.span.precision is Precision.MONTH
    assert _by_text(nl, "vier jaar").span is None
