"""Archive storage: transactions, stores, schema, integrity, concurrent writers."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import sqlite3
from pathlib import Path

import pytest
from archive_workers import write_articles
from builders import add_article, add_event, new_article

from timeline_app.domain.dates import DateSpan, Precision, Qualifier
from timeline_app.domain.models import EditorialStatus, EventSource, EventStatus, SearchFilters
from timeline_app.storage import SCHEMA_VERSION, ArchiveError, open_archive


def test_pragmas_wal_foreign_keys_busy_timeout(tmp_path: Path) -> None:
    with open_archive(tmp_path / "a.sqlite3") as archive, archive.read() as tx:
        connection = tx.session.connection()
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_postgres_reads_are_snapshots_and_writes_take_turns(pg_url: str) -> None:
    """Readers see one consistent, read-only snapshot; a writer holds the archive's write lock; moments are UTC."""
    from sqlalchemy import text

    with open_archive(pg_url) as archive:
        with archive.read() as tx:
            connection = tx.session.connection()
            assert connection.execute(text("SHOW transaction_isolation")).scalar() == "repeatable read"
            assert connection.execute(text("SHOW transaction_read_only")).scalar() == "on"
            assert connection.execute(text("SHOW timezone")).scalar() == "UTC"
        with archive.write() as tx:
            held = tx.session.connection().execute(
                text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()")
            ).scalar()
            assert held == 1
        assert archive.shared and archive.kind == "postgresql"


def test_article_round_trip_and_listing(archive) -> None:
    first = add_article(archive, title="Krim geannexeerd", published=dt.date(2014, 3, 18), source_name="NOS")
    second = add_article(archive, title="Undated", published=None)
    with archive.read() as tx:
        article = tx.articles.get(first)
        assert article is not None
        assert article.title == "Krim geannexeerd"
        assert article.published == dt.date(2014, 3, 18)
        assert article.imported_at.tzinfo is not None
        # Unknown publication dates sort last, newest first otherwise.
        assert [s.id for s in tx.articles.all()] == [first, second]
        assert tx.articles.unknown_published() == [second]
        assert tx.articles.count_unknown_published() == 1
        assert tx.articles.ids(contains="krim") == [first]
        assert tx.articles.ids(contains="nos") == [first]
        assert tx.articles.ids(contains="%") == []  # typed wildcards are plain characters
        assert tx.articles.ids(contains="_") == []
        assert tx.articles.source_names() == ["NOS"]


def test_failed_transaction_leaves_nothing(archive) -> None:
    with pytest.raises(RuntimeError), archive.write() as tx:
        tx.articles.add(new_article("some text"))
        raise RuntimeError("boom")
    with archive.read() as tx:
        assert tx.articles.count() == 0


def test_content_hash_is_unique(archive) -> None:
    from sqlalchemy.exc import IntegrityError

    add_article(archive, "same text", content_hash="abc")
    with pytest.raises(IntegrityError), archive.write() as tx:
        tx.articles.add(new_article("same text", content_hash="abc"))


def test_event_with_sources_tags_and_review(archive) -> None:
    article_id = add_article(archive)
    span = DateSpan.month(2023, 6, approximate=True).with_qualifier(Qualifier.SINCE)
    event_id = add_event(archive, article_id, "Talks resume", span=span, people=("Ann Smit",))
    with archive.write() as tx:
        tx.events.set_tags(event_id, ["Diplomacy", "Geneva", "Diplomacy"])
        tx.events.set_status([event_id], EventStatus.ACCEPTED)
    with archive.read() as tx:
        event = tx.events.get_required(event_id)
        summary = tx.articles.summaries([article_id])[0]
    assert event.span == span
    assert event.span.precision is Precision.MONTH
    assert event.status is EventStatus.ACCEPTED
    assert event.tags == ("Diplomacy", "Geneva")
    assert event.people == ("Ann Smit",)
    assert event.sources[0].article_id == article_id
    assert summary.event_count == 1


def test_reextraction_keeps_editor_work(archive) -> None:
    article_id = add_article(archive)
    untouched = add_event(archive, article_id, "Suggested only")
    accepted = add_event(archive, article_id, "Accepted one")
    edited = add_event(archive, article_id, "Edited one")
    with archive.write() as tx:
        tx.events.set_status([accepted], EventStatus.ACCEPTED)
        tx.events.update(edited, title="Edited by an editor")
        tx.events.remove_suggestions_of_article(article_id)
    with archive.read() as tx:
        assert tx.events.get(untouched) is None
        assert tx.events.get(accepted) is not None
        assert tx.events.get_required(edited).title == "Edited by an editor"


def test_shared_suggestion_only_loses_this_articles_source(archive) -> None:
    first, second = add_article(archive), add_article(archive)
    event_id = add_event(archive, first)
    with archive.write() as tx:
        tx.events.add_source(event_id, EventSource(second, 0, 5, "Other report.", 0, 13, "2022"))
        tx.events.remove_suggestions_of_article(first)
    with archive.read() as tx:
        event = tx.events.get_required(event_id)
    assert [s.article_id for s in event.sources] == [second]


def test_merge_and_overlap(archive) -> None:
    first, second = add_article(archive), add_article(archive)
    a = add_event(archive, first, "Ceasefire agreed")
    b = add_event(archive, second, "Ceasefire agreed in Minsk")
    with archive.read() as tx:
        overlapping = tx.events.overlapping(DateSpan.month(2022, 2), exclude_article=first)
        assert [e.id for e in overlapping] == [b]
    with archive.write() as tx:
        merged = tx.events.merge(a, [b])
    assert sorted(s.article_id for s in merged.sources) == [first, second]
    with archive.read() as tx:
        assert tx.events.get(b) is None


def test_deleting_an_article_cascades_to_sources(archive) -> None:
    article_id = add_article(archive)
    event_id = add_event(archive, article_id)
    with archive.write() as tx:
        assert tx.articles.delete(article_id)
    with archive.read() as tx:
        assert tx.events.get_required(event_id).sources == ()
        assert tx.check_integrity() == []


def test_timelines_lanes_entries(archive) -> None:
    article_id = add_article(archive)
    event_id = add_event(archive, article_id)
    with archive.write() as tx:
        timeline = tx.timelines.create("Oorlog in Oekraïne")
        lane = tx.lanes.add_lane(timeline.id, "Diplomacy")
        entry = tx.timelines.add_entry(timeline.id, event_id, lane_id=lane.id)
        assert tx.timelines.add_entry(timeline.id, event_id).id == entry.id
        tx.timelines.update_entry(entry.id, editorial_status=EditorialStatus.VERIFIED, internal_note="check")
        tx.lanes.add_era(timeline.id, "Invasion", dt.datetime(2022, 2, 24), dt.datetime(2023, 1, 1))
        with pytest.raises(ValueError, match="already exists"):
            tx.timelines.create("Oorlog in Oekraïne")
    with archive.read() as tx:
        loaded = tx.timelines.find("Oorlog in Oekraïne")
        assert loaded is not None
        assert [lane.name for lane in loaded.lanes] == ["Diplomacy"]
        assert loaded.entry_count == 1
        assert tx.timelines.entries(loaded.id)[0].editorial_status is EditorialStatus.VERIFIED
    with archive.write() as tx:
        tx.timelines.delete(loaded.id)
    with archive.read() as tx:
        assert tx.events.get(event_id) is not None  # events outlive timelines


def test_search_ranks_title_higher_and_folds_diacritics(archive) -> None:
    in_text = add_article(archive, "De annexatie van de Krim door Rusland in 2014 veranderde alles.", title="Terugblik")
    in_title = add_article(archive, "Een lang verhaal over iets anders, met Krim genoemd.", title="Krim: tien jaar later")
    add_article(archive, "Oekraïne vraagt om steun.", title="Steun")
    with archive.read() as tx:
        assert [h.article_id for h in tx.articles.search("Krim")] == [in_title, in_text]
        hit = tx.articles.search("Oekraine")[0]
        start, end = hit.highlights[0]
        assert hit.snippet[start:end] == "Oekraïne"
        assert [h.article_id for h in tx.articles.search("annex*")] == [in_text]
        assert [h.article_id for h in tx.articles.search('"annexatie van de Krim"')] == [in_text]
        assert tx.articles.search('"Krim van de annexatie"') == []
        assert [h.article_id for h in tx.articles.search("Krim NOT Rusland")] == [in_title]
        assert [h.article_id for h in tx.articles.search("steun OR annexatie")] != []
        for hostile in ['"', "AND", "NOT", "*", "a OR", "(", 'Krim"', "NEAR(a b)", "col:krim", "^krim"]:
            tx.articles.search(hostile)  # never an FTS syntax error


def test_search_filters(archive) -> None:
    nl = add_article(archive, "Krim nieuws", language="nl", source_name="NOS", published=dt.date(2014, 3, 1))
    en = add_article(archive, "Crimea news Krim", language="en", source_name="BBC", published=dt.date(2022, 3, 1))
    with archive.read() as tx:
        assert [h.article_id for h in tx.articles.search("krim", SearchFilters(language="nl"))] == [nl]
        assert [h.article_id for h in tx.articles.search("krim", SearchFilters(source_name="BBC"))] == [en]
        after = SearchFilters(published_from=dt.date(2020, 1, 1))
        assert [h.article_id for h in tx.articles.search("krim", after)] == [en]
        before = SearchFilters(published_to=dt.date(2014, 3, 1))
        assert [h.article_id for h in tx.articles.search("krim", before)] == [nl]


def test_search_index_follows_updates_and_deletes(archive) -> None:
    article_id = add_article(archive, "Oude tekst", title="Titel")
    with archive.write() as tx:
        tx.articles.update_metadata(article_id, title="Nieuwe titel Riyad")
    with archive.read() as tx:
        assert [h.article_id for h in tx.articles.search("Riyad")] == [article_id]
    with archive.write() as tx:
        tx.articles.delete(article_id)
    with archive.read() as tx:
        assert tx.articles.search("Riyad") == []
        assert tx.check_integrity() == []


def test_event_titles_are_indexed(archive) -> None:
    article_id = add_article(archive)
    event_id = add_event(archive, article_id, "Vredesoverleg in Genève")
    with archive.read() as tx:
        from timeline_app.storage.query import parse_query

        node = parse_query("geneve")
        assert node is not None
        assert tx.events.search_ids(node, limit=5) == [event_id]


def test_schema_version_is_stamped(tmp_path: Path) -> None:
    open_archive(tmp_path / "a.sqlite3").close()
    connection = sqlite3.connect(tmp_path / "a.sqlite3")
    assert connection.execute("SELECT version FROM schema_version").fetchone() == (SCHEMA_VERSION,)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    open_archive(tmp_path / "a.sqlite3").close()
    connection = sqlite3.connect(tmp_path / "a.sqlite3")
    connection.execute("UPDATE schema_version SET version = 999")
    connection.commit()
    connection.close()
    with pytest.raises(ArchiveError, match="newer than this app supports"):
        open_archive(tmp_path / "a.sqlite3")


def test_not_a_database_and_folder_are_clear_errors(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(ArchiveError, match="not a timeline_app archive"):
        open_archive(junk)
    with pytest.raises(ArchiveError, match="is a folder"):
        open_archive(tmp_path)


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE customers (id INTEGER)")
    connection.commit()
    connection.close()
    with pytest.raises(ArchiveError, match="no timeline_app schema version"):
        open_archive(path)


def test_two_processes_writing_the_same_file(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.sqlite3")
    open_archive(path).close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=write_articles, args=(path, w, 40)) for w in range(2)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(120)
        assert process.exitcode == 0
    with open_archive(path) as archive, archive.read() as tx:
        assert tx.articles.count() == 80
        assert tx.events.count() == 80
        assert tx.check_integrity() == []


def test_overlap_queries_follow_inserts_updates_and_deletes(archive) -> None:
    article_id = add_article(archive)
    day = add_event(archive, article_id, "day", span=DateSpan.day(dt.date(2022, 2, 3)))
    month = add_event(archive, article_id, "month", span=DateSpan.month(2022, 2))
    decade = add_event(archive, article_id, "decade", span=DateSpan.decade(1990))
    century = add_event(archive, article_id, "century", span=DateSpan.century(20))
    add_event(archive, article_id, "unresolved", span=DateSpan.unresolved("PAST_REF"))

    def overlapping(span: DateSpan) -> set[int]:
        with archive.read() as tx:
            return {e.id for e in tx.events.overlapping(span)}

    assert overlapping(DateSpan.day(dt.date(2022, 2, 3))) == {day, month}
    assert overlapping(DateSpan.day(dt.date(2022, 2, 4))) == {month}  # spans are half-open days
    assert overlapping(DateSpan.year(1995)) == {decade, century}
    assert overlapping(DateSpan.year(1985)) == {century}
    assert overlapping(DateSpan.year(2000)) == set()  # TIMEX3 "19": the 1900s
    with archive.write() as tx:
        tx.events.update(day, span=DateSpan.day(dt.date(1994, 5, 1)))
        tx.events.delete([month])
    assert overlapping(DateSpan.month(2022, 2)) == set()
    assert overlapping(DateSpan.year(1994)) == {day, decade, century}
    with archive.read() as tx:
        assert tx.check_integrity() == []


def test_stemming_finds_inflected_forms_on_postgresql(archive, backend: str) -> None:
    talks = add_article(archive, "De partijen willen opnieuw onderhandelen over het akkoord.", title="Akkoord",
                        language="nl")
    add_article(archive, "Het weer blijft wisselvallig.", title="Weer", language="nl")
    with archive.read() as tx:
        assert [h.article_id for h in tx.articles.search("onderhandelen")] == [talks]  # as written: both
        stemmed = [h.article_id for h in tx.articles.search("onderhandelingen")]
        prefixed = [h.article_id for h in tx.articles.search("onderhandel*")]
    # SQLite's FTS5 matches words as written (diacritics folded); PostgreSQL also matches the
    # article language's stem, so an inflected form finds the other forms there.
    assert stemmed == ([talks] if backend == "postgresql" else [])
    assert prefixed == [talks]


def test_postgres_overlap_and_dedupe_queries_use_the_span_index(pg_url: str) -> None:
    """"Events overlapping [a, b]" is a GiST index lookup on PostgreSQL (for dedupe and period listings)."""
    from sqlalchemy import select, text

    from timeline_app.storage.dialects import dialect_named
    from timeline_app.storage.tables import EventRow

    with open_archive(pg_url) as archive:
        article_id = add_article(archive)
        for year in range(1900, 2000):
            add_event(archive, article_id, f"year {year}", span=DateSpan.year(year))
        events = EventRow.__table__  # type: ignore[attr-defined]
        start, end = dt.datetime(1950, 1, 1), dt.datetime(1951, 1, 1)
        indexed = dialect_named("postgresql").overlap_index(events, start, end)
        assert indexed is not None
        statement = select(events.c.id).where(indexed, events.c.span_start < end, events.c.span_end > start)
        with archive.read() as tx:
            connection = tx.session.connection()
            connection.execute(text("SET LOCAL enable_seqscan = off"))  # a tiny table: make the planner show its choice
            sql = str(statement.compile(connection, compile_kwargs={"literal_binds": True}))
            plan = "\n".join(row[0] for row in connection.execute(text("EXPLAIN " + sql)))
            assert "ix_event_span_range" in plan, plan
            assert {e.title for e in tx.events.overlapping(DateSpan.year(1950))} == {"year 1950"}
            # Dedupe's candidates: 1950, and 1949 whose end touches the start (as on SQLite).
            assert len(tx.event_batch.overlapping(start, end)) == 2


def test_postgres_search_over_many_matches_ranks_title_matches_and_the_newest(pg_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Beyond RANK_ALL_UP_TO matches, the title matches and the newest others are ranked; the answer stays exact."""
    from timeline_app.storage import postgres

    with open_archive(pg_url) as archive:
        old_title = add_article(archive, "Iets anders.", title="Krim in de krant", published=dt.date(2001, 1, 1))
        bodies = [add_article(archive, f"Verslag {n} over de Krim en meer.", title=f"Verslag {n}",
                              published=dt.date(2020, 1, n + 1)) for n in range(6)]
        add_article(archive, "Niets hiervan.", title="Weer")
        with archive.read() as tx:
            everything = [h.article_id for h in tx.articles.search("Krim", limit=20)]
        monkeypatch.setattr(postgres, "RANK_ALL_UP_TO", 3)
        with archive.read() as tx:
            capped = [h.article_id for h in tx.articles.search("Krim", limit=3)]
            top = [h.article_id for h in tx.articles.search("Krim", limit=2)]
            assert [h.article_id for h in tx.articles.search("Krim NOT Verslag", limit=20)] == [old_title]
    assert everything[0] == old_title and set(everything) == {old_title, *bodies}
    # The old title match stays first; the newest reports follow (the older ones are not candidates).
    assert capped[0] == old_title and len(capped) == 3 and set(capped[1:]) <= set(bodies[-3:])
    assert top[0] == old_title and len(top) == 2


def test_titles_of_articles_with_events_in_title_order(archive) -> None:
    zebra = add_article(archive, "Zebra crossing repainted.", title="Zebra crossing")
    quiet = add_article(archive, "Nothing dated here.", title="Alpha without events")
    apple = add_article(archive, "Apple harvest.", title="Apple harvest")
    add_event(archive, zebra, "Crossing repainted")
    add_event(archive, apple, "Harvest begins")
    add_event(archive, apple, "Harvest ends")
    with archive.read() as tx:
        assert tx.articles.titles_with_events() == [(apple, "Apple harvest"), (zebra, "Zebra crossing")]
        assert quiet not in {i for i, _title in tx.articles.titles_with_events()}
