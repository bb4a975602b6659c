"""Text hygiene shared by every way text enters the archive (files, pastes, TimelineJS data)."""

from __future__ import annotations

import re

# C0 control characters other than tab, newline and carriage return, and DEL. NUL in particular
# cuts text short in SQLite's string functions and in most tools; \x02/\x03 mark search matches.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BREAKS = re.compile(r"[\x0b\x0c]")  # vertical tab, form feed (page breaks of PDF text)


def without_controls(text: str) -> str:
    """``text`` without NUL and other control characters; vertical tabs and form feeds become newlines."""
    if text.isprintable():
        return text
    return _CONTROLS.sub("", _BREAKS.sub("\n", text))
