"""A killed export leaves a hidden part file; the next export of the same file removes it (issue 16, item 8)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from timeline_app.services.publishing import remove_stale_parts, write_atomically

KILLED_WRITER = """
import os, sys
from pathlib import Path
from timeline_app.services.publishing import write_atomically

def write(temp: Path) -> None:
    temp.write_text("half a page")
    os._exit(9)  # killed in the middle of writing

write_atomically(Path(sys.argv[1]), write)
"""


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_the_next_export_removes_what_a_killed_one_left(tmp_path: Path) -> None:
    target = tmp_path / "timeline.html"
    result = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(target)], check=False)
    assert result.returncode == 9
    (left,) = _parts(tmp_path)
    assert left.startswith(".timeline.html.")
    write_atomically(target, lambda temp: temp.write_text("the whole page"))
    assert target.read_text() == "the whole page"
    assert _parts(tmp_path) == []


def test_parts_of_running_exports_and_of_other_files_stay(tmp_path: Path) -> None:
    target = tmp_path / "timeline.png"
    mine = tmp_path / f".timeline.png.{os.getpid()}.abc123.part"  # an export still running here
    other = tmp_path / f".other.png.{os.getpid() + 10_000_000}.abc.part"  # another target's
    old_style = tmp_path / ".timeline.png.xyz.part"
    fresh_old_style = tmp_path / ".timeline.png.fresh.part"
    for path in (mine, other, old_style, fresh_old_style):
        path.write_text("x")
    hour_ago = time.time() - 2 * 3600
    os.utime(old_style, (hour_ago, hour_ago))
    removed = remove_stale_parts(target)
    assert removed == [old_style]
    assert mine.exists() and other.exists() and fresh_old_style.exists()
