"""The fitted salience weights (see :class:`timeline_app.drafting.ranking.Weights`).

Written by ``.venv/bin/python bench/tls_dev.py fit ARCHIVES --write`` from a small grid searched on
the development collections; BENCHMARKS.md ("Draft timelines") gives the in-sample and held-out
figures. Re-run that command instead of editing by hand.
"""

from __future__ import annotations

FITTED = {"later": 0.5, "spread": 0.0, "burst": 0.0}
