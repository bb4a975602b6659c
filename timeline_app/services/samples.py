"""Seed a new archive with the sample articles shipped in ``resources/samples``."""

from __future__ import annotations

from pathlib import Path

from timeline_app.services.importing import AfterStore, ImportReport, import_paths
from timeline_app.storage import Archive


def seed_samples(archive: Archive, samples: Path, *, after_store: AfterStore | None = None) -> ImportReport:
    """Import the sample articles when the archive is empty; an empty report otherwise."""
    with archive.read() as tx:
        if tx.articles.count() > 0:
            return ImportReport()
    return import_paths(archive, sample_files(samples), after_store=after_store)


def sample_files(samples: Path) -> list[Path]:
    """The article files among the samples (the folder's README is not an article)."""
    if not samples.is_dir():
        return []
    return sorted(p for p in samples.iterdir() if p.is_file() and not p.name.upper().startswith("README"))
