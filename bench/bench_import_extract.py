"""Import WITH event extraction and cross-article dedupe, on real news, against dateparser.

    .venv/bin/python bench/bench_import_extract.py [--limit N] [--workers 2] [--baseline-every 1]
    .venv/bin/python bench/bench_import_extract.py --scale 20000      # flatness check
    .venv/bin/python bench/bench_import_extract.py --dump events.json # results, for a before/after diff

The articles are the 2,162 real English news articles of ``../shared/corpora/tls/t17-dev.jsonl.gz``
(BBC, Guardian, Reuters, Fox News, Washington Post; 3-10 KB each), written as Markdown files with
front matter (publication date, language, outlet) exactly as ``tls_eval.py`` writes them, and
imported through :func:`~timeline_app.services.importing.import_paths` (the CLI's and the GUI's
call) into a fresh archive: discover, read, detect language, tag dates, extract events, store
article + events with cross-article dedupe, index.

In the same run it times ``dateparser.search.search_dates`` alone over the same texts (with the
publication date as ``RELATIVE_BASE``, as ``timex_eval.py`` does) and prints the ratio: how many
times faster our whole import is than dateparser's date search by itself. ``--baseline-every K``
times every K-th text only and scales by characters (the full baseline takes minutes).
It also prints the CPU seconds of both (the import's summed over the writer and its workers) and
their ratio: on a machine shared with other work the wall-clock ratio varies from run to run, the
CPU ratio does not, and times the usable cores it bounds the wall-clock ratio of an idle machine.

``--scale N`` builds an N-article corpus by repeating the real articles with light changes (each
copy k moves every year in its text and its publication date by k years and drops its last
sentence, so copies are new articles of a similar story rather than duplicates) and prints
articles/s per 500-article slice: the last slice should be at least 80 % as fast as the first.
Peak RSS is that of the importing process (the writer) and the largest worker.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import re
import resource
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from timeline_app.services.importing import Outcome, import_paths
from timeline_app.storage import open_archive

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tls" / "t17-dev.jsonl.gz"
if not CORPUS.exists():  # a git worktree beside the main checkout
    CORPUS = Path("/work/shared/corpora/tls/t17-dev.jsonl.gz")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True, slots=True)
class RealArticle:
    key: str
    outlet: str
    published: dt.date
    text: str


def load_articles(path: Path = CORPUS) -> list[RealArticle]:
    """The real articles of the development collections, in file order."""
    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for article in record["articles"]:
                articles.append(
                    RealArticle(
                        f"{record['collection']}-{article['id']}",
                        record["collection"],
                        dt.date.fromisoformat(article["published"]),
                        article["text"],
                    )
                )
    return articles


def variant(article: RealArticle, copy: int) -> RealArticle:
    """Copy ``copy`` of ``article``: every year moved by ``copy`` years, the last sentence dropped."""
    if copy == 0:
        return article
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + copy), article.text)
    lines = text.rstrip("\n").split("\n")
    if len(lines) > 2:
        lines = lines[:-1]
    try:
        published = article.published.replace(year=article.published.year + copy)
    except ValueError:  # 29 February
        published = article.published.replace(year=article.published.year + copy, day=28)
    return RealArticle(f"{article.key}-c{copy}", article.outlet, published, "\n".join(lines) + f"\nCopy {copy}.\n")


def corpus(base: list[RealArticle], count: int) -> Iterator[RealArticle]:
    """``count`` articles: the real ones first, then their variants."""
    for n in range(count):
        yield variant(base[n % len(base)], n // len(base))


def write_files(folder: Path, articles: list[RealArticle]) -> int:
    """Write the articles as tls_eval.py does; returns the characters written."""
    chars = 0
    for n, article in enumerate(articles):
        body = f"---\npublished: {article.published}\nlanguage: en\nsource: {article.outlet}\n---\n\n{article.text}\n"
        chars += len(article.text)
        (folder / f"{n:06}-{article.key}.md").write_text(body, encoding="utf-8")
    return chars


def time_search_dates(articles: list[RealArticle], every: int) -> tuple[float, float]:
    """Wall and CPU seconds dateparser's search_dates needs for all ``articles`` (scaled from every ``every``-th)."""
    from dateparser.search import search_dates

    search_dates("warm up on 3 May 2009", languages=["en"])
    sample = articles[::every]
    start = time.perf_counter()
    cpu_start = time.process_time()
    for article in sample:
        reference = dt.datetime.combine(article.published, dt.time())
        search_dates(article.text, languages=["en"], settings={"RELATIVE_BASE": reference, "PREFER_DATES_FROM": "past"})
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    sampled = sum(len(a.text) for a in sample)
    scale = sum(len(a.text) for a in articles) / max(sampled, 1)
    return seconds * scale, cpu * scale


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


class ProcessSampler:
    """Samples this process's descendants (the import workers, started through a forkserver)
    every 0.2 s: their CPU seconds and peak RSS, read from /proc."""

    def __init__(self) -> None:
        self.cpu: dict[int, float] = {}
        self.rss: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> ProcessSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        ticks = os.sysconf("SC_CLK_TCK")
        while not self._stop.wait(0.2):
            parents: dict[int, int] = {}
            stats: dict[int, list[str]] = {}
            for entry in os.listdir("/proc"):
                if not entry.isdigit():
                    continue
                try:
                    fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                parents[int(entry)] = int(fields[1])
                stats[int(entry)] = fields
            mine = {os.getpid()}
            changed = True
            while changed:
                changed = False
                for pid, parent in parents.items():
                    if parent in mine and pid not in mine:
                        mine.add(pid)
                        changed = True
            for pid in mine - {os.getpid()}:
                fields = stats[pid]
                self.cpu[pid] = (int(fields[11]) + int(fields[12])) / ticks
                self.rss[pid] = max(self.rss.get(pid, 0.0), int(fields[21]) * os.sysconf("SC_PAGE_SIZE") / 2**20)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def dump_events(archive_path: Path, out: Path) -> None:
    """Write every event (value, title, sources as file name + offset) as canonical JSON lines."""
    with open_archive(archive_path) as archive, archive.read() as tx:
        names = {}
        for article_id in tx.articles.ids():
            article = tx.articles.get(article_id)
            names[article_id] = Path(article.source_path or "").name if article else ""
        rows = []
        for event in tx.events.many(tx.events.ids()):
            rows.append(
                {
                    "value": event.span.value,
                    "title": event.title,
                    "sources": sorted(f"{names[s.article_id]}:{s.char_start}" for s in event.sources),
                }
            )
    rows.sort(key=lambda r: (r["sources"][0] if r["sources"] else "", r["value"]))
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def run(args: argparse.Namespace) -> None:
    base = load_articles()
    count = args.scale or (args.limit or len(base))
    articles = list(corpus(base if not args.limit else base[: args.limit], count))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        chars = write_files(folder, articles)
        print(f"{len(articles)} articles, {chars / len(articles) / 1000:.1f} KB of text on average")
        baseline = baseline_cpu = None
        if not args.no_baseline:
            baseline, baseline_cpu = time_search_dates(articles[: len(base)] if args.scale else articles, args.baseline_every)
            if args.scale:
                baseline *= len(articles) / min(len(base), len(articles))
                baseline_cpu *= len(articles) / min(len(base), len(articles))
            print(f"dateparser search_dates alone: {baseline:.1f} s ({len(articles) / baseline:.1f} articles/s)")
        stamps: list[float] = []
        writer_cpu: list[float] = []  # the writing thread's CPU seconds after each article
        db = Path(args.keep) if args.keep else Path(tmp) / "bench.sqlite3"
        with open_archive(db) as archive, ProcessSampler() as sampler:
            cpu_before = _cpu_seconds()
            start = time.perf_counter()

            def stored(_tx: object, _article_id: int, _draft: object) -> None:
                stamps.append(time.perf_counter())
                writer_cpu.append(time.thread_time())

            report = import_paths(archive, [folder], workers=args.workers, after_store=stored)
            seconds = time.perf_counter() - start
            cpu_after = _cpu_seconds()
            with archive.read() as tx:
                events = tx.events.count()
                shared = tx.events.count_multi_article()
        own = _peak_mb()
        children = max(sampler.rss.values(), default=0.0)
        imported = report.count(Outcome.IMPORTED)
        failed = [r for r in report.results if r.outcome is Outcome.FAILED]
        rate = len(articles) / seconds
        print(
            f"workers={args.workers}: {imported} imported, {len(failed)} failed, "
            f"{report.count(Outcome.DUPLICATE)} duplicates in {seconds:.1f} s = {rate:.1f} articles/s"
        )
        print(f"events: {events} ({events / max(imported, 1):.2f} per article); reported by 2+ articles: {shared}")
        if baseline is not None:
            print(f"ratio against search_dates alone: {baseline / seconds:.2f}x  (goal >= 4)")
        print(f"peak RSS: importing process {own:.0f} MB, largest worker {children:.0f} MB")
        import_cpu = cpu_after - cpu_before + sum(sampler.cpu.values())
        print(
            f"CPU: importing process {cpu_after - cpu_before:.1f} s, "
            f"workers {sum(sampler.cpu.values()):.1f} s (wall {seconds:.1f} s)"
        )
        if baseline_cpu is not None:
            # Load-independent: the CPU work of both, and what two otherwise idle cores would give.
            print(
                f"CPU ratio: search_dates {baseline_cpu:.1f} s / import {import_cpu:.1f} s = "
                f"{baseline_cpu / import_cpu:.2f}x of the work; on {os.cpu_count()} idle cores at most "
                f"{baseline_cpu / import_cpu * min(os.cpu_count() or 1, args.workers + 1):.2f}x"
            )
        if len(stamps) >= 1000:
            slices = []
            previous = start
            for end in range(500, len(stamps) + 1, 500):
                slices.append(500 / (stamps[end - 1] - previous))
                previous = stamps[end - 1]
            print("articles/s per 500-article slice: " + " ".join(f"{s:.0f}" for s in slices))
            print(f"last slice / first slice: {slices[-1] / slices[0]:.2f}  (goal >= 0.80)")
            # The same per slice in the writing thread's CPU time: what could grow with the archive
            # (dedupe, indexes), without the load of other programs on the machine.
            costs = [
                1000 * (writer_cpu[end - 1] - writer_cpu[end - 501]) / 500 for end in range(1000, len(writer_cpu) + 1, 500)
            ]
            print("writer CPU ms/article per 500-article slice (from the second): " + " ".join(f"{c:.1f}" for c in costs))
            print(f"first / last slice of writer CPU: {costs[0] / costs[-1]:.2f}  (flat: >= 0.80)")
        for result in failed[:5]:
            print(f"  failed: {result.path}: {result.reason}", file=sys.stderr)
        if args.dump:
            dump_events(db, Path(args.dump))
            print(f"events written to {args.dump}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0, help="only the first N real articles")
    parser.add_argument("--scale", type=int, default=0, help="build an N-article corpus from variants")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--baseline-every", type=int, default=1, help="time search_dates on every K-th text")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--dump", default="", help="write the resulting events to this JSON-lines file")
    parser.add_argument("--keep", default="", help="archive path to keep (default: a temporary one)")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
