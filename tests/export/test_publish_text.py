"""HTML, TimelineJS JSON and CSV exports: golden files, escaping, no internal notes, no network."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from export.export_builders import HOSTILE, INTERNAL, SCRIPT_BREAK, build_timeline, check_golden

from timeline_app.export.html import json_for_script, render_html
from timeline_app.export.timelinejs import to_csv, to_json
from timeline_app.services.publishing import ExportOptions, export_timeline, load_published
from timeline_app.storage import Archive


@pytest.fixture
def timeline(archive: Archive) -> int:
    return build_timeline(archive)


def test_golden_html_json_csv(archive: Archive, timeline: int) -> None:
    published = load_published(archive, timeline)
    check_golden("timeline.html", render_html(published))
    check_golden("timeline.json", to_json(published))
    check_golden("timeline.csv", to_csv(published))


def test_output_is_deterministic(archive: Archive, timeline: int) -> None:
    first = load_published(archive, timeline)
    second = load_published(archive, timeline)
    assert render_html(first) == render_html(second)
    assert to_json(first) == to_json(second) and to_csv(first) == to_csv(second)


def test_internal_notes_never_published(archive: Archive, timeline: int, tmp_path: Path) -> None:
    for fmt in ("html", "timelinejs", "csv"):
        out = export_timeline(archive, timeline, fmt, tmp_path / f"t.{fmt}")
        text = out.read_text(encoding="utf-8")
        assert INTERNAL not in text
        assert "All three ministers signed." in text  # the public note is there


def test_html_is_self_contained(archive: Archive, timeline: int) -> None:
    page = render_html(load_published(archive, timeline))
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"<(link|img|iframe|object|embed)\b", page)
    assert not re.search(r"\b(src|srcset)\s*=", page)
    assert "@import" not in page and "url(" not in page
    assert "fetch(" not in page and "XMLHttpRequest" not in page
    for href in re.findall(r'href="([^"]+)"', page):  # only in-page anchors and article links
        assert href.startswith("#") or href.startswith("https://news.example/")
    assert "javascript:" not in page


def test_hostile_text_is_escaped_everywhere(archive: Archive) -> None:
    published = load_published(archive, build_timeline(archive, hostile=True))
    page = render_html(published)
    assert HOSTILE not in page and "<script>alert" not in page and "<!--" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    data = page.split('<script type="application/json" id="tl-data">')[1].split("</script>")[0]
    assert "<" not in data and ">" not in data
    assert HOSTILE in [e["t"] for e in json.loads(data)["entries"]]  # the script gets the text back as text
    tjs = json.loads(to_json(published))
    assert "&lt;img src=x onerror=alert(1)&gt;" in [e["text"]["headline"] for e in tjs["events"]]
    assert all("<script" not in e["text"]["text"] and "<img" not in e["text"]["text"] for e in tjs["events"])
    assert HOSTILE not in to_csv(published)


def test_json_for_script_escapes_markup() -> None:
    text = json_for_script({"a": SCRIPT_BREAK + "&\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text)["a"] == SCRIPT_BREAK + "&\u2028"


def test_filters_by_period_and_lane(archive: Archive, timeline: int) -> None:
    import datetime as dt

    published = load_published(archive, timeline, ExportOptions(date_from=dt.date(2022, 1, 1),
                                                                 date_to=dt.date(2023, 12, 31)))
    assert [e.title for e in published.entries] == ["Wells run dry", "Groundwater falls", "Putten droog"]
    only = load_published(archive, timeline, ExportOptions(lanes=("works",)))
    assert {e.lane_name for e in only.entries} == {"Works"} and len(only.entries) == 3
    assert [lane.name for lane in only.lanes] == ["Works"]


def test_timelinejs_shape(archive: Archive, timeline: int) -> None:
    data = json.loads(to_json(load_published(archive, timeline)))
    assert data["title"]["text"]["headline"] == "Tunnel: how we got here"
    by_title = {e["text"]["headline"]: e for e in data["events"]}
    assert by_title["Treaty signed in Maastricht"]["start_date"] == {"year": 2014, "month": 3, "day": 13}
    assert "end_date" not in by_title["Treaty signed in Maastricht"]
    assert by_title["Boring machine starts"]["start_date"] == {"year": 2019, "month": 10}
    decade = by_title["First talks on a freight link"]
    assert decade["start_date"] == {"year": 1990} and decade["end_date"] == {"year": 1999}
    assert decade["display_date"] == "c. 1990s"
    assert by_title["Wells run dry"]["display_date"] == "c. May 2022"
    assert by_title["Press conference"]["start_date"] == {"year": 2024, "month": 10, "day": 2, "hour": 14, "minute": 0}
    assert {e.get("group") for e in data["events"]} == {"Diplomacy", "Works", "Water"}
    assert data["eras"][0]["text"]["headline"] == "Negotiations"
    treaty = by_title["Treaty signed in Maastricht"]["text"]["text"]
    assert "<blockquote>" in treaty and 'href="https://news.example/tunnel?a=1&amp;b=2"' in treaty


def test_csv_columns_and_formula_guard(archive: Archive) -> None:
    import csv
    import io

    with archive.write() as tx:
        timeline = tx.timelines.create("=HYPERLINK(1)")
    rows = list(csv.reader(io.StringIO(to_csv(load_published(archive, timeline.id)))))
    assert rows[0][:4] == ["Year", "Month", "Day", "Time"] and rows[0][-3:] == ["Type", "Group", "Background"]
    assert len(rows[0]) == 18
    assert rows[1][9] == "'=HYPERLINK(1)" and rows[1][15] == "title"
