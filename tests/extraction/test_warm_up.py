"""Grammars compile lazily through the public ``re`` API; ``warm_up`` compiles them ahead of time."""

from __future__ import annotations

import datetime as dt
import re
import threading
from pathlib import Path

import pytest

from timeline_app.extraction import grammar, tag_text, warm_up
from timeline_app.extraction.grammar import GrammarCache
from timeline_app.extraction.tagger import lexicons

EXTRACTION = Path(grammar.__file__).parent


def test_no_shipped_programs_and_no_engine_internals() -> None:
    assert not (EXTRACTION / "regex_cache").exists()
    internals = re.compile(r"\b_sre\b|re\._parser|re\._compiler|sre_compile|sre_parse")
    for path in EXTRACTION.glob("*.py"):
        assert internals.search(path.read_text(encoding="utf-8")) is None, path.name


def test_a_grammar_compiles_once_even_when_threads_race(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = grammar.compile_grammar
    gate = threading.Event()

    def slow_compile(lex):  # type: ignore[no-untyped-def]
        calls.append(lex.code)
        gate.wait(5)
        return real(lex)

    monkeypatch.setattr(grammar, "compile_grammar", slow_compile)
    cache = GrammarCache()
    nl = lexicons()["nl"]
    results: list[object] = []
    threads = [threading.Thread(target=lambda: results.append(cache.get(nl))) for _ in range(3)]
    for thread in threads:
        thread.start()
    gate.set()
    for thread in threads:
        thread.join(10)
    assert calls == ["nl"]
    assert len(results) == 3 and all(r is results[0] for r in results)
    assert cache.get(nl) is results[0]


def test_warm_up_then_tagging_gives_the_same_expressions() -> None:
    text = "Op 3 februari 2022 en vorige week; drie dagen geleden."
    ref = dt.date(2025, 2, 25)
    before = tag_text(text, reference_date=ref, language="nl")
    warm_up(["nl", "xx"])  # an unknown code warms the English rules it falls back to
    warm_up()
    after = tag_text(text, reference_date=ref, language="nl")
    assert [(t.text, t.value) for t in after] == [(t.text, t.value) for t in before]
    assert [t.text for t in after] == ["3 februari 2022", "vorige week", "drie dagen geleden"]


def test_warm_up_runs_in_a_background_thread() -> None:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            warm_up(["de", "fr"])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    found = tag_text("Am 3. März 2021 und gestern.", reference_date=dt.date(2021, 6, 18), language="de")
    thread.join(30)
    assert not errors
    assert [t.value for t in found] == ["2021-03-03", "2021-06-17"]


@pytest.mark.parametrize("code", ["en", "nl", "fr", "de"])
def test_the_compact_number_pattern_matches_every_number_word(code: str) -> None:
    lex = lexicons()[code]
    pattern = re.compile(f"(?:{grammar.number_alternation(lex.numbers)})(?!\\w)")
    assert all(pattern.fullmatch(word) for word in lex.numbers)
    assert len(grammar.number_alternation(lex.numbers)) < len(grammar.alternation(lex.numbers))
