"""Reading TimelineJS3 JSON and Google Sheets CSV back into dated events (pure).

Precision comes from the date parts (``year`` only is a year, ``month`` a month...), coarse
periods from the length of ``start_date``..``end_date`` (seven days from a Monday is a week,
three months from March a season, ten years from 1990 a decade), approximate dates and
qualifiers from the display date's words ("c.", "vers", "sinds", "before"...). What this
module writes through :mod:`timeline_app.export.timelinejs` therefore reads back the same.
"""

from __future__ import annotations

import csv
import datetime as _dt
import html
import io
import json
import os
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from timeline_app.domain.dates import DateSpan, Precision, Qualifier
from timeline_app.domain.text import without_controls

# Stated limits of one TimelineJS file (storing an event takes a few milliseconds, and
# TimelineJS itself slows down long before): larger files are refused with these numbers.
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_EVENTS = 5_000
_MAX_NUMBER_DIGITS = 12


class TimelineJSError(ValueError):
    """The file is not TimelineJS data (or a date in it cannot be read)."""


@dataclass(frozen=True, slots=True)
class ImportedEvent:
    """One slide of a TimelineJS file."""

    headline: str
    text: str
    span: DateSpan
    group: str = ""


@dataclass(frozen=True, slots=True)
class ImportedEra:
    """An era of a TimelineJS file."""

    name: str
    start: _dt.datetime
    end: _dt.datetime


@dataclass(frozen=True, slots=True)
class ImportedTimeline:
    """What a TimelineJS file holds, plus why each slide or era that could not be read was left out."""

    title: str
    subtitle: str
    events: tuple[ImportedEvent, ...]
    eras: tuple[ImportedEra, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def skipped(self) -> int:
        """How many slides and eras were left out (each has a line in ``problems``)."""
        return len(self.problems)


_CIRCA = ("c. ", "ca. ", "circa ", "vers ", "~", "approx. ", "rond ", "um ", "environ ")
_QUALIFIER_WORDS = {
    Qualifier.BEFORE: ("vóór ", "voor ", "before ", "avant ", "vor "),
    Qualifier.AFTER: ("na ", "after ", "après ", "nach "),
    Qualifier.SINCE: ("sinds ", "since ", "depuis ", "seit "),
    Qualifier.UNTIL: ("tot ", "until ", "jusqu'à ", "jusqu’à ", "bis "),
}
_SEASON_CODES = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}
_BLOCK_TAGS = frozenset({"p", "br", "div", "blockquote", "li", "h1", "h2", "h3", "h4", "tr"})


class _TextOf(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, one line per block (no control characters)."""
    if "<" not in fragment:
        return without_controls(html.unescape(fragment)).strip()
    parser = _TextOf()
    parser.feed(fragment)
    parser.close()
    text = without_controls("".join(parser.parts))
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _int(value: Any) -> int | None:
    """A date part as a whole number (``None`` when absent); ``TimelineJSError`` for anything else."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")) or not value.is_integer():
            raise TimelineJSError(f"not a whole number: {value!r}")
        return int(value)
    text = str(value).strip()
    if not text:
        return None
    if len(text) > _MAX_NUMBER_DIGITS or not re.fullmatch(r"[-+]?\d+(\.0*)?", text):
        raise TimelineJSError(f"not a whole number: {text[:40]!r}")
    return int(text.split(".")[0])


def _level(parts: dict[str, Any]) -> Precision:
    if _int(parts.get("hour")) is not None:
        return Precision.MINUTE if _int(parts.get("minute")) else Precision.HOUR
    if _int(parts.get("day")) is not None:
        return Precision.DAY
    if _int(parts.get("month")) is not None:
        return Precision.MONTH
    return Precision.YEAR


def _moment(parts: dict[str, Any]) -> _dt.datetime:
    year = _int(parts.get("year"))
    if year is None:
        raise TimelineJSError("a date without a year")
    if not 1 <= year <= 9998:
        raise TimelineJSError(f"year {year} is outside 1..9998")
    month, day = _int(parts.get("month")), _int(parts.get("day"))
    hour, minute = _int(parts.get("hour")), _int(parts.get("minute"))
    try:
        return _dt.datetime(year, month or 1, day or 1, hour or 0, minute or 0)
    except (ValueError, OverflowError) as exc:
        written = "-".join(str(v) for v in (year, month, day) if v is not None)
        raise TimelineJSError(f"not a date: {written} ({exc})") from None


def _add_months(moment: _dt.datetime, months: int) -> _dt.datetime:
    index = moment.year * 12 + moment.month - 1 + months
    return moment.replace(year=index // 12, month=index % 12 + 1, day=1)


def _after(moment: _dt.datetime, level: Precision) -> _dt.datetime:
    if level is Precision.MINUTE:
        return moment + _dt.timedelta(minutes=1)
    if level is Precision.HOUR:
        return moment + _dt.timedelta(hours=1)
    if level is Precision.DAY:
        return moment + _dt.timedelta(days=1)
    if level is Precision.MONTH:
        return _add_months(moment, 1)
    return moment.replace(year=moment.year + 1, month=1, day=1)


def _value(moment: _dt.datetime, level: Precision) -> str:
    if level is Precision.HOUR:
        return moment.strftime("%Y-%m-%dT%H")
    if level is Precision.MINUTE:
        return moment.strftime("%Y-%m-%dT%H:%M")
    if level is Precision.DAY:
        return moment.date().isoformat()
    if level is Precision.MONTH:
        return f"{moment.year:04d}-{moment.month:02d}"
    return f"{moment.year:04d}"


def _words(display: str) -> tuple[bool, Qualifier | None, str]:
    """(approximate, qualifier, the rest) from a display date's leading words."""
    text = display.strip()
    lowered = text.casefold()
    qualifier = None
    for candidate, prefixes in _QUALIFIER_WORDS.items():
        found = next((p for p in prefixes if lowered.startswith(p)), None)
        if found:
            qualifier, text, lowered = candidate, text[len(found):], lowered[len(found):]
            break
    approximate = False
    circa = next((c for c in _CIRCA if lowered.startswith(c)), None)
    if circa:
        approximate, text = True, text[len(circa):]
    return approximate, qualifier, text


def _period(start: _dt.datetime, end: _dt.datetime, level: Precision) -> tuple[Precision, str] | None:
    """The calendar period ``[start, end)`` is at ``level``, when it is one (a week, season, decade...)."""
    if level is Precision.DAY and end - start == _dt.timedelta(days=7) and start.weekday() == 0:
        iso = start.isocalendar()
        return Precision.WEEK, f"{iso.year:04d}-W{iso.week:02d}"
    if level is Precision.MONTH:
        months = (end.year - start.year) * 12 + end.month - start.month
        if months == 3 and start.month in _SEASON_CODES:
            return Precision.SEASON, f"{start.year:04d}-{_SEASON_CODES[start.month]}"
        if months == 3 and start.month in (1, 4, 7, 10):
            return Precision.QUARTER, f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}"
        if months == 6 and start.month in (1, 7):
            return Precision.HALF_YEAR, f"{start.year:04d}-H{1 if start.month == 1 else 2}"
    if level is Precision.YEAR:
        years = end.year - start.year
        if years == 10 and start.year % 10 == 0:
            return Precision.DECADE, f"{start.year // 10:03d}"
        if years == 100 and start.year % 100 == 0:
            return Precision.CENTURY, f"{start.year // 100:02d}"
    return None


def span_from_parts(start_parts: dict[str, Any], end_parts: dict[str, Any] | None, display: str = "") -> DateSpan:
    """The date span TimelineJS start/end parts and a display date stand for."""
    level = _level(start_parts)
    start = _moment(start_parts)
    approximate, qualifier, rest = _words(display)
    end = _after(start, level)
    if end_parts and _int(end_parts.get("year")) is not None:
        end_level = _level(end_parts)
        last = _moment(end_parts)
        if last > start or (last == start and end_level < level):
            hours = level <= Precision.HOUR and end_level <= Precision.HOUR
            end = last if hours else max(_after(last, end_level), end)
            period = None if "–" in rest or " - " in rest else _period(start, end, level)
            if period is not None:
                return DateSpan(start, end, period[0], period[1], approximate, qualifier)
            value = f"{_value(start, level)}/{_value(last, level)}"
            return DateSpan(start, end, level, value, approximate, qualifier or Qualifier.BETWEEN)
    return DateSpan(start, end, level, _value(start, level), approximate, qualifier)


# -- JSON --------------------------------------------------------------------------


def _text_of(slide: dict[str, Any]) -> tuple[str, str]:
    text = slide.get("text") or {}
    if not isinstance(text, dict):
        return "", ""
    return html_to_text(str(text.get("headline") or "")), html_to_text(str(text.get("text") or ""))


def _short_number(digits: str) -> int | str:
    # Numbers longer than any date part stay text (and are reported), instead of costing
    # Python's arbitrary-precision parsing or tripping its digit limit.
    return int(digits) if len(digits) <= _MAX_NUMBER_DIGITS else digits


def _slide_name(n: int, slide: Any) -> str:
    headline = _text_of(slide)[0] if isinstance(slide, dict) else ""
    return f"event {n}" + (f" ({headline[:60]!r})" if headline else "")


def _too_many(count: int) -> TimelineJSError:
    return TimelineJSError(f"{count:,} events; at most {MAX_EVENTS:,} can be imported from one TimelineJS file")


def parse_json(text: str) -> ImportedTimeline:
    """A TimelineJS3 JSON document (``TimelineJSError`` when it is something else)."""
    try:
        data = json.loads(text, parse_int=_short_number)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise TimelineJSError(f"not JSON: {exc}" if isinstance(exc, json.JSONDecodeError) else "not JSON: nested too deeply") from None
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise TimelineJSError("not TimelineJS data: no list of events")
    if len(data["events"]) > MAX_EVENTS:
        raise _too_many(len(data["events"]))
    title, subtitle = _text_of(data["title"]) if isinstance(data.get("title"), dict) else ("", "")
    events: list[ImportedEvent] = []
    problems: list[str] = []
    for n, slide in enumerate(data["events"], 1):
        if not isinstance(slide, dict) or not isinstance(slide.get("start_date"), dict):
            problems.append(f"{_slide_name(n, slide)}: no start_date")
            continue
        end = slide.get("end_date") if isinstance(slide.get("end_date"), dict) else None
        display = str(slide.get("display_date") or slide["start_date"].get("display_date") or "")
        try:
            span = span_from_parts(slide["start_date"], end, html_to_text(display))
        except TimelineJSError as exc:
            problems.append(f"{_slide_name(n, slide)}: {exc}")
            continue
        headline, body = _text_of(slide)
        group = without_controls(str(slide.get("group") or "")).strip()
        events.append(ImportedEvent(headline or body[:80], body, span, group))
    eras = []
    raw_eras: list[Any] = data["eras"] if isinstance(data.get("eras"), list) else []
    for n, era in enumerate(raw_eras[:MAX_EVENTS], 1):
        if isinstance(era, dict) and isinstance(era.get("start_date"), dict) and isinstance(era.get("end_date"), dict):
            try:
                eras.append(ImportedEra(_text_of(era)[0], _moment(era["start_date"]), _moment(era["end_date"])))
            except TimelineJSError as exc:
                problems.append(f"era {n}: {exc}")
        else:
            problems.append(f"era {n}: needs a start_date and an end_date")
    return _checked(ImportedTimeline(title, subtitle, tuple(events), tuple(eras), tuple(problems)))


def _checked(imported: ImportedTimeline) -> ImportedTimeline:
    """Refuse data of which not one event could be read (an empty timeline would hide that)."""
    if imported.problems and not imported.events:
        first = imported.problems[0]
        raise TimelineJSError(f"no event with a readable date ({imported.skipped} skipped; {first})")
    return imported


# -- CSV ---------------------------------------------------------------------------


def _uncell(text: str) -> str:
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r":
        return text[1:]
    return text


def _time(text: str) -> dict[str, int]:
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp][Mm])?\s*", text)
    if not match:
        return {}
    hour, minute = int(match.group(1)), int(match.group(2))
    meridiem = (match.group(3) or "").lower()
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    return {"hour": hour, "minute": minute}


def _csv_parts(row: dict[str, str], prefix: str) -> dict[str, Any]:
    parts: dict[str, Any] = {
        "year": row.get(f"{prefix}year", ""), "month": row.get(f"{prefix}month", ""), "day": row.get(f"{prefix}day", "")
    }
    parts.update(_time(row.get(f"{prefix}time", "")))
    return parts


def parse_csv(text: str) -> ImportedTimeline:
    """Rows of the TimelineJS Google Sheets template (``TimelineJSError`` for other tables)."""
    try:
        return _parse_csv(text)
    except csv.Error as exc:  # a cell over the csv module's field limit, a NUL in the data...
        raise TimelineJSError(f"not a readable sheet: {exc}") from None


def _parse_csv(text: str) -> ImportedTimeline:
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip().casefold() for h in next(reader, [])]
    if not {"year", "headline"} <= set(header):
        raise TimelineJSError("not a TimelineJS sheet: no Year and Headline columns")
    title = subtitle = ""
    events: list[ImportedEvent] = []
    eras: list[ImportedEra] = []
    problems: list[str] = []
    for cells in reader:
        if not any(c.strip() for c in cells):
            continue
        if len(events) + len(eras) + len(problems) >= MAX_EVENTS:
            raise _too_many(len(events) + len(eras) + len(problems) + 1 + sum(1 for _ in reader))
        row = {name: _uncell(cells[i]) if i < len(cells) else "" for i, name in enumerate(header)}
        kind = row.get("type", "").strip().casefold()
        headline, body = html_to_text(row.get("headline", "")), html_to_text(row.get("text", ""))
        if kind == "title":
            title, subtitle = headline, body
            continue
        try:
            start = _csv_parts(row, "")
            end = _csv_parts(row, "end ")
            if kind == "era":
                eras.append(ImportedEra(headline, _moment(start), _moment(end)))
                continue
            span = span_from_parts(start, end, html_to_text(row.get("display date", "")))
        except TimelineJSError as exc:
            name = f"row {reader.line_num}" + (f" ({headline[:60]!r})" if headline else "")
            problems.append(f"{name}: {exc}")
            continue
        group = without_controls(row.get("group", "")).strip()
        events.append(ImportedEvent(headline or body[:80], body, span, group))
    return _checked(ImportedTimeline(title, subtitle, tuple(events), tuple(eras), tuple(problems)))


# -- files -------------------------------------------------------------------------


def _read_text(path: Path) -> str:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise TimelineJSError(
            f"{path.name} is {size / (1024 * 1024):.1f} MB; TimelineJS files of up to "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB ({MAX_EVENTS:,} events) can be imported"
        )
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise TimelineJSError(f"{path.name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    return data.decode("utf-8-sig", errors="replace")


def read_timelinejs(path: str | os.PathLike[str]) -> ImportedTimeline:
    """The TimelineJS data in a .json or .csv file."""
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix == ".json":
        return parse_json(_read_text(file))
    if suffix == ".csv":
        return parse_csv(_read_text(file))
    raise TimelineJSError(f"{file.name}: TimelineJS data is a .json or .csv file")


def looks_like_timelinejs(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is a .json/.csv file holding TimelineJS data (read cheaply, never raises)."""
    file = Path(path)
    try:
        if not file.is_file() or file.suffix.lower() not in (".json", ".csv"):
            return False
        if file.suffix.lower() == ".csv":
            with file.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
                header = next(csv.reader([handle.readline()]), [])
            return {"year", "headline"} <= {h.strip().casefold() for h in header}
        read_timelinejs(file)
        return True
    except (OSError, TimelineJSError, UnicodeError):
        return False
