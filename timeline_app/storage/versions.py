"""Row versions: every row an editor can change counts its changes and names who made the last one.

Stores call :func:`touch` before they change a row's content (its version goes up by one and
``changed_by`` becomes the transaction's editor), :func:`created` after they insert one and
:func:`deleting` before they delete one. A moment stamp (``updated_at``) is not content: a
timeline whose entries change keeps its version.

An edit names the versions it was made on (the ones its editor saw, or, for an undo, the ones
the undone op left); :func:`check` refuses it with :class:`StaleEditError` when a row has moved
on since, so another editor's change is never silently overwritten. While :func:`tracking` is
active, every first change of a row in the transaction is recorded with the version it had, so
an undo can put versions back exactly (:func:`put_back`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select, update
from sqlmodel import Session, SQLModel

from timeline_app.storage.tables import ArticleRow, EraRow, EventRow, LaneRow, TimelineEntryRow, TimelineRow

ROWS: dict[str, Any] = {
    "article": ArticleRow,
    "event": EventRow,
    "timeline": TimelineRow,
    "lane": LaneRow,
    "era": EraRow,
    "entry": TimelineEntryRow,
}
"""The kinds of versioned rows (the names edits and errors use) and their tables."""

Key = tuple[str, int]
"""A versioned row: its kind and id."""
State = tuple[int | None, str | None]
"""A row's version and who changed it last; ``(None, None)``: the row did not exist."""

_EDITOR = "timeline_app.editor"
_TRACKING = "timeline_app.touched"


class StaleEditError(RuntimeError):
    """An edit was made on a version of a row that another editor (or program) has changed since."""

    def __init__(self, kind: str, row_id: int, label: str, changed_by: str | None, *, deleted: bool = False,
                 mine: bool = False) -> None:
        name = f" “{label}”" if label else ""
        if deleted:
            message = f"This {kind}{name} was deleted by another editor meanwhile; reload?"
        elif mine:
            message = (f"This {kind}{name} was changed elsewhere (by {changed_by}, in another window or program) "
                       "since you opened it; reload?")
        else:
            who = f" ({changed_by})" if changed_by else ""
            message = f"This {kind}{name} was changed by another editor{who} since you opened it; reload?"
        super().__init__(message)
        self.kind = kind
        self.row_id = row_id
        self.changed_by = changed_by
        self.deleted = deleted


def set_editor(session: Session, editor: str | None) -> None:
    """Name who makes the changes in ``session`` (written to ``changed_by``)."""
    session.info[_EDITOR] = editor


def editor_of(session: Session) -> str | None:
    """Who makes the changes in ``session``."""
    value = session.info.get(_EDITOR)
    return str(value) if value else None


@contextmanager
def tracking(session: Session) -> Iterator[dict[Key, State]]:
    """Record, while the block runs, how each versioned row stood before its first change (or deletion)."""
    stack: list[dict[Key, State]] = session.info.setdefault(_TRACKING, [])
    record: dict[Key, State] = {}
    stack.append(record)
    try:
        yield record
    finally:
        stack.remove(record)


def _remember(session: Session, key: Key, state: State) -> None:
    for record in session.info.get(_TRACKING, ()):
        record.setdefault(key, state)


def tracking_active(session: Session) -> bool:
    """Whether some block records the changes made in ``session``."""
    return bool(session.info.get(_TRACKING))


def touch(session: Session, kind: str, row: Any) -> None:
    """``row``'s content is about to change: count the change and name the editor."""
    assert row.id is not None
    _remember(session, (kind, int(row.id)), (row.version, row.changed_by))
    row.version = (row.version or 1) + 1
    row.changed_by = editor_of(session)


def touch_ids(session: Session, kind: str, ids: Iterable[int], **values: Any) -> None:
    """Set ``values`` on the rows ``ids`` in one statement, counting the change as :func:`touch` does."""
    wanted = sorted(set(ids))
    if not wanted:
        return
    table = _table(kind)
    if tracking_active(session):
        for row_id, version, by in session.execute(
            select(table.c.id, table.c.version, table.c.changed_by).where(table.c.id.in_(wanted))
        ):
            _remember(session, (kind, int(row_id)), (version, by))
    session.execute(
        update(table).where(table.c.id.in_(wanted)).values(
            version=table.c.version + 1, changed_by=editor_of(session), **values)
    )


def created(session: Session, kind: str, row_id: int) -> None:
    """A row was inserted (it did not exist before)."""
    _remember(session, (kind, int(row_id)), (None, None))


def deleting(session: Session, kind: str, row: Any) -> None:
    """``row`` is about to be deleted."""
    assert row.id is not None
    _remember(session, (kind, int(row.id)), (row.version, row.changed_by))


def deleting_where(session: Session, kind: str, condition: Any) -> None:
    """Rows matching ``condition`` (on the kind's table) are about to be deleted, by cascade or in bulk."""
    if not tracking_active(session):
        return
    table = _table(kind)
    for row_id, version, by in session.execute(select(table.c.id, table.c.version, table.c.changed_by).where(condition)):
        _remember(session, (kind, int(row_id)), (version, by))


def deleting_events(session: Session, condition: Any) -> None:
    """Events matching ``condition`` are about to be deleted, and with them their timeline entries."""
    if not tracking_active(session):
        return
    events = _table("event")
    deleting_where(session, "event", condition)
    going = select(events.c.id).where(condition)
    deleting_where(session, "entry", _table("entry").c.event_id.in_(going))


def current(session: Session, keys: Iterable[Key]) -> dict[Key, int]:
    """The versions of those ``keys`` whose rows exist."""
    found: dict[Key, int] = {}
    for kind, ids in _by_kind(keys).items():
        table = _table(kind)
        for start in range(0, len(ids), 900):
            for row_id, version in session.execute(
                select(table.c.id, table.c.version).where(table.c.id.in_(ids[start:start + 900]))
            ):
                found[(kind, int(row_id))] = int(version)
    return found


def check(session: Session, seen: Mapping[Key, int]) -> None:
    """Raise :class:`StaleEditError` for the first row of ``seen`` that changed (or went) since that version."""
    if not seen:
        return
    session.flush()
    now = current(session, seen)
    for key in sorted(seen):
        if now.get(key) == seen[key]:
            continue
        kind, row_id = key
        if key not in now:
            raise StaleEditError(kind, row_id, "", None, deleted=True)
        by = _changed_by(session, kind, row_id)
        me = editor_of(session)
        raise StaleEditError(kind, row_id, label(session, kind, row_id), by, mine=bool(me) and by == me)


def put_back(session: Session, states: Mapping[Key, State]) -> None:
    """Give rows the versions and editors of ``states`` (rows that did not exist then, or are gone, are skipped)."""
    for (kind, row_id), (version, by) in sorted(states.items()):
        if version is None:
            continue
        row = session.get(ROWS[kind], row_id)
        if row is not None and (row.version, row.changed_by) != (version, by):
            row.version, row.changed_by = version, by
            session.add(row)
    session.flush()


def label(session: Session, kind: str, row_id: int) -> str:
    """What an editor calls the row: its title or name (an entry: its title on the timeline)."""
    if kind == "entry":
        entry = session.get(TimelineEntryRow, row_id)
        if entry is None:
            return ""
        if entry.title_override:
            return str(entry.title_override)
        event = session.get(EventRow, entry.event_id)
        return str(event.title) if event is not None else ""
    row = session.get(ROWS[kind], row_id)
    if row is None:
        return ""
    return str(getattr(row, "title", None) or getattr(row, "name", "") or "")[:80]


def _changed_by(session: Session, kind: str, row_id: int) -> str | None:
    table = _table(kind)
    value = session.execute(select(table.c.changed_by).where(table.c.id == row_id)).scalar()
    return str(value) if value else None


def _table(kind: str) -> Any:
    return SQLModel.metadata.tables[ROWS[kind].__tablename__]


def _by_kind(keys: Iterable[Key]) -> dict[str, list[int]]:
    grouped: dict[str, list[int]] = {}
    for kind, row_id in keys:
        grouped.setdefault(kind, []).append(row_id)
    return {kind: sorted(set(ids)) for kind, ids in grouped.items()}
