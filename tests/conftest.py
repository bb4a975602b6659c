"""Shared fixtures: every test gets its own data folder and archive; nothing touches the user's."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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
