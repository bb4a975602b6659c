"""Extraction work grows linearly with the text (issue 16, item 1).

Work is counted, not timed: every Python and C function call that :func:`extract_events` makes
(``sys.setprofile``), which is deterministic for the same input. Doubling the input may at most
about double the work (≤ 2.2×); the repro of the issue (a 10 KB paragraph that took 99 s to
import) is one of the inputs.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.extraction import extract_events

REF = dt.date(2024, 1, 1)
MAX_RATIO = 2.2
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _work(text: str, language: str) -> int:
    calls = 0

    def count(_frame: object, event: str, _arg: object) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        extract_events(text, reference_date=REF, language=language)
    finally:
        sys.setprofile(None)
    return calls


def _ratio(unit: str, copies: int, language: str, head: str = "T\n\n") -> float:
    extract_events(head + unit, reference_date=REF, language=language)  # warm the caches
    single = _work(head + unit * copies, language)
    double = _work(head + unit * (2 * copies), language)
    return double / single


def test_the_issue_repro_is_linear_and_fast() -> None:
    # python3 -c "print('T\n\n'+'Op 7 juli 2023 viel het kabinet, '*300)": 99 s before the fix.
    assert _ratio("Op 7 juli 2023 viel het kabinet, ", 300, "nl") <= MAX_RATIO
    (event,) = extract_events("T\n\n" + "Op 7 juli 2023 viel het kabinet, " * 300, reference_date=REF, language="nl")
    assert event.span.value == "2023-07-07"


def test_one_long_line_without_sentence_marks_is_linear() -> None:
    unit = "het kabinet viel op 7 juli 2023 en de minister trad af in maart 2024 terwijl de raad vergaderde "
    assert _ratio(unit, 60, "nl", head="") <= MAX_RATIO


def test_ordinary_prose_as_one_paragraph_and_as_many_is_linear() -> None:
    body = (SAMPLES / "01-en-treaty-signed-2014.txt").read_text(encoding="utf-8")
    flat = " ".join(body.split()) + " "
    assert _ratio(flat, 4, "en") <= MAX_RATIO
    assert _ratio(body + "\n\n", 4, "en") <= MAX_RATIO


def test_distinct_dates_in_one_paragraph_are_linear() -> None:
    # Every repetition names other days, so nothing folds into one event.
    unit = "".join(f"Op {d} maart 2023 stemde de raad over punt {d}. " for d in range(1, 29))
    units = "".join(unit.replace("2023", str(2000 + n)) for n in range(4))
    extract_events(units, reference_date=REF, language="nl")
    single = _work(units, "nl")
    double = _work(units + units.replace("maart", "april"), "nl")
    assert double / single <= MAX_RATIO


_FRAGMENTS = st.sampled_from(
    [
        "Op 3 februari 2022 ", "gisteren ", "in 2014 ", "the summer of 2018 ", "le 13 février 2025 ",
        "am 21. März 2024 ", "de raad ", "viel ", "het kabinet ", "said ", "Poetin ", "Riyad ", ", ", ". ",
        "; ", "\n", "\n\n", "Foto: ANP / 2021 ", "« citation » ", "“quote” ", "(Photo Reuters) ", "onlangs ",
    ]
)


@settings(max_examples=12, deadline=None)
@given(st.lists(_FRAGMENTS, min_size=6, max_size=30), st.sampled_from(["nl", "en", "fr", "de"]))
def test_doubling_any_text_at_most_doubles_the_work(fragments: list[str], language: str) -> None:
    # The text is doubled as a second paragraph, so that run-on sentences are cut at the same
    # places in both copies (repeating a unit inside one run-on line shifts those cuts).
    text = "".join(fragments) * max(1, 3000 // len("".join(fragments)))
    extract_events(text, reference_date=REF, language=language)
    single = _work(text, language)
    double = _work(text + "\n\n" + text, language)
    assert double / single <= MAX_RATIO


_WORDS = st.sampled_from(
    [
        "de", "het", "die", "der", "das", "the", "la", "les", "qui", "que", "dat", "dass", "which", "en", "und", "and",
        "et", ",", ".", ";", ":", "«", "»", "\"", "(", ")", "hatte", "heeft", "was", "a", "ont", "sagte", "zei",
        "said", "Poetin", "Riyad", "Marco Rubio", "gesprochen", "verklaarde", "van", "von", "of", "de", "in", "op",
        "am", "3 februari 2022", "gisteren", "am Dienstag", "on Tuesday", "le 24 février", "Dat", "Das", "Il", "Hij",
        "eerder", "heute", "voor 2014", "'s", "%", "€", "RIYADH (Reuters) -",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=40), st.sampled_from(["nl", "en", "fr", "de"]))
def test_headlines_never_fail_on_word_salad(words: list[str], language: str) -> None:
    text = " ".join(words)
    for event in extract_events(text, reference_date=REF, language=language):
        assert len(event.headline) <= 90
        assert not event.headline.endswith("…")
