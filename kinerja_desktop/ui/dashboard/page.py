"""The monitoring dashboard (page key 'dashboard'): headline figures for the chosen year and
quarter, the live charts, and the indicators whose year is at risk with the reason.

The figures come from one LiveSource per context (created on first show, then kept current by
`data_changed` / `period_changed`); nothing here computes an achievement.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QHeaderView, QLabel, QScrollArea,
                               QStackedWidget, QTableView, QVBoxLayout, QWidget)

from kinerja_desktop.domain.entities import QUARTER_LABELS
from kinerja_desktop.ui.i18n import domain_text
from kinerja_desktop.ui.dashboard.budget_chart import BudgetChart
from kinerja_desktop.ui.shared.completeness_chart import CompletenessChart
from kinerja_desktop.ui.dashboard.distribution_chart import DistributionChart
from kinerja_desktop.ui.dashboard.live import LiveSource
from kinerja_desktop.ui.dashboard.opd_achievement_chart import OpdAchievementChart
from kinerja_desktop.ui.dashboard.trend_chart import TrendChart
from kinerja_desktop.ui.dashboard.headline import HeadlineBar
from kinerja_desktop.ui.dashboard.risk_model import RiskModel
from kinerja_desktop.ui.shared.empty_state import EmptyState

PAGE_KEY = "dashboard"
WIDE_LAYOUT_PX = 1500   # page width from which the charts stand in three columns


class RiskPanel(QFrame):
    """The at-risk list with its empty state."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.heading = QLabel(self.tr("Indikator berisiko tidak mencapai target"))
        self.heading.setObjectName("sectionTitle")
        self.model = RiskModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # Fixed widths: resizing to contents would measure thousands of rows on every save.
        for col, width in enumerate((250, 90, 80, 160)):
            header.setSectionResizeMode(col, QHeaderView.Interactive)
            header.resizeSection(col, width)
        header.setSectionResizeMode(4, QHeaderView.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setTextElideMode(Qt.ElideRight)
        self.empty = EmptyState("mdi6.check-decagram")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)

    def show_figures(self, figures) -> None:
        self.model.set_figures(figures)
        period = f"{domain_text(QUARTER_LABELS[figures.quarter])} {figures.year}"
        if not figures.complete:   # first figures: the projections follow (issue 14)
            self.heading.setText(self.tr("Indikator berisiko tidak mencapai target") + " (…)")
            self.empty.set_message(self.tr("Menghitung proyeksi…"), self.tr("Capaian sudah tampil; daftar risiko menyusul."))
            self.stack.setCurrentWidget(self.empty)
            return
        self.heading.setText(self.tr("Indikator berisiko tidak mencapai target") + f" ({len(figures.at_risk)})")
        if figures.at_risk:
            self.stack.setCurrentWidget(self.table)
        elif not figures.headline.reported:
            self.empty.set_message(self.tr("Belum ada realisasi untuk {0}").format(period),
                                   self.tr("Proyeksi dibuat dari triwulan yang sudah dilaporkan. "
                                           "Isi realisasi di halaman Entri atau impor paket OPD."))
            self.stack.setCurrentWidget(self.empty)
        else:
            self.empty.set_message(self.tr("Tidak ada indikator berisiko"),
                                   self.tr("Semua indikator yang sudah dilaporkan diproyeksikan mencapai "
                                           "predikat Tinggi atau lebih pada akhir tahun."))
            self.stack.setCurrentWidget(self.empty)


class DashboardPage(QWidget):
    def __init__(self, context, parent=None, load: bool = True):
        """With load=False (the main window) the figures are computed when the page is first shown."""
        super().__init__(parent)
        self.context = context
        self.source: LiveSource | None = None
        self.title = QLabel(self.tr("Dasbor pemantauan"))
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.body = QWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(self.body)
        outer.addWidget(scroll)
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(14, 10, 14, 14)
        self.layout_.setSpacing(8)
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        self.layout_.addLayout(heading)
        self.charts: list = []
        if load and context is not None and context.db is not None:
            self.page_shown()

    def page_shown(self) -> None:
        """Build the figures and charts the first time the page is shown (start-up stays fast)."""
        if self.source is not None:
            return
        self.source = LiveSource.for_context(self.context)
        self.headline = HeadlineBar()
        self.layout_.addWidget(self.headline)
        self.grid = QGridLayout()
        self.grid.setSpacing(8)
        self.opd_chart = OpdAchievementChart(self.source)
        self.distribution_chart = DistributionChart(self.source)
        self.completeness_chart = CompletenessChart(self.source)
        self.risks = RiskPanel()
        self.budget_chart = BudgetChart(self.source)
        self.trend_chart = TrendChart(self.source)
        self._wide: bool | None = None
        self._arrange()
        self.layout_.addLayout(self.grid, 1)
        self.charts = [self.opd_chart, self.distribution_chart, self.completeness_chart, self.budget_chart, self.trend_chart]
        self.risks.table.selectionModel().currentRowChanged.connect(self._risk_chosen)
        self.source.changed.connect(lambda figures, _: self.show_figures(figures))
        self.source.loading.connect(self._loading)
        self.source.failed.connect(lambda message: self.subtitle.setText(
            self.tr("Angka dasbor tidak dapat dihitung: {0}").format(message)))
        if self.source.figures is not None:
            self.show_figures(self.source.figures)
        else:
            self._loading(True)

    def _arrange(self) -> None:
        """Three columns on a wide screen; two on a 1366-pixel laptop, where three would clip
        the labels of the OPD chart, the heat map's figures and the risk table's columns."""
        wide = self.width() >= WIDE_LAYOUT_PX
        if wide == self._wide:
            return
        self._wide = wide
        self.headline.set_compact(not wide)
        grid = self.grid
        for widget in (self.opd_chart, self.distribution_chart, self.risks, self.completeness_chart,
                       self.trend_chart, self.budget_chart):
            grid.removeWidget(widget)
        for row in range(4):
            grid.setRowMinimumHeight(row, 0)
        for col in range(3):
            grid.setColumnStretch(col, 0)
        if wide:
            places = ((self.opd_chart, 0, 0, 2, 1), (self.distribution_chart, 0, 1, 1, 1), (self.risks, 1, 1, 1, 1),
                      (self.completeness_chart, 0, 2, 2, 1), (self.trend_chart, 2, 0, 1, 2), (self.budget_chart, 2, 2, 1, 1))
            stretches, heights = (3, 5, 3), (370, 370, 600)
        else:
            places = ((self.distribution_chart, 0, 0, 1, 1), (self.opd_chart, 0, 1, 1, 1), (self.risks, 1, 0, 1, 2),
                      (self.completeness_chart, 2, 0, 1, 1), (self.budget_chart, 2, 1, 1, 1), (self.trend_chart, 3, 0, 1, 2))
            stretches, heights = (1, 1), (560, 380, 560, 600)
        for widget, row, col, rows, cols in places:
            grid.addWidget(widget, row, col, rows, cols)
        for col, stretch in enumerate(stretches):
            grid.setColumnStretch(col, stretch)
        for row, height in enumerate(heights):
            grid.setRowMinimumHeight(row, height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.source is not None:
            self._arrange()

    def prepare_screenshot(self, timeout_s: float = 60) -> None:
        """For docs/screenshots*.py: wait until the figures are computed."""
        import time

        from PySide6.QtCore import QCoreApplication, QEventLoop

        self.page_shown()
        started = time.perf_counter()
        while self.source.is_loading and time.perf_counter() - started < timeout_s:
            QCoreApplication.processEvents(QEventLoop.AllEvents, 50)
            time.sleep(0.02)
        QCoreApplication.processEvents()

    def _loading(self, busy: bool) -> None:
        if busy:
            self.subtitle.setText(self.tr("Menghitung capaian seluruh indikator…"))

    def _risk_chosen(self, current, _previous) -> None:
        chosen = self.risks.model.indicator_id(current.row())
        if chosen is not None and chosen != self.trend_chart.indicator_id:
            self.trend_chart.set_indicator(chosen)

    def show_figures(self, figures) -> None:
        plan = figures.plan
        self.subtitle.setText(f"{plan.region_name} · {plan.name} · {domain_text(QUARTER_LABELS[figures.quarter])} {figures.year}")
        self.headline.show_figures(figures)
        selected = self.trend_chart.indicator_id
        self.risks.show_figures(figures)
        model = self.risks.model
        row = model.row_of(selected)
        if row is None and model.rowCount():
            row = 0
        if row is not None:
            self.risks.table.selectRow(row)
        elif selected is None and figures.results:
            self.trend_chart.set_indicator(figures.results[0].indicator.id)
