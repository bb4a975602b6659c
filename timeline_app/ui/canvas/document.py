"""The timeline being edited, held in memory and kept in step with the archive through the hub.

A plain object (not a QObject). It never changes data: edits are ops (the panel runs them).
:meth:`TimelineDocument.apply` takes the :class:`Changes` the hub delivers, from whichever
view or editor made them, re-reads only what they name on the open timeline and tells its
listeners (the scene, the panel) what changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from timeline_app.domain.models import Changes, Event, Timeline, TimelineEntry
from timeline_app.services import timelines as timeline_service
from timeline_app.storage import Archive

Listener = Callable[[str], None]
"""Called with what changed: "loaded", "entries", "lanes"."""


class TimelineDocument:
    """Entries, events and lanes of one timeline, and who to tell when they change."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.timeline: Timeline | None = None
        self.entries: dict[int, TimelineEntry] = {}
        self.events: dict[int, Event] = {}
        self._listeners: list[Listener] = []
        self._article_titles: dict[int, str] = {}
        self._detailed: set[int] = set()

    # -- listeners -------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` after every change."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling ``listener``."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, what: str) -> None:
        for listener in list(self._listeners):
            listener(what)

    # -- loading -----------------------------------------------------------------

    def load(self, timeline_id: int) -> None:
        """Read a timeline with its entries and their events."""
        self.timeline, entries, events = timeline_service.load_for_canvas(self.archive, timeline_id)
        self._detailed.clear()
        self.entries = {e.id: e for e in entries}
        self.events = {e.id: e for e in events}
        self._notify("loaded")

    def clear(self) -> None:
        """Show no timeline."""
        self.timeline = None
        self.entries.clear()
        self.events.clear()
        self._notify("loaded")

    @property
    def timeline_id(self) -> int | None:
        """The id of the timeline shown, if any."""
        return self.timeline.id if self.timeline else None

    # -- changes (delivered by the hub) -------------------------------------------

    def apply(self, changes: Changes) -> None:
        """Bring the open timeline up to date with ``changes``, re-reading only what they name."""
        timeline = self.timeline
        if timeline is None:
            return
        shown_events = self.events.keys()
        touches_timeline = changes.touches_timeline(timeline.id)
        touches_events = changes.touches_events(shown_events)
        if not (touches_timeline or touches_events):
            return
        with self.archive.read() as tx:
            fresh = tx.timelines.get(timeline.id)
        if fresh is None:
            self.clear()
            return
        self.timeline = fresh
        if touches_timeline and not changes.timeline_ids:  # which ones is unknown: read them all
            self._reload_all()
            return
        if touches_events:
            known = list(changes.event_ids) if changes.event_ids else list(shown_events)
            self._reload_events([i for i in known if i in shown_events])
        entry_ids = list(changes.entry_ids) if touches_timeline else []
        if entry_ids:
            self._reload_entries(entry_ids)
        lanes_changed = touches_timeline and bool(changes.lane_ids or changes.era_ids)
        self._notify("lanes" if lanes_changed else "entries")

    def _reload_all(self) -> None:
        assert self.timeline is not None
        _timeline, entries, events = timeline_service.load_for_canvas(self.archive, self.timeline.id)
        self.entries = {e.id: e for e in entries}
        self.events = {e.id: e for e in events}
        self._detailed.clear()
        self._notify("lanes")

    def _reload_entries(self, entry_ids: Sequence[int]) -> None:
        assert self.timeline is not None
        found = [e for e in timeline_service.get_entries(self.archive, entry_ids) if e.timeline_id == self.timeline.id]
        found_ids = {e.id for e in found}
        for entry_id in entry_ids:
            if entry_id not in found_ids:
                self.entries.pop(entry_id, None)
        missing = [e.event_id for e in found if e.event_id not in self.events]
        if missing:
            self._store_events(timeline_service.event_details(self.archive, missing))
        for entry in found:
            self.entries[entry.id] = entry

    def _reload_events(self, event_ids: Iterable[int]) -> None:
        ids = list(event_ids)
        if not ids:
            return
        events = timeline_service.event_details(self.archive, ids)
        for event_id in set(ids) - {e.id for e in events}:  # merged away: its entries moved or went
            self.events.pop(event_id, None)
        self._store_events(events)

    def _store_events(self, events: Iterable[Event]) -> None:
        for event in events:
            self.events[event.id] = event
            self._detailed.add(event.id)

    # -- lookups -------------------------------------------------------------------

    def event_of(self, entry_id: int) -> Event | None:
        """The event an entry shows."""
        entry = self.entries.get(entry_id)
        return self.events.get(entry.event_id) if entry else None

    def detailed_event(self, entry_id: int) -> Event | None:
        """The event of an entry with its sources and tags (read on first use)."""
        entry = self.entries.get(entry_id)
        if entry is None:
            return None
        if entry.event_id not in self._detailed:
            self._store_events(timeline_service.event_details(self.archive, [entry.event_id]))
            self._detailed.add(entry.event_id)
        return self.events.get(entry.event_id)

    def article_titles(self, article_ids: Sequence[int]) -> dict[int, str]:
        """Titles of articles (for tooltips), cached."""
        missing = [i for i in dict.fromkeys(article_ids) if i not in self._article_titles]
        if missing:
            with self.archive.read() as tx:
                for summary in tx.articles.summaries(missing):
                    self._article_titles[summary.id] = summary.title
        return {i: self._article_titles[i] for i in article_ids if i in self._article_titles}
