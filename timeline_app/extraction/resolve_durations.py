"""Rules for durations, sets and vague references."""

from __future__ import annotations

import re

from timeline_app.domain.dates import DateSpan
from timeline_app.extraction import context
from timeline_app.extraction.lexicon import HALF, YEAR
from timeline_app.extraction.resolve_base import Resolved
from timeline_app.extraction.resolve_units import UnitRules
from timeline_app.extraction.values import duration_value, key

_DIGITS = re.compile(r"\d+")


class DurationRules(UnitRules):
    """Durations ("drei Jahre", "des mois"), sets ("every Monday", "tous les ans") and vague references."""

    def _duration(self, g: dict[str, str]) -> Resolved | None:
        unit = self._unit(g)
        if "x_fixeddur" in g:
            value = self.lex.extra.get("fixeddur:" + key(g["x_fixeddur"]))
            return None if value is None else Resolved("DURATION", value, None)
        if unit is None and "x_durword" in g:
            word = key(g["x_durword"])
            unit = next((u for w, u in self.lex.units.items() if word.startswith(w)), None)
            if unit is None:
                return None
            return Resolved("DURATION", duration_value(None, unit), None)
        found, amount = self._amount(g)
        if unit is None or self._fraction(g) or (unit == YEAR and self._age(g)):
            return None
        if not found:
            amount = None
        kind = "SET" if amount == 1 and self._rate() else "DURATION"
        return Resolved(kind, duration_value(amount, unit), None)

    def _compound(self, g: dict[str, str]) -> Resolved | None:
        """A duration adjective: "twaalfurige vlucht", "3-daagse", "dreijährige Haft" (the lexicon's ``compound:``
        suffixes); a capitalized German noun is a person ("der 52-Jährige")."""
        suffix = key(g.get("cunit", ""))
        unit = self.lex.extra.get("compound:" + suffix)
        matched = self.text[self._start:self._end]
        if unit is None or (self.lex.code == "de" and any(ch.isupper() for ch in matched[1:])):
            return None
        digits = _DIGITS.match(matched)
        amount = float(digits.group()) if digits else self._number(g.get("numw"))
        if amount is None or (unit == YEAR and self._age(g)):
            return None
        return Resolved("DURATION", duration_value(amount, unit), None)

    def _age(self, g: dict[str, str]) -> bool:
        """A person's age is no duration: "une fillette de 6 ans", "Alain Parmentier, 53 ans,", "55 jaar oud",
        "im Alter von 55 Jahren" (the lexicon's ``age_before`` / ``age_after`` words; an apposition between
        commas or in brackets in every language)."""
        matched = self.text[self._start:self._end]
        number = matched.find(g["num"]) if "num" in g else -1
        head = self.text[max(0, self._start - 40):self._start] + (matched[:number] if number > 0 else "")
        tail = self.text[self._end:self._end + 12]
        if re.search(r"[,(]\s*$", head) and re.match(r"\s*[,)]", tail):
            return True
        before, after = self.lex.extra.get("age_before"), self.lex.extra.get("age_after")
        return bool((before and re.search(rf"(?<!\w)(?:{before})\s*$", head, re.IGNORECASE))
                    or (after and re.match(rf"\s*(?:{after})(?!\w)", tail, re.IGNORECASE)))

    def _rate(self) -> bool:
        """ "a year" after an amount is a rate, a SET: "$2 million a year", "four flights a week", "15 a year".

        The lexicon gives the distributive articles (``extra["rate_article"]``) and the scale words;
        the amount is a number right before, or a number and one plural noun ("700 seats a week").
        """
        articles = self.lex.extra.get("rate_article", "")
        first = self.text[self._start:self._end].split(None, 1)[0].lower()
        if not articles or not re.fullmatch(articles, first):
            return False
        before = re.findall(r"[\w$%.,']+", self.text[max(0, self._start - 40):self._start])[-2:]
        scale = self.lex.extra.get("scale", "")

        def amount(word: str) -> bool:
            word = word.lower().rstrip(".,")
            return word[-1:].isdigit() or word.endswith("%") or bool(scale and re.fullmatch(scale, word)) or (
                self.lex.numbers.get(word) is not None and word not in ("a", "an"))

        if before and amount(before[-1]):
            return True
        return len(before) == 2 and amount(before[0]) and before[1].islower() and before[1].endswith("s")

    def _fraction(self, g: dict[str, str]) -> bool:
        """A fraction word used as a share, not a period: "a half million", "three-quarters of its food".

        The lexicon lists in ``extra["fraction_units"]`` the unit words that double as fractions
        ("half", "quarter"); such a word is no period when it ends the expression and no time unit follows:
        a bare "half" never is ("sixty-one and a half", "one-half share"), a "quarter" not before "of"
        ("more than a quarter of the market"; "in a quarter that produced a loss" stays a period).
        """
        fractions = self.lex.extra.get("fraction_units", "")
        word = key(g.get("unit", ""))
        if not fractions or not re.fullmatch(fractions, word) or not key(self.text[self._start:self._end]).endswith(word):
            return False
        if self.lex.units.get(word) == HALF:
            return True
        return context.next_token(self.text, self._end).lower() == "of"

    def _set(self, g: dict[str, str]) -> Resolved | None:
        if "x_setadv" in g:
            noun = self.lex.extra.get("setadv_noun_after")
            if noun and re.fullmatch(noun, context.previous_token(self.text, self._start), re.IGNORECASE):
                return None  # "le quotidien", "un hebdomadaire": a newspaper, not a frequency
            value = self.lex.extra.get("setvalue:" + key(g["x_setadv"]))
            if value is None:
                word = key(g["x_setadv"])
                value = next((v for k, v in _SET_ADVERBS.items() if word.startswith(k)), "P1D")
            return Resolved("SET", value, None)
        if "wd" in g:
            weekday = self.lex.weekdays.get(key(g["wd"]))
            if weekday is None:
                return None
            return Resolved("SET", f"XXXX-WXX-{weekday + 1}", None)
        if "season" in g:
            season = self.lex.seasons.get(key(g["season"]))
            return None if season is None else Resolved("SET", f"XXXX-{season}", None)
        if "month" in g:
            month = self._month(g)
            return None if month is None else Resolved("SET", f"XXXX-{month:02d}", None)
        unit = self._unit(g)
        if unit is None:
            return None
        amount = self._number(g["num"]) if "num" in g else 1.0
        return Resolved("SET", duration_value(amount or 1.0, unit), None)

    def _vague(self, g: dict[str, str]) -> Resolved | None:
        word = key(g.get("vague", ""))
        value = self.lex.vague.get(word)
        if value is None or not self._vague_ok(word):
            return None
        if value == "TODAY":
            return self._day_result(self.ref)
        return Resolved("DATE", value, DateSpan.unresolved(value, approximate=True))

    def _vague_ok(self, word: str) -> bool:
        """Reject a tense-bound vague word out of its sense: "as soon as", "soon after", "was soon freed".

        The lexicon lists such words in ``extra["tensed_vague"]`` with the words that may not precede
        (``vague_not_before``) or follow (``vague_not_after``) them.
        """
        tensed = self.lex.extra.get("tensed_vague", "")
        if not tensed or word not in tensed.split("|"):
            return True
        before = self.lex.extra.get("vague_not_before", "")
        after = self.lex.extra.get("vague_not_after", "")
        prev = context.previous_token(self.text, self._start).lower()
        nxt = context.next_token(self.text, self._end).lower()
        if (before and re.fullmatch(before, prev)) or (after and re.fullmatch(after, nxt)):
            return False
        return self._tense() >= 0


_SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annual": "P1Y",
                "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D", "biweekly": "P2W"}
