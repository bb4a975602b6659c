"""``timeline-app archive copy SRC DST``: a whole archive between backends, ids and all (issue 14, item 5)."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from backends import archive_location, backend, pg_empty_url, pg_server  # noqa: F401
from sqlalchemy import select
from sqlmodel import SQLModel

from timeline_app.cli import run_cli
from timeline_app.domain.models import EventStatus
from timeline_app.paths import samples_dir
from timeline_app.services import lanes as lane_services
from timeline_app.services import timelines as svc
from timeline_app.storage import Archive, open_archive
from timeline_app.storage.archive_copy import TABLES


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _rows(location: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every declared column of every row, per table, in key order: what "the same archive" means."""
    dump: dict[str, list[tuple[Any, ...]]] = {}
    with open_archive(location, create=False) as archive, archive.read() as tx:
        connection = tx.session.connection()
        for name in TABLES:
            table = SQLModel.metadata.tables[name]
            statement = select(*table.columns).order_by(*table.primary_key.columns)
            dump[name] = [tuple(row) for row in connection.execute(statement)]
    return dump


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An SQLite archive with imported articles, review decisions, a timeline with lanes, an era and tags."""
    path = str(tmp_path_factory.mktemp("copy") / "source.sqlite3")
    code, _, err = _run("--db", path, "--create", "import", str(samples_dir()))
    assert code == 0, err
    with open_archive(path) as archive:
        _annotate(archive)
    return path


def _annotate(archive: Archive) -> None:
    with archive.write() as tx:
        ids = tx.events.ids()
        assert len(ids) >= 6
        tx.events.set_status(ids[:4], EventStatus.ACCEPTED)
        tx.events.set_status(ids[4:6], EventStatus.REJECTED)
        tx.events.set_tags(ids[0], ["Diplomacy", "Geneva"])
        first_article = tx.articles.all()[0].id
        tx.articles.delete(first_article)  # a gap in the ids: kept as it is
    timeline, _ = svc.create_timeline(archive, "Crisis", event_ids=ids[:4])
    lane, _ = lane_services.add_lane(archive, timeline.id, "Front line", colour="#aa3300")
    lane_services.add_era(archive, timeline.id, "War", dt.datetime(2022, 2, 24), dt.datetime(2023, 1, 1))
    entries = svc.load_entries(archive, timeline.id)[1]
    svc.move_entries(archive, {entries[0].id: lane.id})
    svc.update_entry(archive, entries[1].id, public_note="Checked with the desk", tags=("checked",))


@pytest.fixture
def target(archive_location: str) -> str:  # noqa: F811
    """An empty target on each backend: an SQLite file path or an empty PostgreSQL database."""
    return archive_location


def test_copy_there_and_back_keeps_everything(source: str, target: str, tmp_path: Path) -> None:
    code, out, err = _run("archive", "copy", source, target, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["copied"]["timeline"] == 1 and report["duplicate_articles"] == 0
    original = _rows(source)
    assert _rows(target) == original
    with open_archive(target, create=False) as copy:
        assert copy.check() == []
        with copy.read() as tx:  # the target's own search and span indexes know the copied rows
            title = tx.articles.all()[0].title
            assert tx.articles.search(title.split()[0])
            event = tx.events.get_required(tx.events.ids()[0])
            assert event.id in {e.id for e in tx.events.overlapping(event.span)}
        with copy.write() as tx:  # new rows get ids after the copied ones
            assert tx.timelines.create("Next").id > max(row[0] for row in original["timeline"])
    back = str(tmp_path / "back.sqlite3")
    assert _run("archive", "copy", target, back)[0] == 0
    again = _rows(back)
    again["timeline"] = [row for row in again["timeline"] if row[1] != "Next"]
    assert again == original


def test_a_non_empty_target_is_refused_unless_merging(source: str, target: str) -> None:
    assert _run("archive", "copy", source, target)[0] == 0
    before = _rows(target)
    code, _, err = _run("archive", "copy", source, target)
    assert code == 1 and "is not empty" in err and "--merge" in err
    assert _rows(target) == before

    code, out, err = _run("archive", "copy", source, target, "--merge", "--json")
    assert code == 0, err
    report = json.loads(out)
    after = _rows(target)
    # Every article was there already: none is copied twice, nor are their events; the
    # timeline comes again under a free name, on the same events.
    assert report["duplicate_articles"] == len(before["article"]) and report["copied"].get("article", 0) == 0
    assert after["article"] == before["article"] and len(after["event"]) == len(before["event"])
    assert report["renamed_timelines"] == [["Crisis", "Crisis (2)"]]
    names = [row[1] for row in after["timeline"]]
    assert names == ["Crisis", "Crisis (2)"]
    assert len(after["timeline_entry"]) == 2 * len(before["timeline_entry"])
    assert {row[2] for row in after["timeline_entry"]} == {row[2] for row in before["timeline_entry"]}
    assert len(after["entry_tag"]) == 2 * len(before["entry_tag"]) and len(after["tag"]) == len(before["tag"])


def test_merge_adds_new_articles_with_their_events(source: str, target: str, tmp_path: Path) -> None:
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "n.txt").write_text("Datum: 2023-07-08\n\nNieuw\n\nOp 9 juli 2023 gebeurde er iets in Utrecht.\n",
                                  encoding="utf-8")
    assert _run("--db", target, "--create", "import", str(folder))[0] == 0
    code, out, err = _run("archive", "copy", source, target, "--merge", "--json")
    assert code == 0, err
    source_rows, merged = _rows(source), _rows(target)
    assert len(merged["article"]) == len(source_rows["article"]) + 1
    assert len(merged["event"]) >= len(source_rows["event"]) + 1
    assert json.loads(out)["renamed_timelines"] == []


def test_copy_errors_are_one_line(source: str, tmp_path: Path) -> None:
    code, _, err = _run("archive", "copy", str(tmp_path / "missing.sqlite3"), str(tmp_path / "t.sqlite3"))
    assert code == 1 and "no archive at" in err and not (tmp_path / "t.sqlite3").exists()
    code, _, err = _run("archive", "copy", source, source)
    assert code == 1 and "onto itself" in err
