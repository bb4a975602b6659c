"""Colours of lanes, eras and entries: always ``#rrggbb`` (checked where they enter and where
they are written into a page), so a colour can never carry CSS or markup."""

from __future__ import annotations

import re
from typing import NewType

Colour = NewType("Colour", str)
"""A colour as lower-case ``#rrggbb``."""

_LONG = re.compile(r"#[0-9a-fA-F]{6}")
_SHORT = re.compile(r"#[0-9a-fA-F]{3}")


def parse_colour(value: object) -> Colour | None:
    """``#rrggbb`` (or ``#rgb``) as a :data:`Colour`; ``None`` or ``""`` for no colour; else ``ValueError``."""
    if value is None or value == "":
        return None
    text = value.strip() if isinstance(value, str) else ""
    if _LONG.fullmatch(text):
        return Colour(text.lower())
    if _SHORT.fullmatch(text):
        return Colour("#" + "".join(ch * 2 for ch in text[1:]).lower())
    shown = repr(value)[:40]
    raise ValueError(f"not a colour: {shown} (write it as #rrggbb, e.g. #2f6fb5)")


def is_colour(value: object) -> bool:
    """True for a well-formed ``#rrggbb`` colour."""
    return isinstance(value, str) and _LONG.fullmatch(value) is not None


def colour_or(value: object, fallback: str) -> str:
    """``value`` when it is a well-formed colour, else ``fallback`` (for colours read back from an archive)."""
    try:
        parsed = parse_colour(value)
    except ValueError:
        return fallback
    return parsed or fallback
