"""The archive database: SQLModel tables, schema versions, stores returning domain records."""

from timeline_app.storage.archive import Archive, ArchiveError, Transaction, WrongThreadError, open_archive
from timeline_app.storage.articles import NewArticle
from timeline_app.storage.events import NewEvent
from timeline_app.storage.schema import SCHEMA_VERSION, SchemaError

__all__ = [
    "SCHEMA_VERSION",
    "Archive",
    "ArchiveError",
    "NewArticle",
    "NewEvent",
    "SchemaError",
    "Transaction",
    "WrongThreadError",
    "open_archive",
]
