"""Ops: every change to the archive as a plain object that knows its whole target, and its undo.

An :class:`Op` records everything it acts on when it is made (timeline, lane and entry ids,
the values to write), so it does the same thing whenever and from wherever it runs.
:func:`execute` runs one in a single write transaction and returns :class:`Done`: the
:class:`~timeline_app.domain.models.Changes` for the views, what the op made, and the inverse
op, which puts back exactly what was there (rows with their own ids, the timelines' moments of
change, the tags it made). Undo runs the inverse through :func:`execute` too, which hands back
the op that redoes it. :class:`History` keeps both stacks; the desktop app runs ops on its
writer thread (:mod:`timeline_app.ui.ops`), the CLI and tests call :func:`execute` directly.

Writing a new op: a frozen dataclass subclass of :class:`Op` whose fields are its complete
target (ids and values, never "the open timeline"), with an optional ``text`` label, and an
``apply(archive)`` that calls services (their transactions join the one :func:`execute` opened)
and returns ``Done(changes, inverse, value)``. The inverse must undo it exactly: an op that
makes a timeline returns ``DeleteTimeline(new_id)`` (whose own inverse restores it with its
ids), one that changes values returns itself with the old values, and an op that changed
nothing returns ``inverse=None`` (nothing is recorded). In the desktop app hand it to
``window.ops.run(op, origin=self, on_done=..., on_failed=...)``; its ``Changes`` reach every
view through the hub before ``on_done`` is called.

Several editors: every row an editor can change has a version. An op made from what an editor
saw is wrapped in :class:`Guarded` with those versions, and refused with
:class:`~timeline_app.storage.versions.StaleEditError` when another editor changed one of them
since ("This entry was changed by another editor; reload?"). Every inverse is guarded the same
way by itself: undo is refused when the op's rows changed after it ran, and it puts their
versions back as they were, so undo and redo leave the archive exactly as it was.

No Qt here.
"""

from __future__ import annotations

import abc
import datetime as _dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from timeline_app.domain.models import Changes
from timeline_app.storage import Archive
from timeline_app.storage.versions import Key, StaleEditError, State

__all__ = ["Batch", "Done", "Guarded", "History", "NoOp", "Op", "OwnVersions", "StaleEditError", "Step", "execute"]


@dataclass(frozen=True, slots=True)
class Done:
    """What running an op did: changes for the views, the inverse op (``None``: nothing changed), its product."""

    changes: Changes
    inverse: Op | None
    value: object = None


class Op(abc.ABC):
    """One edit with its complete target. Subclasses are frozen dataclasses."""

    @abc.abstractmethod
    def apply(self, archive: Archive) -> Done:
        """Make the change (inside the transaction :func:`execute` opened) and say how to undo it."""

    @property
    def label(self) -> str:
        """What the op does, for "Undo …" and "Redo …" (its ``text`` field, else its class's first doc line)."""
        text = getattr(self, "text", "")
        if text:
            return str(text)
        doc = (type(self).__doc__ or type(self).__name__).strip().splitlines()[0]
        return doc.rstrip(".")

    def targets(self) -> tuple[Key, ...]:
        """The versioned rows the op edits (``("entry", 12)``...), for :meth:`Guarded.of`; none by default."""
        return ()


@dataclass(frozen=True)
class Guarded(Op):
    """``op``, refused with :class:`StaleEditError` when a row of ``seen`` moved on from that version."""

    op: Op
    seen: Mapping[Key, int] = field(default_factory=dict)

    @classmethod
    def of(cls, op: Op, version_of: Callable[[Key], int | None]) -> Op:
        """``op`` guarded by the versions (as its editor saw them, ``version_of(key)``) of the rows it
        edits; ``op`` itself when none of them is known."""
        seen: dict[Key, int] = {}
        for key in op.targets():
            version = version_of(key)
            if version:
                seen[key] = version
        return cls(op, seen) if seen else op

    def apply(self, archive: Archive) -> Done:  # pragma: no cover - execute() unwraps it
        return execute(archive, self)

    @property
    def label(self) -> str:
        return self.op.label


@dataclass(frozen=True)
class NoOp(Op):
    """Nothing."""

    text: str = ""

    def apply(self, archive: Archive) -> Done:
        return Done(Changes(), None)


@dataclass(frozen=True)
class Batch(Op):
    """Several ops as one step (in one transaction); its inverse undoes them in reverse order."""

    ops: tuple[Op, ...]
    text: str = ""

    def apply(self, archive: Archive) -> Done:
        changes = Changes()
        inverses: list[Op] = []
        values: list[object] = []
        with archive.write():
            for op in self.ops:
                done = op.apply(archive)
                changes = changes | done.changes
                values.append(done.value)
                if done.inverse is not None:
                    inverses.append(done.inverse)
        inverse = Batch(tuple(reversed(inverses)), self.text) if inverses else None
        return Done(changes, inverse, tuple(values))


@dataclass(frozen=True)
class _Bookkept(Op):
    """An inverse op with what the op before it changed besides its own rows.

    ``stamps``: when the timelines it touched had last changed; ``create_tags``: tags the op
    before it dropped, to put back with their ids first; ``drop_tags``: tags it made, to drop
    when nothing uses them any more; ``seen``: the versions the op left its rows at (the inverse
    is refused when they moved on); ``versions``: the versions (and editors) they had before, to
    put back.
    """

    inner: Op
    stamps: Mapping[int, _dt.datetime] = field(default_factory=dict)
    create_tags: Mapping[int, str] = field(default_factory=dict)
    drop_tags: tuple[int, ...] = ()
    seen: Mapping[Key, int] = field(default_factory=dict)
    versions: Mapping[Key, State] = field(default_factory=dict)

    def apply(self, archive: Archive) -> Done:  # pragma: no cover - execute() unwraps it
        return execute(archive, self)

    @property
    def label(self) -> str:
        return self.inner.label


@dataclass
class OwnVersions:
    """The versions one editor's own ops moved rows through, so that an edit made on a view that
    has not caught up with the editor's previous edit yet is not taken for a conflict."""

    passed: dict[Key, set[int]] = field(default_factory=dict)
    latest: dict[Key, int] = field(default_factory=dict)

    def rebase(self, seen: Mapping[Key, int]) -> dict[Key, int]:
        """``seen`` with every version that this editor's ops moved on from replaced by where they left it."""
        return {key: self.latest[key] if key in self.latest and version in self.passed.get(key, ())
                else version for key, version in seen.items()}

    def record(self, before: Mapping[Key, State], after: Mapping[Key, int]) -> None:
        """An own op moved the rows of ``before`` (their states then) to ``after`` (absent: deleted)."""
        for key, (version, _by) in before.items():
            passed = self.passed.setdefault(key, set())
            if version is not None:
                passed.add(version)
            if key in after:
                passed.add(after[key])
                self.latest[key] = after[key]
            else:
                self.latest.pop(key, None)


def execute(archive: Archive, op: Op, own: OwnVersions | None = None) -> Done:
    """Run ``op`` in one write transaction; the returned inverse puts back exactly what was there.

    Raises :class:`StaleEditError` (and changes nothing) when ``op`` is guarded by versions
    that rows have moved on from: another editor's change is never silently overwritten.
    ``own``: the versions this editor's earlier ops left (updated with this op's).
    """
    inner: Op = op
    stamps: dict[int, _dt.datetime] = {}
    create: dict[int, str] = {}
    drop: tuple[int, ...] = ()
    seen: dict[Key, int] = {}
    restore: Mapping[Key, State] = {}
    while isinstance(inner, (Guarded, _Bookkept)):
        if isinstance(inner, Guarded):
            seen.update(own.rebase(inner.seen) if own is not None else inner.seen)
            inner = inner.op
        else:
            stamps, create, drop = dict(inner.stamps), dict(inner.create_tags), inner.drop_tags
            seen.update(inner.seen)
            restore = inner.versions
            inner = inner.inner
    with archive.write() as tx:
        tx.check_versions(seen)
        with tx.tracking() as touched:
            before = tx.timelines.stamps()
            last_tag = tx.tags.last_id()
            recreated = tx.tags.restore(create)
            done = inner.apply(archive)
            made = {**tx.tags.since(last_tag), **recreated}
            dropped = tx.tags.drop_unused(drop)
            tx.timelines.set_stamps(stamps)
            tx.put_back_versions(restore)
            after = tx.timelines.stamps()
        left = tx.current_versions(touched)
        tx.announce(done.changes)
    if own is not None:
        own.record(touched, left)
    if done.inverse is None:
        return done
    # Every timeline's moment, not only those that differ: two edits within one second leave the
    # same stamp, yet the undo's own writes move it again.
    kept = {i: before[i] for i in after if i in before}
    inverse = _Bookkept(done.inverse, kept, dropped, tuple(sorted(made)), left, dict(touched))
    return Done(done.changes, inverse, done.value)


@dataclass(frozen=True, slots=True)
class Step:
    """One entry of the history: what the user did, and the op that takes it back (or does it again)."""

    label: str
    op: Op


@dataclass
class History:
    """Undo and redo stacks of ops (newest last), as one editor made them."""

    limit: int = 200
    undo_steps: list[Step] = field(default_factory=list)
    redo_steps: list[Step] = field(default_factory=list)

    def record(self, label: str, inverse: Op) -> None:
        """Something new was done: its inverse goes on the undo stack and the redo stack empties."""
        self.undo_steps.append(Step(label, inverse))
        del self.undo_steps[: -self.limit]
        self.redo_steps.clear()

    def take_undo(self) -> Step | None:
        """The newest step to undo, taken off its stack (``None`` when there is nothing)."""
        return self.undo_steps.pop() if self.undo_steps else None

    def take_redo(self) -> Step | None:
        """The newest step to redo, taken off its stack."""
        return self.redo_steps.pop() if self.redo_steps else None

    def undone(self, label: str, redo: Op) -> None:
        """A step was undone: ``redo`` does it again."""
        self.redo_steps.append(Step(label, redo))

    def redone(self, label: str, undo: Op) -> None:
        """A step was redone: ``undo`` takes it back again."""
        self.undo_steps.append(Step(label, undo))

    def clear(self) -> None:
        """Forget everything (after a step could not be undone)."""
        self.undo_steps.clear()
        self.redo_steps.clear()

    @property
    def undo_label(self) -> str | None:
        """What Undo would take back."""
        return self.undo_steps[-1].label if self.undo_steps else None

    @property
    def redo_label(self) -> str | None:
        """What Redo would do again."""
        return self.redo_steps[-1].label if self.redo_steps else None
