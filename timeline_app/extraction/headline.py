"""Headline drafts: the clause around a date, without the date words, at most 90 characters."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline_app.extraction.boilerplate import strip_caption_label
from timeline_app.extraction.eventwords import DATE_CONJUNCTIONS, DATE_PREPOSITIONS, STOPWORDS

MAX_HEADLINE_CHARS = 90
MIN_CLAUSE_WORDS = 4
MIN_LIST_ITEM_WORDS = 2

# A comma only breaks a clause when a lower-case word follows (", when", ", bei Gericht");
# before a capital it usually separates list items ("Nederland, België en Duitsland").
_CLAUSE_BREAK = re.compile(r"\s*(?:;|:(?!\d)|\s[—–-]\s|,(?=\s+[a-zß-ÿ]))\s*")
_WORD = re.compile(r"[^\s]+")
_EDGE_JUNK = " \t\n,;:—–-*_\"'“”‘’«»()[]"
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?)])")
_SPACES = re.compile(r"\s{2,}")
_EMPTY_PUNCT = re.compile(r"([,;:])\s*(?=[,;:.!?]|$)")
_LEADING_CONNECTOR = {
    "en": ("when", "while", "as", "and", "but", "after", "before", "which", "that"),
    "nl": ("toen", "terwijl", "en", "maar", "nadat", "voordat", "waarna"),
    "fr": ("quand", "lorsque", "alors", "et", "mais", "après", "avant", "qui", "que"),
    "de": ("als", "während", "und", "aber", "nachdem", "bevor", "dass"),
}


def make_headline(
    sentence: str,
    date_spans: Sequence[tuple[int, int]],
    target: tuple[int, int],
    language: str | None,
    *,
    heading: str | None = None,
) -> str:
    """A headline draft for the happening dated by ``target`` in ``sentence``.

    ``date_spans`` are the offsets (relative to ``sentence``) of all date expressions in it; the
    clause holding ``target`` is kept, every date expression and the prepositions that lead into
    it are cut out, and the result is capitalized and trimmed at a word boundary to at most
    90 characters. A section ``heading`` that introduces the sentence is put in front.
    """
    lang = language if language in DATE_PREPOSITIONS else "en"
    start, end = _clause(sentence, date_spans, target)
    text = _without_dates(sentence, start, end, date_spans, lang)
    if not _substantial(text, lang):
        text = _without_dates(sentence, 0, len(sentence), date_spans, lang)
    text = _drop_leading_connector(strip_caption_label(text), lang)
    if heading:
        heading = heading.strip(_EDGE_JUNK)
        text = f"{heading}: {_lower_first(text, lang)}" if text else heading
    return trim(_capitalize(text))


def trim(text: str, limit: int = MAX_HEADLINE_CHARS) -> str:
    """``text`` cut at a word boundary so that it (with an ellipsis) fits in ``limit`` characters."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(_EDGE_JUNK + ".") + "…"


def _clause(sentence: str, date_spans: Sequence[tuple[int, int]], target: tuple[int, int]) -> tuple[int, int]:
    """The stretch between clause breaks (outside date expressions) around ``target``."""
    breaks = [
        m for m in _CLAUSE_BREAK.finditer(sentence) if not any(s <= m.start() < e for s, e in date_spans)
    ]
    start, end = 0, len(sentence)
    for m in breaks:
        if m.end() <= target[0]:
            start = m.end()
        elif m.start() >= target[1]:
            end = m.start()
            break
    return start, end


def _without_dates(sentence: str, start: int, end: int, date_spans: Sequence[tuple[int, int]], lang: str) -> str:
    keep = [True] * len(sentence)
    prepositions = DATE_PREPOSITIONS[lang]
    for d_start, d_end in date_spans:
        if d_end <= start or d_start >= end:
            continue
        for i in range(max(d_start, start), min(d_end, end)):
            keep[i] = False
        # Cut the words that lead into the date ("op", "since", "bis zum", "and" between two dates).
        words = list(_WORD.finditer(sentence, start, d_start))
        for word in reversed(words[-2:]):
            token = word.group().casefold().strip(",")
            if token in prepositions or (token in DATE_CONJUNCTIONS and _follows_date(word.start(), date_spans)):
                for i in range(word.start(), word.end()):
                    keep[i] = False
            else:
                break
    text = "".join(ch for i, ch in enumerate(sentence[start:end], start) if keep[i])
    text = _SPACES.sub(" ", text.replace("\n", " "))
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _EMPTY_PUNCT.sub("", text)
    return text.strip(_EDGE_JUNK).rstrip(".!?…").strip(_EDGE_JUNK)


def _substantial(text: str, lang: str) -> bool:
    """Enough for a headline: four words, or a short phrase with a real content word."""
    words = text.split()
    if len(words) >= MIN_CLAUSE_WORDS:
        return True
    stop = STOPWORDS.get(lang, frozenset())
    content = [w for w in words if len(w) >= 6 and w.casefold() not in stop]
    return len(words) >= MIN_LIST_ITEM_WORDS and bool(content)


def _follows_date(position: int, date_spans: Sequence[tuple[int, int]]) -> bool:
    return any(0 <= position - e <= 2 for _s, e in date_spans)


def _drop_leading_connector(text: str, lang: str) -> str:
    first, _, rest = text.partition(" ")
    if rest and first.casefold() in _LEADING_CONNECTOR.get(lang, ()) and len(rest.split()) >= MIN_CLAUSE_WORDS:
        return rest
    return text


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(text: str, lang: str) -> str:
    first = text.split(" ", 1)[0]
    if first.casefold() in STOPWORDS.get(lang, frozenset()):
        return text[:1].lower() + text[1:]
    return text
