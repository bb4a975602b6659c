"""Command-line interface: every headless job, with ``--json`` output for scripts.

Exit codes: 0 ok, 1 some inputs failed (or a record was not found), 2 usage error.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from timeline_app import __version__
from timeline_app.domain.dates import DateSpan
from timeline_app.domain.display import format_span
from timeline_app.domain.models import Article, ArticleSummary, EventStatus, SearchFilters, SearchHit
from timeline_app.paths import DB_ENV
from timeline_app.services import archive_queries
from timeline_app.services.importing import ImportReport, Outcome, import_paths
from timeline_app.services.jobs import JobControl
from timeline_app.storage import Archive, ArchiveError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _date(text: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (use YYYY-MM-DD): {text!r}") from None


# A publication date is the reference for "gisteren" and "over twee jaar": outside these years
# it is a typo (0202 for 2022), and near the calendar's ends date arithmetic would overflow.
PUBLISHED_RANGE = (_dt.date(1000, 1, 1), _dt.date(2999, 12, 31))


def _published(text: str) -> _dt.date:
    value = _date(text)
    first, last = PUBLISHED_RANGE
    if not first <= value <= last:
        raise argparse.ArgumentTypeError(
            f"a publication date must lie between {first.isoformat()} and {last.isoformat()}: {text!r}"
        )
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _language(text: str) -> str:
    code = text.strip().lower()
    if not code.isalpha() or len(code) not in (2, 3):
        raise argparse.ArgumentTypeError(f"not a language code (e.g. nl, en, fr, de): {text!r}")
    return code


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for all sub-commands."""
    parser = argparse.ArgumentParser(
        prog="timeline-app",
        description="Turn news articles into a sourced timeline. Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH", help=f"archive file (default: ${DB_ENV} or the user data folder)")
    parser.add_argument("--create", action="store_true", help="create the archive named by --db when it does not exist")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("import", help="import article files or folders into the archive")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--published", type=_published, metavar="YYYY-MM-DD", help="publication date for all inputs")
    p.add_argument("--language", type=_language, metavar="L", help="language for all inputs (nl, en, fr, de, ...)")
    p.add_argument("--json", action="store_true", help="print a JSON report")

    p = commands.add_parser("articles", help="list the articles in the archive")
    p.add_argument("--sort", default="published", choices=["published", "title", "source_name", "language", "imported_at", "id"])
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("show", help="show one article")
    p.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("search", help="full-text search of the archive")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--limit", type=_positive, default=20, metavar="N")
    p.add_argument("--language", type=_language, metavar="L")
    p.add_argument("--source", metavar="NAME", help="only articles from this source")
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="published on or after")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="published on or before")
    p.add_argument("--json", action="store_true")

    p = commands.add_parser("extract", help="show the dates and candidate events of one file (no archive needed)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--published", type=_published, metavar="YYYY-MM-DD", help="publication date (reference for 'gisteren')")
    p.add_argument("--language", type=_language, metavar="L", help="language (nl, en, fr, de); detected when left out")
    p.add_argument("--format", default="text", choices=["text", "json", "timeml"])

    p = commands.add_parser("events", help="list the events in the archive")
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="events on or after this day")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="events on or before this day")
    p.add_argument("--query", metavar="Q", help="search event titles")
    p.add_argument("--status", choices=[s.value for s in EventStatus])
    p.add_argument("--limit", type=_positive, default=1000, metavar="N")
    p.add_argument("--json", action="store_true")

    from timeline_app.cli_timelines import add_parsers

    add_parsers(commands, date=_date, positive=_positive, language=_language)
    from timeline_app.cli_archive import add_parser as add_archive_parser

    add_archive_parser(commands)
    commands.add_parser("gui", help="open the desktop app (the default)")
    return parser


class _ProgressBar:
    """A one-line progress bar on a terminal's stderr."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.active = stream.isatty()

    def __call__(self, done: int, total: int, message: str) -> None:
        if not self.active or total == 0:
            return
        width = 28
        filled = width * done // total
        name = message[-40:]
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name:<40}")
        self.stream.flush()

    def finish(self) -> None:
        if self.active:
            self.stream.write("\r" + " " * 80 + "\r")
            self.stream.flush()


def _json_default(value: Any) -> Any:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    raise TypeError(f"cannot serialize {type(value).__name__}")


def _dump(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2, default=_json_default)
    out.write("\n")


def _summary_json(summary: ArticleSummary) -> dict[str, Any]:
    return {
        "id": summary.id,
        "title": summary.title,
        "source": summary.source_name,
        "published": summary.published,
        "language": summary.language,
        "format": summary.format,
        "words": summary.word_count,
        "events": summary.event_count,
        "imported_at": summary.imported_at,
    }


def _article_json(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source_name,
        "author": article.author,
        "published": article.published,
        "url": article.url,
        "language": article.language,
        "format": article.format,
        "source_path": article.source_path,
        "content_hash": article.content_hash,
        "imported_at": article.imported_at,
        "words": article.word_count,
        "text": article.text,
    }


def _hit_json(hit: SearchHit) -> dict[str, Any]:
    return {
        "article_id": hit.article_id,
        "title": hit.title,
        "snippet": hit.snippet,
        "highlights": [list(span) for span in hit.highlights],
        "score": round(hit.score, 4),
        "published": hit.published,
        "language": hit.language,
        "source": hit.source_name,
        "variant_matches": list(hit.variant_matches),
    }


def _report_json(report: ImportReport) -> dict[str, Any]:
    return {
        "results": [
            {
                "path": r.path,
                "status": r.outcome.value,
                "article_id": r.article_id,
                "title": r.title,
                "reason": r.reason,
                "warnings": list(r.warnings),
            }
            for r in report.results
        ],
        "summary": {outcome.value: report.count(outcome) for outcome in Outcome},
        "cancelled": report.cancelled,
    }


def _import_timelinejs(archive: Archive, paths: list[str]) -> list[dict[str, Any]]:
    """Import TimelineJS files as new timelines; one result per file."""
    from timeline_app.export.timelinejs_read import TimelineJSError
    from timeline_app.services.publishing import import_timelinejs

    results: list[dict[str, Any]] = []
    for path in paths:
        try:
            timeline, _changes, skipped = import_timelinejs(archive, path)
        except (TimelineJSError, OSError, ValueError) as exc:
            results.append({"path": path, "status": "failed", "timeline_id": None, "name": None, "reason": str(exc),
                            "skipped": []})
            continue
        results.append({"path": path, "status": "imported", "timeline_id": timeline.id, "name": timeline.name,
                        "entries": timeline.entry_count, "reason": None, "skipped": list(skipped)})
    return results


def _timelines_ok(results: list[dict[str, Any]]) -> bool:
    """Every TimelineJS file imported whole (a file with left-out events counts as a failure)."""
    return all(r["status"] == "imported" and not r["skipped"] for r in results)


def _cmd_import(archive: Archive, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:

    # .json/.csv are never articles: TimelineJS data, or a failure saying why it is not.
    timelinejs = [p for p in args.paths if Path(p).suffix.lower() in (".json", ".csv") and Path(p).is_file()]
    timeline_results = _import_timelinejs(archive, timelinejs) if timelinejs else []
    args.paths = [p for p in args.paths if p not in timelinejs]
    if not args.paths:
        if args.json:
            _dump({"results": [], "summary": {o.value: 0 for o in Outcome}, "cancelled": False,
                   "timelines": timeline_results}, out)
        else:
            _write_timeline_results(timeline_results, out)
        return EXIT_OK if _timelines_ok(timeline_results) else EXIT_FAILED
    code = _import_articles(archive, args, out, err, timeline_results)
    return code if _timelines_ok(timeline_results) else EXIT_FAILED


def _write_timeline_results(results: list[dict[str, Any]], out: TextIO) -> None:
    for r in results:
        if r["status"] == "imported":
            left_out = f"; {len(r['skipped'])} left out" if r["skipped"] else ""
            out.write(f"timeline   {r['path']} -> timeline {r['timeline_id']} ({r['name']}, {r['entries']} events{left_out})\n")
            for reason in r["skipped"]:
                out.write(f"           skipped {reason}\n")
        else:
            out.write(f"failed     {r['path']}: {r['reason']}\n")


def _import_articles(
    archive: Archive, args: argparse.Namespace, out: TextIO, err: TextIO, timeline_results: list[dict[str, Any]]
) -> int:
    bar = _ProgressBar(err) if not args.json else _ProgressBar(_NullStream())
    control = JobControl(on_progress=bar)
    try:
        report = import_paths(archive, args.paths, language=args.language, published=args.published, control=control)
    except KeyboardInterrupt:
        control.cancel()
        raise
    finally:
        bar.finish()
    if args.json:
        data = _report_json(report)
        if timeline_results:
            data["timelines"] = timeline_results
        _dump(data, out)
    else:
        _write_timeline_results(timeline_results, out)
        for r in report.results:
            if r.outcome is Outcome.IMPORTED:
                line = f"imported   {r.path} -> article {r.article_id}"
            elif r.outcome is Outcome.DUPLICATE:
                line = f"duplicate  {r.path} ({r.reason})"
            else:
                line = f"failed     {r.path}: {r.reason}"
            out.write(line + "\n")
            for warning in r.warnings:
                out.write(f"           warning: {warning}\n")
        counts = {o: report.count(o) for o in Outcome}
        out.write(
            f"{counts[Outcome.IMPORTED]} imported, {counts[Outcome.DUPLICATE]} duplicate, "
            f"{counts[Outcome.FAILED]} failed\n"
        )
    return EXIT_OK if report.ok else EXIT_FAILED


def _cmd_articles(archive: Archive, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    summaries = archive_queries.list_articles(archive, sort=args.sort, descending=args.sort in ("published", "imported_at"))
    if args.json:
        _dump([_summary_json(s) for s in summaries], out)
        return EXIT_OK
    for s in summaries:
        published = s.published.isoformat() if s.published else "????-??-??"
        source = f" ({s.source_name})" if s.source_name else ""
        out.write(f"{s.id:>6}  {published}  {s.language or '??':<3} {s.event_count:>4} ev  {s.title}{source}\n")
    out.write(f"{len(summaries)} articles\n")
    return EXIT_OK


def _cmd_show(archive: Archive, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    article = archive_queries.get_article(archive, args.article_id)
    if article is None:
        err.write(f"timeline-app: no article with id {args.article_id}\n")
        return EXIT_FAILED
    if args.json:
        _dump(_article_json(article), out)
        return EXIT_OK
    out.write(f"{article.title}\n{'=' * min(len(article.title), 79)}\n")
    for label, value in (
        ("Source", article.source_name),
        ("Author", article.author),
        ("Published", article.published.isoformat() if article.published else "unknown"),
        ("Language", article.language),
        ("URL", article.url),
        ("File", article.source_path),
    ):
        if value:
            out.write(f"{label + ':':<11}{value}\n")
    out.write("\n" + article.text + "\n")
    return EXIT_OK


def _cmd_search(archive: Archive, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    filters = SearchFilters(
        language=args.language, source_name=args.source, published_from=args.date_from, published_to=args.date_to
    )
    hits = archive_queries.search_articles(archive, args.query, filters, limit=args.limit)
    if args.json:
        _dump([_hit_json(h) for h in hits], out)
        return EXIT_OK
    bold, plain = ("\x1b[1m", "\x1b[0m") if out.isatty() else ("«", "»")
    for hit in hits:
        published = hit.published.isoformat() if hit.published else "????-??-??"
        variant = f"  (variant: {', '.join(hit.variant_matches)})" if hit.variant_matches else ""
        out.write(f"{hit.article_id:>6}  {published}  {hit.title}{variant}\n")
        out.write(f"        {archive_queries.mark_snippet(hit, bold, plain)}\n")
    out.write(f"{len(hits)} hits\n")
    return EXIT_OK


class _NullStream:
    def isatty(self) -> bool:
        return False

    def write(self, _text: str) -> int:
        return 0

    def flush(self) -> None:
        pass


def _cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from xml.sax.saxutils import escape, quoteattr

    from timeline_app.extraction import extract_events, tag_text
    from timeline_app.ingest import IngestError, read_article

    try:
        draft = read_article(args.file, language=args.language, published=args.published)
        language = draft.language
        timexes = tag_text(draft.text, reference_date=draft.published, language=language)
        events = extract_events(draft.text, reference_date=draft.published, language=language, title=draft.title)
    except IngestError as exc:
        err.write(f"timeline-app: {exc.path or args.file}: {exc.reason}\n")
        return EXIT_FAILED
    except (OverflowError, ValueError, RecursionError, MemoryError) as exc:
        # A bug of ours, but the reader deserves one line and the right exit code, not a traceback.
        err.write(f"timeline-app: {args.file}: cannot analyse the text ({type(exc).__name__}: {exc})\n")
        return EXIT_FAILED
    if args.format == "timeml":
        parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n']
        if draft.published:
            dct = draft.published.isoformat()
            parts.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n')
        parts.append("<TEXT>")
        position = 0
        for n, timex in enumerate(timexes, 1):
            parts.append(escape(draft.text[position : timex.start]))
            parts.append(
                f"<TIMEX3 tid=\"t{n}\" type=\"{timex.type}\" value={quoteattr(timex.value)}>{escape(timex.text)}</TIMEX3>"
            )
            position = timex.end
        parts.append(escape(draft.text[position:]) + "</TEXT>\n</TimeML>\n")
        out.write("".join(parts))
        return EXIT_OK
    if args.format == "json":
        _dump(
            {
                "file": args.file,
                "title": draft.title,
                "published": draft.published,
                "language": language,
                "timexes": [
                    {
                        "start": t.start,
                        "end": t.end,
                        "text": t.text,
                        "type": t.type,
                        "value": t.value,
                        "span": span_json(t.span, language) if t.span else None,
                    }
                    for t in timexes
                ],
                "events": [
                    {
                        "span": span_json(e.span, language),
                        "headline": e.headline,
                        "sentence": e.sentence,
                        "sentence_start": e.sentence_start,
                        "sentence_end": e.sentence_end,
                        "mentions": [{"start": m[0], "end": m[1], "text": m[2]} for m in e.mentions],
                        "confidence": e.confidence,
                        "approximate": e.span.approximate,
                        "is_caption": e.is_caption,
                        "people": list(e.people),
                        "places": list(e.places),
                    }
                    for e in events
                ],
            },
            out,
        )
        return EXIT_OK
    published = draft.published.isoformat() if draft.published else "unknown"
    out.write(f"{draft.title}\n(published {published}, language {language or '??'})\n\n")
    out.write(f"{len(timexes)} temporal expressions\n")
    for t in timexes:
        out.write(f"  {t.start:>6}  {t.type:<8} {t.value:<20} {t.text}\n")
    out.write(f"\n{len(events)} candidate events\n")
    for e in events:
        caption = " [caption]" if e.is_caption else ""
        out.write(f"  {format_span(e.span, language):<22} {e.confidence:.2f}  {e.headline}{caption}\n")
    return EXIT_OK


def span_json(span: DateSpan, language: str | None) -> dict[str, Any]:
    """The JSON shape of a date span (see docs/cli-json.md)."""
    return {
        "start": span.start,
        "end": span.end,
        "precision": span.precision.name.lower(),
        "value": span.value,
        "approximate": span.approximate,
        "qualifier": span.qualifier.value if span.qualifier else None,
        "display": format_span(span, language),
    }


def _cmd_events(archive: Archive, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from timeline_app.services.extracting import list_events

    status = EventStatus(args.status) if args.status else None
    listings = list_events(
        archive, date_from=args.date_from, date_to=args.date_to, query=args.query, status=status, limit=args.limit
    )
    if args.json:
        _dump(
            [
                {
                    "id": item.event.id,
                    "span": span_json(item.event.span, item.language),
                    "headline": item.event.title,
                    "status": item.event.status.value,
                    "confidence": item.event.confidence,
                    "conflict": item.event.conflict,
                    "edited": item.event.edited,
                    "people": list(item.event.people),
                    "places": list(item.event.places),
                    "sources": [
                        {
                            "article_id": s.article_id,
                            "title": item.article_titles.get(s.article_id, ""),
                            "sentence": s.sentence,
                            "char_start": s.char_start,
                            "char_end": s.char_end,
                            "timex_text": s.timex_text,
                            "is_caption": s.is_caption,
                        }
                        for s in item.event.sources
                    ],
                }
                for item in listings
            ],
            out,
        )
        return EXIT_OK
    for item in listings:
        event = item.event
        flags = (" [conflict]" if event.conflict else "") + ("" if event.status is EventStatus.SUGGESTED else f" [{event.status.value}]")
        articles = ",".join(str(a) for a in dict.fromkeys(s.article_id for s in event.sources))
        out.write(f"{event.id:>6}  {format_span(event.span, item.language):<22} {event.title}{flags}  (art. {articles})\n")
    out.write(f"{len(listings)} events\n")
    return EXIT_OK


def _cmd_timeline(archive: Archive, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from timeline_app.cli_timelines import run_timeline

    return run_timeline(archive, args, out, err)


def _cmd_export(archive: Archive, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from timeline_app.cli_timelines import run_export

    return run_export(archive, args, out, err)


_COMMANDS: dict[str, Callable[[Archive, argparse.Namespace, TextIO, TextIO], int]] = {
    "timeline": _cmd_timeline,
    "export": _cmd_export,
    "import": _cmd_import,
    "articles": _cmd_articles,
    "show": _cmd_show,
    "search": _cmd_search,
    "events": _cmd_events,
}


def run_cli(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one command; returns the exit code (argparse usage errors exit with 2)."""
    from timeline_app import cli_archive

    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    try:
        paths = cli_archive.resolve_paths(args.db)
    except ArchiveError as exc:
        err.write(f"timeline-app: {exc}\n")
        return EXIT_USAGE
    if args.command in (None, "gui"):
        from timeline_app.app import run_gui

        return run_gui(paths, create=args.create)
    if args.command == "extract":
        return _cmd_extract(args, out, err)
    if args.command == "archive":
        return cli_archive.run_archive(paths, args, out, err)
    archive = cli_archive.open_for_command(paths, args, err)
    if isinstance(archive, int):
        return archive
    with archive:
        try:
            return cli_archive.guarded(archive, lambda: _COMMANDS[args.command](archive, args, out, err), err)
        except KeyboardInterrupt:
            err.write("timeline-app: interrupted; finished articles were kept\n")
            return EXIT_FAILED
