"""Bantuan > Panduan pengguna (F1) opens docs/panduan.md rendered with its screenshots and a table
of contents; a missing guide is said in Indonesian. The guide's pictures all exist."""
from __future__ import annotations

import re

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QKeySequence, QTextDocument

from kinerja_desktop import paths
from kinerja_desktop.store.repositories import load_plan
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.startup.user_guide import IMAGE_WIDTH, UserGuideDialog
from kinerja_desktop.ui.main_window import MainWindow
from tests.fixtures import PLANNER


def test_help_menu_opens_the_guide_with_its_pictures(qtbot, db, tmp_path):
    window = MainWindow(AppContext(db, load_plan(db), PLANNER, 2026, 4),
                        QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    help_menu = window.menu("help")
    guide_action = next(a for a in help_menu.actions() if a.shortcut() == QKeySequence(QKeySequence.HelpContents))
    guide_action.trigger()
    dialog = window.user_guide
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.guide == paths.USER_GUIDE
    titles = [dialog.contents.item(i).text() for i in range(dialog.contents.count())]
    assert titles[:3] == ["1. Memasang program", "2. Penyiapan pertama", "3. Isian harian di OPD"]
    assert "Cadangan dan pemulihan" in " ".join(titles)
    text = dialog.browser.toPlainText()
    assert "Berkas > Pulihkan" in text and "kinerja restore" in text
    picture = dialog.browser.document().resource(QTextDocument.ImageResource, QUrl("screenshots/login.png"))
    assert picture is not None and not picture.isNull()
    html = dialog.browser.document().toHtml()
    assert f'width="{IMAGE_WIDTH}"' in html      # wide screenshots fit the window
    dialog.contents.itemClicked.emit(dialog.contents.item(7))
    assert dialog.browser.textCursor().selectedText() == titles[7]


def test_a_missing_guide_is_said_not_raised(qtbot, tmp_path):
    dialog = UserGuideDialog(guide=tmp_path / "tidak-ada.md")
    qtbot.addWidget(dialog)
    assert "Panduan tidak ditemukan" in dialog.browser.toPlainText()
    assert "pasang ulang" in dialog.browser.toPlainText() and dialog.contents.count() == 0


def test_every_picture_of_the_guide_exists():
    text = paths.USER_GUIDE.read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(pictures) >= 12
    assert [p for p in pictures if not (paths.USER_GUIDE.parent / p).is_file()] == []
