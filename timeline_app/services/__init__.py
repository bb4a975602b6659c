"""Use cases: import, extract, review, arrange, search, export."""
