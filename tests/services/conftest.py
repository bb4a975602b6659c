"""The services suite runs on both archive backends."""

from backends import archive, archive_location, backend, pg_empty_url, pg_server, pg_url  # noqa: F401
