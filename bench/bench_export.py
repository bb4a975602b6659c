"""Export of a large timeline: PNG and HTML (also SVG, PDF, TimelineJS) for 1,000 and 10,000 events.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_export.py [--sizes 1000 10000]

Timelines are bulk-inserted with bench_canvas's builder (six lanes over 25 years). Each line
is the wall time of ``export_timeline`` (read, lay out, render, write) and the file size.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_canvas import bulk_timeline
from PySide6.QtGui import QGuiApplication

from timeline_app.services.publishing import ExportOptions, export_timeline, load_published
from timeline_app.storage import open_archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--formats", nargs="+", default=["png", "html", "svg", "pdf", "timelinejs"])
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with open_archive(folder / "bench.sqlite3") as archive:
            for size in args.sizes:
                timeline = bulk_timeline(archive, size, name=f"export {size}")
                began = time.perf_counter()
                load_published(archive, timeline)
                print(f"{size:>6} events  load         {time.perf_counter() - began:6.2f} s")
                for fmt in args.formats:
                    began = time.perf_counter()
                    out = export_timeline(archive, timeline, fmt, folder / f"{size}.{fmt}", ExportOptions())
                    took = time.perf_counter() - began
                    print(f"{size:>6} events  {fmt:<12} {took:6.2f} s  {out.stat().st_size / 1e6:7.2f} MB")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
