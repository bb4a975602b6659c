"""Import use case: files and folders into the archive, one transaction per article."""

from __future__ import annotations

import datetime as _dt
import enum
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import IntegrityError, OperationalError

from timeline_app.domain.models import Changes
from timeline_app.ingest import ArticleDraft, IngestError, discover_files, read_article
from timeline_app.services.jobs import JobControl
from timeline_app.storage import Archive, NewArticle, Transaction

if TYPE_CHECKING:
    from timeline_app.extraction.events import CandidateEvent
    from timeline_app.extraction.matching import CandidateKeys
    from timeline_app.services.dedupe import ArchiveMatcher

log = logging.getLogger(__name__)

# Reading and extraction move to worker processes when an import has more files than this.
POOL_THRESHOLD = 8
POOL_WORKERS = 2
# Articles are written in batches: one transaction for up to BATCH_ARTICLES articles or
# BATCH_SECONDS of collecting, each article inside its own savepoint (all or nothing).
BATCH_ARTICLES = 48
BATCH_SECONDS = 0.3
# How many files workers may have in flight: enough to keep them busy while a batch is written.
POOL_WINDOW = 2 * BATCH_ARTICLES
# Waiting for another process's write lock: retry with growing pauses (the user can cancel).
LOCK_RETRY_PAUSES = (0.05, 0.1, 0.2, 0.5, 1.0)

# Called inside the article's transaction after it was stored (extraction hooks in here);
# an exception rolls the whole article back.
AfterStore = Callable[[Transaction, int, ArticleDraft], None]


class Outcome(enum.Enum):
    """What happened to one input."""

    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class FileResult:
    """The result for one input file."""

    path: str
    outcome: Outcome
    article_id: int | None = None
    title: str | None = None
    reason: str | None = None
    warnings: tuple[str, ...] = ()
    names: frozenset[str] | None = None


@dataclass(slots=True)
class ImportReport:
    """All file results of an import, in input order."""

    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False

    def count(self, outcome: Outcome) -> int:
        """How many inputs ended with ``outcome``."""
        return sum(1 for r in self.results if r.outcome is outcome)

    @property
    def imported_ids(self) -> list[int]:
        """Ids of the articles this import added."""
        return [r.article_id for r in self.results if r.outcome is Outcome.IMPORTED and r.article_id is not None]

    @property
    def changes(self) -> Changes:
        """What views need to refresh."""
        ids = frozenset(self.imported_ids)
        return Changes(articles=bool(ids), events=bool(ids), article_ids=ids)

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return self.count(Outcome.FAILED) == 0


def draft_to_new_article(draft: ArticleDraft) -> NewArticle:
    """The archive fields of an ingested draft."""
    return NewArticle(
        title=draft.title,
        text=draft.text,
        content_hash=draft.content_hash,
        format=draft.format,
        source_name=draft.source_name,
        author=draft.author,
        published=draft.published,
        url=draft.url,
        language=draft.language,
        source_path=draft.source_path,
        html=draft.html,
    )


def _warnings(draft: ArticleDraft) -> tuple[str, ...]:
    notes = []
    if draft.published is None:
        notes.append("publication date unknown: relative dates stay unresolved until you set it")
    if draft.language is None:
        notes.append("language not recognized")
    return tuple(notes)


def store_draft(archive: Archive, draft: ArticleDraft, *, after_store: AfterStore | None = None) -> FileResult:
    """Store one draft (without extracting events) in its own transaction; a duplicate adds nothing."""
    writer = BatchWriter(archive, extract=False, after_store=after_store)
    return writer.write_alone(PreparedArticle(draft.source_path or draft.title, draft))


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """What a worker hands back for one input: the draft, its candidates, their matching keys
    (the folded texts dedupe compares) and the article's story names; or why it failed."""

    path: str
    draft: ArticleDraft | None = None
    candidates: tuple[CandidateEvent, ...] = ()
    reason: str | None = None
    keys: tuple[CandidateKeys, ...] | None = None
    warnings: tuple[str, ...] = ()
    names: frozenset[str] | None = None  # the article's story names (see services.dedupe)


def prepare_article(
    item: Path | IngestError, language: str | None, published: _dt.date | None, extract: bool
) -> PreparedArticle:
    """Read one file and (optionally) extract its events; pure and picklable, for worker processes."""
    if isinstance(item, IngestError):
        return PreparedArticle(item.path or "", reason=item.reason)
    try:
        draft = read_article(item, language=language, published=published)
        if not extract:
            return PreparedArticle(str(item), draft)
        return prepared_with_events(str(item), draft)
    except IngestError as exc:
        return PreparedArticle(str(item), reason=exc.reason)
    except Exception as exc:  # keep the batch going; the reason names the cause
        log.exception("import of %s failed", item)
        return PreparedArticle(str(item), reason=f"unexpected error: {type(exc).__name__}: {exc}")


def prepared_with_events(path: str, draft: ArticleDraft) -> PreparedArticle:
    """A draft with its candidate events and everything the writer's dedupe needs, computed here."""
    from timeline_app.extraction.entities import story_names
    from timeline_app.services.dedupe import keys_of
    from timeline_app.services.extracting import extract_draft

    candidates = tuple(extract_draft(draft))
    keys = tuple(keys_of(c) for c in candidates)
    return PreparedArticle(path, draft, candidates, keys=keys, names=story_names(draft.text))


def import_paths(
    archive: Archive,
    paths: Iterable[str | os.PathLike[str]],
    *,
    language: str | None = None,
    published: _dt.date | None = None,
    control: JobControl | None = None,
    after_store: AfterStore | None = None,
    extract: bool = True,
    workers: int | None = None,
) -> ImportReport:
    """Import files and folders (recursively), extracting their events. One broken file never stops the others.

    Each article is stored with its events in its own transaction, so a failure or a cancel
    never leaves half an article behind; articles finished before a cancel stay. With more than
    :data:`POOL_THRESHOLD` files, reading and extraction run in :data:`POOL_WORKERS` worker
    processes (``workers`` overrides; 0 or 1 keeps everything in this thread) while all database
    writes stay on the calling thread, in input order. ``after_store`` runs inside each
    article's transaction after its events were stored.
    """
    control = control or JobControl()
    report = ImportReport()
    inputs: Sequence[Path | IngestError] = list(discover_files(paths))
    total = len(inputs)
    pool_size = POOL_WORKERS if workers is None else workers
    control.progress(0, total, "")
    if pool_size > 1 and total > POOL_THRESHOLD:
        prepared_items = _prepared_in_pool(inputs, language, published, extract, control, pool_size)
    else:
        prepared_items = _prepared_here(inputs, language, published, extract, control)
    writer = BatchWriter(archive, extract=extract, after_store=after_store)

    def stored(count: int, result: FileResult) -> None:
        control.progress(len(report.results) + count, total, Path(result.path).name)

    for results in writer.batches(prepared_items, control, on_stored=stored):
        report.results.extend(results)
        # Reported again between batches, outside any transaction: where a caller may run other
        # short writes (the desktop app's edits wait no longer than one batch).
        control.progress(len(report.results), total, "")
        if control.cancelled:
            break
    if len(report.results) < total:
        report.cancelled = True
    return report


class BatchWriter:
    """Stores prepared articles in batched transactions, one savepoint per article, with dedupe.

    A failing article is rolled back to its savepoint and retried alone in a transaction of its
    own (an error that persists is reported as its failure); the others keep their batch. When a
    whole batch cannot be committed, each of its articles is retried alone.
    """

    def __init__(self, archive: Archive, *, extract: bool = True, after_store: AfterStore | None = None) -> None:
        from timeline_app.services.dedupe import ArchiveMatcher

        self.archive = archive
        self.extract = extract
        self.after_store = after_store
        self.matcher: ArchiveMatcher = ArchiveMatcher()

    def batches(
        self,
        prepared: Iterable[PreparedArticle],
        control: JobControl,
        *,
        on_stored: Callable[[int, FileResult], None] | None = None,
    ) -> Iterator[list[FileResult]]:
        """Results batch by batch, in input order; stops once ``control`` is cancelled.

        ``on_stored(n, result)`` hears of the ``n``-th article of a batch as soon as it is stored.
        """
        batch: list[PreparedArticle] = []
        started = time.monotonic()
        for item in prepared:
            if not batch:
                started = time.monotonic()
            batch.append(item)
            if len(batch) >= BATCH_ARTICLES or time.monotonic() - started >= BATCH_SECONDS:
                yield self.write(batch, control, on_stored)
                batch = []
            if control.cancelled:
                break
        if batch:
            yield self.write(batch, control, on_stored)

    def write(
        self,
        batch: Sequence[PreparedArticle],
        control: JobControl | None = None,
        on_stored: Callable[[int, FileResult], None] | None = None,
    ) -> list[FileResult]:
        """Store one batch; returns a result per article, in order (fewer when cancelled midway:
        the articles stored until then are kept)."""
        results: list[FileResult | None] = []
        retry: list[int] = []

        def attempt() -> None:
            results[:] = [None] * len(batch)
            retry.clear()
            with self.archive.write(stop=_stopper(control)) as tx:
                self.matcher.begin(tx)
                for n, prepared in enumerate(batch):
                    if prepared.draft is None:
                        results[n] = FileResult(prepared.path, Outcome.FAILED, reason=prepared.reason)
                        continue
                    try:
                        with tx.savepoint(plain=self.after_store is None):
                            result, apply = self._store(tx, prepared)
                    except OperationalError as exc:
                        if _is_lock_error(exc):
                            raise
                        log.info("article %s failed in its batch; retrying it alone", prepared.path, exc_info=True)
                        retry.append(n)
                        continue
                    except Exception:
                        log.info("article %s failed in its batch; retrying it alone", prepared.path, exc_info=True)
                        retry.append(n)
                        continue
                    apply()
                    results[n] = result
                    if on_stored is not None:
                        on_stored(n + 1, result)
                    if control is not None and control.cancelled:
                        break

        try:
            _retry_while_locked(attempt, control, on_retry=self.matcher.reset)
        except Exception:
            log.warning("a batch of %d articles could not be committed; storing them one by one", len(batch), exc_info=True)
            self.matcher.reset()
            return [self.write_alone(p, control) for p in batch]
        end = len(batch)
        if control is not None and control.cancelled:
            # Cancelled midway: the batch ends after the last article that was stored.
            end = max((n + 1 for n, r in enumerate(results) if r is not None), default=0)
        for n in retry:
            if n < end:
                results[n] = self.write_alone(batch[n], control)
        return [r for r in results[:end] if r is not None]

    def write_alone(self, prepared: PreparedArticle, control: JobControl | None = None) -> FileResult:
        """Store one article in its own transaction, reporting any failure as its result."""
        draft = prepared.draft
        if draft is None:
            return FileResult(prepared.path, Outcome.FAILED, reason=prepared.reason)
        outcome: list[tuple[FileResult, Callable[[], None]]] = []

        def attempt() -> None:
            outcome.clear()
            with self.archive.write(stop=_stopper(control)) as tx:
                self.matcher.begin(tx)
                outcome.append(self._store(tx, prepared))

        try:
            _retry_while_locked(attempt, control, on_retry=self.matcher.reset)
        except IntegrityError:
            # Another process stored the same article between our check and our insert.
            self.matcher.reset()
            with self.archive.read() as tx:
                existing = tx.articles.find_by_hash(draft.content_hash)
            reason = "same text as an article already in the archive"
            return FileResult(prepared.path, Outcome.DUPLICATE, existing, draft.title, reason)
        except Exception as exc:  # keep the batch going; the reason names the cause
            log.exception("import of %s failed", prepared.path)
            self.matcher.reset()
            return FileResult(prepared.path, Outcome.FAILED, reason=_failure_reason(exc))
        result, apply = outcome[0]
        apply()
        return result

    def _store(self, tx: Transaction, prepared: PreparedArticle) -> tuple[FileResult, Callable[[], None]]:
        draft = prepared.draft
        assert draft is not None
        path = draft.source_path or prepared.path or draft.title
        existing = tx.articles.find_by_hash(draft.content_hash)
        if existing is not None:
            return FileResult(path, Outcome.DUPLICATE, existing, draft.title, f"same text as article {existing}"), _nothing
        article = tx.articles.add(draft_to_new_article(draft))
        apply = _nothing
        if self.extract:
            if prepared.names is not None:
                self.matcher.remember_names(article.id, prepared.names)
            stored = self.matcher.store(tx, article.id, prepared.candidates, prepared.keys)
            apply = stored.apply
        if self.after_store is not None:
            self.after_store(tx, article.id, draft)
        warnings = (*prepared.warnings, *_warnings(draft))
        return FileResult(path, Outcome.IMPORTED, article.id, draft.title, warnings=warnings), apply


def _nothing() -> None:
    return None


def _stopper(control: JobControl | None) -> Callable[[], bool] | None:
    """For :meth:`Archive.write`: stop waiting for another process's write lock once cancelled."""
    return None if control is None else lambda: control.cancelled


def _is_lock_error(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in text or "database is busy" in text


def _retry_while_locked(run: Callable[[], None], control: JobControl | None, *, on_retry: Callable[[], None]) -> None:
    """Run ``run``; while another process holds the write lock, wait and run it again (until cancelled)."""
    pauses = iter(LOCK_RETRY_PAUSES)
    while True:
        try:
            run()
            return
        except OperationalError as exc:
            if not _is_lock_error(exc) or (control is not None and control.cancelled):
                raise
            log.info("the archive is busy (another program is writing); trying again")
            on_retry()
            time.sleep(next(pauses, LOCK_RETRY_PAUSES[-1]))


def _failure_reason(exc: BaseException) -> str:
    if isinstance(exc, OperationalError) and _is_lock_error(exc):
        return "the archive stayed locked by another program; import cancelled before this file was stored"
    return f"unexpected error: {type(exc).__name__}: {exc}"


def _prepared_here(
    inputs: Sequence[Path | IngestError],
    language: str | None,
    published: _dt.date | None,
    extract: bool,
    control: JobControl,
) -> Iterator[PreparedArticle]:
    for item in inputs:
        if control.cancelled:
            return
        yield prepare_article(item, language, published, extract)


def _prepared_in_pool(
    inputs: Sequence[Path | IngestError],
    language: str | None,
    published: _dt.date | None,
    extract: bool,
    control: JobControl,
    workers: int,
    prepare: Callable[..., PreparedArticle] = prepare_article,
) -> Iterator[PreparedArticle]:
    """Prepared articles in input order from worker processes (see :mod:`.import_pool`)."""
    from timeline_app.services.import_pool import prepared_in_pool

    window = max(2 * workers + 2, POOL_WINDOW)
    yield from prepared_in_pool(inputs, language, published, extract, control, workers, prepare, window=window)


def _name(item: Path | IngestError) -> str:
    return str(item.path if isinstance(item, IngestError) else item)


def import_text(
    archive: Archive,
    text: str,
    *,
    title: str,
    source_name: str | None = None,
    published: _dt.date | None = None,
    language: str | None = None,
    extract: bool = True,
) -> FileResult:
    """Store pasted text as an article (with its events), or report why not."""
    from timeline_app.ingest.pasted import draft_from_text

    try:
        draft = draft_from_text(text, title=title, source_name=source_name, published=published, language=language)
    except IngestError as exc:
        return FileResult("(pasted text)", Outcome.FAILED, reason=exc.reason)
    prepared = prepared_with_events("(pasted text)", draft) if extract else PreparedArticle("(pasted text)", draft)
    return BatchWriter(archive, extract=extract).write_alone(prepared)
