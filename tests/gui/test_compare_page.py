"""The comparison page (ui/compare): choosing quarter, years, level and OPD drives real widgets;
the figures equal the service's, chips carry their labels, the export writes the file, the
feature wires the menu, and the comparison deck paints and exports (presentation)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from kinerja_desktop.services.deck import DeckChoice
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.ui.compare.model import CHIP_ROLE
from kinerja_desktop.ui.compare.page import ComparePage
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.presentation.launcher import PresentationLauncher
from kinerja_desktop.ui.presentation.pdf import export_pdf
from tests.compare_data import compare_plan
from tests.fixtures import ADMIN


@pytest.fixture
def cdb():
    db, _ = compare_plan()
    yield db
    db.close()


@pytest.fixture
def page(qtbot, cdb):
    widget = ComparePage(AppContext(cdb, repo.load_plan(cdb), ADMIN, 2026, 2))
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    widget.page_shown()
    qtbot.waitUntil(lambda: widget.comparison is not None, timeout=5000)
    return widget


def rows(page):
    model = page.proxy
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_defaults_and_the_table_by_indicator(page):
    assert page.request() == (2, 2025, 2026)   # the chosen year against the year before
    assert page.title.text() == "Perbandingan Capaian Kinerja TW II Tahun 2025 dan 2026"
    table = {r[0].split()[0]: r for r in rows(page)}
    assert table["T1.1"][1:] == ["DINA", "67,00", "95,71 \u00b7 Sangat Tinggi", "69,00", "98,57 \u00b7 Sangat Tinggi",
                                 "+2,00", "+2,86", "\u25B2 Membaik"]
    assert table["S1.1.1"][-1] == "\u25BC Memburuk" and table["B1.1"][-1] == "= Tetap"
    assert table["P1.1"][2:4] == ["\u2014", "Belum dilaporkan"]
    assert table["K1.1"][3] == "\u2014 \u00b7 Tidak dapat dihitung"
    assert table["K1.1"][-1] == "\u2014 Tidak dapat dibandingkan"
    # colour and label together; the whole name and the reason in the tooltip
    source = page.model
    row = next(r for r in range(source.rowCount()) if source.index(r, 0).data().startswith("K1.1"))
    assert source.index(row, 8).data(CHIP_ROLE) == ("#CFD8DC", "#1A1A1A")
    assert "target nol" in source.index(row, 0).data(Qt.ToolTipRole)
    assert "Membaik" in page.summary.text() and "73,90%" in page.summary.text()
    texts = " ".join(str(c) for r in rows(page) for c in r)
    assert "None" not in texts


def test_levels_and_opd_filter(page, qtbot):
    page.choose(level="agency")
    assert [r[:6] for r in rows(page)] == [["DINA  Dinas A", "4", "1", "1", "0", "2"], ["DINB  Dinas B", "1", "0", "0", "1", "0"]]
    assert rows(page)[0][6:] == ["97,86 \u00b7 Sangat Tinggi", "96,45 \u00b7 Sangat Tinggi", "-1,41", "= Seimbang"]
    page.choose(level="objective")
    assert rows(page)[0][:2] == ["S1.1  Sasaran satu", "4"] and rows(page)[0][-1] == "\u25BC Memburuk"
    page.choose(level="goal")
    assert rows(page)[0][:6] == ["T1  Tujuan satu", "5", "1", "1", "1", "2"]
    page.choose(level="indicator", agency_id=2)
    assert [r[0] for r in rows(page)] == ["B1.1  Panjang jalan dibangun"]
    assert page.agency_box.toolTip() == "DINB \u2014 Dinas B"


def test_same_year_is_refused_on_the_page(page):
    page.choose(year_a=2026)
    assert page.stack.currentWidget() is page.message
    assert "dengan dirinya sendiri" in page.message.text()
    page.choose(year_a=2024)
    assert page.request() == (2, 2024, 2026)


def test_export_writes_the_workbook(page, qtbot, tmp_path):
    from python_calamine import CalamineWorkbook

    page.export(str(tmp_path / "banding"))   # no suffix: .xlsx
    qtbot.waitUntil(lambda: getattr(page, "last_export", None) is not None, timeout=5000)
    book = CalamineWorkbook.from_path(str(tmp_path / "banding.xlsx"))
    assert book.get_sheet_by_name("Per indikator").to_python()[0][0].startswith("Perbandingan Capaian Kinerja TW II")


def test_the_feature_adds_the_page_and_the_menu(qtbot, cdb):
    from PySide6.QtCore import QSettings

    from kinerja_desktop.ui.main_window import MainWindow
    from kinerja_desktop.ui.compare import feature

    window = MainWindow(AppContext(cdb, repo.load_plan(cdb), ADMIN, 2026, 2), QSettings())
    qtbot.addWidget(window)
    feature.install(window)
    assert window.compare_action.text() == "Bandingkan triwulan antar tahun\u2026"
    assert window.compare_action in window.menu("reports").actions()
    window.compare_action.trigger()
    assert window.current_page_key() == "compare"
    qtbot.waitUntil(lambda: window.page("compare").page.comparison is not None, timeout=5000)


def test_comparison_slides_paint_and_export(qtbot, cdb, tmp_path):
    from kinerja_desktop.ui.presentation.dialog import PresentationDialog

    launcher = PresentationLauncher(AppContext(cdb, repo.load_plan(cdb), ADMIN, 2026, 2))
    assert launcher.compare_years() == ("TW II", 2025, 2026)
    dialog = PresentationDialog(repo.load_agencies(cdb), compare=launcher.compare_years())
    qtbot.addWidget(dialog)
    choices = [dialog.deck_box.itemData(i) for i in range(dialog.deck_box.count())]
    assert DeckChoice("compare", years=(2025, 2026)) in choices
    window = launcher.start(DeckChoice("compare", years=(2025, 2026)), None, 0)
    qtbot.waitExposed(window)
    kinds = [s.kind for s in window.deck.slides]
    assert kinds == ["title", "compare_summary", "compare_rollup", "compare_rollup", "compare_movers", "closing"]
    for index in range(len(kinds)):   # every slide paints (fonts under 20 pt would raise)
        window.index = index
        image = window.render_image(960, 540)
        assert not image.isNull()
    window.close()
    path = export_pdf(launcher.build(DeckChoice("goals")), tmp_path / "goals.pdf")   # the other decks unchanged
    assert path.exists()
    written = launcher.export_pdf(DeckChoice("compare", years=(2025, 2026)), str(tmp_path / "banding.pdf"))
    assert len(re.findall(rb"/Type\s*/Page(?!s)", written.read_bytes())) == len(kinds)


def test_the_page_follows_the_windows_period_choice(qtbot):
    """Issue 13: with two periods, choosing the next period in the window gives its years and its
    own indicators (the same codes exist in both periods)."""
    from tests.periods import SECOND, two_periods

    db, _, _ = two_periods()
    context = AppContext(db, repo.load_plan(db), ADMIN, 2026, 2)
    widget = ComparePage(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.page_shown()
    qtbot.waitUntil(lambda: widget.comparison is not None, timeout=5000)
    assert widget.comparison.plan.id == 1
    assert [widget.year_a_box.itemData(i) for i in range(widget.year_a_box.count())] == list(range(2021, 2027))
    context.set_period(2026, 2, plan_id=SECOND)
    assert [widget.year_a_box.itemData(i) for i in range(widget.year_a_box.count())] == list(range(2025, 2030))
    assert widget.request() == (2, 2025, 2026)
    qtbot.waitUntil(lambda: widget.comparison is not None and widget.comparison.plan.id == SECOND, timeout=5000)
    ids = {line.indicator.id for line in widget.comparison.lines}
    assert ids == {i.id for i in repo.load_indicators(db, plan_id=SECOND)}
    assert not ids & {i.id for i in repo.load_indicators(db, plan_id=1)}
    db.close()
