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
from dataclasses import dataclass

from timeline_app.domain.dates import DateSpan, Precision

NARRATIVE_REACH = 600  # characters over which a narrative date still sets the time of the passage


@dataclass(frozen=True, slots=True)
class Mention:
    """A date the text placed on the calendar."""

    day: dt.date  # its first day
    precision: Precision
    end: int  # where its expression ends in the text


class Story:
    """The dates a text has named so far, and where it last spoke from the publication date."""

    def __init__(self, text: str, reference: dt.date | None) -> None:
        self.text = text
        self.reference = reference
        self.last: Mention | None = None  # the last positioned date, written or inferred
        self.last_written: Mention | None = None  # the last date with a written year
        self.deictic_end = -1  # end of the last expression anchored on the publication date

    def saw(self, span: DateSpan | None, end: int, *, written_year: bool, deictic: bool) -> None:
        """Record an expression ending at ``end`` that resolved to ``span``."""
        if deictic:
            self.deictic_end = end
        if span is None or span.start is None or span.precision > Precision.YEAR:
            return
        mention = Mention(span.start.date(), span.precision, end)
        self.last = mention
        if written_year:
            self.last_written = mention

    def anchor(self) -> Mention | None:
        """The last date mentioned, the anchor of an anaphoric expression ("the next day")."""
        return self.last

    def narrative(self, start: int, *, future_clause: bool) -> Mention | None:
        """The date that sets the time of the passage at ``start``, when the passage is a narrative.

        None in a reporting passage: no recent written date in this paragraph, a deictic expression
        since, a written date in the publication year, or a future clause after a past date.
        """
        written, last = self.last_written, self.last
        if written is None or last is None or written.end <= self.deictic_end:
            return None
        if start - written.end > NARRATIVE_REACH or "\n\n" in self.text[written.end:start]:
            return None
        if self.reference is not None and (last.day.year >= self.reference.year or future_clause):
            return None  # the publication year, a future date or a future clause: a reporting passage
        return last
