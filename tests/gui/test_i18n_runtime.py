"""The whole window in the language chosen in QSettings: every page and menu shows the sample
strings of that language and no string that has a translation is left in the other language."""
from __future__ import annotations

import re
import time

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox, QGroupBox, QLabel,
                               QLineEdit)

from kinerja_desktop.services.users import list_users
from kinerja_desktop.store.database import open_database
from kinerja_desktop.store.repositories import load_plan
from kinerja_desktop.ui import i18n
from kinerja_desktop.ui import i18n_build as build
from kinerja_desktop.ui import settings as keys
from kinerja_desktop.ui.app import build_window
from kinerja_desktop.ui.context import AppContext

SAMPLES = {  # page key (or "menus") -> strings that must show in that language
    "en": {
        "menus": {"&File", "&Packages", "Administration", "Master data", "Plan and indicators…", "Users…",
                  "Import package…", "Realisation entry", "Completeness", "Dashboard", "Performance tree"},
        "tree": {"Performance tree", "Code", "Rating", "Very high"},
        "entry": {"Quarterly Realisation Entry", "Save", "Indicator", "Realisation\nQ4", "Draft"},
        "completeness": {"Reporting Completeness", "Draft", "Submitted", "Verified", "Locked", "Q4 2026"},
        "dashboard": {"Monitoring dashboard", "Achievement by agency", "Very high", "goals at risk"},
    },
    "id": {
        "menus": {"&Berkas", "&Paket", "Administrasi", "Data induk", "Rencana dan indikator…", "Pengguna…",
                  "Impor paket…", "Isian realisasi", "Kelengkapan", "Dasbor", "Pohon kinerja"},
        "tree": {"Pohon kinerja", "Kode", "Predikat", "Sangat Tinggi"},
        "entry": {"Isian Realisasi Triwulan", "Simpan", "Indikator", "Realisasi\nTW IV", "Draf"},
        "completeness": {"Kelengkapan Pelaporan", "Draf", "Diajukan", "Diverifikasi", "Dikunci", "TW IV 2026"},
        "dashboard": {"Dasbor pemantauan", "Capaian per OPD", "Sangat Tinggi", "tujuan berisiko"},
    },
}


def visible_texts(root) -> set[str]:
    """What a person reads on `root`: labels, buttons, tips, placeholders, group titles, combo items
    and the headers of item views (rich text reduced to its words)."""
    texts = set()
    for w in root.findChildren(QLabel):
        if w.isVisibleTo(root):
            texts.add(w.text())
    for w in root.findChildren(QAbstractButton):
        if w.isVisibleTo(root):
            texts.update((w.text(), w.toolTip()))
    for w in root.findChildren(QLineEdit):
        if w.isVisibleTo(root):
            texts.add(w.placeholderText())
    for w in root.findChildren(QGroupBox):
        if w.isVisibleTo(root):
            texts.add(w.title())
    for w in root.findChildren(QComboBox):
        if w.isVisibleTo(root):
            texts.update(w.itemText(i) for i in range(w.count()))
    for view in root.findChildren(QAbstractItemView):
        model = view.model() if view.isVisibleTo(root) else None
        if model is not None:
            texts.update(str(model.headerData(c, Qt.Horizontal) or "") for c in range(model.columnCount()))
            for r in range(min(model.rowCount(), 5)):
                for c in range(model.columnCount()):
                    value = model.index(r, c).data()
                    if isinstance(value, str):
                        texts.add(value)
    return {t for t in texts if t}


def menu_texts(window) -> set[str]:
    texts, menus = set(), [a.menu() for a in window.menuBar().actions()]
    texts.update(a.text() for a in window.menuBar().actions())
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            texts.update((action.text(), action.toolTip()))
            if action.menu():
                menus.append(action.menu())
    return {t for t in texts if t}


# Domain words that slip into composed texts ("Status 2026 TW IV: Draf 37") in an English UI.
INDONESIAN_WORDS = re.compile(r"\bTW I{0,3}V?\b|\b(Draf|Diajukan|Diverifikasi|Dikunci|Sangat Tinggi|Sangat Rendah)\b")

# Known gap: the risk list's reason is a sentence composed in Indonesian by services/projection.py
# (below ui/, no Qt); translating it needs the service to return parts instead of prose.
KNOWN_GAP = re.compile(r"proyeksi capaian")


def untranslated(texts: set[str], language: str) -> set[str]:
    """Texts shown in the other language although a translation exists."""
    glossary = build.glossaries()["en" if language == "en" else "id"]
    other = {s for s, t in glossary.general.items() if s != t}
    found = {t for text in texts for t in (text, *text.split(" · ")) if t in other}
    if language == "en":
        found |= {text for text in texts if INDONESIAN_WORDS.search(text) and not KNOWN_GAP.search(text)}
    return found


@pytest.fixture(params=["en", "id"])
def shown(request, qtbot, demo_copy, tmp_path):
    language = request.param
    locale = QLocale()  # install_translators makes Indonesian the default locale; later tests get theirs back
    settings = keys.app_settings()
    settings.setValue(keys.KEY_LANGUAGE, language)
    app = QApplication.instance()
    loaded = i18n.install_translators(app, str(settings.value(keys.KEY_LANGUAGE, "id")))  # as app.run() does
    db = open_database(demo_copy)
    users = {u.username: u.user for u in list_users(db)}
    context = AppContext(db, load_plan(db), users["admin"], 2026, 4, db_path=demo_copy)
    window = build_window(context, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    pages = {}
    for key in window.page_keys:
        window.show_page(key)
        end = time.monotonic() + 15
        while True:  # background loads (tree, dashboard figures) finish; the samples show when they have
            QApplication.processEvents()
            qtbot.wait(100)
            texts = visible_texts(window.pages.currentWidget()) | visible_texts(window.statusBar())
            if SAMPLES[language].get(key, set()) <= texts or time.monotonic() > end:
                break
        window.grab().save(str(tmp_path / f"{language}_{key}.png"))
        pages[key] = texts
    pages["menus"] = menu_texts(window) | {window.toolbar.actions()[0].text(), window.windowTitle()}
    yield language, loaded, pages
    window.close()
    i18n.remove_translators(app)
    QLocale.setDefault(locale)
    settings.remove(keys.KEY_LANGUAGE)
    db.close()


def test_every_page_and_menu_is_in_the_chosen_language_only(shown):
    language, loaded, pages = shown
    assert loaded[0] == ("kinerja_en" if language == "en" else "kinerja_id")
    for key, expected in SAMPLES[language].items():
        assert expected <= pages[key], (key, sorted(expected - pages[key]))
    leftovers = {key: sorted(untranslated(texts, language)) for key, texts in pages.items()}
    problems = [f"{key}: {text!r}" for key, texts in leftovers.items() for text in texts]
    assert not problems, "\n".join(problems)


def test_indonesian_is_the_default_language(qtbot):
    settings = keys.app_settings()
    settings.remove(keys.KEY_LANGUAGE)
    app = QApplication.instance()
    locale = QLocale()
    try:
        assert i18n.install_translators(app, str(settings.value(keys.KEY_LANGUAGE, "id")))[0] == "kinerja_id"
        assert i18n.current_language() == "id"
        assert i18n.domain_text("Dikunci") == "Dikunci"
        i18n.install_translators(app, "en")
        assert i18n.current_language() == "en"
        assert i18n.domain_text("Dikunci") == "Locked"
        assert i18n.domain_text("Tingkat Kustom") == "Tingkat Kustom"  # a plan's own band passes through
    finally:
        i18n.remove_translators(app)
        QLocale.setDefault(locale)


def test_choosing_a_language_rebuilds_the_window_in_it_at_once(qtbot, db):
    import shiboken6

    from kinerja_desktop.store.repositories import load_plan
    from tests.fixtures import ADMIN

    settings = keys.app_settings()
    settings.setValue(keys.KEY_LANGUAGE, "en")
    app = QApplication.instance()
    locale = QLocale()
    i18n.install_translators(app, "en")
    try:
        context = AppContext(db, load_plan(db), ADMIN, 2026, 2)
        window = build_window(context, settings)
        window.show()
        window.show_page("completeness")
        assert window.menu("file").title().replace("&", "") == "File"
        window.language_actions["id"].trigger()
        fresh = window.replaced_by
        qtbot.addWidget(fresh)
        assert fresh.menu("file").title().replace("&", "") == "Berkas" and fresh.isVisible()
        assert (fresh.context.year, fresh.context.quarter, fresh.context.user) == (2026, 2, ADMIN)
        assert fresh.current_page_key() == "completeness" and settings.value(keys.KEY_LANGUAGE) == "id"
        qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=2000)   # the old window is gone
        # A page with unsaved work refuses: nothing changes, the menu shows the language still in use.
        fresh.pages_can_close = lambda: False
        fresh.language_actions["en"].trigger()
        assert getattr(fresh, "replaced_by", None) is None and settings.value(keys.KEY_LANGUAGE) == "id"
        assert fresh.language_actions["id"].isChecked()
        fresh.close()
    finally:
        i18n.remove_translators(app)
        QLocale.setDefault(locale)
        settings.remove(keys.KEY_LANGUAGE)
