"""Import throughput WITH event extraction, on real-prose articles of about 600 words.

    .venv/bin/python bench/bench_import_extract.py [--count 200] [--workers 2]

The bodies come from the ten sample articles (resources/samples): each benchmark article is
one sample body followed by the opening paragraphs of another sample in the same language,
plus a numbered closing line so that no two articles are duplicates. Measures the whole path:
discover, read, detect language, tag dates, extract events, store article + events with
cross-article dedupe, index. Prints articles per second and events per article.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from timeline_app.ingest import ArticleDraft, read_article
from timeline_app.paths import samples_dir
from timeline_app.services.importing import Outcome, import_paths
from timeline_app.services.samples import sample_files
from timeline_app.storage import open_archive


def _drafts() -> list[ArticleDraft]:
    return [read_article(path) for path in sample_files(samples_dir())]


def write_files(folder: Path, count: int) -> float:
    """Write ``count`` articles; returns their mean word count."""
    drafts = _drafts()
    by_language: dict[str | None, list[ArticleDraft]] = defaultdict(list)
    for draft in drafts:
        by_language[draft.language].append(draft)
    words = 0
    for n in range(count):
        draft = drafts[n % len(drafts)]
        siblings = [d for d in by_language[draft.language] if d is not draft] or [draft]
        extra = "\n\n".join(siblings[n % len(siblings)].text.split("\n\n")[:3])
        body = f"{draft.text}\n\n{extra}\n\nRef. {n}."
        words += len(body.split())
        header = f"{draft.title}\nPublished: {draft.published}\nLanguage: {draft.language}\n\n"
        (folder / f"{n:06}.txt").write_text(header + body, encoding="utf-8")
    return words / max(count, 1)


def run(count: int, workers: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        mean_words = write_files(folder, count)
        with open_archive(Path(tmp) / "bench.sqlite3") as archive:
            start = time.perf_counter()
            report = import_paths(archive, [folder], workers=workers)
            seconds = time.perf_counter() - start
            with archive.read() as tx:
                events = tx.events.count()
        imported = report.count(Outcome.IMPORTED)
        assert imported == count, [r for r in report.results if r.outcome is not Outcome.IMPORTED][:3]
    rate = count / seconds
    print(
        f"workers={workers}: {count} articles (~{mean_words:.0f} words) in {seconds:.2f} s = {rate:.1f} articles/s; "
        f"{events} events ({events / count:.1f} per article after dedupe)"
    )
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    args = parser.parse_args()
    for workers in args.workers:
        run(args.count, workers)


if __name__ == "__main__":
    main()
