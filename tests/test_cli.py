"""The command line: sub-commands, JSON shapes, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from backends import archive_location, backend, pg_empty_url, pg_server  # noqa: F401

from timeline_app.cli import run_cli
from timeline_app.paths import samples_dir


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(archive_location: str) -> str:  # noqa: F811
    """A new archive's location on each backend (made by the test's first ``--create``)."""
    return archive_location


def test_import_json_report_and_exit_code(db: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    code, out, _ = _run("--db", db, "--create", "import", str(samples_dir()), str(bad), "--json")
    report = json.loads(out)
    assert code == 1
    assert report["summary"]["failed"] == 1
    assert report["summary"]["imported"] >= 8
    failed = [r for r in report["results"] if r["status"] == "failed"]
    assert failed[0]["path"].endswith("bad.txt") and "binary" in failed[0]["reason"]
    assert set(report["results"][0]) == {"path", "status", "article_id", "title", "reason", "warnings"}

    code, out, _ = _run("--db", db, "import", str(samples_dir()))
    assert code == 0
    assert "0 imported" in out and "duplicate" in out


def test_articles_show_search(db: str) -> None:
    _run("--db", db, "--create", "import", str(samples_dir()))
    code, out, _ = _run("--db", db, "articles", "--json")
    articles = json.loads(out)
    assert code == 0 and len(articles) >= 8
    assert set(articles[0]) >= {"id", "title", "source", "published", "language", "events"}
    dates = [a["published"] for a in articles if a["published"]]
    assert dates == sorted(dates, reverse=True)

    code, out, _ = _run("--db", db, "show", str(articles[0]["id"]), "--json")
    shown = json.loads(out)
    assert code == 0 and shown["title"] == articles[0]["title"] and shown["text"]

    code, _, err = _run("--db", db, "show", "99999")
    assert code == 1 and "no article with id 99999" in err

    code, out, _ = _run("--db", db, "search", "tunnel", "--json", "--limit", "3")
    hits = json.loads(out)
    assert code == 0 and 1 <= len(hits) <= 3
    start, end = hits[0]["highlights"][0]
    assert hits[0]["snippet"][start:end].lower().startswith("tunnel")

    code, out, _ = _run("--db", db, "search", "tunnel", "--language", "de", "--json")
    assert {h["language"] for h in json.loads(out)} == {"de"}

    code, out, _ = _run("--db", db, "search", '"unbalanced AND (', "--json")
    assert code == 0 and isinstance(json.loads(out), list)


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "x", "--from", "2020-13-01"],
        ["search", "x", "--limit", "0"],
        ["import"],
        ["nonsense"],
        ["import", "x.txt", "--language", "12"],
    ],
)
def test_usage_errors_exit_2(db: str, argv: list[str]) -> None:
    with pytest.raises(SystemExit) as excinfo:
        _run("--db", db, *argv)
    assert excinfo.value.code == 2


def test_db_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv("TIMELINE_APP_DB", str(path))
    code, _, err = _run("articles")
    assert code == 1 and "no archive at" in err and "--create" in err and not path.exists()
    code, out, _ = _run("--create", "articles")
    assert code == 0 and "0 articles" in out
    assert path.exists()


def test_unusable_archive_is_a_clear_error(tmp_path: Path) -> None:
    code, _, err = _run("--db", str(tmp_path), "articles")
    assert code == 1 and "is a folder" in err


def test_module_entry_point(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "timeline_app", "--db", str(tmp_path / "m.sqlite3"), "--create", "articles", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_output_cut_short_by_the_reader_is_not_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import timeline_app.__main__ as entry
    import timeline_app.cli

    def reader_went_away() -> int:
        raise BrokenPipeError

    monkeypatch.setattr(timeline_app.cli, "run_cli", reader_went_away)
    out = (tmp_path / "stdout").open("w")
    monkeypatch.setattr(sys, "stdout", out)
    with pytest.raises(SystemExit) as excinfo:
        entry.main()
    assert excinfo.value.code == 0


def test_archive_create_and_check_on_each_backend(archive_location: str) -> None:  # noqa: F811
    code, out, err = _run("--db", archive_location, "archive", "create")
    assert code == 0 and "created a new, empty archive" in out, err
    code, _, err = _run("--db", archive_location, "archive", "create")
    assert code == 1 and "nothing was created" in err
    code, out, _ = _run("--db", archive_location, "archive", "check", "--json")
    assert code == 0 and json.loads(out)["ok"] is True
