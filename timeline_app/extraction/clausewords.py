"""Closed word classes per language for the light clause analysis (:mod:`.clauses`).

Only function words and the most frequent auxiliaries: open classes (nouns, verbs, adjectives)
are recognised by position and shape, never by a dictionary.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.extraction.eventwords import word_set


@dataclass(frozen=True, slots=True)
class ClassWords:
    """The closed classes of one language (all folded to lower case)."""

    determiners: frozenset[str]
    genitive_determiners: frozenset[str]
    pronouns: frozenset[str]
    personal_singular: frozenset[str]
    demonstratives: frozenset[str]
    relatives: frozenset[str]
    object_relatives: frozenset[str]
    subordinators: frozenset[str]
    coordinators: frozenset[str]
    prepositions: frozenset[str]
    attributions: frozenset[str]
    adverbs: frozenset[str]
    auxiliaries: frozenset[str]
    copulas: frozenset[str]
    say_verbs: frozenset[str]
    relation_verbs: frozenset[str]
    say_particles: frozenset[str]
    quantifiers: frozenset[str]
    noun_linkers: frozenset[str]
    verb_second: bool


NL = ClassWords(
    determiners=word_set("de het een deze die dit dat zijn haar hun mijn onze ons jouw uw elk elke ieder iedere alle "
                         "geen enkele sommige beide veel weinig meer"),
    genitive_determiners=frozenset(),
    pronouns=word_set("hij zij ze het wij we jij je u ik men er dat dit die"),
    personal_singular=word_set("hij"),
    demonstratives=word_set("dat dit dat die deze"),
    relatives=word_set("die dat welke wat waar wie"),
    object_relatives=frozenset(),
    subordinators=word_set("dat omdat toen nadat voordat terwijl als zodat hoewel doordat sinds wanneer of zodra "
                           "totdat tot"),
    coordinators=word_set("en maar of want"),
    prepositions=word_set("op in aan van voor na met zonder over onder bij uit door naar om tegen tussen sinds vanaf "
                          "tot tijdens rond per binnen buiten langs sedert wegens vanwege ondanks volgens namens "
                          "richting dankzij"),
    attributions=word_set("volgens aldus"),
    adverbs=word_set("ook al nog pas reeds echter dus toch wel niet nooit ruim bijna ongeveer opnieuw eerst meteen "
                     "direct inmiddels daar hier nu toen dan weer vooral vrijwel nauwelijks zelfs alleen slechts "
                     "sindsdien daarna daarop daarbij daarom intussen vervolgens later eerder vroeger ondertussen "
                     "onlangs binnenkort nogmaals bovendien verder wellicht mogelijk waarschijnlijk kennelijk "
                     "blijkbaar vandaag gisteren morgen eindelijk uiteindelijk zo erg heel zeer"),
    auxiliaries=word_set("heeft hebben had hadden is zijn was waren wordt worden werd werden zal zullen zou zouden "
                         "kan kunnen kon konden wil willen wilde wilden moet moeten moest moesten mag mogen mocht "
                         "mochten gaat gaan ging gingen blijft blijven bleef bleven laat laten liet lieten"),
    copulas=word_set("is zijn was waren blijft bleef lijkt leek wordt werd"),
    say_verbs=word_set("zegt zei zeiden zeggen meldt meldde meldden verklaarde verklaarden schrijft schreef aldus "
                       "bevestigde bevestigt kondigde"),
    relation_verbs=word_set("volgt volgde omvat omvatte betreft betrof"),
    say_particles=word_set("bekend bekendgemaakt weten gemeld"),
    quantifiers=word_set("ruim bijna ongeveer zo'n circa ca. meer minder zeker liefst heel"),
    noun_linkers=word_set("van"),
    verb_second=True,
)

DE = ClassWords(
    determiners=word_set("der die das den dem des ein eine einen einem einer eines sein seine seinen seinem seiner "
                         "ihr ihre ihren ihrem ihrer unser unsere dieser diese dieses diesen diesem jeder jede jedes "
                         "alle kein keine keinen mehrere viele beide beiden"),
    genitive_determiners=word_set("des beider eines seines ihres dieses"),
    pronouns=word_set("er sie es wir ihr ich man das dies"),
    personal_singular=word_set("er"),
    demonstratives=word_set("das dies dieses"),
    relatives=word_set("der die das den dem deren dessen welche welcher welches"),
    object_relatives=frozenset(),
    subordinators=word_set("dass weil als nachdem bevor während wenn ob obwohl sodass damit seit seitdem sobald "
                           "bis da falls"),
    coordinators=word_set("und aber oder denn sondern"),
    prepositions=word_set("am im in an auf aus bei beim mit ohne über unter nach vor seit bis zum zur für gegen "
                          "zwischen durch um vom von laut wegen trotz während innerhalb außerhalb ab"),
    attributions=word_set("laut zufolge"),
    adverbs=word_set("auch noch schon bereits erst nur nicht nie kaum fast rund etwa knapp zunächst erneut wieder "
                     "dann damals dort hier zuletzt erstmals jetzt nun inzwischen zudem außerdem jedoch allerdings "
                     "dabei damit daher deshalb seitdem danach später früher vorher zuvor bald heute gestern morgen "
                     "endlich schließlich offenbar wohl vermutlich möglicherweise ebenfalls sogar so sehr ganz "
                     "mehr weiter bislang bisher"),
    auxiliaries=word_set("hat haben hatte hatten ist sind war waren wird werden wurde wurden kann können konnte "
                         "konnten will wollen wollte wollten soll sollen sollte sollten muss müssen musste mussten "
                         "darf dürfen durfte mag möchte möchten lässt ließ habe sei seien wäre würde würden"),
    copulas=word_set("ist sind war waren bleibt blieb scheint schien gilt galt"),
    say_verbs=word_set("sagte sagt sagten erklärte erklärt teilte teilt berichtete berichtet betonte kündigte "
                       "meldete meldet schreibt schrieb bestätigte"),
    relation_verbs=word_set("folgt folgte umfasst umfasste betrifft betraf"),
    say_particles=word_set("mit an bekannt bekanntgegeben"),
    quantifiers=word_set("rund etwa knapp fast mehr als über gut ganz"),
    noun_linkers=word_set("von vom"),
    verb_second=True,
)

EN = ClassWords(
    determiners=word_set("the a an this that these those his her its their our my your every each all no some "
                         "several many both"),
    genitive_determiners=frozenset(),
    pronouns=word_set("he she it they we you i this that"),
    personal_singular=word_set("he she"),
    demonstratives=word_set("this that it"),
    relatives=word_set("which who whom whose that where"),
    object_relatives=frozenset(),
    subordinators=word_set("that because when after before while although though since as if until unless once"),
    coordinators=word_set("and but or"),
    prepositions=word_set("on in at of to for from by with without about into over under after before since until "
                          "during between through against among within across around near per"),
    attributions=word_set("according"),
    adverbs=word_set("also already still just only even again then now later earlier first finally meanwhile "
                     "however moreover previously recently soon today yesterday tomorrow nearly almost about "
                     "around once so"),
    auxiliaries=word_set("has have had is are was were will would shall should can could may might must does do "
                         "did been being"),
    copulas=word_set("is are was were remains remained seems seemed"),
    say_verbs=word_set("said says told announced reported added stated"),
    relation_verbs=word_set("follows followed includes included"),
    say_particles=word_set("announced said"),
    quantifiers=word_set("about nearly almost some around more than over roughly"),
    noun_linkers=word_set("of"),
    verb_second=False,
)

FR = ClassWords(
    determiners=word_set("le la les l' un une des du de d' ce cet cette ces son sa ses leur leurs notre nos mon ma "
                         "mes votre vos chaque tous toutes plusieurs aucun aucune"),
    genitive_determiners=frozenset(),
    pronouns=word_set("il elle ils elles on nous vous je cela ce c'"),
    personal_singular=word_set("il elle"),
    demonstratives=word_set("cela ce c' ceci"),
    relatives=word_set("qui que qu' dont où lequel laquelle lesquels"),
    object_relatives=word_set("que qu'"),
    subordinators=word_set("que qu' quand lorsque lorsqu' parce puisque si comme après avant pendant tandis"),
    coordinators=word_set("et mais ou"),
    prepositions=word_set("à au aux de du des en dans sur sous par pour avec sans entre depuis avant après pendant "
                          "chez vers contre selon dès lors malgré"),
    attributions=word_set("selon"),
    adverbs=word_set("aussi déjà encore puis ensuite alors toujours jamais enfin désormais auparavant ainsi "
                     "également notamment pourtant cependant toutefois aujourd'hui hier demain près environ "
                     "plus bientôt récemment finalement"),
    auxiliaries=word_set("a ont avait avaient aura auront aurait est sont était étaient sera seront serait fut "
                         "été va vont allait peut peuvent pourrait doit doivent devrait devraient s'est se "
                         "n'a n'est n'avait"),
    copulas=word_set("est sont était étaient reste restait semble"),
    say_verbs=word_set("déclare annonce indique dit estime déclaré annoncé indiqué précisé affirmé expliqué résume "
                       "confirmé"),
    relation_verbs=word_set("suit suivait comprend comprenait"),
    say_particles=word_set("annoncé indiqué déclaré"),
    quantifiers=word_set("environ près plus moins quelque"),
    noun_linkers=word_set("de du d'"),
    verb_second=False,
)

BY_LANGUAGE: dict[str, ClassWords] = {"nl": NL, "de": DE, "en": EN, "fr": FR}


def class_words(language: str | None) -> ClassWords:
    """The word classes of ``language`` (English for unknown languages)."""
    return BY_LANGUAGE.get(language or "en", EN)
