"""Event extraction speed on real news, as a ratio against dateparser's search_dates, and its growth.

    .venv/bin/python bench/bench_extract_speed.py [--articles 200] [--repeat 3]

Takes the first ``--articles`` English articles of Timeline17 (corpora/tls/t17-dev.jsonl.gz),
runs :func:`extract_events` (tagging, sentences, headlines, names, confidence, mention merge)
and ``dateparser.search.search_dates`` on the same texts in the same run, and prints the
seconds of each (median of ``--repeat``), KB per second and the ratio (search_dates seconds /
extract_events seconds: higher is faster than dateparser). Then the growth check of issue 16:
extraction of one article body repeated 16× and 32× (as paragraphs) and of one 10 KB and
20 KB run-on paragraph; time ratios of the doubled input to the single one should stay ≤ ~2.2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import statistics
import time
import warnings
from pathlib import Path

from timeline_app.extraction import extract_events

CORPUS = Path(os.environ.get("TIMELINE_CORPORA", "/work/shared/corpora")) / "tls" / "t17-dev.jsonl.gz"


def load_articles(count: int) -> list[tuple[str, dt.date]]:
    """``count`` article texts with their publication dates, in corpus order."""
    found: list[tuple[str, dt.date]] = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            for article in json.loads(line)["articles"]:
                found.append((article["text"], dt.date.fromisoformat(article["published"][:10])))
                if len(found) >= count:
                    return found
    return found


def _time(function, texts: list[tuple[str, dt.date]], repeat: int) -> float:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for text, published in texts:
            function(text, published)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def _ours(text: str, published: dt.date) -> None:
    extract_events(text, reference_date=published, language="en")


def _dateparser(text: str, published: dt.date) -> None:
    from dateparser.search import search_dates

    base = dt.datetime(published.year, published.month, published.day)
    search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-growth", action="store_true", help="skip the growth check (slow on old code)")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    texts = load_articles(args.articles)
    kb = sum(len(t.encode("utf-8")) for t, _ in texts) / 1024
    _ours(*texts[0])
    _dateparser(*texts[0])
    ours = _time(_ours, texts, args.repeat)
    theirs = _time(_dateparser, texts, args.repeat)
    print(f"{len(texts)} articles, {kb:.0f} KB, load {os.getloadavg()[0]:.1f}")
    print(f"extract_events  {ours:7.2f} s  {kb / ours:8.0f} KB/s")
    print(f"search_dates    {theirs:7.2f} s  {kb / theirs:8.0f} KB/s")
    print(f"ratio (search_dates / extract_events): {theirs / ours:.1f}x")
    if args.no_growth:
        return
    body, published = max(texts[:50], key=lambda t: len(t[0]))
    shapes = {
        "article x16 -> x32 (paragraphs)": ("\n\n".join([body] * 16), "\n\n".join([body] * 32)),
        "10 KB -> 20 KB run-on paragraph": (
            "T\n\n" + "Op 7 juli 2023 viel het kabinet, " * 300,
            "T\n\n" + "Op 7 juli 2023 viel het kabinet, " * 600,
        ),
    }
    for name, (single, double) in shapes.items():
        one = _time(_ours, [(single, published)], args.repeat)
        two = _time(_ours, [(double, published)], args.repeat)
        print(f"growth {name}: {one:.3f} s -> {two:.3f} s, ratio {two / one:.2f}")


if __name__ == "__main__":
    main()
