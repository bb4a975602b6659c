"""Render the review queue on ~30 realistic events to PNG (offscreen), light and dark.

    QT_QPA_PLATFORM=offscreen .venv/bin/python build/review_screenshot.py resources/screenshots
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QStyleFactory

from timeline_app.domain.dates import DateSpan, Qualifier
from timeline_app.domain.models import EventSource, EventStatus
from timeline_app.extraction.periods import span_for_value
from timeline_app.storage import Archive, NewArticle, NewEvent, open_archive
from timeline_app.ui.ops import OpRunner
from timeline_app.ui.palette import dark_palette
from timeline_app.ui.review import EventEditDialog, ReviewQueueWidget

ARTICLES = (
    ("Grenstunnel: de lange weg naar een verdrag", "NOS", dt.date(2024, 3, 2), "nl"),
    ("Boring under the border begins", "Reuters", dt.date(2019, 5, 14), "en"),
    ("Water dringt tunnel binnen bij Grensbode", "De Grensbode", dt.date(2022, 11, 8), "nl"),
    ("Anwohner klagen über Grundwasserpumpen", "Aachener Zeitung", dt.date(2022, 12, 16), "de"),
    ("Dépassement du budget du tunnel", "Le Soir", dt.date(2022, 10, 3), "fr"),
    ("Putten in de Voerstreek vallen droog", "Het Belang van Limburg", dt.date(2023, 7, 21), "nl"),
    ("Contractor files for arbitration", "Financial Times", dt.date(2023, 6, 12), "en"),
    ("Gericht stoppt die Pumpen", "WDR", dt.date(2024, 2, 9), "de"),
)

# (headline, span, article indexes, confidence, status, conflict)
EVENTS = (
    ("Belgium and Germany sign the tunnel treaty", DateSpan.day(dt.date(2014, 4, 17)), (0, 1), 0.94, "accepted", False),
    ("Eerste haalbaarheidsstudie gepubliceerd", DateSpan.year(2011, approximate=True), (0,), 0.58, "suggested", False),
    ("Parlementen ratificeren het verdrag", DateSpan.month(2015, 2), (0,), 0.81, "suggested", False),
    ("Aanbesteding gegund aan consortium TBM-Euregio", DateSpan.month(2017, 9), (0, 4), 0.77, "suggested", False),
    ("Tunnel boring machine 'Mathilde' starts digging", DateSpan.day(dt.date(2019, 5, 13)), (1,), 0.92, "suggested",
     False),
    ("First 500 metres completed", DateSpan.month(2019, 11), (1,), 0.66, "suggested", False),
    ("Boring paused over the holidays", span_for_value("2019-WI"), (1,), 0.31, "rejected", False),
    ("Kosten lopen op tot 1,9 miljard euro", DateSpan.month(2022, 9), (4, 0), 0.74, "suggested", True),
    ("Le budget dépasse 1,7 milliard d'euros", DateSpan.month(2022, 10), (4,), 0.71, "suggested", True),
    ("Water breekt door in de oostelijke buis", DateSpan.day(dt.date(2022, 11, 7)), (2, 3, 0), 0.96, "suggested",
     False),
    ("Werkzaamheden twee weken stilgelegd", DateSpan.day(dt.date(2022, 11, 8)).with_approximate(), (2,), 0.62,
     "suggested", False),
    ("Grundwasserpumpen laufen rund um die Uhr", DateSpan.month(2022, 12), (3,), 0.55, "suggested", False),
    ("Anwohner gründen Bürgerinitiative", DateSpan.day(dt.date(2022, 12, 14)), (3,), 0.83, "suggested", False),
    ("Nieuwsbrief: schrijf je in voor updates", DateSpan.day(dt.date(2022, 11, 8)), (2,), 0.12, "rejected", False),
    ("Provincie eist onafhankelijk onderzoek", DateSpan.day(dt.date(2023, 1, 19)), (2, 5), 0.79, "suggested",
     False),
    ("Eerste putten vallen droog in Sint-Martens-Voeren", DateSpan.month(2023, 6, approximate=True), (5,), 0.68,
     "suggested", False),
    ("Contractor files for arbitration in The Hague", DateSpan.day(dt.date(2023, 6, 9)), (6, 0), 0.9, "accepted",
     False),
    ("Consortium claims 400 million in extra costs", DateSpan.month(2023, 6), (6,), 0.73, "suggested", False),
    ("Boeren krijgen noodwater uit tankwagens", DateSpan.day(dt.date(2023, 7, 20)), (5,), 0.64, "suggested", False),
    ("Droogte sinds het voorjaar", DateSpan.month(2023, 3).with_qualifier(Qualifier.SINCE), (5,), 0.42,
     "suggested", False),
    ("Ministers beloven schadefonds", DateSpan.month(2024, 1), (0,), 0.86, "suggested", False),
    ("Verwaltungsgericht Aachen stoppt die Pumpen", DateSpan.day(dt.date(2024, 2, 8)), (7, 0), 0.93, "suggested",
     True),
    ("Gericht stoppt Pumpen vorläufig", DateSpan.day(dt.date(2024, 2, 6)), (7,), 0.61, "suggested", True),
    ("Bauarbeiten ruhen bis auf Weiteres", DateSpan.month(2024, 2), (7,), 0.57, "suggested", False),
    ("Oplevering uitgesteld tot 2028", DateSpan.year(2028).with_qualifier(Qualifier.UNTIL), (0,), 0.69, "suggested",
     False),
    ("Tunnel zou oorspronkelijk in 2021 opengaan", DateSpan.year(2021), (0, 2), 0.47, "rejected", False),
    ("Schadefonds van 50 miljoen goedgekeurd", DateSpan.month(2024, 3, approximate=True), (0,), 0.52, "suggested",
     False),
    ("Foto: ANP / Marcel van Hoorn", DateSpan.day(dt.date(2024, 3, 2)), (0,), 0.08, "rejected", False),
    ("Onderzoek naar grondwaterstand begint", DateSpan.month(2023, 2), (2,), 0.6, "suggested", False),
    ("Overleg tussen de deelstaten vastgelopen", DateSpan.year(2023, approximate=True), (0, 5), 0.44, "suggested",
     False),
)


def build_archive(archive: Archive) -> None:
    """Fill ``archive`` with the articles and events above."""
    with archive.write() as tx:
        ids = []
        for title, source, published, language in ARTICLES:
            text = f"{title}. " * 20
            ids.append(tx.articles.add(NewArticle(
                title=title, text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(), format="html",
                source_name=source, published=published, language=language)).id)
        for headline, span, articles, confidence, status, conflict in EVENTS:
            sources = [EventSource(ids[a], 0, 10, f"{headline}.", 0, len(headline) + 1, span.value) for a in articles]
            tx.events.add(NewEvent(title=headline, span=span, confidence=confidence, status=EventStatus(status),
                                   conflict=conflict), sources)




def main(out_dir: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setStyle(QStyleFactory.create("Fusion"))
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    light = app.style().standardPalette()
    with tempfile.TemporaryDirectory() as tmp, open_archive(Path(tmp) / "shot.sqlite3") as archive:
        build_archive(archive)
        ops = OpRunner(archive)
        for theme, palette in (("", light), ("-dark", dark_palette())):
            app.setPalette(palette)
            widget = ReviewQueueWidget(archive, ops)
            if theme:
                widget.filter_bar.set_status(None)  # the dark shot shows every status
            widget.resize(1100, 660)
            widget.show()
            widget.table.setFocus()
            widget.table.selectRow(4)
            app.processEvents()
            path = target / f"review-queue{theme}.png"
            widget.grab().save(str(path))
            print(path)
            widget.close()
            widget.deleteLater()
        app.setPalette(light)
        with archive.read() as tx:
            event = tx.events.get_required(10)
        dialog = EventEditDialog(event, reference_date=dt.date(2022, 11, 8), language="nl")
        dialog.date_edit.setText("c. juni 2023")
        dialog.parse_now()
        dialog.show()
        app.processEvents()
        path = target / "review-edit-dialog.png"
        dialog.grab().save(str(path))
        print(path)
        ops.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "resources/screenshots"))
