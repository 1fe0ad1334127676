"""The IKU-over-the-period slides: chosen in the presentation dialog, shown full screen, type at
least 20 pt on every slide, the PDF with a page per slide, and the worker thread with a file."""
from __future__ import annotations

import re

import pytest

from kinerja_desktop.services.deck import DeckChoice
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.presentation import paint
from kinerja_desktop.ui.presentation.launcher import PresentationLauncher
from tests.fixtures import ADMIN
from tests.iku_plan import iku_plan

IKU = DeckChoice("iku")


@pytest.fixture
def launcher():
    db = iku_plan()
    yield PresentationLauncher(AppContext(db, repo.load_plan(db), ADMIN, 2023, 4))
    db.close()


def test_the_dialog_offers_the_iku_deck(qtbot, launcher):
    from kinerja_desktop.ui.presentation.dialog import PresentationDialog

    dialog = PresentationDialog(repo.load_agencies(launcher.context.db))
    qtbot.addWidget(dialog)
    texts = [dialog.deck_box.itemText(i) for i in range(dialog.deck_box.count())]
    index = next(i for i, t in enumerate(texts) if t.startswith("IKU sepanjang periode"))
    dialog.deck_box.setCurrentIndex(index)
    assert dialog.choice() == IKU


def test_presented_full_screen_with_large_type(qtbot, launcher):
    window = launcher.start(IKU, None, 0)
    qtbot.waitExposed(window)
    try:
        assert [s.kind for s in window.deck.slides] == ["title", "iku_summary", "iku_goal", "closing"]
        paint.FONT_SIZES_USED.clear()
        images = []
        for index in range(len(window.deck.slides)):
            window.go(index)
            images.append(window.render_image())
        assert min(paint.FONT_SIZES_USED) >= 20 * paint.PX_PER_PT
        # the goal slide is painted (not the background only): many colours, the band chips among them
        goal = images[2]
        colours = {goal.pixelColor(x, y).name().upper() for x in range(0, 1920, 8) for y in range(250, 900, 8)}
        assert "#D64541" in colours or "#F2C12E" in colours
    finally:
        window.close()


def test_the_pdf_has_one_page_per_slide(launcher, tmp_path):
    path = launcher.export_pdf(IKU, str(tmp_path / "iku.pdf"))
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", data)) == 4


def test_with_a_database_file_the_figures_are_computed_in_a_worker(qtbot, tmp_path):
    path = tmp_path / "iku.db"
    db = iku_plan(path)
    try:
        launcher = PresentationLauncher(AppContext(db, repo.load_plan(db), ADMIN, 2023, 4, db_path=path))
        assert launcher.start(IKU, None, 0) is None     # not yet: the worker computes
        qtbot.waitUntil(lambda: launcher.presentation is not None, timeout=10000)
        assert launcher.presentation.deck.slides[1].kind == "iku_summary"
        launcher.presentation.close()
    finally:
        db.close()
