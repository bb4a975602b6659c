"""Search latency and memory on a generated archive (100,000 ~600-word articles by default).

    .venv/bin/python bench/bench_search.py [--articles 100000] [--db /tmp/bench-100k.sqlite3] [--queries 300]

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

sys.path.insert(0, str(Path(__file__).parent))
from corpus import TOPICAL, CorpusGenerator

from timeline_app.storage import NewArticle, open_archive


def generate(db: Path, count: int) -> None:
    generator = CorpusGenerator(seed=11)
    start = time.perf_counter()
    with open_archive(db) as archive:
        with archive.read() as tx:
            existing = tx.articles.count()
        if existing >= count:
            print(f"reusing {db} ({existing} articles)")
            return
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
    print(f"\ngenerated {count} articles in {time.perf_counter() - start:.0f} s; file {db.stat().st_size / 1e6:.0f} MB")


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


def measure(db: Path, count: int) -> dict[str, object]:
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/timeline-bench-100k.sqlite3"))
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--measure-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure_only:
        print(json.dumps(measure(args.db, args.queries)))
        return
    generate(args.db, args.articles)
    child = subprocess.run(
        [sys.executable, __file__, "--db", str(args.db), "--queries", str(args.queries), "--measure-only"],
        capture_output=True,
        text=True,
        check=True,
    )
    results = json.loads(child.stdout.strip().splitlines()[-1])
    for kind, figures in results.items():
        print(f"{kind:>22}: {figures}")


if __name__ == "__main__":
    main()
