"""The desktop app during a large background import: how long the GUI's event loop goes unserved.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui_import.py [--count 2000]

Opens the main window on a fresh archive, starts the import of ``--count`` real news articles
(the Timeline17 development articles, written as tls_eval.py writes them) the way File › Import
does, and runs a 10 ms timer on the GUI thread the whole time. Every gap between two timer ticks
longer than the timer's own period is time the event loop could not paint or react. Prints the
gaps' median, 99th percentile and maximum (goal: every frame <= 50 ms), when the largest ones
happened, the import rate and how long an edit made during the import waited to be saved.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
import itertools

from bench_import_extract import load_articles, write_files

from timeline_app.extraction import warm_up
from timeline_app.services import timeline_ops
from timeline_app.storage import open_archive
from timeline_app.ui.jobs import JobRunner
from timeline_app.ui.main_window import MainWindow


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        write_files(folder, load_articles()[: args.count])
        with open_archive(Path(tmp) / "archive.sqlite3") as archive:
            runner = JobRunner()
            window = MainWindow(archive, runner, QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
            window.show()
            # The desktop app compiles the extraction grammars on a reader thread just after its
            # window shows (ui/desk.py); an editor who starts an import has had the window open.
            warm_up()
            clock = QElapsedTimer()
            ticks: list[int] = []
            progress: list[tuple[int, int]] = []
            timer = QTimer()
            timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
            finished: list[object] = []
            window.import_finished.connect(finished.append)
            edits: list[float] = []
            asked: list[float] = []

            def on_progress(done: int, _total: int, _message: str) -> None:
                progress.append((clock.elapsed(), done))
                if done >= args.count // 4 and not asked:
                    asked.append(time.perf_counter())
                    window.ops.run(
                        timeline_ops.CreateTimeline("Edited during the import"),
                        on_done=lambda _d: edits.append(time.perf_counter() - asked[0]),
                    )

            clock.start()
            timer.start(10)
            started = time.perf_counter()
            handle = window.imports.start([folder])
            assert handle is not None
            handle.progressed.connect(on_progress)
            while not finished:
                app.processEvents()
                time.sleep(0.001)
            seconds = time.perf_counter() - started
            timer.stop()
            runner.shutdown()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    ordered = sorted(gaps)
    p99 = ordered[int(0.99 * (len(ordered) - 1))]
    print(f"{args.count} articles imported in {seconds:.1f} s ({args.count / seconds:.1f} articles/s)")
    print(f"event-loop gaps over {len(gaps)} ticks: median {statistics.median(gaps):.0f} ms, p99 {p99} ms, "
          f"max {ordered[-1]} ms (goal: <= 50 ms)")
    worst = sorted(((g, ticks[i]) for i, g in enumerate(gaps)), reverse=True)[:5]
    for gap, at in worst:
        done = max((d for t, d in progress if t <= at), default=0)
        print(f"  {gap} ms at {at / 1000:.2f} s (after {done} articles)")
    if edits:
        print(f"an edit made during the import was saved {edits[0] * 1000:.0f} ms after it was asked")


if __name__ == "__main__":
    main()
