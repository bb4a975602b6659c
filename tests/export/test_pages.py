"""Every card whole: the PDF pager paints what touches each page, PNG cards stay inside the border.

Regressions: a 240-event timeline in 20 lanes printed 234 of 240 headlines on A4 (the pager
asked the layout for frame heights, lane headings moved every lane down); cards near the right
edge of a PNG ran past the image border.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from export.export_builders import build_large, build_timeline

from timeline_app.services.publishing import ExportOptions, export_timeline, load_published
from timeline_app.storage import Archive

pytestmark = pytest.mark.usefixtures("qapp")


def _card(placed: object) -> tuple[float, float, float, float]:
    from timeline_app.export.painting import card_rect

    return card_rect(placed)  # type: ignore[arg-type]


def test_pdf_of_20_lanes_and_240_events_paints_every_card_on_every_page_it_touches(
        archive: Archive, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from timeline_app.export.image import TimelinePicture, auto_width, render_png, write_pdf

    published = load_published(archive, build_large(archive))
    picture = TimelinePicture(published, min(auto_width(published), 2400))  # as the PDF export sizes it
    whole = render_png(picture)  # paints everything once: where every card is
    assert not whole.isNull()
    cards = {p.entry_id: _card(p) for p in picture.painted if p.card_width > 0}
    colours = {p.entry_id: picture.lane_colours[p.lane] for p in picture.painted}
    assert len(cards) == 240  # every event has a card of its own
    pages = write_pdf(picture, tmp_path / "tall.pdf", "a4")
    assert len(pages) > 2
    assert pages[0].top == 0 and all(a.bottom == b.top for a, b in itertools.pairwise(pages))
    for entry_id, (_x0, y0, _x1, y1) in cards.items():
        touched = [page for page in pages if y0 < page.bottom and y1 > page.top]
        assert touched, f"card {entry_id} is on no page"
        for page in touched:
            assert entry_id in {p.entry_id for p in page.painted}, f"card {entry_id} missing on a page it touches"
    text = " ".join(page.extract_text() or "" for page in PdfReader(tmp_path / "tall.pdf").pages)
    assert {int(n) for n in re.findall(r"H(\d{3})", text)} == set(range(240))  # (clipped text would count too)
    # What each page shows, painted the way the pager paints it: every card lying on a page has
    # its lane-coloured accent bar there.
    for page in pages:
        image = _page_image(picture, page.top, page.bottom)
        for entry_id, (x0, y0, _x1, y1) in cards.items():
            if page.top <= y0 and y1 <= page.bottom:
                pixel = image.pixelColor(int(x0 + 1.5), int(y0 + (y1 - y0) / 2 - page.top))
                want = colours[entry_id]
                assert abs(pixel.red() - want.red()) + abs(pixel.green() - want.green()) < 60, entry_id


def _page_image(picture: object, top: float, bottom: float) -> object:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(int(picture.width), int(bottom - top) + 1, QImage.Format.Format_ARGB32)  # type: ignore[attr-defined]
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.translate(0, -top)
    painter.setClipRect(QRectF(0, top, picture.width, bottom - top))  # type: ignore[attr-defined]
    picture.paint(painter, top, bottom)  # type: ignore[attr-defined]
    painter.end()
    return image


def test_png_cards_stay_inside_the_image(archive: Archive, tmp_path: Path) -> None:
    from timeline_app.export.image import TimelinePicture, render_png

    for timeline_id in (build_timeline(archive), build_large(archive, lanes=3, events=60)):
        for width in (900, 1400, None):
            published = load_published(archive, timeline_id)
            picture = TimelinePicture(published, width or 1400 + len(published.entries) * 4)
            render_png(picture)
            rects = [_card(p) for p in picture.painted if p.card_width > 0]
            assert rects
            assert all(x0 >= 0 and x1 <= picture.width for x0, _y0, x1, _y1 in rects), (width, max(r[2] for r in rects))


def test_the_sample_articles_export_with_every_card_whole(archive: Archive, tmp_path: Path) -> None:
    """The seed articles' February 2025 cards were cut mid-word at the PNG's right edge."""
    from PySide6.QtGui import QImage

    from timeline_app.export.image import TimelinePicture, render_png
    from timeline_app.paths import samples_dir
    from timeline_app.services import timelines as svc
    from timeline_app.services.importing import import_paths
    from timeline_app.services.samples import sample_files

    import_paths(archive, sample_files(samples_dir()), workers=0)
    with archive.read() as tx:
        ids = tx.events.ids()
    timeline, _ = svc.create_timeline(archive, "Samples", event_ids=ids)
    picture = TimelinePicture(load_published(archive, timeline.id), 1400)
    render_png(picture)
    rects = [_card(p) for p in picture.painted if p.card_width > 0]
    assert len(rects) >= 15
    assert max(x1 for _x0, _y0, x1, _y1 in rects) <= picture.width
    out = export_timeline(archive, timeline.id, "png", tmp_path / "samples.png", ExportOptions(width=1400))
    assert QImage(str(out)).width() == 1400
