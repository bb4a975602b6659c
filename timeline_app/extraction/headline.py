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

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from timeline_app.extraction.boilerplate import strip_caption_label
from timeline_app.extraction.clauses import Grammar, Token, tokenize
from timeline_app.extraction.clausewords import class_words
from timeline_app.extraction.reorder import (
    EDGE_JUNK,
    MIN_CLAUSE_WORDS,
    clean_quote,
    count_words,
    cut_coordination,
    first_word,
    inner_subordinate,
    invert,
    noun_event,
    quote_report,
    relative,
    strip_dates,
    strip_front,
    verb_final_to_v2,
)
from timeline_app.extraction.shorten import MAX_HEADLINE_CHARS, finish, fit, is_name_apposition

WINDOW_TOKENS = 48
_HARD_BREAKS = frozenset({";", "—", "–"})
_ZU_INFINITIVE = re.compile(r"^(?:an|auf|aus|ein|ab|bei|mit|nach|vor|zu|zurück|weg|fest|her|hin)zu\w+en$")
_SAID = frozenset({"erklärt", "gesagt", "betont", "gezegd", "verklaard", "said", "declared", "déclaré", "affirmé",
                   "zei", "sagte", "erklärte"})
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
    from_previous: bool = False
    redundant: bool = False


@lru_cache(maxsize=64)
def _tokens(sentence: str, date_spans: tuple[tuple[int, int], ...]) -> tuple[list[Token], dict[int, int]]:
    """The tokens of a sentence after any caption label, and the position of each date token by
    its start; computed once for all the dates in the sentence."""
    label = len(sentence) - len(strip_caption_label(sentence))
    tokens = [t for t in tokenize(sentence, date_spans) if t.start >= label]
    return tokens, {t.start: k for k, t in enumerate(tokens) if t.kind == "date"}


def sentence_tokens(sentence: str, date_spans: Sequence[tuple[int, int]]) -> list[Token]:
    """The tokens of ``sentence`` (after a caption label), each date expression one token; shared
    with the headline drafts of the same sentence."""
    return _tokens(sentence, tuple(sorted(date_spans)))[0]


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
    previous: tuple[str, Sequence[tuple[int, int]]] | None = None,
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
    previous: tuple[str, Sequence[tuple[int, int]]] | None = None,
) -> HeadlineDraft:
    """A headline for the happening dated by ``target`` in ``sentence`` (see the module notes).

    ``date_spans`` are the offsets of all date expressions in the sentence; ``heading`` a
    section heading that introduces it (put in front, for vague dates); ``antecedent`` the one
    person named just before (for a pronoun subject); ``previous`` the sentence before and the
    offsets of its dates (for "Dat maakte X bekend").
    """
    g = grammar(language)
    all_tokens, dates = _tokens(sentence, tuple(sorted(date_spans)))
    chosen: list[Token] = []
    if target is not None:
        for start, position in dates.items():
            if target[0] <= start < target[1] or (start <= target[0] < all_tokens[position].end):
                chosen.append(all_tokens[position])
        chosen.sort(key=lambda t: t.start)
    tokens = all_tokens
    if chosen and len(tokens) > 2 * WINDOW_TOKENS:
        # A bounded stretch around the date: the work per date stays constant in long sentences.
        first, last = dates[chosen[0].start], dates[chosen[-1].start]
        tokens = tokens[max(0, first - WINDOW_TOKENS) : last + WINDOW_TOKENS]
    draft = _draft(g, tokens, chosen, sentence, antecedent, previous)
    text = draft.text
    if heading:
        heading = heading.strip(EDGE_JUNK)
        text = f"{heading}: {_lower_first(g, text)}" if text else heading
    return HeadlineDraft(
        trim(_capitalize(text)), draft.clause, draft.noun_modifier, draft.from_previous, draft.redundant
    )


def trim(text: str, limit: int = MAX_HEADLINE_CHARS) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters (no ellipsis added)."""
    text = text.strip(EDGE_JUNK).rstrip(".!?…").strip(EDGE_JUNK)
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    space = cut.rfind(" ")
    cut = cut[:space] if space > limit // 2 else text[:limit]
    return cut.rstrip(EDGE_JUNK + ".")


# -- the pipeline ------------------------------------------------------------------------


def _draft(
    g: Grammar, tokens: list[Token], chosen: list[Token], sentence: str, antecedent: str | None,
    previous: tuple[str, Sequence[tuple[int, int]]] | None,
) -> HeadlineDraft:
    quoted = quote_report(g, tokens, chosen)
    if quoted is not None:
        speaker, quote = quoted
        return HeadlineDraft(fit(g, speaker, sentence) + ": " + clean_quote(g, quote, sentence), "quote")
    segment = _segment(tokens, chosen)
    chunks = _chunks(g, segment)
    if not chunks:
        return HeadlineDraft("", "fragment")
    where = next((k for k, c in enumerate(chunks) if any(t in c for t in chosen)), 0) if chosen else 0
    noun = noun_event(g, segment, chosen)
    if noun is not None:
        return HeadlineDraft(fit(g, noun, sentence), "noun", True)
    clause, kind = _clause(g, chunks, where, chosen)
    if kind == "report-before":
        content = _reported_content(g, chunks[:where]) if clause else []
        dated = any(t.kind == "date" for t in content)
        content = strip_dates(g, content)
        if count_words(content) >= MIN_CLAUSE_WORDS:
            # When the reported content has its own date, this one only dates the announcement.
            return HeadlineDraft(fit(g, finish(g, content, antecedent), sentence), "report", redundant=dated)
        kind = "main"
    if previous and _is_pointer_report(g, clause):
        prior = draft_headline(previous[0], previous[1], None, g.language)
        if len(prior.text.split()) >= MIN_CLAUSE_WORDS:
            return HeadlineDraft(prior.text, "report", from_previous=True)
    body = strip_dates(g, cut_coordination(g, clause, chosen))
    lead = next((t for t in clause if t.kind in ("word", "number", "date")), None)
    body, fronted = strip_front(g, body)
    fronted = fronted or (lead is not None and lead not in body)
    if kind == "main" and fronted and g.w.verb_second:
        body, inverted = invert(g, body)
        kind = "inverted" if inverted else kind
    if count_words(body) < 2 and len(chunks) > 1:
        body = strip_front(g, strip_dates(g, [t for t in segment if t.kind != "punct"]))[0]
        kind = "fragment"
    return HeadlineDraft(fit(g, finish(g, body, antecedent), sentence), kind)


def _reported_content(g: Grammar, chunks: list[list[Token]]) -> list[Token]:
    """What a trailing reporting tag reports: the chunks before it, without an apposition between
    the subject and its verb ("Margaret Ellison, one of the first women ..., has died")."""
    if len(chunks) >= 3:
        last = first_word(chunks[-1])
        subject = first_word(chunks[0])
        if last is not None and subject is not None and g.starts_subject(subject) and (
            g.is_auxiliary(last) or (not last.is_cap and g.is_content(last))
        ):
            return [*chunks[0], *chunks[-1]]
    out: list[Token] = []
    for chunk in chunks:
        if out:
            out.append(_comma_after(out[-1]))
        out.extend(chunk)
    return out


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
    return bool(words) and g.starts_subject(words[0]) and g.noun_phrase(words, 0) == len(words) and count_words(words) <= 5


def _has_list_end(g: Grammar, chunk: list[Token]) -> bool:
    """A chunk that ends a list: a noun phrase joined by "et/and/en/und" to the next one."""
    end = g.noun_phrase(chunk, 0)
    return 0 < end < len(chunk) and any(t.low in ("et", "and", "en", "und", "ou", "or", "of", "oder") for t in chunk[:end])


def _clause(g: Grammar, chunks: list[list[Token]], where: int, chosen: list[Token]) -> tuple[list[Token], str]:
    """The tokens of the clause holding the date, and the clause's kind."""
    chunk = chunks[where]
    first = first_word(chunk)
    if where > 0 and _is_report_tag(g, chunk):
        return chunk, "report-before"
    if first is not None and first.low in g.w.relatives and where > 0 and first.low not in g.w.subordinators - g.w.relatives:
        head = _head_before(g, chunks, where)
        if head:
            return relative(g, head, chunk[chunk.index(first) + 1 :]), "relative"
    inner = _inner_relative(g, chunk, chosen)
    if inner is not None:
        return inner, "relative"
    inner = inner_subordinate(g, chunk, chosen)
    if inner is not None:
        return inner, "subordinate"
    if where > 0 and where + 1 < len(chunks) and first is not None and first is chunk[0] and _is_participle(g, first):
        # ", lancée le 15 octobre," / ", inaugurée en 1993,": the noun before it was <participle>.
        head = _antecedent_phrase(g, chunks[where - 1]) if where > 1 or _subject_chunk(g, chunks) else []
        head = head or _subject_chunk(g, chunks)
        if head:
            return head + _passive_auxiliary(g, head) + chunk, "main"
    if where > 0 and first is not None and _continues_predicate(g, chunk, first, chunks[where - 1]):
        return _subject_chunk(g, chunks) + chunk, "main"
    if where > 0 and first is not None and first.low in g.w.subordinators and first is chunk[0]:
        return verb_final_to_v2(g, chunk[1:]), "subordinate"
    if _only_dates_and_function(g, chunk):
        if where + 1 < len(chunks):
            return _clause(g, chunks, where + 1, [])[0], "main"
        head = _antecedent_phrase(g, chunks[where - 1]) if where > 0 else []
        if head:  # "..., depuis le début du mouvement, le 19 janvier": the date names that noun
            return head, "noun"
    chunk = _after_attribution(g, chunk, chosen)
    following = chunks[where + 1] if where + 1 < len(chunks) else None
    if following is not None and (_complement_start(g, following) or _ends_saying(g, chunk)):
        chunk = [*chunk, _comma_after(chunk[-1]), *following]
    elif following is not None and where + 2 < len(chunks) and is_name_apposition(g, following):
        after = chunks[where + 2]
        first_after = first_word(after)
        if first_after is not None and first_after is after[0] and g.is_preposition(first_after):
            chunk = [*chunk, _comma_after(chunk[-1]), *following, _comma_after(following[-1]), *after]
    if where == 1 and first is not None and g.starts_subject(first) and _is_fronted_phrase(g, chunks[0]):
        chunk = [*chunk, *_lowered(chunks[0])]  # "Dans les raffineries, la grève a commencé" -> "... a commencé dans les raffineries"
    return chunk, "main"


def _is_participle(g: Grammar, token: Token) -> bool:
    if token.is_cap or g.w.verb_second or token.low in g.w.auxiliaries:
        return False
    return token.low.endswith(("é", "ée", "és", "ées")) if g.language == "fr" else token.low.endswith("ed")


def _is_fronted_phrase(g: Grammar, chunk: list[Token]) -> bool:
    """A place or circumstance before the subject ("Dans les raffineries", "In Amsterdam")."""
    first = first_word(chunk)
    return (
        first is not None and first is chunk[0] and g.is_preposition(first) and first.low not in g.w.attributions
        and not any(t.kind == "date" for t in chunk) and count_words(chunk) <= 6
    )


def _lowered(chunk: list[Token]) -> list[Token]:
    first = chunk[0]
    return [Token(first.index, first.start, first.end, first.text.lower(), first.kind), *chunk[1:]]


def _head_before(g: Grammar, chunks: list[list[Token]], where: int) -> list[Token]:
    """The noun a relative clause is about: the phrase ending the chunk before, or, past an
    apposition (", baptisée Ramses,", ", Het veer,"), the one before that with the apposition."""
    previous = chunks[where - 1]
    first = first_word(previous)
    if where > 1 and first is not None and (is_name_apposition(g, previous) or _is_participle(g, first)):
        head = _antecedent_phrase(g, chunks[where - 2])
        if head:
            return [*head, *previous]
    return _antecedent_phrase(g, previous)


def _ends_saying(g: Grammar, chunk: list[Token]) -> bool:
    """"Trump hatte erklärt, er wolle ...": a verb of saying closes the clause, its content follows."""
    last = next((t for t in reversed(chunk) if t.kind in ("word", "number")), None)
    return last is not None and (last.low in g.w.say_verbs or last.low in _SAID)


def _complement_start(g: Grammar, chunk: list[Token]) -> bool:
    """A "dass/dat/that/que" clause or a German zu-infinitive ("Revision einzulegen") after a comma."""
    first = first_word(chunk)
    if first is None or first is not chunk[0]:
        return False
    if first.low in ("dat", "dass", "that", "que", "qu'", "ob", "om"):
        return True
    last = chunk[-1]
    return g.language == "de" and len(chunk) <= 6 and last.is_word and (
        (len(chunk) > 1 and chunk[-2].low == "zu") or bool(_ZU_INFINITIVE.match(last.low))
    )


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
                return verb_final_to_v2(g, rest)
        first = first_word(rest)
        if first is None or not g.starts_subject(first):
            return chunk
        end = g.noun_phrase(rest, rest.index(first))
        if end >= len(rest) or not g.is_verb_like(rest[end]) or rest[end].kind == "date":
            return chunk  # "reported a first-quarter profit": an object, not a reported clause
        return rest
    return chunk


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
        return relative(g, chunk[start:k], chunk[k + 1 :])
    return None


def _only_dates_and_function(g: Grammar, chunk: Sequence[Token]) -> bool:
    return all(t.kind in ("date", "punct", "quote") or (t.is_word and not g.is_content(t) and not t.is_cap) for t in chunk)


def _continues_predicate(g: Grammar, chunk: list[Token], first: Token, previous: list[Token]) -> bool:
    """A chunk that starts with a verb: the rest of the predicate whose subject came earlier."""
    if first.is_cap or first.kind != "word":
        return False
    if g.w.verb_second:
        if first.low in g.w.auxiliaries and first.low not in g.w.pronouns:
            return True
        # "Zijn bekendste roman, Het veer, verscheen in 1981": a verb after an apposition.
        return (is_name_apposition(g, previous) or _bare_noun_phrase(g, previous)) and g.is_content(first)
    return first.low in g.w.auxiliaries or (g.is_content(first) and not first.low.endswith("ing"))


def _subject_chunk(g: Grammar, chunks: list[list[Token]]) -> list[Token]:
    """The first chunk of the sentence, when it opens with a subject."""
    head = chunks[0]
    first = first_word(head)
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
    subject = g.starts_subject(words[0]) or (g.is_content(words[0]) and words[0].low.endswith("s"))
    return any(w.low in g.w.say_verbs for w in words[1:4]) and subject and not any(
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


def _capitalize(text: str) -> str:
    stripped = text.lstrip(EDGE_JUNK)
    return stripped[:1].upper() + stripped[1:]


def _lower_first(g: Grammar, text: str) -> str:
    first = text.split(" ", 1)[0]
    if first.casefold() in g.function:
        return text[:1].lower() + text[1:]
    return text
