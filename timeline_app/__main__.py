"""``python -m timeline_app`` and the ``timeline-app`` console script."""

from __future__ import annotations

import sys


def main() -> None:
    """Entry point: the CLI, which opens the desktop app when no command is given."""
    from timeline_app.cli import run_cli

    sys.exit(run_cli())


if __name__ == "__main__":
    main()
