"""Screenshots of the main screens, rendered offscreen at 1366×768 and 1920×1080.

    python docs/screenshots.py [--db DEMO.db] [--out docs/screenshots] [--only tree,entry]

Without --db a scale-1 demo database is built in a temporary folder. Every page registered by a
feature (ui/features.py) is shot as `<key>-<width>x<height>.png`. Pages are shot as the demo
planner (perencana), except those in OPERATOR_PAGES, shot as the operator of Dinas Kesehatan
(dinkes). Known keys: 'tree' (pohon kinerja), 'entry' (isian realisasi, as operator),
'completeness' (kelengkapan), 'dashboard' (dasbor); any other registered key is shot too.

A page can prepare itself for a screenshot with a method `prepare_screenshot()` (select a
row, open a node ...); it is called after the page is shown and its data has loaded. The login
dialog is shot once as `login.png` (key 'login' for --only).
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
from PySide6.QtTest import QTest  # noqa: E402

SIZES = [(1366, 768), (1920, 1080)]
OPERATOR_PAGES = {"entry"}
PLANNER = ("perencana", "perencana123")
OPERATOR = ("dinkes", "dinkes123")


def wait(ms: int) -> None:
    QTest.qWait(ms)


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
                path = out / f"{key}-{size[0]}x{size[1]}.png"
                window.grab().save(str(path))
                saved.append(path)
                print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
            window.close()
            window.deleteLater()
            wait(50)
            db.close()
    return saved


def shoot_login(db_path: Path, out: Path) -> Path:
    from kinerja_desktop.store.database import open_database
    from kinerja_desktop.store.repositories import load_plan
    from kinerja_desktop.ui.app import DEMO_HINT
    from kinerja_desktop.ui.dialogs.login import LoginDialog

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
    print(f"{len(saved)} gambar disimpan di {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
