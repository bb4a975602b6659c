"""Word order for headlines: dates out, fronted words off, verbs back after their subjects.

The rules each function applies are in :mod:`.headline` (the pipeline) and :mod:`.clauses`
(the word classes and phrase finders); every function takes and returns token lists.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline_app.extraction.clauses import OPEN_QUOTES, Grammar, Token, join
from timeline_app.extraction.eventwords import ROLE_WORDS

MIN_CLAUSE_WORDS = 3
EDGE_JUNK = " \t\n,;:—–-*_\"'“”‘’«»„()[]"


def count_words(tokens: Sequence[Token]) -> int:
    return sum(1 for t in tokens if t.kind in ("word", "number"))


def first_word(chunk: Sequence[Token]) -> Token | None:
    return next((t for t in chunk if t.kind in ("word", "number")), None)

_SINCE = frozenset({"sinds", "sedert", "since", "seit", "depuis", "na", "after", "nach", "après", "tot", "until", "bis"})


_ARTICLES = frozenset({
    "de", "het", "een", "the", "a", "an", "le", "la", "les", "l'", "l’", "un", "une", "der", "die", "das", "den", "dem",
    "des", "ein", "eine", "einem", "einen", "einer",
})
# Nouns that belong to a date phrase the tagger did not take in ("im Jahr 2005", "in der Nacht zum Montag").
_TIME_NOUNS = frozenset({"jahr", "jahre", "jahres", "nacht", "jaar", "year", "night", "année", "an", "nuit"})
_LEAD_INS = frozenset({
    "en", "and", "und", "et", "of", "or", "ou", "oder", "-", "pas", "al", "reeds", "nog", "already", "just", "only",
    "bereits", "schon", "erst", "noch", "déjà", "dès", "ook", "auch", "also", "eind", "begin", "midden", "end",
    "jaar", "year", "night", "nacht", "nuit", "année",
})


_THEN = frozenset({
    "sindsdien", "daarna", "later", "since", "afterwards", "then", "seitdem", "danach", "später", "depuis", "puis",
    "ensuite",
})


_TIMEY = frozenset({"heute", "vandaag", "today", "aujourd'hui", "nu", "now", "jetzt", "maintenant"})


def relative(g: Grammar, head: list[Token], rest: list[Token]) -> list[Token]:
    """A relative clause as a main clause: "which annexed Crimea" -> "Russia annexed Crimea"."""
    if head and head[0].index == 0 and g.is_determiner(head[0]):
        lead = head[0]  # "Die Krim, die Russland ..." -> "Russland hatte die Krim ..."
        head = [Token(lead.index, lead.start, lead.end, lead.text.lower(), lead.kind), *head[1:]]
    body = list(rest)
    first = first_word(body)
    subject_inside = first is not None and (first.is_cap or (g.is_pronoun(first) and not g.is_determiner(first)))
    if g.language == "fr":
        subject_inside = bool(rest) and rest[0].low in g.w.object_relatives
    elif g.language == "en" and first is not None:
        subject_inside = g.starts_subject(first) and first.low not in g.w.auxiliaries
    if not subject_inside or first is None:
        clause = verb_final_to_v2(g, head + body, subject_end=len(head)) if g.w.verb_second else head + body
        return clause
    # The antecedent is the object: "die Rusland ... verklaarde" -> "Rusland verklaarde <head> ...".
    end = g.noun_phrase(body, body.index(first))
    subject, after = body[: end], body[end:]
    if g.w.verb_second:
        cluster_at = g.verb_cluster(after)
        cluster = after[cluster_at:]
        if cluster:
            k = g.finite_in(cluster)
            return [*subject, cluster[k], *head, *after[:cluster_at], *cluster[:k], *cluster[k + 1:]]
        return subject + after + head
    verb_end = next((k + 1 for k, t in enumerate(after) if g.is_verb_like(t) and not g.is_auxiliary(t)), len(after))
    return subject + after[:verb_end] + head + after[verb_end:]


def inner_subordinate(g: Grammar, chunk: list[Token], chosen: list[Token]) -> list[Token] | None:
    """"... since Russia invaded Ukraine on ..." -> the clause after "since", when the date is in it."""
    if not chosen:
        return None
    at = chosen[0]
    position = chunk.index(at) if at in chunk else -1
    for k in range(position - 1, 0, -1):
        token = chunk[k]
        if token.kind != "word" or token.low not in g.w.subordinators or token.low in g.w.prepositions - {"since", "seit"}:
            continue
        rest = [t for t in chunk[k + 1 :] if t.kind != "date"]
        first = first_word(rest)
        if first is None or not g.starts_subject(first) or (g.is_determiner(first) and first.low in ("die", "dat", "that")):
            return None
        end = g.noun_phrase(rest, rest.index(first))
        if end >= len(rest) or end == rest.index(first):
            return None
        if g.w.verb_second:
            return verb_final_to_v2(g, chunk[k + 1 :])
        if g.is_verb_like(rest[end]):
            return chunk[k + 1 :]
        return None
    return None


def verb_final_to_v2(g: Grammar, clause: list[Token], subject_end: int | None = None) -> list[Token]:
    """Dutch/German verb-final order to main-clause order: subject, finite verb, the rest."""
    if not g.w.verb_second:
        return clause
    words = list(clause)
    if not words:
        return clause
    first = first_word(words)
    if first is None:
        return clause
    begin = words.index(first)
    end = subject_end if subject_end is not None else g.noun_phrase(words, begin)
    if end <= begin:
        return clause
    cluster_at = g.verb_cluster(words)
    if cluster_at <= end or cluster_at >= len(words):
        return words
    cluster = words[cluster_at:]
    k = g.finite_in(cluster)
    return [*words[:end], cluster[k], *words[end:cluster_at], *cluster[:k], *cluster[k + 1:]]


# -- quotes, noun phrases, dates and the front of the clause ------------------------------


def quote_report(g: Grammar, tokens: list[Token], chosen: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """A sentence that is a quote and its reporting tag: (speaker, quote), when the date is in the tag."""
    if not tokens or tokens[0].kind != "quote" or tokens[0].text not in OPEN_QUOTES:
        return None
    close = next((k for k in range(1, len(tokens)) if tokens[k].kind == "quote" and k > 1), None)
    if close is None or close + 1 >= len(tokens):
        return None
    quote = tokens[1:close]
    tag = [t for t in tokens[close + 1 :] if t.kind not in ("punct",)]
    if chosen and any(t in quote for t in chosen):
        return None
    tag = [t for t in tag if t.kind != "date"]
    words = [t for t in tag if t.kind == "word"]
    if not words or len(words) > 10:
        return None
    if words[0].low in g.w.say_verbs:  # inverted tag: "sagte Kremlsprecher Peskow"
        start = tag.index(words[0]) + 1
        if start < len(tag) and tag[start].kind == "word" and tag[start].low in g.w.say_verbs:
            start += 1
        end = g.noun_phrase(tag, start)
        speaker = tag[start:end]
    else:  # "a senior official told reporters"
        end = g.noun_phrase(tag, 0)
        speaker = tag[:end]
        if end >= len(tag) or not (tag[end].low in g.w.say_verbs or g.is_auxiliary(tag[end])):
            return None
    if not speaker or (len(speaker) == 1 and g.is_pronoun(speaker[0])):
        return None
    return speaker, quote


def clean_quote(g: Grammar, quote: list[Token], sentence: str) -> str:
    text = join([t for t in quote if t.kind != "quote"], sentence).strip(EDGE_JUNK)
    return text[:1].upper() + text[1:]


def noun_event(g: Grammar, segment: list[Token], chosen: list[Token]) -> list[Token] | None:
    """The noun phrase a date modifies, when the clause is not about that happening.

    "sinds de Russische invasie van 24 februari 2022", "Dit volgt op het telefoongesprek van 12
    februari tussen Trump en Poetin", "from Monday's earthquake" (next to another date), "groter
    dan bij storm Eunice in februari 2022" (a copula clause).
    """
    if len(chosen) != 1 or chosen[0] not in segment:
        return None
    at = segment.index(chosen[0])
    words = [t for t in segment if t.is_word]
    copula = any(t.low in g.w.copulas or t.low in g.w.relation_verbs for t in words)
    other_date = any(t.kind == "date" and t is not chosen[0] for t in segment)
    if at + 1 < len(segment) and segment[at + 1].text in ("'s", "’s") and (other_date or copula):
        end = g.noun_phrase(segment, at + 2)
        end = with_place(g, segment, end)
        if end > at + 2:
            return [Token(-3, 0, 0, "the", "word"), *segment[at + 2 : end]]
        return None
    if at < 2:
        return None
    linker = segment[at - 1]
    named = copula and g.is_preposition(linker) and segment[at - 2].is_cap and after_comparison(g, segment, at - 2)
    if not (linker.is_word and (linker.low in g.w.noun_linkers or named)):
        return None
    start = at - 1
    while start > 0 and (g.is_content(segment[start - 1]) or segment[start - 1].is_cap):
        start -= 1
    if start == at - 1:
        return None
    if start > 0 and g.is_determiner(segment[start - 1]):
        start -= 1
    governing = segment[start - 1] if start > 0 else None
    if not ((governing is not None and governing.low in _SINCE) or copula or other_date or named):
        return None
    phrase = segment[start : at - 1]
    after = segment[at + 1 :]
    if after and after[0].is_word and after[0].low in ("tussen", "between", "zwischen", "entre", "met", "with", "mit", "avec"):
        end = 1
        while end < len(after) and (after[end].is_cap or after[end].low in g.w.coordinators or g.is_determiner(after[end])):
            end += 1
        phrase = phrase + after[:end]
    return phrase if any(g.is_content(t) or t.is_cap for t in phrase) else None


def after_comparison(g: Grammar, segment: list[Token], at: int) -> bool:
    """"groter dan bij storm Eunice": the phrase ending at ``at`` follows "dan/than/que/als"."""
    return any(segment[k].low in ("dan", "than", "que", "als") for k in range(at - 1, max(-1, at - 5), -1))


def with_place(g: Grammar, segment: list[Token], end: int) -> int:
    """Extend a noun phrase by a place phrase ("in Turkey and Syria")."""
    if end < len(segment) and segment[end].low in ("in", "à", "im", "en") and end + 1 < len(segment) and segment[end + 1].is_cap:
        k = end + 1
        while k < len(segment) and (segment[k].is_cap or (segment[k].low in ("and", "en", "et", "und") and k + 1 < len(segment) and segment[k + 1].is_cap)):
            k += 1
        return k
    return end


def strip_dates(g: Grammar, clause: list[Token]) -> list[Token]:
    """``clause`` without its date expressions and the words that lead into them.

    A date used as an adjective before a noun ("a first-quarter profit") stays.
    """
    dropped: set[int] = set()
    first_word = next((k for k, t in enumerate(clause) if t.kind in ("word", "number", "date")), 0)
    for k, token in enumerate(clause):
        if token.kind != "date":
            continue
        following = clause[k + 1] if k + 1 < len(clause) else None
        if following is not None and "-" in token.text and following.is_word and g.is_content(following) and not following.is_cap:
            continue
        dropped.add(k)
        possessive = following is not None and following.text in ("'s", "’s")
        if possessive:
            dropped.add(k + 1)
            continue
        j = k - 1
        steps = 0
        while j >= 0 and steps < 4:
            word = clause[j]
            lead = word.is_word and (
                ((not word.is_cap or j == first_word) and (
                    word.low in g.w.prepositions or word.low in _ARTICLES or word.low in _LEAD_INS
                )) or word.low in _TIME_NOUNS
            )
            if word.kind == "date" or lead:
                dropped.add(j)
                j -= 1
                steps += 1
            else:
                break
    kept = [t for k, t in enumerate(clause) if k not in dropped]
    if g.language == "en":
        kept = restore_article(clause, dropped, kept)
    return [t for t in kept if not (t.is_word and t.low in _TIMEY)]


def restore_article(clause: list[Token], dropped: set[int], kept: list[Token]) -> list[Token]:
    """"from Monday's earthquake" -> "from the earthquake"."""
    out: list[Token] = []
    for k, token in enumerate(clause):
        if k in dropped:
            if token.text in ("'s", "’s"):
                out.append(Token(token.index, token.start, token.end, "the", "word"))
            continue
        out.append(token)
    return out if len(out) >= len(kept) else kept


def strip_front(g: Grammar, body: list[Token]) -> tuple[list[Token], bool]:
    """Drop leading connectives, adverbs, quotes and attributions; say whether anything went."""
    k = 0
    n = len(body)
    while k < n:
        token = body[k]
        if token.kind in ("punct", "quote"):
            k += 1
        elif token.is_word and (token.low in g.w.coordinators or token.low in g.w.adverbs) and k + 1 < n:
            if token.low in g.w.quantifiers and (body[k + 1].kind == "number" or body[k + 1].low in ("de", "d'", "van")):
                break  # "près de 4 000 passages", "ruim 4.000 ouderen"
            k += 1
        elif token.is_word and token.low in g.w.attributions:
            end = g.noun_phrase(body, k + 1)
            if end <= k + 1 or end >= n:
                break
            k = end + (1 if end < n and body[end].text == "," else 0)
        elif token.is_word and token.low in ("according",) and k + 1 < n and body[k + 1].low == "to":
            end = g.noun_phrase(body, k + 2)
            k = end + (1 if end < n and body[end].text == "," else 0)
        elif token.is_word and token.low in g.w.subordinators and token.low not in g.w.relatives and k == 0 and not g.w.verb_second:
            k += 1
        else:
            break
    return body[k:], k > 0


def invert(g: Grammar, body: list[Token]) -> tuple[list[Token], bool]:
    """A Dutch/German clause left verb-first back in subject-verb order."""
    if len(body) < 2:
        return body, False
    verb = body[0]
    if not g.is_verb_like(verb) or g.starts_subject(verb):
        return body, False
    at = 1
    while at < len(body) and body[at].is_word and body[at].low in g.w.adverbs and body[at].low not in g.w.quantifiers:
        at += 1
    skipped: list[Token] = []
    if at < len(body) and body[at].is_word and body[at].low in g.w.attributions:
        end = g.noun_phrase(body, at + 1)
        if end > at + 1:
            skipped = body[at:end]
            at = end
    moved: list[Token] = []
    if at < len(body) and g.is_preposition(body[at]) and body[at].low not in g.w.attributions:
        pp_end = g.noun_phrase(body, at + 1)
        if pp_end > at + 1 and pp_end < len(body) and g.starts_subject(body[pp_end]) and not g.is_preposition(body[pp_end]):
            moved = body[at:pp_end]
            at = pp_end
    bare_plural = (
        at < len(body) and g.language == "nl" and body[at].is_word and g.is_content(body[at])
        and body[at].low.endswith(("ers", "en", "s")) and not g.is_participle(body[at])
    )
    role = at < len(body) and body[at].low in ROLE_WORDS and at + 1 < len(body) and body[at + 1].is_cap
    if at >= len(body) or not (g.starts_subject(body[at]) or bare_plural or role):
        return body, False
    end = g.noun_phrase(body, at)
    if end <= at:
        return body, False
    subject = body[at:end]
    rest = body[1:at] + body[end:]
    rest = [t for t in rest if t not in skipped]
    del moved  # the phrase stays after the verb
    if g.language == "nl" and subject[0].low == "er" and end < len(body):
        return body, False
    return [*subject, verb, *rest], True


def cut_coordination(g: Grammar, clause: list[Token], chosen: list[Token]) -> list[Token]:
    """Keep the conjunct with the date when the other one has a time of its own.

    "Het zwembad werd in 1972 geopend en is sindsdien nauwelijks gerenoveerd" -> the first part;
    "Harlow were relegated in 2021 and nearly went bankrupt a year later" -> either part, with
    the subject, for its own date.
    """
    if not chosen:
        return clause
    target = chosen[0].index
    for k, token in enumerate(clause):
        contrast = token.is_word and token.low in ("but", "maar", "aber", "mais")
        if (not (token.is_word and token.low in ("en", "and", "und", "et")) and not contrast) or k == 0 or k + 1 >= len(clause):
            continue
        following = clause[k + 1]
        verbish = g.is_auxiliary(following) or (
            following.is_word and not following.is_cap and g.is_verb_like(following) and not adjective_pair(clause, k)
        ) or (following.is_word and following.low in g.w.adverbs and k + 2 < len(clause) and g.is_verb_like(clause[k + 2]))
        if not verbish:
            continue
        first, second = clause[:k], clause[k + 1 :]
        second_timed = any((t.kind == "date" and t not in chosen) or t.low in _THEN for t in second)
        first_timed = any(t.kind == "date" and t not in chosen for t in first)
        if target < token.index and (second_timed or contrast) and count_words(first) >= 2:
            return first
        if target > token.index and first_timed:
            start = next((n for n, t in enumerate(first) if t.kind in ("word", "number")), 0)
            end = g.noun_phrase(first, start)
            if end > start:
                return first[start:end] + second
    return clause


def adjective_pair(body: list[Token], k: int) -> bool:
    """"grote en kleine bedrijven": a coordinator between two words before a noun."""
    return k + 2 < len(body) and body[k + 2].is_word and not body[k + 2].is_cap and body[k - 1].low.endswith("e")
