"""Publishing use cases: export a timeline to PNG/SVG/PDF/HTML/TimelineJS/CSV; import TimelineJS data.

Exports write a temporary file in the target folder and rename it over the target, so a
failure never leaves half a file or spoils a good one. The target path is used exactly as the
caller gave it; nothing in a path is ever built from event text. No Qt here: image formats
load :mod:`timeline_app.export.image` only when asked for.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from timeline_app.domain.models import Changes, EventOrigin, EventSource, EventStatus, Timeline
from timeline_app.export.model import PublishedTimeline, PublishFilter, build_published, majority_language
from timeline_app.export.timelinejs_read import ImportedTimeline, read_timelinejs
from timeline_app.services.jobs import JobControl
from timeline_app.storage import Archive, NewArticle, NewEvent

FORMATS = ("png", "svg", "pdf", "html", "timelinejs", "csv")
"""Export formats, as the CLI and the export dialog name them."""
SUFFIXES = {"png": ".png", "svg": ".svg", "pdf": ".pdf", "html": ".html", "timelinejs": ".json", "csv": ".csv"}
THEMES = ("light", "dark")
PAGES = ("a4", "a3")


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What to export and how: period, lanes, texts, image size and look.

    ``date_from``/``date_to`` are inclusive days; ``lanes`` are lane names (all when empty);
    ``width`` is the image width in logical pixels (chosen from the number of events when
    ``None``) and ``scale`` the device pixel ratio of PNGs (1-4); ``page`` the PDF paper;
    ``language`` the language of labels and dates (``None``: the timeline's publication language,
    else the language most of its sources are in).
    """

    date_from: _dt.date | None = None
    date_to: _dt.date | None = None
    lanes: tuple[str, ...] = ()
    title: str | None = None
    subtitle: str | None = None
    width: int | None = None
    scale: float = 1.0
    theme: str = "light"
    page: str = "a4"
    include_sources: bool = True
    language: str | None = None

    def __post_init__(self) -> None:
        if not 1.0 <= self.scale <= 4.0:
            raise ValueError("scale must be between 1 and 4")
        if self.width is not None and not 320 <= self.width <= 20_000:
            raise ValueError("width must be between 320 and 20000 pixels")
        if self.theme not in THEMES:
            raise ValueError(f"theme must be one of {', '.join(THEMES)}")
        if self.page not in PAGES:
            raise ValueError(f"page must be one of {', '.join(PAGES)}")
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValueError("the period ends before it starts")


def find_timeline(archive: Archive, reference: str) -> Timeline | None:
    """The timeline with id ``reference`` or, failing that, named ``reference``."""
    with archive.read() as tx:
        if reference.strip().isdigit():
            found = tx.timelines.get(int(reference))
            if found is not None:
                return found
        return tx.timelines.find(reference.strip())


def load_published(archive: Archive, timeline_id: int, options: ExportOptions | None = None) -> PublishedTimeline:
    """The publishable part of a timeline (``KeyError`` for an unknown id)."""
    options = options or ExportOptions()
    with archive.read() as tx:
        timeline = tx.timelines.get_required(timeline_id)
        entries = tx.timelines.entries(timeline_id)
        events = {e.id: e for e in tx.events.many([entry.event_id for entry in entries])}
        article_ids = {s.article_id for e in events.values() for s in e.sources}
        articles = {a.id: a for a in (tx.articles.get(i) for i in sorted(article_ids)) if a is not None}
    if not options.include_sources:
        articles = {}
    return build_published(
        timeline, entries, events, articles,
        wanted=PublishFilter(options.date_from, options.date_to, options.lanes),
        title=options.title, subtitle=options.subtitle, language=options.language or timeline.language,
    )


def sources_language(archive: Archive, timeline_id: int) -> str:
    """The language most of the articles a timeline cites are in (its default publication language)."""
    with archive.read() as tx:
        entries = tx.timelines.entries(timeline_id)
        events = tx.events.many([entry.event_id for entry in entries])
        article_ids = sorted({s.article_id for e in events for s in e.sources})
        articles = {a.id: a for a in (tx.articles.get(i) for i in article_ids) if a is not None}
    return majority_language(articles)
# A part file without a live writer's process id in its name is left over once it is this old.
STALE_PART_SECONDS = 3600.0


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process, or a platform that cannot tell: assume it writes
    return True


def remove_stale_parts(target: Path) -> list[Path]:
    """Delete temporary files an interrupted export of ``target`` left behind; returns them.

    Part files are named ``.NAME.PID.RANDOM.part``: one whose process is gone is stale (another
    export of the same file that is still running keeps its own); older names count by age.
    """
    folder = target.parent if str(target.parent) else Path(".")
    removed = []
    prefix = f".{target.name}."
    try:
        candidates = [entry for entry in os.scandir(folder) if entry.name.startswith(prefix) and entry.name.endswith(".part")]
    except OSError:
        return []
    for entry in candidates:
        middle = entry.name[len(prefix):-len(".part")]
        pid_text = middle.split(".", 1)[0]
        try:
            if pid_text.isdigit() and "." in middle:
                stale = not _process_alive(int(pid_text))
            else:
                stale = time.time() - entry.stat(follow_symlinks=False).st_mtime > STALE_PART_SECONDS
            if stale and entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def write_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """Let ``write`` fill a temporary file next to ``target``, then rename it to ``target``.

    Part files that earlier, killed exports of the same target left behind are removed first.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(f"no folder {folder}")
    remove_stale_parts(target)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".part", dir=folder)
    os.close(handle)
    temp = Path(temp_name)
    try:
        write(temp)
        os.chmod(temp, 0o644)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return target


def render_to(published: PublishedTimeline, fmt: str, path: Path, options: ExportOptions) -> None:
    """Write ``published`` to ``path`` in ``fmt`` (no temporary file: see :func:`export_timeline`)."""
    if fmt in ("png", "svg", "pdf"):
        from timeline_app.export.image import ImageOptions, write_image

        write_image(published, path, fmt, ImageOptions(
            width=options.width, scale=options.scale, theme=options.theme, page=options.page,
        ))
        return
    if fmt == "html":
        from timeline_app.export.html import render_html

        text = render_html(published, theme=options.theme)
    elif fmt == "timelinejs":
        from timeline_app.export.timelinejs import to_json

        text = to_json(published)
    elif fmt == "csv":
        from timeline_app.export.timelinejs import to_csv

        text = to_csv(published)
    else:
        raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    path.write_text(text, encoding="utf-8", newline="")


def export_timeline(
    archive: Archive,
    timeline_id: int,
    fmt: str,
    out_path: str | os.PathLike[str],
    options: ExportOptions | None = None,
    control: JobControl | None = None,
) -> Path:
    """Export a timeline to ``out_path`` in ``fmt`` (one of :data:`FORMATS`); returns the path written.

    Safe to run off the GUI thread (image formats paint on a QImage/QPdfWriter, never on
    widgets). ``control`` gets progress and is checked before the file is replaced.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    options = options or ExportOptions()
    control = control or JobControl()
    control.progress(0, 3, "reading the timeline")
    published = load_published(archive, timeline_id, options)
    control.check()
    control.progress(1, 3, f"writing {fmt}")

    def write(temp: Path) -> None:
        render_to(published, fmt, temp, options)
        control.check()

    written = write_atomically(Path(out_path), write)
    control.progress(3, 3, "")
    return written


# -- TimelineJS import -----------------------------------------------------------------


def import_timelinejs(
    archive: Archive, path: str | os.PathLike[str], *, name: str | None = None
) -> tuple[Timeline, Changes, tuple[str, ...]]:
    """A new timeline from a TimelineJS .json/.csv file (``TimelineJSError`` when it is not one).

    The file becomes an article (its text one line per slide) and the source of every event;
    events are accepted and marked as imported; groups become lanes, eras stay eras. The third
    value names each slide or era that was left out and why (an impossible date...).
    """
    file = Path(path)
    data = read_timelinejs(file)
    digest = hashlib.sha256(file.read_bytes()).hexdigest()
    timeline, changes = store_imported(archive, data, file, digest, name=name)
    return timeline, changes, data.problems


def store_imported(
    archive: Archive, data: ImportedTimeline, file: Path, digest: str, *, name: str | None = None
) -> tuple[Timeline, Changes]:
    """Store parsed TimelineJS data as a new timeline whose events cite ``file``."""
    lines = []
    offsets = []
    position = 0
    for event in data.events:
        line = event.headline + (f". {event.text}" if event.text else "")
        line = " ".join(line.split())
        offsets.append((position, position + len(line)))
        lines.append(line)
        position += len(line) + 1
    text = "\n".join(lines) or data.title or file.name
    wanted = (name or data.title or file.stem).strip() or file.stem
    with archive.write() as tx:
        timeline_name = tx.timelines.free_name(wanted)
        article_id = tx.articles.find_by_hash(digest)
        if article_id is None:
            article_id = tx.articles.add(NewArticle(
                title=data.title or file.name, text=text, content_hash=digest, format="timelinejs",
                source_name=file.name, source_path=str(file),
            )).id
        timeline = tx.timelines.create(timeline_name, data.subtitle)
        lanes: dict[str, int] = {}
        for event, (start, end), line in zip(data.events, offsets, lines, strict=True):
            source = EventSource(article_id, start, end, line, start, end, event.span.value)
            made = tx.events.add(
                NewEvent(event.headline or line[:80], event.span, description=event.text, status=EventStatus.ACCEPTED,
                         origin=EventOrigin.IMPORTED, confidence=1.0),
                [source],
            )
            lane_id = None
            if event.group:
                if event.group not in lanes:
                    lanes[event.group] = tx.lanes.add_lane(timeline.id, event.group).id
                lane_id = lanes[event.group]
            tx.timelines.add_entry(timeline.id, made.id, lane_id=lane_id)
        for era in data.eras:
            if era.end >= era.start:
                tx.lanes.add_era(timeline.id, era.name, era.start, era.end)
        stored = tx.timelines.get_required(timeline.id)
    return stored, Changes(articles=True, events=True, timelines=True, article_ids=frozenset({article_id}))
