"""The compiled-grammar cache: shipped programs are current, loading is fast and never changes matching."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline_app.extraction import regex_cache
from timeline_app.extraction.grammar import fold_case, grammar_source
from timeline_app.extraction.regex_cache import SHIPPED_DIR, cache_key, compile_cached, write_shipped
from timeline_app.extraction.tagger import lexicons


@pytest.mark.parametrize("code", ["en", "nl", "fr", "de"])
def test_shipped_program_exists_for_every_grammar(code: str) -> None:
    """Run ``python -m timeline_app.extraction.regex_cache`` after changing a lexicon."""
    source = grammar_source(lexicons()[code])
    assert (SHIPPED_DIR / f"{cache_key(source)}.json").is_file()


def test_cached_pattern_matches_like_a_compiled_one() -> None:
    source = grammar_source(lexicons()["nl"])
    cached = compile_cached(source)
    plain = re.compile(source)
    text = fold_case("Op 3 februari 2022, vorige week en over twee weken; Drie dagen geleden.")
    for start in range(len(text)):
        a, b = cached.match(text, start), plain.match(text, start)
        assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup))


def test_a_written_program_loads_back(tmp_path: Path) -> None:
    source = grammar_source(lexicons()["de"])
    write_shipped({"de": (source, 0)}, tmp_path)
    loaded = regex_cache._load(tmp_path / f"{cache_key(source)}.json", source)
    assert loaded is not None and loaded.groupindex == re.compile(source).groupindex


def test_corrupt_or_foreign_programs_fall_back_to_compiling(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_cache, "SHIPPED_DIR", tmp_path)
    pattern = r"(?P<a>\d+)-(?P<b>[a-z]+)"
    assert compile_cached(pattern).match("12-ab") is not None  # nothing shipped: plain compile
    assert list(tmp_path.iterdir()) == []  # nothing is written at run time
    shipped = tmp_path / f"{cache_key(pattern)}.json"
    write_shipped({"p": (pattern, 0)}, tmp_path)
    assert compile_cached(pattern).match("12-ab").group("b") == "ab"  # type: ignore[union-attr]
    shipped.write_text('{"pattern_sha256": "x", "code": [1, 2, 3]}', encoding="utf-8")
    assert compile_cached(pattern).match("12-ab").group("b") == "ab"  # type: ignore[union-attr]
    shipped.write_text("not json", encoding="utf-8")
    assert compile_cached(pattern).match("12-ab") is not None
