"""Small multi-article news stories written for these tests, in Dutch, French and German.

Each story has a few days that matter (named by several outlets, and again by later reports)
and distractors: a day one article repeats many times, routine days named once, the
publication days themselves. ``KEY_DAYS`` are the days an editor's timeline would hold.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Story:
    language: str
    articles: tuple[tuple[str, str, str, str], ...]  # (published, outlet, title, body)
    key_days: tuple[dt.date, ...]
    distractor: dt.date


DUTCH = Story(
    "nl",
    (
        ("2024-03-04", "Rivierenbode", "Dijk bij Westerbroek doorgebroken",
         "Bij Westerbroek is zondag de dijk langs de Lek over een lengte van veertig meter doorgebroken. "
         "Ruim tweeduizend bewoners moesten zondagavond hun huizen verlaten. "
         "Het waterschap spreekt van de zwaarste doorbraak in decennia."),
        ("2024-03-04", "Dagblad Midden", "Evacuatie na dijkdoorbraak",
         "De dijk bij Westerbroek bezweek zondag 3 maart rond het middaguur. "
         "Brandweer en defensie zetten zandzakken in om het gat te dichten. "
         "Volgens de burgemeester is niemand gewond geraakt."),
        ("2024-03-06", "Rivierenbode", "Minister bezoekt getroffen polder",
         "Minister De Vries bezocht dinsdag de polder bij Westerbroek. "
         "Ze beloofde de getroffen bewoners snelle schadevergoeding. "
         "Sinds de doorbraak van zondag staat de polder onder water."),
        ("2024-03-06", "Stadskrant Oost", "Ministersbezoek en zorgen over schade",
         "Op 5 maart kwam minister De Vries naar Westerbroek om de schade te bekijken. "
         "Boeren vrezen dat hun land maanden onbruikbaar blijft. "
         "De dijk brak op 3 maart door na dagen van hoog water."),
        ("2024-03-07", "Stadskrant Oost", "Concert in Westerbroek verplaatst",
         "Het voorjaarsconcert van de harmonie gaat niet door op de oorspronkelijke datum en wordt gehouden op 8 maart. "
         "Kaarten blijven geldig voor 8 maart. "
         "Wie op 8 maart niet kan, krijgt zijn geld terug. "
         "De harmonie repeteert tot 8 maart in de sporthal."),
        ("2024-03-13", "Dagblad Midden", "Rapport: dijk was al jaren zwak",
         "Het onderzoeksrapport dat dinsdag verscheen, stelt dat de dijk al jaren te zwak was. "
         "De doorbraak van 3 maart had volgens de onderzoekers voorkomen kunnen worden. "
         "Het waterschap erkent fouten in het onderhoud."),
        ("2024-03-13", "Rivierenbode", "Waterschap erkent fouten",
         "Na de publicatie van het rapport op 12 maart erkende het waterschap dat inspecties waren uitgesteld. "
         "Bewoners die op 3 maart hun huis moesten verlaten, eisen opheldering."),
        ("2024-03-20", "Stadskrant Oost", "Twee weken na de doorbraak",
         "Op 3 maart brak de dijk bij Westerbroek door. "
         "Op 5 maart bezocht minister De Vries het gebied. "
         "Op 12 maart verscheen het rapport dat het waterschap zware verwijten maakt. "
         "Inmiddels zijn de meeste bewoners terug in hun huizen."),
    ),
    (dt.date(2024, 3, 3), dt.date(2024, 3, 5), dt.date(2024, 3, 12)),
    dt.date(2024, 3, 8),
)

FRENCH = Story(
    "fr",
    (
        ("2023-10-11", "Le Courrier du Nord", "Grève dans les ports de la côte",
         "Les dockers de Dunkerque ont cessé le travail mardi pour protester contre la réforme des retraites. "
         "Le trafic de conteneurs était à l'arrêt toute la journée. "
         "Les syndicats promettent de poursuivre le mouvement."),
        ("2023-10-11", "L'Écho du Littoral", "Les ports bloqués par les dockers",
         "Le mardi 10 octobre, les dockers ont bloqué les terminaux de Dunkerque et de Calais. "
         "Des dizaines de navires attendent au large. "
         "Le préfet appelle au dialogue."),
        ("2023-10-13", "Le Courrier du Nord", "Accord trouvé avec la direction",
         "Un accord a été signé jeudi entre les syndicats et la direction du port. "
         "Les dockers reprendront le travail lundi. "
         "Depuis la grève du 10 octobre, les pertes dépassent dix millions d'euros."),
        ("2023-10-13", "Nord Info", "Fin du conflit dans les ports",
         "Le 12 octobre, syndicats et direction ont conclu un accord après deux jours de négociations. "
         "La grève avait commencé le 10 octobre."),
        ("2023-10-14", "Nord Info", "Braderie reportée",
         "La braderie d'automne est reportée au 21 octobre. "
         "Les exposants inscrits pour le 21 octobre recevront un nouveau plan. "
         "La mairie rappelle que le 21 octobre le stationnement sera interdit dans le centre. "
         "Les inscriptions pour le 21 octobre restent ouvertes."),
        ("2023-10-18", "L'Écho du Littoral", "Les navires repartent",
         "Mardi, le premier porte-conteneurs a quitté Dunkerque depuis la grève. "
         "L'accord du 12 octobre prévoit une prime pour les dockers. "
         "La grève du 10 octobre restera comme la plus dure depuis vingt ans."),
        ("2023-10-25", "Le Courrier du Nord", "Retour sur deux semaines de conflit",
         "Le 10 octobre, les dockers ont bloqué les ports. "
         "Le 12 octobre, un accord a été signé. "
         "Le 17 octobre, le premier navire a repris la mer. "
         "Les syndicats jugent le bilan positif."),
    ),
    (dt.date(2023, 10, 10), dt.date(2023, 10, 12), dt.date(2023, 10, 17)),
    dt.date(2023, 10, 21),
)

GERMAN = Story(
    "de",
    (
        ("2025-02-07", "Rheinische Rundschau", "Zugunglück bei Kleinenbroich",
         "Bei Kleinenbroich sind am Donnerstag zwei Regionalzüge zusammengestoßen. "
         "Mehr als vierzig Fahrgäste wurden verletzt. "
         "Die Strecke zwischen Neuss und Mönchengladbach bleibt gesperrt."),
        ("2025-02-07", "Niederrhein-Kurier", "Zwei Züge kollidiert",
         "Am Donnerstag, dem 6. Februar, stießen bei Kleinenbroich zwei Züge frontal zusammen. "
         "Die Ursache ist noch unklar. "
         "Die Bahn richtete einen Ersatzverkehr mit Bussen ein."),
        ("2025-02-11", "Rheinische Rundschau", "Strecke wieder frei",
         "Seit Montag fahren wieder Züge zwischen Neuss und Mönchengladbach. "
         "Das Unglück vom 6. Februar hatte die Strecke vier Tage lang blockiert."),
        ("2025-02-11", "Niederrhein-Kurier", "Bahnverkehr rollt wieder",
         "Am 10. Februar wurde die Strecke nach dem Zugunglück wieder freigegeben. "
         "Fahrgäste berichten von vollen Zügen."),
        ("2025-02-12", "Niederrhein-Kurier", "Karnevalsumzug verlegt",
         "Der Kinderumzug wird auf den 22. Februar verlegt. "
         "Am 22. Februar beginnt der Zug um 11 Uhr. "
         "Anmeldungen für den 22. Februar nimmt das Rathaus entgegen. "
         "Der Verein freut sich auf den 22. Februar."),
        ("2025-02-19", "Rheinische Rundschau", "Bericht: Signalfehler führte zum Unglück",
         "Ein am Dienstag vorgelegter Bericht nennt einen Signalfehler als Ursache des Unglücks. "
         "Der Zusammenstoß vom 6. Februar hätte verhindert werden können."),
        ("2025-02-19", "Westdeutsche Post", "Signalfehler als Ursache",
         "Der Untersuchungsbericht vom 18. Februar bestätigt einen Fehler im Stellwerk. "
         "Beim Unglück am 6. Februar wurden 43 Menschen verletzt."),
        ("2025-02-26", "Westdeutsche Post", "Drei Wochen nach dem Zugunglück",
         "Am 6. Februar stießen bei Kleinenbroich zwei Züge zusammen. "
         "Am 10. Februar wurde die Strecke wieder freigegeben. "
         "Am 18. Februar legte die Bahn ihren Untersuchungsbericht vor."),
    ),
    (dt.date(2025, 2, 6), dt.date(2025, 2, 10), dt.date(2025, 2, 18)),
    dt.date(2025, 2, 22),
)

STORIES = {"nl": DUTCH, "fr": FRENCH, "de": GERMAN}


def write_story(story: Story, folder: Path) -> list[Path]:
    """The story's articles as Markdown files with front matter, as an editor's export would be."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, (published, outlet, title, body) in enumerate(story.articles):
        path = folder / f"{story.language}-{n:02d}.md"
        body = body.replace(". ", ".\n")  # one sentence a line, as wire copy often comes
        path.write_text(
            f"---\ntitle: {title}\npublished: {published}\nlanguage: {story.language}\nsource: {outlet}\n---\n\n{body}\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths
