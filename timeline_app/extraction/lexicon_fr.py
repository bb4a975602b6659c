"""French temporal vocabulary and rules."""

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
)

_BASE = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
}
_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}


def _numbers() -> dict[str, float]:
    out: dict[str, float] = dict(_BASE)
    for tw, tv in _TENS.items():
        out[tw] = tv
        out[f"{tw} et un"] = tv + 1
        out[f"{tw}-et-un"] = tv + 1
        for uw, uv in list(_BASE.items())[2:10]:
            out[f"{tw}-{uw}"] = tv + uv
    out.update({"soixante-dix": 70, "quatre-vingts": 80, "quatre-vingt": 80, "quatre-vingt-dix": 90,
                "cent": 100, "mille": 1000, "une demi": 0.5, "un demi": 0.5, "un quart de": 0.25,
                "trois quarts de": 0.75, "une dizaine de": 10,
                "une quinzaine de": 15, "une vingtaine de": 20, "une centaine de": 100})
    return out


_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
_ABBR = {"janv": 1, "févr": 2, "fév": 2, "avr": 4, "juil": 7, "oct": 10, "nov": 11, "déc": 12}
_WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
_WEEKDAYS.update({f"{k}s": v for k, v in list(_WEEKDAYS.items())})

_ORDINALS = {
    "premier": 1, "première": 1, "1er": 1, "1re": 1, "deuxième": 2, "second": 2, "seconde": 2, "2e": 2,
    "troisième": 3, "3e": 3, "quatrième": 4, "4e": 4, "cinquième": 5, "sixième": 6, "septième": 7,
    "huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11, "douzième": 12, "treizième": 13,
    "quatorzième": 14, "quinzième": 15, "seizième": 16, "dix-septième": 17, "dix-huitième": 18,
    "dix-neuvième": 19, "vingtième": 20, "vingt et unième": 21, "dernier": 99, "dernière": 99,
}

_UNIT_WORDS = {
    "an": YEAR, "ans": YEAR, "année": YEAR, "années": YEAR, "mois": MONTH, "semaine": WEEK, "semaines": WEEK,
    "jour": DAY, "jours": DAY, "journée": DAY, "journées": DAY, "heure": HOUR, "heures": HOUR,
    "minute": MINUTE, "minutes": MINUTE, "secondes": SECOND, "décennie": DECADE,
    "décennies": DECADE, "siècle": CENTURY, "siècles": CENTURY, "trimestre": QUARTER, "trimestres": QUARTER,
    "semestre": HALF, "semestres": HALF, "week-end": WEEKEND, "week-ends": WEEKEND, "weekend": WEEKEND,
    "quinzaine": DAY,
}

_PREPS = ("à", "vers", "dès", "de", "et", "entre", "jusqu'à", "avant", "après", "depuis")

_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("time", r"{hour}\s?h\s?(?:{min})?(?!\w)"),
    ("time", after(*_PREPS) + r"{hour}\s+heures?(?:\s+{min})?"),
    ("time", r"{hour}:{min}"),
    ("time", r"{x_noon}"),
    ("date", r"{wd}\s+{day}\s+{month}(?:\s+{year}|\s+{x_yy}|\s+{x_dmod})?"),
    ("date", r"{day}(?=\s*(?:au|et|à|[-–])\s*{day_b}\s+{month}(?:\s+{year})?)"),  # "du 5 au 12 juillet", "les 6 et 13 avril"
    ("date", r"{day}\s+{month}\s+(?:{year}|{x_yy})"),
    ("date", r"(?:{day}\s+)?{month}\s+{x_yearref}"),  # "en octobre de la même année"
    ("season", r"(?:l['’]|le\s+)?{season}\s+{x_yearref}"),
    ("date", r"{day}\s+{month}\s+{x_dmod}"),  # "le 3 février dernier": the latest 3 February before
    ("date", r"{day}\s+{month}"),
    ("date", r"{dnum}[/.-]{mnum}[/.-]{yearn}"),
    ("date", r"{year}-{mnum}-{dnum}"),
    ("date", r"{dnum}/{mnum}(?![/\d])"),
    ("quarter", r"{ord}\s+trimestre(?:\s+(?:de\s+l['’]année\s+)?(?:{year}|{x_rely}))?"),
    ("quarter", r"T{x_q}\s*{year}"),
    ("half", r"{ord}\s+semestre(?:\s+{year}|\s+de\s+l['’]année\s+{x_relyr})?"),
    ("century", r"(?:{part}\s+(?:du\s+|de\s+la\s+)?)?(?:{roman}(?:e|ème|è|ᵉ)|{x_cent}|{ord})\s+siècle"),
    ("decade", r"(?:{part}\s+(?:des\s+)?)?années\s+(?:{x_decade}|{x_decw})"),
    ("date", r"(?:{part}(?:\s+|-))?{month}\s+(?:{year}|{x_yy})"),
    ("date", r"mois\s+d(?:e\s+|['’]){month}(?:\s+{year})?"),  # "le mois de juin"
    ("date", r"{month}\s+{x_dmod}"),  # "juin prochain", "septembre dernier"
    ("date", r"{part}(?:\s+|-){month}"),
    ("relunit", r"{part}\s+(?:de\s+l['’]|du\s+|de\s+la\s+)?{unit}(?:-ci)?\s+{mod}"),
    ("relunit", r"{part}\s+(?:de\s+l['’]|du\s+|de\s+la\s+|de\s+cette\s+|de\s+ce\s+|de\s+cet\s+){unit}"),
    ("season", r"(?:l['’]|le\s+)?{season}\s+{mod}"),
    ("season", r"(?:{x_this}\s+)?(?:{part}\s+(?:de\s+l['’]|du\s+))?{season}(?:\s+{year})?"),
    ("year", r"l['’](?:année|an)\s+{year}"),  # "l'année 2001"
    ("year", r"(?:{part}(?:\s+|-))?{year}"),
    ("relday", r"{reldp}"),
    ("relday", r"(?:{part}\s+)?{reld}(?:\s+{dpart})?"),
    ("ago", r"(?P<dir>il\s+y\s+a|dans|d'ici|voici)\s+(?:{x_approx}\s+)?(?:{num}|{qty})\s+{unit}"),
    ("ago", r"(?:{num}|{qty})\s+{unit}\s+(?P<dir>plus\s+tôt|plus\s+tard|auparavant)"),
    ("anaphor", r"(?:ce|cette|cet)\s+{unit}-là"),
    ("anaphor", r"(?:le|la|l['’])\s*{unit}\s+(?P<dir>suivante?|précédente?|d'avant|d'après)"),
    ("anaphor", r"(?:la|le|l['’])\s*(?P<dir>veille|lendemain)"),
    ("duration", r"(?:{x_approx}\s+)?(?:les|ces)\s+(?:{num}|{qty})\s+(?:derniers|dernières|prochains|prochaines)\s+{unit}"),
    ("relunit", r"(?:ces|les)\s+(?=(?:derni|prochain)){mod}\s+{unit}"),  # "ces dernières années"
    ("relunit", r"(?:la\s+|le\s+|l['’])?{unit}\s+{mod}"),
    ("relunit", r"{x_this}\s+{unit}(?:-ci)?"),
    ("daypart", after("dans", "pendant", "durant", "de") + r"(?:la|le|l['’])\s*{dpart}(?:\s+même)?"),  # "dans la nuit"
    ("weekday", r"(?:{x_this}\s+(?:même\s+)?)?{wd}(?:\s+{mod})?(?:\s+{dpart})?"),
    ("date", r"{month}"),
    ("set", r"(?:chaque|chacun\s+des)\s+(?:{num}\s+)?(?:{unit}|{wd}|{season}|{month})"),
    ("set", r"(?:tous|toutes)\s+les\s+(?:{num}\s+)?(?:{unit}|{wd})"),
    ("set", r"par\s+(?=(?:an|mois|semaine|jour|année)(?!\w)){unit}"),
    ("set", r"{x_setadv}"),
    ("duration", r"(?:{x_approx}\s+)?(?:{num}|{qty})(?:\s+|(?<=demi)-){unit}(?:\s+et\s+demie?)?(?!\s+(?:(?:1\d|20)\d0|\d0)(?!\d))"),
    ("duration", r"{x_durword}"),
    ("duration", r"{x_fixeddur}"),  # "quinquennat"
    ("duration", after("au", "Au") + r"fil\s+des\s+(?=ans|années|mois|siècles|décennies){unit}"),  # "au fil des ans"
    ("vague", r"{vague}"),
)

FR = Lexicon(
    code="fr",
    months=_MONTHS,
    month_abbr=_ABBR,
    weekdays=_WEEKDAYS,
    numbers=_numbers(),
    ordinals=_ORDINALS,
    units=_UNIT_WORDS,
    seasons={"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"},
    dayparts={"matin": "MO", "matinée": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV", "nuit": "NI",
              "midi": "12:00", "minuit": "24:00"},
    parts={"début": "B", "fin": "E", "mi": "M", "milieu": "M", "courant": "M", "première moitié": "B",
           "seconde moitié": "E", "deuxième moitié": "E", "plus tard": "E"},
    rel_days={"hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1, "avant-hier": -2, "après-demain": 2},
    rel_dayparts={"ce matin": (0, "MO"), "ce soir": (0, "EV"), "cet après-midi": (0, "AF"), "cette nuit": (0, "NI"),
                  "cette matinée": (0, "MO"), "cette soirée": (0, "EV")},
    mods={"dernier": PREVIOUS, "dernière": PREVIOUS, "passé": PREVIOUS, "passée": PREVIOUS,
          "précédent": PREVIOUS, "prochain": NEXT, "prochaine": NEXT, "suivant": NEXT, "suivante": NEXT,
          "à venir": NEXT, "en cours": THIS, "derniers": PREVIOUS, "dernières": PREVIOUS, "prochains": NEXT,
          "prochaines": NEXT},
    vague={"récemment": "PAST_REF", "dernièrement": "PAST_REF", "naguère": "PAST_REF", "autrefois": "PAST_REF",
           "jadis": "PAST_REF", "actuellement": "PRESENT_REF", "à l'heure actuelle": "PRESENT_REF",
           "désormais": "PRESENT_REF", "en ce moment": "PRESENT_REF", "à présent": "PRESENT_REF",
           "maintenant": "PRESENT_REF", "prochainement": "FUTURE_REF", "bientôt": "FUTURE_REF",
           "sous peu": "FUTURE_REF", "à l'avenir": "FUTURE_REF", "l'avenir": "FUTURE_REF"},
    quantities={"des": "X", "quelques": "X", "plusieurs": "X", "de nombreux": "X", "de nombreuses": "X",
                "bien des": "X", "deux ou trois": "X"},
    qualifiers={"depuis": "since", "dès": "since", "avant": "before", "après": "after", "jusqu'à": "until",
                "jusqu'en": "until", "jusqu'au": "until", "entre": "between", "de": "between", "d'ici": "before"},
    templates=_TEMPLATES,
    day_suffix="er|ᵉʳ",
    future_cues=(r"va|vont|vais|allons|sera|seront|aura|auront|\w+eront|\w+era|\w+iront|\w+ira|prochain|prochaine|"
                 r"prochains|d'ici|devrait|devraient|doit|doivent|prévu|prévue|prévoit|"
                 r"pourrait|compte|espère|reprendra|à\s+partir|ouvrira|se\s+tiendra"),
    past_cues=(r"a|ai|as|avons|avez|ont|avait|avaient|était|étaient|eu|fut|furent|hier|depuis|\w{2,}ait|\w{2,}aient|"
               r"il\s+y\s+a|a\s+été|ont\s+été|s'est|se\s+sont"),
    ambiguous={"été": frozenset({"l'", "l’", "cet", "en", "d'", "d’", "l", "d", "de", "bel", "plein"}),
               "mars": frozenset({"en", "de", "depuis", "début", "fin", "mi", "à", "et", "au", "jusqu'en",
                                  "le", "courant", "dès", "avant", "après", "ou", "mois", "mi-"}),
               "second": frozenset(), "des": frozenset(), "une": frozenset(), "un": frozenset()},
    function_words=frozenset({"en", "de", "depuis", "début", "fin", "mi", "à", "et", "au", "le", "la", "l'",
                              "dès", "avant", "après", "ou", "mois", "ce", "cet", "cette", "chaque", "d'ici",
                              "jusqu'en", "jusqu'à", "entre", "pendant", "courant"}),
    extra={
        "yearref": r"de\s+(?:la\s+même\s+année|cette\s+année-là|l['’]année\s+suivante|l['’]année\s+précédente)",
        "yearref_next": r"suivante",
        "yearref_prev": r"précédente",
        "reporting": r"selon|d'après|a\s+(?:déclaré|annoncé|indiqué|affirmé|expliqué|dit)|affirme|explique|déclare",
        "onward": r"dès|à\s+partir\s+d[eu]",
        "dmod": r"derni[eè]re?s?|prochaine?s?|pass[ée]e?s?",
        # a two-digit year after a month ("octobre 98"), not a count ("le 3 mars 12 personnes")
        "age_before": (r"[âa]gée?s?\s+de|l['’][âa]ge\s+de|(?:les|des)\s+(?:moins|plus)\s+de|(?:fillette|garçon|homme|femme|"
                       r"enfant|bébé|jeune|adolescente?|fils|fille|victime|conducteur|conductrice|chauffeur|"
                       r"automobiliste|motard|cycliste|piétonne?|passagère?|retraitée?|\w+génaire|lycéenne?|"
                       r"collégienne?|étudiante?|mère|père|\w{3,}(?:ienne?|aise?|oise?))(?:\s+d(?:e\s+|['’])[^\W\d_]+)?\s+de"),
        "season_adjectival": r"(?<![\w'’])(?!(?:mois|début|fin|milieu|cœur|courant|plein)\s)[^\W\d_]+\s+(?:d['’]|de\s+)$",
        "setadv_noun_after": r"le|la|les|un|une|du|des|au|aux|ce|cet|cette|leur|leurs|notre|votre|son|sa|ses|presse",
        "yy": r"['’]?\d\d(?=\s*(?:[,.;:!?)»]|$)|\s+(?:et|à|au|aux|pour|par|en|dans|de|du|des|avec|sur|puis|ou|lors)\s)",
        # the determiner of a calendar noun phrase, part of the expression in French TimeBank ("le 6 mai")
        "determiner": r"(?:le|la|les)\s+|l['’]\s*",
        "approx": r"environ|près\s+de|presque|plus\s+de|moins\s+de",
        "q": r"[1-4]",
        "decw": r"vingt|trente|quarante|cinquante|soixante|soixante-dix|quatre-vingt|quatre-vingt-dix",
        "decadewords": "vingt;trente;quarante;cinquante;soixante;soixante-dix;quatre-vingt;quatre-vingt-dix",
        "decade": r"(?:1\d|20)\d0|['’]?\d0",
        "cent": r"(?:[1-9]|1\d|2[01])(?:e|ème|è|ᵉ)",
        "rely": r"l['’]année\s+(?:dernière|prochaine)|l['’]an\s+(?:dernier|prochain)",
        "relyr": r"(?:dernière|prochaine|en\s+cours)",
        "this": r"ce|cet|cette",
        "noon": r"midi|minuit",
        "setadv": r"quotidiennement|quotidien|quotidienne|hebdomadaire|mensuel|mensuelle|annuel|annuelle|annuellement",
        "setvalue:quotidiennement": "P1D", "setvalue:quotidien": "P1D", "setvalue:quotidienne": "P1D",
        "setvalue:hebdomadaire": "P1W", "setvalue:mensuel": "P1M", "setvalue:mensuelle": "P1M",
        "setvalue:annuel": "P1Y", "setvalue:annuelle": "P1Y", "setvalue:annuellement": "P1Y",
        "durword": r"des\s+années\s+durant",
        "fixeddur": r"quinquennats?|septennats?",
        "fixeddur:quinquennat": "P5Y", "fixeddur:quinquennats": "P5Y", "fixeddur:septennat": "P7Y",
        "fixeddur:septennats": "P7Y",
        "forward": r"dans|d'ici|plus\s+tard|après",
        "anaphoric_dir": r"plus\s+tôt|plus\s+tard|auparavant",
        "back": r"précédente?|d'avant|veille",
        "fwd": r"suivante?|d'après|lendemain",
        "amount": r"euros?|%|pour\s+cent|habitants|personnes|salariés|emplois|km|kilomètres|mètres|tonnes|millions?|milliards?|voyageurs|membres|visiteurs",
        "strongfuture": r"dès|à\s+partir\s+du|d'ici",
        "plural_units": "ans|années|semaines|jours|journées|décennies|siècles|trimestres|semestres|week-ends",
    },
)
