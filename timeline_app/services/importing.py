"""Import use case: files and folders into the archive, one transaction per article."""

from __future__ import annotations

import datetime as _dt
import enum
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from timeline_app.domain.models import Changes
from timeline_app.ingest import ArticleDraft, IngestError, discover_files, read_article
from timeline_app.services.jobs import JobControl
from timeline_app.storage import Archive, NewArticle, Transaction

log = logging.getLogger(__name__)

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


def import_paths(
    archive: Archive,
    paths: Iterable[str | os.PathLike[str]],
    *,
    language: str | None = None,
    published: _dt.date | None = None,
    control: JobControl | None = None,
    after_store: AfterStore | None = None,
) -> ImportReport:
    """Import files and folders (recursively). One broken file never stops the others.

    Each article is stored in its own transaction, so a failure or a cancel never leaves half
    an article behind; articles finished before a cancel stay.
    """
    control = control or JobControl()
    report = ImportReport()
    inputs: Sequence[Path | IngestError] = list(discover_files(paths))
    total = len(inputs)
    for index, item in enumerate(inputs):
        name = str(item.path if isinstance(item, IngestError) else item)
        control.progress(index, total, name)
        if control.cancelled:
            report.cancelled = True
            break
        report.results.append(_import_one(archive, item, language, published, after_store))
    else:
        control.progress(total, total, "")
    return report


def _import_one(
    archive: Archive,
    item: Path | IngestError,
    language: str | None,
    published: _dt.date | None,
    after_store: AfterStore | None,
) -> FileResult:
    if isinstance(item, IngestError):
        return FileResult(item.path or "", Outcome.FAILED, reason=item.reason)
    try:
        draft = read_article(item, language=language, published=published)
        return store_draft(archive, draft, after_store=after_store)
    except IngestError as exc:
        return FileResult(str(item), Outcome.FAILED, reason=exc.reason)
    except Exception as exc:  # keep the batch going; the reason names the cause
        log.exception("import of %s failed", item)
        return FileResult(str(item), Outcome.FAILED, reason=f"unexpected error: {type(exc).__name__}: {exc}")
