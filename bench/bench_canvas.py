"""Timeline canvas: open time and frame times at several zoom levels for 1k/10k/100k events.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_canvas.py [--sizes 1000 10000 100000]

For each size a timeline is bulk-inserted into a fresh archive (this measures the canvas, not
import). "open" is ``TimelinePanel.set_timeline`` (read entries and events, lay out, fit)
plus the first frame. Per zoom level: "zoom" is the step into that level with a fresh layout
(cold: the first frame, from a layout of the visible window on large timelines, then the idle
slices completing the layout, the last one with the frame that shows it) and from the layout
cache (warm); "pan" is the median of frames panned by 160 px.
Frames are rendered offscreen with ``viewport().grab()``. The baseline renders the same
events as one QGraphicsItem each (positions from the same layout) in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene, QGraphicsView, QWidget
from sqlalchemy import insert

from timeline_app.layout import to_days
from timeline_app.storage import Archive, NewArticle, open_archive
from timeline_app.storage.tables import EventRow, EventSourceRow, LaneRow, TimelineEntryRow, TimelineRow
from timeline_app.ui.canvas import TimelinePanel
from timeline_app.ui.ops import OpRunner

WORDS = ("Ministers", "Court", "Council", "Residents", "Engineers", "Union", "Regulator", "Consortium", "Mayor")
VERBS = ("meet on", "rule on", "protest against", "report on", "approve", "question", "delay")
TOPICS = ("the tunnel budget", "groundwater levels", "the freight route", "noise limits", "compensation")
LANES = ("Politics", "Courts", "Construction", "Residents", "Money", "Press")
YEARS = 25
ZOOMS = (("all", None), ("5 years", 5 * 365), ("1 year", 365), ("1 month", 30), ("1 week", 7))


def bulk_timeline(archive: Archive, count: int, *, seed: int = 7, name: str | None = None) -> int:
    """Insert ``count`` day-precision events on a new timeline with six lanes (bulk SQL); returns its id."""
    rng = random.Random(seed)
    now = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    with archive.write() as tx:
        article = tx.articles.add(NewArticle(title="Bench source", text="x", content_hash=f"bench-{count}-{seed}",
                                             format="txt", language="en"))
        timeline = TimelineRow(name=name or f"bench {count}", created_at=now, updated_at=now)
        tx.session.add(timeline)
        tx.session.flush()
        assert timeline.id is not None
        lane_ids = []
        for position, lane_name in enumerate(LANES):
            lane = LaneRow(timeline_id=timeline.id, name=lane_name, position=position)
            tx.session.add(lane)
            tx.session.flush()
            lane_ids.append(lane.id)
        first = tx.session.execute(insert(EventRow).values(title="seed", precision=2, value="x", created_at=now,
                                                            updated_at=now)).inserted_primary_key
        base_id = int(first[0]) + 1 if first else 1
        events, sources, entries = [], [], []
        for i in range(count):
            moment = dt.date(2000, 1, 1) + dt.timedelta(days=int((rng.random() ** 0.6) * YEARS * 365))
            start = dt.datetime(moment.year, moment.month, moment.day)
            title = f"{rng.choice(WORDS)} {rng.choice(VERBS)} {rng.choice(TOPICS)}"
            event_id = base_id + i
            events.append({"id": event_id, "title": title, "span_start": start,
                           "span_end": start + dt.timedelta(days=1), "precision": 2, "value": moment.isoformat(),
                           "approximate": rng.random() < 0.05, "status": "accepted", "created_at": now,
                           "updated_at": now})
            sources.append({"event_id": event_id, "article_id": article.id, "char_start": 0, "char_end": 1,
                            "sentence": title, "sentence_start": 0, "sentence_end": len(title), "timex_text": "x"})
            entries.append({"timeline_id": timeline.id, "event_id": event_id,
                            "lane_id": lane_ids[int(rng.random() ** 1.5 * len(lane_ids))]})
        for table, rows in ((EventRow, events), (EventSourceRow, sources), (TimelineEntryRow, entries)):
            for chunk in range(0, len(rows), 5000):
                tx.session.execute(insert(table), rows[chunk : chunk + 5000])
        return timeline.id


def _frame(widget: QWidget) -> float:
    start = time.perf_counter()
    widget.grab()
    return (time.perf_counter() - start) * 1000


class NaiveEventItem(QGraphicsItem):
    """Baseline: one item per event painting its marker and card."""

    def __init__(self, title: str, width: float) -> None:
        super().__init__()
        self.title = title
        self.width = width

    def boundingRect(self) -> QRectF:
        return QRectF(-6, 0, self.width + 16, 40)

    def paint(self, painter: QPainter, option: object, widget: QWidget | None = None) -> None:
        painter.setBrush(QColor("#2f6fb5"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRectF(-5, 9, 10, 10))
        painter.setPen(QPen(QColor("#ccc")))
        painter.setBrush(QColor("#fff"))
        painter.drawRoundedRect(QRectF(9, 2, self.width, 34), 5, 5)
        painter.setPen(QColor("#222"))
        painter.drawText(QRectF(17, 4, self.width - 16, 30), Qt.AlignmentFlag.AlignVCenter, self.title)


def naive_view(panel: TimelinePanel) -> tuple[QGraphicsView, float]:
    """A scene with one item per event at the positions of the panel's current layout; build ms."""
    start = time.perf_counter()
    scene = QGraphicsScene()
    layout = panel.scene.layout
    source = panel.scene.source
    for entry_id in source.order:
        event = source.events[entry_id]
        item = NaiveEventItem(event.title, event.label_width)
        bounds = layout.bounds(entry_id) or (0.0, 0.0, 0.0, 0.0)
        item.setPos(bounds[0] + 8, bounds[1])
        scene.addItem(item)
    view = QGraphicsView(scene)
    view.setProperty("owned_scene", scene)
    scene.setParent(view)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.resize(panel.view.size())
    view.show()
    return view, (time.perf_counter() - start) * 1000


def run_size(archive: Archive, count: int, naive: bool) -> list[str]:
    """Bench one size; returns markdown table rows."""
    timeline_id = bulk_timeline(archive, count)
    ops = OpRunner(archive)
    panel = TimelinePanel(archive, ops, language="en")
    panel.resize(1440, 820)
    panel.show()
    QApplication.processEvents()
    start = time.perf_counter()
    panel.set_timeline(timeline_id)
    panel.view.viewport().grab()
    open_ms = (time.perf_counter() - start) * 1000
    rows = [f"| {count:,} | open | {open_ms:.0f} ms | | | |"]
    centre = to_days(dt.date(2019, 6, 1))
    panel.view.zoom_to_range(centre - 5 * 365 / 2, centre + 5 * 365 / 2)  # the cold "all" zooms out from 5 years
    while panel.scene.run_layout_slice():
        pass
    for label, days in ZOOMS:
        panel.scene._cache.clear()  # cold: a layout never made before
        start = time.perf_counter()
        if days is None:
            panel.view.fit_all()
        else:
            panel.view.zoom_to_range(centre - days / 2, centre + days / 2)
        panel.view.viewport().grab()
        cold = (time.perf_counter() - start) * 1000
        slices = []
        while True:  # the complete layout, <= PACK_CHUNK events of a lane per idle slice, then the frame showing it
            start = time.perf_counter()
            if not panel.scene.run_layout_slice():
                break
            if panel.scene.layout.window is None and slices is not None:
                panel.view.viewport().grab()
            slices.append((time.perf_counter() - start) * 1000)
        idle = f" (then {len(slices)} idle slices, max {max(slices):.1f} ms)" if slices else ""
        step = panel.scene.zoom_step
        panel.view.set_zoom_step(step + 1)
        start = time.perf_counter()
        panel.view.set_zoom_step(step)  # back to a cached layout
        panel.view.viewport().grab()
        warm = (time.perf_counter() - start) * 1000
        pans = []
        for i in range(12):
            panel.view.pan_by(160 if i % 4 < 2 else -160, 0)
            pans.append(_frame(panel.view.viewport()))
        pan = statistics.median(pans)
        baseline = ""
        if naive:
            view, _build = naive_view(panel)
            view.horizontalScrollBar().setValue(int(panel.view.visible_scene_rect().left() - view.sceneRect().left()))
            frames = []
            for i in range(6):
                view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + (160 if i % 4 < 2 else -160))
                frames.append(_frame(view.viewport()))
            naive_ms = statistics.median(frames)
            baseline = f"{naive_ms:.1f} ms ({naive_ms / max(pan, 0.01):.0f}×)"
            view.close()
        rows.append(f"| {count:,} | {label} | zoom cold {cold:.1f} ms{idle} / warm {warm:.1f} ms | pan {pan:.1f} ms "
                    f"| {baseline} | placed {len(panel.scene.layout._placed):,}, clustered "
                    f"{len(panel.scene.layout._clustered):,} |")
    if naive:
        start = time.perf_counter()
        view, build = naive_view(panel)
        view.viewport().grab()
        rows.append(f"| {count:,} | naive open (build {build:.0f} ms + frame) | "
                    f"{(time.perf_counter() - start) * 1000:.0f} ms | | | |")
        view.close()
    panel.close()
    ops.close()
    archive.bind_writer(None)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--naive-max", type=int, default=100_000, help="largest size to run the naive baseline on")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    print("| events | view | open / zoom | pan frame | naive item-per-event frame | level of detail |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for count in args.sizes:
            with open_archive(Path(tmp) / f"bench-{count}.sqlite3") as archive:
                for row in run_size(archive, count, count <= args.naive_max):
                    print(row, flush=True)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
