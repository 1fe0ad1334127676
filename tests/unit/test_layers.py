"""DESIGN.md: the layers below ui/ never import Qt."""
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "kinerja_desktop"
QT_MODULES = ("PySide6", "pyqtgraph", "shiboken6", "qtawesome", "PyQt5", "PyQt6", "qtpy")
ALLOWED = {"ui", "tasks.py"}  # tasks.py is the GUI-thread helper by design


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [n for n in names if n.split(".")[0] in QT_MODULES]
    return found


def test_no_qt_below_the_ui_layer():
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in ALLOWED:
            continue
        found = qt_imports(path)
        if found:
            offenders[str(relative)] = found
    assert offenders == {}


def test_the_checker_sees_a_qt_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert qt_imports(sample) == ["PySide6.QtCore"]
