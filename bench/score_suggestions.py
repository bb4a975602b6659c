"""Score event suggestions against the hand-annotated set in tests/data/suggestions.

    .venv/bin/python bench/score_suggestions.py [--split dev|check|all] [--verbose] [--threshold 0.5]
    .venv/bin/python bench/score_suggestions.py --features out.jsonl   # rows for bench/fit_confidence.py

Each article file (format in tests/data/suggestions/README.md) lists the events an editor would
keep, each with its TIMEX3 date and one or more acceptable headlines (" || " separated).

- A suggestion *matches* a gold event when its date value equals the gold value (or is finer
  and starts with it: "2024-05-14" for gold "2024-05") and its headline resembles one of the
  gold headlines (rapidfuzz token_set_ratio >= 50 on folded words); one-to-one, best first.
- A matched headline is *accepted* when it equals a gold headline (case, spacing and final
  punctuation aside: "exact") or is within the edit budget of one: a character Levenshtein
  distance of at most 20 % of the gold headline's length (about one word changed).
- A suggestion is *accepted unedited* when it matches and its headline is accepted: the
  meaning that confidence is calibrated against.

Prints headline acceptance, event precision and recall (all suggestions and those at or above
``--threshold``) and the calibration table (share accepted unedited per confidence band).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from timeline_app.extraction import CandidateEvent, extract_events

SET_DIR = Path(__file__).resolve().parents[1] / "tests" / "data" / "suggestions"
MATCH_RATIO = 50.0
EDIT_BUDGET = 0.20


@dataclass
class Article:
    path: Path
    split: str
    lang: str
    published: dt.date
    title: str
    text: str
    gold: list[tuple[str, list[str]]] = field(default_factory=list)


def load_set(split: str = "all") -> list[Article]:
    """The annotated articles of ``split`` (dev, check or all), in file order."""
    articles = []
    for folder in ("dev", "check"):
        if split not in ("all", folder):
            continue
        for path in sorted((SET_DIR / folder).glob("*.txt")):
            articles.append(parse_article(path, folder))
    return articles


def parse_article(path: Path, split: str) -> Article:
    """One annotated article file (see tests/data/suggestions/README.md)."""
    raw = path.read_text(encoding="utf-8")
    body, _, events = raw.partition("\n== events\n")
    header, _, text = body.partition("\n\n")
    meta = dict(line.split(": ", 1) for line in header.splitlines())
    article = Article(path, split, meta["lang"], dt.date.fromisoformat(meta["published"]), meta["title"], text.strip())
    for line in events.strip().splitlines():
        value, _, headlines = line.partition(" | ")
        article.gold.append((value.strip(), [h.strip() for h in headlines.split(" || ")]))
    return article


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", plain).strip(" .!?…")


def date_matches(candidate: CandidateEvent, gold_value: str) -> bool:
    value = candidate.span.value
    return value == gold_value or (value.startswith(gold_value) and value[len(gold_value)] in "-T")


def headline_verdict(headline: str, golds: list[str]) -> str:
    """"exact", "budget" (within the edit budget) or "edit" (needs rewriting)."""
    mine = _fold(headline)
    best = "edit"
    for gold in golds:
        reference = _fold(gold)
        if mine == reference:
            return "exact"
        if Levenshtein.distance(mine, reference) <= EDIT_BUDGET * len(reference):
            best = "budget"
    return best


def match(article: Article, candidates: list[CandidateEvent]) -> dict[int, int]:
    """Candidate index -> gold index, one-to-one, most similar pairs first."""
    pairs = []
    for ci, candidate in enumerate(candidates):
        for gi, (value, golds) in enumerate(article.gold):
            if not date_matches(candidate, value):
                continue
            score = max(fuzz.token_set_ratio(_fold(candidate.headline), _fold(g)) for g in golds)
            if score >= MATCH_RATIO:
                pairs.append((score, ci, gi))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _score, ci, gi in sorted(pairs, reverse=True):
        if ci not in matched and gi not in used:
            matched[ci] = gi
            used.add(gi)
    return matched


@dataclass
class Row:
    article: Article
    candidate: CandidateEvent
    gold: int | None
    verdict: str  # exact / budget / edit / none (no matching gold event)

    @property
    def accepted(self) -> bool:
        return self.verdict in ("exact", "budget")


def score_rows(articles: list[Article]) -> list[Row]:
    rows = []
    for article in articles:
        candidates = extract_events(
            article.text, reference_date=article.published, language=article.lang, title=article.title
        )
        matched = match(article, candidates)
        for ci, candidate in enumerate(candidates):
            gi = matched.get(ci)
            verdict = "none" if gi is None else headline_verdict(candidate.headline, article.gold[gi][1])
            rows.append(Row(article, candidate, gi, verdict))
    return rows


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} %" if whole else "    - "


def report(articles: list[Article], rows: list[Row], threshold: float, out=sys.stdout) -> None:  # type: ignore[no-untyped-def]
    gold_total = sum(len(a.gold) for a in articles)
    matched = [r for r in rows if r.gold is not None]
    exact = sum(r.verdict == "exact" for r in matched)
    accepted = sum(r.accepted for r in matched)
    out.write(f"{len(articles)} articles, {gold_total} gold events, {len(rows)} suggestions\n")
    out.write(f"headlines of matched events: exact {exact}/{len(matched)} ({_pct(exact, len(matched)).strip()}), "
              f"within budget {accepted}/{len(matched)} ({_pct(accepted, len(matched)).strip()})\n")
    out.write(f"events: precision {_pct(len(matched), len(rows)).strip()}, recall {_pct(len(matched), gold_total).strip()}\n")
    kept = [r for r in rows if r.candidate.confidence >= threshold]
    kept_matched = [r for r in kept if r.gold is not None]
    out.write(f"at >= {threshold:.0%}: {len(kept)} suggestions, precision {_pct(len(kept_matched), len(kept)).strip()}, "
              f"recall {_pct(len(kept_matched), gold_total).strip()}, "
              f"accepted unedited {_pct(sum(r.accepted for r in kept), len(kept)).strip()}\n")
    high = [r for r in rows if r.candidate.confidence >= 0.7]
    out.write(f"at >= 70%: {len(high)} suggestions, accepted unedited {_pct(sum(r.accepted for r in high), len(high)).strip()}"
              f" (goal >= 80 %)\n")
    out.write("\nconfidence band | suggestions | accepted unedited | matched event\n")
    for low in range(0, 100, 10):
        band = [r for r in rows if low / 100 <= r.candidate.confidence < (low + 10) / 100 or (low == 90 and r.candidate.confidence >= 1)]
        out.write(f"  {low:3d}-{low + 10:<3d} %    | {len(band):11d} | {_pct(sum(r.accepted for r in band), len(band)):>17} | "
                  f"{_pct(sum(r.gold is not None for r in band), len(band)):>13}\n")


def verbose(articles: list[Article], rows: list[Row], out=sys.stdout) -> None:  # type: ignore[no-untyped-def]
    for article in articles:
        out.write(f"\n== {article.path.name}\n")
        mine = [r for r in rows if r.article is article]
        for r in mine:
            gold = f"   <- {article.gold[r.gold][1][0]}" if r.gold is not None and not r.accepted else ""
            out.write(f"  {r.verdict:6} {r.candidate.confidence:.2f} {r.candidate.span.value:12} {r.candidate.headline}{gold}\n")
        found = {r.gold for r in mine}
        for gi, (value, golds) in enumerate(article.gold):
            if gi not in found:
                out.write(f"  MISSED      {value:12} {golds[0]}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["dev", "check", "all"], default="all")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--features", type=Path, help="write one JSON row per suggestion (for fitting)")
    args = parser.parse_args()
    articles = load_set(args.split)
    rows = score_rows(articles)
    if args.verbose:
        verbose(articles, rows)
        print()
    report(articles, rows, args.threshold)
    if args.features:
        from timeline_app.extraction.confidence import features_of

        with args.features.open("w", encoding="utf-8") as handle:
            for r in rows:
                handle.write(json.dumps({"split": r.article.split, "accepted": r.accepted,
                                         "features": features_of(r.candidate)}) + "\n")


if __name__ == "__main__":
    main()
