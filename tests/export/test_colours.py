"""Colours are #rrggbb where they enter and where they are written into a page: a lane colour
can never carry CSS (issue 16, item 14)."""

from __future__ import annotations

import pytest
from export.export_builders import build_timeline
from sqlmodel import select

from timeline_app.domain.colours import colour_or, parse_colour
from timeline_app.export.html import render_html
from timeline_app.services import timelines as service
from timeline_app.services.publishing import load_published
from timeline_app.storage import Archive
from timeline_app.storage.tables import EraRow, LaneRow, TimelineEntryRow

INJECTION = "red;position:fixed;top:0;left:0;width:100%;height:100%;z-index:99"


@pytest.mark.parametrize(("text", "colour"), [("#2F6FB5", "#2f6fb5"), (" #abc ", "#aabbcc"), ("", None), (None, None)])
def test_well_formed_colours(text: str | None, colour: str | None) -> None:
    assert parse_colour(text) == colour


@pytest.mark.parametrize("text", [INJECTION, "red", "#12345", "#1234567", "#gggggg", "url(x)", 3, "#fff;x:y"])
def test_anything_else_is_not_a_colour(text: object) -> None:
    with pytest.raises(ValueError, match="not a colour"):
        parse_colour(text)
    assert colour_or(text, "#000000") == "#000000"


def test_services_refuse_a_colour_that_is_not_one(archive: Archive) -> None:
    import datetime as dt

    timeline = build_timeline(archive)
    with archive.read() as tx:
        found = tx.timelines.get_required(timeline)
        entry = tx.timelines.entries(timeline)[0]
    with pytest.raises(ValueError, match="not a colour"):
        service.add_lane(archive, timeline, "Nieuw", colour=INJECTION)
    with pytest.raises(ValueError, match="not a colour"):
        service.update_lane(archive, found.lanes[0].id, colour=INJECTION)
    with pytest.raises(ValueError, match="not a colour"):
        service.update_entry(archive, entry.id, colour=INJECTION)
    with pytest.raises(ValueError, match="not a colour"):
        service.add_era(archive, timeline, "Era", dt.datetime(2000, 1, 1), dt.datetime(2001, 1, 1), colour=INJECTION)
    _, after, _ = service.update_lane(archive, found.lanes[0].id, colour="#ABCDEF")
    assert after.colour == "#abcdef"


def test_the_html_writer_drops_a_bad_colour_already_in_an_archive(archive: Archive) -> None:
    timeline = build_timeline(archive)
    with archive.write() as tx:  # as an older release, or a hand-edited file, could have stored it
        for row_type in (LaneRow, EraRow, TimelineEntryRow):
            for row in tx.session.exec(select(row_type)).all():
                row.colour = INJECTION
    page = render_html(load_published(archive, timeline))
    assert "position:fixed;top:0" not in page and "red;" not in page
    assert '<span class="sw lane-0"></span>' in page and " style=" not in page
