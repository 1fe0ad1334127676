"""Starting the program: the database (first run, demo, another file), the login, the window.

    run(db_path=None, demo=False) -> exit code     (called by `kinerja` without a sub-command)

Environment:
    KINERJA_AUTOLOGIN=username:password   log in without the dialog (screenshots, benchmarks)
    KINERJA_EXIT_AFTER_SHOW=1             print "window-shown" once the window has painted and
                                          quit (the start-up benchmark)
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from kinerja_desktop.domain.entities import Plan, User
from kinerja_desktop.paths import default_database, user_data_dir
from kinerja_desktop.services.reads import lookups
from kinerja_desktop.store.database import DatabaseDamaged, DatabaseError, open_database
from kinerja_desktop.ui import settings as keys
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.i18n import install_translators

log = logging.getLogger(__name__)
DEMO_FILE_NAME = "kinerja-demo.db"
DB_FILTER = "Basis data Kinerja (*.db *.sqlite *.sqlite3);;Semua berkas (*)"
DEMO_HINT = ("Data demo — pengguna / kata sandi:\n"   # one user a line: nothing to wrap, nothing cut
             "admin / admin123 (administrator)\nperencana / perencana123 (perencana)\n"
             "dinkes / dinkes123 (operator Dinas Kesehatan)\ntamu / tamu123 (peninjau)")


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv)
    app.setOrganizationName(keys.ORGANISATION)
    app.setApplicationName(keys.APPLICATION)
    app.setApplicationDisplayName("Kinerja Desktop")
    app.setWindowIcon(theme.app_icon())
    # Qt's own file dialog, translated by resources/translations/qtbase_id (a native one speaks
    # the language of the system, often English, and a GTK one half of each).
    app.setAttribute(Qt.AA_DontUseNativeDialogs)
    return app


def initial_period(settings, plan: Plan, today: dt.date | None = None) -> tuple[int, int]:
    """The remembered year and quarter, else today's, kept inside the plan period."""
    today = today or dt.date.today()
    year = keys.read_int(settings, keys.KEY_YEAR, today.year)
    quarter = keys.read_int(settings, keys.KEY_QUARTER, (today.month - 1) // 3 + 1)
    year = min(max(year, plan.start_year), plan.end_year)
    return year, quarter if 1 <= quarter <= 4 else 4


# --- the database -----------------------------------------------------------------------------
def build_demo(path: Path, parent: QWidget | None = None, scale: int = 1) -> None:
    """Build the demo database in a worker with a progress dialog; waits for it (raises on error)."""
    from kinerja_desktop.services.demo import build_demo_database
    from kinerja_desktop.ui.tasks import wait_task

    path.parent.mkdir(parents=True, exist_ok=True)
    wait_task(parent, "Membuat data demo Kabupaten Soppeng…", lambda: build_demo_database(path, scale=scale))


def _ask_other_file(parent, message: str) -> Path | None:
    box = QMessageBox(QMessageBox.Critical, "Basis data tidak dapat dibuka", message, parent=parent)
    choose = box.addButton("Pilih berkas lain…", QMessageBox.AcceptRole)
    box.addButton("Keluar", QMessageBox.RejectRole)
    box.exec()
    if box.clickedButton() is not choose:
        return None
    name, _ = QFileDialog.getOpenFileName(parent, "Pilih basis data Kinerja", str(user_data_dir()), DB_FILTER)
    return Path(name) if name else None


def _first_run(path: Path) -> Path | None:
    """No database yet at `path`: the demo, the region's own set-up, an OPD office from its first
    package (ui/startup/first_setup.py), or another file."""
    from kinerja_desktop.ui.startup.first_run import CHOICE_DEMO, CHOICE_NEW, CHOICE_OFFICE, FirstRunDialog
    from kinerja_desktop.ui.startup.first_setup import set_up_office, set_up_region

    dialog = FirstRunDialog(path)
    if not dialog.exec():
        return None
    if dialog.choice == CHOICE_DEMO:
        build_demo(path)
        return path
    if dialog.choice == CHOICE_NEW:
        return set_up_region(path)
    if dialog.choice == CHOICE_OFFICE:
        return set_up_office(path)
    name, _ = QFileDialog.getOpenFileName(None, "Pilih basis data Kinerja", str(path.parent), DB_FILTER)
    return Path(name) if name else None


def obtain_database(path: Path, demo: bool):
    """Open (creating on first run) the database; (db, path) or None when the person gave up."""
    if not path.exists():
        try:
            if demo:
                build_demo(path)
            else:  # nothing there yet (also for a --db path): demo, new, or another file
                chosen = _first_run(path)
                if chosen is None:
                    return None
                path = chosen
        except Exception as exc:  # the demo build or creation failed: say it, offer another file
            log.exception("first run failed")
            chosen = _ask_other_file(None, f"Basis data tidak dapat dibuat di '{path}': {exc}")
            if chosen is None:
                return None
            path = chosen
    while True:
        try:
            return open_database(path), path
        except DatabaseDamaged as exc:
            opened, choice = _damaged(path, str(exc))
            if opened is not None or choice == "quit":
                return opened
            name, _ = QFileDialog.getOpenFileName(None, "Pilih basis data Kinerja", str(path.parent), DB_FILTER)
            if not name:
                return None
            path = Path(name)
        except DatabaseError as exc:
            chosen = _ask_other_file(None, str(exc))
            if chosen is None:
                return None
            path = chosen


def _damaged(path: Path, message: str):
    """A damaged database: ((read-only db, path), choice), or (None, 'other'/'quit')."""
    from kinerja_desktop.ui.backups import damaged

    latest = damaged.latest_good(path)
    choice = damaged.ask(path, message, latest)
    if choice != damaged.CHOICE_READ_ONLY:
        return None, choice
    db = damaged.open_read_only(path, latest)
    if db is None:
        QMessageBox.critical(None, "Basis data rusak", f"{message}\n\nBasis data ini tidak terbaca sama sekali dan "
                             "tidak ada cadangan otomatis yang baik. Pulihkan dengan 'kinerja restore' dari "
                             "berkas cadangan, atau pilih berkas lain.")
        return None, damaged.CHOICE_OTHER
    return (db, path), choice


def reopen_after_restore(window):
    """The database was restored: the window is built again on it (same user if that account is
    still an active one there, else the login asks). Returns the new window or None."""
    from kinerja_desktop.services.users import list_users
    from kinerja_desktop.services.reads import load_plan
    from kinerja_desktop.ui.context import AppContext

    old = window.context
    try:
        db = open_database(old.db_path)
        plan = load_plan(db)
    except (DatabaseError, LookupError) as exc:
        QMessageBox.critical(window, "Basis data tidak dapat dibuka", str(exc))
        return None
    before = getattr(old, "restore_user", old.user)   # a read-only session showed its person as a viewer
    same = next((r for r in list_users(db) if before is not None and r.username == before.username
                 and r.active and r.role == before.role), None)
    user = same.user if same is not None else ask_login(db, plan, window)
    if user is None:
        window.close()
        return None
    context = AppContext(db, plan, user, *initial_period(window.settings, plan), db_path=old.db_path)
    return _replace_window(window, context)


# --- the user ---------------------------------------------------------------------------------
def autologin(db) -> User | None:
    spec = os.environ.get("KINERJA_AUTOLOGIN", "")
    if ":" not in spec:
        return None
    from kinerja_desktop.services.users import LoginFailed, authenticate

    username, password = spec.split(":", 1)
    try:
        return authenticate(db, username, password)
    except LoginFailed as exc:
        print(f"kinerja: KINERJA_AUTOLOGIN ditolak: {exc}", file=sys.stderr)
        return None


def is_demo(db) -> bool:
    """The demo database says so in its settings (then the login shows the demo passwords)."""
    try:
        return lookups.is_demo(db)
    except Exception:
        return False


def ask_login(db, plan: Plan, parent: QWidget | None = None, username: str = "") -> User | None:
    from kinerja_desktop.ui.startup.login import LoginDialog

    dialog = LoginDialog(db, plan, username=username, demo_hint=DEMO_HINT if is_demo(db) else "", parent=parent)
    return dialog.user if dialog.exec() else None


def ensure_administrator(db) -> bool:
    """A database without any active administrator (created elsewhere) gets one now."""
    from kinerja_desktop.services.users import create_user, has_administrator
    from kinerja_desktop.ui.startup.first_run import AdminPasswordDialog

    if has_administrator(db):
        return True
    dialog = AdminPasswordDialog(explanation="Basis data ini belum mempunyai administrator. Pilih kata sandi "
                                             "untuk akun 'admin'.")
    if not dialog.exec():
        return False
    create_user(db, "admin", "Administrator", "administrator", dialog.value())
    return True


# --- the window -------------------------------------------------------------------------------
class _ShownReporter(QObject):
    """Start-up benchmark: prints 'window-shown' at the window's first paint and 'features-ready'
    once every feature is installed, then quits."""

    def __init__(self, window):
        super().__init__(window)
        self._shown = False
        window.installEventFilter(self)
        window.features_ready.connect(self._ready)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Paint and not self._shown:
            self._shown = True
            print("window-shown", flush=True)
        return False

    def _ready(self):
        failed = getattr(self.parent(), "feature_failures", [])
        if failed:   # the bundle's smoke test (installer/smoke.py) looks for this line
            print("features-failed: " + ", ".join(name for name, _ in failed), flush=True)
        print("features-ready", flush=True)
        QTimer.singleShot(0, QApplication.instance().quit)


def build_window(context, settings=None, deferred: bool = False):
    """The main window with every feature. With `deferred`, only the first feature (the tree)
    is installed now and the others right after the window has first painted, so the window
    appears sooner; `window.features_ready` is emitted when all are in."""
    from kinerja_desktop.ui.features import FEATURES, install_features
    from kinerja_desktop.ui.main_window import MainWindow
    from kinerja_desktop.ui.shared.tamper_banner import install_tamper_banner

    window = MainWindow(context, settings)
    install_tamper_banner(window)   # the seals and log chains checked in a worker (docs/security.md)

    def switch_user():
        user = ask_login(context.db, context.plan, window)
        if user is not None:
            context.set_user(user)

    window.switch_user_requested.connect(switch_user)
    window.language_change_requested.connect(lambda code: rebuild_in_language(window, code))
    window.rebuilds_on_language = True
    if not deferred:
        window.feature_failures = install_features(window)
        window.restore_settings()
        window.hide_empty_menus()
        window.features_ready.emit()
        return window
    window.feature_failures = install_features(window, FEATURES[:1])
    window.restore_geometry()

    def install_rest():
        window.feature_failures += install_features(window, FEATURES[1:])
        window.restore_settings()
        window.hide_empty_menus()
        window.features_ready.emit()

    _AfterFirstPaint(window, install_rest)
    return window


def rebuild_in_language(window, code: str):
    """Show the program in another language at once: every text is set when a widget is built,
    so the window is built again (same database, user, period and place on screen) after the
    translators are swapped. A page with unsaved work may refuse first. Returns the new window."""
    from kinerja_desktop.ui.context import AppContext
    from kinerja_desktop.ui.i18n import remove_translators

    if not window.pages_can_close():
        return None
    window.save_settings()
    app = QApplication.instance()
    remove_translators(app)
    install_translators(app, code)
    old = window.context
    # A new context: the old pages' connections go with the old one, never reach deleted widgets.
    context = AppContext(old.db, old.plan, old.user, old.year, old.quarter, db_path=old.db_path)
    return _replace_window(window, context)


class _AfterFirstPaint(QObject):
    """Calls `callback` once, right after the watched widget has painted for the first time."""

    def __init__(self, widget, callback):
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, callback)
        return False


def run(db_path=None, demo: bool = False) -> int:
    from kinerja_desktop.logs import setup_logging
    from kinerja_desktop.ui.crash import install_crash_handler, watch_database

    log_path = setup_logging()
    app = ensure_app()
    install_crash_handler(log_path)
    settings = keys.app_settings()
    install_translators(app, str(settings.value(keys.KEY_LANGUAGE, "id")))
    theme.apply_theme(app)
    explicit = db_path is not None
    if explicit:
        path = Path(db_path)
    elif demo:
        path = user_data_dir() / DEMO_FILE_NAME
    else:
        last = settings.value(keys.KEY_LAST_DB)
        path = Path(last) if last and Path(str(last)).exists() else default_database()
    opened = obtain_database(path, demo)
    if opened is None:
        return 1
    db, path = opened
    watch_database(db)
    log.info("database %s opened", path)
    settings.setValue(keys.KEY_LAST_DB, str(path))
    from kinerja_desktop.services.reads import load_plan
    from kinerja_desktop.ui.context import AppContext

    try:
        plan = load_plan(db)
    except LookupError as exc:
        QMessageBox.critical(None, "Basis data belum berisi rencana", str(exc))
        return 1
    if not ensure_administrator(db):
        return 1
    user = autologin(db) or ask_login(db, plan)
    if user is None:
        return 0
    year, quarter = initial_period(settings, plan)
    context = AppContext(db, plan, user, year, quarter, db_path=path)
    if getattr(db, "damaged_path", None) is not None:
        from kinerja_desktop.ui.backups.damaged import make_read_only

        make_read_only(context)
    window = build_window(context, settings, deferred=True)
    if os.environ.get("KINERJA_EXIT_AFTER_SHOW"):
        _ShownReporter(window)
    window.show()
    code = app.exec()
    from kinerja_desktop.ui.tasks import wait_for_workers

    wait_for_workers(10000)
    db.close()
    return code


def _replace_window(window, context):
    """A new main window on `context` in place of `window` (after a restore or a language change)."""
    fresh = build_window(context, window.settings)
    fresh.show()
    window.replaced_by = fresh
    window.hide()
    window.deleteLater()
    return fresh
