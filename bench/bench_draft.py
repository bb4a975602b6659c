"""Draft speed: a draft over the events of 2,000 real news articles (goal: at most 2 s).

    .venv/bin/python bench/bench_draft.py --archives DIR [--articles 2000] [--size 30] [--runs 3]
    .venv/bin/python bench/bench_draft.py [--articles 2000]        # imports the articles first (slow)

With ``--archives`` (the folder ``bench/tls_dev.py import DIR`` made) the per-collection archives
are merged into one temporary archive of the first ``--articles`` articles, rows copied as they
are (this measures drafting, not import). Without it, the first ``--articles`` Timeline17 articles
are written as Markdown and imported through :func:`timeline_app.services.importing.import_paths`.

Measured, median of ``--runs``: a whole-archive draft of ``--size`` entries (split into reading,
dating the reports, ranking and text by the job's progress reports), a draft from a search and a
draft over one month. The baseline in the same run is reading the same events with their sources
through the event store (``tx.events.many``), the ordinary way to load events.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from timeline_app.services.drafting import DraftScope, make_draft
from timeline_app.services.importing import import_paths
from timeline_app.services.jobs import JobControl
from timeline_app.storage import Archive, open_archive

CORPUS = Path("/work/shared/corpora/tls/t17-dev.jsonl.gz")


def merge(archives: Path, target: Path, limit: int) -> None:
    """Copy articles, events and sources of the per-collection archives into ``target``."""
    with open_archive(target):
        pass
    db = sqlite3.connect(target)
    taken = 0
    for source in sorted(archives.glob("*/archive.sqlite3")):
        if taken >= limit:
            break
        db.execute("ATTACH DATABASE ? AS src", (str(source),))
        a_off = db.execute("SELECT coalesce(max(id), 0) FROM article").fetchone()[0]
        e_off = db.execute("SELECT coalesce(max(id), 0) FROM event").fetchone()[0]
        s_off = db.execute("SELECT coalesce(max(id), 0) FROM event_source").fetchone()[0]
        ids = [r[0] for r in db.execute("SELECT id FROM src.article ORDER BY id LIMIT ?", (limit - taken,))]
        taken += len(ids)
        last = max(ids)
        cols = [r[1] for r in db.execute("PRAGMA src.table_info(article)") if r[1] != "id"]
        db.execute(f"INSERT INTO article (id, {', '.join(cols)}) SELECT id + ?, {', '.join(cols)} FROM src.article "
                   "WHERE id <= ?", (a_off, last))
        cols = [r[1] for r in db.execute("PRAGMA src.table_info(event)") if r[1] != "id"]
        db.execute(f"INSERT INTO event (id, {', '.join(cols)}) SELECT id + ?, {', '.join(cols)} FROM src.event "
                   "WHERE id IN (SELECT event_id FROM src.event_source WHERE article_id <= ?)", (e_off, last))
        cols = [r[1] for r in db.execute("PRAGMA src.table_info(event_source)")
                if r[1] not in ("id", "event_id", "article_id")]
        db.execute(f"INSERT INTO event_source (id, event_id, article_id, {', '.join(cols)}) SELECT id + ?, "
                   f"event_id + ?, article_id + ?, {', '.join(cols)} FROM src.event_source WHERE article_id <= ?",
                   (s_off, e_off, a_off, last))
        db.commit()
        db.execute("DETACH DATABASE src")
    db.close()


def import_corpus(target: Path, limit: int) -> None:
    folder = target.parent / "articles"
    folder.mkdir()
    written = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for art in rec["articles"]:
                if written >= limit:
                    break
                (folder / f"{written:05d}.md").write_text(
                    f"---\npublished: {art['published']}\nlanguage: en\nsource: {rec['collection']}\n---\n\n"
                    f"{art['text']}\n", encoding="utf-8")
                written += 1
    with open_archive(target) as archive:
        import_paths(archive, [folder])


def timed(runs: int, job) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return times


def phases(archive: Archive, size: int) -> dict[str, float]:
    marks: list[tuple[str, float]] = []
    control = JobControl(lambda done, total, message: marks.append((message, time.perf_counter())))
    make_draft(archive, DraftScope(), size, control=control)
    return {marks[i][0]: marks[i + 1][1] - marks[i][1] for i in range(len(marks) - 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--archives", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--size", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "bench.sqlite3"
        start = time.perf_counter()
        if args.archives:
            merge(args.archives, target, args.articles)
        else:
            import_corpus(target, args.articles)
        print(f"archive ready in {time.perf_counter() - start:.1f} s")
        with open_archive(target) as archive:
            with archive.read() as tx:
                ids = tx.events.ids()
                articles, events = tx.articles.count(), len(ids)
                sources = tx.session.connection().exec_driver_sql("SELECT count(*) FROM event_source").scalar()
            print(f"{articles} articles, {events} events, {sources} reports")

            def baseline() -> None:
                with archive.read() as tx:
                    tx.events.many(ids)

            base = statistics.median(timed(args.runs, baseline))
            whole = timed(args.runs, lambda: make_draft(archive, DraftScope(), args.size))
            found = timed(args.runs, lambda: make_draft(archive, DraftScope(query="oil OR flu OR earthquake"), args.size))
            draft = make_draft(archive, DraftScope(), args.size)
            month_from = draft.entries[0].span.first_day
            assert month_from is not None
            month = timed(args.runs, lambda: make_draft(
                archive, DraftScope(date_from=month_from.replace(day=1), date_to=month_from.replace(day=28)), 15))
            split = phases(archive, args.size)
        print(f"baseline (events with sources via tx.events.many): {base:.2f} s")
        print(f"draft, whole archive, size {args.size}: median {statistics.median(whole):.2f} s "
              f"(runs {', '.join(f'{t:.2f}' for t in whole)}; {statistics.median(whole) / base:.2f}x the baseline)")
        print("   " + ", ".join(f"{name}: {secs:.2f} s" for name, secs in split.items()))
        print(f"draft from a search: median {statistics.median(found):.2f} s")
        print(f"draft over one month, size 15: median {statistics.median(month):.2f} s")


if __name__ == "__main__":
    main()
