"""A light, rule-based clause analysis for headlines: tokens, noun phrases, verbs by position.

No tagger model: open word classes are recognised by position and shape, closed classes come
from :mod:`.clausewords`. What it relies on:

- Dutch and German main clauses put the finite verb second: after a fronted date, adverb or
  attribution ("Op 18 februari spraken ...", "Am Dienstag hatte ..."), the next lower-case word
  is the finite verb and the subject follows it.
- Their subordinate and relative clauses put the verbs last ("..., die Russland 2014 annektiert
  hatte"): the final run of verb-like words is the verb cluster.
- English and French keep subject-verb order; a comma chunk that starts with a lower-case
  content word or an auxiliary continues the predicate of the chunk before.
- A noun phrase runs from its determiner (or its first capital, number or quantifier) up to the
  next function word, date, number or punctuation, across "van/von/of + Capital" ("minister van
  Buitenlandse Zaken"), genitive determiners ("der Umsatz des Konzerns") and "en/und/and/et"
  joining another noun phrase.

Every function takes and returns token lists and is linear in their length.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from timeline_app.extraction.clausewords import ClassWords
from timeline_app.extraction.eventwords import ROLE_WORDS, word_set

_TOKEN = re.compile(
    r"(?P<word>(?i:aujourd['’]hui)|(?i:(?:jusqu|lorsqu|puisqu|qu|[ldjmnstc]))['’](?=\w)|(?:[^\W\d_]\.){2,}"
    r"|[^\W\d_][\w]*(?:[-.,:/’'][^\W_]+)*)"
    r"|(?P<number>\d\w*(?:[-.,:/’'x]\w+)*)"
    r"|(?P<punct>['’]s\b)"
    r"|(?P<quote>[«»“”„\"‘’‚'])"
    r"|(?P<symbol>[%€$£&°+])"
    r"|(?P<other>[^\w\s])"
)
OPEN_QUOTES = frozenset("«“„\"‘‚'")
CLOSE_QUOTES = frozenset("»”\"’'")
QUOTES = OPEN_QUOTES | CLOSE_QUOTES
_NO_SPACE_BEFORE = frozenset(",.;:!?)]…")
_THAN = word_set("dan als than que")
_EN_IRREGULAR_PAST = word_set(
    "said met made went began won lost fell rose came gave held left ran saw told became brought built bought caught "
    "drove found got hit kept led paid put sent set sold spent stood struck thought wrote broke chose drew flew grew "
    "knew showed spoke threw took cut shut hurt let quit sank sought fought"
)


def _english_verb(token: Token, following: Token | None) -> bool:
    """Whether a lower-case English word after a noun is its verb ("the company reported") rather
    than the head of a compound ("the security firm", "a software update")."""
    low = token.low
    if low in _EN_IRREGULAR_PAST or low.endswith("ed"):
        return True
    if low.endswith("s") and not low.endswith("ss"):
        return following is None or following.kind != "word" or following.low in _EN_DETERMINERS or following.is_cap
    return following is not None and (following.low in _EN_DETERMINERS or following.kind == "number")


_EN_DETERMINERS = word_set("the a an this that these those his her its their our my your some all no every")
_EN_ADJECTIVE = ("ing", "al", "ous", "ive", "ic", "ful", "ian", "ese", "ish", "ern", "ary", "ent", "ant")
NUMBER_WORDS = word_set(
    "two three four five six seven eight nine ten twelve dozens hundreds thousands twee drie vier vijf zes zeven acht "
    "negen tien twaalf tientallen honderden duizenden zwei drei vier fünf sechs sieben acht neun zehn zwölf dutzende "
    "hunderte tausende deux trois quatre cinq six sept huit neuf dix douze dizaines centaines milliers"
)
_PARTICIPLE_NL = re.compile(r"^(?:ge|be|ver|ont|her|er)\w+(?:d|t|en)$")
_PARTICIPLE_DE = re.compile(r"^(?:\w*ge\w+(?:t|en)|\w+iert|(?:be|ver|er|ent|zer|über|unter)\w+t)$")


class Token:
    """A word, number, date expression or punctuation mark of a sentence, with its offsets.

    ``kind`` is word, number, date, punct, quote or symbol; ``low`` the case-folded text.
    """

    __slots__ = ("end", "index", "is_cap", "is_word", "kind", "low", "start", "text")

    def __init__(self, index: int, start: int, end: int, text: str, kind: str) -> None:
        self.index = index
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.low = text.casefold()
        self.is_word = kind == "word"
        self.is_cap = self.is_word and text[:1].isupper()

    def __repr__(self) -> str:
        return f"Token({self.index}, {self.text!r}, {self.kind})"


def tokenize(sentence: str, date_spans: Sequence[tuple[int, int]]) -> list[Token]:
    """The tokens of ``sentence``; each date expression (``date_spans``, sorted) is one token."""
    spans = sorted(date_spans)
    tokens: list[Token] = []
    position = 0
    for d_start, d_end in [*spans, (len(sentence), len(sentence))]:
        if d_start < position:
            continue
        for match in _TOKEN.finditer(sentence, position, d_start):
            kind = match.lastgroup
            tokens.append(
                Token(len(tokens), match.start(), match.end(), match.group(), "punct" if kind == "other" else kind or "punct")
            )
        if d_end > d_start:
            tokens.append(Token(len(tokens), d_start, d_end, sentence[d_start:d_end], "date"))
        position = max(position, d_end)
    return tokens


def gap(previous: Token, token: Token, sentence: str) -> str:
    """What goes between two tokens of a headline: their own spacing when they were neighbours."""
    if token.index == previous.index + 1:
        return " " if previous.end < token.start else ""
    if token.text[:1] in _NO_SPACE_BEFORE or previous.text.endswith(("'", "’", "(")):
        return ""
    return " "


def join(tokens: Sequence[Token], sentence: str) -> str:
    """The text of ``tokens``: original spacing between neighbours, one space elsewhere."""
    if not tokens:
        return ""
    parts = [tokens[0].text]
    for previous, token in itertools.pairwise(tokens):
        parts.append(gap(previous, token, sentence))
        parts.append(token.text)
    return "".join(parts)


class Grammar:
    """Word-class tests and phrase finders for one language."""

    def __init__(self, words: ClassWords, language: str) -> None:
        self.w = words
        self.language = language
        self.function = (
            words.determiners | words.pronouns | words.relatives | words.subordinators | words.coordinators
            | words.prepositions | words.adverbs | words.auxiliaries | words.genitive_determiners
        )

    # -- single tokens ------------------------------------------------------------------

    def is_determiner(self, token: Token) -> bool:
        return token.is_word and token.low in self.w.determiners

    def is_pronoun(self, token: Token) -> bool:
        return token.is_word and token.low in self.w.pronouns

    def is_preposition(self, token: Token) -> bool:
        return token.is_word and token.low in self.w.prepositions

    def is_adverb(self, token: Token) -> bool:
        return token.is_word and token.low in self.w.adverbs

    def is_auxiliary(self, token: Token) -> bool:
        return token.is_word and token.low in self.w.auxiliaries

    def is_content(self, token: Token) -> bool:
        """A word outside the closed classes."""
        return token.is_word and token.low not in self.function

    def is_verb_like(self, token: Token) -> bool:
        """A finite verb by position: an auxiliary, or a lower-case content word."""
        if not token.is_word:
            return False
        if token.low in self.w.auxiliaries or token.low in self.w.say_verbs:
            return True
        return not token.is_cap and token.low not in self.function

    def is_participle(self, token: Token) -> bool:
        if not token.is_word or token.is_cap:
            return False
        pattern = _PARTICIPLE_DE if self.language == "de" else _PARTICIPLE_NL
        return bool(pattern.match(token.low))

    def starts_subject(self, token: Token) -> bool:
        """A token that can open a subject: determiner, pronoun, name, number or quantifier."""
        return (
            self.is_determiner(token)
            or self.is_pronoun(token)
            or token.is_cap
            or token.kind == "number"
            or (token.is_word and (token.low in self.w.quantifiers or token.low in NUMBER_WORDS))
        )

    # -- phrases ------------------------------------------------------------------------

    def noun_phrase(self, tokens: Sequence[Token], at: int) -> int:
        """The end (exclusive) of the noun phrase starting at ``tokens[at]``, or ``at`` if none."""
        n = len(tokens)
        i = at
        if i >= n:
            return at
        first = tokens[i]
        if self.is_pronoun(first) and not self.is_determiner(first):
            return i + 1
        while i < n and tokens[i].is_word and tokens[i].low in self.w.quantifiers and i + 1 < n:
            i += 1
        seen_content = False
        while i < n:
            token = tokens[i]
            if (token.kind == "number" or token.low in NUMBER_WORDS) and not seen_content:
                i += 1
                continue
            if self.is_determiner(token) and not seen_content:
                i += 1
                continue
            if token.kind == "symbol" and token.text in "&" and seen_content:
                i += 1
                continue
            if token.kind == "word" and (self.is_content(token) or (token.is_cap and token.low not in self.w.prepositions)):
                if i + 1 < n and tokens[i + 1].low in _THAN and not token.is_cap:
                    break  # a comparative: "de schade groter dan ..."
                if seen_content and not token.is_cap and token.low in ROLE_WORDS:
                    i += 1  # "a senior U.S. official", "Labour leader"
                    continue
                if not token.is_cap and self.language == "de" and seen_content:
                    break  # German nouns are capitalized: a lower-case word after the head ends it
                if seen_content and not token.is_cap and self._verbish_after_head(tokens, i):
                    break
                seen_content = True
                i += 1
                continue
            if seen_content and self._continues(tokens, i):
                i += 1
                seen_content = tokens[i - 1].low in self.w.genitive_determiners
                continue
            break
        return i if seen_content else at

    def is_verb_after_noun(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether ``tokens[i]``, right after a noun, reads as that noun's verb."""
        if self.language == "en":
            return _english_verb(tokens[i], tokens[i + 1] if i + 1 < len(tokens) else None)
        return self.is_auxiliary(tokens[i]) or self.is_participle(tokens[i])

    def _verbish_after_head(self, tokens: Sequence[Token], i: int) -> bool:
        """In Dutch/English/French a lower-case word after a head noun is usually the verb or an
        adverb, unless the head was only a determiner-adjective chain ("de Amerikaanse minister")."""
        previous = tokens[i - 1]
        if self.language == "fr":
            # French adjectives follow the noun ("l'invasion russe", "la capitale saoudienne").
            return self.is_verb_like(tokens[i]) and (tokens[i].low in self.w.auxiliaries or tokens[i].low.endswith(("é", "ée", "és", "ées", "ait", "aient", "ont")))
        if self.language == "en":
            if previous.low in NUMBER_WORDS or previous.low.endswith(_EN_ADJECTIVE):
                return False
            return _english_verb(tokens[i], tokens[i + 1] if i + 1 < len(tokens) else None)
        if previous.is_cap:
            return not previous.low.endswith(("se", "sche", "ische"))  # "de Amerikaanse minister"
        if i >= 2 and tokens[i - 2].low in ("een", "het", "geen", "ein", "kein", "elk", "ieder"):
            return False  # "een nieuw vaccin": an uninflected adjective
        return not previous.low.endswith("e")

    def _continues(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether the noun phrase goes on at ``tokens[i]`` (a linker or a coordinator)."""
        token = tokens[i]
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is None:
            return False
        if token.low in self.w.noun_linkers:
            if following.is_cap:
                return True
            after = tokens[i + 2] if i + 2 < len(tokens) else None
            if self.is_determiner(following) and after is not None and (self.is_content(after) or after.is_cap):
                return True
            return self.is_content(following) and self.language in ("fr", "nl", "de")
        if token.low in self.w.genitive_determiners:
            return True
        if self.language == "de" and token.low == "der" and following.is_cap and tokens[i - 1].is_cap:
            return True  # "die Aufnahmen der Sinfonien": a genitive
        if token.low in self.w.coordinators and token.low in ("en", "and", "und", "et"):
            return self.is_determiner(following) or following.is_cap
        return False

    def verb_cluster(self, tokens: Sequence[Token]) -> int:
        """Where the final verb cluster of a verb-final clause starts (``len`` if none)."""
        end = len(tokens)
        while end > 0 and tokens[end - 1].kind in ("punct", "quote"):
            end -= 1
        if end == 0 or not tokens[end - 1].is_word or tokens[end - 1].is_cap:
            return len(tokens)
        start = end - 1
        while start > 0:
            token = tokens[start - 1]
            if token.is_word and not token.is_cap and (
                self.is_auxiliary(token) or self.is_participle(token) or token.low in ("te", "zu")
                or (token.low.endswith("en") and self.is_content(token) and start - 1 > 0 and self.is_auxiliary(tokens[start - 2]))
            ):
                start -= 1
            else:
                break
        return start

    def finite_in(self, cluster: Sequence[Token]) -> int:
        """The index of the finite verb in a verb cluster."""
        for k, token in enumerate(cluster):
            if self.is_auxiliary(token):
                return k
        return len(cluster) - 1 if self.language == "de" else 0
