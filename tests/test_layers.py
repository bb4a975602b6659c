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
}


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


def test_only_the_image_exporter_uses_qt_in_export() -> None:
    offenders = [
        path.name
        for path in (PACKAGE / "export").rglob("*.py")
        if path.name != "image.py" and any(name.split(".")[0] == "PySide6" for name in _imports(path))
    ]
    assert offenders == []
    image_qt = {name for name in _imports(PACKAGE / "export" / "image.py") if name.startswith("PySide6")}
    assert all(not name.startswith("PySide6.QtWidgets") for name in image_qt)


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
