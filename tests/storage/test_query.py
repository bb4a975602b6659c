"""The search-box parser never fails and renders safe FTS5 expressions."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.storage.query import And, Not, Or, Term, fold, parse_query, query_terms
from timeline_app.storage.sqlite import render_match


def test_words_are_folded_like_the_index() -> None:
    assert fold("Oekraïne ÉTÉ Straße") == "oekraine ete strasse"
    assert parse_query("Oekraïne") == Term(("oekraine",))


def test_prefix_phrase_and_operators() -> None:
    assert parse_query("annex*") == Term(("annex",), prefix=True)
    assert parse_query('"annexatie van de Krim"') == Term(("annexatie", "van", "de", "krim"))
    assert parse_query("krim OR donbas") == Or((Term(("krim",)), Term(("donbas",))))
    assert parse_query("krim AND rusland") == And((Term(("krim",)), Term(("rusland",))))
    assert parse_query("krim NOT rusland") == And((Term(("krim",)), Not(Term(("rusland",)))))
    assert parse_query("krim -rusland") == And((Term(("krim",)), Not(Term(("rusland",)))))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"unbalanced quote', Term(("unbalanced", "quote"))),
        ("AND", None),
        ("OR krim OR", Term(("krim",))),
        ("NOT", None),
        ("NOT krim", Term(("krim",))),  # exclusions only: read as a plain word
        ("NOT NOT krim", Term(("krim",))),
        ("*", None),
        ("(((krim", Term(("krim",))),
        ("krim)))", Term(("krim",))),
        ("", None),
        ("   ", None),
    ],
)
def test_odd_input_is_read_as_words_or_nothing(text: str, expected: object) -> None:
    assert parse_query(text) == expected


def test_query_terms_skip_exclusions() -> None:
    assert query_terms(parse_query("krim NOT rusland")) == [Term(("krim",))]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*'ab c"()*-:^+{}ï\\\'', " AND ", " OR ", " NOT ", "NEAR"]), max_size=30).map("".join))
def test_any_input_renders_to_valid_fts5(text: str) -> None:
    node = parse_query(text)
    if node is None:
        return
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
    connection.execute("INSERT INTO t(x) VALUES ('a b c')")
    connection.execute("SELECT * FROM t WHERE t MATCH ?", (render_match(node),)).fetchall()


def test_event_search_runs_behind_the_dialect_interface(archive) -> None:  # type: ignore[no-untyped-def]
    """EventStore.search_ids answers through the archive's own dialect: FTS5 on SQLite, tsvector on PostgreSQL."""
    from builders import add_article, add_event

    from timeline_app.storage.dialects import dialect_of
    from timeline_app.storage.query import parse_query

    article = add_article(archive)
    water = add_event(archive, article, "Water floods the tunnel")
    pumps = add_event(archive, article, "Court stops the pumps")
    node, both, neither = parse_query("water"), parse_query("tunnel OR pumps"), parse_query("tunnel NOT water")
    assert node is not None and both is not None and neither is not None
    with archive.read() as tx:
        assert dialect_of(tx.session).name == archive.kind
        assert tx.events.search_ids(node, limit=10) == [water]
        assert sorted(tx.events.search_ids(both, limit=10)) == sorted([water, pumps])
        assert tx.events.search_ids(neither, limit=10) == []
