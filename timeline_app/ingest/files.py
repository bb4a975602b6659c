"""Finding article files on disk and reading their bytes safely (size limit, readable errors)."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from timeline_app.ingest.draft import IngestError

SUPPORTED_EXTENSIONS: frozenset[str] = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"})
MAX_FILE_BYTES: int = 50_000_000  # 50 MB (decimal megabytes, as file managers show them)
MAX_TEXT_CHARS: int = 50_000_000  # the text of one article, whatever the format unpacked it from

_MB = 1_000_000


def format_for_extension(path: Path) -> str | None:
    """Return the ArticleDraft ``format`` for ``path``'s extension, or None when unsupported."""
    ext = path.suffix.lower()
    if ext not in SUPPORTED_EXTENSIONS:
        return None
    return {".markdown": "md", ".htm": "html"}.get(ext, ext[1:])


def os_error_reason(err: OSError) -> str:
    """Turn an OSError into a short message such as "cannot read: permission denied"."""
    if isinstance(err, FileNotFoundError):
        detail = "file not found"
    elif isinstance(err, PermissionError):
        detail = "permission denied"
    elif isinstance(err, IsADirectoryError):
        detail = "is a directory"
    elif err.errno == errno.ENAMETOOLONG:
        detail = "file name too long"
    else:
        detail = (err.strerror or type(err).__name__).lower()
    return f"cannot read: {detail}"


def too_large_reason(size: int, limit: int) -> str:
    """Return the "file too large" message for a file of ``size`` bytes."""
    return f"file too large ({size / _MB:.1f} MB > {limit / _MB:g} MB limit)"


def too_much_text_reason(chars: int) -> str:
    """Return the message for a file whose text is longer than :data:`MAX_TEXT_CHARS`."""
    return f"too much text for one article (over {MAX_TEXT_CHARS / 1e6:g} million characters)"


def read_limited(path: Path, limit: int | None = None) -> bytes:
    """Return the bytes of ``path``; raise IngestError when missing, unreadable or above ``limit``.

    The size is checked before the file is read, and the read itself stops one byte past the
    limit, so a huge or growing file is never loaded whole.
    """
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
        if size > limit:
            raise IngestError(path, too_large_reason(size, limit))
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as err:
        raise IngestError(path, os_error_reason(err)) from err
    if len(data) > limit:
        raise IngestError(path, too_large_reason(len(data), limit))
    return data


# Folder notes that are never articles (e.g. resources/samples/README.md); skipped inside directories only.
_FOLDER_NOTES = frozenset({"readme", "license", "licence", "changelog", "contributing"})


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _is_folder_note(path: Path) -> bool:
    return path.stem.casefold() in _FOLDER_NOTES


def _walk(root: Path) -> Iterator[Path]:
    """Yield supported, non-hidden files below ``root`` in a stable (case-insensitive) order."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: (e.name.casefold(), e.name))
    except OSError:
        return
    for entry in entries:
        if _is_hidden(entry.name):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(path)
            elif entry.is_file() and format_for_extension(path) is not None and not _is_folder_note(path):
                yield path
        except OSError:
            continue


def discover_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | IngestError]:
    """Expand files and directories into the article files to import, in order.

    Directories are searched recursively (sorted by name; hidden entries, symlinked directories,
    files with unsupported extensions and folder notes such as README.md are skipped silently). A path given explicitly that
    is missing, unreadable or of an unsupported type yields an IngestError instead of a Path,
    so the caller can report it and carry on. Each file is yielded once.
    """
    seen: set[Path] = set()

    def first_time(path: Path) -> bool:
        try:
            key = path.resolve()
        except OSError:
            key = path.absolute()
        if key in seen:
            return False
        seen.add(key)
        return True

    for raw in paths:
        path = Path(raw)
        try:
            if path.is_dir():
                for found in _walk(path):
                    if first_time(found):
                        yield found
                continue
            if not path.exists():
                raise FileNotFoundError(errno.ENOENT, "not found", str(path))
        except OSError as err:
            yield IngestError(path, os_error_reason(err))
            continue
        if format_for_extension(path) is None:
            ext = path.suffix.lower() or "(no extension)"
            yield IngestError(path, f"unsupported file type {ext}")
        elif first_time(path):
            yield path
