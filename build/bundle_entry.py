"""The entry point PyInstaller freezes into build/dist/timeline-app/timeline-app (see timeline-app.spec)."""

from __future__ import annotations

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()  # import workers start as copies of this executable
    from timeline_app.__main__ import main

    main()
