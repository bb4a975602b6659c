"""Shared fixtures: every test gets its own data folder and archive; nothing touches the user's."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from backends import pg_empty_url, pg_server, pg_url  # noqa: F401  (PostgreSQL tests anywhere; skipped without a cluster)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface follows the system locale: tests see the English one whatever the machine's is.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANGUAGE"] = "en"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Compile the interface translations when they are missing or older than their .ts (as `make` does)."""
    import subprocess
    import sys

    folder = Path(__file__).resolve().parent.parent / "timeline_app" / "i18n"
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    for source in folder.glob("*.ts"):
        target = source.with_suffix(".qm")
        if tool.exists() and (not target.exists() or target.stat().st_mtime < source.stat().st_mtime):
            subprocess.run([str(tool), "-silent", str(source), "-qm", str(target)], check=True)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data_dir = tmp_path / "data"
    monkeypatch.setenv("TIMELINE_APP_DATA_DIR", str(data_dir))
    monkeypatch.delenv("TIMELINE_APP_DB", raising=False)
    return data_dir


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[object]:
    from timeline_app.storage import open_archive

    with open_archive(tmp_path / "archive.sqlite3") as opened:
        yield opened


@pytest.fixture
def ops(qtbot, archive):  # type: ignore[no-untyped-def]
    """The change path of the GUI on the test archive: a writer thread of its own, bound to the archive.

    From here on the test's own writes must go through it (``ops.run``; ``ops.wait_idle()``).
    """
    from timeline_app.ui.ops import OpRunner

    runner = OpRunner(archive)
    yield runner
    runner.wait_idle()
    runner.close()
    archive.bind_writer(None)


@pytest.fixture
def new_ops(qtbot, archive):  # type: ignore[no-untyped-def]
    """Make the GUI's change path on the test archive when the test is ready (after writing its data)."""
    from timeline_app.ui.ops import OpRunner

    made: list[OpRunner] = []

    def make() -> OpRunner:
        made.append(OpRunner(archive))
        return made[-1]

    yield make
    for runner in made:
        runner.wait_idle()
        runner.close()
    archive.bind_writer(None)
