"""The temporal expression found in a text (a TIMEX3-like record)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from timeline_app.domain.dates import DateSpan

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression: where it is, what kind it is and what it means.

    ``start``/``end`` are character offsets into the tagged text (``text[start:end] == self.text``),
    ``value`` is the TIMEX3 value string and ``span`` the resolved interval (``None`` for
    durations and sets).
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    span: DateSpan | None = None
