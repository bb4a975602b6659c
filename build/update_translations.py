"""Refresh the interface's .ts files from the tr() texts in the code (``make translations-update``).

New texts arrive unfinished (translate them in the .ts file or Qt Linguist), texts gone from the
code are dropped, finished translations stay. ``tests/ui/test_translations.py`` fails while a
.ts file lags behind the code or has an unfinished text.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "timeline_app" / "i18n"
LANGUAGES = ("nl", "fr", "de")


def sources() -> list[Path]:
    """The files whose tr() texts the interface shows."""
    return [*sorted((ROOT / "timeline_app" / "ui").rglob("*.py")), ROOT / "timeline_app" / "app.py"]


def lupdate(targets: list[Path]) -> None:
    """Run pyside6-lupdate over the sources into ``targets``."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    command = [str(tool), *(str(p.relative_to(ROOT)) for p in sources()), "-no-obsolete", "-locations", "none",
               "-ts", *(str(t) for t in targets)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)


def main() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    targets = [I18N / f"timeline_app_{language}.ts" for language in LANGUAGES]
    lupdate(targets)
    for target in targets:
        text = target.read_text(encoding="utf-8")
        language = target.stem.rsplit("_", 1)[1]
        if 'language="' not in text:
            target.write_text(text.replace('<TS version="2.1">', f'<TS version="2.1" language="{language}">'),
                              encoding="utf-8")
        unfinished = text.count('type="unfinished"')
        print(f"{target.relative_to(ROOT)}: {unfinished} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
