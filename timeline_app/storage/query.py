"""Parse what an editor types into the search box into a safe, database-neutral query.

The grammar is forgiving on purpose: words, ``"quoted phrases"``, a trailing ``*`` for a
prefix, ``AND`` / ``OR`` / ``NOT`` (also ``-word``) and parentheses. Anything odd (an
unbalanced quote, a stray operator, a lone ``*``) is read as plain text or dropped; parsing
never fails. The result is rendered to SQL by the dialect module (FTS5 for SQLite).

A search has limits (length, words, operators, nesting; see :func:`check_query`), so no query
can exhaust the parser or keep the index busy for long. The services that search check what the
user typed with :func:`check_query` and report :class:`QueryError`; :func:`parse_query` itself
stays bounded for any text (far beyond those limits, what is left over is not read).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from timeline_app.domain.models import SearchFilters

_TOKEN_RE = re.compile(r'"[^"]*"?|\(|\)|[^\s()"]+')
_WORD_CHARS_RE = re.compile(r"\w+", re.UNICODE)
_OPERATORS = frozenset({"AND", "OR", "NOT", "(", ")"})

MAX_QUERY_CHARS = 2000
MAX_QUERY_TERMS = 50
MAX_QUERY_OPERATORS = 100
MAX_QUERY_DEPTH = 16
# What the parser itself reads of any text: generous enough for a query within the limits once
# name variants are added to its words (see ``expand_terms``), and still bounded.
_PARSE_MAX_CHARS = 20 * MAX_QUERY_CHARS
_PARSE_MAX_TOKENS = 20 * (MAX_QUERY_TERMS + MAX_QUERY_OPERATORS)
_PARSE_MAX_DEPTH = 2 * MAX_QUERY_DEPTH


class QueryError(ValueError):
    """A search beyond the limits (too long, too many words or operators, nested too deeply)."""


def check_query(text: str) -> None:
    """Raise :class:`QueryError` with a clear message when ``text`` is beyond a search's limits."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the search is too long ({len(text):,} characters; at most {MAX_QUERY_CHARS:,})")
    tokens = _TOKEN_RE.findall(text)
    operators = sum(1 for token in tokens if token in _OPERATORS)
    terms = len(tokens) - operators
    if terms > MAX_QUERY_TERMS:
        raise QueryError(f"the search has too many words ({terms}; at most {MAX_QUERY_TERMS})")
    if operators > MAX_QUERY_OPERATORS:
        raise QueryError(
            f"the search has too many operators and parentheses ({operators}; at most {MAX_QUERY_OPERATORS})"
        )
    depth = deepest = 0
    for token in tokens:
        if token == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif token == ")":
            depth = max(depth - 1, 0)
    if deepest > MAX_QUERY_DEPTH:
        raise QueryError(f"the search nests parentheses too deeply ({deepest} levels; at most {MAX_QUERY_DEPTH})")


@dataclass(frozen=True, slots=True)
class Term:
    """A word or phrase: ``words`` must appear in order; ``prefix`` matches word starts."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Not:
    """Documents that do not match ``node``."""

    node: Node


@dataclass(frozen=True, slots=True)
class And:
    """All ``nodes`` match."""

    nodes: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    """Any of ``nodes`` matches."""

    nodes: tuple[Node, ...]


Node = Term | Not | And | Or


def fold(text: str) -> str:
    """Lower-case and strip diacritics, as the full-text index does ("Oekraïne" -> "oekraine")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD_CHARS_RE.findall(fold(text)))


class _Parser:
    def __init__(self, text: str) -> None:
        # Bounded whatever the text: at most so many tokens, and parentheses nested deeper than
        # the limit do not open a group (so recursion depth is bounded too).
        self.tokens = _TOKEN_RE.findall(text[:_PARSE_MAX_CHARS])[:_PARSE_MAX_TOKENS]
        self.pos = 0

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> str:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse_or(self, depth: int) -> Node | None:
        parts: list[Node] = []
        node = self.parse_and(depth)
        if node is not None:
            parts.append(node)
        while self.peek() == "OR":
            self.take()
            node = self.parse_and(depth)
            if node is not None:
                parts.append(node)
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Or(tuple(parts))

    def parse_and(self, depth: int) -> Node | None:
        parts: list[Node] = []
        while True:
            token = self.peek()
            if token is None or token == "OR":
                break
            if token == ")":
                if depth > 0:
                    break
                self.take()  # a stray closing parenthesis means nothing
                continue
            if token == "AND":
                self.take()
                continue
            node = self.parse_unary(depth)
            if node is not None:
                parts.append(node)
        if not parts:
            return None
        positives = [p for p in parts if not isinstance(p, Not)]
        if not positives:
            # A query of only exclusions cannot be answered by a full-text index;
            # read the excluded words as plain terms instead of failing.
            parts = [p.node if isinstance(p, Not) else p for p in parts]
        return parts[0] if len(parts) == 1 else And(tuple(parts))

    def parse_unary(self, depth: int) -> Node | None:
        token = self.take()
        if token == "NOT":
            negated = True
            while self.peek() == "NOT":  # NOT NOT x is x
                self.take()
                negated = not negated
            if self.peek() in (None, "OR", "AND", ")"):
                return None
            inner = self.parse_unary(depth)
            if not negated:
                return inner
            if isinstance(inner, Not):
                return inner.node
            return Not(inner) if inner is not None else None
        if token == "(":
            if depth >= _PARSE_MAX_DEPTH:
                return None  # beyond the limit: the parenthesis is ignored
            inner = self.parse_or(depth + 1)
            if self.peek() == ")":
                self.take()
            return inner
        if token.startswith("-") and len(token) > 1:
            inner = self._term(token[1:])
            return Not(inner) if inner is not None else None
        return self._term(token)

    @staticmethod
    def _term(token: str) -> Term | None:
        if token.startswith('"'):
            body = token[1:-1] if len(token) > 1 and token.endswith('"') else token[1:]
            prefix = False
            words = _words(body)
        else:
            prefix = token.endswith("*")
            words = _words(token)
        if not words:
            return None
        # A lone "*" has no words and was dropped above: it never matches everything.
        return Term(words, prefix=prefix)


def parse_query(text: str) -> Node | None:
    """Parse ``text`` into a query tree; ``None`` when nothing searchable is left."""
    return _Parser(text).parse_or(0)


def query_terms(node: Node | None) -> list[Term]:
    """The positive terms of a query, for highlighting."""
    if node is None:
        return []
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Not):
        return []
    return [term for child in node.nodes for term in query_terms(child)]


def render_query(node: Node) -> str:
    """``node`` written back in the search syntax (``parse_query(render_query(n))`` gives ``n``)."""
    if isinstance(node, Term):
        text = " ".join(node.words)
        text = f'"{text}"' if len(node.words) > 1 else text
        return text + "*" if node.prefix else text
    if isinstance(node, Not):
        return "NOT " + render_query(node.node)
    if isinstance(node, Or):
        return "(" + " OR ".join(render_query(child) for child in node.nodes) + ")"
    return "(" + " AND ".join(render_query(child) for child in node.nodes) + ")"


def expand_terms(node: Node, variants: Callable[[str], list[str]]) -> Node:
    """``node`` with each single-word, non-prefix term ``w`` read as ``(w OR v1 OR v2 ...)``
    (also under NOT: excluding a name excludes its other spellings)."""
    if isinstance(node, Term):
        if len(node.words) != 1 or node.prefix:
            return node
        others = [v for v in variants(node.words[0]) if v != node.words[0]]
        return Or((node, *(Term((v,)) for v in others))) if others else node
    if isinstance(node, Not):
        return Not(expand_terms(node.node, variants))
    children = tuple(expand_terms(child, variants) for child in node.nodes)
    return Or(children) if isinstance(node, Or) else And(children)


def filter_sql(filters: SearchFilters, params: dict[str, Any], *, date: Callable[[Any], Any] = lambda d: d) -> str:
    """The SQL conditions (`` AND …``, on the article alias ``a``) of a search's filters, their values
    added to ``params``; ``date`` turns a publication bound into the database's form (SQLite: ISO text)."""
    clauses = []
    if filters.language:
        clauses.append("a.language = :language")
        params["language"] = filters.language
    if filters.source_name:
        clauses.append("a.source_name = :source_name")
        params["source_name"] = filters.source_name
    if filters.published_from:
        clauses.append("a.published >= :published_from")
        params["published_from"] = date(filters.published_from)
    if filters.published_to:
        clauses.append("a.published <= :published_to")
        params["published_to"] = date(filters.published_to)
    return "".join(" AND " + clause for clause in clauses)
