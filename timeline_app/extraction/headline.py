"""Headline drafts: who did what, from the clause that carries the date, at most 90 characters.

Steps (see :mod:`.clauses` for the word-order rules they rely on):

1. A quote with a reporting tag (""We expect nothing", sagte Peskow am Mittwoch") becomes
   "Speaker: quote".
2. The clause holding the date: the sentence is cut at ``;``, ``:`` and dashes, then at commas
   into chunks; a chunk that continues the predicate ("..., a repris de la vigueur mardi") is
   joined to the chunk with its subject; a relative clause takes its antecedent
   ("Russia, which annexed Crimea in 2014" -> "Russia annexed Crimea"; "de vier regio's die
   Rusland in 2022 tot Russisch grondgebied verklaarde" -> "Rusland verklaarde de vier regio's
   tot Russisch grondgebied"); a subordinate clause drops its conjunction ("since Russia
   invaded Ukraine on ..." -> "Russia invaded Ukraine"); a trailing reporting tag ("..., a
   annoncé mercredi Santé publique France") gives way to the content it reports, and so does a
   "Dat maakte X bekend" sentence to the sentence before it.
3. Every date expression goes, with the prepositions and articles leading into it; then
   leading connectives, adverbs and attributions ("Volgens X", "Selon X,") go too.
4. Dutch and German: a clause left verb-first is put back in subject-verb order ("Op 18
   februari spraken Rubio en Lavrov ..." -> "Rubio en Lavrov spraken ..."); verb-final
   subordinate clauses move their finite verb after the subject.
5. A lone personal pronoun subject ("hij", "she", "il") is replaced by the one person named in
   the sentence before, when there is exactly one (``antecedent``); otherwise it stays.
6. A date that modifies a noun ("de invasie van 24 februari 2022", "l'invasion russe du 24
   février") in a clause that is not about it (a copula or "follows" clause, or inside a
   "since"/"sinds" phrase) gives that noun phrase as the headline ("De Russische invasie").
7. Over 90 characters: parentheses, then role words before a name ("de Amerikaanse minister
   van Buitenlandse Zaken Marco Rubio" -> "Marco Rubio"), then trailing phrases go, cut at a
   word boundary; no "…" is added (the display elides, the stored text does not).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from timeline_app.extraction.boilerplate import strip_caption_label
from timeline_app.extraction.clauses import OPEN_QUOTES, QUOTES, Grammar, Token, join, tokenize
from timeline_app.extraction.clausewords import class_words
from timeline_app.extraction.eventwords import ORG_WORDS

MAX_HEADLINE_CHARS = 90
MIN_CLAUSE_WORDS = 3
_EDGE_JUNK = " \t\n,;:—–-*_\"'“”‘’«»„()[]"
_HARD_BREAKS = frozenset({";", "—", "–"})
_SINCE = frozenset({"sinds", "sedert", "since", "seit", "depuis", "na", "after", "nach", "après", "tot", "until", "bis"})
_LEAD_INS = frozenset({
    "en", "and", "und", "et", "of", "or", "ou", "oder", "-", "pas", "al", "reeds", "nog", "already", "just", "only",
    "bereits", "schon", "erst", "noch", "déjà", "dès", "ook", "auch", "also", "eind", "begin", "midden", "end",
})
_THEN = frozenset({
    "sindsdien", "daarna", "later", "since", "afterwards", "then", "seitdem", "danach", "später", "depuis", "puis",
    "ensuite",
})
_CLITICS = frozenset({"lui", "leur", "y", "en", "faut", "s'agit", "se", "s'", "semble", "paraît"})
_TIMEY = frozenset({"heute", "vandaag", "today", "aujourd'hui", "nu", "now", "jetzt", "maintenant"})


@dataclass(frozen=True, slots=True)
class HeadlineDraft:
    """A drafted headline and what kind of clause it came from.

    ``clause``: main, inverted (V2 put back), subordinate, relative, report (content of a
    reporting sentence), quote, noun (a noun phrase the date modifies) or fragment (no finite
    clause found). ``noun_modifier``: the date modifies a noun rather than the verb.
    """

    text: str
    clause: str
    noun_modifier: bool = False


@cache
def grammar(language: str | None) -> Grammar:
    """The clause grammar of ``language`` (English for unknown languages)."""
    lang = language if language in ("nl", "de", "en", "fr") else "en"
    return Grammar(class_words(lang), lang)


def make_headline(
    sentence: str,
    date_spans: Sequence[tuple[int, int]],
    target: tuple[int, int],
    language: str | None,
    *,
    heading: str | None = None,
    antecedent: str | None = None,
    previous: str | None = None,
) -> str:
    """The headline text of :func:`draft_headline`."""
    return draft_headline(sentence, date_spans, target, language, heading=heading, antecedent=antecedent,
                          previous=previous).text


def draft_headline(
    sentence: str,
    date_spans: Sequence[tuple[int, int]],
    target: tuple[int, int] | None,
    language: str | None,
    *,
    heading: str | None = None,
    antecedent: str | None = None,
    previous: str | None = None,
) -> HeadlineDraft:
    """A headline for the happening dated by ``target`` in ``sentence`` (see the module notes).

    ``date_spans`` are the offsets of all date expressions in the sentence; ``heading`` a
    section heading that introduces it (put in front, for vague dates); ``antecedent`` the one
    person named just before (for a pronoun subject); ``previous`` the sentence before (for
    "Dat maakte X bekend").
    """
    g = grammar(language)
    label = len(sentence) - len(strip_caption_label(sentence))
    tokens = [t for t in tokenize(sentence, date_spans) if t.start >= label]
    chosen = [t for t in tokens if t.kind == "date" and target is not None and t.start < target[1] and t.end > target[0]]
    draft = _draft(g, tokens, chosen, sentence, antecedent, previous)
    text = draft.text
    if heading:
        heading = heading.strip(_EDGE_JUNK)
        text = f"{heading}: {_lower_first(g, text)}" if text else heading
    return HeadlineDraft(trim(_capitalize(text)), draft.clause, draft.noun_modifier)


def trim(text: str, limit: int = MAX_HEADLINE_CHARS) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters (no ellipsis added)."""
    text = text.strip(_EDGE_JUNK).rstrip(".!?…").strip(_EDGE_JUNK)
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    space = cut.rfind(" ")
    cut = cut[:space] if space > limit // 2 else text[:limit]
    return cut.rstrip(_EDGE_JUNK + ".")


# -- the pipeline ------------------------------------------------------------------------


def _draft(
    g: Grammar, tokens: list[Token], chosen: list[Token], sentence: str, antecedent: str | None, previous: str | None
) -> HeadlineDraft:
    quoted = _quote_report(g, tokens, chosen)
    if quoted is not None:
        speaker, quote = quoted
        return HeadlineDraft(_fit(g, speaker, sentence) + ": " + _clean_quote(g, quote, sentence), "quote")
    segment = _segment(tokens, chosen)
    chunks = _chunks(g, segment)
    where = next((k for k, c in enumerate(chunks) if any(t in c for t in chosen)), 0) if chosen else 0
    noun = _noun_event(g, segment, chosen)
    if noun is not None:
        return HeadlineDraft(_fit(g, noun, sentence), "noun", True)
    clause, kind = _clause(g, chunks, where, chosen)
    if kind == "report-before":
        content = [t for t in segment if t.index < clause[0].index] if clause else []
        content = _strip_dates(g, content)
        if _words(content) >= MIN_CLAUSE_WORDS:
            return HeadlineDraft(_fit(g, _finish(g, content, antecedent), sentence), "report")
        kind = "main"
    if previous and _is_pointer_report(g, clause):
        prior = draft_headline(previous, (), None, g.language)
        if len(prior.text.split()) >= MIN_CLAUSE_WORDS:
            return HeadlineDraft(prior.text, "report")
    body = _strip_dates(g, _cut_coordination(g, clause, chosen))
    lead = next((t for t in clause if t.kind in ("word", "number", "date")), None)
    body, fronted = _strip_front(g, body)
    fronted = fronted or (lead is not None and lead not in body)
    if kind == "main" and fronted and g.w.verb_second:
        body, inverted = _invert(g, body)
        kind = "inverted" if inverted else kind
    if _words(body) < 2 and len(chunks) > 1:
        body = _strip_front(g, _strip_dates(g, [t for t in segment if t.kind != "punct"]))[0]
        kind = "fragment"
    return HeadlineDraft(_fit(g, _finish(g, body, antecedent), sentence), kind)


def _words(tokens: Sequence[Token]) -> int:
    return sum(1 for t in tokens if t.kind in ("word", "number"))


def _segment(tokens: list[Token], chosen: list[Token]) -> list[Token]:
    """The stretch between hard breaks (; — –, or a colon not inside a number) around the date."""
    if not chosen:
        return tokens
    first = chosen[0].index
    start, end = 0, len(tokens)
    for k, token in enumerate(tokens):
        if token.text in _HARD_BREAKS or token.text == ":":
            if k < first:
                start = k + 1
            elif k > chosen[-1].index:
                end = k
                break
    return tokens[start:end] or tokens


def _chunks(g: Grammar, segment: list[Token]) -> list[list[Token]]:
    """The comma-separated stretches of a segment; list commas ("X, Y et Z ont ...") do not split."""
    chunks: list[list[Token]] = [[]]
    for token in segment:
        if token.text == "," and token.kind == "punct":
            chunks.append([])
        elif token.kind == "punct" and token.text in ".!?…":
            continue
        else:
            chunks[-1].append(token)
    chunks = [c for c in chunks if c]
    merged: list[list[Token]] = []
    for chunk in chunks:
        if merged and _bare_noun_phrase(g, merged[-1]) and _has_list_end(g, chunk):
            merged[-1] = [*merged[-1], _comma_after(merged[-1][-1]), *chunk]
        else:
            merged.append(chunk)
    return merged


def _comma_after(token: Token) -> Token:
    return Token(-1, token.end, token.end, ",", "punct")


def _bare_noun_phrase(g: Grammar, chunk: list[Token]) -> bool:
    words = [t for t in chunk if t.kind != "date"]
    return bool(words) and g.starts_subject(words[0]) and g.noun_phrase(words, 0) == len(words) and _words(words) <= 5


def _has_list_end(g: Grammar, chunk: list[Token]) -> bool:
    """A chunk that ends a list: a noun phrase joined by "et/and/en/und" to the next one."""
    end = g.noun_phrase(chunk, 0)
    return 0 < end < len(chunk) and any(t.low in ("et", "and", "en", "und", "ou", "or", "of", "oder") for t in chunk[:end])


def _clause(g: Grammar, chunks: list[list[Token]], where: int, chosen: list[Token]) -> tuple[list[Token], str]:
    """The tokens of the clause holding the date, and the clause's kind."""
    chunk = chunks[where]
    first = _first_word(chunk)
    if where > 0 and _is_report_tag(g, chunk):
        return chunk, "report-before"
    if first is not None and first.low in g.w.relatives and where > 0 and first.low not in g.w.subordinators - g.w.relatives:
        head = _antecedent_phrase(g, chunks[where - 1])
        if head:
            return _relative(g, head, chunk[chunk.index(first) + 1 :]), "relative"
    inner = _inner_relative(g, chunk, chosen)
    if inner is not None:
        return inner, "relative"
    inner = _inner_subordinate(g, chunk, chosen)
    if inner is not None:
        return inner, "subordinate"
    if where > 0 and first is not None and _continues_predicate(g, chunk, first):
        subject = _subject_chunk(g, chunks)
        if subject and where + 1 < len(chunks) and _is_participle_apposition(g, first, chunks[where + 1]):
            return subject + _passive_auxiliary(g, subject) + chunk, "main"
        return subject + chunk, "main"
    if where > 0 and first is not None and first.low in g.w.subordinators and first is chunk[0]:
        return _verb_final_to_v2(g, chunk[1:]), "subordinate"
    if _only_dates_and_function(g, chunk) and where + 1 < len(chunks):
        return _clause(g, chunks, where + 1, [])[0], "main"
    chunk = _after_attribution(g, chunk, chosen)
    if where + 1 < len(chunks) and _complement_start(g, chunks[where + 1]):
        chunk = [*chunk, _comma_after(chunk[-1]), *chunks[where + 1]]
    return chunk, "main"


def _complement_start(g: Grammar, chunk: list[Token]) -> bool:
    first = _first_word(chunk)
    return first is not None and first is chunk[0] and first.low in ("dat", "dass", "that", "que", "qu'", "ob")


def _after_attribution(g: Grammar, chunk: list[Token], chosen: list[Token]) -> list[Token]:
    """"Police said three men ... on Saturday" -> the reported clause, when the date is in it."""
    if not chosen or chosen[0] not in chunk:
        return chunk
    at = chunk.index(chosen[0])
    for k in range(1, min(at, 8)):
        token = chunk[k]
        if not (token.is_word and token.low in g.w.say_verbs):
            continue
        if g.noun_phrase(chunk, 0) != k:
            return chunk
        rest = chunk[k + 1 :]
        if rest and rest[0].is_word and rest[0].low in ("that", "dat", "dass", "que", "qu'"):
            rest = rest[1:]
            if g.w.verb_second:
                return _verb_final_to_v2(g, rest)
        first = _first_word(rest)
        return rest if first is not None and g.starts_subject(first) else chunk
    return chunk


def _is_participle_apposition(g: Grammar, first: Token, following: list[Token]) -> bool:
    """", lancée le 15 octobre, a touché ...": a participle between the subject and its verb."""
    if g.w.verb_second or first.low in g.w.auxiliaries:
        return False
    shaped = first.low.endswith(("é", "ée", "és", "ées")) if g.language == "fr" else first.low.endswith("ed")
    nxt = _first_word(following)
    return shaped and nxt is not None and (nxt.low in g.w.auxiliaries or g.is_verb_like(nxt))


def _passive_auxiliary(g: Grammar, subject: list[Token]) -> list[Token]:
    plural = any(t.low in ("les", "des", "ces", "leurs", "nos", "mes", "ses") for t in subject[:2]) or (
        g.language == "en" and subject[-1].low.endswith("s")
    )
    words = ("ont", "été") if g.language == "fr" and plural else ("a", "été") if g.language == "fr" else (
        ("were",) if plural else ("was",)
    )
    return [Token(-2 - n, 0, 0, w, "word") for n, w in enumerate(words)]


def _inner_relative(g: Grammar, chunk: list[Token], chosen: list[Token]) -> list[Token] | None:
    """"de vier regio's die Rusland in 2022 ... verklaarde" (no comma): the relative clause with its head."""
    if not chosen or chosen[0] not in chunk or g.language == "de":
        return None  # German sets every relative clause off with a comma
    at = chunk.index(chosen[0])
    for k in range(at - 1, 1, -1):
        token = chunk[k]
        if token.kind != "word" or token.low not in g.w.relatives or token.low in ("dat", "that", "que", "qu'", "wat", "where", "waar", "où"):
            continue
        before, after = chunk[k - 1], chunk[k + 1] if k + 1 < len(chunk) else None
        if not (g.is_content(before) or before.is_cap) or after is None:
            return None
        if g.w.verb_second and after.is_word and not after.is_cap and g.is_content(after):
            return None  # a determiner: "die regio's"
        start = k - 1
        while start > 0 and (g.is_content(chunk[start - 1]) or chunk[start - 1].is_cap or chunk[start - 1].kind == "number"):
            start -= 1
        if start > 0 and g.is_determiner(chunk[start - 1]):
            start -= 1
        elif g.w.verb_second:
            return None  # no determiner before the head: "die" is more likely an article
        return _relative(g, chunk[start:k], chunk[k + 1 :])
    return None


def _first_word(chunk: Sequence[Token]) -> Token | None:
    return next((t for t in chunk if t.kind in ("word", "number")), None)


def _only_dates_and_function(g: Grammar, chunk: Sequence[Token]) -> bool:
    return all(t.kind in ("date", "punct", "quote") or (t.is_word and not g.is_content(t) and not t.is_cap) for t in chunk)


def _continues_predicate(g: Grammar, chunk: list[Token], first: Token) -> bool:
    """A chunk that starts with a verb: the rest of the predicate whose subject came earlier."""
    if first.is_cap or first.kind != "word":
        return False
    if g.w.verb_second:
        return first.low in g.w.auxiliaries and first.low not in g.w.pronouns
    return first.low in g.w.auxiliaries or (g.is_content(first) and not first.low.endswith("ing"))


def _subject_chunk(g: Grammar, chunks: list[list[Token]]) -> list[Token]:
    """The first chunk of the sentence, when it opens with a subject."""
    head = chunks[0]
    first = _first_word(head)
    return head if first is not None and g.starts_subject(first) else []


def _is_report_tag(g: Grammar, chunk: list[Token]) -> bool:
    """", sagte X am Montag" / ", a annoncé mercredi X" / ", the company said on Thursday"."""
    words = [t for t in chunk if t.kind == "word"]
    if not words or len(words) > 8:
        return False
    if words[0].low in g.w.say_verbs or (len(words) > 1 and f"{words[0].low} {words[1].low}" in g.w.say_verbs):
        return True
    if words[0].low in g.w.auxiliaries and len(words) > 1 and words[1].low in g.w.say_verbs:
        return True
    return any(w.low in g.w.say_verbs for w in words[1:4]) and g.starts_subject(words[0]) and not any(
        w.low in g.w.subordinators for w in words
    )


def _is_pointer_report(g: Grammar, clause: list[Token]) -> bool:
    """"Dat maakte het ministerie woensdag bekend", "Das teilte das Unternehmen mit", "Dat meldt ANP"."""
    words = [t for t in clause if t.kind == "word"]
    if len(words) < 2 or words[0].low not in g.w.demonstratives:
        return False
    if words[1].low in g.w.say_verbs:
        return True
    return any(w.low in g.w.say_particles or w.low in g.w.say_verbs for w in words[-2:]) and (
        g.w.verb_second or words[1].low in g.w.auxiliaries
    )


def _antecedent_phrase(g: Grammar, chunk: list[Token]) -> list[Token]:
    """The noun phrase that ends ``chunk`` (what a following relative clause is about)."""
    best: list[Token] = []
    for k in range(len(chunk)):
        if chunk[k].kind in ("word", "number") and (g.starts_subject(chunk[k]) or g.is_content(chunk[k])):
            end = g.noun_phrase(chunk, k)
            if end == len(chunk):
                best = chunk[k:]
                break
    if best and best[0].low in g.w.prepositions:
        best = best[1:]
    return best


def _relative(g: Grammar, head: list[Token], rest: list[Token]) -> list[Token]:
    """A relative clause as a main clause: "which annexed Crimea" -> "Russia annexed Crimea"."""
    body = [t for t in rest if t.kind != "date"]
    first = _first_word(body)
    subject_inside = first is not None and (first.is_cap or (g.is_pronoun(first) and not g.is_determiner(first)))
    if g.language == "fr":
        subject_inside = bool(rest) and rest[0].low in g.w.object_relatives
    elif g.language == "en" and first is not None:
        subject_inside = g.starts_subject(first) and first.low not in g.w.auxiliaries
    if not subject_inside:
        clause = _verb_final_to_v2(g, head + body, subject_end=len(head)) if g.w.verb_second else head + body
        return clause
    # The antecedent is the object: "die Rusland ... verklaarde" -> "Rusland verklaarde <head> ...".
    end = g.noun_phrase(body, body.index(first))
    subject, after = body[: end], body[end:]
    if g.w.verb_second:
        cluster_at = g.verb_cluster(after)
        cluster = after[cluster_at:]
        if cluster:
            k = g.finite_in(cluster)
            return subject + [cluster[k]] + head + after[:cluster_at] + cluster[:k] + cluster[k + 1 :]
        return subject + after + head
    verb_end = next((k + 1 for k, t in enumerate(after) if g.is_verb_like(t) and not g.is_auxiliary(t)), len(after))
    return subject + after[:verb_end] + head + after[verb_end:]


def _inner_subordinate(g: Grammar, chunk: list[Token], chosen: list[Token]) -> list[Token] | None:
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
        first = _first_word(rest)
        if first is None or not g.starts_subject(first) or g.is_determiner(first) and first.low in ("die", "dat", "that"):
            return None
        end = g.noun_phrase(rest, rest.index(first))
        if end >= len(rest) or end == rest.index(first):
            return None
        if g.w.verb_second:
            return _verb_final_to_v2(g, chunk[k + 1 :])
        if g.is_verb_like(rest[end]):
            return chunk[k + 1 :]
        return None
    return None


def _verb_final_to_v2(g: Grammar, clause: list[Token], subject_end: int | None = None) -> list[Token]:
    """Dutch/German verb-final order to main-clause order: subject, finite verb, the rest."""
    if not g.w.verb_second:
        return clause
    words = [t for t in clause if t.kind != "date"]
    if not words:
        return clause
    first = _first_word(words)
    if first is None:
        return clause
    begin = words.index(first)
    end = subject_end if subject_end is not None else g.noun_phrase(words, begin)
    if end <= begin:
        return clause
    cluster_at = g.verb_cluster(words)
    if cluster_at <= end:
        return words
    cluster = words[cluster_at:]
    k = g.finite_in(cluster)
    return words[:end] + [cluster[k]] + words[end:cluster_at] + cluster[:k] + cluster[k + 1 :]


# -- quotes, noun phrases, dates and the front of the clause ------------------------------


def _quote_report(g: Grammar, tokens: list[Token], chosen: list[Token]) -> tuple[list[Token], list[Token]] | None:
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


def _clean_quote(g: Grammar, quote: list[Token], sentence: str) -> str:
    text = join([t for t in quote if t.kind != "quote"], sentence).strip(_EDGE_JUNK)
    return _capitalize(text)


def _noun_event(g: Grammar, segment: list[Token], chosen: list[Token]) -> list[Token] | None:
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
        end = _with_place(g, segment, end)
        if end > at + 2:
            return [Token(-3, 0, 0, "the", "word"), *segment[at + 2 : end]]
        return None
    if at < 2:
        return None
    linker = segment[at - 1]
    named = copula and g.is_preposition(linker) and segment[at - 2].is_cap and _after_comparison(g, segment, at - 2)
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


def _after_comparison(g: Grammar, segment: list[Token], at: int) -> bool:
    """"groter dan bij storm Eunice": the phrase ending at ``at`` follows "dan/than/que/als"."""
    for k in range(at - 1, max(-1, at - 5), -1):
        if segment[k].low in ("dan", "than", "que", "als"):
            return True
    return False


def _with_place(g: Grammar, segment: list[Token], end: int) -> int:
    """Extend a noun phrase by a place phrase ("in Turkey and Syria")."""
    if end < len(segment) and segment[end].low in ("in", "à", "im", "en") and end + 1 < len(segment) and segment[end + 1].is_cap:
        k = end + 1
        while k < len(segment) and (segment[k].is_cap or (segment[k].low in ("and", "en", "et", "und") and k + 1 < len(segment) and segment[k + 1].is_cap)):
            k += 1
        return k
    return end


def _strip_dates(g: Grammar, clause: list[Token]) -> list[Token]:
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
        while j >= 0 and steps < 3:
            word = clause[j]
            lead = word.is_word and (not word.is_cap or j == first_word) and (
                word.low in g.w.prepositions or g.is_determiner(word) or word.low in _LEAD_INS
            )
            if word.kind == "date" or lead:
                dropped.add(j)
                j -= 1
                steps += 1
            else:
                break
    kept = [t for k, t in enumerate(clause) if k not in dropped]
    if g.language == "en":
        kept = _restore_article(clause, dropped, kept)
    return [t for t in kept if not (t.is_word and t.low in _TIMEY)]


def _restore_article(clause: list[Token], dropped: set[int], kept: list[Token]) -> list[Token]:
    """"from Monday's earthquake" -> "from the earthquake"."""
    out: list[Token] = []
    for k, token in enumerate(clause):
        if k in dropped:
            if token.text in ("'s", "’s"):
                out.append(Token(token.index, token.start, token.end, "the", "word"))
            continue
        out.append(token)
    return out if len(out) >= len(kept) else kept


def _strip_front(g: Grammar, body: list[Token]) -> tuple[list[Token], bool]:
    """Drop leading connectives, adverbs, quotes and attributions; say whether anything went."""
    k = 0
    n = len(body)
    while k < n:
        token = body[k]
        if token.kind in ("punct", "quote"):
            k += 1
        elif token.is_word and (token.low in g.w.coordinators or token.low in g.w.adverbs) and k + 1 < n:
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


def _invert(g: Grammar, body: list[Token]) -> tuple[list[Token], bool]:
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
    if at >= len(body) or not g.starts_subject(body[at]):
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
    return subject + [verb] + rest, True


def _cut_coordination(g: Grammar, clause: list[Token], chosen: list[Token]) -> list[Token]:
    """Keep the conjunct with the date when the other one has a time of its own.

    "Het zwembad werd in 1972 geopend en is sindsdien nauwelijks gerenoveerd" -> the first part;
    "Harlow were relegated in 2021 and nearly went bankrupt a year later" -> either part, with
    the subject, for its own date.
    """
    if not chosen:
        return clause
    target = chosen[0].index
    for k, token in enumerate(clause):
        if not (token.is_word and token.low in ("en", "and", "und", "et")) or k == 0 or k + 1 >= len(clause):
            continue
        following = clause[k + 1]
        verbish = g.is_auxiliary(following) or (
            following.is_word and not following.is_cap and g.is_verb_like(following) and not _adjective_pair(clause, k)
        ) or (following.is_word and following.low in g.w.adverbs and k + 2 < len(clause) and g.is_verb_like(clause[k + 2]))
        if not verbish:
            continue
        first, second = clause[:k], clause[k + 1 :]
        second_timed = any((t.kind == "date" and t not in chosen) or t.low in _THEN for t in second)
        first_timed = any(t.kind == "date" and t not in chosen for t in first)
        if target < token.index and second_timed and _words(first) >= MIN_CLAUSE_WORDS:
            return first
        if target > token.index and first_timed:
            start = next((n for n, t in enumerate(first) if t.kind in ("word", "number")), 0)
            end = g.noun_phrase(first, start)
            if end > start:
                return first[start:end] + second
    return clause


def _adjective_pair(body: list[Token], k: int) -> bool:
    """"grote en kleine bedrijven": a coordinator between two words before a noun."""
    return k + 2 < len(body) and body[k + 2].is_word and not body[k + 2].is_cap and body[k - 1].low.endswith("e")


def _finish(g: Grammar, body: list[Token], antecedent: str | None) -> list[Token]:
    """Drop trailing function words; replace a lone pronoun subject by ``antecedent``.

    Dutch and German keep a final preposition: it is a separable verb particle ("nam ... aan").
    """
    while body and (body[-1].kind in ("punct", "quote") or (body[-1].is_word and not body[-1].is_cap and (
        (body[-1].low in g.w.prepositions and not g.w.verb_second) or g.is_determiner(body[-1])
        or body[-1].low in g.w.coordinators
    ))):
        body = body[:-1]
    while body and body[0].kind in ("punct",):
        body = body[1:]
    if (
        antecedent and len(body) > 1 and body[0].is_word and body[0].low in g.w.personal_singular
        and body[1].low not in _CLITICS
    ):
        return [Token(-10, 0, 0, antecedent, "word"), *body[1:]]
    return body


def _fit(g: Grammar, body: list[Token], sentence: str) -> str:
    """The clause as text, shortened to the headline limit by dropping the least needed parts."""
    text = join(body, sentence)
    if len(text) <= MAX_HEADLINE_CHARS:
        return text
    body = _without_parentheses(body)
    body = _names_for_roles(g, body)
    text = join(body, sentence)
    if len(text) <= MAX_HEADLINE_CHARS:
        return text
    return _cut_phrase(g, body, sentence)


def _without_parentheses(body: list[Token]) -> list[Token]:
    out: list[Token] = []
    depth = 0
    for token in body:
        if token.text == "(":
            depth += 1
        elif token.text == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(token)
    return out


def _names_for_roles(g: Grammar, body: list[Token]) -> list[Token]:
    """"de Amerikaanse minister van Buitenlandse Zaken Marco Rubio" -> "Marco Rubio" (each conjunct)."""
    out: list[Token] = []
    k = 0
    while k < len(body):
        end = g.noun_phrase(body, k) if g.starts_subject(body[k]) else k
        if end - k >= 3:
            phrase = body[k:end]
            out.extend(_name_of(phrase))
            k = end
        else:
            out.append(body[k])
            k += 1
    return out


def _name_of(phrase: list[Token]) -> list[Token]:
    """The person names inside a noun phrase: runs of two or three capitals after lower-case role
    words ("de Amerikaanse minister van Buitenlandse Zaken Marco Rubio" -> "Marco Rubio")."""
    parts: list[list[Token]] = []
    run: list[Token] = []
    conjunctions: list[Token] = []
    lowered = False
    for token in [*phrase, Token(-99, 0, 0, ".", "punct")]:
        if token.is_cap:
            run.append(token)
            continue
        if 2 <= len(run) <= 3 and lowered and not any(t.low in ORG_WORDS for t in run):
            parts.append(run)
        run = []
        if token.is_word:
            lowered = True
            if token.low in ("en", "and", "und", "et") and parts:
                conjunctions.append(token)
    if not parts:
        return phrase
    out: list[Token] = []
    for n, part in enumerate(parts):
        if n and conjunctions:
            out.append(conjunctions[min(n - 1, len(conjunctions) - 1)])
        out.extend(part)
    return out


def _cut_phrase(g: Grammar, body: list[Token], sentence: str) -> str:
    """Cut at the last clause-like break (comma, conjunction, preposition) that fits; else a word boundary."""
    best = 0
    for k in range(1, len(body)):
        token = body[k]
        if token.text == "," or (token.is_word and (token.low in g.w.coordinators or token.low in g.w.prepositions
                                                     or token.low in g.w.subordinators or token.low in g.w.relatives)):
            if len(join(body[:k], sentence)) <= MAX_HEADLINE_CHARS and _words(body[:k]) >= 4:
                best = k
    if best:
        return join(_finish(g, body[:best], None), sentence)
    words = join(body, sentence)[: MAX_HEADLINE_CHARS + 1]
    trimmed = words[: words.rfind(" ")] if " " in words else words
    tail = trimmed.rsplit(" ", 1)
    if len(tail) == 2 and tail[1].casefold() in g.function:
        trimmed = tail[0]
    return trimmed


def _capitalize(text: str) -> str:
    stripped = text.lstrip(_EDGE_JUNK)
    return stripped[:1].upper() + stripped[1:]


def _lower_first(g: Grammar, text: str) -> str:
    first = text.split(" ", 1)[0]
    if first.casefold() in g.function:
        return text[:1].lower() + text[1:]
    return text
