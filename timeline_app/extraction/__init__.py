"""Text -> temporal expressions (and, later, candidate events)."""

from timeline_app.extraction.tagger import tag_text
from timeline_app.extraction.timex import Timex

__all__ = ["Timex", "tag_text"]
