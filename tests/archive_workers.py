"""Functions run in child processes by the concurrency tests (importable by name)."""

from __future__ import annotations

from builders import new_article

from timeline_app.domain.dates import DateSpan
from timeline_app.domain.models import EventSource
from timeline_app.storage import NewEvent, open_archive


def write_articles(path: str, worker: int, count: int) -> None:
    """Add ``count`` articles, each with one event, one transaction per article."""
    with open_archive(path) as archive:
        for n in range(count):
            with archive.write() as tx:
                article = tx.articles.add(new_article(f"worker {worker} article {n} " + "word " * 200))
                source = EventSource(article.id, 0, 4, "s", 0, 1, "2000")
                tx.events.add(NewEvent(title=f"event {worker}-{n}", span=DateSpan.year(2000 + n)), [source])


def prepare_or_die(item, language, published, extract):  # type: ignore[no-untyped-def]
    """Like ``prepare_article``, but the worker process dies on a file named crash*.txt."""
    import os
    from pathlib import Path

    from timeline_app.services.importing import prepare_article

    if isinstance(item, Path) and item.name.startswith("crash"):
        os._exit(3)
    return prepare_article(item, language, published, extract)


def prepare_or_stall(item, language, published, extract):  # type: ignore[no-untyped-def]
    """Like ``prepare_article``, but analysing a file named slow*.txt takes a minute."""
    import time
    from pathlib import Path

    from timeline_app.services.importing import prepare_article

    if extract and isinstance(item, Path) and item.name.startswith("slow"):
        time.sleep(60)
    return prepare_article(item, language, published, extract)


def edit_entry(location: str, editor: str, entry_id: int, seen: int, note: str, barrier, results) -> None:  # type: ignore[no-untyped-def]
    """One editor's client: edit an entry's note as seen at version ``seen`` (all clients at once,
    after ``barrier``); on a conflict reload and edit again. Reports to ``results``:
    ``(editor, first outcome, commit time of the edit that went through)``."""
    import time

    from timeline_app.services.ops import Guarded, StaleEditError, execute
    from timeline_app.services.timeline_ops import UpdateEntries

    with open_archive(location, create=False, editor=editor) as archive:
        op = UpdateEntries.same([entry_id], public_note=note)
        barrier.wait(30)
        try:
            execute(archive, Guarded.of(op, lambda _key: seen))
            outcome = "saved"
        except StaleEditError as exc:
            outcome = f"refused: {exc}"
            with archive.read() as tx:
                fresh = tx.timelines.entries_by_id([entry_id])[0].version
            execute(archive, Guarded.of(op, lambda _key: fresh))
        results.put((editor, outcome, time.time()))
