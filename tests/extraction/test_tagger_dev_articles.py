"""Our German, Dutch and French development articles (reporting and narrative paragraphs, TIMEX3 gold):
the gold is well formed, and the tagger keeps a floor on them (figures in tests/data/tagger/SCORES.md)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from timeline_app.extraction import tag_text

DATA = Path(__file__).resolve().parents[1] / "data" / "tagger"
FILES = ["de-articles.jsonl", "nl-articles.jsonl", "fr-articles.jsonl"]


def _docs(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.mark.parametrize("name", FILES)
def test_gold_is_well_formed(name: str) -> None:
    docs = _docs(name)
    for doc in docs:
        previous_end = -1
        for gold in doc["timexes"]:
            assert doc["text"][gold["start"]:gold["end"]] == gold["text"]
            assert gold["type"] in ("DATE", "TIME", "DURATION", "SET")
            assert gold["start"] >= previous_end, gold  # in order, not nested
            previous_end = gold["end"]
    if name.startswith("de"):
        assert len(docs) >= 15


@pytest.mark.parametrize("name", FILES)
def test_the_tagger_finds_and_values_most_expressions(name: str) -> None:
    gold_count = found = valued = 0
    for doc in _docs(name):
        tagged = tag_text(doc["text"], reference_date=dt.date.fromisoformat(doc["dct"]), language=doc["lang"])
        by_span = {(t.start, t.end): t for t in tagged}
        for gold in doc["timexes"]:
            gold_count += 1
            timex = by_span.get((gold["start"], gold["end"]))
            found += timex is not None
            valued += timex is not None and timex.value == gold["value"]
    assert found / gold_count >= 0.9
    assert valued / gold_count >= 0.8
