"""Events in the archive: import stores them, cross-article dedupe, conflicts, re-extraction, pool."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

from timeline_app.cli import run_cli
from timeline_app.domain.models import EventStatus
from timeline_app.extraction import extract_events
from timeline_app.paths import samples_dir
from timeline_app.services.extracting import reextract_article, store_extracted_events
from timeline_app.services.importing import Outcome, import_paths
from timeline_app.services.jobs import JobControl


def _article(folder: Path, name: str, title: str, published: str, body: str) -> Path:
    path = folder / name
    # A second paragraph: the text reader reads a lone short paragraph as a headline.
    text = f"{title}\nPublished: {published}\nLanguage: en\n\n{body}\n\nMore follows later, the editors said.\n"
    path.write_text(text, encoding="utf-8")
    return path


def test_samples_import_gives_events_per_article_and_merges_the_water_inrush(archive) -> None:
    report = import_paths(archive, [samples_dir()])
    assert report.ok
    with archive.read() as tx:
        for article_id in report.imported_ids:
            assert tx.events.ids(article_id=article_id), f"no events for article {article_id}"
        events = tx.events.many(tx.events.ids())
    inrush = sorted((e for e in events if e.span.value == "2022-02-03"), key=lambda e: -len(e.sources))
    articles = {s.article_id for s in inrush[0].sources}
    # Reported in Dutch, French and English articles: one event, by shared names or by sentences
    # that name nobody in articles of the same story. A report whose sentence names other things
    # (the German "Wassereinbruch ... Messbrunnen") may stay apart: names that differ are no proof.
    assert len(articles) >= 4, [(e.id, e.title, len(e.sources)) for e in inrush]
    with archive.read() as tx:
        languages = {tx.articles.get(a).language for a in articles}
    assert languages >= {"nl", "fr", "en"}
    assert len(inrush) <= 3
    assert all(e.sources for e in events)


def test_similar_event_in_another_article_becomes_a_source(archive, tmp_path: Path) -> None:
    a = _article(tmp_path, "a.txt", "Dam breaks", "2021-05-06",
                 "The old river dam at Lowtown collapsed on 5 May 2021 after days of heavy rain.")
    b = _article(tmp_path, "b.txt", "Flood aftermath", "2021-05-20",
                 "Residents are still cleaning up after the old river dam at Lowtown collapsed on 5 May 2021.")
    import_paths(archive, [a, b])
    with archive.read() as tx:
        events = tx.events.many(tx.events.ids())
    collapsed = [e for e in events if e.span.value == "2021-05-05"]
    assert len(collapsed) == 1
    assert len({s.article_id for s in collapsed[0].sources}) == 2


def test_similar_events_with_incompatible_dates_are_flagged(archive, tmp_path: Path) -> None:
    a = _article(tmp_path, "a.txt", "Bridge", "2021-05-06",
                 "The new Lowtown harbour bridge officially opened on 5 May 2021 with a ceremony.")
    b = _article(tmp_path, "b.txt", "Bridge again", "2021-08-01",
                 "The new Lowtown harbour bridge officially opened on 12 June 2021 with a ceremony.")
    import_paths(archive, [a, b])
    with archive.read() as tx:
        events = [e for e in tx.events.many(tx.events.ids()) if "bridge" in e.title.lower()]
    assert len(events) == 2
    assert all(e.conflict for e in events)
    assert not any(e.edited for e in events)


def test_reextraction_replaces_suggestions_and_keeps_editor_work(archive, tmp_path: Path) -> None:
    path = _article(tmp_path, "a.txt", "Council", "2022-02-04",
                    "The council approved the harbour plan on 1 February 2022. "
                    "In 2019 the plan was first proposed. Yesterday the mayor signed the decree.")
    report = import_paths(archive, [path])
    article_id = report.imported_ids[0]
    with archive.write() as tx:
        ids = tx.events.ids(article_id=article_id)
        events = {e.span.value: e for e in tx.events.many(ids)}
        assert set(events) == {"2022-02-01", "2019", "2022-02-03"}
        tx.events.set_status([events["2019"].id], EventStatus.ACCEPTED)
        edited = tx.events.update(events["2022-02-01"].id, title="Harbour plan approved")
        tx.articles.session.execute(  # the editor corrects the publication date
            __import__("sqlalchemy").text("UPDATE article SET published = :d WHERE id = :i"),
            {"d": "2022-03-10", "i": article_id},
        )
    reextract_article(archive, article_id)
    with archive.read() as tx:
        after = tx.events.many(tx.events.ids(article_id=article_id))
    values = sorted(e.span.value for e in after)
    assert values == ["2019", "2022-02-01", "2022-03-09"]
    kept = {e.id for e in after}
    assert events["2019"].id in kept and edited.id in kept
    assert next(e for e in after if e.id == edited.id).title == "Harbour plan approved"


def test_store_is_atomic_with_the_article(archive, tmp_path: Path) -> None:
    files = [
        _article(tmp_path, f"{n}.txt", f"Story {n}", "2022-02-04", f"Item {n}: the council met on 3 February 2022 in Lowtown.")
        for n in range(3)
    ]

    def explode(tx, article_id, draft) -> None:
        if draft.title == "Story 1":
            raise RuntimeError("boom")

    report = import_paths(archive, files, after_store=explode)
    assert [r.outcome for r in report.results] == [Outcome.IMPORTED, Outcome.FAILED, Outcome.IMPORTED]
    with archive.read() as tx:
        sources = [s for e in tx.events.many(tx.events.ids()) for s in e.sources]
        assert {s.article_id for s in sources} == set(report.imported_ids)


def test_process_pool_import_stores_events_and_cancel_keeps_finished(archive, tmp_path: Path) -> None:
    files = [
        _article(tmp_path, f"{n:02}.txt", f"Story {n}", "2022-02-04",
                 f"Report {n}: the Lowtown council number {n} approved plan {n} on {n % 27 + 1} January 2022.")
        for n in range(12)
    ]
    seen: list[int] = []
    report = import_paths(archive, files, control=JobControl(lambda done, total, _m: seen.append(done)), workers=2)
    assert report.count(Outcome.IMPORTED) == 12 and not report.cancelled
    assert seen[-1] == 12 and seen == sorted(seen)
    with archive.read() as tx:
        for article_id in report.imported_ids:
            assert len(tx.events.ids(article_id=article_id)) == 1

    other = tmp_path / "more"
    other.mkdir()
    more = [
        _article(other, f"{n:02}.txt", f"Other {n}", "2022-02-04", f"Other item {n} happened on 2 March 2021 in Hightown {n}.")
        for n in range(12)
    ]
    control = JobControl()
    control._on_progress = lambda done, total, _m: control.cancel() if done == 5 else None
    report = import_paths(archive, more, control=control, workers=2)
    assert report.cancelled and report.count(Outcome.IMPORTED) == 5
    with archive.read() as tx:
        assert tx.articles.count() == 17
        assert tx.check_integrity() == []


def _cli(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(argv), out=out, err=err)
    return code, out.getvalue()


def test_cli_extract_json_and_timeml(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Raad & haven\n\nDe raad besloot gisteren <eindelijk> over de haven. Dat duurde vier jaar.\n", encoding="utf-8")
    code, out = _cli("extract", str(path), "--published", "2022-02-04", "--language", "nl", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert [t["value"] for t in data["timexes"]] == ["2022-02-03", "P4Y"]
    (event,) = data["events"]
    assert event["span"]["value"] == "2022-02-03" and event["span"]["display"] == "3 feb 2022"
    assert set(event) >= {"headline", "sentence", "sentence_start", "sentence_end", "mentions", "confidence",
                          "is_caption", "people", "places", "approximate"}
    code, out = _cli("extract", str(path), "--published", "2022-02-04", "--format", "timeml")
    assert '<TIMEX3 tid="t1" type="DATE" value="2022-02-03">gisteren</TIMEX3>' in out
    assert "&lt;eindelijk&gt;" in out
    __import__("xml.etree.ElementTree").etree.ElementTree.fromstring(out.split("?>", 1)[1])


def test_cli_events_json_filters(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite3")
    a = _article(tmp_path, "a.txt", "Dam", "2021-05-06", "The old river dam at Lowtown collapsed on 5 May 2021.")
    assert _cli("--db", db, "--create", "import", str(a))[0] == 0
    code, out = _cli("--db", db, "events", "--json", "--from", "2021-05-01", "--to", "2021-05-31")
    (event,) = json.loads(out)
    assert event["span"]["display"] == "5 May 2021" and event["status"] == "suggested"
    assert event["sources"][0]["title"] == "Dam" and "collapsed" in event["sources"][0]["sentence"]
    assert json.loads(_cli("--db", db, "events", "--json", "--to", "2021-05-04")[1]) == []
    assert len(json.loads(_cli("--db", db, "events", "--json", "--query", "dam")[1])) == 1
    assert json.loads(_cli("--db", db, "events", "--json", "--status", "accepted")[1]) == []
    code, out = _cli("--db", db, "events")
    assert code == 0 and "1 events" in out


def test_extract_events_is_deterministic_and_clock_free() -> None:
    text = "Gisteren opende de burgemeester de nieuwe brug in Lowtown."
    first = extract_events(text, reference_date=dt.date(2020, 1, 2), language="nl")
    assert first == extract_events(text, reference_date=dt.date(2020, 1, 2), language="nl")
    assert first[0].span.value == "2020-01-01"


def test_store_extracted_events_returns_changes(archive, tmp_path: Path) -> None:
    path = _article(tmp_path, "a.txt", "Dam", "2021-05-06", "Nothing dated here at all, just words.")
    article_id = import_paths(archive, [path]).imported_ids[0]
    candidates = extract_events("The dam collapsed on 5 May 2021.", reference_date=None, language="en")
    with archive.write() as tx:
        changes = store_extracted_events(tx, article_id, candidates)
    assert changes.events and changes.article_ids == frozenset({article_id})
