"""Canvas bench of this tree against another checkout (the old painter), interleaved, medians and ratios.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/compare_canvas.py --baseline /tmp/old-tree [--runs 3]

Runs ``bench/bench_canvas.py --sizes N --naive-max 0`` alternately in the baseline tree and in this
one (the same Python; the baseline's package first on the path), ``--runs`` times each, so both see
the same machine load; prints the load average, each figure's median per tree and their ratio
(this tree / baseline: below 1 is faster). A checkout of an older commit makes a baseline:
``git archive COMMIT | tar -x -C /tmp/old-tree``.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
ROW = re.compile(r"^\|\s*[\d,]+\s*\|(?P<view>[^|]+)\|(?P<zoom>[^|]*)\|(?P<pan>[^|]*)\|")
NUMBER = r"([\d.]+) ms"


def figures(output: str) -> dict[str, float]:
    """The timings of one bench run by name ("open", "5 years cold", "5 years slices max", ...)."""
    found: dict[str, float] = {}
    for line in output.splitlines():
        match = ROW.match(line)
        if not match:
            continue
        view, zoom, pan = match["view"].strip(), match["zoom"], match["pan"]
        if view == "open":
            found["open"] = float(re.search(NUMBER, zoom).group(1))  # type: ignore[union-attr]
            continue
        for name, pattern in (("cold", r"cold " + NUMBER), ("slices max", r"max " + NUMBER), ("warm", r"warm " + NUMBER)):
            hit = re.search(pattern, zoom)
            if hit:
                found[f"{view} {name}"] = float(hit.group(1))
        hit = re.search(r"pan " + NUMBER, pan)
        if hit:
            found[f"{view} pan"] = float(hit.group(1))
    return found


def run(tree: Path, size: int) -> dict[str, float]:
    """One bench run of ``tree`` at ``size`` events."""
    env = dict(os.environ, PYTHONPATH=str(tree), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    result = subprocess.run([sys.executable, str(tree / "bench" / "bench_canvas.py"), "--sizes", str(size),
                             "--naive-max", "0"], cwd=tree, env=env, capture_output=True, text=True, check=True)
    return figures(result.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="a checkout of the tree to compare against")
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    results: dict[str, list[dict[str, float]]] = {"baseline": [], "this": []}
    loads = [os.getloadavg()[0]]
    for _ in range(args.runs):
        results["baseline"].append(run(args.baseline.resolve(), args.size))
        results["this"].append(run(HERE, args.size))
        loads.append(os.getloadavg()[0])
    print(f"{args.size:,} events, {args.runs} runs each, interleaved; 1-minute load average "
          f"{min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores")
    print("| figure | baseline median | this median | ratio | baseline runs | this runs |")
    print("|---|---|---|---|---|---|")
    for name in results["this"][0]:
        olds = [r[name] for r in results["baseline"] if name in r]
        news = [r[name] for r in results["this"] if name in r]
        old, new = statistics.median(olds), statistics.median(news)
        print(f"| {name} | {old:.1f} ms | {new:.1f} ms | {new / max(old, 0.01):.2f} | "
              f"{' '.join(f'{v:.1f}' for v in olds)} | {' '.join(f'{v:.1f}' for v in news)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
