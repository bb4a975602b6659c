"""Names and numbers across languages: one key for Riyad/Riyadh/Riad, Poetin/Putin/Poutine.

Name keys (:func:`name_key`)
    A name is folded (case, accents), the article language's spelling habits are undone
    (Dutch "oe" and French "ou" for *u*, Dutch "tsj"/"sj", German "sch"/"tsch"/"w", French
    "tch"/"gu"), then transliteration doublets are merged (kh/ch/h, ph/f, dh/d, th/t, c/k/q,
    j/y/i, w/v, z/s, x/ks), doubled letters are single, every run of vowels becomes one "a" and
    a final vowel goes. So Riyad, Riyadh and Riad give "rad"; Poetin, Putin and Poutine "patan";
    Krim, Crimea and Crimée "kram"; Kyiv, Kiev and Kiew "kav". Keys are lossy on purpose: they
    are compared only between capitalized names of two reports of the same day.

Spelling variants for search (:func:`name_variants`)
    From one spelling, the others the same rules allow ("riyad" -> "riyadh", "riad"), each with
    the same key; at most :data:`MAX_VARIANTS`.

The same happening across languages (:func:`same_happening_across_languages`)
    Two reports in different languages are one event when both are dated to the same day (day
    precision or finer), they share at least one name key (two when one side names five or
    more) and their numbers agree: when both give numbers ("600 banen", "600 jobs"), at least
    one is the same after normalising thousands separators, decimal commas and "million",
    "miljoen", "Millionen", "millions".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from timeline_app.domain.dates import DateSpan, Precision
from timeline_app.extraction.clauses import Token
from timeline_app.extraction.eventwords import ALL_STOPWORDS, word_set

MAX_VARIANTS = 16
MIN_KEY_CHARS = 3

_LANGUAGE_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "nl": (("tsj", "ch"), ("sj", "sh"), ("oe", "u"), ("ij", "y")),
    "de": (("tsch", "ch"), ("sch", "sh"), ("w", "v"), ("j", "y")),
    "fr": (("tch", "ch"), ("ou", "u"), ("gue", "ge"), ("gui", "gi"), ("ch", "sh")),
    "en": (),
}
_DOUBLETS = (("kh", "h"), ("ch", "h"), ("sh", "s"), ("ph", "f"), ("dh", "d"), ("th", "t"), ("ck", "k"), ("qu", "k"),
             ("q", "k"), ("c", "k"), ("x", "ks"), ("j", "i"), ("y", "i"), ("w", "v"), ("z", "s"))
_VOWELS = re.compile(r"[aeiou]+")
_DOUBLE = re.compile(r"(.)\1+")
_NAME = re.compile(r"(?<![\w'’])[A-ZÀ-ÖØ-Þ][\w'’\-]*")
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[.,  ]\d{3})+|\d+(?:[.,]\d+)?)(?:\s*(%|procent|percent|prozent|pour\s?cent))?"
    r"(?:\s+(miljoen|miljard|million|millions|millionen|mio|billion|billions|milliard|milliarde|milliarden|"
    r"milliards|mrd|duizend|thousand|tausend|mille))?",
    re.IGNORECASE,
)
_SCALES = {
    "miljoen": 1e6, "million": 1e6, "millions": 1e6, "millionen": 1e6, "mio": 1e6, "miljard": 1e9, "billion": 1e9,
    "billions": 1e9, "milliard": 1e9, "milliarde": 1e9, "milliarden": 1e9, "milliards": 1e9, "mrd": 1e9,
    "duizend": 1e3, "thousand": 1e3, "tausend": 1e3, "mille": 1e3,
}
_PERCENT = word_set("procent percent prozent")
_CALENDAR = word_set(
    "january february march april may june july august september october november december januari februari maart "
    "mei juni juli augustus oktober januar februar märz mai dezember janvier février mars avril juin juillet août "
    "septembre octobre novembre décembre monday tuesday wednesday thursday friday saturday sunday maandag dinsdag "
    "woensdag donderdag vrijdag zaterdag zondag montag dienstag mittwoch donnerstag freitag samstag sonntag lundi "
    "mardi mercredi jeudi vendredi samedi dimanche"
)


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch.isalpha())


@lru_cache(maxsize=8192)
def name_key(name: str, language: str | None = None) -> str:
    """The cross-language key of one name word ("Poetin", "nl" -> "patan"); "" when too short."""
    word = _plain(name)
    for old, new in _LANGUAGE_RULES.get(language or "", ()):
        word = word.replace(old, new)
    for old, new in _DOUBLETS:
        word = word.replace(old, new)
    word = _DOUBLE.sub(r"\1", word)
    word = _VOWELS.sub("a", word)
    if len(word) > 2 and word.endswith("a"):
        word = word[:-1]
    return word if len(word) >= MIN_KEY_CHARS else ""


def name_keys(names: Sequence[str], language: str | None = None) -> frozenset[str]:
    """The keys of every word of ``names`` (empty keys left out)."""
    keys = set()
    for name in names:
        for word in re.split(r"[\s\-]+", name):
            key = name_key(word, language)
            if key:
                keys.add(key)
    return frozenset(keys)


# Spelling alternations between the four languages' transliterations: (pattern, replacement).
_ALTERNATIONS: tuple[tuple[str, str], ...] = (
    (r"dh$", "d"), (r"d$", "dh"), (r"iya", "ia"), (r"ia", "iya"), (r"oe", "u"), (r"u", "oe"), (r"ou", "u"),
    (r"u", "ou"), (r"kh", "ch"), (r"ch", "kh"), (r"sch", "sh"), (r"sh", "sch"), (r"tsj", "ch"), (r"tsch", "ch"),
    (r"tch", "ch"), (r"ch", "tch"), (r"w", "v"), (r"v", "w"), (r"[jy]$", "i"), (r"i$", "y"), (r"yj$", "y"),
    (r"^k", "c"), (r"^c", "k"), (r"ee$", "ea"), (r"ea$", "ee"), (r"in$", "ine"), (r"ine$", "in"),
    (r"([^aeiou])$", r"\1ea"), (r"([^aeiou])ea$", r"\1"), (r"([^aeiou])ee$", r"\1"), (r"^z", "s"), (r"^s", "z"),
)
_COMPILED = tuple((re.compile(pattern), replacement) for pattern, replacement in _ALTERNATIONS)
MAX_EDITS = 3


def name_variants(word: str) -> list[str]:
    """Other spellings of one name word with the same key, for search (nearest first).

    "riyad" -> ["riad", "riyadh", ...]; "poetin" -> ["putin", "poutin", ...]; "krim" ->
    ["crim", "crimea", "crimee", ...]. Words shorter than four letters get none.
    """
    base = _plain(word)
    if len(base) < 4:
        return []
    keys = {name_key(base, lang) for lang in _LANGUAGE_RULES} - {""}
    depth = {base: 0}
    frontier = [base]
    while frontier:
        current = frontier.pop(0)
        if depth[current] >= MAX_EDITS:
            continue
        for pattern, replacement in _COMPILED:
            for match in pattern.finditer(current):
                candidate = current[: match.start()] + match.expand(replacement) + current[match.end() :]
                if candidate not in depth and len(candidate) >= 3:
                    depth[candidate] = depth[current] + 1
                    frontier.append(candidate)
    ranked = sorted((d, c) for c, d in depth.items() if c != base)
    found = [c for _d, c in ranked if any(name_key(c, lang) in keys for lang in _LANGUAGE_RULES)]
    return found[:MAX_VARIANTS]


@dataclass(frozen=True, slots=True)
class Signature:
    """What two reports of one happening share across languages: name keys and numbers."""

    name_keys: frozenset[str]
    numbers: frozenset[str]


def sentence_signature(sentence: str, language: str | None, skip: Sequence[tuple[int, int]] = ()) -> Signature:
    """Name keys of the capitalized words of ``sentence`` (not stopwords or calendar words, nor
    words inside ``skip`` spans such as dates) and its normalised numbers. The first word counts
    too ("Vexa schrapt ..."): keys are only compared between reports of the same day."""
    spans = sorted(skip)

    def skipped(position: int) -> bool:
        return any(s <= position < e for s, e in spans)

    keys = set()
    for match in _NAME.finditer(sentence):
        word = match.group()
        if skipped(match.start()):
            continue
        folded = word.casefold()
        if folded in ALL_STOPWORDS or folded in _CALENDAR:
            continue
        key = name_key(word, language)
        if key:
            keys.add(key)
    numbers = set()
    for match in _NUMBER.finditer(sentence):
        if skipped(match.start()):
            continue
        value = _number_value(match.group(1), match.group(3), language)
        if value is not None:
            numbers.add(value + ("%" if match.group(2) else ""))
    return Signature(frozenset(keys), frozenset(numbers))


def token_signature(tokens: Sequence[Token], language: str | None) -> Signature:
    """:func:`sentence_signature` from a sentence's tokens (:func:`.clauses.tokenize`; date
    expressions are single tokens and are left out)."""
    keys = set()
    numbers = set()
    n = len(tokens)
    k = 0
    while k < n:
        token = tokens[k]
        if token.is_cap and token.low not in ALL_STOPWORDS and token.low not in _CALENDAR:
            key = name_key(token.text, language)
            if key:
                keys.add(key)
        elif token.kind == "number":
            digits = token.text
            while k + 1 < n and tokens[k + 1].kind == "number" and len(tokens[k + 1].text) == 3 and tokens[k].end + 1 == tokens[k + 1].start:
                k += 1
                digits += " " + tokens[k].text  # "4 000"
            percent = k + 1 < n and (tokens[k + 1].text == "%" or tokens[k + 1].low in _PERCENT)
            scale = tokens[k + 1].low if k + 1 < n and tokens[k + 1].low in _SCALES else None
            value = _number_value(digits, scale, language)
            if value is not None:
                numbers.add(value + ("%" if percent else ""))
        k += 1
    return Signature(frozenset(keys), frozenset(numbers))


def _number_value(digits: str, scale: str | None, language: str | None) -> str | None:
    """"4.000" (nl) / "4,000" (en) / "4 000" (fr) -> "4000"; "1,2" + "miljoen" -> "1200000"."""
    text = digits.replace(" ", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text) and not (scale and re.fullmatch(r"\d{1,3}[.,]\d{3}", text) is None):
        text = text.replace(".", "").replace(",", "")
    elif "," in text or "." in text:
        decimal = "," if language in ("nl", "de", "fr") else "."
        if decimal in text:
            text = text.replace("." if decimal == "," else ",", "").replace(decimal, ".")
        else:
            text = text.replace(",", "").replace(".", "")
    try:
        value = float(text)
    except ValueError:
        return None
    if scale:
        value *= _SCALES.get(scale.casefold(), 1.0)
    if len(digits) == 4 and 1800 <= value <= 2100 and not scale:
        return None  # a year, which the dates already compare
    return f"{value:.6g}"


def same_day(a: DateSpan, b: DateSpan) -> bool:
    """Both dated to the same calendar day (day precision or finer)."""
    return (
        a.precision <= Precision.DAY
        and b.precision <= Precision.DAY
        and a.first_day is not None
        and a.first_day == b.first_day
        and a.last_day == b.last_day
    )


def cross_language_features(span_a: DateSpan, a: Signature, span_b: DateSpan, b: Signature) -> dict[str, float]:
    """How two reports compare: same day, shared name keys, shared and conflicting numbers."""
    shared_names = len(a.name_keys & b.name_keys)
    union = len(a.name_keys | b.name_keys)
    shared_numbers = len(a.numbers & b.numbers)
    conflict = bool(a.numbers and b.numbers and not shared_numbers)
    return {
        "same_day": 1.0 if same_day(span_a, span_b) else 0.0,
        "shared_names": float(shared_names),
        "name_jaccard": shared_names / union if union else 0.0,
        "shared_numbers": float(shared_numbers),
        "numbers_conflict": 1.0 if conflict else 0.0,
    }


def same_happening_across_languages(span_a: DateSpan, a: Signature, span_b: DateSpan, b: Signature) -> bool:
    """The rule of the module notes: same day, names agree, numbers agree."""
    features = cross_language_features(span_a, a, span_b, b)
    if not features["same_day"] or features["numbers_conflict"]:
        return False
    needed = 2 if min(len(a.name_keys), len(b.name_keys)) >= 5 else 1
    return features["shared_names"] >= needed
