"""The one-folder bundle (`make bundle`) starts, imports a sample and exports a PNG with no
Python of ours: run by `make bundle-test` (and `make test BUNDLE=1`), skipped otherwise.

    TIMELINE_APP_BUNDLE=build/dist/timeline-app .venv/bin/pytest -q tests/bundle
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

BUNDLE = os.environ.get("TIMELINE_APP_BUNDLE", "")
ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not BUNDLE, reason="set TIMELINE_APP_BUNDLE (make bundle-test) to check the bundle")


def _app() -> Path:
    folder = Path(BUNDLE)
    if not folder.is_absolute():
        folder = ROOT / folder
    executable = folder / "timeline-app"
    assert executable.is_file(), f"no bundle at {folder}: run `make bundle`"
    return executable


def _run(tmp_path: Path, *args: str, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # A bare environment: nothing of the development venv may leak into the bundle.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "TIMELINE_APP_DATA_DIR": str(tmp_path / "data"), **(extra_env or {})}
    return subprocess.run([str(_app()), *args], env=env, capture_output=True, text=True, timeout=180, check=False)


def test_the_bundle_ships_its_translations_samples_and_qt_plugins() -> None:
    internal = _app().parent / "_internal"
    assert {p.name for p in (internal / "timeline_app" / "i18n").glob("*.qm")} == {
        "timeline_app_nl.qm", "timeline_app_fr.qm", "timeline_app_de.qm"}
    assert len(list((internal / "resources" / "samples").iterdir())) >= 10
    plugins = internal / "PySide6" / "Qt" / "plugins" / "platforms"
    assert {"libqoffscreen.so", "libqxcb.so"} <= {p.name for p in plugins.iterdir()}
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_nl.qm").is_file()


def test_the_bundle_starts_imports_a_sample_and_exports_a_png(tmp_path: Path) -> None:
    archive = str(tmp_path / "bundle.sqlite3")
    started = _run(tmp_path, extra_env={"TIMELINE_APP_EXIT_AFTER_PAINT": "1"})  # the very first start
    assert started.returncode == 0 and "painted" in started.stdout, started.stderr[-2000:]
    assert (tmp_path / "data" / "sample-archive.sqlite3").is_file()

    sample = ROOT / "resources" / "samples" / "03-nl-grensbode-waterinbraak-2022.html"
    imported = _run(tmp_path, "--db", archive, "import", str(sample), "--json")
    assert imported.returncode == 0, imported.stderr[-2000:]
    assert json.loads(imported.stdout)["summary"]["imported"] == 1
    events = json.loads(_run(tmp_path, "--db", archive, "events", "--json").stdout)
    assert events
    ids = ",".join(str(e["id"]) for e in events[:8])
    made = _run(tmp_path, "--db", archive, "timeline", "create", "Waterinbraak", "--events", ids)
    assert made.returncode == 0, made.stderr[-2000:]
    target = tmp_path / "waterinbraak.png"
    exported = _run(tmp_path, "--db", archive, "export", "Waterinbraak", "--format", "png", "-o", str(target))
    assert exported.returncode == 0, exported.stderr[-2000:]
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    # The desktop app opens that archive too, in Dutch when asked.
    settings = tmp_path / "data" / "settings.ini"
    settings.write_text("[interface]\nlanguage=nl\n", encoding="utf-8")
    again = _run(tmp_path, "--db", archive, extra_env={"TIMELINE_APP_EXIT_AFTER_PAINT": "1"})
    assert again.returncode == 0 and "painted" in again.stdout, again.stderr[-2000:]
