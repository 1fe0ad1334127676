"""The indicator tree: model contract, filters, operator scope, refresh on period and data change."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from kinerja_desktop.store.repositories import load_plan
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.tree import tree_data as td
from kinerja_desktop.ui.tree.tree_model import KEY_ROLE, IndicatorTreeModel, TreeFilterProxy
from kinerja_desktop.ui.tree import tree_page
from kinerja_desktop.ui.tree.tree_page import TreePage
from tests.fixtures import OPERATOR_A, OPERATOR_B, PLANNER, small_plan


def visible_codes(page: TreePage) -> list[str]:
    """Codes of every row the proxy shows, depth first."""
    codes, stack = [], [QModelIndex()]
    while stack:
        parent = stack.pop()
        rows = [page.proxy.index(r, 0, parent) for r in range(page.proxy.rowCount(parent))]
        for index in rows:
            codes.append(index.data())
        stack.extend(reversed(rows))
    return codes


def cell(page: TreePage, key, column: int) -> str:
    index = page.proxy.mapFromSource(page.model.index_of_key(key, column))
    return index.data()


@pytest.fixture
def context(db):
    return AppContext(db, load_plan(db), PLANNER, 2026, 4)


@pytest.fixture
def page(qtbot, context):
    widget = TreePage(context)
    qtbot.addWidget(widget)
    return widget


def test_model_tester_passes_on_model_and_proxy(qapp, qtmodeltester, db):
    model = IndicatorTreeModel()
    model.set_tree(td.load_tree(db, 2026, 4))
    qtmodeltester.check(model)
    proxy = TreeFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_visible(td.visible_uids(model.tree, "jalan"))
    qtmodeltester.check(proxy)
    proxy.sort(td.COL_ACHIEVEMENT, Qt.DescendingOrder)   # sorted by the model, seen through the proxy
    qtmodeltester.check(proxy)
    qtmodeltester.check(model)
    model.sort(td.COL_CODE, Qt.DescendingOrder)
    model.set_tree(td.load_tree(db, 2026, 2))            # same shape: figures in place, order kept
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["T1"]


def test_model_tester_passes_on_the_demo_tree(qtmodeltester, demo_db_path):
    from kinerja_desktop.store.database import open_database

    database = open_database(demo_db_path, read_only=True)
    model = IndicatorTreeModel()
    model.set_tree(td.load_tree(database, 2026, 4))
    qtmodeltester.check(model, force_py=False)
    database.close()


def test_filter_finds_by_code_and_by_name(qtbot, page):
    page.search.setText("K1.1")
    qtbot.waitUntil(lambda: "K1.1" in visible_codes(page) and "B1.1" not in visible_codes(page), timeout=2000)
    assert visible_codes(page) == ["T1", "S1.1", "1.02.02", "1.02.02.2.02", "K1.1"]
    page.search.setText("panjang jalan")
    qtbot.waitUntil(lambda: visible_codes(page) == ["T1", "S1.1", "1.03.10", "B1.1"], timeout=2000)
    assert page.stack.currentWidget() is page.view
    assert page.view.isExpanded(page.proxy.index(0, 0))   # matches are shown opened


def test_no_match_says_why_and_clearing_restores_the_tree(qtbot, page):
    page.search.setText("xyz")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty, timeout=2000)
    assert "'xyz'" in page.empty.title_label.text()
    assert page.empty.button.isVisible() or not page.isVisible()
    qtbot.mouseClick(page.empty.button, Qt.LeftButton)
    assert page.search.text() == ""
    assert page.stack.currentWidget() is page.view
    assert len(visible_codes(page)) == 11


def shown_text(label) -> str:
    """A rich-text label as a reader sees it (no-break spaces as spaces)."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


def test_filter_by_opd_and_rating(page):
    page.agency_combo.setCurrentIndex(page.agency_combo.findData(2))
    assert visible_codes(page) == ["T1", "S1.1", "1.03.10", "B1.1"]
    page.agency_combo.setCurrentIndex(0)
    page.rating_combo.setCurrentIndex(page.rating_combo.findData("Sangat Rendah"))
    # P1.1 as of Q4: 185 against all four quarterly targets (400), 46.25 % (P40 rule)
    assert visible_codes(page) == ["T1", "S1.1", "1.02.02", "1.03.10", "P1.1", "B1.1"]
    assert "Sangat Rendah" in shown_text(page.summary)


def test_operator_cannot_see_another_opds_indicators(qtbot, db):
    context = AppContext(db, load_plan(db), OPERATOR_B, 2026, 4)
    page = TreePage(context)
    qtbot.addWidget(page)
    assert visible_codes(page) == ["T1", "S1.1", "1.03.10", "B1.1"]
    assert not page.agency_combo.isEnabled()
    assert page.agency_combo.count() == 1 and page.agency_combo.currentData() == 2
    page.search.setText("layanan")      # Dinas A's indicator: not even findable
    page.apply_filter()
    assert page.stack.currentWidget() is page.empty
    page.clear_filters()
    context.set_user(OPERATOR_A)
    assert page.agency_combo.currentData() == 1
    assert "B1.1" not in visible_codes(page) and "P1.1" in visible_codes(page)


def test_period_change_updates_figures_and_keeps_expansion_and_selection(qtbot, page, context):
    page.view.expandAll()
    assert page.select_key(("indicator", 1))
    assert cell(page, ("indicator", 1), td.COL_REALISATION) == "69,00"
    context.set_period(2026, 1)
    assert cell(page, ("indicator", 1), td.COL_REALISATION) == "68,50"
    assert cell(page, ("indicator", 1), td.COL_Q1 + 1) == ""
    assert page.view.currentIndex().data(KEY_ROLE) == ("indicator", 1)
    assert page.view.isExpanded(page.proxy.mapFromSource(page.model.index_of_key(("activity", 1))))
    context.set_period(2025, 4)
    assert cell(page, ("indicator", 1), td.COL_RATING) == td.UNREPORTED


def test_data_change_reloads_and_a_new_indicator_appears(qtbot, page, context, db):
    page.view.expandAll()
    page.select_key(("indicator", 3))
    db["realisation"].insert({"indicator_id": 5, "year": 2026, "quarter": 2, "value": "10",
                              "note": "", "updated_at": "x", "updated_by": "t"})
    db["indicator"].insert({"id": 6, "code": "B1.2", "name": "Jembatan baru", "unit": "unit",
                            "polarity": "positive", "aggregation": "sum", "decimals": 0, "agency_id": 2,
                            "node_type": "program", "program_id": 2})
    context.announce_change({5, 6})
    assert cell(page, ("indicator", 5), td.COL_REALISATION) == "13,25"
    assert "B1.2" in visible_codes(page)
    assert page.view.currentIndex().data(KEY_ROLE) == ("indicator", 3)       # selection restored
    assert page.view.isExpanded(page.proxy.mapFromSource(page.model.index_of_key(("program", 1))))


def test_detail_panel_shows_the_selected_indicator(qtbot, page):
    page.select_key(("indicator", 3))
    assert page.detail.indicator_id == 3
    assert page.detail.title.text() == "Jumlah layanan"
    assert page.detail.fields["opd"].text() == "Dinas A"
    assert "Dijumlahkan" in page.detail.fields["aggregation"].text()
    assert page.detail.quarters_table.rowCount() == 2
    assert page.detail.quarters_table.item(0, 0).text() == "2026 TW II"
    page.select_key(("program", 1))
    assert page.detail.indicator_id is None
    assert "1.02.02" in page.detail.empty.title_label.text()


def test_sorting_keeps_indicators_first_and_follows_refreshes(page, context):
    page.view.expandAll()
    page.select_key(("indicator", 5))

    def children():
        objective = page.proxy.mapFromSource(page.model.index_of_key(("objective", 1)))
        return [page.proxy.index(r, 0, objective).data() for r in range(page.proxy.rowCount(objective))]

    assert children() == ["S1.1.1", "1.02.02", "1.03.10"]
    page.view.sortByColumn(td.COL_CODE, Qt.DescendingOrder)
    assert children() == ["S1.1.1", "1.03.10", "1.02.02"]     # own indicator first, then nodes by code
    assert page.view.currentIndex().data(KEY_ROLE) == ("indicator", 5)   # selection follows the row
    assert page.view.isExpanded(page.proxy.mapFromSource(page.model.index_of_key(("program", 2))))
    page.view.sortByColumn(td.COL_NAME, Qt.AscendingOrder)
    assert children() == ["S1.1.1", "1.02.02", "1.03.10"]     # "Program A" < "Program B"
    page.view.sortByColumn(td.COL_CODE, Qt.DescendingOrder)
    context.set_period(2026, 1)                                # a refresh keeps the sort
    assert children() == ["S1.1.1", "1.03.10", "1.02.02"]
    assert page.view.currentIndex().data(KEY_ROLE) == ("indicator", 5)


def test_file_database_loads_in_a_worker(qtbot, tmp_path):
    database, _ = small_plan(tmp_path / "kecil.db")
    context = AppContext(database, load_plan(database), PLANNER, 2026, 4, db_path=tmp_path / "kecil.db")
    page = TreePage(context)
    qtbot.addWidget(page)
    assert page.stack.currentWidget() is page.loading and page.model.tree is None   # hidden: not read yet
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()
    assert page.stack.currentWidget() is page.view
    assert len(visible_codes(page)) == 11
    with qtbot.waitSignal(page.loaded, timeout=5000):
        context.set_period(2026, 1)
    assert cell(page, ("indicator", 1), td.COL_REALISATION) == "68,50"
    database.close()


def test_a_large_plan_opens_as_a_skeleton_then_the_whole_tree(qtbot, qtmodeltester, tmp_path, monkeypatch):
    """The first view comes before the whole evaluation; a program opened meanwhile reads its
    branch; a filter typed meanwhile is applied when the whole tree arrives."""
    import threading

    database, _ = small_plan(tmp_path / "kecil.db")
    context = AppContext(database, load_plan(database), PLANNER, 2026, 4, db_path=tmp_path / "kecil.db")
    release, whole_load = threading.Event(), td.load_tree

    def slow_whole_load(*args, **kwargs):
        release.wait(10)
        return whole_load(*args, **kwargs)

    monkeypatch.setattr(td, "load_tree", slow_whole_load)
    page = TreePage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.skeleton_shown, timeout=5000):
        page.show()
    assert page.model.tree.partial and page.stack.currentWidget() is page.view
    assert visible_codes(page) == ["T1", "T1.1", "S1.1", "S1.1.1", "1.02.02", "1.03.10"]
    program = page.proxy.mapFromSource(page.model.index_of_key(("program", 1)))
    assert page.proxy.hasChildren(program) and page.proxy.rowCount(program) == 0
    page.view.setExpanded(program.parent(), True)              # the objective, then its program:
    page.view.setExpanded(program, True)                       # the view fetches the branch as it lays out
    qtbot.waitUntil(lambda: page.proxy.rowCount(program) > 0, timeout=2000)
    assert [page.proxy.index(r, 0, program).data() for r in range(page.proxy.rowCount(program))] == \
        ["P1.1", "1.02.02.2.02"]                               # own indicator first, then the activity
    assert "1.02.02.2.02.0001" in visible_codes(page)
    assert cell(page, ("indicator", 4), td.COL_REALISATION) == \
        td.display_of(whole_load(database, 2026, 4).by_key[("indicator", 4)], td.COL_REALISATION)
    qtmodeltester.check(page.model)                            # fetches the other branch too
    page.select_key(("indicator", 4))
    page.search.setText("K1.1")
    page.apply_filter()
    assert page._waiting_filter and page.proxy.visible is None   # not filtered on a partial tree

    with qtbot.waitSignal(page.loaded, timeout=5000):
        release.set()
    assert not page.model.tree.partial
    assert visible_codes(page) == ["T1", "S1.1", "1.02.02", "1.02.02.2.02", "K1.1"]
    assert page.view.currentIndex().data(KEY_ROLE) == ("indicator", 4)
    database.close()


def test_expand_all_waits_for_the_whole_tree(qtbot, tmp_path, monkeypatch):
    import threading

    database, _ = small_plan(tmp_path / "kecil.db")
    context = AppContext(database, load_plan(database), PLANNER, 2026, 4, db_path=tmp_path / "kecil.db")
    release, whole_load = threading.Event(), td.load_tree
    monkeypatch.setattr(td, "load_tree", lambda *a, **k: (release.wait(10), whole_load(*a, **k))[1])
    monkeypatch.setattr(tree_page, "SMALL_TREE_ROWS", 0)   # not opened whole for being small
    page = TreePage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.skeleton_shown, timeout=5000):
        page.show()
    with qtbot.waitSignal(page.message) as said:
        page.expand_all()
    assert "as soon as" in said.args[0]
    assert all(r.pending for r in page.model.tree.rows if r.kind == "program")   # nothing read one by one
    with qtbot.waitSignal(page.loaded, timeout=5000):
        release.set()
    assert "1.02.02.2.02.0001" in visible_codes(page)           # opened once the whole tree is in
    assert page.view.isExpanded(page.proxy.mapFromSource(page.model.index_of_key(("activity", 1))))
    database.close()


def _blocked_page(qtbot, tmp_path, monkeypatch, prepare=None):
    """A planner's page on a file database whose whole-tree loads wait for `release`."""
    import threading

    database, _ = small_plan(tmp_path / "kecil.db")
    if prepare:
        prepare(database)
    context = AppContext(database, load_plan(database), PLANNER, 2026, 4, db_path=tmp_path / "kecil.db")
    release, whole_load = threading.Event(), td.load_tree
    monkeypatch.setattr(td, "load_tree", lambda *a, **k: (release.wait(10), whole_load(*a, **k))[1])
    page = TreePage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.skeleton_shown, timeout=5000):
        page.show()
    return page, context, database, release


def _open_program(qtbot, page, program_id: int):
    program = page.proxy.mapFromSource(page.model.index_of_key(("program", program_id)))
    page.view.setExpanded(program.parent(), True)
    page.view.setExpanded(program, True)
    qtbot.waitUntil(lambda: page.proxy.rowCount(program) > 0, timeout=2000)
    return program


def test_a_plan_whose_skeleton_is_its_whole_tree_still_ends_whole(qtbot, tmp_path, monkeypatch):
    """Nothing under the programs: the skeleton has the whole tree's shape; the page must still
    leave the skeleton state (filters, summary)."""
    from kinerja_desktop.services.plan_edit import retire_node
    from tests.fixtures import ADMIN

    page, _, database, release = _blocked_page(
        qtbot, tmp_path, monkeypatch, lambda db: [retire_node(db, ADMIN, "program", p) for p in (1, 2)])
    with qtbot.waitSignal(page.loaded, timeout=5000):
        release.set()
    assert not page.model.tree.partial
    page.search.setText("S1.1.1")
    page.apply_filter()
    assert visible_codes(page) == ["T1", "S1.1", "S1.1.1"] and not page._waiting_filter
    assert "Sangat" in page.summary.text() or "Tinggi" in page.summary.text() or "Rendah" in page.summary.text()
    database.close()


def test_a_reload_while_the_skeleton_shows_keeps_the_opened_branch_and_selection(qtbot, tmp_path, monkeypatch):
    page, context, database, release = _blocked_page(qtbot, tmp_path, monkeypatch)
    _open_program(qtbot, page, 1)
    assert page.select_key(("indicator", 4))
    context.set_period(2026, 2)                                  # a reload before the whole tree is in
    assert page.view.currentIndex().data(KEY_ROLE) == ("indicator", 4)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        release.set()
    assert not page.model.tree.partial and page.model.tree.quarter == 2
    assert page.view.currentIndex().data(KEY_ROLE) == ("indicator", 4)
    assert page.detail.indicator_id == 4
    database.close()


def test_a_branch_that_cannot_be_read_is_said_once_not_on_every_layout(qtbot, tmp_path, monkeypatch):
    page, _, database, release = _blocked_page(qtbot, tmp_path, monkeypatch)
    calls = []

    def broken(*args):
        calls.append(args)
        raise OSError("disk error")

    monkeypatch.setattr(td, "load_branch", broken)
    said = []
    page.message.connect(said.append)
    program = page.proxy.mapFromSource(page.model.index_of_key(("program", 1)))
    page.view.setExpanded(program.parent(), True)
    page.view.setExpanded(program, True)
    for size in (900, 1000, 1100):                               # layouts that would read it again
        page.resize(size, 600)
        qtbot.wait(20)
    assert len(calls) == 1 and len(said) == 1 and "disk error" in said[0]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        release.set()
    assert page.proxy.rowCount(page.proxy.mapFromSource(page.model.index_of_key(("program", 1)))) == 2
    database.close()


def test_a_node_chosen_in_the_skeleton_gets_its_count_when_the_whole_tree_arrives(qtbot, tmp_path, monkeypatch):
    page, _, database, release = _blocked_page(qtbot, tmp_path, monkeypatch)
    page.select_key(("objective", 1))
    assert "counted when" in page.detail.empty.text_label.text()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        release.set()
    assert "4 indicators below" in page.detail.empty.text_label.text()
    database.close()


def test_a_period_change_greys_the_old_figures_until_the_new_ones_arrive(qtbot, tmp_path, monkeypatch):
    from kinerja_desktop.ui.tree.tree_model import STALE_ROLE

    page, context, database, release = _blocked_page(qtbot, tmp_path, monkeypatch)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        release.set()
    release.clear()                                              # the next whole load waits again
    index = page.model.index_of_key(("indicator", 1), td.COL_REALISATION)
    assert index.data(Qt.ForegroundRole) is None and not index.data(STALE_ROLE)
    with qtbot.waitSignal(page.model.dataChanged, timeout=2000):
        context.set_period(2026, 1)
    assert index.data(Qt.ForegroundRole) is not None and index.data(STALE_ROLE)   # old figures, greyed
    assert "2026" in page.summary.text() and "TW I" in page.summary.text()
    assert page.model.index_of_key(("indicator", 1), td.COL_NAME).data(Qt.ForegroundRole) is None   # names stay
    with qtbot.waitSignal(page.loaded, timeout=5000):
        release.set()
    index = page.model.index_of_key(("indicator", 1), td.COL_REALISATION)
    assert not index.data(STALE_ROLE) and index.data() == "68,50"
    database.close()


def test_a_period_change_while_the_skeleton_shows_greys_it_too(qtbot, tmp_path, monkeypatch):
    from kinerja_desktop.ui.tree.tree_model import STALE_ROLE

    page, context, database, release = _blocked_page(qtbot, tmp_path, monkeypatch)
    context.set_period(2026, 1)
    assert page.model.index_of_key(("indicator", 1), td.COL_REALISATION).data(STALE_ROLE)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        release.set()
    assert not page.model.index_of_key(("indicator", 1), td.COL_REALISATION).data(STALE_ROLE)
    assert page.model.tree.quarter == 1
    database.close()



def test_band_summary_chips_break_only_between_chips_and_escape_band_labels(qapp):
    from PySide6.QtGui import QTextDocument

    from kinerja_desktop.domain.achievement import DEFAULT_BANDS, RatingBand
    from kinerja_desktop.ui.tree.band_delegate import band_summary_html

    bands = DEFAULT_BANDS[:-1] + (RatingBand("<b>Kurang</b> sekali", None, "#D64541"),)
    text = band_summary_html({"Sangat Tinggi": 3, "Tidak dapat dihitung": 2}, bands)
    doc = QTextDocument()
    doc.setHtml(text)
    shown = doc.toRawText()   # toPlainText would turn no-break spaces into spaces
    assert "<b>Kurang</b>\u00a0sekali" in shown            # the office's label as written, not as markup
    assert "Tidak\u00a0dapat\u00a0dihitung\u00a02" in shown  # one chip, never split over two lines
    assert "Sangat\u00a0Tinggi\u00a03" in shown.replace("\u00a0\u00a0", "\u00a0")
    # Between chips a plain space remains: the summary may still wrap on a narrow window.
    assert shown.strip(" \u00a0").count(" ") == len(bands) + 1
