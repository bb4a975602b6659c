"""Where the app keeps its data: one object, built at start-up and passed down.

``TIMELINE_APP_DATA_DIR`` moves the whole data folder (tests use it), ``TIMELINE_APP_DB``
or ``--db`` choose another archive file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "timeline_app"
DB_ENV = "TIMELINE_APP_DB"
DATA_DIR_ENV = "TIMELINE_APP_DATA_DIR"
DEFAULT_DB_NAME = "archive.sqlite3"
SAMPLE_DB_NAME = "sample-archive.sqlite3"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The folders and the archive file the app uses.

    ``explicit`` says the archive was named (``--db`` or ``TIMELINE_APP_DB``) rather than being
    the default one in the data folder: only the default archive is created without asking.
    """

    data_dir: Path
    db_path: Path
    explicit: bool = False
    db_url: str | None = None
    """A shared archive's ``postgresql://`` address, when one was named (``db_path`` is then unused)."""

    @classmethod
    def resolve(cls, db: str | os.PathLike[str] | None = None, env: dict[str, str] | None = None) -> AppPaths:
        """Build the paths from an explicit ``db``, the environment, or the platform defaults."""
        environ = os.environ if env is None else env
        data_override = environ.get(DATA_DIR_ENV)
        if data_override:
            data_dir = Path(data_override).expanduser()
        else:
            import platformdirs

            data_dir = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        chosen = db if db is not None else environ.get(DB_ENV) or None
        if chosen is not None and is_database_url(os.fspath(chosen)):
            return cls(data_dir=data_dir, db_path=data_dir / DEFAULT_DB_NAME, explicit=True, db_url=os.fspath(chosen))
        db_path = Path(chosen).expanduser() if chosen else data_dir / DEFAULT_DB_NAME
        return cls(data_dir=data_dir, db_path=db_path, explicit=bool(chosen))

    @property
    def location(self) -> str | Path:
        """The archive to open: the shared database's address, else the archive file."""
        return self.db_url if self.db_url is not None else self.db_path

    @property
    def own_db_path(self) -> Path:
        """The editor's own archive in the data folder (the default one)."""
        return self.data_dir / DEFAULT_DB_NAME

    @property
    def sample_db_path(self) -> Path:
        """The sample archive: the sample articles, apart from the editor's own archive."""
        return self.data_dir / SAMPLE_DB_NAME


def is_database_url(location: str) -> bool:
    """Whether ``location`` is a PostgreSQL address (``postgresql://…``) rather than a file."""
    scheme, sep, _rest = location.partition("://")
    return bool(sep) and scheme.lower().split("+")[0] in ("postgresql", "postgres")


def resources_dir() -> Path:
    """The ``resources/`` folder shipped next to the package (samples, icons)."""
    return Path(__file__).resolve().parent.parent / "resources"


def samples_dir() -> Path:
    """The sample articles that seed a new archive."""
    return resources_dir() / "samples"
