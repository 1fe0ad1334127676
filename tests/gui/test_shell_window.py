"""The main window and start-up: title, period, remembered choices, plugin contract, login."""
from __future__ import annotations

import datetime as dt
import sys
import types

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMenu

from kinerja_desktop.services.users import create_user
from kinerja_desktop.store.repositories import load_plan
from kinerja_desktop.ui import settings as keys
from kinerja_desktop.ui.app import autologin, build_window, initial_period
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.startup.first_run import AdminPasswordDialog
from kinerja_desktop.ui.startup.login import LoginDialog
from kinerja_desktop.ui.features import FEATURES, install_features
from kinerja_desktop.ui.main_window import MainWindow
from tests.fixtures import PLANNER


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "kinerja.ini"), QSettings.IniFormat)


@pytest.fixture
def context(db):
    return AppContext(db, load_plan(db), PLANNER, 2026, 4)


@pytest.fixture
def window(qtbot, context, settings):
    win = build_window(context, settings)
    qtbot.addWidget(win)
    return win


def test_every_listed_feature_installs(qtbot, context, settings):
    win = MainWindow(context, settings)
    qtbot.addWidget(win)
    assert install_features(win) == []
    assert FEATURES[0] == "kinerja_desktop.ui.tree.tree_page"
    assert win.page_keys[0] == "tree"


def test_a_broken_feature_is_reported_not_fatal(qtbot, context, settings):
    broken = types.ModuleType("kinerja_test_broken_feature")

    def install(window):
        raise RuntimeError("rusak")

    broken.install = install
    sys.modules[broken.__name__] = broken
    try:
        win = MainWindow(context, settings)
        qtbot.addWidget(win)
        failures = install_features(win, ["kinerja_desktop.ui.tree.tree_page", broken.__name__,
                                           "kinerja_desktop.ui.no_such_module"])
    finally:
        del sys.modules[broken.__name__]
    assert [name for name, _ in failures] == [broken.__name__, "kinerja_desktop.ui.no_such_module"]
    assert "kinerja_test_broken_feature" in win.statusBar().currentMessage()
    assert win.page_keys == ["tree"]


def test_title_says_region_plan_year_quarter_and_user(window, context):
    assert window.windowTitle() == "Kinerja Desktop — Kabupaten Contoh · RPJMD 2021-2026 · 2026 TW IV · Perencana"
    context.set_period(2025, 2)
    assert window.windowTitle().endswith("· 2025 TW II · Perencana")
    status = " ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert "Perencana" in status and "2025 TW II" in status


def test_period_combos_change_the_context_and_are_remembered(qtbot, window, context, settings, db):
    selector = window.period_selector
    selector.year_combo.setCurrentIndex(selector.year_combo.findData(2024))
    selector.quarter_combo.setCurrentIndex(selector.quarter_combo.findData(2))
    assert (context.year, context.quarter) == (2024, 2)
    context.set_period(2023, 3)    # changed elsewhere: the combos follow
    assert (selector.year_combo.currentData(), selector.quarter_combo.currentData()) == (2023, 3)
    window.show_page("tree")
    window.close()
    settings.sync()
    reread = QSettings(settings.fileName(), QSettings.IniFormat)
    assert initial_period(reread, load_plan(db)) == (2023, 3)
    assert reread.value(keys.KEY_PAGE) == "tree"
    assert reread.value(keys.KEY_GEOMETRY) is not None


def test_initial_period_defaults_to_today_inside_the_plan(settings, db):
    plan = load_plan(db)
    assert initial_period(settings, plan, dt.date(2026, 11, 27)) == (2026, 4)
    assert initial_period(settings, plan, dt.date(2030, 5, 1)) == (2026, 2)
    settings.setValue(keys.KEY_QUARTER, 9)
    assert initial_period(settings, plan, dt.date(2022, 1, 5)) == (2022, 4)


def test_geometry_is_restored(qtbot, context, settings):
    first = build_window(context, settings)
    qtbot.addWidget(first)
    first.resize(777, 555)  # inside the offscreen 800x600 screen
    first.save_settings()
    second = build_window(context, settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (777, 555)


def test_menu_contract(window):
    reports = window.menu("Laporan")
    assert reports is window.menu("reports") is window.menu("&Reports")
    custom = window.menu("Alat")
    assert isinstance(custom, QMenu) and window.menu("Alat") is custom
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("Alat") == len(titles) - 2      # before Bantuan / Help
    assert window.show_page("tree") and not window.show_page("no-such-page")
    window.status("Halo")
    assert window.statusBar().currentMessage() == "Halo"


def test_toolbar_actions_of_features_land_before_the_period(window):
    action = window.toolbar.addAction("Uji")
    actions = window.toolbar.actions()
    assert actions.index(action) < actions.index(window.toolbar.anchor)


def test_language_choice_is_stored(qtbot, window, settings):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from kinerja_desktop.ui import i18n

    locale = QLocale()
    try:
        window.language_actions["en"].trigger()
        qtbot.addWidget(window.replaced_by)
        assert settings.value(keys.KEY_LANGUAGE) == "en"
    finally:   # the rebuilt window installed English for the whole application
        i18n.remove_translators(QApplication.instance())
        QLocale.setDefault(locale)


@pytest.fixture
def user_db(db):
    create_user(db, "perencana", "Perencana Satu", "planner", "perencana123")
    return db


def test_login_refuses_a_wrong_password_in_indonesian(qtbot, user_db):
    dialog = LoginDialog(user_db, load_plan(user_db), authenticator=lambda d, u, p: __import__(
        "kinerja_desktop.services.users", fromlist=["authenticate"]).authenticate(d, u, p, sleep=lambda s: None))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "perencana")
    qtbot.keyClicks(dialog.password, "salah-sekali")
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled() and "salah" in dialog.message.text(), timeout=5000)
    assert dialog.message.text().startswith("Nama pengguna atau kata sandi salah.")
    assert dialog.user is None and dialog.result() == 0
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "perencana123")
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.user is not None, timeout=5000)
    assert dialog.user.full_name == "Perencana Satu" and dialog.result() == 1


def test_login_asks_for_missing_fields(qtbot, user_db):
    dialog = LoginDialog(user_db, load_plan(user_db))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert dialog.message.text() == "Fill in the user name." or dialog.message.text() == "Isi nama pengguna."


def test_autologin_from_the_environment(monkeypatch, user_db):
    monkeypatch.setenv("KINERJA_AUTOLOGIN", "perencana:perencana123")
    assert autologin(user_db).username == "perencana"
    monkeypatch.setenv("KINERJA_AUTOLOGIN", "perencana:salah")
    assert autologin(user_db) is None
    monkeypatch.delenv("KINERJA_AUTOLOGIN")
    assert autologin(user_db) is None


def test_admin_password_must_be_long_enough_and_repeated(qtbot):
    dialog = AdminPasswordDialog()
    qtbot.addWidget(dialog)
    dialog.password.setText("pendek")
    dialog.repeat.setText("pendek")
    dialog.try_accept()
    assert "minimal 8 karakter" in dialog.message.text() and dialog.result() == 0
    dialog.password.setText("cukup-panjang")
    dialog.repeat.setText("cukup-panjanG")
    dialog.try_accept()
    assert "tidak sama" in dialog.message.text() and dialog.result() == 0
    dialog.repeat.setText("cukup-panjang")
    dialog.try_accept()
    assert dialog.result() == 1 and dialog.value() == "cukup-panjang"


def test_deferred_start_installs_the_other_features_after_the_first_paint(qtbot, context, settings):
    win = build_window(context, settings, deferred=True)
    qtbot.addWidget(win)
    assert win.page_keys == ["tree"]
    with qtbot.waitSignal(win.features_ready, timeout=10000):
        win.show()
    assert len(win.page_keys) > 1
    assert win.current_page_key() == "tree"


def test_first_run_dialog_offers_demo_new_and_other_file(qtbot, tmp_path):
    from kinerja_desktop.ui.startup.first_run import CHOICE_DEMO, CHOICE_NEW, CHOICE_OPEN, FirstRunDialog

    dialog = FirstRunDialog(tmp_path / "kinerja.db")
    qtbot.addWidget(dialog)
    assert {CHOICE_DEMO, CHOICE_NEW, CHOICE_OPEN} <= set(dialog.buttons)
    qtbot.mouseClick(dialog.buttons[CHOICE_NEW], Qt.LeftButton)
    assert dialog.choice == CHOICE_NEW and dialog.result() == 1


def test_a_bad_database_file_offers_another_and_opens_it(monkeypatch, tmp_path):
    from kinerja_desktop.ui import app as app_module
    from tests.fixtures import small_plan

    bad = tmp_path / "rusak.db"
    bad.write_bytes(b"PK\x03\x04 bukan basis data")
    good_db, _ = small_plan(tmp_path / "baik.db")
    good_db.close()
    messages = []

    def offer(parent, message):
        messages.append(message)
        return tmp_path / "baik.db" if len(messages) == 1 else None

    monkeypatch.setattr(app_module, "_ask_other_file", offer)
    database, path = app_module.obtain_database(bad, demo=False)
    assert path == tmp_path / "baik.db"
    assert "arsip zip" in messages[0] and "rusak.db" in messages[0]     # the Indonesian reason, with the file
    database.close()
    monkeypatch.setattr(app_module, "_ask_other_file", lambda parent, message: None)
    assert app_module.obtain_database(bad, demo=False) is None
    assert bad.read_bytes() == b"PK\x03\x04 bukan basis data"


def test_demo_passwords_are_shown_only_for_the_demo_database(qtbot, user_db, demo_db_path):
    from kinerja_desktop.store.database import open_database
    from kinerja_desktop.ui.app import DEMO_HINT, is_demo

    assert not is_demo(user_db)
    demo = open_database(demo_db_path, read_only=True)
    assert is_demo(demo)
    dialog = LoginDialog(demo, load_plan(demo), demo_hint=DEMO_HINT)
    qtbot.addWidget(dialog)
    assert "perencana / perencana123" in dialog.hint.text()
    demo.close()


def test_a_menu_with_nothing_for_the_role_is_hidden(qtbot, context, settings):
    from tests.fixtures import VIEWER

    win = build_window(context, settings)
    qtbot.addWidget(win)
    packages = win.menu("Paket").menuAction()
    assert packages.isVisible()  # the planner issues and imports packages
    context.set_user(VIEWER)
    qtbot.waitUntil(lambda: not packages.isVisible())
    context.set_user(PLANNER)
    qtbot.waitUntil(packages.isVisible)


def test_the_last_page_opens_again_next_time(qtbot, db, settings):
    """The page a person left is the one the program opens with (the first page added must not
    overwrite that choice while the window is being built)."""
    from kinerja_desktop.ui.app import build_window
    from tests.fixtures import PLANNER

    first = build_window(AppContext(db, load_plan(db), PLANNER, 2026, 3), settings)
    qtbot.addWidget(first)
    first.show_page("completeness")
    first.close()
    again = build_window(AppContext(db, load_plan(db), PLANNER, 2026, 3), settings)
    qtbot.addWidget(again)
    assert again.current_page_key() == "completeness"
