"""Dutch temporal vocabulary and rules (Netherlands and Belgium)."""

from __future__ import annotations

from timeline_app.extraction.lexicon import (
    CENTURY,
    DAY,
    DECADE,
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
    after,
    compose_numbers,
)

_UNITS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "negentien": 19,
}
_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
         "tachtig": 80, "negentig": 90}
_NUMBERS: dict[str, float] = dict(compose_numbers(_UNITS, _TENS, "en", units_first=True, glue={2: "ën", 3: "ën"}))
_NUMBERS.update({"honderd": 100, "duizend": 1000, "anderhalf": 1.5, "anderhalve": 1.5, "een half": 0.5,
                 "een halve": 0.5, "half": 0.5, "halve": 0.5, "een paar": 2})
for _w, _v in list(_UNITS.items())[1:10]:
    _NUMBERS[f"{_w}{'ë' if _w.endswith('e') else 'e'}neenhalf"] = _v + 0.5
    _NUMBERS[f"{_w}enhalf"] = _v + 0.5

_MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
}
_ABBR = {"jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
         "okt": 10, "nov": 11, "dec": 12}
_WEEKDAYS = {"maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6}
_WEEKDAYS.update({f"{k}s": v for k, v in list(_WEEKDAYS.items())})

_ORDINALS = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8,
    "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12, "dertiende": 13, "veertiende": 14,
    "vijftiende": 15, "zestiende": 16, "zeventiende": 17, "achttiende": 18, "negentiende": 19,
    "twintigste": 20, "eenentwintigste": 21, "laatste": 99,
}

_UNIT_WORDS = {
    "jaar": YEAR, "jaren": YEAR, "maand": MONTH, "maanden": MONTH, "week": WEEK, "weken": WEEK,
    "dag": DAY, "dagen": DAY, "uur": HOUR, "uren": HOUR, "minuut": MINUTE, "minuten": MINUTE,
    "seconde": SECOND, "seconden": SECOND, "decennium": DECADE, "decennia": DECADE, "eeuw": CENTURY,
    "eeuwen": CENTURY, "kwartaal": QUARTER, "kwartalen": QUARTER, "weekend": WEEKEND, "weekends": WEEKEND,
    "halfjaar": HALF, "jaarhelft": HALF, "werkdagen": DAY, "etmaal": DAY, "etmalen": DAY,
}

_DECW = "twintig;dertig;veertig;vijftig;zestig;zeventig;tachtig;negentig"
_PREPS = ("om", "tot", "van", "vanaf", "rond", "tegen", "sinds", "tussen", "en", "na", "voor", "uiterlijk", "omstreeks")

_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("time", r"{hour}[.:]{min}\s*uur(?:\s+{x_tz}(?:\s*\([^()\n]{1,12}\))?)?"),
    ("time", after(*_PREPS) + r"{hour}\s*uur(?!\s+(?:lang|per))(?:\s+{x_tz})?"),
    ("time", r"{hour}:{min}(?:\s+{x_tz})?"),
    ("date", r"{wd}\s+{day}\s+{month}(?:\s+{year})?"),
    ("date", r"{day}(?=\s*(?:tot(?:\s+en\s+met)?|en|[-–])\s*{day_b}\s+{month}(?:\s+{year})?)"),  # "van 5 tot 12 juli"
    ("date", r"{day}\s+{month}\s+{year}"),
    ("date", r"(?:{day}\s+)?{month}\s+{x_yearref}"),  # "in oktober van datzelfde jaar"
    ("season", r"{season}\s+{x_yearref}"),
    ("date", r"{mod}\s+{day}\s+{month}"),  # "afgelopen 3 februari", "aanstaande 3 maart"
    ("date", r"{day}\s+{month}\s+{x_dmod}"),  # "3 februari jongstleden", "3 maart a.s."
    ("date", r"{day}\s+{month}"),
    ("date", r"{dnum}[-/.]{mnum}[-/.]{yearn}"),
    ("date", r"{dnum}/{mnum}/(?:{x_yy2}|(?P<yy>\d\d)(?![\d/]))"),
    ("date", r"{year}-{mnum}-{dnum}"),
    ("date", r"{dnum}/{mnum}(?![/\d])"),
    ("quarter", r"(?:(?:dit|vorig|volgend)\s+)?{ord}\s+kwartaal(?:\s+(?:van\s+)?(?:{year}|{x_rely}))?"),
    ("quarter", r"Q{x_q}\s*(?:{year}|{x_yy2})?"),
    ("half", r"{ord}\s+(?:halfjaar|jaarhelft)(?:\s+(?:van\s+)?{year})?"),
    ("half", r"{ord}\s+helft\s+van\s+(?:{year}|{x_rely}|het\s+jaar|de\s+jaren\s+{x_decw})"),
    ("decade", r"(?:{part}\s+(?:van\s+)?(?:de\s+)?)?jaren\s+(?:{x_decw}|{x_decade})(?:\s+van\s+de\s+(?:{ord}|vorige)\s+eeuw)?"),
    ("century", r"(?:{part}\s+(?:van\s+)?(?:de\s+)?)?(?:{ord}|{x_cent})\s+eeuw"),
    ("date", r"(?:{part}\s+)?{month}\s+{year}"),
    ("date", r"{month}\s+(?:{mod_y}\s+jaar)"),
    ("date", r"{part}\s+{month}"),
    ("relunit", r"{part}\s+(?:van\s+)?(?:{mod}\s+){unit}"),
    ("season", r"(?:{part}\s+)?(?:{mod}\s+)?{season}(?:\s+(?:van\s+)?{year})?"),
    ("year", r"(?:{part}\s+(?:van\s+)?)?{year}"),
    ("year", r"{x_yy2}"),
    ("relday", r"{reldp}"),
    ("relday", r"(?:{part}\s+)?{reld}(?:\s+{dpart})?"),
    ("ago", r"(?:{x_approx}\s+)?(?:{num}|{qty})\s+{unit}\s+(?P<dir>geleden|eerder|later|daarna|daarvoor)"),
    ("ago", r"(?P<dir>over)\s+(?:{num}|{qty})\s+{unit}(?!\s+(?:geleden|lang))"),
    ("anaphor", r"(?:die|dezelfde|diezelfde)\s+{unit}"),
    ("anaphor", r"de\s+(?P<dir>volgende|vorige|daaropvolgende|voorafgaande)\s+{unit}"),
    ("anaphor", r"(?:de|het)\s+{unit}\s+(?P<dir>ervoor|erna|daarna|daarvoor|daarop|erop)"),
    ("duration", r"(?:{x_approx}\s+)?(?:de|het)\s+(?:afgelopen|komende|laatste|eerste|volgende|voorbije)\s+(?:{num}|{qty})\s+{unit}"),
    ("relunit", r"(?:(?:de|het)\s+)?(?:{mod})\s+{unit}"),
    ("weekday", r"{wd}\s+(?:{mod})\s+{x_weekword}"),
    ("weekday", r"(?:{mod}\s+)?{wd}(?:\s*{dpart})?"),
    ("date", r"{mod}\s+{month}"),  # "afgelopen februari", "komende maart"
    ("date", r"{month}"),
    ("set", r"(?:elke|iedere|elk|ieder)\s+(?:{num}\s+)?(?:{unit}|{wd}|{season}|{month})"),
    ("set", r"om\s+de\s+(?:{num}\s+)?{unit}"),
    ("set", r"per\s+(?=(?:jaar|maand|week|dag|kwartaal)(?!\w)){unit}"),
    ("set", r"{x_setadv}"),
    ("duration", r"(?:{x_approx}\s+)?(?:{num}|{qty})\s+{unit}"),
    ("duration", r"{x_durword}"),
    ("duration", r"in\s+de\s+loop\s+(?:der|van\s+de)\s+(?=jaren|maanden|weken|eeuwen|decennia){unit}"),
    ("compound", r"(?:\d{1,3}-?|{numw})(?P<cunit>urige?|daagse?|weekse|maandse)"),  # "twaalfurige", "3-daagse"
    ("duration", after("al", "nog", "sinds", "voor") + r"(?:jaren|maanden|weken|dagen|uren|decennia|eeuwen)"),
    ("vague", r"{vague}"),
)

NL = Lexicon(
    code="nl",
    months=_MONTHS,
    month_abbr=_ABBR,
    weekdays=_WEEKDAYS,
    numbers=_NUMBERS,
    ordinals=_ORDINALS,
    units=_UNIT_WORDS,
    seasons={"lente": "SP", "voorjaar": "SP", "zomer": "SU", "herfst": "FA", "najaar": "FA", "winter": "WI"},
    dayparts={"ochtend": "MO", "morgen": "MO", "middag": "AF", "namiddag": "AF", "avond": "EV", "nacht": "NI",
              "middernacht": "24:00"},
    parts={"begin": "B", "eind": "E", "einde": "E", "medio": "M", "midden": "M", "half": "M", "halverwege": "M",
           "later": "E", "eerder": "B", "het begin": "B", "het einde": "E", "het midden": "M", "vroeg": "B",
           "laat": "E", "eerste helft": "B", "tweede helft": "E"},
    rel_days={"gisteren": -1, "vandaag": 0, "morgen": 1, "eergisteren": -2, "overmorgen": 2},
    rel_dayparts={"vanochtend": (0, "MO"), "vanmorgen": (0, "MO"), "vanmiddag": (0, "AF"), "vanavond": (0, "EV"),
                  "vannacht": (0, "NI"), "gisterochtend": (-1, "MO"), "gistermorgen": (-1, "MO"),
                  "gistermiddag": (-1, "AF"), "gisteravond": (-1, "EV"), "gisternacht": (-1, "NI"),
                  "morgenochtend": (1, "MO"), "morgenmiddag": (1, "AF"), "morgenavond": (1, "EV"),
                  "vanmiddag laat": (0, "AF")},
    mods={"vorige": PREVIOUS, "vorig": PREVIOUS, "afgelopen": PREVIOUS, "voorbije": PREVIOUS, "voorbij": PREVIOUS,
          "deze": THIS, "dit": THIS, "huidige": THIS, "lopende": THIS, "volgende": NEXT, "volgend": NEXT,
          "komende": NEXT, "komend": NEXT, "aanstaande": NEXT, "eerstvolgende": NEXT, "later deze": THIS,
          "later dit": THIS, "eerder deze": THIS, "eerder dit": THIS, "het afgelopen": PREVIOUS,
          "de afgelopen": PREVIOUS, "jongstleden": PREVIOUS, "jl.": PREVIOUS, "a.s.": NEXT, "aanst.": NEXT},
    vague={"nu": "PRESENT_REF", "momenteel": "PRESENT_REF", "op dit moment": "PRESENT_REF",
           "tegenwoordig": "PRESENT_REF", "inmiddels": "PRESENT_REF", "thans": "PRESENT_REF", "huidige": "PRESENT_REF",
           "onlangs": "PAST_REF", "recent": "PAST_REF", "recentelijk": "PAST_REF", "meer recentelijk": "PAST_REF",
           "kortgeleden": "PAST_REF", "vroeger": "PAST_REF", "eerder": "PAST_REF", "binnenkort": "FUTURE_REF",
           "straks": "FUTURE_REF", "in de toekomst": "FUTURE_REF", "toekomst": "FUTURE_REF",
           "toekomstige": "FUTURE_REF", "later": "FUTURE_REF", "weldra": "FUTURE_REF"},
    quantities={"enkele": "X", "een paar": "2", "meerdere": "X", "verscheidene": "X", "vele": "X",
                "een aantal": "X", "ettelijke": "X"},
    qualifiers={"sinds": "since", "sedert": "since", "vanaf": "since", "voor": "before", "vóór": "before",
                "na": "after", "tot": "until", "tot en met": "until", "uiterlijk": "before", "tussen": "between",
                "van": "between"},
    templates=_TEMPLATES,
    day_suffix="ste|de|e",
    future_cues=(r"zal|zullen|zult|zou|zouden|gaat|gaan|volgende|komende|aanstaande|verwacht|wil|willen|"
                 r"gepland|plant|moet|moeten|nog|opnieuw|dreigt"),
    past_cues=(r"heeft|hebben|had|hadden|was|waren|werd|werden|geleden|vorige|afgelopen|zei|meldde|gisteren|"
               r"gaf|gaven|kwam|kwamen|nam|namen|ging|gingen|zag|zagen|sprak|won|wonnen|verloor|vond|bleef|"
               r"stond|lag|viel|liep|kreeg|kregen|trok|trokken|sloot|bood|koos|hield|schreef|begon|"
               r"steeg|stegen|vielen|sloten|bleek|bleken|liet|lieten|brak|braken|vertrok|kocht|verkocht|dacht|"
               r"bracht|zocht|stierf|stierven|vloog|vlogen|reed|reden|droeg|sprak|spraken|zat|zaten|"
               r"(?!\w*(?:ende|ste|nde|ente|eente|kte|gte|te\b))\w{3,}(?:de|den|tte|tten)|\w{3,}(?:kte|kten|pte|pten|ste|sten|fte|ften|chte|chten)(?<!ste)"),
    ambiguous={"morgen": frozenset(), "mei": frozenset({"in", "sinds", "tot", "van", "eind", "begin", "medio",
                                                       "half", "vorige", "volgende", "afgelopen", "en", "of"}),
               "nu": frozenset(), "later": frozenset(), "eerder": frozenset(), "recent": frozenset()},
    function_words=frozenset({"in", "sinds", "tot", "van", "eind", "begin", "medio", "half", "vorige", "volgende",
                              "afgelopen", "en", "of", "op", "de", "het", "na", "voor", "vanaf", "om", "elke",
                              "tussen", "deze", "dit", "komende", "aanstaande"}),
    extra={
        "weekword": r"week",
        "dmod": r"jongstleden|jl\.|aanstaande|a\.s\.|aanst\.",
        # a bare weekday in a clause without a past cue is the coming one: Dutch news tells the future in the
        # present tense ("De zaak begint woensdag", "Het museum opent zaterdag")
        "default_tense": "1",
        "onward": r"vanaf",
        "deictic_next": r"volgende|vorige",
        "compound:urig": "H", "compound:urige": "H", "compound:daags": "D", "compound:daagse": "D",
        "compound:weekse": "W", "compound:maandse": "M",
        "reporting": r"zei|zegt|meldde|meldt|aldus|volgens|verklaarde|liet\s+weten|maakte\s+bekend",
        "yearref": r"van\s+(?:datzelfde|hetzelfde|dat|het\s+volgende|het\s+daaropvolgende|het\s+vorige)\s+jaar",
        "yearref_next": r"volgende|daaropvolgende",
        "yearref_prev": r"vorige",
        "tz": r"(?:UTC|GMT|CET|CEST|MET)(?:\s*[+-]\s*\d{1,2})?",
        "approx": r"ongeveer|circa|bijna|ruim|zo'n|meer\s+dan|minder\s+dan|minstens|hooguit|amper|nauwelijks",
        "yy2": r"['’]\d\d(?!\d)",
        "q": r"[1-4]",
        "decw": _DECW.replace(";", "|"),
        "decadewords": _DECW,
        "decade": r"['’]?\d0|(?:1\d|20)\d0",
        "cent": r"(?:[1-9]|1\d|2[01])(?:ste|de|e)",
        "rely": r"(?:vorig|dit|volgend)\s+jaar",
        "setadv": r"dagelijks|dagelijkse|wekelijks|wekelijkse|maandelijks|maandelijkse|jaarlijks|jaarlijkse|driemaandelijks|driemaandelijkse|tweejaarlijks|tweejaarlijkse",
        "setvalue:dagelijks": "P1D", "setvalue:dagelijkse": "P1D", "setvalue:wekelijks": "P1W",
        "setvalue:wekelijkse": "P1W", "setvalue:maandelijks": "P1M", "setvalue:maandelijkse": "P1M",
        "setvalue:jaarlijks": "P1Y", "setvalue:jaarlijkse": "P1Y", "setvalue:driemaandelijks": "P3M",
        "setvalue:driemaandelijkse": "P3M", "setvalue:tweejaarlijks": "P2Y", "setvalue:tweejaarlijkse": "P2Y",
        "durword": r"jarenlang|jarenlange|maandenlang|maandenlange|wekenlang|wekenlange|dagenlang|dagenlange|urenlang|urenlange|decennialang|decennialange|eeuwenlang|eeuwenlange",
        "forward": r"later|daarna|over|binnen",
        "anaphoric_dir": r"eerder|later|daarna|daarvoor",
        "back": r"vorige|voorafgaande|ervoor|daarvoor",
        "fwd": r"volgende|daaropvolgende|erna|daarna|daarop|erop",
        "amount": r"euro|procent|%|mensen|leden|inwoners|kilometer|km|meter|ton|dollar|miljoen|miljard|stuks|huizen|woningen|banen|werknemers|man",
        "strongfuture": r"vanaf|per|tegen|uiterlijk|in\s+het",
        "age_before": r"op\s+de\s+leeftijd\s+van|\(",
        "age_after": r"oud",
        "plural_units": "jaren|maanden|weken|dagen|decennia|eeuwen|kwartalen|weekends|werkdagen|etmalen",
    },
)
