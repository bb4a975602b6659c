"""Several processes on one PostgreSQL archive: conflicts, notifications, import races (issue 14)."""

from __future__ import annotations

import json
import multiprocessing
import queue
import subprocess
import sys
import time
from pathlib import Path

from archive_workers import edit_entry
from builders import add_article, add_event

from timeline_app.domain.models import Changes
from timeline_app.storage import open_archive


def test_two_clients_edit_one_entry_one_wins_and_a_third_hears_both(pg_url: str) -> None:
    with open_archive(pg_url, editor="setup") as archive:
        event = add_event(archive, add_article(archive), "Ceasefire talks")
        with archive.write() as tx:
            timeline = tx.timelines.create("Crisis")
            entry = tx.timelines.add_entry(timeline.id, event)
        heard: queue.Queue[tuple[Changes, str | None, float]] = queue.Queue()
        listener = archive.listen(lambda changes, editor: heard.put((changes, editor, time.time())))
        assert listener is not None
        try:
            assert listener.listening.wait(10)
            context = multiprocessing.get_context("spawn")
            barrier, results = context.Barrier(2), context.Queue()
            clients = [context.Process(target=edit_entry, args=(pg_url, name, entry.id, entry.version, f"{name}'s note",
                                                                barrier, results)) for name in ("anna", "bram")]
            for client in clients:
                client.start()
            reports = {}
            for _ in clients:
                editor, outcome, committed = results.get(timeout=60)
                reports[editor] = (outcome, committed)
            for client in clients:
                client.join(30)
                assert client.exitcode == 0
            outcomes = sorted(outcome for outcome, _ in reports.values())
            # One wins; the other is told who changed the entry, reloads and saves its own note.
            assert outcomes[1] == "saved", outcomes
            loser = next(name for name, (outcome, _) in reports.items() if outcome != "saved")
            winner = ({"anna", "bram"} - {loser}).pop()
            assert f"changed by another editor ({winner})" in outcomes[0] and "reload?" in outcomes[0]
            notices = [heard.get(timeout=10) for _ in range(2)]
        finally:
            listener.close()
        # The third instance heard both changes, naming the entry and its editor, within 2 s of each commit.
        assert {editor for _, editor, _ in notices} == {"anna", "bram"}
        for changes, editor, arrived in notices:
            assert entry.id in changes.entry_ids and changes.timelines
            assert editor is not None and arrived - reports[editor][1] < 2.0
        with archive.read() as tx:
            assert tx.timelines.entries_by_id([entry.id])[0].public_note == f"{loser}'s note"


def test_two_importers_of_the_same_file_store_it_once(pg_url: str, tmp_path: Path) -> None:
    article = tmp_path / "same.txt"
    article.write_text("Datum: 2023-07-08\n\nKabinet gevallen\n\nOp 7 juli 2023 viel het kabinet in Den Haag.\n",
                       encoding="utf-8")
    open_archive(pg_url).close()
    command = [sys.executable, "-m", "timeline_app", "--db", pg_url, "import", str(article), "--json"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=120) for run in runs]
    statuses = sorted(json.loads(out)["results"][0]["status"] for out, _ in outputs)
    assert statuses == ["duplicate", "imported"], outputs
    with open_archive(pg_url) as archive, archive.read() as tx:
        assert tx.articles.count() == 1
