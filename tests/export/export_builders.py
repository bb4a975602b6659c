"""A small, fixed timeline for export tests: lanes, an era, exact/approximate/open/range dates, hostile text."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from timeline_app.domain.dates import DateSpan, Precision, Qualifier
from timeline_app.domain.models import EventSource, EventStatus
from timeline_app.storage import Archive, NewArticle, NewEvent

HOSTILE = "<img src=x onerror=alert(1)>"
SCRIPT_BREAK = "</script><script>alert(2)</script><!--"
INTERNAL = "INTERNAL-NOTE-do-not-publish"

D = dt.datetime
EVENTS: list[tuple[str, str, DateSpan, str]] = [
    ("Diplomacy", "Treaty signed in Maastricht", DateSpan.day(dt.date(2014, 3, 13)), "All three ministers signed."),
    ("Diplomacy", "First talks on a freight link", DateSpan.decade(1990, approximate=True), ""),
    ("Works", "Boring machine starts", DateSpan.month(2019, 10), ""),
    ("Works", "Works paused",
     DateSpan(D(2020, 3, 16), D(2020, 6, 2), Precision.DAY, "2020-03-16/2020-06-01", qualifier=Qualifier.BETWEEN), ""),
    ("Works", "Opening pushed back", DateSpan.year(2028).with_qualifier(Qualifier.AFTER), ""),
    ("Water", "Wells run dry", DateSpan.month(2022, 5, approximate=True), ""),
    ("Water", "Putten droog", DateSpan(D(2023, 6, 19), D(2023, 6, 26), Precision.WEEK, "2023-W25"), ""),
    ("Water", "Groundwater falls", DateSpan(D(2023, 6, 1), D(2023, 9, 1), Precision.SEASON, "2023-SU"), ""),
    ("Water", "Budget revised", DateSpan(D(2025, 4, 1), D(2025, 7, 1), Precision.QUARTER, "2025-Q2"), ""),
    ("Water", "Press conference", DateSpan(D(2024, 10, 2, 14), D(2024, 10, 2, 15), Precision.HOUR, "2024-10-02T14"), ""),
]


def build_timeline(archive: Archive, *, hostile: bool = False) -> int:
    """The test timeline (ten events in three lanes, one era); returns its id."""
    source_name = HOSTILE if hostile else "Grensbode"
    with archive.write() as tx:
        first = tx.articles.add(NewArticle(
            title="Tunnel dossier" + (SCRIPT_BREAK if hostile else ""), text="x", content_hash="export-1",
            format="txt", language="en", source_name=source_name, url="https://news.example/tunnel?a=1&b=2",
            published=dt.date(2025, 2, 14),
        )).id
        second = tx.articles.add(NewArticle(
            title="Wire copy", text="y", content_hash="export-2", format="txt", language="en",
            url="javascript:alert(3)", published=dt.date(2025, 2, 12),
        )).id
        timeline = tx.timelines.create("Tunnel: how we got here", "Thirty years under the hills")
        lanes = {name: tx.lanes.add_lane(timeline.id, name).id for name in ("Diplomacy", "Works", "Water")}
        tx.lanes.add_era(timeline.id, "Negotiations", D(1991, 1, 1), D(2014, 3, 13))
        for index, (lane, title, span, note) in enumerate(EVENTS):
            if hostile and index == 0:
                title = HOSTILE
            sentence = f"{title} & more, the paper said."
            if hostile and index == 1:
                sentence = SCRIPT_BREAK
            sources = [EventSource(first if index % 2 == 0 else second, 0, 5, sentence, 0, len(sentence), span.value)]
            event = tx.events.add(NewEvent(title, span, status=EventStatus.ACCEPTED), sources)
            entry = tx.timelines.add_entry(timeline.id, event.id, lane_id=lanes[lane])
            public = (HOSTILE if hostile else note) if index == 0 else note
            tx.timelines.update_entry(entry.id, public_note=public, internal_note=INTERNAL)
        return timeline.id


GOLDEN = Path(__file__).parent / "golden"


def check_golden(name: str, text: str) -> None:
    """Compare ``text`` with the golden file ``name``; ``UPDATE_GOLDEN=1`` rewrites it."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8", newline="")
    assert path.exists(), f"golden file {name} is missing: run with UPDATE_GOLDEN=1"
    assert text == path.read_bytes().decode("utf-8"), f"{name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it)"


def build_large(archive: Archive, *, lanes: int = 20, events: int = 240, days: int = 730) -> int:
    """A tall timeline: ``events`` events over ``lanes`` lanes and ``days`` days, exact, approximate,
    open and ranged dates mixed; each title starts with its number ("H007"). Returns its id."""
    import random

    rng = random.Random(12)
    with archive.write() as tx:
        article = tx.articles.add(NewArticle(title="Wire", text="z", content_hash="export-large", format="txt",
                                             language="en", published=dt.date(2025, 2, 14))).id
        timeline = tx.timelines.create("Twenty lanes", "A tall timeline")
        lane_ids = [tx.lanes.add_lane(timeline.id, f"Lane {n + 1}").id for n in range(lanes)]
        for n in range(events):
            day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, days))
            kind = n % 5
            if kind == 1:
                span = DateSpan.month(day.year, day.month, approximate=True)
            elif kind == 2:
                span = DateSpan.year(day.year).with_qualifier(Qualifier.SINCE)
            elif kind == 3:
                end = day + dt.timedelta(days=rng.randrange(20, 400))
                span = DateSpan(D(day.year, day.month, day.day), D(end.year, end.month, end.day), Precision.DAY,
                                f"{day.isoformat()}/{end.isoformat()}", qualifier=Qualifier.BETWEEN)
            else:
                span = DateSpan.day(day)
            title = f"H{n:03d} " + rng.choice(("talks", "ruling on the tunnel", "budget", "protest in Aachen"))
            source = EventSource(article, 0, 1, title, 0, len(title), span.value)
            event = tx.events.add(NewEvent(title, span, status=EventStatus.ACCEPTED), [source])
            tx.timelines.add_entry(timeline.id, event.id, lane_id=lane_ids[n % lanes])
        return timeline.id
