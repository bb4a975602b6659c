"""Time stamps: a date with its year right next to a clock time (bylines, "last updated" lines,
comment and post stamps). They name a moment of publishing, not a happening, in every language:
"Posted by: x | June 15, 2010 5:08 PM", "Tuesday 5 May 2009 21.31 BST", "Page last updated at
07:41 GMT, Wednesday, 9 June 2010", "15 juin 2010 à 17h08", "15 juni 2010 om 17.08 uur".

Recognised by shape alone (stdlib only), so extraction (which makes no event of them) and drafting
(which counts no support from them) agree.
"""

from __future__ import annotations

import re

_YEAR = r"(?<!\d)(?:1[89]|2[01])\d{2}(?!\d)"
# "17:08", "17h08", or "17.08" followed by a clock word or a zone ("21.31 BST", "17.08 uur", "5.08 pm"),
# so that "3.50 million" is no clock time.
_CLOCK = (r"(?<![\d.:])(?:[01]?\d|2[0-3])(?:[:h][0-5]\d|\.[0-5]\d(?=\s*(?:(?i:[ap]\.?m\b|uur\b|uhr\b)|[A-Z]{2,4}\b)))"
          r"(?![\d.,]\d)")
# A year, then (after punctuation and at most one short word: "à", "om", "at", "um") a clock time.
_YEAR_THEN_CLOCK = re.compile(_YEAR + r"[\s,;|/–—-]*(?:[^\W\d_]{1,3}\.?\s+)?" + _CLOCK)
_CLOCK_AT_START = re.compile(r"\s*" + _CLOCK)
_YEAR_RE = re.compile(_YEAR)
_CLOCK_RE = re.compile(_CLOCK)

NEAR = 25
"""How close (in characters) the year and the clock time of a stamp sit to its date expression."""


def is_timestamp(sentence: str, start: int, end: int) -> bool:
    """True when the date expression at ``sentence[start:end]`` is part of a time stamp."""
    if not 0 <= start < end <= len(sentence):
        return False
    # The date and its year (inside the expression or right after it), then a clock time.
    stamp = _YEAR_THEN_CLOCK.search(sentence, start, min(len(sentence), end + 2 * NEAR))
    if stamp is not None and stamp.start() <= end + NEAR:
        return True
    # A clock time first ("07:41 GMT, Wednesday, 9 June 2010", "15:39 UK time, Tuesday, 1 June
    # 2010"): the expression is or follows a clock time, and the year comes right after.
    clock_first = _CLOCK_AT_START.match(sentence, start) is not None or (
        _CLOCK_RE.search(sentence, max(0, start - NEAR), start) is not None
    )
    if not clock_first:
        return False
    year = _YEAR_RE.search(sentence, start, min(len(sentence), end + NEAR))
    return year is not None
