"""The plugin contract between the main window and the program's features.

`FEATURES` lists module paths. Each module has a function `install(window)` that adds what the
feature brings, using only this part of the main window (ui/main_window.py):

* `window.context` - the AppContext (db, db_path, plan, user, year, quarter; signals
  `data_changed(frozenset ids)`, `period_changed(year, quarter)`, `user_changed(user)`).
  After a service changed data, call `window.context.announce_change(ids)`.
* `window.add_page(key, title, icon_name, widget, navigator=True)` - a page in the central
  stack; with navigator=True it gets an entry (qtawesome icon name, e.g. 'mdi6.table-edit') in
  the navigator on the left. If the widget has a method `page_shown()`, it is called every
  time the page is shown (load lazily there). Keys the screenshot script knows: 'tree',
  'entry', 'completeness', 'dashboard' (see docs/screenshots.py).
* `window.show_page(key)` - bring a page to the front (returns False for an unknown key).
* `window.menu(title) -> QMenu` - the top-level menu with that title, created if missing.
  The standard menus answer to a key, their Indonesian or English title: 'file' (Berkas),
  'view' (Tampilan), 'data' (Data), 'packages' (Paket), 'reports' (Laporan), 'help' (Bantuan).
  A new menu is placed before Bantuan.
* `window.toolbar` - the main QToolBar (add actions; the period selector sits at its right end).
* `window.status(message)` - a passing message in the status bar.
* `window.features_ready` (signal) - every feature is installed. At start-up the program installs
  the first feature (the tree) before the window appears and the others right after its first
  paint, so install() must not assume another feature's page exists yet; connect here if needed.

Optional methods of a page widget, called by the shell when present:
* `page_shown()` - each time the page comes to the front.
* `can_close() -> bool` - when the window closes; return False to keep it open (unsaved work;
  ask the person first).
* `prepare_screenshot()` - docs/screenshots.py calls it before shooting the page.

A feature that fails to import or install does not take the program down: the failure is
logged and said in the status bar. Only list modules that exist (tests import every one).
Each helper appends its own line.
"""
from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

FEATURES: list[str] = [
    "kinerja_desktop.ui.tree.tree_page",
    "kinerja_desktop.ui.dashboard.feature",
    "kinerja_desktop.ui.entry.feature",
    "kinerja_desktop.ui.exchange.feature",
    "kinerja_desktop.ui.reports.feature",
    "kinerja_desktop.ui.backups.feature",
    "kinerja_desktop.ui.iku.feature",
    "kinerja_desktop.ui.compare.feature",
]


def install_features(window, modules: list[str] | None = None) -> list[tuple[str, str]]:
    """Install every feature; returns (module, reason) for those that failed."""
    failures = []
    for name in FEATURES if modules is None else modules:
        try:
            module = importlib.import_module(name)
            module.install(window)
        except Exception as exc:  # one broken feature must not take the program down
            log.exception("feature %s failed", name)
            failures.append((name, f"{type(exc).__name__}: {exc}"))
    if failures:
        window.status(QCoreApplication.translate("MainWindow", "%n feature(s) could not be loaded; see the log.", "",
                                                 len(failures))
                      + " (" + ", ".join(name.rsplit(".", 1)[-1] for name, _ in failures) + ")")
    return failures
