"""File discovery, size limit and unreadable paths."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from timeline_app.ingest import MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, IngestError, discover_files, read_article
from timeline_app.ingest import files as ingest_files

BODY = "Kop\n\nDe tunnel onder Heuvelrade is gisteren geopend voor het eerste goederenverkeer.\n"


def _touch(path: Path, text: str = BODY) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_supported_extensions_and_limit() -> None:
    assert {".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"} == SUPPORTED_EXTENSIONS
    assert MAX_FILE_BYTES == 50_000_000


def test_discover_expands_directories_recursively_sorted_and_skips_noise(tmp_path: Path) -> None:
    root = tmp_path / "in"
    _touch(root / "b.txt")
    _touch(root / "A.md")
    _touch(root / "sub" / "deeper" / "c.HTML")
    _touch(root / "sub" / "d.pdf")
    _touch(root / "notes.odt")  # unsupported: skipped silently inside a directory
    _touch(root / ".hidden.txt")
    _touch(root / ".git" / "e.txt")
    _touch(root / "z.docx")
    _touch(root / "README.md")  # a note about the folder, not an article

    found = list(discover_files([root]))

    assert all(isinstance(item, Path) for item in found)
    assert [p.relative_to(root).as_posix() for p in found if isinstance(p, Path)] == [
        "A.md",
        "b.txt",
        "sub/d.pdf",
        "sub/deeper/c.HTML",
        "z.docx",
    ]


def test_discover_reports_explicit_problems_and_keeps_going(tmp_path: Path) -> None:
    good = _touch(tmp_path / "good.txt")
    readme = _touch(tmp_path / "README.md")
    odd = _touch(tmp_path / "sheet.xlsx")
    missing = tmp_path / "missing.txt"

    found = list(discover_files([odd, missing, good, good, readme]))

    assert isinstance(found[0], IngestError) and found[0].reason == "unsupported file type .xlsx"
    assert isinstance(found[1], IngestError) and found[1].reason == "cannot read: file not found"
    assert found[1].path == str(missing)
    assert found[2:] == [good, readme]  # given twice, yielded once; a README named explicitly is read


def test_discover_does_not_follow_directory_symlinks(tmp_path: Path) -> None:
    real = tmp_path / "real"
    _touch(real / "a.txt")
    (real / "loop").symlink_to(real, target_is_directory=True)
    assert list(discover_files([real])) == [real / "a.txt"]


def test_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: costs no disk space
        handle.truncate(100 * 1024 * 1024)
    with pytest.raises(IngestError) as caught:
        read_article(path)
    assert caught.value.reason == "file too large (104.9 MB > 50 MB limit)"


def test_limit_is_read_at_call_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _touch(tmp_path / "small.txt")
    monkeypatch.setattr(ingest_files, "MAX_FILE_BYTES", 10)
    with pytest.raises(IngestError, match="file too large"):
        read_article(path)


def test_read_limited_stops_one_byte_past_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _touch(tmp_path / "grows.txt", "x" * 100)
    # A file that reports a small size but yields more (e.g. it grows while we read).
    monkeypatch.setattr(Path, "stat", lambda self: os.stat_result((0,) * 6 + (5,) + (0,) * 3))
    with pytest.raises(IngestError, match=r"file too large \(0\.0 MB"):
        ingest_files.read_limited(path, 50)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as caught:
        read_article(tmp_path / "nope.md")
    assert caught.value.reason == "cannot read: file not found"


def test_directory_with_a_text_extension(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(IngestError) as caught:
        read_article(folder)
    assert caught.value.reason == "cannot read: is a directory"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read anything")
def test_permission_denied(tmp_path: Path) -> None:
    path = _touch(tmp_path / "secret.txt")
    path.chmod(0)
    try:
        with pytest.raises(IngestError) as caught:
            read_article(path)
    finally:
        path.chmod(0o600)
    assert caught.value.reason == "cannot read: permission denied"


def test_unsupported_extension(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"unsupported file type \.rtf"):
        read_article(_touch(tmp_path / "x.rtf"))


@pytest.mark.parametrize("content", ["", "  \n\n\t \n"])
def test_empty_file(tmp_path: Path, content: str) -> None:
    with pytest.raises(IngestError) as caught:
        read_article(_touch(tmp_path / "empty.txt", content))
    assert caught.value.reason == "empty file"


def test_ingest_error_survives_pickling() -> None:
    error = pickle.loads(pickle.dumps(IngestError("/a/b.txt", "empty file")))
    assert (error.path, error.reason, str(error)) == ("/a/b.txt", "empty file", "/a/b.txt: empty file")


def test_permission_denied_message_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _touch(tmp_path / "locked.txt")

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(IngestError) as caught:
        read_article(path)
    assert caught.value.reason == "cannot read: permission denied"
