"""English temporal vocabulary and rules."""

from __future__ import annotations

from timeline_app.extraction.lexicon import (
    CENTURY,
    DAY,
    DECADE,
    FORTNIGHT,
    HALF,
    HOUR,
    MINUTE,
    MONTH,
    NEXT,
    PREVIOUS,
    QUARTER,
    SECOND,
    THIS,
    WEEK,
    WEEKEND,
    YEAR,
    Lexicon,
    compose_numbers,
)

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBERS: dict[str, float] = {**compose_numbers(_UNITS, _TENS, "-", units_first=False)}
_NUMBERS.update({k.replace("-", " "): v for k, v in list(_NUMBERS.items()) if "-" in k})
_NUMBERS.update({"a": 1, "an": 1, "a hundred": 100, "one hundred": 100, "a couple of": 2, "a dozen": 12,
                 "a half": 0.5, "half a": 0.5, "a thousand": 1000, "two thousand": 2000})

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}
_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
         "oct": 10, "nov": 11, "dec": 12}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_WEEKDAYS.update({f"{k}s": v for k, v in list(_WEEKDAYS.items())})

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "last": 99, "final": 99,
}

_UNITS_WORDS = {
    "year": YEAR, "years": YEAR, "month": MONTH, "months": MONTH, "week": WEEK, "weeks": WEEK,
    "day": DAY, "days": DAY, "hour": HOUR, "hours": HOUR, "minute": MINUTE, "minutes": MINUTE,
    "seconds": SECOND, "decade": DECADE, "decades": DECADE, "century": CENTURY,
    "centuries": CENTURY, "quarter": QUARTER, "quarters": QUARTER, "weekend": WEEKEND, "weekends": WEEKEND,
    "fortnight": FORTNIGHT, "trading days": DAY, "business days": DAY, "half": HALF,
}

_DECADE_WORDS = "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"

_TEMPLATES: tuple[tuple[str, str], ...] = (
    # clock times
    ("time", r"(?:{x_approx}\s+)?{hour}(?:[:.]{min})?\s*{x_ampm}(?:\s+{x_tz})?(?:,?\s+(?:{wd}|{reld}|{month}\s+{day}))?"),
    ("time", r"(?:{x_approx}\s+)?{hour}:{min}(?:\s+{x_tz}(?:\s*\([^()\n]{1,12}\))?)?"),
    ("time", r"{x_noon}(?:\s+{wd}|\s+{reld})?"),
    ("time", r"{hour}\s+(?:o'clock\s+)?in\s+the\s+{dpart}"),
    # weekday + date
    ("date", r"{wd},?\s+{month}\s+{day}(?:,?\s+{year})?"),
    ("date", r"{wd},?\s+(?:the\s+)?{day}\s+(?:of\s+)?{month}(?:,?\s+{year})?"),
    ("date", r"{month}\s+{day},?\s+{year}"),
    ("date", r"{month}\s+(?:{day}\s+)?{x_yearref}"),  # "in October of that year"
    ("season", r"(?:the\s+)?{season}\s+{x_yearref}"),
    ("date", r"{day}\s+(?:of\s+)?{month},?\s+{year}"),
    ("date", r"{month}\s+{day}(?!\s*[.,:]\d)"),
    ("date", r"{day}\s+(?:of\s+)?{month}"),
    ("date", r"{year}-{mnum}-{dnum}"),
    ("date", r"{mnum}/{dnum}/(?:{year}|{x_yy2})"),
    ("date", r"{dnum}\.{mnum}\.{yearn}"),
    # quarters and halves
    ("quarter", r"(?:the\s+)?(?:(?:{year}|{x_rely}|{mod}\s+year's)\s+)?(?:fiscal[-\s]+)?{ord}[-\s]+(?:fiscal[-\s]+)?quarters?(?:\s+of\s+(?:fiscal\s+)?{year_b})?"),
    ("quarter", r"Q{x_q}\s*(?:{year}|{x_yy2})?"),
    ("half", r"(?:the\s+)?{ord}\s+half\s+of\s+(?:(?:the\s+)?{x_decade}|{year}|{x_rely})"),
    ("half", r"H{x_h}\s*{year}"),
    ("relunit", r"(?:the\s+)?(?:{part}\s+(?:of\s+)?)?(?:the\s+)?(?:year-ago|year-earlier)\s+(?:{ord}\s+)?(?:quarter|period|nine\s+months)"),
    # the same quarter a year back: "last year's quarter", "the corresponding period a year ago"
    ("relunit", r"(?:the\s+)?(?:{x_yearago})['’]s\s+(?:{ord}[-\s]+)?(?:quarter|period)"),
    ("relunit", r"the\s+(?:same|corresponding|comparable)\s+(?:{ord}[-\s]+)?(?:quarter|period)\s+(?:of\s+)?(?:{x_yearago})"),
    # decades and centuries
    ("decade", r"(?:the\s+)?(?:{part}[-\s]?)?{x_decade}"),
    ("century", r"(?:the\s+)?(?:{part}\s+)?{ord}\s+century"),
    ("century", r"(?:the\s+)?(?:{part}\s+)?{x_cent}\s+century"),
    # month + year, parts of periods
    ("date", r"(?:{part}[-\s]?)?{month},?\s+(?:of\s+)?{year}"),
    ("date", r"{month}\s+{mod_y}\s+year"),
    ("date", r"{part}[-\s]?{month}"),
    ("season", r"(?:the\s+)?(?:{part}\s+)?(?:{mod}\s+)?{season}(?:\s+(?:of\s+)?(?:{year}|{x_yword}))?"),
    ("year", r"the\s+year\s+(?:{year}|{x_yword}|{x_ykilo})(?!\w)"),  # "the year two thousand"
    ("year", r"(?:the\s+{part}\s+of\s+|{part_b}[-\s]?)?(?:fiscal\s+)?(?:{year}|{yy}|{x_yword})"),
    # relative expressions
    ("ago", r"(?:{x_approx}\s+)?(?:{num}|{qty})\s+(?:or\s+so\s+)?{unit}\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|before|later|from\s+now|hence)"),
    ("anaphor", r"(?:the|that)\s+(?:same\s+)?(?P<dir>following|next|previous|preceding|prior|same)?\s*(?:{x_yearkind}[-\s]+)?{unit}(?:\s+(?P<dir2>before|after|earlier|later))?"),
    ("relday", r"(?:{part}\s+)?{reld}(?:\s+{dpart})?"),
    ("relday", r"{reldp}"),
    ("relday", r"(?:{part}[-\s]?)?{dpart}\s+{reld}"),
    ("duration", r"(?:{x_approx}\s+)?(?:the\s+)?(?:past|last|next|first|coming|previous|following|latest|final)\s+(?:{num}|{qty}|{x_fewx})\s+(?:or\s+so\s+)?{unit}(?:\s+or\s+so)?"),
    ("relunit", r"(?:the\s+)?(?:{part}\s+(?:of\s+)?)?(?:the\s+)?{mod}\s+(?:fiscal\s+)?{unit}"),
    ("relunit", r"(?:the\s+)?{part}(?:\s+of)?\s+the\s+(?:fiscal\s+)?{unit}"),  # "the end of the year"
    ("weekday", r"(?:{mod}\s+)?(?:{part}\s+)?{wd}(?:\s+{dpart})?"),
    ("date", r"{mod}\s+{month}\s+{day}(?:,?\s+{year})?(?!\s*[.,:]\d)"),  # "last Oct. 23": the latest Oct. 23 before
    ("date", r"{mod}\s+{month}"),
    ("date", r"{month}"),
    # sets
    ("set", r"(?:every|each|per)\s+(?:other\s+)?(?:{num}\s+)?(?:{unit}|{wd}|{season}|{month})"),
    ("set", r"{x_setadv}"),
    # durations and vague references
    ("duration", r"(?:{x_approx}\s+)?(?:the\s+)?{num}\s+(?:and\s+a\s+half\s+|1/2\s+)?{unit}(?:\s+and\s+a\s+half)?(?!-old|\s+old)"),
    ("duration", r"(?:{x_approx}\s+)?(?:the\s+)?(?:{num}|{qty})[-\s]+{unit}(?:-long)?(?!-old|\s+old)"),
    ("duration", r"{x_durword}"),
    ("duration", r"over\s+the\s+(?=years|decades|months|weeks|centuries){unit}"),  # "over the years"
    ("duration", r"{x_forunit}{unit}(?:\s+or\s+{unit_b})?(?<=s)"),  # "for years", "within weeks or months"
    ("vague", r"{vague}"),
)

EN = Lexicon(
    code="en",
    months=_MONTHS,
    month_abbr=_ABBR,
    weekdays=_WEEKDAYS,
    numbers=_NUMBERS,
    ordinals=_ORDINALS,
    units=_UNITS_WORDS,
    seasons={"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"},
    dayparts={"morning": "MO", "afternoon": "AF", "mid-afternoon": "AF", "mid afternoon": "AF",
              "evening": "EV", "night": "NI", "nights": "NI", "overnight": "NI", "noon": "12:00",
              "midday": "12:00", "midnight": "24:00"},
    parts={"early": "B", "the beginning of": "B", "later": "E", "the start of": "B", "beginning of": "B", "mid": "M",
           "the middle of": "M", "the end of": "E", "end of": "E", "late": "E",
           "the latter part of": "E", "the first part of": "B"},
    rel_days={"yesterday": -1, "today": 0, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2},
    rel_dayparts={"tonight": (0, "NI"), "last night": (-1, "NI"), "this morning": (0, "MO"),
                  "this afternoon": (0, "AF"), "this evening": (0, "EV"), "overnight": (0, "NI")},
    mods={"last": PREVIOUS, "past": PREVIOUS, "previous": PREVIOUS, "this": THIS, "current": THIS,
          "latest": PREVIOUS, "next": NEXT, "coming": NEXT, "upcoming": NEXT, "the coming": NEXT,
          "the current": THIS, "the latest": PREVIOUS, "the past": PREVIOUS, "the last": PREVIOUS,
          "the next": NEXT, "same": THIS, "this coming": NEXT, "this past": PREVIOUS, "the previous": PREVIOUS},
    vague={"now": "PRESENT_REF", "currently": "PRESENT_REF",
           "these days": "PRESENT_REF", "nowadays": "PRESENT_REF", "at present": "PRESENT_REF",
           "recently": "PAST_REF", "more recently": "PAST_REF", "lately": "PAST_REF",
           "the past": "PAST_REF",
           "recent years": "PAST_REF", "recent days": "PAST_REF", "recent weeks": "PAST_REF",
           "recent months": "PAST_REF", "the future": "FUTURE_REF",
           "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
           "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "coming months": "FUTURE_REF",
           "coming weeks": "FUTURE_REF", "coming years": "FUTURE_REF", "the coming years": "FUTURE_REF",
           "a later date": "FUTURE_REF", "soon": "FUTURE_REF"},
    quantities={"several": "X", "a few": "X", "few": "X", "many": "X", "some": "X", "a couple of": "2",
                "several more": "X"},
    qualifiers={"since": "since", "before": "before", "after": "after", "until": "until", "till": "until",
                "between": "between", "from": "between", "by": "before", "through": "until"},
    templates=_TEMPLATES,
    day_suffix="st|nd|rd|th",
    future_cues=r"will|'ll|shall|going\s+to|plans?\s+to|planned\s+to|intends?\s+to|expects?\s+to|expected\s+to|scheduled|set\s+to|would|next|upcoming|as\s+(?:soon|early)\s+as|planning|planned",
    past_cues=r"said|was|were|had|did|ago|last|told|took|gave|came|went|made|won|lost|began|brought|bought|sold|held|met|left|paid|rose|fell|became|found|got|kept|led|ran|saw|sent|spent|stood|struck|thought|wrote|grew|knew|chose|drove|flew|fought|meant|sought|shot|spoke|stole|swore|taught|threw|tore|understood|woke|wore|withdrew|(?-i:[a-z]\w{2,}ed)",
    ambiguous={"may": frozenset({"in", "since", "until", "of", "early", "late", "mid", "last", "next",
                                 "by", "through", "before", "after", "from", "during", "to", "and"}),
               "march": frozenset({"in", "since", "until", "of", "early", "late", "mid", "last", "next", "this",
                                   "by", "through", "before", "after", "from", "during", "to", "and"}),
               "second": frozenset(), "fall": frozenset({"the", "this", "last", "next", "in", "early", "late"}),
               "a": frozenset(), "an": frozenset(), "now": frozenset()},
    function_words=frozenset({"in", "since", "until", "of", "early", "late", "mid", "last", "next", "this",
                              "by", "through", "before", "after", "from", "during", "to", "and", "the", "on", "between",
                              "or", "for", "at", "around", "about"}),
    extra={
        "ampm": r"[ap]\.\s?m\.?|[ap]m(?!\w)",
        "tz": r"(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|BST|CET)(?:\s*[+-]\s*\d{1,2})?",
        "noon": r"noon|midnight|midday|mid-?afternoon",
        "approx": r"about|around|nearly|almost|roughly|approximately|more\s+than|less\s+than|at\s+least|up\s+to|no\s+more\s+than",
        "yy2": r"['’]?\d\d(?!\d)",
        "q": r"[1-4]",
        "h": r"[12]",
        "decade": r"(?:(?:1\d|20)\d0|['’]\d0)['’]?s|" + _DECADE_WORDS,
        "cent": r"(?:[1-9]|1\d|2[01])(?:st|nd|rd|th)",
        "rely": r"(?:last|this|next)\s+year",
        "yword": r"(?:nineteen|twenty)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)",
        "ykilo": r"two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?",
        "yearago": r"last\s+year|a\s+year\s+(?:ago|earlier)|the\s+(?:previous|prior)\s+year|the\s+year\s+before",
        "rate_article": r"a|an|per",
        "scale": r"hundred|thousand|million|billion|trillion|dozens?|hundreds|thousands|millions|percent",
        "fewx": r"few|several|couple\s+of",
        "setadv": r"daily|weekly|monthly|yearly|hourly|nightly|biweekly",
        "durword": r"decades-long|years-long|months-long",
        "fraction_units": r"half|quarters?",
        "yearkind": r"fiscal|full",
        "period_end": r"ended|ending",
        "forward": r"later|from\s+now|hence",
        "yearref": r"of\s+(?:that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year",
        "yearref_next": r"following|next",
        "yearref_prev": r"previous|preceding",
        "reporting": r"said|says|told|tells|announced|reported|according\s+to|stated",
        "deictic_next": r"next|previous",
        "anaphoric_dir": r"earlier|before|later",
        "back": r"before|earlier|previous|preceding|prior",
        "fwd": r"after|later|following|next",
        "amount": r"people|dollars|euros|shares|percent|%|employees|workers|jobs|troops|miles|km|tons|barrels|units|cars|homes|members",
        "strongfuture": r"by|from|starting",
        "plural_units": "years|months|weeks|days|decades|centuries|quarters|weekends|trading days|business days",
        "tensed_vague": "soon",
        "vague_not_before": r"as|too|how|so|very",
        "vague_not_after": r"as|after|afterwards?|thereafter|enough",
        "forunit": r"(?<=\bfor )|(?<=\bwithin )|(?<=\bin )",
        "decadewords": "twenties;thirties;forties;fifties;sixties;seventies;eighties;nineties",
    },
)
