"""TimelineJS import and round trips; the timeline/export/import CLI."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from export.export_builders import EVENTS, build_timeline

from timeline_app.cli import run_cli
from timeline_app.domain.models import EventOrigin, EventStatus
from timeline_app.export.timelinejs_read import TimelineJSError, looks_like_timelinejs, parse_csv, parse_json
from timeline_app.services.publishing import export_timeline, import_timelinejs, load_published
from timeline_app.services.timelines import load_entries
from timeline_app.storage import Archive


def _spans(archive: Archive, timeline_id: int) -> dict[str, tuple[object, ...]]:
    timeline, entries = load_entries(archive, timeline_id)
    lanes = {lane.id: lane.name for lane in timeline.lanes}
    with archive.read() as tx:
        events = {e.id: e for e in tx.events.many([entry.event_id for entry in entries])}
    out = {}
    for entry in entries:
        event = events[entry.event_id]
        s = event.span
        out[event.title] = (s.start, s.end, s.precision, s.approximate, s.qualifier, s.value, lanes.get(entry.lane_id or 0))
    return out


@pytest.mark.parametrize("fmt", ["timelinejs", "csv"])
def test_round_trip_keeps_dates_precision_groups_text(archive: Archive, tmp_path: Path, fmt: str) -> None:
    original = build_timeline(archive)
    path = export_timeline(archive, original, fmt, tmp_path / ("t.json" if fmt == "timelinejs" else "t.csv"))
    assert looks_like_timelinejs(path)
    imported, changes, skipped = import_timelinejs(archive, path)
    assert skipped == ()
    assert changes.timelines and imported.name == "Tunnel: how we got here (2)"
    assert imported.description == "Thirty years under the hills"
    assert _spans(archive, imported.id) == _spans(archive, original)
    assert [era.name for era in imported.eras] == ["Negotiations"]
    published = load_published(archive, imported.id)
    treaty = next(e for e in published.entries if e.title == "Treaty signed in Maastricht")
    assert "All three ministers signed." in treaty.text
    assert "Treaty signed in Maastricht & more, the paper said." in treaty.text
    with archive.read() as tx:
        event = tx.events.get_required(_entry_event(archive, imported.id, treaty.entry_id))
        article = tx.articles.get(event.sources[0].article_id)
    assert event.status is EventStatus.ACCEPTED and event.origin is EventOrigin.IMPORTED
    assert article is not None and article.format == "timelinejs" and article.source_path == str(path)
    assert event.sources[0].sentence.startswith("Treaty signed in Maastricht")


def _entry_event(archive: Archive, timeline_id: int, entry_id: int) -> int:
    _timeline, entries = load_entries(archive, timeline_id)
    return next(e.event_id for e in entries if e.id == entry_id)


def test_third_party_timelinejs_json() -> None:
    data = {
        "title": {"text": {"headline": "Moon <b>race</b>", "text": "<p>From Sputnik to Apollo</p>"}},
        "events": [
            {"start_date": {"year": "1957", "month": "10", "day": "4"}, "text": {"headline": "Sputnik"}},
            {"start_date": {"year": 1969, "month": 7, "day": 20, "hour": 20, "minute": 17},
             "text": {"headline": "Landing", "text": "<p>One small step</p>"}, "group": "USA"},
            {"start_date": {"year": 1961}, "end_date": {"year": 1972}, "text": {"headline": "Apollo"}},
            {"start_date": {"month": 3}, "text": {"headline": "no year"}},
        ],
    }
    parsed = parse_json(json.dumps(data))
    assert parsed.title == "Moon race" and parsed.subtitle == "From Sputnik to Apollo" and parsed.skipped == 1
    sputnik, landing, apollo = parsed.events
    assert sputnik.span.value == "1957-10-04"
    assert landing.span.value == "1969-07-20T20:17" and landing.group == "USA" and landing.text == "One small step"
    assert apollo.span.value == "1961/1972" and apollo.span.qualifier is not None
    with pytest.raises(TimelineJSError):
        parse_json('{"articles": []}')


def test_google_sheet_csv_with_times_and_formulas() -> None:
    text = (
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,"
        "Media Caption,Media Thumbnail,Type,Group,Background\n"
        ",,,,,,,,,My title,Intro,,,,,title,,\n"
        "2024,5,6,2:30 PM,,,,,,'=cmd,Body,,,,,,Politics,\n"
        "2001,,,,2003,,,,,Era one,,,,,,era,,\n"
    )
    parsed = parse_csv(text)
    assert parsed.title == "My title" and parsed.events[0].headline == "=cmd"
    assert parsed.events[0].span.value == "2024-05-06T14:30" and parsed.events[0].group == "Politics"
    assert parsed.eras[0].name == "Era one"


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_timeline_export_import(tmp_path: Path) -> None:
    from timeline_app.storage import open_archive

    db = str(tmp_path / "cli.sqlite3")
    with open_archive(db) as archive:
        timeline = build_timeline(archive)
        with archive.read() as tx:
            event_ids = tx.events.ids()
    code, out, _ = _run("--db", db, "timeline", "list", "--json")
    assert code == 0 and json.loads(out)[0]["name"] == "Tunnel: how we got here"
    code, out, _ = _run("--db", db, "timeline", "show", "Tunnel: how we got here")
    assert code == 0 and "Treaty signed in Maastricht" in out and f"{len(EVENTS)} entries" in out
    code, out, _ = _run("--db", db, "timeline", "create", "Pick", "--events", f"{event_ids[0]},{event_ids[1]}", "--json")
    assert code == 0 and json.loads(out)["entries"] == 2
    code, out, _ = _run("--db", db, "timeline", "create", "All", "--accepted")
    assert code == 0 and f"with {len(EVENTS)} entries" in out
    code, _, err = _run("--db", db, "timeline", "create", "Bad", "--events", "99999")
    assert code == 1 and "no event with id 99999" in err
    out_file = tmp_path / "out.json"
    code, out, _ = _run("--db", db, "export", str(timeline), "--format", "timelinejs", "-o", str(out_file),
                        "--lanes", "Water", "--title", "Water only", "--json")
    assert code == 0 and json.loads(out)["bytes"] == out_file.stat().st_size
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["title"]["text"]["headline"] == "Water only" and {e["group"] for e in data["events"]} == {"Water"}
    code, out, _ = _run("--db", db, "export", "Tunnel: how we got here", "--format", "html", "-o",
                        str(tmp_path / "p.html"), "--from", "2020-01-01", "--to", "2023-12-31")
    assert code == 0 and "exported" in out
    code, _, err = _run("--db", db, "export", "nope", "--format", "html", "-o", str(tmp_path / "x.html"))
    assert code == 1 and "no timeline" in err
    code, _, err = _run("--db", db, "export", str(timeline), "--format", "png", "-o", str(tmp_path / "missing" / "x.png"))
    assert code == 1 and "cannot write" in err
    with pytest.raises(SystemExit) as usage:
        _run("--db", db, "export", str(timeline), "--format", "png", "-o", "x.png", "--scale", "9")
    assert usage.value.code == 2
    code, out, _ = _run("--db", db, "import", str(out_file), "--json")
    report = json.loads(out)
    assert code == 0 and report["timelines"][0]["status"] == "imported" and report["timelines"][0]["name"] == "Water only"


def test_failed_export_keeps_the_old_file(archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline_app.services import publishing

    timeline = build_timeline(archive)
    target = tmp_path / "page.html"
    target.write_text("good old page", encoding="utf-8")

    def broken(*_args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(publishing, "render_to", broken)
    with pytest.raises(RuntimeError):
        export_timeline(archive, timeline, "html", target)
    assert target.read_text(encoding="utf-8") == "good old page"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
