"""The timeline being edited, held in memory and kept in step with the archive.

A plain object (not a QObject): undo commands change the archive through the services and
then tell the document what changed; the document tells its listeners (the scene, the panel).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from timeline_app.domain.models import Event, Timeline, TimelineEntry
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
        self._aliases: dict[int, int] = {}
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
        self._aliases.clear()
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

    # -- changes (called by undo commands after the archive changed) ---------------

    def refresh_timeline(self) -> None:
        """Re-read the timeline's lanes and eras."""
        if self.timeline is None:
            return
        with self.archive.read() as tx:
            self.timeline = tx.timelines.get_required(self.timeline.id)
        self._notify("lanes")

    def entries_changed(self, updated: Iterable[TimelineEntry] = (), removed: Iterable[int] = ()) -> None:
        """Take in changed or new entries and drop removed ones."""
        updated = list(updated)
        for entry_id in removed:
            self.entries.pop(entry_id, None)
        missing = [e.event_id for e in updated if e.event_id not in self.events]
        if missing:
            self.events.update({e.id: e for e in timeline_service.event_details(self.archive, missing)})
            self._detailed.update(missing)
        for entry in updated:
            if self.timeline is not None and entry.timeline_id == self.timeline.id:
                self.entries[entry.id] = entry
        self._notify("entries")

    def reload_entries(self, entry_ids: Sequence[int]) -> None:
        """Re-read some entries from the archive."""
        if self.timeline is None:
            return
        entries = timeline_service.get_entries(self.archive, list(entry_ids))
        found = {e.id for e in entries}
        self.entries_changed(entries, [i for i in entry_ids if i not in found])

    def reload_all(self) -> None:
        """Re-read lanes and every entry (after an edit touching many)."""
        if self.timeline is None:
            return
        timeline, entries = timeline_service.load_entries(self.archive, self.timeline.id)
        self.timeline = timeline
        self.entries = {e.id: e for e in entries}
        self._notify("lanes")

    # -- ids that change when an undo puts a removed entry back --------------------

    def alias(self, old_id: int, new_id: int) -> None:
        """Record that entry ``old_id`` now lives on as ``new_id``."""
        self._aliases[old_id] = new_id

    def resolve(self, entry_id: int) -> int:
        """The current id of an entry known by an older id."""
        seen = set()
        while entry_id in self._aliases and entry_id not in seen:
            seen.add(entry_id)
            entry_id = self._aliases[entry_id]
        return entry_id

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
            found = timeline_service.event_details(self.archive, [entry.event_id])
            if found:
                self.events[entry.event_id] = found[0]
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
