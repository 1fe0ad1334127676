"""Find every translatable string under kinerja_desktop/ui with the context Qt looks it up in.

pyside6-lupdate files some calls under a context that is never used at run time: a module
wrapper such as `def _tr(text): return QCoreApplication.translate("Chart", text)` (lupdate does
not see it, or files the bare `tr("...")` under ""), `self.tr(...)` in a module-level helper that
receives a dialog as `self`, or `self.tr(LABELS[key])` over a module constant. This scanner reads
the source with `ast` and returns what the program will really ask for, so the build can add
those messages to the .ts files and a test can prove none is missing.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

# Module-level helpers that build a dialog's widgets and get the dialog as `self`.
HELPER_CONTEXTS = {
    ("plan_editor_fill.py", "build_indicator_form"): "PlanEditorDialog",
}
# `self.tr(variable)` whose strings come from a constant outside ui/: (file, argument) ->
# (module, constant, position in each row or None for every string).
DYNAMIC_SOURCES = {
    ("entry_page.py", "label"): ("kinerja_desktop.services.workflow", "ACTIONS", 3),
    ("entry_workflow.py", "label"): ("kinerja_desktop.services.workflow", "ACTIONS", 3),
    ("masterdata_dialogs.py", "STATUS_LABELS['excluded' if excluded else r.status]"):
        ("kinerja_desktop.services.masterdata_preview", "STATUS_LABELS", None),
}

# Words from below ui/ shown through `i18n.domain_text` (context "Domain"): constants read from
# their modules, plus the default rating bands and the labels the UI derives from them.
DOMAIN_CONSTANTS = (
    ("kinerja_desktop.domain.workflow", "STATUS_LABELS", None),
    ("kinerja_desktop.domain.workflow", "ROLE_LABELS", None),
    ("kinerja_desktop.domain.entities", "QUARTER_LABELS", None),
    ("kinerja_desktop.ui.tree.tree_data", "NODE_LABELS", None),
    ("kinerja_desktop.services.plan_edit", "NODE_LABELS", None),
    ("kinerja_desktop.services.office_settings", "LABELS", None),
    ("kinerja_desktop.services.year_compare", "LABELS", None),
    ("kinerja_desktop.services.year_compare", "LEVELS", None),
)
DOMAIN_WORDS = ("Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah", "Belum dilaporkan",
                "Tidak dapat dihitung", "Tdk dpt\ndihitung", "Belum\nlapor")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool = False


@dataclass(frozen=True)
class Unresolved:
    path: str
    line: int
    code: str


def _strings(node: ast.AST | None) -> list[str]:
    """The user-facing strings inside a constant expression (dict values, not keys)."""
    if node is None:
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Dict):
        return [s for v in node.values for s in _strings(v)]
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [s for e in node.elts for s in _strings(e)]
    return []


def _constant_strings(module: str, name: str, position: int | None) -> list[str]:
    import importlib.util

    spec = importlib.util.find_spec(module)
    value = _constants(ast.parse(Path(spec.origin).read_text(encoding="utf-8")))[name]
    if position is not None:
        return sorted({s for row in value.elts for s in _strings(row.elts[position])})
    return _strings(value)


def _class_attributes(tree: ast.Module) -> dict[str, tuple[list[str], dict[str, str]]]:
    """class name -> (base names, {attribute: string}) for string class attributes."""
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            attrs = {}
            for item in node.body:
                if isinstance(item, ast.Assign) and len(item.targets) == 1 and isinstance(item.targets[0], ast.Name) \
                        and isinstance(item.value, ast.Constant) and isinstance(item.value.value, str):
                    attrs[item.targets[0].id] = item.value.value
            found[node.name] = ([ast.unparse(b).split(".")[-1] for b in node.bases], attrs)
    return found


def _module_wrappers(tree: ast.Module) -> dict[str, str]:
    """`def name(text): return QCoreApplication.translate("Ctx", text)` -> {name: Ctx}."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        for sub in ast.walk(node):
            if (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute)
                    and sub.func.attr == "translate" and len(sub.args) >= 2
                    and isinstance(sub.args[0], ast.Constant) and isinstance(sub.args[0].value, str)
                    and isinstance(sub.args[1], ast.Name) and sub.args[1].id == node.args.args[0].arg):
                found[node.name] = sub.args[0].value
    return found


def _constants(tree: ast.Module) -> dict[str, ast.AST]:
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            found[node.targets[0].id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found[node.target.id] = node.value
    return found


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: Path, wrappers: dict[str, str], constants: dict[str, ast.AST]):
        self.path, self.wrappers, self.constants = path, wrappers, constants
        self.classes: list[str] = []
        self.functions: list[str] = []
        self.loops: dict[str, ast.AST] = {}
        self.messages: set[Message] = set()
        self.unresolved: list[Unresolved] = []
        self.attribute_calls: list[tuple[str, str]] = []  # self.tr(self.title) in class C

    def visit_ClassDef(self, node):  # noqa: N802 - ast API
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node):  # noqa: N802 - ast API
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def _loop_source(self, target: ast.AST, iterable: ast.AST) -> None:
        names = [target] if isinstance(target, ast.Name) else getattr(target, "elts", [])
        for name in names:
            if isinstance(name, ast.Name):
                self.loops[name.id] = iterable

    def visit_For(self, node):  # noqa: N802 - ast API
        self._loop_source(node.target, node.iter)
        self.generic_visit(node)

    def visit_comprehension(self, node):
        self._loop_source(node.target, node.iter)
        self.generic_visit(node)

    def _resolve(self, arg: ast.AST) -> list[str] | None:
        dynamic = DYNAMIC_SOURCES.get((self.path.name, ast.unparse(arg)))
        if dynamic:
            return _constant_strings(*dynamic)
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            return [arg.value]
        if isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Name) and arg.value.id in self.constants:
            return _strings(self.constants[arg.value.id]) or None
        if isinstance(arg, ast.Name):
            if arg.id in self.constants:
                return _strings(self.constants[arg.id]) or None
            iterable = self.loops.get(arg.id)
            if isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Attribute):
                iterable = iterable.func.value  # CONSTANT.items()
            if isinstance(iterable, ast.Name) and iterable.id in self.constants:
                return _strings(self.constants[iterable.id]) or None
            if isinstance(iterable, (ast.Tuple, ast.List)):
                return _strings(iterable) or None
        return None

    def _context(self, call: ast.Call) -> str | None:
        func = call.func
        if isinstance(func, ast.Name) and func.id in self.wrappers:
            return self.wrappers[func.id]
        if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name):
            if func.value.id == "self" and self.classes:
                return self.classes[-1]
            if func.value.id == "self" and self.functions:
                return HELPER_CONTEXTS.get((self.path.name, self.functions[0]))
        return None

    def visit_Call(self, node):  # noqa: N802 - ast API
        func = node.func
        numerus = False
        if isinstance(func, ast.Attribute) and func.attr == "translate" and isinstance(func.value, ast.Name) \
                and func.value.id in ("QCoreApplication", "QApplication") and len(node.args) >= 2:
            context = node.args[0].value if isinstance(node.args[0], ast.Constant) else None
            arg, numerus = node.args[1], len(node.args) >= 4
        elif (isinstance(func, ast.Name) and func.id in self.wrappers) or \
                (isinstance(func, ast.Attribute) and func.attr == "tr"):
            if not node.args:
                self.generic_visit(node)
                return
            context, arg = self._context(node), node.args[0]
            numerus = len(node.args) >= 3 or any(k.arg == "n" for k in node.keywords)
        else:
            self.generic_visit(node)
            return
        if self.functions and self.functions[0] in self.wrappers and not self.classes:
            return  # the wrapper's own body
        if isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name) and arg.value.id == "self" \
                and self.classes:
            self.attribute_calls.append((self.classes[-1], arg.attr))
            return
        sources = self._resolve(arg)
        if context is None or sources is None:
            self.unresolved.append(Unresolved(str(self.path), node.lineno, ast.unparse(node)[:120]))
        else:
            self.messages.update(Message(context, s, numerus) for s in sources if s.strip())
        self.generic_visit(node)


def _imported_wrappers(tree: ast.Module, wrappers_by_module: dict[str, dict[str, str]]) -> dict[str, str]:
    found = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module in wrappers_by_module:
            for alias in node.names:
                if alias.name in wrappers_by_module[node.module]:
                    found[alias.asname or alias.name] = wrappers_by_module[node.module][alias.name]
    return found


def scan(root: Path, domain: bool = True) -> tuple[set[Message], list[Unresolved]]:
    """All messages under `root` (the kinerja_desktop/ui folder) and the calls that could not be read."""
    files = sorted(p for p in root.rglob("*.py") if p.name not in ("i18n.py", "i18n_extract.py", "i18n_build.py"))
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in files}
    package = root.parent.name
    wrappers_by_module = {}
    for path, tree in trees.items():
        dotted = ".".join((package, *path.relative_to(root.parent).with_suffix("").parts))
        wrappers_by_module[dotted] = _module_wrappers(tree)
    messages: set[Message] = set()
    unresolved: list[Unresolved] = []
    classes = {}
    for tree in trees.values():
        classes.update(_class_attributes(tree))
    for path, tree in trees.items():
        dotted = ".".join((package, *path.relative_to(root.parent).with_suffix("").parts))
        wrappers = {**_imported_wrappers(tree, wrappers_by_module), **wrappers_by_module[dotted]}
        scanner = _Scanner(path, wrappers, _constants(tree))
        scanner.visit(tree)
        messages |= scanner.messages
        unresolved += scanner.unresolved
        for owner, attribute in scanner.attribute_calls:  # each subclass's own value, in its own context
            for name, (bases, attrs) in classes.items():
                if (owner in bases or name == owner) and attrs.get(attribute, "").strip():
                    messages.add(Message(name, attrs[attribute]))
    for module, name, position in DOMAIN_CONSTANTS if domain else ():
        messages.update(Message("Domain", text) for text in _constant_strings(module, name, position))
    messages.update(Message("Domain", text) for text in DOMAIN_WORDS if domain)
    return messages, unresolved
