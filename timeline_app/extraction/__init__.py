"""Text -> temporal expressions -> candidate events.

The public names load lazily, so that ``import timeline_app.extraction.language`` (which ingest
uses) does not pull in the tagger, its grammars or dateparser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from timeline_app.extraction.events import CandidateEvent, extract_events
    from timeline_app.extraction.tagger import tag_text, warm_up
    from timeline_app.extraction.timex import Timex

__all__ = ["CandidateEvent", "Timex", "extract_events", "tag_text", "warm_up"]

_HOMES = {
    "CandidateEvent": "timeline_app.extraction.events",
    "extract_events": "timeline_app.extraction.events",
    "tag_text": "timeline_app.extraction.tagger",
    "warm_up": "timeline_app.extraction.tagger",
    "Timex": "timeline_app.extraction.timex",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(home), name)
    globals()[name] = value
    return value
