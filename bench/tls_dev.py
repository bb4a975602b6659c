"""Develop drafting against journalists' timelines (Timeline17 dev collections), in-process.

    .venv/bin/python bench/tls_dev.py import DIR [--only NAME,...]   # once: archives as tls_eval makes them
    .venv/bin/python bench/tls_dev.py score DIR [--only NAME,...] [--verbose] [--event-dates]
    .venv/bin/python bench/tls_dev.py fit DIR [--by sizes|f1] [--write]

``import`` writes every article as Markdown with front matter exactly as
``/work/shared/tools/tls_eval.py`` does and imports each collection through the CLI into
``DIR/NAME/archive.sqlite3`` (slow; do it once). ``score`` drafts every reference timeline with
its own date range and size through :func:`timeline_app.services.drafting.make_draft` and prints
Date F1 as tls_eval computes it, beside the same two baselines (HeidelTime mention counts, busiest
publication days), plus the macro averages, and "F1 over sizes": the mean Date F1 of the drafts of
0.5, 0.75, 1, 1.25 and 1.5 times the reference's size (the best entries of one draft of 1.5 times the
size, by score). One reference date more or less moves the official macro figure by up to 0.016
(one of 7 dates in one of 9 timelines); averaging over sizes is less jumpy, so ``fit`` chooses by it
unless ``--by f1``. ``fit`` searches a small grid of salience weights
(:class:`timeline_app.drafting.Weights`) and reports the in-sample choice beside
leave-one-collection-out and leave-one-topic-out (H1N1 / BP oil / Haiti) figures: for each held-out
part the weights are chosen on the others. ``--write`` rebuilds ``timeline_app/drafting/weights.py``
(the shipped weights) from the in-sample choice.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import gzip
import itertools
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from timeline_app.drafting import Weights
from timeline_app.services.drafting import DraftError, DraftScope, make_draft
from timeline_app.storage import open_archive

CORPUS = Path("/work/shared/corpora/tls/t17-dev.jsonl.gz")
APP = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "timeline-app"


def load(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def f1(pred: set[str], ref: set[str]) -> tuple[float, float, float]:
    shared = len(pred & ref)
    if not pred or not ref or not shared:
        return 0.0, 0.0, 0.0
    p, r = shared / len(pred), shared / len(ref)
    return p, r, 2 * p * r / (p + r)


def top_dates(counts: dict[str, int], first: str, last: str, n: int) -> set[str]:
    ranked = sorted(((c, d) for d, c in counts.items() if first <= d <= last), key=lambda x: (-x[0], x[1]))
    return {d for _, d in ranked[:n]}


def topic(collection: str) -> str:
    return collection.split("_")[0]


def cmd_import(records: list[dict], folder: Path) -> None:
    for rec in records:
        name = rec["collection"]
        target = folder / name
        shutil.rmtree(target, ignore_errors=True)
        (target / "articles").mkdir(parents=True)
        for art in rec["articles"]:
            (target / "articles" / f"{art['id']}.md").write_text(
                f"---\npublished: {art['published']}\nlanguage: {rec.get('language', 'en')}\nsource: {name}\n"
                f"---\n\n{art['text']}\n",
                encoding="utf-8",
            )
        start = time.perf_counter()
        res = subprocess.run([str(APP), "--db", str(target / "archive.sqlite3"), "--create", "import", str(target / "articles"),
                              "--json"], capture_output=True, text=True)
        print(f"{name}: {len(rec['articles'])} articles, exit {res.returncode}, {time.perf_counter() - start:.0f} s",
              flush=True)


SIZES = (0.5, 0.75, 1.0, 1.25, 1.5)


def draft_days(archive_path: Path, first: str, last: str, n: int, weights: Weights | None) -> tuple[set[str], float]:
    ranked, took = draft_ranking(archive_path, first, last, n, weights)
    return set(ranked), took


def draft_ranking(archive_path: Path, first: str, last: str, n: int,
                  weights: Weights | None) -> tuple[list[str], float]:
    """The days of a draft of ``n`` entries, best first."""
    with open_archive(archive_path) as archive:
        start = time.perf_counter()
        try:
            draft = make_draft(archive, DraftScope(date_from=_day(first), date_to=_day(last)), n, weights=weights)
        except DraftError:
            return [], time.perf_counter() - start
        took = time.perf_counter() - start
    entries = sorted(draft.entries, key=lambda e: (-e.score, -e.signals.articles, -getattr(e.signals, "planned_articles", 0),
                                                   e.span.start))
    return [e.span.first_day.isoformat() for e in entries if e.span.first_day], took


def f1_over_sizes(archive_path: Path, first: str, last: str, ref: set[str], weights: Weights | None) -> float:
    """Mean Date F1 of the best 0.5 to 1.5 times ``len(ref)`` entries (see the module notes)."""
    n = len(ref)
    ranked, _ = draft_ranking(archive_path, first, last, max(1, round(max(SIZES) * n)), weights)
    return sum(f1(set(ranked[: max(1, round(x * n))]), ref)[2] for x in SIZES) / len(SIZES)


def _day(text: str):  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.date.fromisoformat(text)


def score(records: list[dict], folder: Path, weights: Weights | None = None, *, quiet: bool = False,
          verbose: bool = False) -> list[dict]:
    rows = []
    for rec in records:
        path = folder / rec["collection"] / "archive.sqlite3"
        if not path.exists():
            print(f"skipping {rec['collection']}: no archive at {path} (run import first)", file=sys.stderr)
            continue
        for tl in rec["timelines"]:
            ref = {d for d, _ in tl["entries"]}
            first, last, n = min(ref), max(ref), len(ref)
            pred, took = draft_days(path, first, last, n, weights)
            _, _, f = f1(pred, ref)
            sized = f1_over_sizes(path, first, last, ref, weights)
            _, _, hf = f1(top_dates(rec.get("heideltime_mentions", {}), first, last, n), ref)
            pub = collections.Counter(a["published"] for a in rec["articles"])
            _, _, pf = f1(top_dates(pub, first, last, n), ref)
            hs = sum(f1(top_dates(rec.get("heideltime_mentions", {}), first, last, max(1, round(x * n))), ref)[2]
                     for x in SIZES) / len(SIZES)
            row = {"name": tl["name"], "collection": rec["collection"], "n": n, "f1": f, "sizes": sized,
                   "heideltime": hf, "heideltime_sizes": hs, "pub_days": pf, "seconds": took}
            rows.append(row)
            if not quiet:
                print(f"{tl['name']:<26} dates {n:>3}  ours F1 {f:.3f} (over sizes {sized:.3f}) | heideltime-mentions "
                      f"{hf:.3f}  pub-days {pf:.3f}  ({took:.2f} s)", flush=True)
            if verbose:
                print("    hits  ", " ".join(sorted(pred & ref)))
                print("    missed", " ".join(sorted(ref - pred)))
                print("    wrong ", " ".join(sorted(pred - ref)))
    if rows and not quiet:
        m = len(rows)
        print(f"{'MACRO':<26} {m} timelines  ours F1 {sum(r['f1'] for r in rows) / m:.3f} (over sizes "
              f"{sum(r['sizes'] for r in rows) / m:.3f}) | heideltime-mentions "
              f"{sum(r['heideltime'] for r in rows) / m:.3f} (over sizes {sum(r['heideltime_sizes'] for r in rows) / m:.3f})"
              f"  pub-days {sum(r['pub_days'] for r in rows) / m:.3f}")
    return rows


GRID = {"later": (0.0, 0.5, 1.0), "spread": (0.0, 0.5, 1.0), "burst": (0.0, 0.5)}


def cmd_fit(records: list[dict], folder: Path, write: bool, by: str) -> None:
    options = [dict(zip(GRID, values, strict=True)) for values in itertools.product(*GRID.values())]
    table: list[tuple[dict, dict[str, dict[str, float]]]] = []
    for option in options:
        weights = dataclasses.replace(Weights(), **option)
        rows = score(records, folder, weights, quiet=True)
        table.append((option, {r["name"]: {"f1": r["f1"], "sizes": r["sizes"]} for r in rows}))
        print(option, f"macro F1 {sum(r['f1'] for r in rows) / len(rows):.3f}, over sizes "
              f"{sum(r['sizes'] for r in rows) / len(rows):.3f}", flush=True)
    names = list(table[0][1])
    collections_of = {r["timelines"][0]["name"]: r["collection"] for r in records if r["timelines"]}

    def macro(option_scores: dict[str, dict[str, float]], keep: list[str], key: str = by) -> float:
        return sum(option_scores[n][key] for n in keep) / len(keep)

    best_option, best_scores = max(table, key=lambda t: macro(t[1], names))
    print(f"in-sample best by {by}", best_option, f"F1 {macro(best_scores, names, 'f1'):.3f}, over sizes "
          f"{macro(best_scores, names, 'sizes'):.3f}")
    for label, group in (("leave-one-collection-out", lambda n: collections_of.get(n, n)),
                         ("leave-one-topic-out", lambda n: topic(collections_of.get(n, n)))):
        held: list[dict[str, float]] = []
        for name in names:
            keep = [n for n in names if group(n) != group(name)]
            option, scores = max(table, key=lambda t: macro(t[1], keep))
            held.append(scores[name])
            print(f"  {label:<26} {name:<26} weights {option} -> F1 {scores[name]['f1']:.3f}, over sizes "
                  f"{scores[name]['sizes']:.3f}")
        print(f"{label}: macro F1 {sum(h['f1'] for h in held) / len(held):.3f}, over sizes "
              f"{sum(h['sizes'] for h in held) / len(held):.3f}")
    if write:
        target = Path(__file__).resolve().parent.parent / "timeline_app" / "drafting" / "weights.py"
        text = target.read_text(encoding="utf-8")
        head = text[: text.index("FITTED = ")]
        target.write_text(head + f"FITTED = {json.dumps(best_option)}\n", encoding="utf-8")
        print(f"wrote {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["import", "score", "fit"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--only", default="")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--by", choices=["sizes", "f1"], default="sizes",
                        help="what fit maximises: macro F1 over sizes (default) or the official macro F1")
    parser.add_argument("--event-dates", action="store_true",
                        help="ablation: date every report by its stored event, not by what it says itself")
    args = parser.parse_args()
    if args.event_dates:
        from timeline_app.services import draft_mentions

        draft_mentions.MentionDater.date_of = lambda self, source, event, article, **_: event.span  # type: ignore[method-assign]
    only = {x for x in args.only.split(",") if x}
    records = [r for r in load(args.corpus) if not only or r["collection"] in only]
    os.makedirs(args.folder, exist_ok=True)
    if args.command == "import":
        cmd_import(records, args.folder)
    elif args.command == "score":
        score(records, args.folder, verbose=args.verbose)
    else:
        cmd_fit(records, args.folder, args.write, args.by)


if __name__ == "__main__":
    main()
