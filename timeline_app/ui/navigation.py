"""Taking the editor to what they asked for in the main window: an article (at a sentence), an
event in the review queue or at its source, a timeline on the canvas, a dock with the keyboard in it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.ui.i18n import tr

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

READER_TAB, TIMELINE_TAB = 0, 1


class Navigation:
    """The main window's moves between its tabs, docks and panels (``window.navigation``)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def open_article(self, article_id: int, search_terms: list[str] | None = None) -> None:
        """Show ``article_id`` in the reader tab; with ``search_terms`` at the first hit."""
        self.window.reader.show_article(article_id, search_terms=search_terms)
        self.window.tabs.setCurrentIndex(READER_TAB)

    def open_article_at_offset(self, article_id: int, offset: int) -> None:
        """Open an article at a character offset (a source sentence)."""
        self.open_article(article_id)
        self.window.reader.scroll_to_offset(offset)

    def show_event_in_queue(self, event_id: int) -> None:
        """Select an event in the review queue (clicked in the reader)."""
        self.window.review_dock.show()
        self.window.review_dock.raise_()
        if not self.window.review.select_event(event_id):
            self.window.notify(tr("That event is hidden by the review queue's filters"))

    def show_event_source(self, event_id: int) -> None:
        """Show the article and sentence an event came from."""
        with self.window.archive.read() as tx:
            event = tx.events.get(event_id)
        if event is None or not event.sources:
            return
        source = next((s for s in event.sources if s.article_id == self.window.reader.article_id), event.sources[0])
        if self.window.reader.article_id != source.article_id:
            self.window.reader.show_article(source.article_id)
        self.window.reader.scroll_to_offset(source.char_start)
        self.window.tabs.setCurrentIndex(READER_TAB)

    def add_events_to_timeline(self, event_ids: list[int]) -> None:
        """Put events on the open timeline, or start a timeline with them."""
        if self.window.canvas.edits.add_entries(event_ids):
            self.window.tabs.setCurrentIndex(TIMELINE_TAB)
            return
        name = tr("Timeline {n}").format(n=self.window.timelines.model.rowCount() + 1)
        name_given, ok = self.window.timelines.ask_text(
            self.window, tr("New timeline"), tr("No timeline is open. New timeline:"), name
        )
        if ok and name_given.strip():
            self.window.timelines.create(name_given.strip(), event_ids)

    def draft_timeline(self, query: str = "", result_ids: list[int] | None = None) -> None:
        """Timeline › Draft Timeline… (or the search panel's draft button): the new timeline opens on the canvas."""
        if self.window.drafts.run(self.window, query=query, result_ids=result_ids or ()):
            self.window.tabs.setCurrentIndex(TIMELINE_TAB)

    def open_timeline(self, timeline_id: int | None) -> None:
        """Show a timeline on the canvas; the review queue adds to it (T)."""
        self.window.canvas.set_timeline(timeline_id)
        self.window.review.set_current_timeline(timeline_id)
        if timeline_id is not None:
            self.window.tabs.setCurrentIndex(TIMELINE_TAB)

    def show_timeline_tab(self) -> None:
        """Ctrl+2: the timeline tab, with the keyboard in the canvas."""
        self.window.tabs.setCurrentIndex(TIMELINE_TAB)
        self.window.canvas.view.setFocus()

    def focus_queue(self) -> None:
        """Ctrl+3: raise the review queue and put the keyboard in it (A, R, E... work at once)."""
        self.window.review_dock.show()
        self.window.review_dock.raise_()
        self.window.review.focus_table()

    def focus_search(self) -> None:
        """Ctrl+F: raise the search dock and put the cursor in its box."""
        self.window.search_dock.show()
        self.window.search_dock.raise_()
        self.window.search.focus_query()
