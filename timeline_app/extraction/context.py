"""What the words around an expression say: tense of the clause, prepositions before it."""

from __future__ import annotations

import re
from functools import cache

from timeline_app.extraction.lexicon import Lexicon

_WINDOW = 160
_SENTENCE_END = re.compile(r"[.!?;:\n](?:\s|$)|\n")


@cache
def cue_patterns(lex: Lexicon) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The compiled future and past cue words of ``lex`` (None where the lexicon has none)."""
    def compile_(cues: str) -> re.Pattern[str] | None:
        return re.compile(rf"(?<!\w)(?:{cues})(?!\w)", re.IGNORECASE) if cues else None

    return compile_(lex.future_cues), compile_(lex.past_cues)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end of the sentence around ``text[start:end]`` (bounded window)."""
    lo = max(0, start - _WINDOW)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        left = m.end()
    hi = min(len(text), end + _WINDOW)
    m2 = _SENTENCE_END.search(text, end, hi)
    right = m2.start() + 1 if m2 else hi
    return left, right


def tense(lex: Lexicon, text: str, start: int, end: int) -> int:
    """+1 when the clause around the expression speaks of the future, -1 of the past, 0 unknown.

    The cue word nearest to the expression decides.
    """
    future, past = cue_patterns(lex)
    left, right = clause_bounds(text, start, end)
    best: tuple[int, int] | None = None
    for pattern, direction in ((future, 1), (past, -1)):
        if pattern is None:
            continue
        for m in pattern.finditer(text, left, right):
            if start <= m.start() < end:
                continue
            distance = start - m.end() if m.end() <= start else m.start() - end
            if best is None or distance < best[0]:
                best = (distance, direction)
    return 0 if best is None else best[1]


_PREV_WORDS = re.compile(r"([^\W\d_]+(?:['’]|\s+))?([^\W\d_]+)['’]?\s*$")


def words_before(text: str, start: int, limit: int = 40) -> tuple[str, str]:
    """The two words just before ``start`` (lower case; empty strings when absent)."""
    chunk = text[max(0, start - limit):start]
    m = _PREV_WORDS.search(chunk)
    if m is None:
        return "", ""
    first = (m.group(1) or "").strip(" '’\t\n").lower()
    return first, m.group(2).lower()


def previous_token(text: str, start: int) -> str:
    """The token right before ``start`` on the same line, punctuation included ("" at a line start)."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    j = i
    while j >= 0 and (text[j].isalnum() or text[j] in "'’-"):
        j -= 1
    return text[j + 1:i + 1] if i >= 0 and j < i else (text[i] if i >= 0 else "")


def next_token(text: str, end: int) -> str:
    """The token right after ``end`` on the same line (punctuation alone counts)."""
    i = end
    n = len(text)
    while i < n and text[i] in " \t":
        i += 1
    j = i
    while j < n and text[j].isalnum():
        j += 1
    return text[i:j] if j > i else text[i:i + 1]
