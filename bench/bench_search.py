"""Search latency and memory on a generated archive (100,000 ~600-word articles by default).

    .venv/bin/python bench/bench_search.py [--articles 100000] [--db /tmp/bench-100k.sqlite3] [--queries 300]
    .venv/bin/python bench/bench_search.py --backend postgresql [--db postgresql://user@host/db]

On PostgreSQL without ``--db`` the benchmark starts a cluster of its own (``build/pg_cluster.py``,
default settings but durability off) in ``/tmp/timeline-bench-pg``, kept between runs with its
archive, and stops it afterwards. The same articles and queries are used on both backends.

The archive is generated once (bulk insert through the article store, 1,000 articles per
transaction; this measures search, not import) and reused on later runs. Queries are run
in a fresh child process so its peak memory (RSS) is the search process's own. Each query
goes through the same service call the CLI and GUI use (parse, FTS5 match, BM25 with the
title weighted, snippets for the returned hits).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from corpus import TOPICAL, CorpusGenerator

from timeline_app.storage import NewArticle, open_archive


def generate(db: Path | str, count: int) -> None:
    generator = CorpusGenerator(seed=11)
    start = time.perf_counter()
    with open_archive(db) as archive:
        with archive.read() as tx:
            existing = tx.articles.count()
        if existing >= count:
            print(f"reusing {db} ({existing} articles)")
        else:
            _add(archive, generator, existing, count, start)
            size = f"; file {db.stat().st_size / 1e6:.0f} MB" if isinstance(db, Path) else ""
            print(f"\ngenerated {count} articles in {time.perf_counter() - start:.0f} s{size}")
        if isinstance(db, str):  # PostgreSQL: fresh planner statistics, as autovacuum keeps them on a server
            with archive.engine.connect() as connection:
                connection.exec_driver_sql("ANALYZE")
                connection.commit()


def _add(archive: Any, generator: CorpusGenerator, existing: int, count: int, start: float) -> None:
    batch = 1000
    for offset in range(existing, count, batch):
        with archive.write() as tx:
            for article in generator.articles(min(batch, count - offset)):
                tx.articles.add(
                    NewArticle(
                        title=article.title,
                        text=article.text,
                        content_hash=hashlib.sha256(f"{offset}{article.text}".encode()).hexdigest(),
                        format="txt",
                        source_name=article.source,
                        published=article.published,
                        language=article.language,
                    )
                )
        done = min(offset + batch, count)
        print(f"\rgenerated {done}/{count} ({time.perf_counter() - start:.0f} s)", end="", flush=True)


def queries(count: int) -> dict[str, list[str]]:
    generator = CorpusGenerator(seed=11)
    rng = random.Random(5)
    terms = generator.query_terms(count * 3)
    return {
        "1 term": terms[:count],
        "2 terms": [f"{a} {b}" for a, b in zip(terms[count : 2 * count], terms[2 * count :], strict=True)],
        "3 terms": [" ".join(rng.sample(terms, 3)) for _ in range(count)],
        "prefix": [(t[: max(4, len(t) - 2)] + "*") for t in terms[:count]],
        "phrase": [f'"{a} {b}"' for a, b in zip(terms[:count], terms[count : 2 * count], strict=True)],
        "topical 1 term": [rng.choice(TOPICAL) for _ in range(count // 3)],
        "stopword (worst case)": [rng.choice(["de", "the", "la", "und", "een"]) for _ in range(count // 10)],
    }


def measure(db: Path | str, count: int) -> dict[str, object]:
    from timeline_app.services.archive_queries import search_articles

    results: dict[str, object] = {}
    with open_archive(db) as archive:
        search_articles(archive, "warmup", limit=20)
        for kind, items in queries(count).items():
            times = []
            for query in items:
                start = time.perf_counter()
                search_articles(archive, query, limit=20)
                times.append((time.perf_counter() - start) * 1000)
            times.sort()
            results[kind] = {
                "n": len(times),
                "median_ms": round(statistics.median(times), 2),
                "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
                "max_ms": round(times[-1], 2),
            }
    results["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return results


def _own_cluster(folder: Path) -> Any:
    """A PostgreSQL cluster for the benchmark, kept in ``folder`` between runs (started; stop it after)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "build"))
    from pg_cluster import Cluster, server_bin

    bindir = server_bin()
    if bindir is None:
        raise SystemExit("PostgreSQL server programs not found (build/install-system-deps.sh installs them)")
    cluster = Cluster(bindir, folder)
    cluster.start()
    return cluster


def _bench_database(cluster: Any) -> str:
    import psycopg

    with psycopg.connect(cluster.url, autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = 'bench'").fetchone():
            connection.execute("CREATE DATABASE bench")
    return str(cluster.url).rsplit("/", 1)[0] + "/bench"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--db", help="the archive: a file (sqlite) or a postgresql:// address")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--rank-all", action="store_true",
                        help="PostgreSQL: rank every match (the baseline before the title + newest candidates)")
    parser.add_argument("--measure-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rank_all:
        from timeline_app.storage import postgres

        postgres.RANK_ALL_UP_TO = 10**9
    wanted = args.db or "/tmp/timeline-bench-100k.sqlite3"
    db: Path | str = wanted if wanted.startswith("postgres") else Path(wanted)
    if args.measure_only:
        print(json.dumps(measure(db, args.queries)))
        return
    cluster = None
    if args.backend == "postgresql" and not isinstance(db, str):
        cluster = _own_cluster(Path("/tmp/timeline-bench-pg"))
        db = _bench_database(cluster)
    try:
        generate(db, args.articles)
        child = subprocess.run(
            [sys.executable, __file__, "--db", str(db), "--queries", str(args.queries), "--measure-only",
             *(["--rank-all"] if args.rank_all else [])],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        if cluster is not None:
            cluster.stop()
    results = json.loads(child.stdout.strip().splitlines()[-1])
    print(f"backend: {args.backend}{' (every match ranked)' if args.rank_all else ''}")
    for kind, figures in results.items():
        print(f"{kind:>22}: {figures}")


if __name__ == "__main__":
    main()
