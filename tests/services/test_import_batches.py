"""Batched import: atomic articles inside shared transactions, cancel, retries, two writers."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from timeline_app.services import importing
from timeline_app.services.importing import BatchWriter, Outcome, import_paths, prepared_with_events
from timeline_app.services.jobs import JobControl
from timeline_app.storage import open_archive


def _article(folder: Path, n: int, body: str | None = None) -> Path:
    path = folder / f"{n:03}.txt"
    body = body or f"Report {n}: the Lowtown council approved harbour plan {n} on {n % 27 + 1} January 2022."
    path.write_text(f"Story {n}\nPublished: 2022-02-04\nLanguage: en\n\n{body}\n\nMore follows, the editors said.\n")
    return path


def _counts(archive) -> tuple[int, int, int]:
    with archive.read() as tx:
        connection = tx.session.connection()
        return tuple(  # type: ignore[return-value]
            int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)
            for table in ("article", "event", "event_source")
        )


def test_a_failing_article_in_a_batch_is_reported_and_the_others_land(archive, tmp_path: Path) -> None:
    files = [_article(tmp_path, n) for n in range(30)]

    def half_written(tx, article_id, draft) -> None:
        if draft.title == "Story 17":
            # Written after the article and its events: the savepoint must undo all of it.
            tx.session.execute(text("INSERT INTO no_such_table VALUES (1)"))

    report = import_paths(archive, files, after_store=half_written, workers=2)
    outcomes = [r.outcome for r in report.results]
    assert outcomes.count(Outcome.IMPORTED) == 29
    failed = [r for r in report.results if r.outcome is Outcome.FAILED]
    assert [Path(r.path).name for r in failed] == ["017.txt"]
    assert "no_such_table" in (failed[0].reason or "")
    with archive.read() as tx:
        titles = {s.title for s in tx.articles.all()}
        assert "Story 17" not in titles and len(titles) == 29
        # No event or source of the failed article survived.
        sources = [s for e in tx.events.many(tx.events.ids()) for s in e.sources]
        assert {s.article_id for s in sources} == set(report.imported_ids)
        assert tx.check_integrity() == []


def test_cancel_inside_a_batch_keeps_exactly_the_stored_articles(archive, tmp_path: Path) -> None:
    files = [_article(tmp_path, n) for n in range(60)]
    control = JobControl()
    control._on_progress = lambda done, total, _m: control.cancel() if done == 23 else None
    report = import_paths(archive, files, control=control, workers=2)
    assert report.cancelled
    assert report.count(Outcome.IMPORTED) == 23
    articles = _counts(archive)[0]
    assert articles == 23
    with archive.read() as tx:
        assert {s.article_id for e in tx.events.many(tx.events.ids()) for s in e.sources} == set(report.imported_ids)
        assert tx.check_integrity() == []


def test_a_batch_that_cannot_commit_is_stored_article_by_article(archive, tmp_path: Path, monkeypatch) -> None:
    body = "The old river dam at Lowtown collapsed on 5 May 2021 after heavy rain, report {}."
    files = [_article(tmp_path, n, body.format(n)) for n in range(6)]
    failures = {"left": 1}
    real_write = archive.write

    @contextmanager
    def flaky_write(**options):
        with real_write(**options) as tx:
            yield tx
            if failures["left"] and tx.articles.count() >= 3:
                failures["left"] -= 1
                raise OperationalError("COMMIT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(archive, "write", flaky_write)
    report = import_paths(archive, files, workers=0)
    assert report.count(Outcome.IMPORTED) == 6 and report.ok
    assert failures["left"] == 0  # the batch did fail once
    assert _counts(archive)[0] == 6
    with archive.read() as tx:
        collapsed = [e for e in tx.events.many(tx.events.ids()) if e.span.value == "2021-05-05"]
        assert tx.check_integrity() == []
    # The matcher forgot the rolled-back batch and still merged all six reports into one event.
    assert len(collapsed) == 1 and len({s.article_id for s in collapsed[0].sources}) == 6


def test_articles_wait_for_another_writer_instead_of_failing(tmp_path: Path, monkeypatch) -> None:
    from timeline_app.storage import sqlite as sqlite_dialect

    monkeypatch.setattr(sqlite_dialect, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(importing, "LOCK_RETRY_PAUSES", (0.05, 0.1))
    path = tmp_path / "archive.sqlite3"
    with open_archive(path) as archive:
        files = [_article(tmp_path, n) for n in range(5)]
        holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        holder.execute("BEGIN IMMEDIATE")
        release = threading.Timer(0.8, lambda: holder.execute("ROLLBACK"))
        release.start()
        try:
            report = import_paths(archive, files, workers=0)
        finally:
            release.join()
            holder.close()
        assert report.count(Outcome.IMPORTED) == 5, [r.reason for r in report.results]


def test_a_cancelled_wait_for_the_lock_reports_the_files(tmp_path: Path, monkeypatch) -> None:
    from timeline_app.storage import sqlite as sqlite_dialect

    monkeypatch.setattr(sqlite_dialect, "BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "archive.sqlite3"
    with open_archive(path) as archive:
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            control = JobControl()
            control.cancel()
            writer = BatchWriter(archive)
            prepared = importing.prepare_article(_article(tmp_path, 1), None, None, True)
            result = writer.write_alone(prepared, control)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
    assert result.outcome is Outcome.FAILED
    assert "locked" in (result.reason or "")


def test_two_writers_merge_each_others_reports(archive, tmp_path: Path) -> None:
    first = BatchWriter(archive)
    second = BatchWriter(archive)
    a = _article(tmp_path, 1, "The old river dam at Lowtown collapsed on 5 May 2021 after days of heavy rain.")
    b = _article(tmp_path, 2, "Residents are still cleaning up after the old river dam at Lowtown collapsed on 5 May 2021.")
    # The second writer starts before the first stores anything, so it must learn of it later.
    assert second.write([]) == []
    first.write([importing.prepare_article(a, None, None, True)])
    second.write([importing.prepare_article(b, None, None, True)])
    with archive.read() as tx:
        collapsed = [e for e in tx.events.many(tx.events.ids()) if e.span.value == "2021-05-05"]
    assert len(collapsed) == 1
    assert len({s.article_id for s in collapsed[0].sources}) == 2


def test_workers_hand_the_writer_its_matching_keys(tmp_path: Path) -> None:
    from timeline_app.ingest import read_article

    path = _article(tmp_path, 1, "The old river dam at Lowtown collapsed on 5 May 2021 after days of heavy rain.")
    prepared = prepared_with_events(str(path), read_article(path))
    assert prepared.keys is not None and len(prepared.keys) == len(prepared.candidates) >= 1
    assert "lowtown" in prepared.keys[0].sentence.split()
    assert prepared.names is not None and "lowtown" in prepared.names


@pytest.mark.parametrize("workers", [0, 2])
def test_batches_give_the_same_events_as_one_by_one(tmp_path: Path, workers: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    bodies = [
        "The old river dam at Lowtown collapsed on 5 May 2021 after days of heavy rain.",
        "Residents are still cleaning up after the old river dam at Lowtown collapsed on 5 May 2021.",
        "The new Lowtown harbour bridge officially opened on 5 May 2021 with a ceremony.",
        "The new Lowtown harbour bridge officially opened on 12 June 2021 with a ceremony.",
        "In 2019 the council first discussed the dam; on 5 May 2021 it gave way.",
    ] * 4
    files = [_article(folder, n, body + f" Item {n}.") for n, body in enumerate(bodies)]

    def listing(archive) -> list[tuple[str, str, tuple[int, ...], bool]]:
        with archive.read() as tx:
            return sorted(
                (e.span.value, e.title, tuple(sorted(s.article_id for s in e.sources)), e.conflict)
                for e in tx.events.many(tx.events.ids())
            )

    with open_archive(tmp_path / "batched.sqlite3") as batched:
        import_paths(batched, files, workers=workers)
        together = listing(batched)
    with open_archive(tmp_path / "single.sqlite3") as single:
        for path in files:
            import_paths(single, [path], workers=0)
        alone = listing(single)
    assert together == alone


def test_a_failure_inside_the_plain_savepoint_leaves_nothing_of_that_article(
    archive, tmp_path: Path, monkeypatch
) -> None:
    from timeline_app.storage.event_batch import EventBatchStore

    files = [_article(tmp_path, n) for n in range(12)]
    real = EventBatchStore.add_sources

    def add_sources(self, pairs):  # type: ignore[no-untyped-def]
        real(self, pairs)  # the rows are written, then the statement after them fails
        if any(s.article_id and "plan 7 " in s.sentence for _e, s in pairs):
            raise RuntimeError("disk trouble on article 7")

    monkeypatch.setattr(EventBatchStore, "add_sources", add_sources)
    report = import_paths(archive, files, workers=0)
    failed = [r for r in report.results if r.outcome is Outcome.FAILED]
    assert [Path(r.path).name for r in failed] == ["007.txt"]
    assert "disk trouble" in (failed[0].reason or "")
    assert report.count(Outcome.IMPORTED) == 11
    with archive.read() as tx:
        assert "Story 7" not in {s.title for s in tx.articles.all()}
        sentences = [s.sentence for e in tx.events.many(tx.events.ids()) for s in e.sources]
        assert not any("plan 7 " in s for s in sentences) and len(sentences) >= 11
        assert tx.check_integrity() == []
