"""The reference time of the passage being read: the publication date, or the last date a narrative named.

News mixes two kinds of passage. Reporting sentences speak from the publication date ("gisteren",
"next week", "il y a trois jours"); background and narrative passages tell a story in its own time
("In 1914 ... two months later", "En mars 2003 ... le lendemain", "Im Juni 1941 ... drei Tage
später"). :class:`Story` follows the dates a text places on the calendar, in reading order, and
tells the resolver, for each expression, which reference applies:

- an anaphoric expression ("two months later", "le lendemain", "am Tag darauf", "de dag erna")
  counts from the last date mentioned, whatever kind of passage it is in;
- an underspecified date ("in June", "am 22. Juni", "im Sommer", "op dinsdag") takes the year (or
  week) of the passage when the passage is a narrative: a date with a written year before the
  publication year set the time of the passage shortly before in the same paragraph (see
  ``Resolver._frame``), no deictic expression ("yesterday", "this week", "vor drei Jahren") has
  brought the text back to the publication date since, and the clause is not in the future tense;
- deictic expressions always count from the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline_app.domain.dates import DateSpan, Precision

NARRATIVE_REACH = 600  # characters over which a narrative date still sets the time of the passage


@dataclass(frozen=True, slots=True)
class Mention:
    """A date the text placed on the calendar."""

    day: dt.date  # its first day
    precision: Precision
    end: int  # where its expression ends in the text
    sentence: int = 0  # where its sentence starts
    strong: bool = True  # a day, a month or a sentence-opening year; else it frames only the sentences after


class Story:
    """The dates a text has named so far, and where it last spoke from the publication date."""

    def __init__(self, text: str, reference: dt.date | None, reporting: re.Pattern[str] | None = None) -> None:
        self.text = text
        self.reference = reference
        self.reporting = reporting  # reporting words ("said", "laut", "selon"): a sentence that reports
        self.last: Mention | None = None  # the last positioned date, written or inferred
        self.last_end = -1  # where the last expression that resolved to a date ends
        self.frame: Mention | None = None  # the last date with a written year that frames a passage
        self.deictic_end = -1  # end of the last expression anchored on the publication date

    def saw(self, span: DateSpan | None, end: int, *, frame: Mention | None, deictic: bool) -> None:
        """Record an expression ending at ``end`` that resolved to ``span`` (``frame``: it frames a passage)."""
        if deictic:
            self.deictic_end = end
        if span is None or span.start is None or span.precision > Precision.YEAR:
            return
        self.last = Mention(span.start.date(), span.precision, end)
        self.last_end = end
        if frame is not None:
            self.frame = frame

    def anchor(self) -> Mention | None:
        """The last date mentioned, the anchor of an anaphoric expression ("the next day")."""
        return self.last

    def may_narrate(self, start: int) -> bool:
        """A cheap first check of :meth:`narrative`: a framing date shortly before ``start``."""
        return self.frame is not None and 0 <= start - self.frame.end <= NARRATIVE_REACH

    def narrative(self, start: int, *, future_clause: bool, opens_sentence: bool) -> Mention | None:
        """The date that sets the time of the passage at ``start``, when the passage is a narrative.

        None in a reporting passage: no framing date in this paragraph shortly before, a deictic
        expression in its sentence or since, a framing date in or after the publication year, or a
        future clause. A weak frame (a year inside its sentence: "Der Weg zur Einheit war 1990 kurz")
        frames only expressions that open a later sentence.
        """
        frame, last = self.frame, self.last
        if frame is None or last is None or self.deictic_end > frame.sentence:
            return None
        if start - frame.end > NARRATIVE_REACH or "\n\n" in self.text[frame.end:start]:
            return None
        if self._reports(start, start):
            return None  # "..., teilte das Museum mit": a reporting sentence
        if not frame.strong and (
            not opens_sentence or not _boundary(self.text, frame.end, start) or self._reports(frame.sentence, frame.end)
        ):
            return None
        if self.reference is not None and (last.day.year >= self.reference.year or future_clause):
            return None  # the publication year, a future date or a future clause: a reporting passage
        return last


    def _reports(self, lo: int, hi: int) -> bool:
        """Whether the sentence that runs through ``lo``..``hi`` has a reporting word."""
        if self.reporting is None:
            return False
        begin = max(self.text.rfind(mark, 0, lo) for mark in (". ", "\n", "! ", "? ")) + 1
        ends = [i for i in (self.text.find(mark, hi) for mark in (". ", "\n", "! ", "? ")) if i >= 0]
        return self.reporting.search(self.text, begin, min(ends) if ends else len(self.text)) is not None


def _boundary(text: str, lo: int, hi: int) -> bool:
    """Whether a sentence ends between ``lo`` and ``hi``."""
    chunk = text[lo:hi]
    return any(mark + " " in chunk or mark + "\n" in chunk for mark in ".!?") or "\n" in chunk
