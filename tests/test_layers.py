"""House rules that a test can check: layers, no singletons built at import time."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "timeline_app"
CORE = ("domain", "extraction", "ingest", "storage", "layout", "drafting", "services")
# Which timeline_app packages each layer may import (dependencies point down only).
ALLOWED = {
    "domain": {"domain"},
    "storage": {"domain", "storage"},
    "extraction": {"domain", "extraction"},
    "ingest": {"domain", "extraction", "ingest"},
    "layout": {"domain", "layout"},
    "drafting": {"domain", "drafting"},
    "services": {"domain", "storage", "extraction", "ingest", "layout", "drafting", "export", "services"},
    "export": {"domain", "layout", "export"},
}
QT_IN_EXPORT = {"image.py", "painting"}  # the image exporter and the one painter's package (QtGui, never QtWidgets)
SERVICES_NOT_YET_ON_STORES: set[str] = set()  # services that still reach into the session (none now)


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_packages_never_import_qt() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for layer in CORE
        for path in (PACKAGE / layer).rglob("*.py")
        if any(name.split(".")[0] == "PySide6" for name in _imports(path))
    ]
    assert offenders == []


def test_only_the_image_exporter_and_the_painter_use_qt_in_export() -> None:
    offenders = [
        path.name
        for path in (PACKAGE / "export").rglob("*.py")
        if path.name not in QT_IN_EXPORT and path.parent.name not in QT_IN_EXPORT
        and any(name.split(".")[0] == "PySide6" for name in _imports(path))
    ]
    assert offenders == []
    painter_files = [PACKAGE / "export" / "image.py", *(PACKAGE / "export" / "painting").glob("*.py")]
    for path in painter_files:
        assert all(not module.startswith("PySide6.QtWidgets") for module in _imports(path)), path.name


def test_one_painter_draws_the_marks_of_timelines() -> None:
    """Markers, cards, soft edges and badges are drawn in export/painting.py only (canvas and export use it)."""
    marks = ("drawEllipse", "drawRoundedRect", "QLinearGradient", "drawPolyline")
    offenders = [
        f"{path.relative_to(PACKAGE)}: {mark}"
        for folder in ("export", "ui/canvas")
        for path in (PACKAGE / folder).rglob("*.py")
        if path.parent.name != "painting"
        for mark in marks
        if mark in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
    assert not (PACKAGE / "ui" / "canvas" / "painting.py").exists()
    for user in ("ui/canvas/scene.py", "ui/canvas/rulers.py", "export/image.py"):
        text = (PACKAGE / user).read_text(encoding="utf-8")
        assert "TimelinePainter" in text or ".painter." in text, user


def test_services_talk_to_stores_only() -> None:
    """No session, no ORM row classes, no SQL in services; dialects stay behind storage/dialects.py."""
    offenders = []
    for path in (PACKAGE / "services").rglob("*.py"):
        if path.name in SERVICES_NOT_YET_ON_STORES:
            continue
        text = path.read_text(encoding="utf-8")
        imports = _imports(path)
        if ".session" in text or "dialect" in text:
            offenders.append(f"{path.name} uses the session or a dialect")
        bad = [n for n in imports if (n.split(".")[0] in ("sqlalchemy", "sqlmodel") and n != "sqlalchemy.exc")
               or n.endswith("storage.tables")]
        offenders += [f"{path.name} imports {n}" for n in bad]
    assert offenders == []


def test_no_ad_hoc_writes_or_undo_stacks_in_the_gui() -> None:
    """Views change data only through ops on the writer (ui/ops.py); nothing keeps a QUndoStack of its own."""
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "archive.write(" in text or "QUndoStack" in text or "QUndoCommand" in text:
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_layers_depend_downwards_only() -> None:
    offenders = []
    for layer, allowed in ALLOWED.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imports(path):
                parts = name.split(".")
                if parts[0] == "timeline_app" and len(parts) > 1 and parts[1] not in allowed | {"paths"}:
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_cli_stack_runs_without_qt_loaded() -> None:
    code = (
        "import sys, timeline_app.cli, timeline_app.services.importing, timeline_app.storage;"
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
