"""Three importers and a search loop on one archive: every article lands, every search answers
(issue 16, items 5 and 6)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from timeline_app.cli import run_cli
from timeline_app.storage import open_archive

IMPORTERS = 3
FILES_EACH = 6
CITIES = ("Utrecht", "Gent", "Aken", "Luik", "Maastricht", "Keulen")


def _write_articles(folder: Path, importer: int) -> None:
    folder.mkdir()
    for n in range(FILES_EACH):
        city = CITIES[n % len(CITIES)]
        sentences = " ".join(
            f"Op {day} maart 2024 besloot de raad van {city} over plan {importer}-{n}-{day}; "
            f"gisteren volgde overleg en volgende week stemt de raad opnieuw."
            for day in range(1, 25)
        )
        (folder / f"{n:02d}.txt").write_text(
            f"Datum: 2024-03-{n + 10}\n\nRaad {city} {importer}-{n}\n\n{sentences}\n", encoding="utf-8"
        )


def _search(db: str) -> tuple[int, float]:
    out, err = io.StringIO(), io.StringIO()
    started = time.monotonic()
    code = run_cli(["--db", db, "search", "raad", "--json", "--limit", "100"], out=out, err=err)
    assert code == 0, err.getvalue()
    return len(json.loads(out.getvalue())), time.monotonic() - started


def test_three_importers_and_a_search_loop(tmp_path: Path) -> None:
    db = str(tmp_path / "shared.sqlite3")
    open_archive(db).close()
    folders = [tmp_path / f"in{k}" for k in range(IMPORTERS)]
    for k, folder in enumerate(folders):
        _write_articles(folder, k)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    importers = [
        subprocess.Popen([sys.executable, "-m", "timeline_app", "--db", db, "import", str(folder), "--json"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for folder in folders
    ]
    searches: list[tuple[int, float]] = []
    try:
        while any(p.poll() is None for p in importers) or not searches:
            searches.append(_search(db))  # each one answers (run_cli raised or returned non-zero otherwise)
        outputs = [p.communicate(timeout=300) for p in importers]
    finally:
        for p in importers:
            if p.poll() is None:
                p.kill()
    for p, (out, err) in zip(importers, outputs, strict=True):
        assert p.returncode == 0, err
        assert "Traceback" not in err, err
        report = json.loads(out)
        assert report["summary"] == {"imported": FILES_EACH, "duplicate": 0, "failed": 0}, report
    assert max(seconds for _, seconds in searches) < 10  # a reader never waited out the busy timeout
    counts = [hits for hits, _ in searches]
    assert counts == sorted(counts)  # whole articles appear, one after another; none goes away
    with open_archive(db) as archive, archive.read() as tx:
        assert tx.articles.count() == IMPORTERS * FILES_EACH
        assert tx.events.count() > 0
        assert tx.check_integrity() == []
    assert _search(db)[0] == IMPORTERS * FILES_EACH
