"""Screenshots of the main screens, rendered offscreen at 1366×768 and 1920×1080.

    python docs/screenshots.py [--db DEMO.db] [--out docs/screenshots] [--only tree,entry]

Without --db a scale-1 demo database is built in a temporary folder. Every page registered by a
feature (ui/features.py) is shot as `<key>-<width>x<height>.png`. Pages are shot as the demo
planner (perencana), except those in OPERATOR_PAGES, shot as the operator of Dinas Kesehatan
(dinkes). Known keys: 'tree' (pohon kinerja), 'entry' (isian realisasi, as operator),
'completeness' (kelengkapan), 'dashboard' (dasbor); any other registered key is shot too.

A page can prepare itself for a screenshot with a method `prepare_screenshot()` (select a
row, open a node ...); it is called after the page is shown and its data has loaded. The tree is
shot a second time with its detail panel open (`tree-detail-<size>.png`: nothing may be wider
than the screen then). Dialogs, once each: the login (`login.png`, key 'login'), Qt's file
dialog as the program shows it (`file-dialog.png`, key 'file-dialog'), the import preview of a
filled DINKES package (`import-preview.png`, key 'import', on a copy of the database) and the
report dialog (`report-dialog.png`, key 'report'). The presentation slides are made by
docs/screenshots_presentation.py.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402

SIZES = [(1366, 768), (1920, 1080)]
OPERATOR_PAGES = {"entry"}
PLANNER = ("perencana", "perencana123")
OPERATOR = ("dinkes", "dinkes123")


def wait(ms: int) -> None:
    """Run the event loop for `ms`. Not QTest.qWait: it keeps the GIL while it sleeps, so the
    program's worker threads (the tree, the seal check) starve: 0.7 s of work took 53 s."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for_tree(window, timeout_s: float = 60) -> None:
    page = window.page("tree")
    if page is None:
        return
    started = time.perf_counter()
    while (page.model.tree is None or page._loading) and time.perf_counter() - started < timeout_s:
        wait(50)


def prepare_tree(window, size) -> None:
    """The tree with the first goal and its objectives open, and an indicator selected."""
    page = window.page("tree")
    proxy, view = page.proxy, page.view
    first_goal = proxy.index(0, 0)
    view.expand(first_goal)
    for r in range(proxy.rowCount(first_goal)):
        child = proxy.index(r, 0, first_goal)
        if proxy.hasChildren(child):
            view.expand(child)
            for rr in range(min(2, proxy.rowCount(child))):
                grandchild = proxy.index(rr, 0, child)
                if proxy.hasChildren(grandchild):
                    view.expand(grandchild)
            break
    page.select_key(("indicator", page.model.tree.indicator_rows[1].item_id))
    page.set_detail_visible(size[0] >= 1600)
    view.scrollToTop()


def open_window(db_path: Path, credentials, size):
    from kinerja_desktop.services.users import authenticate
    from kinerja_desktop.store.database import open_database
    from kinerja_desktop.store.repositories import load_plan
    from kinerja_desktop.ui.app import build_window
    from kinerja_desktop.ui.context import AppContext

    db = open_database(db_path)
    user = authenticate(db, *credentials)
    plan = load_plan(db)
    context = AppContext(db, plan, user, 2026, 4, db_path=db_path)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "shots.ini"), QSettings.IniFormat)
    window = build_window(context, settings)
    window.resize(*size)
    window.show()
    wait(100)
    wait_for_tree(window)
    return window, db


def shoot_pages(db_path: Path, out: Path, only: set[str] | None) -> list[Path]:
    saved = []
    for size in SIZES:
        for role, credentials in (("planner", PLANNER), ("operator", OPERATOR)):
            window, db = open_window(db_path, credentials, size)
            for key in window.page_keys:
                if only and key not in only:
                    continue
                if (key in OPERATOR_PAGES) != (role == "operator"):
                    continue
                window.show_page(key)
                wait(300)
                if key == "tree":
                    prepare_tree(window, size)
                page = window.page(key)
                if hasattr(page, "prepare_screenshot"):
                    page.prepare_screenshot()
                wait(400)
                saved.append(save(window, out / f"{key}-{size[0]}x{size[1]}.png"))
                if key == "tree":   # the detail panel open, at either size
                    page.set_detail_visible(True)
                    wait(300)
                    saved.append(save(window, out / f"tree-detail-{size[0]}x{size[1]}.png"))
            window.close()
            window.deleteLater()
            wait(50)
            db.close()
    return saved


def save(widget, path: Path) -> Path:
    widget.grab().save(str(path))
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return path


def shoot_file_dialog(out: Path) -> Path:
    """Qt's file dialog (the program asks for it: AA_DontUseNativeDialogs) in detail view, in a
    folder holding a few packages."""
    from PySide6.QtWidgets import QFileDialog

    folder = Path(tempfile.mkdtemp()) / "Paket OPD"
    (folder / "arsip 2025").mkdir(parents=True)
    for name, size in (("paket-DINKES-2026-TW4.xlsx", 48_213), ("paket-DISHUB-2026-TW4.xlsx", 31_877),
                       ("ringkasan_konsolidasi.xlsx", 12_400)):
        (folder / name).write_bytes(b"\0" * size)
    dialog = QFileDialog(None, "Impor paket", str(folder), "Excel (*.xlsx)")
    dialog.setViewMode(QFileDialog.Detail)
    dialog.resize(900, 520)
    dialog.show()
    wait(400)
    path = save(dialog, out / "file-dialog.png")
    dialog.close()
    return path


def shoot_import_preview(db_path: Path, out: Path) -> Path:
    """The preview of a DINKES package for 2026 TW IV with a few values typed (on a copy)."""
    import openpyxl

    from kinerja_desktop.exchange import package_format as fmt
    from kinerja_desktop.services.package_issue import issue_package
    from kinerja_desktop.services.packages import preview_import
    from kinerja_desktop.services.users import authenticate
    from kinerja_desktop.store.database import backup, open_database
    from kinerja_desktop.store.repositories import load_plan
    from kinerja_desktop.ui.context import AppContext
    from kinerja_desktop.ui.exchange.import_dialog import ImportDialog

    folder = Path(tempfile.mkdtemp())
    db = open_database(backup(db_path, folder / "salinan.db"))
    user = authenticate(db, *PLANNER)
    package = issue_package(db, user, "DINKES", 2026, 4, folder).path
    book = openpyxl.load_workbook(package)
    sheet = book[fmt.ENTRY_SHEET]
    value = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[[c.key for c in fmt.columns(2026, 4)].index("value")]
    for row, typed in zip(range(fmt.FIRST_DATA_ROW, fmt.FIRST_DATA_ROW + 6), (70, "5,6", 14.2, 81, "banyak", 83)):
        sheet[f"{value}{row}"] = typed
    book.save(package)
    dialog = ImportDialog(AppContext(db, load_plan(db), user, 2026, 4), preview_import(db, package))
    dialog.resize(1300, 600)   # as on a 1366-pixel screen (the offscreen one is 800 wide)
    dialog.show()
    wait(300)
    path = save(dialog, out / "import-preview.png")
    dialog.close()
    db.close()
    return path


def shoot_report_dialog(db_path: Path, out: Path) -> Path:
    from kinerja_desktop.services.users import authenticate
    from kinerja_desktop.store.database import open_database
    from kinerja_desktop.store.repositories import load_plan
    from kinerja_desktop.ui.context import AppContext
    from kinerja_desktop.ui.reports.report_dialog import ReportDialog

    db = open_database(db_path)
    context = AppContext(db, load_plan(db), authenticate(db, *PLANNER), 2026, 4)
    dialog = ReportDialog(context, folder=Path.home() / "Laporan")
    dialog.show()
    wait(200)
    path = save(dialog, out / "report-dialog.png")
    dialog.close()
    db.close()
    return path


def shoot_plan_import(out: Path) -> Path:
    """The plan-table import preview of an IKU table laid out by another office (tests' layout)."""
    import sys

    sys.path.insert(0, str(ROOT))
    from kinerja_desktop.store.repositories import load_plan
    from kinerja_desktop.ui.context import AppContext
    from kinerja_desktop.ui.reports.plan_import_dialog import PlanImportDialog
    from tests.fixtures import PLANNER as PLANNER_USER
    from tests.plan_tables import plan_db, rpjmd_iku

    folder = Path(tempfile.mkdtemp())
    db, _ = plan_db(folder / "rencana.db")
    table = rpjmd_iku(folder / "IKU RPJMD Kabupaten Soppeng.xlsx")
    dialog = PlanImportDialog(AppContext(db, load_plan(db), PLANNER_USER, 2026, 2, db_path=folder / "rencana.db"),
                              path=table)
    dialog.resize(1300, 640)
    dialog.show()
    for _ in range(100):
        if dialog.preview is not None:
            break
        wait(100)
    wait(300)
    path = save(dialog, out / "plan-import.png")
    dialog.close()
    db.close()
    return path


def shoot_rpjmd_dialog(db_path: Path, out: Path) -> Path:
    from kinerja_desktop.services.users import authenticate
    from kinerja_desktop.store.database import open_database
    from kinerja_desktop.store.repositories import load_plan
    from kinerja_desktop.ui.context import AppContext
    from kinerja_desktop.ui.reports.rpjmd_dialog import RpjmdDialog

    db = open_database(db_path)
    dialog = RpjmdDialog(AppContext(db, load_plan(db), authenticate(db, *PLANNER), 2026, 3),
                         folder=Path.home() / "Laporan")
    dialog.show()
    wait(200)
    path = save(dialog, out / "rpjmd-dialog.png")
    dialog.close()
    db.close()
    return path


def shoot_login(db_path: Path, out: Path) -> Path:
    from kinerja_desktop.store.database import open_database
    from kinerja_desktop.store.repositories import load_plan
    from kinerja_desktop.ui.app import DEMO_HINT
    from kinerja_desktop.ui.startup.login import LoginDialog

    db = open_database(db_path)
    dialog = LoginDialog(db, load_plan(db), username="perencana", demo_hint=DEMO_HINT)
    dialog.show()
    wait(100)
    path = out / "login.png"
    dialog.grab().save(str(path))
    dialog.close()
    db.close()
    return path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a demo database (built in a temporary folder if absent)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", help="comma separated page keys")
    args = parser.parse_args(argv)
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())

    from kinerja_desktop.ui import theme
    from kinerja_desktop.ui.app import ensure_app
    from kinerja_desktop.ui.i18n import install_translators

    app = ensure_app()
    install_translators(app, "id")
    theme.apply_theme(app)
    db_path = args.db
    if db_path is None or not db_path.exists():
        from kinerja_desktop.services.demo import build_demo_database

        db_path = db_path or Path(tempfile.mkdtemp()) / "demo.db"
        print(f"Membuat data demo di {db_path} …")
        build_demo_database(db_path, scale=1)
    args.out.mkdir(parents=True, exist_ok=True)
    only = set(args.only.split(",")) if args.only else None
    saved = shoot_pages(db_path, args.out, only)
    if not only or "login" in only:
        saved.append(shoot_login(db_path, args.out))
    if not only or "file-dialog" in only:
        saved.append(shoot_file_dialog(args.out))
    if not only or "import" in only:
        saved.append(shoot_import_preview(db_path, args.out))
    if not only or "report" in only:
        saved.append(shoot_report_dialog(db_path, args.out))
    if not only or "plan-import" in only:
        saved.append(shoot_plan_import(args.out))
    if not only or "rpjmd" in only:
        saved.append(shoot_rpjmd_dialog(db_path, args.out))
    print(f"{len(saved)} gambar disimpan di {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
