"""The dashboard page: headline figures equal the evaluation, refresh on save and on a period
change, the at-risk list with reasons, empty states, and the feature wiring (page + F5)."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import QSettings, Qt

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services.evaluation import band_counts, evaluate_quarter
from kinerja_desktop.services.realisations import save_quarter
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.dashboard.page import DashboardPage
from tests.fixtures import ADMIN


@pytest.fixture
def page(qtbot, db):
    context = AppContext(db, repo.load_plan(db), ADMIN, 2026, 2)
    widget = DashboardPage(context)
    qtbot.addWidget(widget)
    widget.resize(1600, 1000)
    widget.show()
    return widget


def test_headline_equals_the_evaluation(page, db):
    values = page.headline.card_values()
    counts = band_counts(evaluate_quarter(db, 2026, 2), page.context.plan)
    # cumulative through the quarter, and this quarter's own count beside it (issue 12)
    assert values["dari 5 indikator dilaporkan, kumulatif s.d. TW II (100%)\ndilaporkan pada TW II: 3"] == "5"
    for label in ("Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah", "Belum dilaporkan"):
        assert values[label] == str(counts[label])
    assert values["OPD belum mengajukan TW II"] == "2 / 2"
    assert page.headline.bands_title.text() == "Predikat capaian kumulatif s.d. TW II"
    assert "Kabupaten Contoh" in page.subtitle.text() and "TW II 2026" in page.subtitle.text()


def test_a_save_shows_in_the_risk_list_with_its_reason(page, db):
    assert page.risks.stack.currentWidget() is page.risks.empty
    assert "Tidak ada indikator berisiko" in page.risks.empty.title_label.text()
    save_quarter(db, ADMIN, 1, 2026, 2, [ValueChange(1, 2, D("40"))])
    page.context.announce_change({1})
    model = page.risks.model
    assert model.rowCount() == 1 and page.risks.stack.currentWidget() is page.risks.table
    assert model.index(0, 0).data().startswith("T1.1")
    assert model.index(0, 3).data() == "0,0% Sangat Rendah"
    assert model.index(0, 4).data().startswith("Tren TW I\u2013II: 68,50 \u2192 40,00 poin, akhir tahun")
    assert model.index(0, 3).data(Qt.BackgroundRole).color().name().upper() == "#D64541"
    assert page.headline.card_values()["tujuan berisiko"] == "1 / 1"
    assert page.trend_chart.indicator_id == 1   # the trend shows the selected risk


def test_period_change_refreshes_everything(page, db):
    page.context.set_period(2026, 1)
    counts = band_counts(evaluate_quarter(db, 2026, 1), page.context.plan)
    assert page.headline.card_values()["Sangat Tinggi"] == str(counts["Sangat Tinggi"])
    assert "TW I 2026" in page.subtitle.text()
    page.context.set_period(2025, 4)   # a year without values: the empty states say why
    assert page.headline.card_values()["Belum dilaporkan"] == "5"
    assert page.opd_chart.is_empty and "Isi realisasi" in page.opd_chart.empty.text()
    assert "Belum ada realisasi" in page.risks.empty.title_label.text()


def test_feature_installs_the_page_and_presentation_action(qtbot, db, tmp_path):
    from kinerja_desktop.ui.features import install_features
    from kinerja_desktop.ui.main_window import MainWindow

    context = AppContext(db, repo.load_plan(db), ADMIN, 2026, 2)
    window = MainWindow(context, QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    from PySide6.QtWidgets import QLabel

    window.add_page("first", "Halaman pertama", "", QLabel("pertama"))   # shown at start-up
    assert install_features(window, ["kinerja_desktop.ui.dashboard.feature"]) == []
    host = window.page("dashboard")
    assert host.page is None   # nothing built or computed at start-up (pyqtgraph not even imported)
    assert window.show_page("dashboard")
    page = host.page
    assert page.source is not None and page.headline.card_values()["Sangat Tinggi"] == "3"
    assert "Ekspor presentasi ke PDF…" in [a.text() for a in window.menu("reports").actions()]
    f5 = [a for a in window.toolbar.actions() if a.shortcut().toString() == "F5"]
    assert len(f5) == 1 and f5[0].text() == "Presentasi"


def test_a_database_file_is_evaluated_off_the_gui_thread(qtbot, tmp_path):
    from tests.fixtures import small_plan

    path = tmp_path / "kinerja.db"
    db, _ = small_plan(path)
    context = AppContext(db, repo.load_plan(db), ADMIN, 2026, 2, db_path=path)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    assert page.source.is_loading and page.source.figures is None
    assert page.opd_chart.is_empty and "Menghitung" in page.opd_chart.empty.text()
    # A save announced while the worker computes is applied when it is done.
    save_quarter(db, ADMIN, 2, 2026, 2, [ValueChange(5, 2, D("8"))])
    context.announce_change({5})
    with qtbot.waitSignal(page.source.changed, timeout=5000):
        pass
    assert not page.source.is_loading
    fresh = evaluate_quarter(db, 2026, 2)
    assert [r.evaluation for r in page.source.figures.results] == [r.evaluation for r in fresh]
    assert dict(page.opd_chart.bar_values())["DINB"] == 90.0
    with qtbot.waitSignal(page.source.changed, timeout=5000):
        context.set_period(2026, 1)
    assert page.source.figures.quarter == 1 and "TW I 2026" in page.subtitle.text()
    # The signal above may be the load's first figures: the rest is still computed in the worker
    # and lands on this connection; it is closed only after that (the test once raced it).
    qtbot.waitUntil(lambda: not page.source.is_loading, timeout=5000)
    db.close()


def test_an_operator_is_offered_neither_the_dashboard_nor_the_deck(qtbot, db, tmp_path):
    from PySide6.QtWidgets import QLabel

    from kinerja_desktop.ui.features import install_features
    from kinerja_desktop.ui.main_window import MainWindow
    from tests.fixtures import OPERATOR_A

    context = AppContext(db, repo.load_plan(db), OPERATOR_A, 2026, 2)
    window = MainWindow(context, QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.add_page("first", "Halaman pertama", "", QLabel("pertama"))
    assert install_features(window, ["kinerja_desktop.ui.dashboard.feature"]) == []
    f5 = [a for a in window.actions() if a.shortcut().toString() == "F5"][0]
    export = [a for a in window.menu("reports").actions() if a.text() == "Ekspor presentasi ke PDF…"][0]
    assert not window.show_page("dashboard") and window.page("dashboard").page is None
    assert not f5.isVisible() and not f5.isEnabled() and not export.isVisible()
    context.set_user(ADMIN)   # another person logs in on the same window
    assert f5.isVisible() and f5.isEnabled() and export.isVisible()
    assert window.show_page("dashboard") and window.page("dashboard").page is not None
