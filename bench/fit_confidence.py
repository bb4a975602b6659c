"""Fit the confidence model on the dev part of tests/data/suggestions and write its weights.

    .venv/bin/python bench/fit_confidence.py [--l2 2.0] [--dry-run]

Target: a suggestion is *accepted unedited* (bench/score_suggestions.py: it matches a gold
event and its headline is within the edit budget). Model: logistic regression over
:data:`timeline_app.extraction.confidence.FEATURES` with an L2 penalty (Newton steps; the
features are 0/1 cues, a few dozen weights for about a hundred rows, so the penalty keeps rare
cues near their prior, ``confidence.PRIORS``; the date-kind weights are kept in order of
precision, see DATE_CHAIN). Only the dev part is used; the check part is scored afterwards, unseen. Writes
timeline_app/extraction/confidence_weights.py unless ``--dry-run``.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_suggestions import Row, load_set, score_rows

from timeline_app.extraction.confidence import FEATURES, PRIORS, features_of

WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "timeline_app" / "extraction" / "confidence_weights.py"


def _vector(row: Row) -> list[float]:
    c = row.candidate
    sentences = len({start for start, _end, _text in c.mention_sentences})
    found = features_of(c.cues, sentences, c.headline)
    return [1.0, *(found.get(name, 0.0) for name in FEATURES)]


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the system is small and well conditioned)."""
    n = len(vector)
    a = [[*row[:], vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col and a[col][col]:
                factor = a[r][col] / a[col][col]
                for k in range(col, n + 1):
                    a[r][k] -= factor * a[col][k]
    return [a[i][n] / a[i][i] if a[i][i] else 0.0 for i in range(n)]


def fit(xs: list[list[float]], ys: list[float], l2: float, priors: list[float], steps: int = 30) -> list[float]:
    """Logistic regression by Newton's method with an L2 pull of each weight to its prior
    (the bias is not penalised)."""
    n = len(xs[0])
    w = [0.0, *priors]
    for _ in range(steps):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for x, y in zip(xs, ys, strict=True):
            p = 1.0 / (1.0 + math.exp(-sum(wi * xi for wi, xi in zip(w, x, strict=True))))
            for i in range(n):
                grad[i] += (p - y) * x[i]
                for j in range(n):
                    hess[i][j] += p * (1 - p) * x[i] * x[j]
        for i in range(1, n):
            grad[i] += l2 * (w[i] - priors[i - 1])
            hess[i][i] += l2
        step = _solve(hess, grad)
        w = monotone([wi - si for wi, si in zip(w, step, strict=True)])
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


# Date kinds from most to least precise: their weights may not rise along this chain (an
# explicit day, weight 0, is the baseline): a more precise date is never less likely kept.
DATE_CHAIN = ("date:week_month", "date:season_quarter", "date:year", "date:relative_day", "date:relative_coarse",
              "date:vague", "date:unresolved")


CHAIN_STEP = 0.05


def monotone(w: list[float]) -> list[float]:
    """``w`` with the DATE_CHAIN weights made non-increasing (pool adjacent violators, capped at 0)."""
    index = [FEATURES.index(name) + 1 for name in DATE_CHAIN]
    blocks: list[list[float]] = [[0.0]]  # the explicit day, fixed at 0
    sizes: list[int] = [0]
    for i in index:
        blocks.append([w[i]])
        sizes.append(1)
        while len(blocks) > 1 and _mean(blocks[-1]) > _mean(blocks[-2]):
            last = blocks.pop()
            sizes.pop()
            blocks[-1].extend(last)
            sizes[-1] += len(last)
    out = list(w)
    values = [min(0.0, _mean(b)) if n else 0.0 for b, n in zip(blocks, sizes, strict=True) for _ in range(max(n, 0))]
    ceiling = 0.0
    for i, value in zip(index, values, strict=False):
        out[i] = ceiling = min(value, ceiling - CHAIN_STEP)  # strictly below the more precise kind
    return out


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


def write_weights(w: list[float]) -> None:
    lines = [
        '"""Weights of the confidence model (written by bench/fit_confidence.py; do not edit by hand)."""',
        "",
        "from __future__ import annotations",
        "",
        f"BIAS = {w[0]:.4f}",
        "WEIGHTS: dict[str, float] = {",
        *(f'    "{name}": {wi:.4f},' for name, wi in zip(FEATURES, w[1:], strict=True) if abs(wi) >= 5e-5),
        "}",
        "",
    ]
    WEIGHTS_FILE.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--l2", type=float, default=2.0)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    rows = score_rows(load_set("dev"))
    xs = [_vector(r) for r in rows]
    ys = [1.0 if r.accepted else 0.0 for r in rows]
    w = fit(xs, ys, args.l2, [PRIORS.get(name, 0.0) for name in FEATURES])
    print(f"{len(rows)} dev suggestions, {sum(ys):.0f} accepted unedited")
    print(f"bias {w[0]:+.3f}")
    for name, wi in sorted(zip(FEATURES, w[1:], strict=True), key=lambda t: t[1]):
        print(f"  {name:24} {wi:+.3f}")
    if not args.dry_run:
        write_weights(w)
        print(f"written {WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
