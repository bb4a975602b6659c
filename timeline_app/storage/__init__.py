"""The archive database: SQLModel tables, schema versions, stores returning domain records."""

from timeline_app.storage.archive import (
    DAMAGED_HINT,
    Archive,
    ArchiveBusyError,
    ArchiveDamagedError,
    ArchiveError,
    ArchiveMissingError,
    ArchiveReadOnlyError,
    Transaction,
    WrongThreadError,
    archive_location,
    archive_path,
    is_damage_error,
    is_lock_error,
    open_archive,
)
from timeline_app.storage.articles import NewArticle
from timeline_app.storage.events import NewEvent
from timeline_app.storage.schema import SCHEMA_VERSION, SchemaError

__all__ = [
    "DAMAGED_HINT",
    "SCHEMA_VERSION",
    "Archive",
    "ArchiveBusyError",
    "ArchiveDamagedError",
    "ArchiveError",
    "ArchiveMissingError",
    "ArchiveReadOnlyError",
    "NewArticle",
    "NewEvent",
    "SchemaError",
    "Transaction",
    "WrongThreadError",
    "archive_location",
    "archive_path",
    "is_damage_error",
    "is_lock_error",
    "open_archive",
]
