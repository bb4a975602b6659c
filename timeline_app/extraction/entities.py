"""People and places named in a sentence, found cheaply (no NLP models, no gazetteer).

Heuristics, in order:

1. Candidate names are runs of capitalized words (joined by particles such as "van", "am",
   "de", and hyphens: "Lindenau am Wurmtal", "Hombourg-sur-Gueule"), skipping the sentence's
   first word unless a second capitalized word follows, words inside date expressions and
   capitalized stopwords at the start of a run ("The", "De") unless a preposition comes first
   ("in The Hague").
2. A run right after a place preposition ("in", "bij", "à", "bei") is a place, unless it looks
   like a person (two or three words after a role word).
3. A run after a role word ("woordvoerder", "Landwirt", "spokesman") or a verb of saying
   ("zegt", "said"), or a two-/three-word run outside German text, is a person unless its last
   word marks an organization ("Tunnelbouw", "Bau", "Court").
German capitalizes every noun, so there single words only count after a place preposition and
people need a role word or a verb of saying.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline_app.extraction.eventwords import (
    ALL_STOPWORDS,
    NAME_PARTICLES,
    ORG_WORDS,
    PLACE_PREPOSITIONS,
    ROLE_WORDS,
    SAY_WORDS,
    STOPWORDS,
    word_set,
)

_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*|\d+|[^\w\s]", re.UNICODE)
_ARTICLES = word_set("the a an de het een le la les l' un une des du der die das dem den des ein eine einem einer")
_DEMONYMS = word_set("dutch belgian german french british american european nederlandse belgische duitse franse britse "
    "amerikaanse europese néerlandais néerlandaise belge allemand allemande français française européen "
    "européenne niederländische niederländischen belgische belgischen deutsche deutschen französische "
    "französischen europäische europäischen")
_GERMAN_PARTICLES = word_set("am an im von zu ob")
_GERMAN_COMMON = word_set("jahr jahre monat woche tag tage zeit ende anfang mitte folge frage rahmen auftrag angaben seite "
    "informationen ort ortsteil stadt land gericht")
_GERMAN_NOUN_SUFFIX = re.compile(r"(?:ung|heit|keit|schaft|tion|tät|nis|tum|ment|ismus|ik|ur)$")


def _is_cap(word: str) -> bool:
    return word[:1].isupper() and not (word.isupper() and len(word) > 1)


def find_people_and_places(
    sentence: str, language: str | None, skip: Sequence[tuple[int, int]] = ()
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Names of people and places in ``sentence`` (``skip``: offsets of date expressions)."""
    lang = language if language in STOPWORDS else "en"
    tokens = _outside(list(_TOKEN.finditer(sentence)), skip)
    people: list[str] = []
    places: list[str] = []
    i = 0
    while i < len(tokens):
        word = tokens[i].group()
        if not _is_cap(word) or (i == 0 and not _next_is_cap(tokens, i)):
            i += 1
            continue
        j = _run_end(tokens, i)
        run = [t.group() for t in tokens[i:j]]
        before = tokens[i - 1].group().casefold() if i > 0 else ""
        article = False
        if before in _ARTICLES and i > 1:  # "in het Belgische Hombourg", "the Three Countries Tunnel"
            article = True
            before = tokens[i - 2].group().casefold()
        # A capitalized stopword starts a run only after a preposition ("in The Hague").
        while run and run[0].casefold() in ALL_STOPWORDS and before not in PLACE_PREPOSITIONS[lang]:
            article = article or run[0].casefold() in _ARTICLES
            run = run[1:]
        while run and (run[0].casefold() in _DEMONYMS) and len(run) > 1:
            run = run[1:]
        while run and run[-1].casefold() in NAME_PARTICLES:
            run = run[:-1]
        if lang == "de" and not (len(run) > 1 and run[0].casefold() in ROLE_WORDS):
            # German nouns after an article are common nouns ("nach dem Urteil").
            run = [] if article else _german_run(run)
        if run:
            _classify(run, before, lang, people, places, after_article=article)
        i = max(j, i + 1)
    return tuple(dict.fromkeys(people)), tuple(dict.fromkeys(places))


def _outside(tokens: list[re.Match[str]], skip: Sequence[tuple[int, int]]) -> list[re.Match[str]]:
    """The tokens that start outside every ``skip`` span (one pass over both, in order)."""
    if not skip:
        return tokens
    spans = sorted(skip)
    kept: list[re.Match[str]] = []
    index = 0
    for token in tokens:
        position = token.start()
        while index < len(spans) and spans[index][1] <= position:
            index += 1
        if index < len(spans) and spans[index][0] <= position:
            continue
        kept.append(token)
    return kept


def _next_is_cap(tokens: Sequence[re.Match[str]], i: int) -> bool:
    return i + 1 < len(tokens) and _is_cap(tokens[i + 1].group()) and tokens[i].group().casefold() not in ALL_STOPWORDS


def _run_end(tokens: Sequence[re.Match[str]], i: int) -> int:
    j = i + 1
    while j < len(tokens):
        word = tokens[j].group()
        if _is_cap(word) and word.casefold() not in ALL_STOPWORDS:
            j += 1
        elif (
            word.casefold() in NAME_PARTICLES
            and j + 1 < len(tokens)
            and _is_cap(tokens[j + 1].group())
            and tokens[j + 1].group().casefold() not in ALL_STOPWORDS
        ):
            j += 2
        else:
            break
    return j


def _german_run(run: list[str]) -> list[str]:
    """German capitalizes nouns: keep only a name-like head ("Aachen Klage" -> "Aachen")."""
    if len(run) > 1 and run[1].casefold() not in _GERMAN_PARTICLES:
        run = run[:1]
    if len(run) == 1 and (run[0].casefold() in _GERMAN_COMMON or (len(run[0]) >= 8 and run[0].endswith("en"))):
        return []
    return run


def _classify(
    run: list[str], before: str, lang: str, people: list[str], places: list[str], *, after_article: bool = False
) -> None:
    # Role words at the start of the run belong to the context, not to the name.
    role = before in ROLE_WORDS or before in SAY_WORDS
    while len(run) > 1 and run[0].casefold() in ROLE_WORDS:
        run = run[1:]
        role = True
    name = " ".join(run)
    words = [w for w in run if w.casefold() not in NAME_PARTICLES]
    if not words:
        return
    is_org = any(w.casefold() in ORG_WORDS for w in words) or words[-1].casefold().endswith(tuple(ORG_WORDS))
    person_shape = 2 <= len(words) <= 3 and not is_org
    if before in PLACE_PREPOSITIONS[lang] and not (person_shape and role):
        if lang == "de" and len(words) == 1 and _GERMAN_NOUN_SUFFIX.search(words[0].casefold()):
            return
        if not is_org:
            places.append(name)
        return
    if person_shape and (role or (lang != "de" and not after_article)):
        people.append(name)


_NAME_TOKEN = re.compile(r"(?<=[\w,;:’'\"”»)] )[A-ZÀ-ÖØ-Þ][\w\-]{3,}")
_CALENDAR_WORDS = word_set(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday januar februar märz juni juli oktober dezember montag dienstag "
    "mittwoch donnerstag freitag samstag sonntag"
)


def story_names(text: str) -> frozenset[str]:
    """Folded capitalized words that do not open a sentence: the names an article is about.

    Language-independent (names survive translation), so two articles sharing several of them
    are about the same story. Calendar words and stopwords are left out.
    """
    names = set()
    for match in _NAME_TOKEN.finditer(text):
        word = match.group().casefold()
        if word not in ALL_STOPWORDS and word not in _CALENDAR_WORDS:
            names.add(word)
    return frozenset(names)
