"""timeline_app: turn a pile of news articles into a publishable, sourced timeline."""

__version__ = "0.1.0"
