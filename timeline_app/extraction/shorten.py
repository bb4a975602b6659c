"""Headlines that fit: trailing function words off, pronoun subjects named, long ones shortened.

Over :data:`MAX_HEADLINE_CHARS`: parentheses go, then descriptions before a name ("l'ancien maire
de Villefranche, Michel Perrin," -> "Michel Perrin"; "de minister van Buitenlandse Zaken Marco
Rubio" -> "Marco Rubio"), then the text is cut at the last clause break that fits, or adjunct
phrases go from the right, or it is cut at a preposition or a word boundary. Dutch and German
keep their final verbs.
"""

from __future__ import annotations

from timeline_app.extraction.clauses import Grammar, Token, gap, join
from timeline_app.extraction.eventwords import ORG_WORDS, ROLE_WORDS
from timeline_app.extraction.reorder import count_words

MAX_HEADLINE_CHARS = 90
_ROLE_ENDINGS = ("minister", "präsident", "president", "président", "sprecher", "woordvoerder", "collega", "kollege",
                 "collègue", "colleague", "chef", "leider", "leiter")
_DETERMINER_LIKE = frozenset({
    "de", "het", "een", "zijn", "haar", "hun", "the", "a", "an", "his", "her", "their", "its", "le", "la", "les", "l'",
    "un", "une", "son", "sa", "ses", "leur", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "sein",
    "seine", "ihr", "ihre", "former", "ancien", "ancienne", "voormalige", "oud", "ehemalige", "ehemaliger",
})
_ADJECTIVE_ENDINGS = ("e", "se", "sche", "ische", "an", "ian", "ese", "ish", "ais", "aise", "ain", "aine", "isch", "ische",
                      "er", "en")
ADJUNCT_REACH = 1.8  # dropping phrases can shorten a clause to the limit from at most this far


_INFINITIVE_MARKERS = frozenset({"to", "om", "te", "zu", "pour"})


_NOT_NAME = ("isch", "ische", "sche", "aal", "ale", "air", "aire", "ief", "ieve", "lijk", "lijke", "ige", "ique",
             "aise", "ais", "ienne", "ung", "heit", "keit", "zaken", "um")


_CLITICS = frozenset({"lui", "leur", "y", "en", "faut", "s'agit", "se", "s'", "semble", "paraît"})


def finish(g: Grammar, body: list[Token], antecedent: str | None) -> list[Token]:
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
    if sum(1 for t in body if t.kind == "quote") % 2:
        body = [t for t in body if t.kind != "quote"]
    if (
        antecedent and len(body) > 1 and body[0].is_word and body[0].low in g.w.personal_singular
        and body[1].low not in _CLITICS
    ):
        return [Token(-10, 0, 0, antecedent, "word"), *body[1:]]
    return body


def fit(g: Grammar, body: list[Token], sentence: str) -> str:
    """The clause as text, shortened to the headline limit by dropping the least needed parts."""
    text = join(body, sentence)
    if len(text) <= MAX_HEADLINE_CHARS:
        return text
    body = without_parentheses(body)
    body = name_appositions(g, body)
    body = names_for_roles(g, body)
    text = join(body, sentence)
    if len(text) <= MAX_HEADLINE_CHARS:
        return text
    return cut_phrase(g, body, sentence)


def without_parentheses(body: list[Token]) -> list[Token]:
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


def name_appositions(g: Grammar, body: list[Token]) -> list[Token]:
    """"l'ancien maire de Villefranche, Michel Perrin, à ..." -> "Michel Perrin à ..."."""
    for k, token in enumerate(body):
        if token.text != ",":
            continue
        close = next((j for j in range(k + 1, min(len(body), k + 6)) if body[j].text == ","), None)
        if close is None or not is_name_apposition(g, body[k + 1 : close]):
            continue
        start = k
        while start > 0 and k - start < 7 and not g.is_determiner(body[start - 1]):
            start -= 1
        if start == 0 or not g.is_determiner(body[start - 1]):
            continue
        return [*body[: start - 1], *body[k + 1 : close], *body[close + 1 :]]
    return body


def is_name_apposition(g: Grammar, chunk: list[Token]) -> bool:
    """", Michel Perrin,": a name set off by commas."""
    return 2 <= len(chunk) <= 4 and all(t.is_cap or t.low in ("de", "van", "von", "le", "la", "du") for t in chunk)


def names_for_roles(g: Grammar, body: list[Token]) -> list[Token]:
    """"de Amerikaanse minister van Buitenlandse Zaken Marco Rubio" -> "Marco Rubio" (each conjunct)."""
    out: list[Token] = []
    k = 0
    while k < len(body):
        end = g.noun_phrase(body, k) if g.starts_subject(body[k]) else k
        if end - k >= 3 and _role_before_name(body[k:end]):
            phrase = body[k:end]
            out.extend(name_of(phrase))
            k = end
        else:
            out.append(body[k])
            k += 1
    return out


def _role_before_name(phrase: list[Token]) -> bool:
    """A role word heads the phrase: only determiners and adjectives stand before it ("de
    Amerikaanse minister ...", "Kremlsprecher ..."), not another noun ("ihre Urkunden von
    Bundespräsident ...")."""
    for token in phrase:
        if _is_role(token):
            return True
        if not (token.kind != "word" or token.low in _DETERMINER_LIKE or token.low.endswith(_ADJECTIVE_ENDINGS)):
            return False
    return False


def _is_role(token: Token) -> bool:
    """A role word before a name ("minister", "woordvoerder", "Bundespräsident", "collega")."""
    return token.is_word and (token.low in ROLE_WORDS or token.low.endswith(_ROLE_ENDINGS))


def name_of(phrase: list[Token]) -> list[Token]:
    """The person names inside a noun phrase: the last two or three capitals of a run after
    lower-case role words ("de Amerikaanse minister van Buitenlandse Zaken Marco Rubio" -> "Marco Rubio")."""
    parts: list[list[Token]] = []
    joiners: list[Token | None] = []
    run: list[Token] = []
    lowered = False
    pending: Token | None = None
    for token in [*phrase, Token(-99, 0, 0, ".", "punct")]:
        if token.is_cap:
            run.append(token)
            continue
        name = run[-2:] if len(run) > 3 else run
        if 2 <= len(name) <= 3 and lowered and not any(t.low in ORG_WORDS or t.low.endswith(_NOT_NAME) for t in name):
            parts.append(name)
            joiners.append(pending)
            pending = None
        run = []
        if token.is_word:
            lowered = True
            if token.low in ("en", "and", "und", "et") and parts:
                pending = token
    if not parts:
        return phrase
    out: list[Token] = []
    for part, joiner in zip(parts, joiners, strict=True):
        if out and joiner is not None:
            out.append(joiner)
        elif out:
            return phrase  # names not joined by a conjunction: keep the phrase as it is
        out.extend(part)
    return out


def cut_phrase(g: Grammar, body: list[Token], sentence: str) -> str:
    """Shorten: cut at the last clause break that fits (leaving five words or more), else drop
    adjunct phrases, else cut at the last preposition that fits, else at a word boundary."""
    clause_break = preposition = 0
    cluster = g.verb_cluster(body) if g.w.verb_second else 0
    cluster = 0 if cluster >= len(body) else cluster
    length = len(body[0].text) if body else 0
    words = 0
    for k in range(1, len(body)):
        token = body[k]
        words += body[k - 1].kind in ("word", "number")
        if length > MAX_HEADLINE_CHARS:
            break
        length += len(gap(body[k - 1], token, sentence)) + len(token.text)
        if words < 4 or k < cluster:
            continue
        if token.text == "," or (token.is_word and (token.low in g.w.subordinators or token.low in g.w.relatives
                                                     or (token.low in g.w.coordinators and k + 1 < len(body)
                                                         and g.is_verb_like(body[k + 1])))):
            clause_break = k
        elif token.is_word and token.low in g.w.prepositions:
            preposition = k
    if clause_break and count_words(body[:clause_break]) >= 5:
        return join(finish(g, body[:clause_break], None), sentence)
    shorter = without_adjuncts(g, body, sentence) if len(join(body, sentence)) <= ADJUNCT_REACH * MAX_HEADLINE_CHARS else None
    if shorter is not None:
        return join(shorter, sentence)
    best = clause_break or preposition
    if best:
        return join(finish(g, body[:best], None), sentence)
    if cluster:
        # Dutch and German: keep the final verbs ("... hat den Bahnverkehr ... lahmgelegt").
        verbs = join(body[cluster:], sentence)
        room = MAX_HEADLINE_CHARS - len(verbs) - 1
        head_tokens: list[Token] = []
        for token in body[:cluster]:
            if len(join([*head_tokens, token], sentence)) > room:
                break
            head_tokens.append(token)
        while head_tokens and head_tokens[-1].is_word and not head_tokens[-1].is_cap and (
            head_tokens[-1].low in g.function or head_tokens[-1].low in g.w.quantifiers
        ):
            head_tokens = head_tokens[:-1]  # no "in ganz" before the verbs
        head_tokens = finish(g, head_tokens, None)
        if count_words(head_tokens) >= 3:
            return join(head_tokens, sentence) + " " + verbs
    head = join(body, sentence)[: MAX_HEADLINE_CHARS + 1]
    trimmed = head[: head.rfind(" ")] if " " in head else head
    tail = trimmed.rsplit(" ", 1)
    if len(tail) == 2 and tail[1].casefold() in g.function:
        trimmed = tail[0]
    return trimmed


def without_adjuncts(g: Grammar, body: list[Token], sentence: str) -> list[Token] | None:
    """Drop prepositional phrases from the right (with a conjunction before them; not one that
    completes a participle or an auxiliary, not "van/de + Name") until the headline fits."""
    phrases: list[tuple[int, int]] = []
    k = 1
    while k < len(body):
        token = body[k]
        nxt = body[k + 1] if k + 1 < len(body) else None
        keep = (
            g.is_participle(body[k - 1]) or g.is_auxiliary(body[k - 1])
            or (token.low in _INFINITIVE_MARKERS and (token.low != "pour" or (nxt is not None and infinitive(nxt))))
            or (token.low in g.w.noun_linkers and nxt is not None and nxt.is_cap)
        )
        if g.is_preposition(token) and not keep:
            end = g.noun_phrase(body, k + 1)
            orphan = end < len(body) and body[end].is_word and g.is_content(body[end]) and not body[end].is_cap and not (
                g.is_participle(body[end]) or g.is_verb_after_noun(body, end)
            )
            if end > k + 1 and not orphan:
                start = k - 1 if body[k - 1].low in g.w.coordinators else k
                phrases.append((start, end))
                k = end
                continue
        k += 1
    removed: set[int] = set()
    for start, end in reversed(phrases):
        removed.update(range(start, end))
        shorter = [t for n, t in enumerate(body) if n not in removed]
        if count_words(shorter) < 4:
            return None
        if len(join(shorter, sentence)) <= MAX_HEADLINE_CHARS:
            return finish(g, shorter, None)
    return None


def infinitive(token: Token) -> bool:
    return token.is_word and token.low.endswith(("er", "ir", "re"))
