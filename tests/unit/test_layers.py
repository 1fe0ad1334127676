"""DESIGN.md layers: the layers below ui/ never import Qt; ui/ holds no SQL and never imports
store/ (it reads through services.reads), except to open the database and know its errors."""
import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "kinerja_desktop"
QT_MODULES = ("PySide6", "pyqtgraph", "shiboken6", "qtawesome", "PyQt5", "PyQt6", "qtpy")
ALLOWED = {"ui"}
# What ui/ may take from store/: opening (or creating) a database file, the errors that says why
# it failed, and a busy wait for a save that meets another writer.
STORE_NAMES_FOR_UI = {
    "kinerja_desktop.store.database": {
        "open_database", "create_database", "DatabaseError", "DatabaseDamaged", "DatabaseBusy", "busy_timeout",
    },
}
SQL = re.compile(r"\.execute(many|script)?\(|\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|PRAGMA) ")


def imports(path: Path) -> list[tuple[str, str | None]]:
    """(module, name) of every import in a file; name is None for `import module`."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, None) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found += [(node.module, alias.name) for alias in node.names]
    return found


def qt_imports(path: Path) -> list[str]:
    return [module for module, _name in imports(path) if module.split(".")[0] in QT_MODULES]


def store_imports(path: Path) -> list[str]:
    """Imports of store/ that ui/ may not use."""
    bad = []
    for module, name in imports(path):
        if module == "kinerja_desktop" and name == "store":
            bad.append("kinerja_desktop.store")
        elif module.startswith("kinerja_desktop.store") and name not in STORE_NAMES_FOR_UI.get(module, ()):
            bad.append(f"{module}.{name}" if name else module)
    return bad


def sql_lines(path: Path) -> list[str]:
    return [f"{n}: {line.strip()}" for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if SQL.search(line)]


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


def test_no_sql_and_no_store_in_the_ui_layer():
    offenders = {}
    for path in (PACKAGE / "ui").rglob("*.py"):
        found = store_imports(path) + sql_lines(path)
        if found:
            offenders[str(path.relative_to(PACKAGE))] = found
    assert offenders == {}


def test_the_checker_sees_a_qt_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert qt_imports(sample) == ["PySide6.QtCore"]


def test_the_checker_sees_store_imports_and_sql(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from kinerja_desktop.store.database import open_database, transaction\n"
        "from kinerja_desktop.store import repositories as repo\n"
        "import kinerja_desktop.store.seals\n"
        "def f(db):\n"
        "    return db.execute('SELECT code FROM agency').fetchall()\n", encoding="utf-8")
    assert store_imports(sample) == ["kinerja_desktop.store.database.transaction", "kinerja_desktop.store.repositories",
                                     "kinerja_desktop.store.seals"]
    assert sql_lines(sample) == ["5: return db.execute('SELECT code FROM agency').fetchall()"]


# Background work in ui/ goes through ui/tasks.py's helpers (read_task, write_task, file_task,
# wait_task); only that module may start a thread.
THREADING = re.compile(r"\brun_task\b|\bQThreadPool\b|\bQThread\b|\bthreading\.Thread\b|\bconcurrent\.futures\b")


def threading_uses(ui: Path) -> list[str]:
    found = []
    for path in sorted(ui.rglob("*.py")):
        if path.name == "tasks.py" and path.parent == ui:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if THREADING.search(line.split("#", 1)[0]):
                found.append(f"{path.relative_to(ui)}:{number}: {line.strip()}")
    return found


def test_ui_runs_background_work_only_through_the_task_helpers():
    assert threading_uses(PACKAGE / "ui") == []


def test_the_background_work_check_catches_a_direct_run_task(tmp_path):
    ui = tmp_path / "ui"
    (ui / "tree").mkdir(parents=True)
    (ui / "tasks.py").write_text("def run_task(): QThreadPool.globalInstance()\n", encoding="utf-8")
    (ui / "tree" / "page.py").write_text("from kinerja_desktop.ui.tasks import run_task\n", encoding="utf-8")
    (ui / "tree" / "view.py").write_text("from PySide6.QtCore import QThread  # a thread\n", encoding="utf-8")
    assert [f.split(":")[0] for f in threading_uses(ui)] == ["tree/page.py", "tree/view.py"]


MAX_MODULE_LINES = 400   # DESIGN.md: modules small enough to read in one sitting


def long_modules(root: Path = PACKAGE) -> list[str]:
    return sorted(f"{path.relative_to(root.parent).as_posix()}: {count} lines" for path in root.rglob("*.py")
                  if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES)


def test_every_module_is_under_the_size_limit():
    assert long_modules() == []


def test_the_size_check_sees_a_long_module(tmp_path):
    package = tmp_path / "kinerja_desktop"
    package.mkdir()
    (package / "long.py").write_text("x = 1\n" * 401, encoding="utf-8")
    (package / "short.py").write_text("x = 1\n" * 400, encoding="utf-8")
    assert long_modules(package) == ["kinerja_desktop/long.py: 401 lines"]
