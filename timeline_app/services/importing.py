"""Import use case: files and folders into the archive, one transaction per article."""

from __future__ import annotations

import datetime as _dt
import enum
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import IntegrityError

from timeline_app.domain.models import Changes
from timeline_app.ingest import ArticleDraft, IngestError, discover_files, read_article
from timeline_app.services.jobs import JobControl
from timeline_app.storage import Archive, NewArticle, Transaction

if TYPE_CHECKING:
    from timeline_app.extraction.events import CandidateEvent

log = logging.getLogger(__name__)

# Reading and extraction move to worker processes when an import has more files than this.
POOL_THRESHOLD = 8
POOL_WORKERS = 2

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
    """Store one draft in its own transaction; a duplicate adds nothing."""
    path = draft.source_path or draft.title
    try:
        with archive.write() as tx:
            existing = tx.articles.find_by_hash(draft.content_hash)
            if existing is not None:
                return FileResult(path, Outcome.DUPLICATE, existing, draft.title, f"same text as article {existing}")
            article = tx.articles.add(draft_to_new_article(draft))
            if after_store is not None:
                after_store(tx, article.id, draft)
    except IntegrityError:
        # Another process stored the same article between our check and our insert.
        with archive.read() as tx:
            existing = tx.articles.find_by_hash(draft.content_hash)
        return FileResult(path, Outcome.DUPLICATE, existing, draft.title, "same text as an article already in the archive")
    return FileResult(path, Outcome.IMPORTED, article.id, draft.title, warnings=_warnings(draft))


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """What a worker hands back for one input: the draft and its candidates, or why it failed."""

    path: str
    draft: ArticleDraft | None = None
    candidates: tuple[CandidateEvent, ...] = ()
    reason: str | None = None


def prepare_article(
    item: Path | IngestError, language: str | None, published: _dt.date | None, extract: bool
) -> PreparedArticle:
    """Read one file and (optionally) extract its events; pure and picklable, for worker processes."""
    if isinstance(item, IngestError):
        return PreparedArticle(item.path or "", reason=item.reason)
    try:
        draft = read_article(item, language=language, published=published)
        candidates: tuple[CandidateEvent, ...] = ()
        if extract:
            from timeline_app.services.extracting import extract_draft

            candidates = tuple(extract_draft(draft))
        return PreparedArticle(str(item), draft, candidates)
    except IngestError as exc:
        return PreparedArticle(str(item), reason=exc.reason)
    except Exception as exc:  # keep the batch going; the reason names the cause
        log.exception("import of %s failed", item)
        return PreparedArticle(str(item), reason=f"unexpected error: {type(exc).__name__}: {exc}")


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

    def store_hook(tx: Transaction, article_id: int, prepared: PreparedArticle) -> None:
        if extract:
            from timeline_app.services.extracting import store_extracted_events

            store_extracted_events(tx, article_id, prepared.candidates)
        if after_store is not None and prepared.draft is not None:
            after_store(tx, article_id, prepared.draft)

    if pool_size > 1 and total > POOL_THRESHOLD:
        prepared_items = _prepared_in_pool(inputs, language, published, extract, control, pool_size)
    else:
        prepared_items = _prepared_here(inputs, language, published, extract, control)
    for prepared in prepared_items:
        report.results.append(_store_prepared(archive, prepared, store_hook))
    if len(report.results) < total:
        report.cancelled = True
    else:
        control.progress(total, total, "")
    return report


def _prepared_here(
    inputs: Sequence[Path | IngestError],
    language: str | None,
    published: _dt.date | None,
    extract: bool,
    control: JobControl,
) -> Iterator[PreparedArticle]:
    for index, item in enumerate(inputs):
        control.progress(index, len(inputs), _name(item))
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
    """Prepared articles in input order from worker processes.

    Only a few files are in flight at a time, so a cancel stops quickly: nothing more is
    submitted, queued work is dropped and results not yet stored are discarded. A worker that
    dies (a reader crashing on one file, the system killing it) fails that file only: the pool
    is started again for the files after it.
    """
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    window = 2 * workers + 2
    index = 0
    while index < len(inputs):
        pending: deque[Future[PreparedArticle]] = deque()
        submitted = index
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            try:
                while index < len(inputs):
                    while submitted < len(inputs) and len(pending) < window and not control.cancelled:
                        pending.append(pool.submit(prepare, inputs[submitted], language, published, extract))
                        submitted += 1
                    item = inputs[index]
                    control.progress(index, len(inputs), _name(item))
                    if control.cancelled:
                        return
                    try:
                        prepared = pending.popleft().result()
                    except BrokenProcessPool:
                        # Some worker died; it may have been reading another file. Read this one
                        # alone to know, then go on with a fresh pool.
                        index += 1
                        yield _prepared_alone(item, language, published, extract, context, prepare)
                        break
                    index += 1
                    yield prepared
            finally:
                for future in pending:
                    future.cancel()


def _prepared_alone(
    item: Path | IngestError,
    language: str | None,
    published: _dt.date | None,
    extract: bool,
    context: Any,
    prepare: Callable[..., PreparedArticle],
) -> PreparedArticle:
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as solo:
        try:
            return solo.submit(prepare, item, language, published, extract).result()
        except BrokenProcessPool:
            log.error("the reader process died on %s", _name(item))
            return PreparedArticle(_name(item), reason="the reader crashed on this file (it may be corrupt)")


def _name(item: Path | IngestError) -> str:
    return str(item.path if isinstance(item, IngestError) else item)


def _store_prepared(
    archive: Archive, prepared: PreparedArticle, hook: Callable[[Transaction, int, PreparedArticle], None]
) -> FileResult:
    draft = prepared.draft
    if draft is None:
        return FileResult(prepared.path, Outcome.FAILED, reason=prepared.reason)

    def after_store(tx: Transaction, article_id: int, _draft: ArticleDraft) -> None:
        hook(tx, article_id, prepared)

    try:
        return store_draft(archive, draft, after_store=after_store)
    except Exception as exc:  # keep the batch going; the reason names the cause
        log.exception("import of %s failed", prepared.path)
        return FileResult(prepared.path, Outcome.FAILED, reason=f"unexpected error: {type(exc).__name__}: {exc}")


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
    candidates: tuple[CandidateEvent, ...] = ()
    if extract:
        from timeline_app.services.extracting import extract_draft

        candidates = tuple(extract_draft(draft))
    prepared = PreparedArticle("(pasted text)", draft, candidates)

    def store_events(tx: Transaction, article_id: int, _draft: ArticleDraft) -> None:
        if extract:
            from timeline_app.services.extracting import store_extracted_events

            store_extracted_events(tx, article_id, prepared.candidates)

    return store_draft(archive, draft, after_store=store_events)
