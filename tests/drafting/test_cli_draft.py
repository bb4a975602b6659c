"""``timeline-app timeline draft``: the documented JSON, the printed draft, exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from drafting.draft_stories import DUTCH, write_story

from timeline_app.cli import run_cli


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.sqlite3")
    write_story(DUTCH, tmp_path / "articles")
    code, _, err = _run("--db", path, "--create", "import", str(tmp_path / "articles"))
    assert code == 0, err
    return path


def test_json_is_the_documented_shape(db: str) -> None:
    code, out, err = _run("--db", db, "timeline", "draft", "Dijk", "--size", "3", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"timeline", "entries"}
    assert set(data["timeline"]) == {"id", "name"} and data["timeline"]["name"] == "Dijk"
    entries = data["entries"]
    assert [e["date"] for e in entries] == ["2024-03-03", "2024-03-05", "2024-03-12"]
    for entry in entries:
        assert set(entry) == {"date", "value", "precision", "headline", "summary", "score", "reason", "event_id",
                              "sources"}
        assert entry["precision"] == "day" and entry["value"] == entry["date"]
        assert isinstance(entry["score"], float) and entry["reason"].startswith("reported by")
        for source in entry["sources"]:
            assert set(source) == {"article_id", "title", "sentence", "outlet", "published"}
    # The timeline exists and holds the drafted entries.
    code, out, _ = _run("--db", db, "timeline", "show", "Dijk", "--json")
    assert code == 0 and len(json.loads(out)["items"]) == 3


def test_range_size_and_text_output(db: str) -> None:
    code, out, _ = _run("--db", db, "timeline", "draft", "Maart", "--from", "2024-03-04", "--to", "2024-03-31",
                        "--size", "1", "--json")
    assert code == 0
    assert [e["date"] for e in json.loads(out)["entries"]] == ["2024-03-12"]
    code, out, _ = _run("--db", db, "timeline", "draft", "Tekst", "--size", "2")
    assert code == 0
    assert out.startswith("created timeline") and "2 drafted entries" in out and "reported by" in out


def test_query_and_article_scopes(db: str) -> None:
    code, out, _ = _run("--db", db, "timeline", "draft", "Rapport", "--query", "rapport", "--size", "1", "--json")
    assert code == 0
    # Over the whole story the breach of 3 March leads; searching for the report, the report's day does.
    assert [e["date"] for e in json.loads(out)["entries"]] == ["2024-03-12"]
    code, out, _ = _run("--db", db, "timeline", "draft", "Een", "--articles", "1", "--json")
    assert code == 0 and {s["article_id"] for e in json.loads(out)["entries"] for s in e["sources"]} == {1}
    code, _, err = _run("--db", db, "timeline", "draft", "Geen", "--articles", "1,999")
    assert code == 1 and "no article with id 999" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--from", "2030-01-01"], "no dated events in the archive from 2030-01-01 on"),
        (["--query", "zeppelin"], "no article matches 'zeppelin'"),
        (["--from", "2024-03-10", "--to", "2024-03-01"], "before it starts"),
    ],
)
def test_bad_input_exits_2_with_a_clear_message(db: str, argv: list[str], message: str) -> None:
    code, out, err = _run("--db", db, "timeline", "draft", "Fout", *argv)
    assert code == 2 and message in err and out == ""
    assert "Fout" not in _run("--db", db, "timeline", "list")[1]  # nothing was created


def test_an_empty_archive_a_taken_name_and_size_zero(db: str, tmp_path: Path) -> None:
    code, _, err = _run("--db", str(tmp_path / "empty.sqlite3"), "--create", "timeline", "draft", "X")
    assert code == 2 and "the archive is empty" in err
    assert _run("--db", db, "timeline", "draft", "Dijk")[0] == 0
    code, _, err = _run("--db", db, "timeline", "draft", "Dijk")
    assert code == 2 and "already exists" in err
    with pytest.raises(SystemExit) as excinfo:
        _run("--db", db, "timeline", "draft", "Nul", "--size", "0")
    assert excinfo.value.code == 2
