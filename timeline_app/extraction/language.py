"""Language identification for article text (nl, en, fr, de first; others by ISO code)."""

from __future__ import annotations

import re
import threading
from functools import cache
from typing import Any

SUPPORTED_LANGUAGES: tuple[str, ...] = ("nl", "en", "fr", "de")

# Text beyond this many characters rarely changes the verdict, only the cost.
_SAMPLE_CHARS = 1500
_LETTERS = re.compile(r"[^\W\d_]")
_lock = threading.Lock()


@cache
def _identifier() -> Any:
    """Load py3langid's model once per process (it takes a fraction of a second)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, *, default: str | None = None) -> str | None:
    """Return the ISO 639-1 code of ``text``'s language, or ``default`` when unsure.

    Uses py3langid (a naive-Bayes classifier over byte n-grams, fast and offline). Short or
    non-linguistic text (numbers, a handful of letters) gives ``default``.
    """
    sample = text[:_SAMPLE_CHARS]
    if len(_LETTERS.findall(sample)) < 12:
        return default
    with _lock:
        ranking = _identifier().rank(sample)
    code, confidence = ranking[0]
    if code in SUPPORTED_LANGUAGES:
        # A newsroom language at the top is believed at a lower confidence than an
        # exotic one: short English sentences rarely reach 0.5 against Pidgin & co.
        return str(code) if confidence >= 0.2 else default
    if confidence >= 0.8:
        return str(code)
    supported = [(c, p) for c, p in ranking if c in SUPPORTED_LANGUAGES]
    if supported and supported[0][1] >= 0.2:
        return str(supported[0][0])
    return default
