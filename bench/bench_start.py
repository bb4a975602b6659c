"""Start time of the desktop app: from running `timeline-app` to a painted main window, on an
archive of 1,000 real articles (with their events), against a bare Qt window started the same way.

    .venv/bin/python bench/bench_start.py [--articles 1000] [--runs 5]

The archive is made once (the real English articles of ``../shared/corpora/tls/t17-dev.jsonl.gz``
imported with extraction, as ``bench_import_extract.py`` does) and kept in
``build/out/bench-start/``. Each run starts a fresh process (the console script's entry point,
``timeline_app.__main__.main``) with ``--db ARCHIVE``; a probe put in before the app starts
notes when the main window's first paint ends and quits. The baseline is a process that imports
PySide6, shows an empty QMainWindow and quits after its first paint. Runs alternate between the
two (the first of each is a warm-up and not counted); medians are printed with their ratio. The
platform is offscreen (no display here); the machine is shared, so compare the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out" / "bench-start"

PROBE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            QTimer.singleShot(0, lambda: (print(f"PAINTED {time.time():.6f}", flush=True), __import__("os")._exit(0)))
        return False

probe = FirstPaint()
{body}
"""

APP_BODY = r"""
import timeline_app.app as app_module
original = app_module.start_session

def start_session(paths, **options):
    desk = original(paths, **options)
    desk.window.installEventFilter(probe)
    return desk

app_module.start_session = start_session
sys.argv = ["timeline-app", "--db", {db!r}]
from timeline_app.__main__ import main
main()
"""

BARE_BODY = r"""
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1440, 900)
window.installEventFilter(probe)
window.show()
app.exec()
"""


def make_archive(count: int) -> Path:
    """The bench archive of ``count`` real articles with their events (made once)."""
    from bench_import_extract import corpus, load_articles, write_files

    from timeline_app.services.importing import import_paths
    from timeline_app.storage import open_archive

    path = OUT / f"start-{count}.sqlite3"
    if path.exists():
        return path
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_files(folder, list(corpus(load_articles(), count)))
        partial = path.with_suffix(".part")
        with open_archive(partial) as archive:
            report = import_paths(archive, [folder])
        print(f"made {path.name}: {len(report.imported_ids)} articles", file=sys.stderr)
        partial.rename(path)
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
    return path


def start_once(body: str, data_dir: Path) -> float:
    """Seconds from launching a process running ``body`` (under the first-paint probe) to its first paint."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "TIMELINE_APP_DATA_DIR": str(data_dir)}
    started = time.time()
    done = subprocess.run([sys.executable, "-c", PROBE.replace("{body}", body)], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    painted = [line for line in done.stdout.splitlines() if line.startswith("PAINTED ")]
    if not painted:
        raise RuntimeError(f"no paint seen (exit {done.returncode}): {done.stderr[-2000:]}")
    return float(painted[0].split()[1]) - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    archive = make_archive(args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        app_body = APP_BODY.replace("{db!r}", repr(str(archive)))
        app_times: list[float] = []
        bare_times: list[float] = []
        for run in range(args.runs + 1):
            app, bare = start_once(app_body, data_dir), start_once(BARE_BODY, data_dir)
            if run:  # the first pair warms the disk cache
                app_times.append(app)
                bare_times.append(bare)
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    load = os.getloadavg()[0]
    print(f"archive: {archive.name} ({archive.stat().st_size / 1e6:.0f} MB), runs: {args.runs}, load: {load:.1f}")
    print(f"timeline-app to painted window: median {app_median:.2f} s (min {min(app_times):.2f}, max {max(app_times):.2f})")
    print(f"bare QMainWindow (baseline):    median {bare_median:.2f} s (min {min(bare_times):.2f}, max {max(bare_times):.2f})")
    print(f"ratio app / baseline: {app_median / bare_median:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
