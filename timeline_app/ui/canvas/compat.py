"""Work around PySide6 6.12.0 on CPython 3.11: every call of a void C++ method drops a
reference to ``None`` (and bool-returning ones to ``True``/``False``).

CPython 3.12 made ``None`` immortal, so there the lost references do no harm; on 3.11 a
canvas painting thousands of shapes per frame drives ``None``'s reference count to zero
within seconds and the interpreter aborts ("none_dealloc: deallocating None"). The check
below measures the leak with a harmless call and, only when it leaks, lifts ``None``'s
count out of reach, which is what 3.12 does for every immortal object.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QRectF

_HEADROOM = 1 << 50
_PROBES = 64


def none_refcount_leaks() -> bool:
    """True when void PySide6 calls lose references to ``None`` in this interpreter."""
    if sys.version_info >= (3, 12):
        return False
    rect = QRectF()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        rect.setX(1.0)
    return sys.getrefcount(None) < before - _PROBES // 2


def protect_none() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal if (and only if) PySide6 leaks
    references to them; True when applied."""
    if sys.getrefcount(None) > _HEADROOM // 2 or not none_refcount_leaks():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    return True
