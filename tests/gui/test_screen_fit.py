"""What a first user sees on a 1366×768 laptop: names not cut where there is room, nothing wider
than the screen with the detail panel open, codes kept whole (issue 12)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyleOptionViewItem

from kinerja_desktop.services.users import authenticate
from kinerja_desktop.store.database import open_database
from kinerja_desktop.store.repositories import load_plan
from kinerja_desktop.ui.app import build_window
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.tree import tree_data as td

LAPTOP = (1366, 768)


@pytest.fixture
def indonesian(qapp):
    """The program's Indonesian translation, as the program installs it (tests default to none)."""
    from kinerja_desktop.ui.i18n import install_translators, remove_translators

    install_translators(qapp, "id")
    yield
    remove_translators(qapp)


@pytest.fixture
def demo_window(qtbot, demo_db_path, tmp_path, indonesian):
    """The main window on the demo database as the planner, at laptop size, tree loaded."""
    db = open_database(demo_db_path)
    context = AppContext(db, load_plan(db), authenticate(db, "perencana", "perencana123"), 2026, 4,
                         db_path=demo_db_path)
    window = build_window(context, QSettings(str(tmp_path / "k.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    page = window.page("tree")
    with qtbot.waitSignal(page.loaded, timeout=60000):
        window.show()
    yield window
    db.close()


def test_opening_the_detail_panel_keeps_the_window_on_the_screen_and_the_names_readable(qtbot, demo_window):
    page = demo_window.page("tree")
    page.set_detail_visible(False)
    qtbot.wait(50)
    assert not page.view.hidden_columns   # a laptop shows every column without the panel
    page.set_detail_visible(True)
    qtbot.wait(50)
    assert demo_window.width() <= LAPTOP[0]
    assert demo_window.minimumSizeHint().width() <= LAPTOP[0]
    assert page.view.columnWidth(td.COL_NAME) >= 200
    # the quarters (and unit, target) make way; the panel beside shows them
    assert set(range(td.COL_Q1, td.COL_Q4 + 1)) <= page.view.hidden_columns
    page.set_detail_visible(False)
    qtbot.wait(50)
    assert not page.view.hidden_columns


def test_a_node_name_is_painted_across_the_empty_figure_columns(qtbot, demo_window):
    page = demo_window.page("tree")
    page.set_detail_visible(False)
    page.view.collapseAll()
    qtbot.wait(50)
    goal = page.proxy.index(0, 0)
    assert len(page.model.row_of(page.proxy.mapToSource(goal)).name) > 60   # a long name, cut before
    name_cell = goal.siblingAtColumn(td.COL_NAME)
    option = QStyleOptionViewItem()
    page.view.itemDelegateForColumn(td.COL_NAME).initStyleOption(option, name_cell)
    assert option.text == ""     # the name column no longer paints it (cut) ...
    image = page.view.viewport().grab().toImage()
    rect = page.view.visualRect(goal.siblingAtColumn(td.COL_Q1))   # ... the row does, across
    dark = sum(1 for x in range(rect.left(), rect.right()) for y in range(rect.top(), rect.bottom())
               if QColor(image.pixel(x, y)).lightness() < 110)
    assert dark > 20
    indicator = page.proxy.index(0, td.COL_NAME, goal)
    page.view.expand(goal)
    page.view.itemDelegateForColumn(td.COL_NAME).initStyleOption(option, indicator)
    assert option.text   # an indicator's name stays in its column


def test_node_tooltip_gives_the_whole_name(demo_window):
    page = demo_window.page("tree")
    goal = page.proxy.index(0, td.COL_NAME)
    name = page.model.row_of(page.proxy.mapToSource(goal)).name
    assert name in goal.data(Qt.ToolTipRole)


@pytest.fixture
def operator_window(qtbot, demo_db_path, tmp_path, indonesian):
    db = open_database(demo_db_path)
    context = AppContext(db, load_plan(db), authenticate(db, "dinkes", "dinkes123"), 2026, 4, db_path=demo_db_path)
    window = build_window(context, QSettings(str(tmp_path / "k.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    window.show_page("entry")
    qtbot.wait(200)
    yield window
    db.close()


def test_entry_form_gives_the_names_room_and_keeps_codes_whole(qtbot, operator_window):
    view = operator_window.page("entry").view
    m = view.model()
    assert m.rowCount() > 50
    name, code = m.column_of("name"), m.column_of("code")
    assert view.columnWidth(name) >= 180                      # was ~200 beside a wide note, now the larger share
    assert view.columnWidth(name) > view.columnWidth(m.column_of("note"))
    total = sum(view.columnWidth(c) for c in range(m.columnCount()))
    assert total <= view.viewport().width()                   # no sideways scrolling on a laptop
    bold = view.font()
    bold.setBold(True)
    from PySide6.QtGui import QFontMetrics
    longest = max(QFontMetrics(bold).horizontalAdvance(m.index(r, code).data()) for r in range(m.rowCount()))
    assert view.columnWidth(code) >= longest                  # "….01.2.01-01" no more
    long_rows = [r for r in range(m.rowCount())
                 if view.fontMetrics().horizontalAdvance(m.index(r, name).data()) > view.columnWidth(name)]
    assert long_rows and all(view.rowHeight(r) > 30 for r in long_rows)   # a long name takes a second line
    assert m.index(long_rows[0], name).data() in m.index(long_rows[0], name).data(Qt.ToolTipRole)
    unit = m.column_of("unit")
    assert m.index(0, unit).data(Qt.ToolTipRole) == m.index(0, unit).data()


def test_round_tick_steps():
    from kinerja_desktop.ui.shared.chart_base import nice_step

    assert nice_step(1755, 5, whole=True) == 500      # was 351, 702, 1053
    assert nice_step(100, 5) == 20
    assert nice_step(1, 5, whole=True) == 1           # a count never reads 0,2 … 1,0
    assert nice_step(12, 5, whole=True) == 5
    assert nice_step(0.9, 5) == 0.2


def test_dashboard_ticks_are_round_labels_fit_and_counts_whole(qtbot, demo_window):
    demo_window.show_page("dashboard")
    host = demo_window.page("dashboard")
    host.prepare_screenshot()
    page = host.page
    qtbot.wait(300)

    def ticks(plot):
        axis = plot.getAxis("left")
        low, high = plot.vb.viewRange()[1]
        return [v for _, values in axis.tickValues(low, high, axis.height()) for v in values]

    counts = ticks(page.distribution_chart.plot)
    assert counts and all(v % 500 == 0 for v in counts)
    assert page.opd_chart.label_overlap() <= 0.5         # "Tinaai": a label cut by the next bar's label
    trend = page.trend_chart
    for row in range(page.risks.model.rowCount()):
        trend.set_indicator(page.risks.model.indicator_id(row))
        if trend.trend.indicator.decimals == 0:
            break
    assert trend.trend.indicator.decimals == 0
    for plot in (trend.years_plot, trend.quarters_plot):
        assert all(float(v).is_integer() for v in ticks(plot))
    # the legends are under the plots, not over their points
    qtbot.wait(100)
    for legend, plot in ((trend.legend, trend.years_plot), (trend.quarter_legend, trend.quarters_plot)):
        assert legend.mapToScene(0, 0).y() >= plot.vb.sceneBoundingRect().bottom()
    headline = page.headline
    assert "kumulatif s.d. TW IV" in headline.reported.caption.text()
    assert "dilaporkan pada TW IV: 0" in headline.reported.caption.text()


def test_jumping_to_slide_25_keeps_the_presentation_open(qtbot, demo_window):
    from PySide6.QtWidgets import QWidget

    from kinerja_desktop.services.deck import DeckChoice
    from kinerja_desktop.ui.presentation.launcher import PresentationLauncher

    launcher = PresentationLauncher(demo_window.context, demo_window)
    launcher.start(DeckChoice("all"), None, 0)
    qtbot.waitUntil(lambda: launcher.presentation is not None, timeout=60000)
    window = launcher.presentation
    qtbot.waitExposed(window)
    assert QWidget.keyboardGrabber() is window     # the keys reach it even without the focus
    assert len(window.deck.slides) >= 25
    qtbot.keyClicks(window, "25")
    qtbot.keyClick(window, Qt.Key_Enter)
    assert window.isVisible() and window.index == 24 and launcher.presentation is window
    qtbot.keyClicks(window, "99")
    qtbot.keyClick(window, Qt.Key_Return)
    last = len(window.deck.slides)
    assert window.index == last - 1 and window.isVisible()
    assert window.notice == "Tidak ada slide 99"      # and the footer's page number says where it went
    with qtbot.waitSignal(window.closed, timeout=1000):
        qtbot.keyClick(window, Qt.Key_Escape)
    assert QWidget.keyboardGrabber() is None


def test_login_demo_hint_is_whole_even_after_a_message(qtbot, demo_db_path):
    from kinerja_desktop.ui.app import DEMO_HINT
    from kinerja_desktop.ui.startup.login import LoginDialog

    db = open_database(demo_db_path)
    dialog = LoginDialog(db, load_plan(db), username="perencana", demo_hint=DEMO_HINT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    def hint_is_whole():
        hint = dialog.hint
        needed = hint.heightForWidth(hint.width()) if hint.hasHeightForWidth() else hint.sizeHint().height()
        return hint.height() >= needed and hint.geometry().bottom() < dialog.buttons.geometry().top()

    assert hint_is_whole()
    dialog.try_login()   # no password: a message appears above the hint
    qtbot.wait(50)
    assert dialog.message.isVisible()
    assert hint_is_whole()
    assert DEMO_HINT.splitlines()[-1] == "tamu / tamu123 (peninjau)"   # one user a line
    db.close()


FILE_DIALOG_ENGLISH = {"Look in", "File name", "Files of type", "Open", "Save", "Cancel", "Back", "Forward",
                       "Parent Directory", "Create New Folder", "List View", "Detail View", "Name", "Size",
                       "Type", "Date Modified", "Show", "Delete", "Rename", "New Folder", "Show hidden files"}


@pytest.mark.parametrize("accept", ["open", "save"])
def test_the_file_dialog_is_qts_own_and_all_indonesian(qtbot, tmp_path, accept):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QFileDialog, QLabel, QTreeView

    from kinerja_desktop.ui.app import ensure_app
    from kinerja_desktop.ui.i18n import install_translators, remove_translators

    app = ensure_app()
    assert app.testAttribute(Qt.AA_DontUseNativeDialogs)   # the static getOpenFileName … use it too
    (tmp_path / "paket.xlsx").write_bytes(b"x" * 2048)
    install_translators(app, "id")
    try:
        dialog = QFileDialog(None, "Impor paket", str(tmp_path), "Excel (*.xlsx)")
        qtbot.addWidget(dialog)
        if accept == "save":
            dialog.setAcceptMode(QFileDialog.AcceptSave)
        dialog.setViewMode(QFileDialog.Detail)
        dialog.show()
        qtbot.waitExposed(dialog)
        texts = [w.text() for w in dialog.findChildren(QLabel)]
        texts += [t for b in dialog.findChildren(QAbstractButton) for t in (b.text(), b.toolTip())]
        texts += [a.text() for a in dialog.findChildren(QAction)]
        texts += [c.itemText(i) for c in dialog.findChildren(QComboBox) for i in range(c.count())]
        texts += [str(v.model().headerData(c, Qt.Horizontal)) for v in dialog.findChildren(QTreeView)
                  for c in range(v.model().columnCount())]
        shown = {t.replace("&", "").rstrip(":").strip() for t in texts if t}
        assert not shown & FILE_DIALOG_ENGLISH, shown & FILE_DIALOG_ENGLISH
        assert {"Nama berkas", "Batal", "Nama", "Diubah"} <= shown
        assert ("Simpan" if accept == "save" else "Buka") in shown
        assert QApplication.translate("QFileDialog", "%1 already exists.\nDo you want to replace it?") \
            == "%1 sudah ada.\nGanti berkas itu?"
    finally:
        remove_translators(app)


def test_completeness_keeps_opd_names_whole_and_says_cells_are_per_quarter(qtbot, demo_window):
    demo_window.show_page("completeness")
    host = demo_window.page("completeness")
    qtbot.waitUntil(lambda: getattr(host, "page", None) is not None or hasattr(host, "table"), timeout=20000)
    page = getattr(host, "page", host)
    qtbot.waitUntil(lambda: page.proxy.rowCount() > 0, timeout=20000)   # loaded in a worker; slow under load
    qtbot.wait(200)
    assert demo_window.width() <= LAPTOP[0] and demo_window.minimumSizeHint().width() <= LAPTOP[0]
    table = page.table
    width = table.columnWidth(1) - 12
    long_names = [r for r in range(page.proxy.rowCount())
                  if table.fontMetrics().horizontalAdvance(page.proxy.index(r, 1).data()) > width]
    assert long_names, "the demo has OPD names longer than the column at 1366 px"
    qtbot.waitUntil(lambda: all(table.rowHeight(r) > 40 for r in long_names), timeout=10000)   # a second line, not "…"
    assert table.rowHeight(page.proxy.rowCount() - 1) in (30, 44)
    assert "bukan kumulatif" in page.hint.text()


def test_import_preview_headers_and_codes_are_not_clipped(qtbot, db, tmp_path):
    from kinerja_desktop.services.packages import preview_import
    from kinerja_desktop.ui.exchange.import_dialog import ImportDialog
    from tests.fixtures import PLANNER
    from tests.package_tools import fill, issue

    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H7": 80})
    dialog = ImportDialog(AppContext(db, load_plan(db), PLANNER, 2026, 3), preview_import(db, filled))
    qtbot.addWidget(dialog)
    dialog.show()
    header = dialog.table.horizontalHeader()
    for column in range(dialog.model.columnCount()):
        assert dialog.table.columnWidth(column) >= header.sectionSizeFromContents(column).width(), column
    metrics = dialog.table.fontMetrics()
    longest = max(metrics.horizontalAdvance(dialog.model.index(r, 1).data()) for r in range(dialog.model.rowCount()))
    assert dialog.table.columnWidth(1) >= longest


ENGLISH_WORDS = {"None", "Name", "Size", "Type", "Loading", "Search", "Cancel", "Save", "Open", "Rating", "Unit",
                 "Indicator", "Quarter", "Achievement", "Realisation", "Code", "Definition", "Polarity", "Kind",
                 "Year", "Value", "Note", "Period", "Expand", "Collapse", "Clear", "filters", "Show", "hide"}


def _shown_texts(widget) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLabel

    texts = [w.text() for w in widget.findChildren(QLabel) if w.isVisible()]
    texts += [t for b in widget.findChildren(QAbstractButton) if b.isVisible() for t in (b.text(), b.toolTip())]
    texts += [c.itemText(i) for c in widget.findChildren(QComboBox) if c.isVisible() for i in range(c.count())]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        texts += [str(model.headerData(c, Qt.Horizontal)) for c in range(model.columnCount())]
        texts += [str(model.index(r, c).data()) for r in range(min(30, model.rowCount()))
                  for c in range(model.columnCount()) if model.index(r, c).data() is not None]
    return texts


def test_no_python_value_or_english_word_on_the_main_pages(qtbot, demo_window, operator_window):
    import re

    for window, keys in ((demo_window, ("tree", "dashboard", "completeness")), (operator_window, ("entry",))):
        for key in keys:
            window.show_page(key)
            page = window.page(key)
            if hasattr(page, "prepare_screenshot"):
                page.prepare_screenshot()
            qtbot.wait(200)
            words = {w for text in _shown_texts(page) for w in re.findall(r"[A-Za-z]+", text)}
            assert not words & ENGLISH_WORDS, (key, words & ENGLISH_WORDS)


def test_tree_tooltips_give_the_whole_unit_and_code(demo_window):
    page = demo_window.page("tree")
    goal = page.proxy.index(0, 0)
    indicator = page.proxy.index(0, 0, goal)
    row = page.model.row_of(page.proxy.mapToSource(indicator))
    assert indicator.siblingAtColumn(td.COL_UNIT).data(Qt.ToolTipRole) == row.result.indicator.unit
    assert indicator.data(Qt.ToolTipRole) == f"{row.code} · {row.name}"
