"""Import throughput: typical ~600-word articles from files into a fresh archive.

    .venv/bin/python bench/bench_import.py [--count 500] [--format txt|html|both]

Measures the whole import path (discover, read, detect language, hash, store, index) before
event extraction (``extract=False``), and prints articles per second. Import with extraction
is measured by ``bench_import_extract.py``.
"""

from __future__ import annotations

import argparse
import html
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import CorpusGenerator

from timeline_app.services.importing import Outcome, import_paths
from timeline_app.storage import open_archive


def write_files(folder: Path, count: int, fmt: str) -> None:
    generator = CorpusGenerator(seed=7)
    for n, article in enumerate(generator.articles(count)):
        if fmt == "txt":
            header = f"{article.title}\nPublished: {article.published.isoformat()}\nSource: {article.source}\n\n"
            (folder / f"{n:06}.txt").write_text(header + article.text, encoding="utf-8")
        else:
            body = "".join(f"<p>{html.escape(p)}</p>" for p in article.text.split("\n\n"))
            page = (
                f'<!doctype html><html lang="{article.language}"><head><title>{html.escape(article.title)}</title>'
                f'<meta property="article:published_time" content="{article.published.isoformat()}">'
                f'<meta property="og:site_name" content="{article.source}"></head><body>'
                '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
                f"<article><h1>{html.escape(article.title)}</h1>{body}</article>"
                "<footer>Subscribe to our newsletter. © 2024</footer></body></html>"
            )
            (folder / f"{n:06}.html").write_text(page, encoding="utf-8")


def run(count: int, fmt: str) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        write_files(folder, count, fmt)
        with open_archive(Path(tmp) / "bench.sqlite3") as archive:
            start = time.perf_counter()
            report = import_paths(archive, [folder], extract=False)
            seconds = time.perf_counter() - start
        imported = report.count(Outcome.IMPORTED)
        assert imported == count, [r for r in report.results if r.outcome is not Outcome.IMPORTED][:3]
    rate = count / seconds
    print(f"{fmt:>5}: {count} articles in {seconds:.2f} s = {rate:.0f} articles/s")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--format", choices=["txt", "html", "both"], default="both")
    args = parser.parse_args()
    for fmt in ("txt", "html") if args.format == "both" else (args.format,):
        run(args.count, fmt)


if __name__ == "__main__":
    main()
