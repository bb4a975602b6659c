"""The tagger never fails, stays linear on hostile input and depends on nothing but its arguments."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.extraction import Timex, tag_text

PACKAGE = Path(__file__).resolve().parents[2] / "timeline_app" / "extraction"
WORDS = ["3", "februari", "2022", "16/12", "maandag", "vorige", "week", "the", "1990s", "fin", "mars", "Uhr", "14.00",
         "uur", "'22", "mid-", "jaren", "negentig", "vor", "drei", "Tagen", "il", "y", "a", "ago", "every", "Q3", "XIXe"]


def _check(text: str, found: list[Timex]) -> None:
    previous_end = 0
    for timex in found:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start:timex.end] == timex.text
        assert timex.start >= previous_end
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        assert timex.value
        previous_end = timex.end


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(max_size=300),
    language=st.sampled_from([None, "nl", "en", "fr", "de", "xx"]),
    reference=st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))),
)
def test_never_raises_on_arbitrary_text(text: str, language: str | None, reference: dt.date | None) -> None:
    _check(text, tag_text(text, reference_date=reference, language=language))


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), max_size=40),
    language=st.sampled_from(["nl", "en", "fr", "de"]),
    reference=st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))),
)
def test_never_raises_on_temporal_word_salad(words: list[str], language: str, reference: dt.date | None) -> None:
    text = " ".join(words)
    _check(text, tag_text(text, reference_date=reference, language=language))


def test_long_digit_runs_and_megabyte_texts_complete() -> None:
    digits = "1" * 100_000
    assert tag_text(digits, reference_date=dt.date(2020, 1, 1), language="nl") == []
    spaced = "12 " * 30_000
    _check(spaced, tag_text(spaced, reference_date=dt.date(2020, 1, 1), language="de"))
    article = "Op 3 februari 2022 staakten de buschauffeurs, vorige week opnieuw. " * 15_000  # ~1 MB
    found = tag_text(article, reference_date=dt.date(2022, 2, 10), language="nl")
    assert len(found) == 30_000
    assert found[-1].value == "2022-W05"


def test_without_reference_date_relative_values_stay_unresolved() -> None:
    found = tag_text("Gisteren en vorige week, in juni 2023.", reference_date=None, language="nl")
    by_text = {t.text: t for t in found}
    assert by_text["Gisteren"].value == "XXXX-XX-XX"
    assert by_text["vorige week"].value == "XXXX-WXX"
    gisteren = by_text["Gisteren"].span
    assert gisteren is not None and not gisteren.is_resolved
    assert by_text["juni 2023"].value == "2023-06"


def test_language_is_detected_when_not_given() -> None:
    text = "Le conseil municipal s'est réuni le mois dernier pour discuter du budget de la ville."
    found = tag_text(text, reference_date=dt.date(2024, 5, 2), language=None)
    assert [(t.text, t.value) for t in found] == [("le mois dernier", "2024-04")]


def test_no_qt_and_no_clock_in_the_tagger() -> None:
    for path in PACKAGE.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "PySide6" not in source, path
        assert "date.today" not in source and "datetime.now" not in source and ".now()" not in source, path
    probe = "import sys, timeline_app.extraction as e; e.tag_text('x 2014', reference_date=None, language='en'); " \
        "print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
