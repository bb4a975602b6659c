"""German temporal vocabulary and rules (Germany, Austria, Switzerland)."""

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
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "eines": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
    "neunzehn": 19,
}
_TENS = {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
         "achtzig": 80, "neunzig": 90}
_COMPOSABLE = {k: v for k, v in _UNITS.items() if k not in ("eine", "einer", "einem", "einen", "eines")}
_NUMBERS: dict[str, float] = dict(_UNITS)
_NUMBERS.update(compose_numbers(_COMPOSABLE, _TENS, "und", units_first=True))
_NUMBERS.update({"hundert": 100, "tausend": 1000, "anderthalb": 1.5, "eineinhalb": 1.5, "ein halbes": 0.5,
                 "einem halben": 0.5, "eine halbe": 0.5, "einer halben": 0.5, "ein paar": 2, "zweieinhalb": 2.5})
for _w, _v in list(_COMPOSABLE.items())[1:12]:
    _NUMBERS[f"{_w}einhalb"] = _v + 0.5

_MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "feber": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}
_ABBR = {"jan": 1, "feb": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
         "okt": 10, "nov": 11, "dez": 12}
_WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
             "sonnabend": 5, "sonntag": 6}
_WEEKDAYS.update({f"{k}s": v for k, v in list(_WEEKDAYS.items())})

_ORD_STEMS = {"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7, "acht": 8,
              "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12, "dreizehnt": 13, "vierzehnt": 14,
              "fünfzehnt": 15, "sechzehnt": 16, "siebzehnt": 17, "achtzehnt": 18, "neunzehnt": 19,
              "zwanzigst": 20, "einundzwanzigst": 21, "letzt": 99}
_ORDINALS = {f"{stem}{end}": v for stem, v in _ORD_STEMS.items() for end in ("e", "en", "er", "es", "em")}

_UNIT_WORDS = {
    "jahr": YEAR, "jahre": YEAR, "jahren": YEAR, "jahres": YEAR, "jahrs": YEAR, "monat": MONTH, "monate": MONTH,
    "monaten": MONTH, "monats": MONTH, "woche": WEEK, "wochen": WEEK, "tag": DAY, "tage": DAY, "tagen": DAY,
    "tages": DAY, "stunde": HOUR, "stunden": HOUR, "minute": MINUTE, "minuten": MINUTE, "sekunde": SECOND,
    "sekunden": SECOND, "jahrzehnt": DECADE, "jahrzehnte": DECADE, "jahrzehnten": DECADE, "jahrzehnts": DECADE,
    "jahrhundert": CENTURY, "jahrhunderte": CENTURY, "jahrhunderten": CENTURY, "jahrhunderts": CENTURY,
    "quartal": QUARTER, "quartale": QUARTER, "quartalen": QUARTER, "quartals": QUARTER, "halbjahr": HALF,
    "halbjahres": HALF, "wochenende": WEEKEND, "wochenenden": WEEKEND, "werktage": DAY, "werktagen": DAY,
}

_DECW = "zwanziger;dreißiger;vierziger;fünfziger;sechziger;siebziger;achtziger;neunziger"

_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("dayofpart", r"(?:frühen\s+|späten\s+)?{dpart}\s+(?:des|vom)\s+{day}\s*{month}(?:\s+{year})?"),  # "Abend des 9. November 1989"
    ("nightof", r"Nacht\s+vom\s+{day}\s*(?:auf|zum)\s+(?:den\s+)?{day_b}\s*{month}(?:\s+{year})?"),  # "vom 5. auf den 6. Juni"
    ("nightbefore", r"Nacht\s+(?:zum|zu)\s+(?:{wd}|{day}\s*{month}(?:\s+{year})?)"),  # "Nacht zum 3. Oktober"
    ("daypart", r"{dpart}\s+(?:desselben|dieses|jenes)\s+Tages"),  # "am Abend desselben Tages"
    ("nextdaypart", r"(?:folgenden|nächsten|darauffolgenden)\s+(?=Morgen|Vormittag|Nachmittag|Abend|Nacht){dpart}"),
    ("year", r"{part}\s+des\s+Jahres\s+{year}"),  # "Ende des Jahres 1941"
    ("daypart", after("am", "Am") + r"(?:frühen\s+|späten\s+)?{dpart}(?!\s+(?:des|vom)\s)"),  # "am Abend"
    ("daypart", r"(?:derselben|dieser|jener)\s+{dpart}"),  # "in derselben Nacht"
    ("daypart", after("den") + r"(?:frühen\s+|späten\s+)?(?=\w+stunden(?!\w)){dpart}"),  # "in den frühen Morgenstunden"
    ("time", r"{hour}(?:[.:]{min})?\s*Uhr(?:\s+{x_tz})?"),
    ("time", r"{hour}:{min}"),
    ("time", r"{x_noon}"),
    ("date", r"{wd},?\s+(?:(?:den|dem)\s+)?{day}\s*{month}(?:\s+{year})?"),
    # the first day of a range takes the month of the second: "vom 5. bis 12. Juli", "zwischen dem 5. und 12. Juli"
    ("date", r"{day}(?=\s*(?:bis\s+(?:zum\s+)?|und\s+(?:dem\s+)?|[-–]\s*){day_b}\s*{month}(?:\s+{year})?)"),
    ("date", r"{day}\s*{month}\s+(?:des\s+Jahres\s+)?{year}"),
    ("date", r"(?:{day}\s*)?{month}\s+{x_yearref}"),  # "im Oktober desselben Jahres"
    ("season", r"{season}\s+{x_yearref}"),
    ("date", r"{mod}\s+{day}\s*{month}"),  # "am vergangenen 3. Februar", "am kommenden 3. März"
    ("date", r"{day}\s*{month}"),
    ("date", r"{dnum}\.{mnum}\.{yearn}"),
    ("date", r"{year}-{mnum}-{dnum}"),
    ("date", r"{dnum}\.{mnum}\.(?!\d)"),
    ("quarter", r"{ord}\s+Quartal(?:s)?(?:\s+{year})?"),
    ("quarter", r"Q{x_q}\s*{year}"),
    ("half", r"{ord}\s+(?:Halbjahr|Halbjahres|Jahreshälfte)(?:\s+{year})?"),
    ("decade", r"(?:{part}\s+(?:der\s+)?)?(?:{x_decade}er|{x_decw})(?:-?\s?Jahren?|-?Jahre)?"),
    ("century", r"(?:{part}\s+(?:des\s+)?)?(?:{x_cent}|{ord})\s+Jahrhunderts?"),
    ("relunit", r"{part}\s+(?:des|dieses|diesen|nächsten|kommenden|vergangenen|letzten)\s+{unit}"),
    ("date", r"(?:{part}\s+)?{month}\s+(?:des\s+Jahres\s+)?{year}"),
    ("date", r"{part}\s+{month}"),
    ("relunit", r"{part}\s+(?:{mod}\s+)?{unit}"),
    ("season", r"(?:{part}\s+)?(?:{mod}\s+)?{season}(?:\s+(?:des\s+Jahres\s+)?{year}(?:/\d\d(?!\d))?)?"),
    ("year", r"(?:{part}\s+)?{year}"),
    ("relday", r"{reldp}"),
    ("relday", r"(?:{part}\s+)?{reld}(?:\s+{dpart})?"),
    ("ago", r"(?P<dir>vor|in)\s+(?:{x_approx}\s+)?(?:{num}|{qty})\s+{unit}"),
    ("ago", r"(?:{x_approx}\s+)?(?:{num}|{qty})\s+{unit}\s+(?P<dir>später|danach|darauf|zuvor|davor|vorher|früher)"),
    ("anaphor", r"(?:am\s+)?(?P<dir>Vortag|Folgetag|Tag\s+danach|Tag\s+davor|Vorwoche|Folgewoche|Vormonat|Folgemonat)"),
    ("anaphor", r"(?:an\s+)?(?:jenem|demselben|diesem(?=\s+Tag(?!\w)))\s+{unit}"),
    ("anaphor", r"(?P<dir>folgenden|darauffolgenden|nächsten)\s+(?=Tag(?!\w)|Tages(?!\w)){unit}"),
    ("anaphor", r"(?P<dir>folgenden|darauffolgenden|vorangegangenen)\s+{unit}"),
    ("anaphor", r"{unit}\s+(?P<dir>darauf|danach|zuvor|davor)"),
    ("anaphor", r"tags\s+(?P<dir>darauf|zuvor|davor)"),
    ("anaphor", r"(?:selben|gleichen|demselben|derselben|desselben)\s+{unit}"),
    ("relunit", r"(?P<prev>Vorjahr|Vorjahres)(?P<unitc>zeitraum|monat|quartal|woche)?"),
    ("duration", r"(?:{x_approx}\s+)?(?:vergangenen|letzten|nächsten|kommenden|ersten)\s+(?:{num}|{qty})\s+{unit}"),
    ("weekday", r"{wd}\s+(?:{mod})\s+{x_weekword}"),
    ("relunit", r"(?:{mod})\s+{unit}"),
    ("weekday", r"(?:{mod}\s+)?{wd}(?:\s*{dpart})?"),
    ("date", r"{mod}\s+{month}"),  # "vergangenen Februar", "kommenden März"
    ("date", r"{month}"),
    ("set", r"(?:jeden|jede|jedes|jeder|alle)\s+(?:{num}\s+)?(?:{unit}|{wd}|{season}|{month})"),
    ("set", r"(?:pro|je)\s+(?=(?:Jahr|Monat|Woche|Tag|Quartal)(?!\w)){unit}"),
    ("set", r"{x_setadv}"),
    ("duration", r"(?:{x_approx}\s+)?(?:{num}|{qty})\s+{unit}(?!\s+(?:der|des)\s)"),
    ("relunit", r"(?:(?<=(?<!\w)am )|(?<=(?<!\w)Am ))(?=Wochenende(?!\w)){unit}"),
    ("duration", r"{x_durword}"),
    ("duration", after("im", "Im") + r"Laufe\s+der\s+(?=Jahre|Monate|Wochen|Jahrzehnte|Jahrhunderte){unit}"),
    ("compound", r"(?:\d{1,3}-|{numw})(?P<cunit>stündig|tägig|wöchig|monatig|jährig)(?=e[nmrs]?(?!\w)|(?!\w))(?:e[nmrs]?)?"),
    ("vague", r"{vague}"),
)

DE = Lexicon(
    code="de",
    months=_MONTHS,
    month_abbr=_ABBR,
    weekdays=_WEEKDAYS,
    numbers=_NUMBERS,
    ordinals=_ORDINALS,
    units=_UNIT_WORDS,
    seasons={"frühling": "SP", "frühjahr": "SP", "frühjahrs": "SP", "sommer": "SU", "sommers": "SU",
             "herbst": "FA", "herbstes": "FA", "winter": "WI", "winters": "WI", "frühsommer": "SU",
             "hochsommer": "SU", "spätsommer": "SU", "frühherbst": "FA", "spätherbst": "FA", "spätwinter": "WI"},
    dayparts={"morgen": "MO", "früh": "MO", "vormittag": "MO", "mittag": "12:00", "nachmittag": "AF",
              "abend": "EV", "nacht": "NI", "mitternacht": "24:00", "morgenstunden": "MO", "abendstunden": "EV",
              "nachtstunden": "NI"},
    parts={"anfang": "B", "beginn": "B", "mitte": "M", "ende": "E", "später": "E", "früher": "B",
           "erste hälfte": "B", "zweite hälfte": "E", "ausgangs": "E", "eingangs": "B"},
    rel_days={"gestern": -1, "heute": 0, "morgen": 1, "vorgestern": -2, "übermorgen": 2},
    rel_dayparts={"heute früh": (0, "MO"), "morgen früh": (1, "MO"), "gestern früh": (-1, "MO"),
                  "heute nacht": (0, "NI"), "heute mittag": (0, "12:00"), "heute morgen": (0, "MO"),
                  "gestern morgen": (-1, "MO"), "heute abend": (0, "EV"), "gestern abend": (-1, "EV"),
                  "morgen abend": (1, "EV"), "heute nachmittag": (0, "AF"), "gestern nachmittag": (-1, "AF")},
    mods={"letzte": PREVIOUS, "letzten": PREVIOUS, "letzter": PREVIOUS, "letztes": PREVIOUS, "letztem": PREVIOUS,
          "vergangene": PREVIOUS, "vergangenen": PREVIOUS, "vergangener": PREVIOUS, "vergangenes": PREVIOUS,
          "vorige": PREVIOUS, "vorigen": PREVIOUS, "voriges": PREVIOUS, "vorigem": PREVIOUS,
          "diese": THIS, "diesen": THIS, "dieser": THIS, "dieses": THIS, "diesem": THIS, "laufenden": THIS,
          "nächste": NEXT, "nächsten": NEXT, "nächster": NEXT, "nächstes": NEXT, "kommende": NEXT,
          "kommenden": NEXT, "kommender": NEXT, "kommendes": NEXT, "folgenden": NEXT},
    vague={"derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF", "zur zeit": "PRESENT_REF", "aktuell": "PRESENT_REF",
           "momentan": "PRESENT_REF", "gegenwärtig": "PRESENT_REF", "jetzt": "PRESENT_REF",
           "inzwischen": "PRESENT_REF", "mittlerweile": "PRESENT_REF", "heutzutage": "PRESENT_REF",
           "kürzlich": "PAST_REF", "neulich": "PAST_REF", "jüngst": "PAST_REF", "vor kurzem": "PAST_REF",
           "unlängst": "PAST_REF", "früher": "PAST_REF", "einst": "PAST_REF", "demnächst": "FUTURE_REF",
           "bald": "FUTURE_REF", "künftig": "FUTURE_REF", "zukünftig": "FUTURE_REF", "in zukunft": "FUTURE_REF",
           "in kürze": "FUTURE_REF", "später": "FUTURE_REF"},
    quantities={"mehrere": "X", "mehreren": "X", "einige": "X", "einigen": "X", "ein paar": "2", "wenige": "X",
                "wenigen": "X", "viele": "X", "vielen": "X"},
    qualifiers={"seit": "since", "ab": "since", "vor": "before", "nach": "after", "bis": "until",
                "zwischen": "between", "von": "between", "vom": "between", "bis zum": "until"},
    templates=_TEMPLATES,
    day_suffix=r"\.",
    future_cues=(r"wird|werden|wirst|soll|sollen|will|wollen|nächste\w*|kommende\w*|geplant|plant|"
                 r"voraussichtlich|könnte|dürfte|erwartet|steht|stehen|beginnt|startet|folgt"),
    past_cues=(r"war|waren|hatte|hatten|hat|haben|wurde|wurden|vergangene\w*|letzte\w*|gestern|seit|"
               r"kam|kamen|ging|gingen|gab|gaben|fand|fanden|begann|stand|standen|lag|blieb|sagte|sagten|"
               r"teilte|meldete|erklärte|durfte|durften|konnte|konnten|musste|mussten|sollte|sollten|wollte|"
               r"wollten|\w{3,}(?:ierte|ierten)|"
               # common strong past forms and weak ones in -ete ("öffnete", "arbeitete")
               r"schloss|schlossen|fiel|fielen|zog|zogen|stieg|stiegen|sank|sanken|wuchs|brach|brachen|traf|trafen|"
               r"rief|hielt|hielten|lief|schrieb|sprach|sprachen|gewann|gewannen|verlor|verloren|starb|starben|"
               r"floh|flohen|nahm|nahmen|kehrte|kehrten|erhielt|erhielten|entstand|verließ|begannen|griff|griffen|"
               r"trat|traten|\w{3,}(?:ete|eten)|"
               # a lower-case word in -te/-ten after a consonant other than s is a weak past form (nouns are
               # capitalized; "erste", "letzte" end in -ste)
               r"(?-i:(?!(?:heute|alte|weite|breite|rechte|harte|halbe|mitte|echte|leichte|schlechte|acht)e?n?\b)"
               r"[a-zäöü][a-zäöüß]+[bcdfghjklmnpqrtvwxzß]ten?)"),
    ambiguous={"morgen": frozenset(), "früher": frozenset(), "später": frozenset(), "jetzt": frozenset(),
               "mai": frozenset({"im", "am", "seit", "bis", "ab", "ende", "anfang", "mitte", "vom", "zum",
                                 "und", "oder", "dem", "des", "den"})},
    function_words=frozenset({"im", "am", "seit", "bis", "ab", "ende", "anfang", "mitte", "vom", "zum", "und",
                              "oder", "dem", "des", "den", "der", "die", "das", "in", "jeden", "jedes", "jede",
                              "diesen", "dieses", "diesem", "letzten", "nächsten", "kommenden", "vergangenen",
                              "zwischen", "von", "nach", "vor", "für", "zur", "um", "gegen", "noch", "schon"}),
    extra={
        "weekword": r"Woche",
        # a bare weekday in a clause without a past cue is the coming one: German news tells the future in
        # the present tense ("Die Ausstellung öffnet am Sonntag", "Am Mittwoch reist er weiter")
        "default_tense": "1",
        "onward": r"ab",
        "compound:stündig": "H", "compound:tägig": "D", "compound:wöchig": "W", "compound:monatig": "M",
        "compound:jährig": "Y",
        "reporting": r"sagte|sagt|teilte|teilt|laut|zufolge|erklärte|berichtete|meldete|mitteilte",
        "yearref": (r"(?:desselben|des\s+gleichen|des\s+selben|jenes|des\s+folgenden|des\s+darauffolgenden|"
                    r"des\s+vorigen|des\s+vorangegangenen)\s+Jahres"),
        "yearref_next": r"folgend|darauffolgend",
        "yearref_prev": r"vorig|vorangegangen",
        "tz": r"(?:MEZ|MESZ|UTC|GMT)",
        "approx": r"etwa|rund|knapp|fast|über|mehr\s+als|weniger\s+als|mindestens|gut|ungefähr",
        "q": r"[1-4]",
        "decw": _DECW.replace(";", "|"),
        "decadewords": _DECW,
        "decade": r"(?:1\d|20)\d0|\d0",
        "cent": r"(?:[1-9]|1\d|2[01])\.",
        "noon": r"Mittag|Mitternacht",
        "setadv": r"täglich|wöchentlich|monatlich|jährlich|stündlich|alljährlich|vierteljährlich",
        "setvalue:täglich": "P1D", "setvalue:wöchentlich": "P1W", "setvalue:monatlich": "P1M",
        "setvalue:jährlich": "P1Y", "setvalue:alljährlich": "P1Y", "setvalue:stündlich": "PT1H",
        "setvalue:vierteljährlich": "P3M",
        "durword": r"jahrelang|jahrelange|jahrelangen|monatelang|monatelange|monatelangen|wochenlang|wochenlange|wochenlangen|tagelang|tagelange|tagelangen|stundenlang|stundenlange|stundenlangen|jahrzehntelang|jahrzehntelange|jahrzehntelangen",
        "forward": r"in|binnen|später|danach|darauf",
        "back": r"vortag|tag\s+davor|vorwoche|vormonat|vorangegangenen|zuvor|davor",
        "fwd": r"folgetag|tag\s+danach|folgewoche|folgemonat|folgenden|darauffolgenden|nächsten|danach|darauf",
        "anaphoric_dir": r"später|danach|darauf|zuvor|davor|vorher|früher",
        "amount": r"euro|prozent|%|menschen|einwohner|mitarbeiter|beschäftigte|kilometer|km|meter|tonnen|millionen|milliarden|stück|franken|besucher",
        "strongfuture": r"ab|bis|zum",
        "age_before": r"im\s+Alter\s+von|\(",
        "age_after": r"alt(?:e[nmrs]?)?",
        "plural_units": ("jahre|jahren|monate|monaten|wochen|tage|tagen|jahrzehnte|jahrzehnten|jahrhunderte|"
                         "jahrhunderten|quartale|quartalen|wochenenden|werktage|werktagen"),
    },
)
