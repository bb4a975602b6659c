"""Rules for decades, centuries, seasons, quarters and half-years."""

from __future__ import annotations

import re

from timeline_app.domain.dates import DateSpan, Precision
from timeline_app.extraction.periods import quarter_of
from timeline_app.extraction.resolve_base import Resolved
from timeline_app.extraction.resolve_dates import DateRules
from timeline_app.extraction.values import key, roman_to_int

_DIGITS = re.compile(r"\d+")
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


class PeriodRules(DateRules):
    """Decades, centuries, seasons, quarters, halves."""

    def _decade(self, g: dict[str, str]) -> Resolved | None:
        text = key(g.get("x_decade") or g.get("x_decw") or "")
        digits = _DIGITS.findall(text)
        first_year: int | None = None
        if digits:
            number = int(digits[0])
            if number >= 1000:
                first_year = number
            elif len(digits[0]) == 2:
                first_year = (1900 if number >= 10 or self.ref is None or self.ref.year < 2000 else 2000) + number
        else:
            decade_words = self.lex.extra.get("decadewords", "")
            index = None
            for word in re.split(r"[\s\-]+", text):
                index = _word_index(decade_words, word)
                if index is not None:
                    break
            if index is not None:
                first_year = 1900 + 10 * (index + 2)
                century = g.get("ord") or g.get("x_cent")
                if century is not None:
                    n = self._ordinal(century)
                    if n is not None:
                        first_year = (n - 1) * 100 + 10 * (index + 2)
        if first_year is None:
            return None
        return self._date_result(f"{first_year // 10:03d}", g.get("part"))

    def _ordinal(self, word: str) -> int | None:
        k = key(word)
        if k in self.lex.ordinals:
            return self.lex.ordinals[k]
        digits = _DIGITS.findall(k)
        if digits:
            return int(digits[0])
        return roman_to_int(re.sub(r"[^ivxIVX]", "", word.split("e")[0] if "e" in word else word))

    def _century(self, g: dict[str, str]) -> Resolved | None:
        n = None
        for name in ("ord", "x_cent", "roman", "x_cnum"):
            if name in g:
                n = self._ordinal(g[name]) if name != "roman" else roman_to_int(g[name])
                break
        if n is None or not 1 <= n <= 22:
            return None
        if "mod" in g and self.ref is not None:
            n = self.ref.year // 100 + 1 + int(self.lex.mods.get(key(g["mod"]), 0))
        return self._date_result(f"{n - 1:02d}", g.get("part"))

    def _season(self, g: dict[str, str]) -> Resolved | None:
        season = self.lex.seasons.get(key(g.get("season", "")))
        if season is None:
            return None
        year = self._year_number(g)
        if year is None and "mod" not in g and "part" not in g and not self._season_word_ok(g):
            return None
        if year is None and "mod" not in g:
            year = self._narrative_year()
        if year is None:
            if self.ref is None:
                value = f"XXXX-{season}"
                return Resolved("DATE", value, DateSpan.unresolved(value, Precision.SEASON, approximate=True))
            year = self._season_year(season, g.get("mod"))
        return self._date_result(f"{year:04d}-{season}", g.get("part"))

    def _season_word_ok(self, g: dict[str, str]) -> bool:
        word = key(g.get("season", ""))
        adjectival = self.lex.extra.get("season_adjectival")
        if adjectival and re.search(adjectival, self.text[max(0, self._start - 30):self._start], re.IGNORECASE):
            return False  # "les Jeux d'hiver", "les sports d'hiver": a kind, not a time
        return self._bare_word_ok(word)

    def _season_year(self, season: str, mod: str | None) -> int:
        assert self.ref is not None
        ref = self.ref
        first = _SEASON_START[season]
        # the season that contains ref, by start month (winter starts in December)
        current_year = ref.year - 1 if ref.month < 3 else ref.year
        current = {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA"}.get(ref.month, "WI")
        offset = int(self.lex.mods.get(key(mod), 0)) if mod else None
        this_year = current_year if season == "WI" and ref.month < 3 else ref.year
        if season == current:
            base = current_year
            return base + (offset or 0)
        started = first < ref.month or (season == "WI" and ref.month < 3)
        past, future = (this_year, this_year + 1) if started else (this_year - 1, this_year)
        if offset is not None:
            return past if offset < 0 else future if offset > 0 else this_year
        tense = self._tense()
        if tense > 0:
            return future
        if tense < 0:
            return past
        return this_year

    def _period_year(self, index: int, per_year: int, g: dict[str, str]) -> int | None:
        """The year of the quarter/half ``index`` when the text gives none."""
        year = self._year_number(g)
        if year is not None:
            return year
        rely = g.get("rely") or g.get("mod")
        if self.ref is None:
            return None
        if rely is not None:
            words = key(rely).split()
            offset = self.lex.mods.get(words[0]) if words else None
            return self.ref.year + int(offset or 0)
        current = quarter_of(self.ref) if per_year == 4 else (1 if self.ref.month <= 6 else 2)
        tense = self._tense()
        if index > current:
            return self.ref.year if tense > 0 else self.ref.year - 1
        if index < current and tense > 0 and self._strong_future():
            return self.ref.year + 1
        return self.ref.year

    def _strong_future(self) -> bool:
        cues = self.lex.extra.get("strongfuture")
        if not cues:
            return False
        lo = max(0, self._start - 40)
        return re.search(rf"(?<!\w)(?:{cues})(?!\w)", self.text[lo:self._start], re.IGNORECASE) is not None

    def _quarter(self, g: dict[str, str]) -> Resolved | None:
        index = None
        if "x_q" in g:
            index = int(g["x_q"])
        elif "ord" in g:
            index = self._ordinal(g["ord"])
            if index == 99:
                index = 4
        if index is None or not 1 <= index <= 4:
            return None
        year = self._period_year(index, 4, g)
        if year is None:
            value = f"XXXX-Q{index}"
            return Resolved("DATE", value, DateSpan.unresolved(value, Precision.QUARTER))
        return self._date_result(f"{year:04d}-Q{index}", None)

    def _half(self, g: dict[str, str]) -> Resolved | None:
        index = int(g["x_h"]) if "x_h" in g else (self._ordinal(g["ord"]) if "ord" in g else None)
        if index == 99:
            index = 2
        if index is None or not 1 <= index <= 2:
            return None
        if "decade" in g:
            decade = self._decade(g)
            if decade is None or decade.span is None:
                return None
            from timeline_app.extraction.periods import narrow

            return Resolved("DATE", decade.value, narrow(decade.span, "B" if index == 1 else "E"))
        year = self._period_year(index, 2, g)
        if year is None:
            value = f"XXXX-H{index}"
            return Resolved("DATE", value, DateSpan.unresolved(value, Precision.HALF_YEAR))
        return self._date_result(f"{year:04d}-H{index}", None)


def _word_index(alternation_text: str, word: str) -> int | None:
    """Position of ``word`` among the ``|``-separated groups of ``alternation_text`` (twenties=0)."""
    for index, group in enumerate(alternation_text.split(";")):
        if any(alt and word.startswith(alt) for alt in group.split("|")):
            return index
    return None
