"""The one change path of the desktop app: ops run on the writer thread, changes go to the hub.

Any view that changes data builds an op (:mod:`timeline_app.services.timeline_ops`,
:mod:`timeline_app.services.event_ops`) with its complete target and hands it to
:meth:`OpRunner.run`. The runner executes it on the writer thread (never the GUI thread),
records its inverse for Undo, and gives the op's :class:`~timeline_app.domain.models.Changes`
to the :class:`ChangeHub`, which hands them to every view, whichever made the change. Views
refresh only in their hub slot. Undo and redo run the recorded inverse ops the same way. One
request at a time, in the order asked: an Undo pressed while an edit is still being saved
takes back that edit.

Changes from elsewhere (an import finishing; other editors' changes on a shared archive, heard
by :meth:`ChangeHub.listen_to`) go to :meth:`ChangeHub.publish` too, from any thread.

An edit made on what another editor has changed since (see :class:`~timeline_app.services.ops.Guarded`)
is refused: the runner says so (``failed``) and offers the views a reload (``conflicted``).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QAction

from timeline_app.domain.models import Changes
from timeline_app.services.jobs import JobControl
from timeline_app.services.ops import Done, History, NoOp, Op, OwnVersions, StaleEditError, Step, execute
from timeline_app.storage import Archive
from timeline_app.ui.i18n import tr
from timeline_app.ui.jobs import JobRunner

log = logging.getLogger(__name__)

OnDone = Callable[[Done], None]
OnFailed = Callable[[str], None]
_USER_ERRORS = (ValueError, KeyError, LookupError, RuntimeError)


class ChangeHub(QObject):
    """Hands every :class:`Changes` to every view that listens, on the GUI thread."""

    changed = Signal(object, object)  # Changes, origin (who asked for the change, or None)
    _arrived = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self._deliver)  # queued when published from another thread

    def publish(self, changes: Changes, origin: object = None) -> None:
        """Tell every view about ``changes`` (thread-safe; empty changes are dropped)."""
        if not changes.empty:
            self._arrived.emit(changes, origin)

    def _deliver(self, changes: Changes, origin: object) -> None:
        self.changed.emit(changes, origin)

    def listen_to(self, archive: Archive) -> object | None:
        """Hand other instances' changes to the shared ``archive`` on to the views (within a moment of
        their commit); returns the listener (close it when done), ``None`` when nobody else writes."""
        return archive.listen(lambda changes, editor: self.publish(changes, RemoteEdit(editor)))


@dataclass(frozen=True, slots=True)
class RemoteEdit:
    """The origin of changes another app instance made (``editor``: who, when known)."""

    editor: str | None


def changes_to_reload(exc: StaleEditError) -> Changes:
    """What views should read again after an edit was refused because another editor changed ``exc``'s row."""
    if exc.kind == "article":
        return Changes(articles=True, article_ids=frozenset({exc.row_id}))
    if exc.kind == "event":
        return Changes(events=True, event_ids=frozenset({exc.row_id}))
    if exc.kind == "timeline":
        return Changes.of_timeline(exc.row_id)
    return Changes(timelines=True)  # an entry, lane or era: of some timeline


@dataclass(frozen=True, slots=True)
class _Failure:
    """An op that raised: the message for the editor (``reload``: what to read again after a conflict)."""

    message: str
    reload: Changes | None = None


@dataclass(slots=True)
class _Request:
    kind: str  # "do", "undo" or "redo"
    op: Op | None = None
    origin: object = None
    on_done: OnDone | None = None
    on_failed: OnFailed | None = None


def describe_error(exc: BaseException) -> str:
    """A short reason for an op that failed."""
    if isinstance(exc, KeyError):
        return tr("it no longer exists")
    return str(exc) or type(exc).__name__


class OpRunner(QObject):
    """Runs ops on the writer thread, keeps the undo history, publishes their changes."""

    history_changed = Signal()
    performed = Signal(object, str, object)  # Done, "do" / "undo" / "redo", origin
    failed = Signal(str)
    conflicted = Signal(str, object)  # the message, the Changes to reload: another editor changed the target
    idle = Signal()

    def __init__(self, archive: Archive, runner: JobRunner | None = None, hub: ChangeHub | None = None,
                 parent: QObject | None = None, *, history: History | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self._owns_runner = runner is None
        self.runner = runner or JobRunner(self)
        self.hub = hub or ChangeHub(self)
        self.history = history if history is not None else History()
        archive.bind_writer(self.runner.writer_ident)
        self.runner.writer.can_interleave = lambda: not archive.in_write()
        self._queue: deque[_Request] = deque()
        self._busy = False
        self._own = OwnVersions()  # touched on the writer thread only, one op at a time

    # -- asking -------------------------------------------------------------------------

    def run(self, op: Op, *, origin: object = None, on_done: OnDone | None = None,
            on_failed: OnFailed | None = None) -> None:
        """Run ``op`` (after what was asked before); ``on_done`` follows the hub's delivery.

        On a read-only archive the op is refused at once (``failed``, ``on_failed``), saying why.
        """
        if self.archive.read_only:
            text = tr("{label} was not saved: the archive is read-only").format(label=op.label)
            if on_failed is not None:
                on_failed(text)
            self.failed.emit(text)
            return
        self._queue.append(_Request("do", op, origin, on_done, on_failed))
        self._next()

    def undo(self) -> None:
        """Take back the newest step."""
        self._queue.append(_Request("undo"))
        self._next()

    def redo(self) -> None:
        """Do the newest undone step again."""
        self._queue.append(_Request("redo"))
        self._next()

    @property
    def busy(self) -> bool:
        """True while an op runs or waits."""
        return self._busy or bool(self._queue)

    def can_redo(self) -> bool:
        """Whether there is an undone step to redo."""
        return bool(self.history.redo_steps)

    def wait_idle(self, timeout_ms: int = 15_000) -> bool:
        """Process events until every op asked for has run and been delivered (scripts and tests)."""
        if not self.busy:
            return True
        loop = QEventLoop()
        self.idle.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.idle.disconnect(loop.quit)
        return not self.busy

    # -- actions --------------------------------------------------------------------------

    def undo_action(self, parent: QObject, text: str = "") -> QAction:
        """An Undo action whose text names the step ("Undo Add lane")."""
        return self._action(parent, text or tr("&Undo"), tr("&Undo {step}"), self.undo,
                            lambda: self.history.undo_label)

    def redo_action(self, parent: QObject, text: str = "") -> QAction:
        """A Redo action whose text names the step."""
        return self._action(parent, text or tr("&Redo"), tr("&Redo {step}"), self.redo,
                            lambda: self.history.redo_label)

    def _action(self, parent: QObject, base: str, named: str, slot: Callable[[], None],
                label: Callable[[], str | None]) -> QAction:
        action = QAction(base, parent)
        action.triggered.connect(slot)

        def refresh() -> None:
            current = label()
            action.setEnabled(current is not None)
            action.setText(named.format(step=current) if current else base)

        self.history_changed.connect(refresh)
        refresh()
        return action

    # -- running --------------------------------------------------------------------------

    def _next(self) -> None:
        while not self._busy and self._queue:
            request = self._queue.popleft()
            step: Step | None = None
            if request.kind == "do":
                assert request.op is not None
                op, label = request.op, request.op.label
            else:
                step = self.history.take_undo() if request.kind == "undo" else self.history.take_redo()
                if step is None:
                    continue
                op, label = step.op, step.label
                self.history_changed.emit()
            self._busy = True
            handle = self.runner.start(self._job(op), parent=self, urgent=True)
            handle.succeeded.connect(lambda result, r=request, s=step, lb=label: self._finished(r, s, lb, result))
            handle.failed.connect(lambda message, r=request, s=step, lb=label: self._finished(r, s, lb, _Failure(message)))
            return
        if not self._busy:
            self.idle.emit()

    def _job(self, op: Op) -> Callable[[JobControl], Done | _Failure]:
        archive, own = self.archive, self._own

        def job(_control: JobControl) -> Done | _Failure:
            try:
                return execute(archive, op, own)
            except StaleEditError as exc:
                log.info("op %r refused: %s", op, exc)
                return _Failure(str(exc), changes_to_reload(exc))
            except _USER_ERRORS as exc:
                log.info("op %r failed: %s", op, exc)
                return _Failure(describe_error(exc))

        return job

    def _finished(self, request: _Request, step: Step | None, label: str, result: object) -> None:
        self._busy = False
        try:
            if isinstance(result, _Failure):
                self._failed(request, label, result.message, result.reload)
            else:
                assert isinstance(result, Done)
                self._done(request, label, result)
        finally:
            self._next()

    def _done(self, request: _Request, label: str, done: Done) -> None:
        if request.kind == "do":
            if done.inverse is not None:
                self.history.record(label, done.inverse)
        elif request.kind == "undo":
            self.history.undone(label, done.inverse or NoOp(label))
        else:
            self.history.redone(label, done.inverse or NoOp(label))
        self.history_changed.emit()
        self.hub.publish(done.changes, request.origin)
        self.performed.emit(done, request.kind, request.origin)
        if request.on_done is not None:
            request.on_done(done)

    def _failed(self, request: _Request, label: str, message: str, reload: Changes | None = None) -> None:
        if request.kind == "do":
            text = tr("{label} failed: {reason}").format(label=label, reason=message)
            if request.on_failed is not None:
                request.on_failed(text)
        elif reload is not None:  # another editor changed its rows: only this step is lost
            template = (tr("Cannot undo {label}: {reason}") if request.kind == "undo"
                        else tr("Cannot redo {label}: {reason}"))
            text = template.format(label=label, reason=message)
            self.history_changed.emit()
        else:
            template = (tr("Cannot undo {label}: {reason}. The undo history was cleared.") if request.kind == "undo"
                        else tr("Cannot redo {label}: {reason}. The undo history was cleared."))
            text = template.format(label=label, reason=message)
            self.history.clear()
            self.history_changed.emit()
        self.failed.emit(text)
        if reload is not None:
            self.conflicted.emit(message, reload)

    def close(self) -> None:
        """Stop the writer thread if this runner made it."""
        if self._owns_runner:
            self.runner.shutdown()
