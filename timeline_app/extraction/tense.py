"""Clause-level tense: the verb group that governs a temporal expression.

The tense of a bare weekday or month ("Monday", "in January") decides whether it is the last or the
next occurrence. :func:`context.tense` takes the nearest tense cue on either side, which is easily
misled by participles and adjectives ("will be *named* ... in December", "markets *untouched* by",
"a still *unspecified* date"). For English this module finds the verb group that governs the
expression instead: the nearest verb group to its left in the same sentence (an adjunct follows its
verb: "the king *met* Monday", "he said they *would meet* Monday"), else the nearest to its right
("On Friday, officials *said* ..."). The group's finite word decides:

- ``will``, ``would``, ``shall``, a modal, ``is to``, ``going to`` and verbs of planning
  (``plans``, ``scheduled``, ``expected``) put the expression in the future; so does an
  infinitive ("agreed *to buy* the unit in February": the buying comes after the agreement);
- a past form (``was``, ``had``, ``said``, ``met``, ``announced``) or a present perfect
  (``has been``, ``have searched``) puts it in the past; a modal with ``have`` too
  ("may have been set afire");
- ``is``/``are`` with a present participle is a scheduled future ("is meeting Monday").

A participle after an auxiliary belongs to the auxiliary's group ("will be named" is future), and an
``-ed`` word after a determiner or starting with ``un-`` is an adjective, not a verb. The other
languages keep the nearest-cue rule of :mod:`context` (their word order puts the finite verb
anywhere in the clause), as a weak tense.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline_app.extraction import context
from timeline_app.extraction.lexicon import Lexicon

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\d[\d.,:]*")
_REACH = 16  # words scanned on each side of the expression

_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "would", "wo", "won't", "won’t"})
_MODALS = frozenset({"can", "may", "might", "should", "must", "cannot", "can't"})
_PAST_AUX = frozenset({"was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't"})
_PERFECT = frozenset({"has", "have", "'ve", "hasn't", "haven't"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "isn't", "aren't"})
_GROUP_INNER = frozenset({"be", "been", "being", "have", "not", "also", "still", "already", "now", "just",
                          "reportedly", "expected", "n't", "never", "probably", "then", "again"})
_PLAN = frozenset({"plan", "plans", "planned", "planning", "scheduled", "expected", "expects", "expect",
                   "intends", "intend", "intended", "due", "set", "poised", "slated", "going", "about"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "your", "this", "that",
                          "these", "those", "some", "any", "no", "each", "every", "my", "other", "another"})
_NOT_VERBS = frozenset({"need", "speed", "feed", "seed", "indeed", "proceed", "exceed", "succeed", "breed",
                        "greed", "hundred", "kindred", "sacred", "naked", "wicked", "beloved", "rugged", "bed",
                        "red", "shed", "wed", "led", "ahead", "instead", "bread", "thread", "spread", "embed",
                        "based", "related", "used", "limited", "united", "detailed", "advanced", "concerned",
                        "interested", "skilled", "experienced", "supposed", "alleged", "so-called"})
_IRREGULAR_PAST = frozenset(
    "said told took gave came went made won lost began brought bought sold held met left paid rose fell became "
    "found got kept led ran saw sent spent stood struck thought wrote grew knew chose drove flew fought meant "
    "sought shot spoke stole swore taught threw tore understood woke wore withdrew sank broke hit built felt "
    "heard hung lay rode rang sat slept slid stuck swept swam swung froze forgave forgot overtook undertook "
    "arose awoke bent bit bled blew bred dealt dug drank ate fed fled forbade hid shook shrank "
    "sped spun sprang stung stank strove upheld withheld set put cut let quit shut".split()
)
_INTENT = frozenset({"agree", "agreed", "agrees", "agreement", "plan", "plans", "planned", "planning", "program",
                     "decide", "decided", "decides", "decision", "intend", "intends", "intended", "expect",
                     "expects", "expected", "want", "wants", "wanted", "hope", "hopes", "hoped", "seek", "seeks",
                     "sought", "aim", "aims", "aimed", "promise", "promised", "promises", "vow", "vowed",
                     "pledge", "pledged", "prepare", "prepared", "preparing", "propose", "proposed", "proposal",
                     "offer", "offered", "threaten", "threatened", "deal", "bid", "effort", "move", "likely",
                     "ready", "poised", "set", "due", "about", "going", "scheduled", "slated", "able", "unable",
                     "asked", "urged", "called", "voted", "approved", "authorized", "order", "ordered"})
_ATTRIBUTE_BEFORE = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "your", "this", "that",
                               "last", "next", "since"})
_NOT_INFINITIVE = _DETERMINERS | frozenset({"be", "him", "them", "us", "me", "it", "date", "about", "around",
                                             "more", "less", "market", "power", "court", "work", "office",
                                             "light", "one", "two", "three", "four", "five", "six", "seven",
                                             "eight", "nine", "ten", "twenty", "hundred", "thousand", "million",
                                             "billion", "zero", "nearly", "almost", "over", "under", "between"})


@dataclass(frozen=True, slots=True)
class Tense:
    """The direction of the clause: -1 past, +1 future, 0 unknown; ``strong`` when a verb group decided."""

    direction: int
    strong: bool


def governing_tense(lex: Lexicon, text: str, start: int, end: int) -> Tense:
    """The tense of the clause that governs ``text[start:end]`` (see the module doc)."""
    if lex.code == "en":
        found = _english(text, start, end)
        if found is not None:
            return found
    return Tense(context.tense(lex, text, start, end), False)


def _words(text: str, lo: int, hi: int) -> list[tuple[str, int]]:
    return [(m.group().replace("’", "'"), m.start()) for m in _WORD.finditer(text, lo, hi)]


def _english(text: str, start: int, end: int) -> Tense | None:
    left, right = context.clause_bounds(text, start, end)
    before = _words(text, left, start)[-_REACH - 4:]
    after = _words(text, end, right)[:_REACH]
    if _attributive(text, before, end):
        return Tense(-1, False)
    lowest = max(0, len(before) - _REACH)
    for words, indexes in ((before, range(len(before) - 1, lowest - 1, -1)), (after, range(len(after)))):
        for index in indexes:
            found = _group_at(words, index)
            if found is not None:
                return Tense(found, True) if found else None
    return None


def _attributive(text: str, before: list[tuple[str, int]], end: int) -> bool:
    """A date used as a modifier of a noun ("the Aug. 7 blasts", "Wednesday's ruling").

    Such a date names a known event rather than being placed by the verb; it leans to the past.
    """
    if text.startswith(("'s", "’s"), end):
        return True
    if not before or before[-1][0].lower() not in _ATTRIBUTE_BEFORE - {"last", "next", "since"}:
        return False
    nxt = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    return nxt is not None and nxt.group()[:1].islower() and nxt.group().lower() not in _FOLLOWING_NOT_NOUN


_FOLLOWING_NOT_NOUN = frozenset({"to", "at", "in", "on", "and", "or", "of", "for", "by", "when", "after", "before",
                                 "until", "from", "with", "as", "is", "was", "were", "are", "will", "would", "had",
                                 "has", "have", "that", "which", "the", "a", "an", "this", "last", "next", "but"})


def _group_at(words: list[tuple[str, int]], index: int) -> int | None:
    """The tense of the verb group whose last word is ``words[index]``, or None if it is no verb."""
    word = words[index][0]
    if word[:1].isupper():
        return None  # "May", "Will", "Said": a name or a month, not a verb
    lower = word.lower()
    prev = words[index - 1][0].lower() if index > 0 else ""
    prev2 = words[index - 2][0].lower() if index > 1 else ""
    if lower in _FUTURE_AUX:
        nxt = words[index + 1][0].lower() if index + 1 < len(words) else ""
        return -1 if nxt == "have" and lower == "would" else 1
    if lower in _MODALS:
        nxt = words[index + 1][0].lower() if index + 1 < len(words) else ""
        return -1 if nxt == "have" else 1
    if lower in _PLAN and (lower not in ("set", "due", "going", "about", "plan", "plans") or _next_is(words, index, "to")
                           or (lower == "set" and _next_is(words, index, "for"))):
        return -1 if "had" in (prev, prev2) else 1
    if lower == "could":
        return 0
    if lower == "to" and index + 1 < len(words) and _infinitive(words[index + 1][0]):
        if prev not in _INTENT and prev not in _PRESENT_BE and prev not in ("was", "were"):
            return 0  # a purpose infinitive: no tense of its own
        return -1 if "had" in (prev2, words[index - 3][0].lower() if index > 2 else "") else 1
    if lower in _PAST_AUX:
        return 1 if _next_is(words, index, "to") or _next_in(words, index, _PLAN) else -1
    if lower in _PERFECT:
        return 1 if _next_is(words, index, "to") else -1
    if lower in _PRESENT_BE:
        if _next_is(words, index, "to") or _next_in(words, index, _PLAN):
            return 1
        nxt = words[index + 1][0].lower() if index + 1 < len(words) else ""
        return 1 if nxt.endswith("ing") and len(nxt) > 5 else 0
    if (lower in _IRREGULAR_PAST and prev not in _DETERMINERS) or (
        _ed_verb(word, prev, prev2) and not _between_content_words(words, index)
    ):
        return _auxiliary_tense(words, index)
    return None


def _auxiliary_tense(words: list[tuple[str, int]], index: int) -> int:
    """The tense of a past form or participle: the auxiliary before it decides, else it is past."""
    i = index - 1
    while (i >= 0 and words[i][0].lower() in _GROUP_INNER | {"being"}) or (i >= 0 and words[i][0].endswith("ly")):
        i -= 1
    head = words[i][0].lower() if i >= 0 else ""
    if head in _FUTURE_AUX or (head == "to" and index - i > 1):
        return 1
    if head in _MODALS:
        return -1 if index - i > 1 and words[i + 1][0].lower() == "have" else 1
    if head in _PRESENT_BE and index - i >= 1 and words[index - 1][0].lower() not in ("been",):
        return 1 if words[index][0].lower() in _PLAN else 0
    return -1


def _ed_verb(word: str, prev: str, prev2: str) -> bool:
    """A lower-case ``-ed`` word used as a verb (not an adjective after a determiner or with ``un-``)."""
    lower = word.lower()
    if not word[:1].islower() or len(word) < 5 or not lower.endswith("ed") or lower in _NOT_VERBS:
        return False
    if lower.startswith("un") or (lower.endswith("eed") and lower not in ("agreed", "freed", "decreed", "guaranteed")):
        return False
    return not (prev in _DETERMINERS or (prev.endswith("ly") and prev2 in _DETERMINERS))


def _between_content_words(words: list[tuple[str, int]], index: int) -> bool:
    """An ``-ed`` word between two lower-case content words ("free *guided* walks") is likely an adjective."""
    if index == 0 or index + 1 >= len(words):
        return False
    prev, nxt = words[index - 1][0], words[index + 1][0]
    return all(w[:1].islower() and w.lower() not in _CLOSED_CLASS and not w.endswith("ly") for w in (prev, nxt))


_CLOSED_CLASS = _DETERMINERS | frozenset({
    "to", "at", "in", "on", "and", "or", "of", "for", "by", "from", "with", "as", "into", "over", "after", "before",
    "up", "down", "out", "off", "about", "he", "she", "it", "they", "we", "i", "you", "who", "which", "them", "him",
    "us", "me", "not", "also", "still", "then", "there", "here", "when", "while", "than", "but", "if", "be", "been",
})


def _infinitive(word: str) -> bool:
    """Whether the word after ``to`` looks like a verb (lower case, no inflection, no determiner)."""
    lower = word.lower()
    if not word[:1].islower() or lower in _NOT_INFINITIVE or len(lower) < 3:
        return False
    if lower.endswith(("ing", "ed", "ly", "tion", "ment", "ness", "ers", "ies")):
        return False
    return not (lower.endswith("s") and not lower.endswith("ss"))


def _next_is(words: list[tuple[str, int]], index: int, target: str) -> bool:
    return index + 1 < len(words) and words[index + 1][0].lower() == target


def _next_in(words: list[tuple[str, int]], index: int, targets: frozenset[str]) -> bool:
    return index + 1 < len(words) and words[index + 1][0].lower() in targets
