"""The vocabulary of one language's temporal expressions, as plain data.

A :class:`Lexicon` maps words to meanings (``"februari" -> 2``, ``"vorige" -> -1``) and lists
the rule templates of the language. :mod:`timeline_app.extraction.grammar` turns both into one
compiled pattern per language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

# Unit codes used across the package.
YEAR, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND = "Y", "M", "W", "D", "H", "MIN", "S"
DECADE, CENTURY, QUARTER, HALF, WEEKEND, FORTNIGHT = "DE", "CE", "Q", "HY", "WE", "FN"

# Direction words for relative expressions.
PREVIOUS, THIS, NEXT = -1, 0, 1


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Words and rule templates of one language (all keys lower case, single spaces)."""

    code: str
    months: Mapping[str, int]
    month_abbr: Mapping[str, int]
    weekdays: Mapping[str, int]  # 0 = Monday
    numbers: Mapping[str, float]
    ordinals: Mapping[str, int]
    units: Mapping[str, str]
    seasons: Mapping[str, str]  # -> SP/SU/FA/WI
    dayparts: Mapping[str, str]  # -> MO/AF/EV/NI, or HH:MM for noon/midnight
    parts: Mapping[str, str]  # -> B (begin) / M (middle) / E (end)
    rel_days: Mapping[str, int]  # yesterday -> -1
    rel_dayparts: Mapping[str, tuple[int, str]]  # tonight -> (0, "NI")
    mods: Mapping[str, int]  # last -> -1, this -> 0, next -> +1
    vague: Mapping[str, str]  # recently -> PAST_REF
    quantities: Mapping[str, str]  # several -> "X"
    qualifiers: Mapping[str, str]  # since -> "since" (Qualifier values)
    templates: tuple[tuple[str, str], ...]  # (rule kind, regex template)
    day_suffix: str = ""  # regex after a day-of-month number ("st|nd|rd|th")
    future_cues: str = ""  # regex of words that put a clause in the future
    past_cues: str = ""  # regex of words that put a clause in the past
    ambiguous: Mapping[str, frozenset[str]] = field(default_factory=dict)  # word -> allowed previous words
    function_words: frozenset[str] = frozenset()  # words that may precede a month without being a name
    extra: Mapping[str, str] = field(default_factory=dict)  # named extra alternations for templates

    def vocabulary(self) -> frozenset[str]:
        """Every word that may begin an entry of the lexicon (where an expression may start)."""
        words: set[str] = set()
        tables: Iterable[Iterable[str]] = (
            self.months, self.month_abbr, self.weekdays, self.numbers, self.ordinals, self.units,
            self.seasons, self.dayparts, self.parts, self.rel_days, self.rel_dayparts, self.mods,
            self.vague, self.quantities,
        )
        for table in tables:
            for key in table:
                words.update(_words(key)[:1])
        return frozenset(words)


def _words(phrase: str) -> list[str]:
    out: list[str] = []
    word = []
    for ch in phrase.lower():
        if ch.isalnum():
            word.append(ch)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return out


def compose_numbers(
    units: Mapping[str, int], tens: Mapping[str, int], joiner: str, *, units_first: bool, glue: Mapping[int, str] | None = None
) -> dict[str, int]:
    """Number words 1..99 from unit and tens words (e.g. "drie" + "ën" + "twintig")."""
    out: dict[str, int] = dict(units)
    out.update(tens)
    for tw, tv in tens.items():
        for uw, uv in units.items():
            if not 1 <= uv <= 9:
                continue
            if units_first:
                sep = glue.get(uv, joiner) if glue else joiner
                out[f"{uw}{sep}{tw}"] = tv + uv
            else:
                out[f"{tw}{joiner}{uw}"] = tv + uv
    return out


def after(*words: str) -> str:
    """A zero-width check that the text before is one of ``words`` plus a space ("om 8 uur")."""
    checks = []
    for word in words:
        for variant in {word, word.capitalize()}:
            checks.append(f"(?<=(?<!\\w){variant} )")
    return "(?:" + "|".join(checks) + ")"
