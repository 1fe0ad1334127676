"""Presentation mode: keys move through the deck, auto-advance and pause, the snapshot does
not change when a value is saved mid-meeting, type sizes, and the PDF has a page per slide."""
from __future__ import annotations

import re
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services.deck import DeckChoice
from kinerja_desktop.services.realisations import save_quarter
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.presentation import paint
from kinerja_desktop.ui.presentation.launcher import PresentationLauncher
from kinerja_desktop.ui.presentation.pdf import export_pdf
from tests.fixtures import ADMIN


@pytest.fixture
def launcher(db):
    return PresentationLauncher(AppContext(db, repo.load_plan(db), ADMIN, 2026, 2))


@pytest.fixture
def show(qtbot, launcher):
    def start(interval=0, choice=DeckChoice("all")):
        window = launcher.start(choice, None, interval)
        qtbot.waitExposed(window)
        return window
    yield start
    if launcher.presentation is not None:
        launcher.presentation.close()


def test_keys_move_through_the_deck(qtbot, show):
    window = show()
    assert window.isFullScreen() and len(window.deck.slides) == 7
    steps = [(Qt.Key_Right, 1), (Qt.Key_Space, 2), (Qt.Key_PageDown, 3), (Qt.Key_Left, 2), (Qt.Key_PageUp, 1),
             (Qt.Key_End, 6), (Qt.Key_Right, 6), (Qt.Key_Home, 0), (Qt.Key_Left, 0)]
    for key, expected in steps:
        qtbot.keyClick(window, key)
        assert window.index == expected, key
    qtbot.keyClicks(window, "5")
    assert window.jump == "5" and window.index == 0
    qtbot.keyClick(window, Qt.Key_Return)
    assert window.index == 4 and window.jump == ""
    qtbot.keyClicks(window, "99")
    qtbot.keyClick(window, Qt.Key_Enter)
    assert window.index == 6   # beyond the end: the last slide
    with qtbot.waitSignal(window.closed, timeout=1000):
        qtbot.keyClick(window, Qt.Key_Escape)


def test_auto_advance_and_pause(qtbot, show):
    window = show(interval=1)
    with qtbot.waitSignal(window.slide_changed, timeout=2500) as moved:
        pass
    assert moved.args == [1]
    qtbot.keyClick(window, Qt.Key_P)
    assert window.paused and not window.timer.isActive()
    qtbot.wait(1300)
    assert window.index == 1
    qtbot.keyClick(window, Qt.Key_P)
    assert not window.paused and window.timer.isActive()


def test_a_save_during_the_presentation_does_not_change_the_slides(qtbot, show, launcher, db):
    window = show()
    window.go(2)   # the goal slide with T1.1
    before = window.render_image()
    deck = window.deck
    assert deck.slides[2].lines[0].realisation == "69,00"
    save_quarter(db, ADMIN, 1, 2026, 2, [ValueChange(1, 2, D("10"))])
    launcher.context.announce_change({1})
    assert window.deck is deck and window.deck.slides[2].lines[0].realisation == "69,00"
    assert window.render_image() == before
    assert launcher.build(DeckChoice("all")).slides[2].lines[0].realisation == "10,00"


def test_type_is_large_enough_on_every_slide(qtbot, show):
    window = show()
    paint.FONT_SIZES_USED.clear()
    for index in range(len(window.deck.slides)):
        window.go(index)
        window.render_image()
    assert min(paint.FONT_SIZES_USED) >= 20 * paint.PX_PER_PT   # no text under 20 pt
    assert paint.BODY_PX >= 28 * paint.PX_PER_PT                # body at least 28 pt
    with pytest.raises(ValueError):
        paint.font(18)


def test_the_pdf_has_one_page_per_slide(launcher, tmp_path, qtbot):
    for choice in (DeckChoice("all"), DeckChoice("goals"), DeckChoice("agency", 1)):
        deck = launcher.build(choice)
        path = export_pdf(deck, tmp_path / f"{choice.kind}.pdf")
        data = path.read_bytes()
        assert data.startswith(b"%PDF")
        assert len(re.findall(rb"/Type\s*/Page(?!s)", data)) == len(deck.slides)
        box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
        assert float(box.group(1)) / float(box.group(2)) == pytest.approx(16 / 9, rel=0.01)


def test_pdf_to_an_unwritable_place_says_where(launcher, tmp_path):
    with pytest.raises(OSError, match="tidak dapat ditulis"):
        export_pdf(launcher.build(DeckChoice("goals")), tmp_path / "no-such-folder" / "deck.pdf")


def test_with_a_database_file_the_snapshot_is_computed_in_a_worker(qtbot, tmp_path):
    from tests.fixtures import small_plan

    path = tmp_path / "kinerja.db"
    db, _ = small_plan(path)
    launcher = PresentationLauncher(AppContext(db, repo.load_plan(db), ADMIN, 2026, 2, db_path=path))
    assert launcher.start(DeckChoice("goals"), None, 0) is None   # not yet: the worker computes
    qtbot.waitUntil(lambda: launcher.presentation is not None, timeout=5000)
    window = launcher.presentation
    assert [s.kind for s in window.deck.slides] == ["title", "summary", "goal", "closing"]
    window.close()
    db.close()


def test_the_dialog_offers_screens_decks_and_an_interval(qtbot, db):
    from PySide6.QtGui import QGuiApplication

    from kinerja_desktop.ui.presentation.dialog import PresentationDialog

    dialog = PresentationDialog(repo.load_agencies(db))
    qtbot.addWidget(dialog)
    assert dialog.screen_box.count() == len(QGuiApplication.screens())
    texts = [dialog.deck_box.itemText(i) for i in range(dialog.deck_box.count())]
    assert texts[1] == "Tujuan saja" and texts[-1].startswith("Satu OPD: DINB")
    dialog.deck_box.setCurrentIndex(dialog.deck_box.count() - 1)   # the last OPD
    dialog.interval.setValue(20)
    assert dialog.choice() == DeckChoice("agency", 2) and dialog.interval_seconds() == 20
