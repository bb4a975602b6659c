"""Start-up as `make run` does it: a new archive is created and seeded with the samples."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.app import start_session
from timeline_app.paths import AppPaths, samples_dir
from timeline_app.services.samples import sample_files
from timeline_app.storage import ArchiveError


def test_first_start_seeds_the_samples_then_reopens(qtbot, tmp_path: Path) -> None:
    paths = AppPaths(data_dir=tmp_path / "data", db_path=tmp_path / "data" / "archive.sqlite3")
    expected = len(sample_files(samples_dir()))

    session = start_session(paths)
    qtbot.addWidget(session.window)
    assert session.window.imports.current is not None
    with qtbot.waitSignal(session.window.import_finished, timeout=120_000):
        pass
    assert session.window.model.rowCount() == expected
    session.window.close()
    session.close()
    assert (paths.data_dir / "settings.ini").exists()

    # A second start opens the same archive and does not import again.
    again = start_session(paths)
    qtbot.addWidget(again.window)
    assert again.window.imports.current is None
    assert again.window.model.rowCount() == expected
    again.window.close()
    again.close()


def test_an_unusable_archive_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="is a folder"):
        start_session(AppPaths(data_dir=tmp_path, db_path=tmp_path))
