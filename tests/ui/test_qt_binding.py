"""Guard against Qt bindings with reference-count bugs on None/True/False (PySide6 6.12.0 on 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_calls_returning_none_or_bool_keep_reference_counts(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(2000):
        widget.setEnabled(True)
        widget.isEnabled()
        widget.update()
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    # A few references may come and go with the interpreter's own work; a leak loses thousands.
    assert all(abs(a - b) < 500 for a, b in zip(after, before, strict=True)), (before, after)
