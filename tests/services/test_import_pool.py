"""Import workers: time budget per file, cancel inside a long file, no process left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from timeline_app.services import import_pool
from timeline_app.services.importing import BatchWriter, Outcome, _prepared_in_pool
from timeline_app.services.jobs import JobControl


def _files(folder: Path, count: int, slow: int | None = None) -> list[Path]:
    paths = []
    for n in range(count):
        name = f"slow{n:02}.txt" if n == slow else f"{n:02}.txt"
        path = folder / name
        path.write_text(f"Story {n}\n\nThe council met on 3 February 2022 about harbour plan {n}.\n\nMore later.\n")
        paths.append(path)
    return paths


def test_a_file_over_the_time_budget_is_imported_without_events(archive, tmp_path: Path, monkeypatch) -> None:
    from archive_workers import prepare_or_stall

    monkeypatch.setattr(import_pool, "FILE_BUDGET_SECONDS", 5.0)
    files = _files(tmp_path, 6, slow=2)
    prepared = list(_prepared_in_pool(files, None, None, True, JobControl(), 2, prepare_or_stall))
    assert [p.path for p in prepared] == [str(f) for f in files]
    slow = prepared[2]
    assert slow.draft is not None and slow.candidates == ()
    assert any("longer than 5 s to analyse; imported without events" in w for w in slow.warnings)
    assert all(p.candidates for n, p in enumerate(prepared) if n != 2)
    results = BatchWriter(archive).write(prepared)
    assert [r.outcome for r in results] == [Outcome.IMPORTED] * 6
    assert any("without events" in w for w in results[2].warnings)


def test_cancel_stops_within_a_second_even_inside_a_long_file(tmp_path: Path) -> None:
    from archive_workers import prepare_or_stall

    files = _files(tmp_path, 4, slow=1)
    control = JobControl()
    seen = []
    cancel_at: list[float] = []

    def cancel() -> None:
        cancel_at.append(time.monotonic())
        control.cancel()

    timer = threading.Timer(0.5, cancel)
    for prepared in _prepared_in_pool(files, None, None, True, control, 2, prepare_or_stall):
        seen.append(prepared)
        timer.start()  # once the first file is in, the workers are busy with the slow one
    stopped = time.monotonic()
    timer.join()
    assert [Path(p.path).name for p in seen] == ["00.txt"]
    assert stopped - cancel_at[0] < 1.0


def _marked(marker: str) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            if marker.encode() in Path(f"/proc/{entry}/environ").read_bytes():
                found.append(int(entry))
        except OSError:
            continue
    return found


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
def test_a_killed_import_leaves_no_process_behind(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _files(folder, 300)
    marker = f"TIMELINE_TEST_MARK={uuid.uuid4().hex}"
    env = {**os.environ, "TIMELINE_TEST_MARK": marker.split("=", 1)[1]}
    process = subprocess.Popen(
        [sys.executable, "-m", "timeline_app", "--db", str(tmp_path / "a.sqlite3"), "--create", "import", str(folder)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while len(_marked(marker)) < 3 and time.monotonic() < deadline:  # the importer and its workers
        time.sleep(0.05)
    assert len(_marked(marker)) >= 3
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 15
    while _marked(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _marked(marker) == []


def test_a_large_file_alone_is_analysed_under_the_time_budget(archive, tmp_path: Path, monkeypatch) -> None:
    from timeline_app.services import importing

    monkeypatch.setattr(importing, "LARGE_FILE_BYTES", 1_000)
    monkeypatch.setattr(import_pool, "FILE_BUDGET_SECONDS", 0.0)
    monkeypatch.setattr(import_pool, "STARTUP_GRACE_SECONDS", 0.0)
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text("Small\n\nThe council met on 3 February 2022.\n", encoding="utf-8")
    large.write_text("Large\n\n" + "The council met on 3 February 2022 about the harbour. " * 40, encoding="utf-8")
    assert importing.import_paths(archive, [small]).results[0].outcome is Outcome.IMPORTED
    with archive.read() as tx:
        assert tx.events.count() == 1  # a small import is analysed in this process, without a budget
    report = importing.import_paths(archive, [large])
    assert report.results[0].outcome is Outcome.IMPORTED
    assert any("without events" in w for w in report.results[0].warnings)


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no process priorities here")
def test_workers_run_below_the_importing_process() -> None:
    """When every core is busy, the desktop app's event loop and the writer come first."""
    pool = import_pool._new_pool(1, import_pool._context(), None)
    try:
        theirs = pool.submit(os.nice, 0).result(timeout=60)
    finally:
        import_pool._kill(pool)
    assert theirs == min(os.nice(0) + import_pool.WORKER_NICENESS, 19)
