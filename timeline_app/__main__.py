"""``python -m timeline_app`` and the ``timeline-app`` console script."""

from __future__ import annotations

import os
import sys


def main() -> None:
    """Entry point: the CLI, which opens the desktop app when no command is given."""
    from timeline_app.cli import run_cli

    try:
        code = run_cli()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`timeline-app articles | head`): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 0
    sys.exit(code)


if __name__ == "__main__":
    main()
