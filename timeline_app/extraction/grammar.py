"""Compile a :class:`Lexicon`'s rule templates into one pattern per language.

Templates are regular expressions with placeholders such as ``{month}``, ``{num}`` or
``{unit}``; each placeholder becomes a named group holding an alternation of the lexicon's
words. All templates of a language are joined into a single alternation (earlier templates win
at the same start position) that the tagger tries only at word starts, so the text is scanned
once. Every quantifier is bounded or applies to a disjoint character class, which keeps
matching linear in the text length.
"""

from __future__ import annotations

import heapq
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import regex

from timeline_app.extraction.lexicon import Lexicon

_DISPATCH_WORDS = 200_000  # words remembered per grammar (each a dictionary entry)

_RAW_GROUP = re.compile(r"\(\?P<(\w+)>")
_WORD = re.compile(r"[^\W\d_]+")
_REGEX_SYNTAX = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)|\\[a-zA-Z]|\(\?<?[=!:]")
_PLACEHOLDER = re.compile(r"\{([a-z]+)(?:_([a-z0-9]+))?\}")

# Fixed sub-patterns shared by all languages.
_FIXED: dict[str, str] = {
    "year": r"(?<![\d.,'’])(?:1[0-9]|20)\d\d(?!\d|[.,]\d)",
    "yy": r"['’]\d\d(?!\d)",
    "yearn": r"(?:1[0-9]|20)\d\d(?!\d)",
    "mnum": r"(?:0?[1-9]|1[0-2])(?!\d)",
    "dnum": r"(?:0?[1-9]|[12]\d|3[01])(?!\d)",
    "hour": r"(?:[01]?\d|2[0-4])(?!\d)",
    "min": r"[0-5]\d(?!\d)",
    "digits": r"\d{1,3}(?:[.,]5)?(?!\d)",
    "roman": r"(?:X{0,2}(?:IX|IV|V?I{0,3})|XX)(?=[a-zèᵉ]|\s)",
    "dec": r"(?:1\d|20)\d0",
}


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (longest first), built as a trie so that matching
    costs one step per character instead of one try per word; spaces match any white space."""
    trie: dict[str, Any] = {}
    for word in {w.lower() for w in words if w}:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    ends_here = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        atom = r"\s+" if ch == " " else re.escape(ch)
        branches.append(atom + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?"
    return body


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of a grammar, compiled on its own, with the groups of its placeholders."""

    name: str  # "r12": the outer group, which the rule's match sets as ``lastgroup``
    pattern: re.Pattern[str]
    members: tuple[tuple[int, str], ...]  # (group index, placeholder name)
    probe: Any  # the ``regex`` pattern for partial matches, or None: always tried


@dataclass(frozen=True)
class Grammar:
    """A language's compiled rule set."""

    lexicon: Lexicon
    rules: tuple[Rule, ...]  # in the order they are tried
    kinds: Mapping[str, str]  # rule name -> rule kind
    prefixes: frozenset[str]  # first letters (up to 4) of every word a rule may start with
    starts: re.Pattern[str]  # where a rule may start (lower-cased text): a prefix, a digit, an apostrophe
    numerals: re.Pattern[str]  # where a Roman numeral may start (text as written)
    _dispatch: dict[str, tuple[Rule, ...]] = field(default_factory=dict, compare=False, repr=False)

    def groups(self, match: re.Match[str], rule: Rule, text: str | None = None) -> tuple[str, dict[str, str]]:
        """The rule kind and the named placeholders a match of ``rule`` filled (prefix stripped).

        The pattern runs on lower-cased text (see :func:`fold_case`); pass the original ``text``
        to get the placeholders as written.
        """
        found: dict[str, str] = {}
        source = match.string if text is None else text
        for index, name in rule.members:
            start, end = match.span(index)
            if start >= 0:
                found[name] = source[start:end]
        return self.kinds[rule.name], found

    def match(self, folded: str, start: int, word: str) -> tuple[re.Match[str], Rule] | None:
        """The first rule (in order) that matches ``folded`` at ``start``, where the text goes
        on with ``word``; ``None`` when none does. The same as one alternation of all rules
        would pick, trying only :meth:`for_word`'s."""
        for rule in self.for_word(word):
            found = rule.pattern.match(folded, start)
            if found is not None and found.end() > start:
                return found, rule
        return None

    def for_word(self, word: str) -> tuple[Rule, ...]:
        """The rules a match of which can begin with ``word``, in their order.

        Asked of each rule once per word with a partial match (the ``regex`` package's
        ``partial=True``: could ``word`` be the start of a match?); a rule with a positive
        look-behind is always kept. Most candidate positions start at a common word ("the", "a",
        "that") that only a few rules can begin with: trying those few instead of all of them
        is most of the tagger's speed.
        """
        found = self._dispatch.get(word)
        if found is None:
            found = tuple(
                rule for rule in self.rules if rule.probe is None or rule.probe.match(word, partial=True) is not None
            )
            if len(self._dispatch) < _DISPATCH_WORDS:
                self._dispatch[word] = found
        return found

    def candidates(self, text: str, folded: str) -> Iterator[int]:
        """The positions, in order, where a rule may start (see :func:`start_pattern`)."""
        numerals = [m.start() for m in self.numerals.finditer(text)]
        starts = (m.start() for m in self.starts.finditer(folded))
        return heapq.merge(starts, numerals) if numerals else starts


_JOINERS = ("en", "ën", "und", "-", " ")  # what joins the parts of a composed number word


def number_alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` like :func:`alternation`, written compactly for composed numbers:
    "twenty-one" ... "ninety nine", "eenentwintig", "einundneunzig" become a first part, a joiner and a last
    part that are themselves number words, grouped by what may follow each first part. It may match a few
    combinations the words lack ("a-hundred"); the lexicon lookup of the matched text rejects those."""
    vocabulary = {w.lower() for w in words if w}
    follow: dict[str, set[tuple[str, str]]] = {}
    composed: set[str] = set()
    for word in vocabulary:
        for joiner in _JOINERS:
            first, found, rest = word.partition(joiner)
            while found:
                if first in vocabulary and rest in vocabulary:
                    follow.setdefault(first, set()).add((joiner, rest))
                    composed.add(word)
                    break
                head, found, rest = rest.partition(joiner)
                first = first + joiner + head
    groups: dict[frozenset[tuple[str, str]], list[str]] = {}
    for first, after_first in follow.items():
        groups.setdefault(frozenset(after_first), []).append(first)
    branches = []
    for continuations, firsts in sorted(groups.items(), key=lambda kv: sorted(kv[1])):
        by_joiner: dict[str, list[str]] = {}
        for joiner, rest in continuations:
            by_joiner.setdefault(joiner, []).append(rest)
        tails = "|".join(f"{_joiner_pattern(j)}(?:{alternation(r)})" for j, r in sorted(by_joiner.items()))
        branches.append(f"(?:{alternation(firsts)})(?:{tails})")
    simple = alternation(vocabulary - composed)
    return "|".join(branches + ([simple] if simple else []))


def _joiner_pattern(joiner: str) -> str:
    return r"\s+" if joiner == " " else re.escape(joiner)


def _class_patterns(lex: Lexicon) -> dict[str, str]:
    numbers = number_alternation(lex.numbers)
    out = {
        "month": f"(?:{alternation(lex.months)})(?!\\w)|(?:{alternation(lex.month_abbr)})(?:\\.|(?!\\w))",
        "wd": alternation(lex.weekdays),
        "num": f"(?<!\\d[.,])\\d{{1,3}}(?:[.,]\\d{{1,2}})?(?!\\d)|(?:{numbers})(?!\\w)" if numbers else r"\d{1,3}(?!\d)",
        "numw": numbers,
        "ord": alternation(lex.ordinals),
        "unit": alternation(lex.units),
        "season": alternation(lex.seasons),
        "dpart": alternation(lex.dayparts),
        "part": alternation(lex.parts),
        "reld": alternation(lex.rel_days),
        "reldp": alternation(lex.rel_dayparts),
        "mod": alternation(lex.mods),
        "vague": alternation(lex.vague),
        "qty": alternation(lex.quantities),
        "day": f"(?:0?[1-9]|[12]\\d|3[01])(?:{lex.day_suffix})?(?!\\d)" if lex.day_suffix else _FIXED["dnum"],
    }
    out.update(_FIXED)
    return out


def _expand(template: str, rule: str, classes: Mapping[str, str], extra: Mapping[str, str]) -> str:
    def repl(m: re.Match[str]) -> str:
        base, variant = m.group(1), m.group(2)
        name = base if variant is None else f"{base}_{variant}"
        if base == "x":
            if variant is None or variant not in extra:
                raise KeyError(f"unknown extra alternation {m.group(0)!r} in rule {rule}")
            body = extra[variant]
        else:
            if base not in classes:
                raise KeyError(f"unknown placeholder {m.group(0)!r} in rule {rule}")
            body = classes[base]
        return f"(?P<{rule}_{name}>{body})"

    template = _RAW_GROUP.sub(lambda m: f"(?P<{rule}_{m.group(1)}>", template)
    return _PLACEHOLDER.sub(repl, template)


def _starting_words(lex: Lexicon) -> set[str]:
    """Words an expression can start with: lexicon entries, the leading words of templates and of the extra
    alternations that can open a template (not those inside lookarounds or after a required element)."""
    words = set(lex.vocabulary())
    for _kind, template in lex.templates:
        leading: set[str] = set()
        words.update(_leading(template, leading))
        for name in leading:
            if name.startswith("x_") and name[2:] in lex.extra:
                words.update(_leading(lex.extra[name[2:]], set()))
    return words


def _leading(pattern: str, placeholders: set[str]) -> set[str]:
    """The literal words a match of ``pattern`` can start with; the placeholders it can start with go into
    ``placeholders``. Lookarounds are skipped; optional elements let the next one lead too."""
    words: set[str] = set()
    for alternative in _split_top(pattern, "|"):
        i = 0
        while i < len(alternative):
            ch = alternative[i]
            if ch == "(":
                close = _closing(alternative, i)
                inner, head = alternative[i + 1:close], alternative[i + 1:i + 4]
                optional = alternative[close + 1:close + 2] in ("?", "*")
                if head.startswith(("?=", "?!", "?<=", "?<!")) or _zero_width(inner):
                    i = close + 1
                    continue
                inner = re.sub(r"^\?(?::|P<\w+>)", "", inner)
                words |= _leading(inner, placeholders)
                i = close + (2 if optional else 1)
                if optional:
                    continue
            elif ch == "{":
                close = alternative.index("}", i)
                placeholders.add(alternative[i + 1:close])
                optional = alternative[close + 1:close + 2] == "?"
                i = close + (2 if optional else 1)
                if optional:
                    continue
            else:
                m = _WORD.match(alternative.lower(), i)
                if m is not None:
                    words.add(m.group())
            break
    return words


def _zero_width(inner: str) -> bool:
    """Whether a group's alternatives are all lookarounds (the lookbehinds that :func:`after` builds)."""
    if not inner.startswith("?:"):
        return False
    alternatives = _split_top(inner[2:], "|")
    return all(a.startswith(("(?=", "(?!", "(?<=", "(?<!")) and _closing(a, 0) == len(a) - 1 for a in alternatives)


def _split_top(pattern: str, sep: str) -> list[str]:
    """``pattern`` split at ``sep`` outside groups, character classes and escapes."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == sep and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _closing(pattern: str, open_at: int) -> int:
    """The index of the parenthesis that closes the one at ``open_at``."""
    depth, i = 0, open_at
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return len(pattern) - 1


def _class_end(pattern: str, i: int) -> int:
    """The index of the ``]`` that ends the character class opening at ``i``."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j


def fold_case(text: str) -> str:
    """``text`` in lower case with every offset kept (characters whose lower case is longer stay as
    they are), so that a case-sensitive pattern of lower-case words can run on it."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


_PATTERN_SPECIAL = re.compile(r"(\\.|\(\?P[<=]\w+[>)]?)", re.DOTALL)


def _lower_pattern(pattern: str) -> str:
    """Lower-case the literal letters of a regex, leaving escapes (``\\S``, ``\\d``) and group names.

    Compiling the lower-cased pattern without ``re.IGNORECASE`` and matching it on
    :func:`fold_case` text is equivalent, and compiles about twice as fast.
    """
    parts = _PATTERN_SPECIAL.split(pattern)  # odd indexes: escapes and group names
    return "".join(part if index % 2 else part.lower() for index, part in enumerate(parts))


def _rules(lex: Lexicon) -> tuple[str, dict[str, str]]:
    alternatives, kinds = _rule_sources(lex)
    return "|".join(alternatives), kinds


def _rule_sources(lex: Lexicon) -> tuple[list[str], dict[str, str]]:
    """Each rule's alternative of the combined pattern (lower case), and each rule's kind."""
    classes = _class_patterns(lex)
    alternatives: list[str] = []
    kinds: dict[str, str] = {}
    for index, (kind, template) in enumerate(lex.templates):
        rule = f"r{index}"
        kinds[rule] = kind
        alternatives.append(_lower_pattern(f"(?P<{rule}>{_expand(template, rule, classes, lex.extra)})(?!\\w)"))
    return alternatives, kinds


def _rule(name: str, source: str) -> Rule:
    pattern = re.compile(source)
    members = []
    for group, index in pattern.groupindex.items():
        _rule_name, _, placeholder = group.partition("_")
        if placeholder:
            members.append((index, placeholder))
    return Rule(name, pattern, tuple(members), _probe(source))


def _probe(source: str) -> Any:
    """A rule's pattern for partial matching, or ``None`` when it must always be tried: it has a
    positive look-behind (which may look before the word, where a lone word has nothing), or the
    ``regex`` package refuses it. Negative look-behinds hold at the start of a lone word, so the
    probe keeps every position where they could hold in the text."""
    if "(?<=" in source:
        return None
    try:
        return regex.compile(source)
    except regex.error:
        return None


def grammar_source(lex: Lexicon) -> str:
    """The source of ``lex``'s combined pattern (lower case, to be compiled without flags)."""
    return _rules(lex)[0]


class GrammarCache:
    """Compiled grammars by lexicon, built on first use (``re.compile``; 50-120 ms per language).

    Thread-safe: a thread asking for a grammar that another thread is compiling waits for it
    instead of compiling it a second time, so a warm-up in a background thread never doubles the
    cost of the first document.
    """

    def __init__(self) -> None:
        self._grammars: dict[str, Grammar] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def get(self, lex: Lexicon) -> Grammar:
        """The compiled grammar of ``lex`` (compiled now if no thread has done so yet)."""
        found = self._grammars.get(lex.code)
        if found is not None and found.lexicon is lex:
            return found
        with self._guard:
            lock = self._locks.setdefault(lex.code, threading.Lock())
        with lock:
            found = self._grammars.get(lex.code)
            if found is None or found.lexicon is not lex:
                found = compile_grammar(lex)
                self._grammars[lex.code] = found
            return found


def compile_grammar(lex: Lexicon) -> Grammar:
    """Compile each of ``lex``'s templates (public ``re`` API, no caching)."""
    sources, kinds = _rule_sources(lex)
    rules = tuple(_rule(f"r{index}", source) for index, source in enumerate(sources))
    prefixes = frozenset(w[:4] for w in _starting_words(lex) if w)
    return Grammar(lex, rules, kinds, prefixes, start_pattern(prefixes), _NUMERALS)


def start_pattern(prefixes: frozenset[str]) -> re.Pattern[str]:
    """The positions where a rule may start, found in one scan of the lower-cased text (:func:`fold_case`):
    a word that begins with a 4-letter prefix or is a shorter starting word, a digit or a word whose second
    character is one ("Q3"), an apostrophe before a digit ("'22"). Roman numerals: :data:`_NUMERALS`."""
    long = alternation(p for p in prefixes if len(p) == 4)
    short = alternation(p for p in prefixes if len(p) < 4)
    words = "|".join(f"{alt}{tail}" for alt, tail in ((long, ""), (short, r"(?!\w)")) if alt)
    return re.compile(rf"(?<!\w)(?:\w?\d{'|' + words if words else ''})|['’](?=\d)")


_NUMERALS = re.compile(r"(?<!\w)[XVI]")
