"""Render the timeline canvas to PNG (offscreen): a 40-event story with lanes, eras and fuzzy
dates (light and dark, whole story and zoomed in) and a 10,000-event timeline.

    QT_QPA_PLATFORM=offscreen .venv/bin/python build/canvas_screenshots.py resources/screenshots
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from bench_canvas import bulk_timeline
from PySide6.QtWidgets import QApplication, QStyleFactory

from timeline_app.domain.dates import DateSpan, Precision, Qualifier
from timeline_app.domain.models import EditorialStatus, EventSource, EventStatus
from timeline_app.layout import to_days
from timeline_app.storage import Archive, NewArticle, NewEvent, open_archive
from timeline_app.ui.canvas import TimelinePanel
from timeline_app.ui.ops import OpRunner
from timeline_app.ui.palette import dark_palette

D = dt.datetime


def _span(start: D, end: D, precision: Precision, value: str, *, approximate: bool = False,
          qualifier: Qualifier | None = None) -> DateSpan:
    return DateSpan(start, end, precision, value, approximate, qualifier)


def day(y: int, m: int, d: int, **kw: bool) -> DateSpan:
    return DateSpan.day(dt.date(y, m, d), approximate=kw.get("approximate", False))


STORY: list[tuple[str, str, DateSpan]] = [
    ("Diplomatie", "First talks on a freight link under the border hills", DateSpan.decade(1990, approximate=True)),
    ("Diplomatie", "Haalbaarheidsstudie Drielandentunnel gepresenteerd", DateSpan.year(1998)),
    ("Diplomatie", "Belgium joins the tunnel consortium", DateSpan.month(2006, 5)),
    ("Diplomatie", "Route unter dem Wurmtal festgelegt", DateSpan.year(2009, approximate=True)),
    ("Diplomatie", "Ministers agree on cost split", day(2013, 11, 22)),
    ("Diplomatie", "Three countries sign treaty in Maastricht", day(2014, 3, 13)),
    ("Diplomatie", "Parlementen ratificeren het verdrag", DateSpan.month(2015, 6, approximate=True)),
    ("Diplomatie", "Bundestag stimmt Finanzierung zu", DateSpan.month(2016, 2)),
    ("Diplomatie", "Ministers spreken in Genève schadefonds af", DateSpan.month(2024, 10, approximate=True)),
    ("Diplomatie", "Schadefonds van 60 miljoen voor omwonenden", day(2024, 11, 28)),
    ("Bouw", "Opening pushed to 2028", DateSpan.year(2028).with_qualifier(Qualifier.AFTER)),
    ("Bouw", "Tender for boring machines awarded", DateSpan.month(2018, 4)),
    ("Bouw", "Tunnelboormachine ‘Griet’ komt aan in Antwerpen", day(2019, 8, 20)),
    ("Bouw", "Boring machine ‘Griet’ starts under the hills", day(2019, 10, 7)),
    ("Bouw", "First 1,000 metres bored", DateSpan.month(2020, 2, approximate=True)),
    ("Bouw", "Works paused during the pandemic",
     _span(D(2020, 3, 16), D(2020, 6, 2), Precision.DAY, "2020-03-16/2020-06-01", qualifier=Qualifier.BETWEEN)),
    ("Bouw", "Zweite Maschine ‘Liesel’ startet bei Aachen", day(2020, 9, 14)),
    ("Bouw", "Waterinbraak stilt boorwerk bij Gemmenich", day(2022, 2, 3)),
    ("Bouw", "Boorwerk hervat na injecties", DateSpan.month(2022, 5)),
    ("Bouw", "Dépassement de 400 millions annoncé", day(2022, 12, 16)),
    ("Bouw", "Halfway: seven kilometres bored", day(2023, 4, 18)),
    ("Bouw", "Breakthrough expected", DateSpan.year(2026, approximate=True)),
    ("Bouw", "Rail systems fitted in the tunnel",
     _span(D(2026, 6, 1), D(2027, 12, 1), Precision.MONTH, "2026-06/2027-11", approximate=True,
           qualifier=Qualifier.BETWEEN)),
    ("Water", "Anwohner gründen Bürgerinitiative", DateSpan.month(2022, 4)),
    ("Water", "Wells fall dry in Lindenau", DateSpan.month(2022, 5, approximate=True)),
    ("Water", "Putten droog in Epen en Slenaken", _span(D(2023, 6, 19), D(2023, 6, 26), Precision.WEEK, "2023-W25")),
    ("Water", "Tankwagens brengen drinkwater",
     _span(D(2023, 6, 21), D(2023, 6, 22), Precision.DAY, "2023-06-21", qualifier=Qualifier.SINCE)),
    ("Water", "Grundwasserspiegel sinkt um zwei Meter", _span(D(2023, 6, 1), D(2023, 9, 1), Precision.SEASON, "2023-SU")),
    ("Water", "Bewoners eisen schadevergoeding", DateSpan.month(2024, 1, approximate=True)),
    ("Water", "Water board measures first recovery", DateSpan.month(2024, 9)),
    ("Water", "Drinking water restored in Epen", day(2024, 10, 2)),
    ("Recht & geld", "Klage beim Verwaltungsgericht Aachen eingereicht", day(2022, 6, 14)),
    ("Recht & geld", "Contractors claim extra costs", DateSpan.year(2023).with_qualifier(Qualifier.BEFORE)),
    ("Recht & geld", "Arbitration filed at The Hague", day(2023, 9, 11)),
    ("Recht & geld", "Court hears groundwater permit case", day(2023, 11, 8)),
    ("Recht & geld", "Gericht stoppt Grundwasserpumpen", day(2024, 3, 21)),
    ("Recht & geld", "Arbitral hearings in Geneva",
     _span(D(2024, 5, 1), D(2024, 8, 1), Precision.MONTH, "2024-05/2024-07", qualifier=Qualifier.BETWEEN)),
    ("Recht & geld", "Sentence arbitrale : 210 millions pour le consortium", day(2025, 2, 13)),
    ("Recht & geld", "Budget revised to €2.1 billion", _span(D(2025, 4, 1), D(2025, 7, 1), Precision.QUARTER, "2025-Q2")),
    ("Recht & geld", "Gemeenten vragen opheldering over kosten", DateSpan.month(2025, 3, approximate=True)),
]
ERAS = [
    ("Onderhandelingen", D(1991, 1, 1), D(2014, 3, 13)),
    ("Bouw", D(2019, 10, 7), D(2028, 1, 1)),
    ("Arbitrage", D(2023, 9, 11), D(2025, 2, 13)),
]
LANE_COLOURS = {"Diplomatie": "#2f6fb5", "Bouw": "#d0731d", "Water": "#1f8a8a", "Recht & geld": "#b8403b"}




def _article(archive: Archive, n: int) -> int:
    with archive.write() as tx:
        text = f"Drielandentunnel article {n}."
        return tx.articles.add(NewArticle(title=f"Drielandentunnel — achtergrond {n}", text=text,
                                          content_hash=f"shot-{n}", format="txt", language="nl",
                                          published=dt.date(2025, 2, 14), source_name="Grensbode")).id


def build_story(archive: Archive) -> int:
    """The 40-event Drielandentunnel timeline; returns its id."""
    article_id = _article(archive, 1)
    with archive.write() as tx:
        timeline = tx.timelines.create("Drielandentunnel: hoe het zo kwam")
        lanes = {name: tx.lanes.add_lane(timeline.id, name, colour=colour).id for name, colour in LANE_COLOURS.items()}
        for name, start, end in ERAS:
            tx.lanes.add_era(timeline.id, name, start, end)
        for index, (lane, title, span) in enumerate(STORY):
            source = EventSource(article_id, 0, 10, f"{title}.", 0, len(title) + 1, span.value)
            event = tx.events.add(NewEvent(title, span, status=EventStatus.ACCEPTED), [source])
            entry = tx.timelines.add_entry(timeline.id, event.id, lane_id=lanes[lane])
            if index % 7 == 3:
                tx.timelines.update_entry(entry.id, editorial_status=EditorialStatus.NEEDS_CHECK)
            elif index % 5 == 1:
                tx.timelines.update_entry(entry.id, editorial_status=EditorialStatus.VERIFIED)
        return timeline.id


def shoot(panel: TimelinePanel, path: Path) -> None:
    """Render the panel to ``path``."""
    QApplication.processEvents()
    panel.grab().save(str(path))
    print(path)


def main(out_dir: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setStyle(QStyleFactory.create("Fusion"))
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    light = app.style().standardPalette()
    with tempfile.TemporaryDirectory() as tmp, open_archive(Path(tmp) / "canvas.sqlite3") as archive:
        story = build_story(archive)
        large = bulk_timeline(archive, 10_000, name="10,000 events")
        with archive.write() as tx:
            tx.lanes.add_era(large, "Planning", D(2000, 1, 1), D(2008, 1, 1))
            tx.lanes.add_era(large, "Works", D(2016, 1, 1), D(2025, 1, 1))
        ops = OpRunner(archive)  # from here on, writes go through it (there are none: shots only)
        for suffix, palette in (("", light), ("-dark", dark_palette())):
            app.setPalette(palette)
            panel = TimelinePanel(archive, ops, language="nl")
            panel.resize(1440, 820)
            panel.show()
            panel.set_timeline(story)
            shoot(panel, target / f"canvas-story{suffix}.png")
            panel.view.zoom_to_range(to_days(dt.date(2021, 10, 1)), to_days(dt.date(2025, 6, 1)))
            ids = sorted(panel.document.entries)
            panel.scene.set_selection([ids[19]])
            panel.view.keys.focus_entry(ids[19], select=True)
            shoot(panel, target / f"canvas-story-zoomed{suffix}.png")
            panel.close()
        app.setPalette(light)
        panel = TimelinePanel(archive, ops, language="en")
        panel.resize(1440, 820)
        panel.show()
        panel.set_timeline(large)
        shoot(panel, target / "canvas-10k.png")
        panel.view.zoom_to_range(to_days(dt.date(2019, 3, 1)), to_days(dt.date(2019, 5, 1)))
        shoot(panel, target / "canvas-10k-zoomed.png")
        ops.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "resources/screenshots"))
