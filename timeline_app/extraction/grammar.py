"""Compile a :class:`Lexicon`'s rule templates into one pattern per language.

Templates are regular expressions with placeholders such as ``{month}``, ``{num}`` or
``{unit}``; each placeholder becomes a named group holding an alternation of the lexicon's
words. All templates of a language are joined into a single alternation (earlier templates win
at the same start position) that the tagger tries only at word starts, so the text is scanned
once. Every quantifier is bounded or applies to a disjoint character class, which keeps
matching linear in the text length.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from timeline_app.extraction.lexicon import Lexicon

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


@dataclass(frozen=True)
class Grammar:
    """A language's compiled rule set."""

    lexicon: Lexicon
    pattern: re.Pattern[str]
    kinds: Mapping[str, str]  # outer group name -> rule kind
    prefixes: frozenset[str]  # first letters (up to 4) of every word a rule may start with

    def groups(self, match: re.Match[str], text: str | None = None) -> tuple[str, dict[str, str]]:
        """The rule kind and the named placeholders a match filled (prefix stripped).

        The pattern runs on lower-cased text (see :func:`fold_case`); pass the original ``text``
        to get the placeholders as written.
        """
        rule = match.lastgroup or ""
        prefix = rule + "_"
        found: dict[str, str] = {}
        for name, value in match.groupdict().items():
            if value is not None and name.startswith(prefix):
                start, end = match.span(name)
                found[name[len(prefix):]] = text[start:end] if text is not None else value
        return self.kinds[rule], found


def _class_patterns(lex: Lexicon) -> dict[str, str]:
    numbers = alternation(lex.numbers)
    out = {
        "month": f"(?:{alternation(lex.months)})(?!\\w)|(?:{alternation(lex.month_abbr)})(?:\\.|(?!\\w))",
        "wd": alternation(lex.weekdays),
        "num": f"\\d{{1,3}}(?:[.,]5)?(?!\\d)|(?:{numbers})(?!\\w)" if numbers else r"\d{1,3}(?!\d)",
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
    """Words an expression can start with: lexicon entries, extras used in templates, leading literals."""
    words = set(lex.vocabulary())
    for _kind, template in lex.templates:
        for name in _PLACEHOLDER.findall(template):
            if name[0] == "x" and name[1] in lex.extra:
                for alternative in lex.extra[name[1]].split("|"):
                    words.update(_WORD.findall(_REGEX_SYNTAX.sub(" ", alternative.lower()))[:1])
        head = _REGEX_SYNTAX.sub(" ", template.lower())
        head = re.split(r"\{|\\s", head.replace("\\s", "\\s"), maxsplit=1)[0]
        words.update(_WORD.findall(head))
    return words


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
    classes = _class_patterns(lex)
    alternatives: list[str] = []
    kinds: dict[str, str] = {}
    for index, (kind, template) in enumerate(lex.templates):
        rule = f"r{index}"
        kinds[rule] = kind
        alternatives.append(f"(?P<{rule}>{_expand(template, rule, classes, lex.extra)})(?!\\w)")
    return _lower_pattern("|".join(alternatives)), kinds


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
    """Compile the combined pattern of all of ``lex``'s templates (public ``re`` API, no caching)."""
    source, kinds = _rules(lex)
    pattern = re.compile(source)
    prefixes = frozenset(w[:4] for w in _starting_words(lex) if w)
    return Grammar(lex, pattern, kinds, prefixes)
