"""Example exports of the sample timeline (the 40-event Drielandentunnel story) in every format.

    QT_QPA_PLATFORM=offscreen .venv/bin/python build/make_examples.py [resources/examples]

Writes timeline.png (and @2x), timeline-dark.png, timeline.svg, timeline-a4.pdf, timeline.html,
timeline-timelinejs.json and timeline-sheet.csv. Deterministic apart from PNG/PDF encoder bytes.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canvas_screenshots import ERAS, LANE_COLOURS, STORY

from timeline_app.domain.models import EventSource, EventStatus
from timeline_app.services.publishing import ExportOptions, export_timeline
from timeline_app.storage import Archive, NewArticle, NewEvent, open_archive

OUTLETS = (
    ("Grensbode", "nl", "https://grensbode.example/drielandentunnel/achtergrond"),
    ("Aachener Nachrichten", "de", "https://an.example/region/tunnel-chronik"),
    ("Le Soir", "fr", "https://lesoir.example/tunnel-des-trois-pays"),
    ("Reuters", "en", None),
)
NOTES = {
    5: "Signed by the transport ministers of Belgium, Germany and the Netherlands.",
    17: "Het boorwerk lag drie maanden stil.",
    33: "Die Pumpen liefen seit 2021 ohne gültige Genehmigung.",
}


def build_example(archive: Archive) -> int:
    """The sample timeline with four sources, public and internal notes; returns its id."""
    with archive.write() as tx:
        articles = [
            tx.articles.add(NewArticle(
                title=f"Drielandentunnel — {name} dossier", text=f"{name} dossier.", content_hash=f"example-{i}",
                format="html", language=lang, source_name=name, url=url, published=dt.date(2025, 2, 14 - i),
            )).id
            for i, (name, lang, url) in enumerate(OUTLETS)
        ]
        timeline = tx.timelines.create("Drielandentunnel: hoe het zo kwam",
                                       "Dertig jaar plannen, boren en procederen onder de grensheuvels")
        lanes = {name: tx.lanes.add_lane(timeline.id, name, colour=colour).id for name, colour in LANE_COLOURS.items()}
        for name, start, end in ERAS:
            tx.lanes.add_era(timeline.id, name, start, end)
        for index, (lane, title, span) in enumerate(STORY):
            sentence = f"{title}, according to {OUTLETS[index % 4][0]}."
            sources = [EventSource(articles[index % 4], 0, 10, sentence, 0, len(sentence), span.value)]
            if index % 6 == 0:
                sources.append(EventSource(articles[(index + 1) % 4], 0, 10, f"{title}.", 0, len(title) + 1, span.value))
            event = tx.events.add(NewEvent(title, span, status=EventStatus.ACCEPTED), sources)
            entry = tx.timelines.add_entry(timeline.id, event.id, lane_id=lanes[lane])
            tx.timelines.update_entry(entry.id, public_note=NOTES.get(index, ""),
                                      internal_note="INTERNAL: check with the desk" if index % 3 == 0 else "")
        return timeline.id


def main(out_dir: str) -> int:
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, open_archive(Path(tmp) / "examples.sqlite3") as archive:
        timeline = build_example(archive)
        jobs = [
            ("png", "timeline.png", ExportOptions(language="nl")),
            ("png", "timeline@2x.png", ExportOptions(language="nl", scale=2)),
            ("png", "timeline-dark.png", ExportOptions(language="nl", theme="dark")),
            ("png", "timeline-2022-2025.png", ExportOptions(language="nl", date_from=dt.date(2022, 1, 1),
                                                             date_to=dt.date(2025, 12, 31))),
            ("svg", "timeline.svg", ExportOptions(language="nl")),
            ("pdf", "timeline-a4.pdf", ExportOptions(language="nl", page="a4")),
            ("html", "timeline.html", ExportOptions(language="nl")),
            ("timelinejs", "timeline-timelinejs.json", ExportOptions(language="nl")),
            ("csv", "timeline-sheet.csv", ExportOptions(language="nl")),
        ]
        for fmt, name, options in jobs:
            path = export_timeline(archive, timeline, fmt, target / name, options)
            print(f"{path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "resources/examples"))
