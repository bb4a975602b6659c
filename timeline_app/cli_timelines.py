"""The ``timeline`` and ``export`` sub-commands of the CLI (see :mod:`timeline_app.cli`)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any, TextIO

from timeline_app.domain.display import format_span
from timeline_app.domain.models import Timeline
from timeline_app.services.publishing import FORMATS, PAGES, THEMES
from timeline_app.storage import Archive
from timeline_app.storage.query import check_query

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
TypeFn = Callable[[str], Any]


def _lane_list(text: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    if not names:
        raise argparse.ArgumentTypeError("name at least one lane")
    return names


def _id_list(text: str) -> tuple[int, ...]:
    try:
        ids = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of event ids: {text!r}") from None
    if not ids:
        raise argparse.ArgumentTypeError("name at least one event id")
    return ids


def _article_ids(text: str) -> tuple[int, ...]:
    try:
        ids = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of article ids: {text!r}") from None
    if not ids:
        raise argparse.ArgumentTypeError("name at least one article id")
    return ids


def _size(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"a draft needs at least 1 entry (got {value})")
    return value


def _scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 1 <= value <= 4:
        raise argparse.ArgumentTypeError("scale must be between 1 and 4")
    return value


def _width(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 320 <= value <= 20_000:
        raise argparse.ArgumentTypeError("width must be between 320 and 20000 pixels")
    return value


def add_parsers(commands: Any, *, date: TypeFn, positive: TypeFn, language: TypeFn) -> None:
    """Add ``timeline list|create|draft|show`` and ``export`` to the CLI's sub-commands."""
    p = commands.add_parser("timeline", help="list, create and show timelines")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("list", help="list the timelines")
    a.add_argument("--json", action="store_true")
    a = actions.add_parser("create", help="create a timeline from accepted events, a search or event ids")
    a.add_argument("name", metavar="NAME")
    source = a.add_mutually_exclusive_group(required=True)
    source.add_argument("--accepted", action="store_true", help="every accepted event")
    source.add_argument("--query", metavar="Q", help="events of the articles matching a search")
    source.add_argument("--events", type=_id_list, metavar="ID,...", help="these events")
    a.add_argument("--json", action="store_true")
    a = actions.add_parser("draft", help="draft a timeline of the moments that matter, ranked by salience")
    a.add_argument("name", metavar="NAME", help="name of the timeline to create")
    scope = a.add_mutually_exclusive_group()
    scope.add_argument("--query", metavar="Q", help="draft from the articles matching a search (default: all)")
    scope.add_argument("--articles", type=_article_ids, metavar="ID,...", help="draft from these articles")
    scope.add_argument("--timeline", dest="from_timeline", metavar="TIMELINE",
                       help="draft from the events of a timeline (id or name)")
    a.add_argument("--from", dest="date_from", type=date, metavar="DATE", help="entries on or after this day")
    a.add_argument("--to", dest="date_to", type=date, metavar="DATE", help="entries on or before this day")
    a.add_argument("--size", type=_size, default=20, metavar="N", help="at most N entries (default 20)")
    a.add_argument("--json", action="store_true")
    a = actions.add_parser("show", help="show a timeline's lanes, eras and entries")
    a.add_argument("timeline", metavar="TIMELINE", help="id or name")
    a.add_argument("--json", action="store_true")

    p = commands.add_parser("export", help="publish a timeline as an image, PDF, HTML page or TimelineJS data")
    p.add_argument("timeline", metavar="TIMELINE", help="id or name")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="file to write (replaced safely)")
    p.add_argument("--from", dest="date_from", type=date, metavar="DATE", help="events on or after this day")
    p.add_argument("--to", dest="date_to", type=date, metavar="DATE", help="events on or before this day")
    p.add_argument("--lanes", type=_lane_list, default=(), metavar="A,B", help="only these lanes (names)")
    p.add_argument("--width", type=_width, metavar="PX", help="image width in pixels (default: from the events)")
    p.add_argument("--scale", type=_scale, default=1.0, metavar="N", help="pixel ratio of PNGs, 1-4 (default 1)")
    p.add_argument("--title", metavar="T", help="title (default: the timeline's name)")
    p.add_argument("--subtitle", metavar="S", help="subtitle (default: the timeline's description)")
    p.add_argument("--theme", default="light", choices=THEMES)
    p.add_argument("--page", default="a4", choices=PAGES, help="PDF paper, landscape (default a4)")
    p.add_argument("--language", type=language, metavar="L", help="language of dates and labels (default: the timeline's publication language, else its sources')")
    p.add_argument("--no-sources", action="store_true", help="leave out quoted sources")
    p.add_argument("--json", action="store_true")


def _dump(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2, default=str)
    out.write("\n")


def _timeline_json(timeline: Timeline) -> dict[str, Any]:
    return {
        "id": timeline.id,
        "name": timeline.name,
        "description": timeline.description,
        "entries": timeline.entry_count,
        "lanes": [{"id": lane.id, "name": lane.name, "colour": lane.colour} for lane in timeline.lanes],
        "eras": [{"id": e.id, "name": e.name, "start": e.start.isoformat(), "end": e.end.isoformat()}
                 for e in timeline.eras],
        "updated_at": timeline.updated_at.isoformat(),
    }


def _not_found(reference: str, err: TextIO) -> int:
    err.write(f"timeline-app: no timeline with id or name {reference!r}\n")
    return EXIT_FAILED


def run_timeline(archive: Archive, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``timeline list|create|draft|show``."""
    from timeline_app.services import timelines as service
    from timeline_app.services.publishing import find_timeline

    if args.action == "draft":
        return _run_draft(archive, args, out, err)
    if args.action == "list":
        with archive.read() as tx:
            found = tx.timelines.all()
        if args.json:
            _dump([_timeline_json(t) for t in found], out)
        else:
            for t in found:
                out.write(f"{t.id:>6}  {t.entry_count:>5} entries  {t.name}\n")
            out.write(f"{len(found)} timelines\n")
        return EXIT_OK
    if args.action == "create":
        try:
            if args.accepted:
                made, _ = service.create_from_accepted(archive, args.name)
            elif args.query is not None:
                made, _ = service.create_from_search(archive, args.name, args.query)
            else:
                with archive.read() as tx:
                    known = [e.id for e in tx.events.many(list(args.events))]
                missing = sorted(set(args.events) - set(known))
                if missing:
                    err.write(f"timeline-app: no event with id {', '.join(map(str, missing))}\n")
                    return EXIT_FAILED
                made, _ = service.create_timeline(archive, args.name, event_ids=args.events)
        except ValueError as exc:
            err.write(f"timeline-app: {exc}\n")
            return EXIT_USAGE
        if args.json:
            _dump(_timeline_json(made), out)
        else:
            out.write(f"created timeline {made.id} ({made.name}) with {made.entry_count} entries\n")
        return EXIT_OK
    timeline = find_timeline(archive, args.timeline)
    if timeline is None:
        return _not_found(args.timeline, err)
    _timeline, entries, events = service.load_for_canvas(archive, timeline.id)
    by_id = {e.id: e for e in events}
    lanes = {lane.id: lane.name for lane in timeline.lanes}
    rows = []
    for entry in entries:
        event = by_id.get(entry.event_id)
        if event is None:
            continue
        rows.append({
            "entry_id": entry.id, "event_id": event.id, "title": entry.title_override or event.title,
            "date": format_span(event.span, "en"), "start": event.span.start, "lane": lanes.get(entry.lane_id or -1),
            "status": entry.editorial_status.value,
        })
    rows.sort(key=lambda r: (r["start"] is None, str(r["start"]), r["entry_id"]))
    if args.json:
        _dump({**_timeline_json(timeline), "items": rows}, out)
        return EXIT_OK
    out.write(f"{timeline.name} (timeline {timeline.id})\n")
    if timeline.lanes:
        out.write("lanes: " + ", ".join(lane.name for lane in timeline.lanes) + "\n")
    for era in timeline.eras:
        out.write(f"era:   {era.name} ({era.start.date()} – {era.end.date()})\n")
    for r in rows:
        lane = f"  [{r['lane']}]" if r["lane"] else ""
        out.write(f"{r['entry_id']:>6}  {r['date']:<24} {r['title']}{lane}\n")
    out.write(f"{len(rows)} entries\n")
    return EXIT_OK


def run_export(archive: Archive, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``export TIMELINE --format F -o OUT``."""
    from timeline_app.services.publishing import ExportOptions, export_timeline, find_timeline

    timeline = find_timeline(archive, args.timeline)
    if timeline is None:
        return _not_found(args.timeline, err)
    try:
        options = ExportOptions(
            date_from=args.date_from, date_to=args.date_to, lanes=tuple(args.lanes), title=args.title,
            subtitle=args.subtitle, width=args.width, scale=args.scale, theme=args.theme, page=args.page,
            include_sources=not args.no_sources, language=args.language,
        )
    except ValueError as exc:
        err.write(f"timeline-app: {exc}\n")
        return EXIT_USAGE
    try:
        path = export_timeline(archive, timeline.id, args.format, args.output, options)
    except OSError as exc:
        err.write(f"timeline-app: cannot write {args.output}: {exc.strerror or exc}\n")
        return EXIT_FAILED
    size = path.stat().st_size
    if args.json:
        _dump({"timeline_id": timeline.id, "format": args.format, "path": str(path), "bytes": size}, out)
    else:
        out.write(f"exported {timeline.name} as {args.format} to {path} ({size:,} bytes)\n")
    return EXIT_OK


def draft_json(timeline: Timeline, draft: Any) -> dict[str, Any]:
    """The documented ``timeline draft --json`` document (see docs/cli-json.md)."""
    return {
        "timeline": {"id": timeline.id, "name": timeline.name},
        "entries": [
            {
                "date": entry.span.first_day.isoformat(),
                "value": entry.span.value,
                "precision": entry.span.precision.name.lower(),
                "headline": entry.headline,
                "summary": entry.summary,
                "score": entry.score,
                "reason": entry.reason,
                "event_id": entry.event_id,
                "sources": [
                    {"article_id": s.article_id, "title": s.title, "sentence": s.sentence, "outlet": s.outlet,
                     "published": s.published.isoformat() if s.published else None}
                    for s in entry.sources
                ],
            }
            for entry in draft.entries
        ],
    }


def _run_draft(archive: Archive, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``timeline draft NAME``: rank, create the timeline, print it."""
    from timeline_app.services.drafting import (
        DraftError,
        DraftScope,
        create_drafted_timeline,
        make_draft,
        missing_articles,
    )
    from timeline_app.services.publishing import find_timeline

    timeline_id = None
    if args.from_timeline is not None:
        source = find_timeline(archive, args.from_timeline)
        if source is None:
            return _not_found(args.from_timeline, err)
        timeline_id = source.id
    if args.articles:
        missing = missing_articles(archive, args.articles)
        if missing:
            err.write(f"timeline-app: no article with id {', '.join(map(str, missing))}\n")
            return EXIT_FAILED
    with archive.read() as tx:
        taken = tx.timelines.find(args.name.strip()) is not None
    if taken or not args.name.strip():
        err.write(f"timeline-app: {'a timeline named ' + repr(args.name) + ' already exists' if taken else 'a timeline needs a name'}\n")
        return EXIT_USAGE
    if args.query is not None:
        check_query(args.query)  # beyond the limits: QueryError, a usage error (see cli_archive.guarded)
    scope = DraftScope(query=args.query, article_ids=tuple(args.articles or ()), timeline_id=timeline_id,
                       date_from=args.date_from, date_to=args.date_to)
    try:
        draft = make_draft(archive, scope, args.size)
        made, _ = create_drafted_timeline(archive, args.name, draft)
    except (DraftError, ValueError) as exc:
        err.write(f"timeline-app: {exc}\n")
        return EXIT_USAGE
    if args.json:
        _dump(draft_json(made, draft), out)
        return EXIT_OK
    out.write(f"created timeline {made.id} ({made.name}) with {len(draft.entries)} drafted entries\n")
    for entry in draft.entries:
        out.write(f"{format_span(entry.span, 'en'):<14} {entry.headline}\n")
        out.write(f"{'':<14}   {entry.reason}\n")
    return EXIT_OK
