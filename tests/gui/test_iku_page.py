"""The page "IKU sepanjang periode": the table shows the service's figures ("—" for a year not
reported, never 0), the chart follows the chosen row and marks the at-risk projection, the filter,
the refresh after a save, and the worker-thread load on a database file."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services.realisations import save_quarter
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.iku.chart import plotted
from kinerja_desktop.ui.iku.page import IkuPage
from tests.fixtures import ADMIN
from tests.iku_plan import iku_plan


def make_page(qtbot, db, width=1600, db_path=None):
    context = AppContext(db, repo.load_plan(db), ADMIN, 2023, 4, db_path=db_path)
    page = IkuPage(context)
    qtbot.addWidget(page)
    page.resize(width, 900)
    page.show()
    return page


@pytest.fixture
def page(qtbot):
    db = iku_plan()
    yield make_page(qtbot, db)
    db.close()


def cell(page, code, column):
    model = page.model
    row = model.row_of(next(r.indicator.id for r in model.rows if r.indicator.code == code))
    return model.index(row, model.headers().index(column))


def test_table_shows_each_year_end_target_and_projection(page):
    model = page.model
    assert model.headers() == ["Indikator", "Kondisi awal", "2021", "2022", "2023", "2024", "Target akhir",
                               "S.d. kini", "Proyeksi"]
    assert [r.indicator.code for r in model.rows] == ["T1.1", "T1.2", "S1.1.1", "S1.1.2"]
    assert cell(page, "T1.1", "2022").data() == "71,50 / 71,00\n100,70%"
    assert cell(page, "T1.1", "2023").data() == "— / 72,00\n—"            # not reported: never 0
    assert "belum dilaporkan" in cell(page, "T1.1", "2023").data(Qt.ToolTipRole)
    assert cell(page, "T1.1", "Kondisi awal").data() == "69,00\n(2020)"
    assert cell(page, "S1.1.2", "2023").data() == "4,0* / 10,0\n40,00%"    # through TW II only
    assert "s.d. TW II" in cell(page, "S1.1.2", "2023").data(Qt.ToolTipRole)
    assert cell(page, "S1.1.1", "S.d. kini").data() == "10,00\n66,67%"
    assert cell(page, "S1.1.1", "Proyeksi").data() == "61,3% Rendah\nBerisiko"
    assert cell(page, "S1.1.1", "Proyeksi").data(Qt.ForegroundRole).color().name().upper() == "#D64541"
    assert cell(page, "S1.1.1", "2023").data(Qt.BackgroundRole).color().name().upper() == "#F2C12E"   # Sedang
    assert cell(page, "T1.2", "Proyeksi").data() == "Belum dapat\ndiproyeksikan"
    assert "1 berisiko" in page.subtitle.text() and "RPJMD 2021-2024" in page.subtitle.text()
    texts = [model.index(r, c).data() or "" for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert not any("None" in t for t in texts)


def test_laptop_width_leaves_the_target_to_the_tooltip(qtbot):
    db = iku_plan()
    try:
        page = make_page(qtbot, db, width=1100)
        assert page.model.compact
        assert cell(page, "T1.1", "2022").data() == "71,50\n100,70%"
        assert "target 71,00" in cell(page, "T1.1", "2022").data(Qt.ToolTipRole)
    finally:
        db.close()


def test_chart_follows_the_row_and_marks_the_risk(page):
    page.table.selectRow(page.model.row_of(2))                     # S1.1.1, at risk
    chart = page.chart
    assert chart.row.indicator.code == "S1.1.1" and not chart.is_empty
    assert "Berisiko" in chart.plot.titleLabel.text and "61,3%" in chart.plot.titleLabel.text
    xs, ys = chart.projection.getData()
    assert list(xs) == [2023, 2024] and [round(float(y), 2) for y in ys] == [10.0, 10.4]
    assert "Berisiko" in page.reason.text() and "semakin rendah semakin baik" in page.reason.text()
    assert chart.axis.labels[2020] == "2020\nKondisi awal"
    assert 2024 in chart.axis.labels and chart.axis.labels[2024] == "2024"


def test_sum_indicator_drawn_as_running_totals(page):
    page.table.selectRow(page.model.row_of(3))                     # S1.1.2: end target 40 = the total
    row = page.chart.row
    reals, targets = plotted(row)
    assert reals == {2021: D(10), 2022: D(22), 2023: D(26), 2024: None}
    assert targets == {2021: D(10), 2022: D(20), 2023: D(30), 2024: D(40)}
    assert "Sesuai jalur" in page.chart.plot.titleLabel.text


def test_only_at_risk_filter(page):
    page.only_at_risk.setChecked(True)
    assert [r.indicator.code for r in page.model.rows] == ["S1.1.1"]
    assert page.chart.row.indicator.code == "S1.1.1"
    page.only_at_risk.setChecked(False)
    assert page.model.rowCount() == 4


def test_a_save_refreshes_the_page(page):
    db = page.context.db
    save_quarter(db, ADMIN, 2, 2024, 4, [ValueChange(2, 4, D("7"))])   # poverty falls to 7 % in 2024
    page.context.announce_change({2})
    assert cell(page, "S1.1.1", "2024").data() == "7,00 / 7,50\n106,67%"
    assert cell(page, "S1.1.1", "Proyeksi").data().endswith("Sesuai jalur")   # the period ended on target
    assert "0 berisiko" in page.subtitle.text()


def test_loads_in_a_worker_thread_from_a_file(qtbot, tmp_path):
    path = tmp_path / "iku.db"
    iku_plan(path).close()
    from kinerja_desktop.store.database import open_database

    db = open_database(path)
    try:
        page = make_page(qtbot, db, db_path=path)
        assert page._task is not None                               # not on the GUI thread
        qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=10000)
        assert page._task is None and "4 IKU" in page.subtitle.text()
    finally:
        db.close()


def test_empty_period_says_what_to_do(qtbot):
    db = iku_plan()
    try:
        db.execute("UPDATE indicator SET retired_at = '2024-01-01' WHERE node_type IN ('goal', 'objective')")
        page = make_page(qtbot, db)
        assert page.stack.currentWidget() is page.empty
        assert "belum punya indikator tujuan atau sasaran" in page.empty.title_label.text()
        assert page.chart.is_empty
    finally:
        db.close()


def test_value_ticks_keep_the_places_of_the_step():
    from kinerja_desktop.ui.iku.chart import value_ticks

    assert value_ticks([0, 2.5, 7.5], 1, 2.5) == ["0,0", "2,5", "7,5"]
    assert value_ticks([0, 2000, 4000], 1, 2000) == ["0", "2.000", "4.000"]
