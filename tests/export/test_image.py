"""PNG, SVG and PDF exports: sizes, sampled pixels, scale, pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from export.export_builders import build_timeline

from timeline_app.services.publishing import ExportOptions, export_timeline
from timeline_app.storage import Archive

pytestmark = pytest.mark.usefixtures("qapp")


def _colour_share(image: object, hex_colour: str, tolerance: int = 40) -> float:
    from PySide6.QtGui import QColor, QImage

    assert isinstance(image, QImage)
    want = QColor(hex_colour)
    hits = total = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            c = image.pixelColor(x, y)
            total += 1
            if abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue()) < tolerance:
                hits += 1
    return hits / total


def test_png_size_pixels_and_scale(archive: Archive, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    timeline = build_timeline(archive)
    one = export_timeline(archive, timeline, "png", tmp_path / "one.png", ExportOptions(width=1200))
    two = export_timeline(archive, timeline, "png", tmp_path / "two.png", ExportOptions(width=1200, scale=2))
    image, double = QImage(str(one)), QImage(str(two))
    assert image.width() == 1200 and 500 < image.height() < 1600
    assert (double.width(), double.height()) == (2400, image.height() * 2)
    assert image.pixelColor(3, 3).name() == "#ffffff"  # light background
    assert _colour_share(image, "#2f6fb5") > 0.0002  # first lane's colour: legend, markers, card accents
    assert _colour_share(image, "#1b1f24", 60) > 0.004  # dark text: title and card titles
    dark = export_timeline(archive, timeline, "png", tmp_path / "dark.png", ExportOptions(width=1200, theme="dark"))
    assert QImage(str(dark)).pixelColor(3, 3).name() == "#17181a"


def test_readable_at_200_events(archive: Archive, tmp_path: Path) -> None:
    import datetime as dt

    from PySide6.QtGui import QImage

    from timeline_app.domain.dates import DateSpan
    from timeline_app.domain.models import EventSource
    from timeline_app.export.image import TimelinePicture
    from timeline_app.services.publishing import load_published
    from timeline_app.storage import NewArticle, NewEvent

    with archive.write() as tx:
        article = tx.articles.add(NewArticle(title="a", text="b", content_hash="h", format="txt", language="en")).id
        timeline = tx.timelines.create("Two hundred")
        lanes = [tx.lanes.add_lane(timeline.id, name).id for name in ("A", "B", "C", "D")]
        for i in range(200):
            span = DateSpan.day(dt.date(2015, 1, 1) + dt.timedelta(days=i * 13))
            event = tx.events.add(NewEvent(f"Event number {i} in the story", span), [EventSource(article, 0, 1, "s", 0, 1, "")])
            tx.timelines.add_entry(timeline.id, event.id, lane_id=lanes[i % 4])
    picture = TimelinePicture(load_published(archive, timeline.id), 4200)
    clustered = sum(c.count for c in picture.frame.layout.visible_clusters(-1e9, -1e9, 1e9, 1e9))
    assert clustered == 0  # every event has its own card
    out = export_timeline(archive, timeline.id, "png", tmp_path / "200.png")
    assert QImage(str(out)).width() >= 3000


def test_svg_and_pdf(archive: Archive, tmp_path: Path) -> None:
    timeline = build_timeline(archive)
    svg = export_timeline(archive, timeline, "svg", tmp_path / "t.svg").read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and "<svg" in svg and "Tunnel: how we got here" in svg
    a4 = export_timeline(archive, timeline, "pdf", tmp_path / "a4.pdf", ExportOptions(page="a4")).read_bytes()
    a3 = export_timeline(archive, timeline, "pdf", tmp_path / "a3.pdf", ExportOptions(page="a3")).read_bytes()
    assert a4.startswith(b"%PDF") and a3.startswith(b"%PDF")
    assert b"/MediaBox [0 0 842" in a4 and b"/MediaBox [0 0 1191" in a3  # landscape, in points
