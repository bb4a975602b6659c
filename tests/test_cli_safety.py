"""The command line under hostile or unlucky input: one clear line and the right exit code,
never a traceback (issue 16, items 4, 9, 10, 11, 12)."""

from __future__ import annotations

import io
import json
import random
import time
from pathlib import Path

import pytest
from backends import archive_location, backend, pg_empty_url, pg_server  # noqa: F401

from timeline_app.cli import run_cli
from timeline_app.export import timelinejs_read
from timeline_app.storage import DAMAGED_HINT
from timeline_app.storage import archive as archive_module


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _article(folder: Path, name: str, title: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"Datum: 2023-07-08\n\n{title}\n\n{text}\n", encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path, archive_location: str) -> str:  # noqa: F811
    path = archive_location
    folder = tmp_path / "in"
    for n in range(6):
        _article(folder, f"{n}.txt", f"Kabinet {n}", f"Op 7 juli 2023 viel het kabinet {n} in Den Haag. " * 5)
    code, _, err = _run("--db", path, "--create", "import", str(folder))
    assert code == 0, err
    return path


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("(" * 400 + "x" + ")" * 400, "too many operators"),
        ("(" * 40 + "x" + ")" * 40, "nests parentheses too deeply"),
        ("NOT " * 5000 + "x", "too long"),
        ("project AND " * 2000 + "x", "too long"),
        (" ".join(f"w{n}" for n in range(60)), "too many words"),
    ],
)
def test_searches_beyond_the_limits_are_refused_quickly(db: str, query: str, message: str) -> None:
    started = time.monotonic()
    for command in (["search", query], ["events", "--query", query], ["timeline", "create", "T", "--query", query],
                    ["timeline", "draft", "D", "--query", query]):
        code, _out, err = _run("--db", db, *command)
        assert code == 2 and message in err and "Traceback" not in err, (command, err)
    assert time.monotonic() - started < 10


def test_a_long_search_within_the_limits_answers(db: str) -> None:
    query = " OR ".join(f"kabinet{n}" for n in range(20)) + " OR kabinet"
    code, out, err = _run("--db", db, "search", query, "--json")
    assert code == 0 and len(json.loads(out)) == 6, err


@pytest.mark.parametrize(
    "argv",
    [
        ["events", "--to", "9999-12-31"],
        ["events", "--from", "0001-01-01", "--to", "9999-12-31"],
        ["search", "kabinet", "--from", "0001-01-01", "--to", "9999-12-31"],
        ["timeline", "draft", "Alles", "--from", "0001-01-01", "--to", "9999-12-31"],
    ],
)
def test_the_ends_of_the_calendar_are_fine_as_filters(db: str, argv: list[str]) -> None:
    code, _out, err = _run("--db", db, *argv)
    assert code == 0, err


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "0202-05-01"])
def test_a_publication_date_outside_the_plausible_years_is_a_usage_error(
    tmp_path: Path, day: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _article(tmp_path, "a.txt", "Kabinet", "Gisteren viel het kabinet, morgen volgt er meer.")
    for argv in (["extract", str(path), "--published", day], ["--db", str(tmp_path / "x.sqlite3"), "import", str(path), "--published", day]):
        with pytest.raises(SystemExit) as caught:
            _run(*argv)
        assert caught.value.code == 2
        assert "a publication date must lie between" in capsys.readouterr().err


def _timelinejs(tmp_path: Path, events: list[object], name: str = "t.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"title": {"text": {"headline": "Vijf"}}, "events": events}), encoding="utf-8")
    return path


def test_timelinejs_events_with_impossible_dates_are_reported_one_by_one(db: str, tmp_path: Path) -> None:
    path = _timelinejs(tmp_path, [
        {"start_date": {"year": 2020, "month": 13}, "text": {"headline": "Maand dertien"}},
        {"start_date": {"year": 2021, "month": 2, "day": 30}, "text": {"headline": "Dertig februari"}},
        {"start_date": {"year": 2022}, "text": {"headline": "Goed"}},
        {"start_date": {"year": "abc"}},
        {"text": {"headline": "Zonder datum"}},
    ])
    code, out, err = _run("--db", db, "import", str(path))
    assert code == 1, err
    assert "1 events; 4 left out" in out
    assert "event 1 ('Maand dertien'): not a date: 2020-13 (month must be in 1..12)" in out
    assert "event 2 ('Dertig februari'): not a date: 2021-2-30" in out
    assert "event 4: not a whole number: 'abc'" in out and "event 5 ('Zonder datum'): no start_date" in out
    code, out, _ = _run("--db", db, "import", str(path), "--json")
    (result,) = json.loads(out)["timelines"]
    assert code == 1 and result["status"] == "imported" and len(result["skipped"]) == 4


def test_infinite_years_fail_their_file_only(db: str, tmp_path: Path) -> None:
    infinite = tmp_path / "inf.json"
    infinite.write_text('{"events": [{"start_date": {"year": Infinity}}, {"start_date": {"year": 1e400}},'
                        ' {"start_date": {"year": NaN}}, {"start_date": {"year": ' + "9" * 5000 + "}}]}")
    good = _timelinejs(tmp_path, [{"start_date": {"year": 2022}, "text": {"headline": "Goed"}}], "good.json")
    code, out, err = _run("--db", db, "import", str(infinite), str(good), "--json")
    report = json.loads(out)["timelines"]
    assert code == 1 and "Traceback" not in err
    assert report[0]["status"] == "failed" and "not a whole number" in report[0]["reason"]
    assert report[1]["status"] == "imported" and report[1]["entries"] == 1


def test_timelinejs_files_beyond_the_stated_limits_are_refused(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(timelinejs_read, "MAX_EVENTS", 50)
    many = _timelinejs(tmp_path, [{"start_date": {"year": 2000 + n % 20}} for n in range(51)])
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Year,Headline\n" + "".join(f"{2000 + n % 20},E{n}\n" for n in range(60)), encoding="utf-8")
    started = time.monotonic()
    code, out, _ = _run("--db", db, "import", str(many), str(sheet))
    assert code == 1 and out.count("at most 50 can be imported from one TimelineJS file") == 2, out
    assert "51 events" in out and "60 events" in out
    monkeypatch.setattr(timelinejs_read, "MAX_FILE_BYTES", 1000)
    code, out, _ = _run("--db", db, "import", str(many))
    assert code == 1 and "TimelineJS files of up to" in out
    assert time.monotonic() - started < 10


def test_a_csv_cell_over_the_field_limit_is_a_reason(db: str, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text('Year,Headline\n2020,"' + "x" * 200_000 + '"\n', encoding="utf-8")
    code, out, _ = _run("--db", db, "import", str(sheet))
    assert code == 1 and "not a readable sheet" in out


def test_a_mistyped_db_creates_nothing_and_create_is_explicit(tmp_path: Path) -> None:
    typo = tmp_path / "archivs" / "nieuws.sqlite3"
    for command in (["articles"], ["search", "x"], ["import", str(tmp_path)], ["archive", "check"]):
        code, _, err = _run("--db", str(typo), *command)
        assert code == 1 and f"no archive at {typo}" in err, (command, err)
    assert not typo.parent.exists()
    code, out, _ = _run("--db", str(typo), "--create", "articles")
    assert code == 0 and "0 articles" in out and typo.is_file()
    other = tmp_path / "new.sqlite3"
    assert _run("--db", str(other), "archive", "create")[0] == 0 and other.is_file()
    code, _, err = _run("--db", str(other), "archive", "create")
    assert code == 1 and "already exists" in err


def test_import_into_a_new_file_in_an_existing_folder_creates_it_and_says_so(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite3"
    code, _, err = _run("--db", str(fresh), "articles")
    assert code == 1 and "no archive at" in err and not fresh.exists()
    article = tmp_path / "a.txt"
    article.write_text("Story\n\nThe council met on 3 February 2022 about the harbour.\n\nMore later.\n")
    code, _, err = _run("--db", str(fresh), "import", str(article))
    assert code == 0 and f"created a new archive at {fresh}" in err and fresh.is_file()
    code, _, err = _run("--db", str(fresh), "import", str(article))
    assert "created a new archive" not in err


def test_the_default_archive_is_created_on_first_use(tmp_path: Path) -> None:
    code, _out, _ = _run("articles")
    assert code == 0 and (tmp_path / "data" / "archive.sqlite3").is_file()


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("https://example.org/archive.sqlite3", "unknown kind of archive address"),
        ("ftp://example.org/archive.sqlite3", "unknown kind of archive address"),
    ],
)
def test_urls_are_not_taken_for_folder_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, address: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = _run("--db", address, "articles")
    assert code == 2 and message in err
    monkeypatch.setenv("TIMELINE_APP_DB", address)
    code, _, err = _run("--create", "articles")
    assert code == 2 and message in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("backend", ["sqlite"])  # an archive file
def test_a_read_only_archive_answers_reading_commands_and_refuses_writing_ones(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_module, "is_writable", lambda _path: False)
    before = Path(db).read_bytes()
    assert _run("--db", db, "articles")[0] == 0
    code, out, _ = _run("--db", db, "search", "kabinet", "--json")
    assert code == 0 and len(json.loads(out)) == 6
    assert _run("--db", db, "events")[0] == 0
    code, out, _ = _run("--db", db, "archive", "check")
    assert code == 0 and "read-only" in out
    new = _article(tmp_path / "more", "n.txt", "Nieuw", "Op 9 juli 2023 gebeurde er iets anders in Utrecht.")
    for command in (["import", str(new)], ["timeline", "create", "T", "--accepted"], ["timeline", "draft", "D"]):
        code, _, err = _run("--db", db, *command)
        assert code == 1 and "is read-only" in err and "would change it" in err, (command, err)
    assert Path(db).read_bytes() == before


def _damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(random.Random(3).randbytes(8192))


@pytest.mark.parametrize("backend", ["sqlite"])  # an archive file
def test_a_damaged_archive_says_so_on_every_command(db: str) -> None:
    _damage(Path(db))
    for command in (["articles"], ["events"], ["search", "kabinet"], ["timeline", "list"]):
        code, out, err = _run("--db", db, *command)
        assert code == 1 and DAMAGED_HINT in err and "Traceback" not in err, (command, err)
    code, out, _ = _run("--db", db, "archive", "check", "--json")
    report = json.loads(out)
    assert code == 1 and report["ok"] is False and report["problems"]


@pytest.mark.parametrize("backend", ["sqlite"])  # an archive file
def test_a_query_that_hits_damage_gets_the_hint(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # An archive too large for the check at open: damage shows when a query reads it, if it does.
    monkeypatch.setattr(archive_module, "VERIFY_MAX_BYTES", 0)
    _damage(Path(db))
    for command in (["articles"], ["events"], ["search", "kabinet"], ["timeline", "list"]):
        code, _, err = _run("--db", db, *command)
        assert (code, err) == (0, "") or (code == 1 and DAMAGED_HINT in err), (command, err)

    from sqlalchemy.exc import DatabaseError

    from timeline_app.services import archive_queries

    def hits_damage(*_args: object, **_kwargs: object) -> None:
        raise DatabaseError("SELECT ...", {}, Exception("database disk image is malformed"))

    monkeypatch.setattr(archive_queries, "list_articles", hits_damage)
    code, _, err = _run("--db", db, "articles")
    assert code == 1 and DAMAGED_HINT in err and "malformed" in err


def test_a_healthy_archive_checks_ok(db: str) -> None:
    code, out, _ = _run("--db", db, "archive", "check")
    assert code == 0 and "ok (6 articles" in out


def test_control_characters_in_timelinejs_data_are_not_stored(db: str, tmp_path: Path) -> None:
    from timeline_app.storage import open_archive

    path = _timelinejs(tmp_path, [{"start_date": {"year": 2022}, "text": {"headline": "Nul\u0000teken", "text": "a\u0002b"},
                                   "group": "Groep\u0000"}])
    assert _run("--db", db, "import", str(path))[0] == 0
    with open_archive(db) as archive, archive.read() as tx:
        titles = [e.title for e in tx.events.many(tx.events.ids())]
        texts = [a.text for a in (tx.articles.get(s.id) for s in tx.articles.all()) if a is not None]
    assert "Nulteken" in titles
    assert not any("\x00" in t or "\x02" in t for t in titles + texts)


def test_an_unexpected_error_is_one_line_unless_debugging(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import timeline_app.__main__ as entry
    import timeline_app.cli

    def broken() -> int:
        raise TypeError("a bug")

    monkeypatch.setattr(timeline_app.cli, "run_cli", broken)
    with pytest.raises(SystemExit) as caught:
        entry.main()
    assert caught.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unexpected error (TypeError: a bug)" in err and "TIMELINE_APP_DEBUG=1" in err
    monkeypatch.setenv("TIMELINE_APP_DEBUG", "1")
    with pytest.raises(TypeError):
        entry.main()
