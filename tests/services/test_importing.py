"""Import use case: batches, duplicates, bad input, transactions, cancel."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from timeline_app.paths import samples_dir
from timeline_app.services.importing import Outcome, import_paths
from timeline_app.services.jobs import JobControl
from timeline_app.services.samples import sample_files, seed_samples

GOOD_TEXT = "Title line\n\nThe council met on 3 February 2022 and agreed on a plan for the harbour. " * 3


def _good(folder: Path, name: str, text: str = GOOD_TEXT) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_samples_import_with_metadata(archive) -> None:
    report = seed_samples(archive, samples_dir())
    files = sample_files(samples_dir())
    assert len(files) >= 8
    assert report.count(Outcome.IMPORTED) == len(files), [r for r in report.results if r.outcome is not Outcome.IMPORTED]
    with archive.read() as tx:
        summaries = tx.articles.all()
    assert {s.language for s in summaries} >= {"nl", "fr", "en", "de"}
    assert all(s.published is not None for s in summaries)
    assert {s.format for s in summaries} >= {"html", "docx"}
    # Seeding is for empty archives only.
    assert seed_samples(archive, samples_dir()).results == []


def test_reimport_reports_duplicates_and_adds_nothing(archive, tmp_path: Path) -> None:
    first = _good(tmp_path, "a.txt")
    assert import_paths(archive, [first]).count(Outcome.IMPORTED) == 1
    # Same text with other whitespace and case is the same article.
    second = _good(tmp_path, "b.txt", GOOD_TEXT.upper().replace(" ", "  "))
    report = import_paths(archive, [first, second])
    assert [r.outcome for r in report.results] == [Outcome.DUPLICATE, Outcome.DUPLICATE]
    with archive.read() as tx:
        assert tx.articles.count() == 1


def test_bad_files_fail_alone_with_specific_reasons(archive, tmp_path: Path) -> None:
    good = [_good(tmp_path, f"good{n}.txt", f"Story {n}\n\n" + GOOD_TEXT + f" Item {n}.") for n in range(3)]
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    truncated = tmp_path / "truncated.docx"
    buffer = tmp_path / "full.zip"
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>" * 500)
    truncated.write_bytes(buffer.read_bytes()[:200])
    buffer.unlink()
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: costs no disk
    missing = tmp_path / "missing.txt"
    inputs = [good[0], binary, empty, good[1], truncated, huge, missing, good[2]]

    report = import_paths(archive, inputs)

    outcomes = {Path(r.path).name: r for r in report.results}
    assert [outcomes[p.name].outcome for p in good] == [Outcome.IMPORTED] * 3
    for name, words in {
        "binary.txt": "binary",
        "empty.txt": "empty",
        "truncated.docx": "docx",
        "huge.txt": "too large",
        "missing.txt": "not found",
    }.items():
        result = outcomes[name]
        assert result.outcome is Outcome.FAILED
        assert words in (result.reason or "").lower(), (name, result.reason)
    assert not report.ok
    with archive.read() as tx:
        assert tx.articles.count() == 3
        assert tx.check_integrity() == []


def test_a_failure_after_storing_rolls_that_article_back(archive, tmp_path: Path) -> None:
    files = [_good(tmp_path, f"{n}.txt", f"Story {n}\n\n" + GOOD_TEXT + f" Item {n}.") for n in range(3)]

    def after_store(tx, article_id, draft) -> None:
        if draft.source_path.endswith("1.txt"):
            raise RuntimeError("extraction exploded")

    report = import_paths(archive, files, after_store=after_store)
    assert [r.outcome for r in report.results] == [Outcome.IMPORTED, Outcome.FAILED, Outcome.IMPORTED]
    assert "extraction exploded" in (report.results[1].reason or "")
    with archive.read() as tx:
        assert sorted(s.title for s in tx.articles.all()) == ["Story 0", "Story 2"]


def test_cancel_keeps_finished_articles(archive, tmp_path: Path) -> None:
    files = [_good(tmp_path, f"{n}.txt", f"Story {n}\n\n" + GOOD_TEXT + f" Item {n}.") for n in range(5)]
    control = JobControl()

    def on_progress(done: int, total: int, message: str) -> None:
        if done == 2:
            control.cancel()

    control._on_progress = on_progress
    report = import_paths(archive, files, control=control)
    assert report.cancelled
    assert report.count(Outcome.IMPORTED) == 2
    with archive.read() as tx:
        assert tx.articles.count() == 2


def test_unknown_publication_date_is_reported_not_today(archive, tmp_path: Path) -> None:
    report = import_paths(archive, [_good(tmp_path, "a.txt")])
    assert any("publication date unknown" in w for w in report.results[0].warnings)
    with archive.read() as tx:
        assert tx.articles.all()[0].published is None


def test_overrides_apply_to_every_input(archive, tmp_path: Path) -> None:
    report = import_paths(archive, [_good(tmp_path, "a.txt")], published=dt.date(2022, 2, 4), language="nl")
    assert report.results[0].warnings == ()
    with archive.read() as tx:
        summary = tx.articles.all()[0]
    assert (summary.published, summary.language) == (dt.date(2022, 2, 4), "nl")


def test_folders_are_walked_recursively(archive, tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    _good(tmp_path / "a", "one.txt", "One\n\n" + GOOD_TEXT + " First.")
    _good(nested, "two.txt", "Two\n\n" + GOOD_TEXT + " Second.")
    (nested / "notes.xyz").write_text("ignored inside folders")
    report = import_paths(archive, [tmp_path / "a"])
    assert report.count(Outcome.IMPORTED) == 2
    assert report.ok


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_encodings(archive, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "enc.txt"
    path.write_bytes(f"Café in Genève\n\nDe ministers spraken onlangs in Genève; het kostte €5 miljoen ({encoding}).".encode(encoding))
    import_paths(archive, [path])
    with archive.read() as tx:
        article = tx.articles.get(tx.articles.ids()[0])
    assert article is not None
    assert "Genève" in article.text and "€5" in article.text


def test_a_worker_that_dies_fails_only_its_file(archive, tmp_path: Path) -> None:
    from archive_workers import prepare_or_die

    from timeline_app.services.importing import BatchWriter, _prepared_in_pool

    files = [_good(tmp_path, f"{n:02}.txt", f"Story {n}\n\n" + GOOD_TEXT + f" Item {n}.") for n in range(6)]
    files.insert(3, _good(tmp_path, "crash.txt", "Crash\n\nThis file kills its reader."))
    prepared = list(_prepared_in_pool(files, None, None, False, JobControl(), 2, prepare_or_die))
    assert [p.path for p in prepared] == [str(f) for f in files]
    failed = [p for p in prepared if p.draft is None]
    assert [Path(p.path).name for p in failed] == ["crash.txt"]
    assert "crashed" in (failed[0].reason or "")
    results = BatchWriter(archive, extract=False).write(prepared)
    assert [r.outcome for r in results].count(Outcome.IMPORTED) == 6


def test_the_loser_of_an_import_race_reports_a_duplicate(archive, tmp_path: Path, monkeypatch) -> None:
    from timeline_app.storage.articles import ArticleStore

    assert import_paths(archive, [_good(tmp_path, "a.txt")]).count(Outcome.IMPORTED) == 1
    # Another importer's check for the same text ran before this one's article was stored: it
    # found nothing, so only the archive's unique content hash stops the second copy.
    monkeypatch.setattr(ArticleStore, "find_by_hash", lambda _self, _hash: None)
    (tmp_path / "other").mkdir()
    report = import_paths(archive, [_good(tmp_path / "other", "a.txt")])
    assert [r.outcome for r in report.results] == [Outcome.DUPLICATE]
    assert "same text as an article already in the archive" in (report.results[0].reason or "")
    with archive.read() as tx:
        assert tx.articles.count() == 1
        assert tx.check_integrity() == []
