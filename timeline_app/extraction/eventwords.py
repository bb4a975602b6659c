"""Small per-language word lists used by event extraction (headlines, names, similarity, cues)."""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set."""
    return frozenset(text.split())


STOPWORDS: dict[str, frozenset[str]] = {
    "en": word_set(
        "a an the and or but if of in on at to for from by with without about as into over under after before "
        "since until during between than that this these those it its he she they we you i his her their our "
        "your my is are was were be been being has have had do does did will would shall should can could may "
        "might must not no so also only just then there here when where which who whom whose what while "
        "according said says say told more most some such other another all any each both several many much "
        "very still already yet even now up down out off again once however because though although"
    ),
    "nl": word_set(
        "de het een en of maar als dan van in op aan te tot voor na met zonder over onder bij uit door naar om "
        "tegen tussen sinds vanaf dat die dit deze daar hier er het hij zij ze wij we jij je u ik hun haar zijn "
        "ons onze mijn is was waren wordt werd worden zijn was heeft hebben had hadden zal zullen zou zouden kan "
        "kunnen kon konden moet moeten moest mag niet geen ook nog al wel toen waar wie wat welke volgens zegt "
        "zei aldus maar want omdat hoewel terwijl nu dus echter bijna ongeveer ruim meer veel enkele alle elk"
    ),
    "fr": word_set(
        "le la les l un une des du de d et ou mais si en dans sur sous à au aux par pour avec sans entre depuis "
        "avant après pendant chez vers que qui quoi dont où ce cet cette ces il elle ils elles on nous vous je "
        "son sa ses leur leurs notre nos mon ma mes est sont était étaient a ont avait avaient sera seront "
        "serait fut été être avoir peut pourrait doit devrait ne pas plus aussi encore déjà selon a déclaré "
        "dit lors alors comme ainsi mais car donc toutefois cependant tous toutes tout"
    ),
    "de": word_set(
        "der die das den dem des ein eine einen einem einer eines und oder aber wenn als von vom in im an am auf "
        "aus bei beim mit ohne über unter nach vor seit bis zum zur für gegen zwischen durch dass dies diese "
        "dieser dieses es er sie wir ihr ich sein seine ihre unser mein ist sind war waren wird wurde werden "
        "wurden hat haben hatte hatten kann können konnte muss müssen soll sollen will wollen nicht kein keine "
        "auch noch schon nur dann da wo wer was welche laut sagte sagt so sowie jedoch denn weil obwohl während"
    ),
}
ALL_STOPWORDS: frozenset[str] = frozenset().union(*STOPWORDS.values())

# Words that may precede a date and go with it when the date is cut out of a headline.
DATE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "en": word_set("on in at since by until till from of during before after around about through to as early late"),
    "nl": word_set("op in van sinds tot vanaf rond om per voor na tegen tussen sedert gedurende al reeds vóór"),
    "fr": word_set("le en du depuis dès au à avant après jusqu'au jusqu'en jusqu'à vers entre pour d'ici ce cette dans"),
    "de": word_set("am im seit bis ab vom zum zur in an um nach vor zwischen von dem bereits schon"),
}
DATE_CONJUNCTIONS: frozenset[str] = word_set("and or to en tot et à ou und bis oder - – —")

# Titles and roles directly before a person's name ("woordvoerder Femke Aalders").
ROLE_WORDS: frozenset[str] = word_set(
    "mr mrs ms dr prof sir lady minister president premier director chairman chairwoman spokesman "
    "spokeswoman spokesperson mayor judge engineer farmer hydrologist lawyer ceo chief secretary "
    "dhr mevr mevrouw meneer burgemeester minister-president woordvoerder woordvoerster directeur voorzitter "
    "rechter advocaat boer fruitteler ingenieur hydroloog projectleider wethouder staatssecretaris "
    "m mme mlle monsieur madame ministre président présidente directeur directrice porte-parole maire juge "
    "avocat avocate agriculteur conseiller conseillère ingénieur "
    "herr frau dr minister ministerin präsident präsidentin direktor direktorin sprecher sprecherin "
    "bürgermeister bürgermeisterin richter richterin anwalt anwältin landwirt landwirtin ingenieur "
    "bauer bäuerin geschäftsführer vorsitzende vorsitzender "
    "official officials leader captain coach trainer goalkeeper manager executive assistent aanvoerder doelman "
    "keeper bondscoach topman topvrouw onderzoeksleider onderzoeker biologe bioloog biologin forscherin forscher "
    "kapitän torwart chef-koch entraîneur capitaine gardien pdg échevin échevine"
)
# Verbs of saying that a name often follows ("zegt Femke Aalders", "said Greet Lemmens").
SAY_WORDS: frozenset[str] = word_set("said says told zegt zei zeggen aldus dit déclare explique sagt sagte erklärt erklärte")

# Prepositions that put a following proper name in a place ("in Genève", "bei Lindenau").
PLACE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "en": word_set("in at near from outside inside across around to towards"),
    "nl": word_set("in te bij nabij naar uit buiten rond richting"),
    "fr": word_set("à au en près depuis vers dans"),
    "de": word_set("in bei aus nahe"),
}
# Joiners inside multi-word names ("Lindenau am Wurmtal", "Hof van Arbitrage", "Joost van Dam").
NAME_PARTICLES: frozenset[str] = word_set("van der den de du des la le am an der von vom zu of d' ten ter op sur")
# Last words that make a capitalized sequence an organization rather than a person.
ORG_WORDS: frozenset[str] = word_set(
    "bau bouw tunnelbouw rail group groep company bank court hof gericht tribunal cour council raad rat "
    "ministry ministerie ministerium parliament parlement university universiteit universität gmbh ag bv nv "
    "sa ltd inc plc corp union unie agency agentschap autorité behörde bezirksregierung commission commissie "
    "kommission party partij partei times post news echo bode wire bulletin courrier house tunnel "
    "initiative initiatief staatstoezicht consortium konsortium"
)

# Words that make a statement about the future or a condition.
FUTURE_CUES: frozenset[str] = word_set(
    "will would shall expected expects plans plan planned intends scheduled due "
    "zal zullen zou zouden gaat verwacht verwachten plant gepland moet moeten "
    "va vont sera seront devrait devraient prévu prévoit compte "
    "wird werden soll sollen geplant erwartet will wollen"
)
CONDITIONAL_CUES: frozenset[str] = word_set(
    "if unless could might may possibly perhaps indien tenzij mogelijk misschien wellicht "
    "si pourrait pourraient peut-être éventuellement wenn falls könnte könnten vielleicht möglicherweise eventuell"
)
