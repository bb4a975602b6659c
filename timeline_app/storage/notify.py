"""Telling other app instances what changed: PostgreSQL NOTIFY when a write commits, LISTEN for theirs.

Every write transaction on a shared archive ends with one ``pg_notify`` on :data:`CHANNEL`
(delivered only if it commits): the :class:`~timeline_app.domain.models.Changes` its op
announced (:meth:`~timeline_app.storage.Transaction.announce`), or, for writes that announce
nothing (imports), the kinds of rows its statements touched. A :class:`ChangeListener` in each
other instance hears them on a connection of its own and hands them to a callback (the desktop
app's change hub, which refreshes the open views). The payload names the sender, so an instance
ignores its own changes (its views have them already).
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Callable
from typing import Any

from timeline_app.domain.models import Changes

log = logging.getLogger(__name__)

CHANNEL = "timeline_app_changes"
_MAX_PAYLOAD = 7000  # PostgreSQL takes up to 8,000 bytes
_WRITE_RE = re.compile(r"^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?(\w+)", re.IGNORECASE)
_KINDS = {
    "article": Changes(articles=True),
    "event": Changes(events=True, articles=True),
    "event_source": Changes(events=True, articles=True),
    "event_tag": Changes(events=True),
    "timeline": Changes(timelines=True),
    "lane": Changes(timelines=True),
    "era": Changes(timelines=True),
    "timeline_entry": Changes(timelines=True),
    "entry_tag": Changes(timelines=True),
}
EVERYTHING = Changes(articles=True, events=True, timelines=True)
"""What may have changed while an instance could not listen."""

OnChanges = Callable[[Changes, "str | None"], None]


def written_table(statement: str) -> str | None:
    """The table an INSERT, UPDATE or DELETE statement writes (``None`` for other statements)."""
    match = _WRITE_RE.match(statement)
    return match.group(1).lower() if match else None


def changes_of_tables(tables: set[str]) -> Changes:
    """What writing to ``tables`` may have changed, without ids (views refresh all of that kind)."""
    changes = Changes()
    for table in tables:
        changes = changes | _KINDS.get(table, Changes())
    return changes


_ID_FIELDS = ("article_ids", "event_ids", "timeline_ids", "entry_ids", "lane_ids", "era_ids")
_FLAGS = ("articles", "events", "timelines")


def encode(changes: Changes, sender: str, editor: str | None) -> str:
    """The NOTIFY payload for ``changes`` (ids dropped when there are too many to send: "some of that kind")."""
    body: dict[str, Any] = {"from": sender, "editor": editor}
    body.update({name: getattr(changes, name) for name in _FLAGS})
    body.update({name: sorted(getattr(changes, name)) for name in _ID_FIELDS})
    payload = json.dumps(body, separators=(",", ":"))
    if len(payload.encode()) > _MAX_PAYLOAD:
        body.update({name: [] for name in _ID_FIELDS})
        payload = json.dumps(body, separators=(",", ":"))
    return payload


def decode(payload: str) -> tuple[Changes, str, str | None]:
    """``(changes, sender, editor)`` from a payload (``ValueError`` when it is not one of ours)."""
    body = json.loads(payload)
    if not isinstance(body, dict) or "from" not in body:
        raise ValueError("not a timeline_app change notice")
    values: dict[str, Any] = {name: bool(body.get(name)) for name in _FLAGS}
    values.update({name: frozenset(int(i) for i in body.get(name) or ()) for name in _ID_FIELDS})
    editor = body.get("editor")
    return Changes(**values), str(body["from"]), str(editor) if editor else None


class ChangeListener:
    """Hears other instances' changes on a connection of its own and hands them to ``on_changes``.

    ``on_changes(changes, editor)`` is called on the listener's thread. A dropped connection is
    opened again (with :data:`EVERYTHING` reported, since notices may have been missed meanwhile).
    """

    def __init__(self, conninfo: str, sender: str, on_changes: OnChanges, *, shown_as: str = "") -> None:
        self._conninfo = conninfo
        self._sender = sender
        self._on_changes = on_changes
        self._shown_as = shown_as
        self._stop = threading.Event()
        self.listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="archive-listener", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Stop listening (returns once the thread has ended, within about a second)."""
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        import psycopg

        missed = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True, application_name="timeline_app listener",
                                     connect_timeout=10) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    if missed:
                        self._on_changes(EVERYTHING, None)
                        missed = False
                    while not self._stop.is_set():
                        for notice in connection.notifies(timeout=0.5):
                            self._deliver(notice.payload)
            except psycopg.Error as exc:
                self.listening.clear()
                missed = True
                log.warning("lost the connection that hears other editors' changes (%s); trying again",
                            self._shown_as or "archive", exc_info=exc)
                self._stop.wait(2.0)

    def _deliver(self, payload: str) -> None:
        try:
            changes, sender, editor = decode(payload)
        except (ValueError, TypeError):
            log.info("ignored a change notice that is not ours")
            return
        if sender == self._sender or changes.empty:
            return
        try:
            self._on_changes(changes, editor)
        except Exception:  # a view's trouble must not stop the listening
            log.exception("handing on another editor's changes failed")
