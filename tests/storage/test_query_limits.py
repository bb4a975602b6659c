"""Search limits: a clear QueryError for what users type beyond them; the parser stays bounded
and never recurses deeply, whatever the text (issue 16, item 9)."""

from __future__ import annotations

import pytest

from timeline_app.storage.query import (
    MAX_QUERY_TERMS,
    And,
    Not,
    QueryError,
    Term,
    check_query,
    expand_terms,
    parse_query,
    query_terms,
    render_query,
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("x" * 2001, "too long (2,001 characters; at most 2,000)"),
        (" ".join(["w"] * 51), "too many words (51; at most 50)"),
        ("a " + "AND " * 101 + "b", "too many operators and parentheses (101; at most 100)"),
        ("(" * 17 + "a" + ")" * 17, "nests parentheses too deeply (17 levels; at most 16)"),
    ],
)
def test_beyond_the_limits(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message.replace("(", r"\(").replace(")", r"\)")):
        check_query(text)


def test_within_the_limits() -> None:
    check_query(" ".join(["w"] * 50))
    check_query("(" * 16 + "a" + ")" * 16)


def test_the_parser_is_bounded_and_flat_for_any_text() -> None:
    assert parse_query("NOT " * 1_000 + "x") == Term(("x",))  # NOT NOT x is x, read in a loop
    assert parse_query("NOT " * 1_001 + "x") == Term(("x",))  # a lone exclusion reads as its word
    parse_query("NOT " * 200_000 + "x")  # far beyond any limit: bounded, no RecursionError
    assert parse_query("(" * 1_000 + "a" + ")" * 1_000) == Term(("a",))  # nesting read to a bounded depth
    parse_query("(" * 200_000)
    assert len(query_terms(parse_query("w " * 100_000))) < 100_000


def test_name_variants_of_a_query_within_the_limits_are_read_whole() -> None:
    words = [f"word{n}" for n in range(MAX_QUERY_TERMS)]
    node = parse_query(" ".join(words) + " -other")
    assert isinstance(node, And)
    expanded = expand_terms(node, lambda w: [w, w + "a", w + "b", w + "c"])
    reparsed = parse_query(render_query(expanded))
    assert reparsed == expanded and len(query_terms(reparsed)) == 4 * MAX_QUERY_TERMS
    assert isinstance(reparsed, And) and isinstance(reparsed.nodes[-1], Not)
