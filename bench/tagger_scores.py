"""Score the temporal tagger on every development file, per half, with error classes and speed.

    .venv/bin/python bench/tagger_scores.py [--baseline] [--classes] [--half A|B] [--only NAME]
        [--errors NAME] [--real N] [--corpora DIR] [--scorer PATH]

Each gold file is split into two halves by document id (sorted ids; even positions are half A,
the one rules are developed on, odd positions half B, the check half), and scored whole and per
half with the shared TempEval-3 scorer (``timex_eval.py``, one-to-one matching). ``--baseline``
also times dateparser's ``search_dates`` on each whole file in the same run and prints the speed
ratio (dateparser seconds / tagger seconds). ``--classes`` sorts every error into a class (span
boundary, type, value kind, miss, false alarm); ``--errors NAME`` lists the errors of one file.
``--real N`` times both on N real news articles of Timeline17 (``tls/t17-dev.jsonl.gz``, every k-th
article of every collection), medians of 3 runs of CPU time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.util
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPORA = Path(os.environ.get("TIMEX_CORPORA", "/work/shared/corpora"))
SCORER = Path(os.environ.get("TIMEX_SCORER", "/work/shared/tools/timex_eval.py"))
OWN = ROOT / "tests" / "data" / "tagger"
DEV_FILES = ("en-tbaq", "en-meantime", "nl-meantime", "fr-timebank-dev", "multi-handmade-dev")

Docs = dict[str, dict[str, Any]]

_DETERMINERS = frozenset(
    "the a an this that these those le la les l' un une des ce cet cette ces de het een die deze dit der die "
    "das dem den des ein eine einem einen einer".split()
)
_PREPOSITIONS = frozenset(
    "in on at by for from to since until during of after before around about over within between à au aux en "
    "depuis pendant dès jusqu'à jusqu'au vers d'ici entre avant après du op om sinds vanaf tot van na voor tegen "
    "binnen im am um seit bis ab für vom zum zur an nach vor gegen innerhalb".split()
)


def load_scorer(path: Path = SCORER) -> ModuleType:
    """The shared scorer module (standard library only, dateparser for the baseline)."""
    spec = importlib.util.spec_from_file_location("timex_eval", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_docs(path: Path) -> Docs:
    """The gold documents of a JSON-lines file, by id."""
    docs: Docs = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                doc = json.loads(line)
                docs[doc["id"]] = doc
    return docs


def gold_sets(corpora: Path = CORPORA) -> list[tuple[str, Docs]]:
    """(name, documents) of every development file: the shared ones, the handmade set per language, ours."""
    out: list[tuple[str, Docs]] = []
    for name in DEV_FILES:
        path = corpora / "dev" / f"{name}.jsonl"
        if path.is_file():
            out.append((name, read_docs(path)))
    handmade = dict(out).get("multi-handmade-dev", {})
    for lang in ("fr", "de", "nl"):
        part = {k: d for k, d in handmade.items() if d.get("lang") == lang}
        if part:
            out.append((f"multi-handmade-{lang}", part))
    for path in sorted(OWN.glob("*.jsonl")):
        out.append((f"own-{path.stem}", read_docs(path)))
    return out


def half(docs: Docs, which: str) -> Docs:
    """Half A (even positions of the sorted ids) or B (odd positions); ``all`` keeps everything."""
    if which == "all":
        return docs
    ids = sorted(docs)
    keep = set(ids[0 if which == "A" else 1::2])
    return {k: d for k, d in docs.items() if k in keep}


def tag_all(func: Callable[..., Any], docs: Docs, scorer: ModuleType) -> tuple[Docs, float]:
    """Predictions of ``func`` for ``docs`` and the seconds they took (after one warm-up document; the
    grammars of the file's languages are compiled first, as the app's import workers do at start)."""
    from timeline_app.extraction import warm_up

    warm_up({d.get("lang") or "en" for d in docs.values()})
    preds, seconds = scorer.run_tagger(func, docs)
    return preds, float(seconds)


def shape(value: str) -> str:
    """A value's kind, for sorting value errors."""
    if value.startswith("P"):
        return "duration"
    if value.endswith("_REF"):
        return "vague ref"
    if "T" in value:
        return "time of day" if re.search(r"T\d", value) else "part of day"
    if "-W" in value:
        return "week"
    if "X" in value:
        return "underspecified"
    if re.fullmatch(r"\d{4}-(?:Q\d|H\d|SP|SU|FA|WI)", value):
        return "quarter/half/season"
    if re.fullmatch(r"\d{2,3}", value):
        return "decade/century"
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "other")


def _word_class(words: str) -> str:
    first = words.lower().split()[0] if words.split() else ""
    first = first.strip(",.;:()\"'")
    if first in _DETERMINERS:
        return "determiner"
    if first in _PREPOSITIONS:
        return "preposition"
    return "modifier/other"


def classify(gold: dict[str, Any], system: dict[str, Any] | None, text: str) -> list[str]:
    """The error classes of one gold/system pair (system None: a miss; gold empty: a false alarm)."""
    if system is None:
        return [f"miss {gold['type']} ({shape(gold['value'])})"]
    if not gold:
        return [f"false alarm {system['type']}"]
    out: list[str] = []
    gs, ge, ss, se = gold["start"], gold["end"], system["start"], system["end"]
    if (gs, ge) != (ss, se):
        if ss < gs:
            out.append(f"span: extra {_word_class(text[ss:gs])} before")
        elif ss > gs:
            out.append(f"span: missing {_word_class(text[gs:ss])} before")
        if se > ge:
            out.append(f"span: extra words after ({text[ge:se].split()[0] if text[ge:se].split() else '?'})")
        elif se < ge:
            out.append("span: missing words after")
    if gold["type"] != system["type"]:
        out.append(f"type {gold['type']} -> {system['type']}")
    elif gold["value"] != system["value"]:
        gk, sk = shape(gold["value"]), shape(system["value"])
        if gk == sk and gk in ("day", "month", "year", "week", "quarter/half/season", "time of day", "part of day"):
            out.append(f"value: anchoring ({gk})")
        elif gk == sk:
            out.append(f"value: {gk}")
        else:
            out.append(f"value: granularity {gk} -> {sk}")
    elif gold["value"] != system["value"]:
        out.append("value: other")
    return out


def errors(gold_docs: Docs, preds: Docs, scorer: ModuleType) -> list[tuple[str, str, str]]:
    """(class, document id, description) of every error."""
    out: list[tuple[str, str, str]] = []
    for did, doc in gold_docs.items():
        text = doc["text"]
        gold = scorer.norm_timexes(doc.get("timexes"), did)
        system = scorer.norm_timexes(preds.get(did, {}).get("timexes"), did)
        g_rel, _g_str, s_rel, _s_str, pairs = scorer.match_doc(gold, system, "one2one")
        for i, g in enumerate(gold):
            if not g_rel[i]:
                for c in classify(g, None, text):
                    out.append((c, did, f"{text[g['start']:g['end']]!r} {g['type']} {g['value']}"))
        for j, s in enumerate(system):
            if not s_rel[j]:
                for c in classify({}, s, text):
                    out.append((c, did, f"{text[s['start']:s['end']]!r} {s['type']} {s['value']}"))
        for i, j in pairs:
            g, s = gold[i], system[j]
            for c in classify(g, s, text):
                out.append((c, did, f"gold {text[g['start']:g['end']]!r} {g['type']} {g['value']} | "
                                    f"sys {text[s['start']:s['end']]!r} {s['type']} {s['value']}"))
    return out


def real_articles(count: int, corpora: Path = CORPORA) -> list[tuple[str, dt.date]]:
    """``count`` real articles (text, publication date), spread evenly over the Timeline17 collections."""
    articles: list[tuple[str, dt.date]] = []
    with gzip.open(corpora / "tls" / "t17-dev.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            for article in json.loads(line)["articles"]:
                articles.append((article["text"], dt.date.fromisoformat(article["published"][:10])))
    step = max(1, len(articles) // max(1, count))
    return articles[::step][:count]


def real_speed(articles: list[tuple[str, dt.date]], tag_text: Callable[..., Any]) -> str:
    """Tagger and dateparser ``search_dates`` CPU seconds on the articles (medians of 3) and their ratio."""
    from dateparser.search import search_dates

    def timed(call: Callable[[str, dt.date], Any]) -> float:
        call(*articles[0])
        runs = []
        for _ in range(3):
            t0 = time.process_time()
            for text, day in articles:
                call(text, day)
            runs.append(time.process_time() - t0)
        return statistics.median(runs)

    ours = timed(lambda text, day: tag_text(text, reference_date=day, language="en"))
    settings = {"PREFER_DATES_FROM": "past"}
    theirs = timed(lambda text, day: search_dates(
        text, languages=["en"], settings=dict(settings, RELATIVE_BASE=dt.datetime(day.year, day.month, day.day))))
    kb = sum(len(text) for text, _ in articles) / 1000
    return (f"real news: {len(articles)} Timeline17 articles, {kb:.0f} KB: tagger {ours:.3f} s "
            f"({1000 * ours / kb:.2f} ms/KB), dateparser search_dates {theirs:.3f} s, ratio {theirs / ours:.1f}x")


def row(name: str, which: str, res: dict[str, Any], ratio: float | None) -> str:
    def pct(x: float) -> str:
        return f"{100 * x:5.1f}"

    speed = f"{ratio:6.1f}x" if ratio else "      -"
    return (f"| {name:<22} | {which:<3} | {res['gold']:5d} | {pct(res['relaxed']['p'])} {pct(res['relaxed']['r'])} "
            f"{pct(res['relaxed']['f1'])} | {pct(res['strict']['f1'])} | {pct(res['value']['f1'])} | "
            f"{pct(res['type_acc'])} | {speed} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--baseline", action="store_true", help="time dateparser on each whole file (speed ratio)")
    ap.add_argument("--classes", action="store_true", help="print error classes with counts per file and half")
    ap.add_argument("--half", choices=("A", "B"), help="only this half (and the whole file)")
    ap.add_argument("--only", action="append", help="only these files (repeatable)")
    ap.add_argument("--errors", help="list every error of this file (with --half, of that half)")
    ap.add_argument("--real", type=int, default=0, help="time tagger and dateparser on N real articles")
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--corpora", type=Path, default=CORPORA)
    args = ap.parse_args(argv)
    scorer = load_scorer(args.scorer)
    sys.path.insert(0, str(ROOT))
    from timeline_app.extraction import tag_text

    halves = ("all", args.half) if args.half else ("all", "A", "B")
    print(f"tagger scores, {dt.datetime.now():%Y-%m-%d %H:%M}, load {os.getloadavg()[0]:.2f}")
    print("| file | half | gold | relaxed P R F1 | strict F1 | value F1 | type | speed |")
    print("|---|---|---|---|---|---|---|---|")
    class_tables: list[tuple[str, str, Counter[str]]] = []
    for name, docs in gold_sets(args.corpora):
        if args.only and name not in args.only and args.errors != name:
            continue
        preds, seconds = tag_all(tag_text, docs, scorer)
        ratio = None
        if args.baseline:
            _bpreds, bseconds = scorer.run_baseline(docs)
            ratio = bseconds / seconds if seconds else None
        for which in halves:
            part = half(docs, which)
            res, _pt = scorer.evaluate(part, {k: preds[k] for k in part}, "one2one", False)
            print(row(name, which, res, ratio if which == "all" else None))
            if args.classes and which != "all":
                class_tables.append((name, which, Counter(c for c, _, _ in errors(part, preds, scorer))))
        if args.errors == name:
            part = half(docs, args.half or "all")
            for c, did, desc in sorted(errors(part, preds, scorer)):
                print(f"    {c:<40} {did:<28} {desc}")
    if args.real:
        print(real_speed(real_articles(args.real, args.corpora), tag_text))
    for name, which, counts in class_tables:
        print(f"\n{name} half {which}: {sum(counts.values())} errors")
        for c, n in counts.most_common():
            print(f"  {n:4d}  {c}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
