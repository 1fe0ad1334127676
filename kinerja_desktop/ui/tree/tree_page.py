"""The indicator tree page: filters (text, OPD, rating), the tree, a band summary and the detail
panel. Registered as page 'tree' by `install(window)` (the first entry of ui.features.FEATURES).

Loading runs the one query pass (tree_data.load_tree) in a worker thread on its own read-only
connection when the database is a file, so the window never freezes on a large plan; an
in-memory database (tests) is read on the GUI thread. A refresh keeps expansion and selection.

Opening a large plan takes about a second for the whole evaluation, so a planner's first view is
a skeleton (goals, objectives and their indicators evaluated, programs pending; a few tens of
milliseconds); a program's branch is read when the person opens it, and the whole tree replaces
the skeleton when the worker is done. Filters, "expand all" and the band summary need every
indicator: asked for meanwhile, they are applied when the whole tree arrives. A later reload
(period, data) greys the figures shown until the new ones replace them.
"""
from __future__ import annotations

import logging
import time
from decimal import Decimal

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QSplitter, QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from kinerja_desktop.domain.entities import QUARTER_LABELS
from kinerja_desktop.services.reads import load_agencies
from kinerja_desktop.ui.tasks import read_task
from kinerja_desktop.ui import i18n, theme
from kinerja_desktop.ui.tree import tree_data as td
from kinerja_desktop.ui.tree.tree_model import IndicatorTreeModel, TreeFilterProxy
from kinerja_desktop.ui.tree.band_delegate import BandChipDelegate, MiddleElideDelegate
from kinerja_desktop.ui.tree.detail_panel import DetailPanel
from kinerja_desktop.ui.shared.empty_state import EmptyState
from kinerja_desktop.ui.tree.tree_filtering import TreeFiltering
from kinerja_desktop.ui.tree.tree_view import IndicatorTreeView

log = logging.getLogger(__name__)
PAGE_KEY = "tree"
SMALL_TREE_ROWS = 400      # a tree this small (an OPD's own) opens fully expanded
COLUMN_WIDTHS = {td.COL_CODE: 172, td.COL_UNIT: 72, td.COL_RATING: 124}
NUMBER_WIDTH = 60


def _evaluations(context):
    return getattr(context, "evaluations", None)   # the evaluation shared with the dashboard (issue 14)


def operator_agency(context) -> int | None:
    user = context.user
    return user.agency_id if user is not None and user.role == "operator" else None


class TreePage(TreeFiltering, QWidget):
    loaded = Signal()          # a whole tree (first or refresh) has been shown
    skeleton_shown = Signal()  # the first view of a large plan is on screen (whole tree still loading)
    message = Signal(str)      # a passing remark for the status bar

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.model = IndicatorTreeModel(self)
        self.proxy = TreeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._generation = 0
        self._shown_once = False
        self._dirty = False
        self._loading = False
        self.last_load_ms = 0.0
        self.last_show_ms = 0.0
        self.last_skeleton_ms = 0.0
        self._waiting_filter = False     # a filter asked for while only the skeleton was shown
        self._waiting_expand = False
        self._whole_shown = False
        self._filter_timer = QTimer(self, singleShot=True, interval=200, timeout=self.apply_filter)
        self._build()
        context.period_changed.connect(lambda *_: self.reload())
        context.data_changed.connect(lambda *_: self.reload())
        context.user_changed.connect(lambda *_: self._user_changed())
        self._fill_agencies()
        if self.context.db_path is not None:
            self.stack.setCurrentWidget(self.loading)
        self.reload()

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(self.tr("Performance tree"), objectName="pageTitle")
        self.subtitle = QLabel(objectName="pageSubtitle")
        self.search = QLineEdit(placeholderText=self.tr("Search code or indicator name…"), clearButtonEnabled=True)
        self.search.addAction(theme.icon("mdi6.magnify"), QLineEdit.LeadingPosition)
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(lambda _: self._filter_timer.start())
        self.agency_combo = QComboBox(minimumContentsLength=18)
        self.agency_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.agency_combo.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.rating_combo = QComboBox()
        self.rating_combo.addItem(self.tr("All ratings"), None)
        for band in self.context.plan.bands:
            self.rating_combo.addItem(i18n.domain_text(band.label), band.label)
        self.rating_combo.addItem(i18n.domain_text(td.UNREPORTED), td.UNREPORTED)
        self.rating_combo.addItem(i18n.domain_text(td.NOT_COMPUTABLE), td.NOT_COMPUTABLE)
        self.rating_combo.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.expand_button = self._tool_button("mdi6.arrow-expand-vertical", self.tr("Expand all"), self.expand_all)
        self.collapse_button = self._tool_button("mdi6.arrow-collapse-vertical", self.tr("Collapse all"),
                                                 self.collapse_all)
        self.clear_button = self._tool_button("mdi6.filter-remove-outline", self.tr("Clear filters"), self.clear_filters)
        self.detail_button = self._tool_button("mdi6.dock-right", self.tr("Show or hide the detail panel"),
                                               self.toggle_detail)
        self.detail_button.setCheckable(True)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for label, combo, stretch in ((self.tr("OPD"), self.agency_combo, 2), (self.tr("Rating"), self.rating_combo, 1)):
            bar.addWidget(QLabel(label)), bar.addWidget(combo, stretch)
        for button in (self.clear_button, self.expand_button, self.collapse_button, self.detail_button):
            bar.addWidget(button)

        self.view = IndicatorTreeView()
        self.model.branch_loader = self._read_branch
        self.view.setModel(self.proxy)
        self.view.setUniformRowHeights(True)
        self.view.setIndentation(14)
        self.view.activated.connect(lambda _: self.set_detail_visible(True))
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setItemDelegateForColumn(td.COL_RATING, BandChipDelegate(self.view))
        self.view.setItemDelegateForColumn(td.COL_CODE, MiddleElideDelegate(self.view))
        self.view.header().setSortIndicator(-1, Qt.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.header().setSortIndicatorShown(True)
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(td.COL_NAME, QHeaderView.Stretch)
        bold = self.view.header().font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for column in range(td.COLUMN_COUNT):
            if column != td.COL_NAME:
                header = str(self.model.headerData(column, Qt.Horizontal))
                self.view.setColumnWidth(column, max(COLUMN_WIDTHS.get(column, NUMBER_WIDTH),
                                                     metrics.horizontalAdvance(header) + 18))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.empty = EmptyState("mdi6.magnify-close", "", "", self.tr("Clear filters"), self.clear_filters)
        self.loading = EmptyState("mdi6.timer-sand", self.tr("Loading the indicator tree…"),
                                  self.tr("Calculating the achievements of the quarter."))
        self.stack = QStackedWidget()
        for widget in (self.view, self.empty, self.loading):
            self.stack.addWidget(widget)
        self.summary = QLabel(objectName="pageSubtitle", textFormat=Qt.RichText, wordWrap=True)
        self.summary.setMinimumWidth(1)   # its one long line must not set the tree's minimum width

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.stack, 1)
        left_layout.addWidget(self.summary)
        self.detail = DetailPanel(self.context)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addSpacing(10)
        heading.addWidget(self.subtitle, 1, Qt.AlignBottom)
        layout.addLayout(heading)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._shown_once:  # the detail panel fits beside the tree from ~1600 px windows on
            self._shown_once = True
            self.set_detail_visible(self.window().width() >= 1600)
        if self._dirty:  # after the window has painted, not before
            self._dirty = False
            QTimer.singleShot(0, self.reload)

    def set_detail_visible(self, visible: bool) -> None:
        self.detail.setVisible(visible)
        self.detail_button.setChecked(visible)
        if visible:
            width = max(self.splitter.width(), 800)
            panel = min(480, max(440, width // 3))   # room for the years table with its ratings
            self.splitter.setSizes([width - panel, panel])

    def toggle_detail(self) -> None:
        self.set_detail_visible(not self.detail.isVisible())

    def _tool_button(self, icon_name: str, text: str, slot) -> QToolButton:
        button = QToolButton(toolTip=text, autoRaise=True)
        button.setIcon(theme.icon(icon_name))
        button.clicked.connect(slot)
        return button

    def _fill_agencies(self) -> None:
        self.agency_combo.blockSignals(True)
        self.agency_combo.clear()
        only = operator_agency(self.context)
        agencies = load_agencies(self.context.db)
        self.agency_names = {a.id: a.name for a in agencies}
        if only is None:
            self.agency_combo.addItem(self.tr("All OPD"), None)
        for agency in agencies:
            if only is None or agency.id == only:
                self.agency_combo.addItem(f"{agency.code} — {agency.name}", agency.id)
        self.agency_combo.setEnabled(only is None)
        self.agency_combo.blockSignals(False)

    def _user_changed(self) -> None:
        self._fill_agencies()
        self.reload()

    # --- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the tree again (a file database in a worker, only while shown: start stays quick)."""
        ctx = self.context
        if ctx.db_path is not None and not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        year, quarter, only, plan = ctx.year, ctx.quarter, operator_agency(ctx), ctx.plan
        self._generation += 1
        generation = self._generation
        started = time.perf_counter()
        self._loading = True
        if ctx.db_path is None:
            self._loaded(generation, started, td.load_tree(ctx.db, year, quarter, only, plan, _evaluations(ctx)))
            return
        if self.model.tree is None:
            self.stack.setCurrentWidget(self.loading)
        else:   # the old figures stay readable, greyed, with a word why
            self.model.set_stale(True)
            self.summary.setText(self.tr("Calculating the achievements of %1…").replace(
                "%1", f"{year} {i18n.domain_text(QUARTER_LABELS[quarter])}"))
        # The first view of a planner's tree is a skeleton; the same worker goes on with the whole
        # tree. A reload (period, data) keeps what is shown until the new whole tree replaces it,
        # so opened branches and the selection are never lost to a second skeleton.
        skeleton_first = only is None and self.model.tree is None

        def read(db, progress):
            if skeleton_first:
                progress.deliver(td.load_skeleton(db, year, quarter, plan))
            return td.load_tree(db, year, quarter, only, plan, _evaluations(ctx))

        read_task(self, ctx, self.tr("Loading the indicator tree…"), read,
                 lambda tree: self._loaded(generation, started, tree), self._failed, show_dialog=False,
                 on_part=lambda skeleton: self._skeleton_loaded(generation, started, skeleton))

    def _skeleton_loaded(self, generation: int, started: float, tree: td.TreeData) -> None:
        """The first view (only ever shown in place of nothing): down to the objectives."""
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.model.set_tree(tree)
        self.proxy.set_visible(None)
        self.stack.setCurrentWidget(self.view)
        self.view.expandToDepth(0)
        self._update_summary(tree, None)
        self._update_subtitle()
        self.last_skeleton_ms = (time.perf_counter() - started) * 1000
        log.info("tree skeleton shown in %.0f ms (%d rows)", self.last_skeleton_ms, len(tree.rows))
        self.skeleton_shown.emit()

    def _read_branch(self, tree: td.TreeData, row: td.TreeRow) -> list[td.TreeRow] | None:
        """A program opened before the whole tree is in: its branch read here, on the GUI
        thread's connection (one program: a few hundred rows, a few milliseconds)."""
        try:
            return td.load_branch(self.context.db, tree, row, self.context.plan)
        except Exception as exc:  # noqa: BLE001 - a read failure must not take the window down
            log.error("branch of program %s could not be read: %s", row.code, exc)
            self.message.emit(self.tr("The program's indicators could not be read: %1").replace("%1", str(exc)))
            return None

    def _loaded(self, generation: int, started: float, tree: td.TreeData) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:  # closed, or a newer load is coming
            return
        shown_at = time.perf_counter()
        waiting_filter, waiting_expand = self._waiting_filter, self._waiting_expand
        self._waiting_filter = self._waiting_expand = False
        if self.model.same_shape(tree):  # new figures in the same rows: the view stays as it is
            self.model.set_tree(tree)
            column, order = self.model.sort_order
            if column in td.NUMERIC_COLUMNS or column == td.COL_RATING:  # the order follows the figures
                self.model.sort(column, order)
            self._loading = False
            self.apply_filter(auto_expand=False)
        else:
            first, after_skeleton = not self._whole_shown, self.model.tree is not None and self.model.tree.partial
            expanded, current = self._remember_view()
            scroll = self.view.verticalScrollBar().value()
            self.model.set_tree(tree)
            self._loading = False
            self.apply_filter(auto_expand=waiting_filter)
            self._restore_view(expanded, current)
            if first and len(tree.rows) <= SMALL_TREE_ROWS:  # a small tree (an OPD's own) is read whole
                self.view.expandAll()
            elif first and not after_skeleton:    # a large one down to its objectives
                self.view.expandToDepth(0)
            elif not waiting_filter:
                self.view.verticalScrollBar().setValue(scroll)
        self._whole_shown = True
        if waiting_expand:
            self.expand_all()
        if self.detail.indicator_id is not None:
            self.detail.show_indicator(self.detail.indicator_id)
        elif self.view.currentIndex().isValid():   # a node: its count of indicators below is known now
            self._current_changed(self.view.currentIndex(), QModelIndex())
        self._update_subtitle()
        self.last_show_ms = (time.perf_counter() - shown_at) * 1000     # the GUI thread's share
        self.last_load_ms = (time.perf_counter() - started) * 1000
        log.info("tree loaded in %.0f ms (%d rows)", self.last_load_ms, len(tree.rows))
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._loading = False
        log.error("tree load failed: %s", getattr(exc, "traceback_text", exc))
        self.empty.set_icon("mdi6.alert-circle-outline")
        self.empty.set_message(self.tr("The indicator tree could not be loaded."), str(exc),
                               self.tr("Try again"), self.reload)
        self.stack.setCurrentWidget(self.empty)

    def _update_subtitle(self) -> None:
        tree = self.model.tree
        ctx = self.context
        count = tree.indicator_count if tree else 0
        self.subtitle.setText(f"{ctx.plan.name} · {ctx.year} {i18n.domain_text(QUARTER_LABELS[ctx.quarter])} · "
                              + self.tr("%1 indicators").replace("%1", td.format_id(Decimal(count), 0)))

    # --- filtering -----------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        tree = self.model.tree
        self.detail.show_row(self.model.row_of(self.proxy.mapToSource(current)) if current.isValid() else None,
                             partial=tree is not None and tree.partial)


def install(window) -> None:
    page = TreePage(window.context)
    window.add_page(PAGE_KEY, QCoreApplication.translate("TreePage", "Performance tree"), "mdi6.file-tree", page)
    page.message.connect(window.status)
    view_menu = window.menu("view")
    view_menu.addAction(theme.icon("mdi6.arrow-expand-vertical"), QCoreApplication.translate("TreePage", "Expand tree"), page.expand_all)
    view_menu.addAction(theme.icon("mdi6.arrow-collapse-vertical"), QCoreApplication.translate("TreePage", "Collapse tree"), page.collapse_all)
