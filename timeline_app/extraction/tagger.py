"""The multilingual temporal tagger: text -> TIMEX3 expressions with resolved spans."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache

from timeline_app.domain.dates import Qualifier
from timeline_app.extraction.context import cue_patterns, words_before
from timeline_app.extraction.grammar import Grammar, GrammarCache, fold_case
from timeline_app.extraction.language import detect_language
from timeline_app.extraction.lexicon import Lexicon
from timeline_app.extraction.longtail import extend_dates
from timeline_app.extraction.resolve import Resolved, Resolver
from timeline_app.extraction.timex import Timex, TimexType

_BETWEEN_WORDS = frozenset({"between", "tussen", "entre", "zwischen"})
_RANGE_NEXT = re.compile(r"\s*(?:-|–|to|until|till|through|tot(?:\s+en\s+met)?|à|au|jusqu'à|bis|zum|und|and|en|et)\s", re.IGNORECASE)
_RANGE_JOINERS = frozenset({"and", "to", "en", "tot", "und", "bis", "et", "à", "au", "-", "–", "through"})

# The process-wide memo of compiled grammars (immutable patterns, like ``re``'s own cache): a
# language is compiled the first time it is used, or ahead of time by :func:`warm_up`.
_GRAMMARS = GrammarCache()


def lexicons() -> dict[str, Lexicon]:
    """The lexicon of each supported language, by code."""
    from timeline_app.extraction.lexicon_de import DE
    from timeline_app.extraction.lexicon_en import EN
    from timeline_app.extraction.lexicon_fr import FR
    from timeline_app.extraction.lexicon_nl import NL

    return {"en": EN, "nl": NL, "fr": FR, "de": DE}


def grammar_for(language: str | None) -> Grammar:
    """The compiled rules of ``language`` (English rules for unknown languages)."""
    by_code = lexicons()
    return _GRAMMARS.get(by_code.get(language or "en", by_code["en"]))


def warm_up(languages: Iterable[str] | None = None) -> None:
    """Compile the grammars of ``languages`` (nl/en/fr/de; default all four) now rather than in the
    first document of each language (50-120 ms per language).

    Safe from any thread and idempotent: import workers call it when they start, the GUI in a
    background thread; a document tagged meanwhile waits for its language's grammar instead of
    compiling it a second time. Unknown codes warm the English rules, which they use.
    """
    for code in ("nl", "en", "fr", "de") if languages is None else languages:
        grammar = grammar_for(code)
        cue_patterns(grammar.lexicon)


_WORD_AT = re.compile(r"\w+")


def tag_text(text: str, *, reference_date: dt.date | None, language: str | None) -> list[Timex]:
    """Find the temporal expressions of ``text`` and resolve them against ``reference_date``.

    ``language`` is nl/en/fr/de, or None to detect it (unknown languages use English rules).
    Without a reference date, relative expressions keep unresolved values (``XXXX-XX-XX``).
    Returns non-overlapping expressions sorted by position.
    """
    if language is None:
        language = detect_language(text, default="en")
    grammar = grammar_for(language)
    resolver = Resolver(grammar.lexicon, text, reference_date)
    found: list[Timex] = []
    folded = fold_case(text)
    position = 0
    for start in grammar.candidates(text, folded):
        if start < position:
            continue
        word = _WORD_AT.match(folded, start)
        matched = grammar.match(folded, start, word.group() if word else folded[start:start + 1])
        if matched is None:
            continue
        match, rule = matched
        kind, groups = grammar.groups(match, rule, text)
        end = match.end()
        resolved = resolver.resolve(kind, groups, start, end)
        if resolved is None:
            continue
        start = _with_determiner(text, start, resolved, grammar.lexicon, found)
        found.append(_timex(text, start, end, resolved, grammar.lexicon, found))
        position = end
    return extend_dates(text, found, language=grammar.lexicon.code, reference=reference_date)


def _with_determiner(text: str, start: int, resolved: Resolved, lex: Lexicon, before: list[Timex]) -> int:
    """The start of a calendar expression with the article before it, where the language's annotation
    includes it (French: "le 6 mai", "la fin de l'année", "les années 1980"); durations and sets keep
    theirs in their own rules."""
    pattern = _determiner_pattern(lex)
    if pattern is None or resolved.type not in ("DATE", "TIME") or not text[start:start + 1].isalnum():
        return start
    lo = max(before[-1].end if before else 0, start - 6)
    m = pattern.search(text, lo, start)
    return m.start() if m is not None else start


@cache
def _determiner_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    words = lex.extra.get("determiner")
    return re.compile(rf"(?<![\w'’])(?:{words})$", re.IGNORECASE) if words else None


def _timex(text: str, start: int, end: int, resolved: Resolved, lex: Lexicon, before: list[Timex]) -> Timex:
    span = resolved.span
    if resolved.type == "DATE" and span is not None:
        qualifier = _qualifier(text, start, end, lex, before)
        if qualifier is not None:
            span = span.with_qualifier(qualifier)
    kind: TimexType = resolved.type  # type: ignore[assignment]
    return Timex(start, end, text[start:end], kind, resolved.value, span)


def _qualifier(text: str, start: int, end: int, lex: Lexicon, before: list[Timex]) -> Qualifier | None:
    first, last = words_before(text, start)
    for word in (last, f"{first} {last}".strip()):
        name = lex.qualifiers.get(word)
        if name == "between" and word not in _BETWEEN_WORDS and not _RANGE_NEXT.match(text, end):
            continue  # "van 2014" is a range only when "tot ..." follows
        if name is not None:
            return Qualifier(name)
    gap = text[before[-1].end:start].strip().lower() if before else ""
    if before and gap in _RANGE_JOINERS and before[-1].span is not None:
        previous = before[-1].span.qualifier
        if previous in (Qualifier.BETWEEN, Qualifier.SINCE):
            return Qualifier.BETWEEN if previous is Qualifier.BETWEEN else Qualifier.UNTIL
    return None
