"""``python -m timeline_app`` and the ``timeline-app`` console script."""

from __future__ import annotations

import os
import sys

DEBUG_ENV = "TIMELINE_APP_DEBUG"


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
    except KeyboardInterrupt:
        sys.stderr.write("timeline-app: interrupted\n")
        code = 130
    except Exception as exc:  # a bug of ours: one line for the user, the traceback on request
        if os.environ.get(DEBUG_ENV):
            raise
        sys.stderr.write(
            f"timeline-app: unexpected error ({type(exc).__name__}: {exc}); nothing more was done. "
            f"Run with {DEBUG_ENV}=1 for the details and please report it.\n"
        )
        code = 1
    sys.exit(code)


if __name__ == "__main__":
    main()
