"""The page "IKU sepanjang periode" (page key 'iku'): the goal and objective indicators of the
period, a column per year, the end target, the realisation to date and the projection to the
period's end, and the chart of the chosen indicator. The figures are computed by
services.iku_period in a worker thread (ui/tasks.py read_task); nothing here computes."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QSplitter,
                               QStackedWidget, QTableView, QVBoxLayout, QWidget)

from kinerja_desktop.services.iku_period import AT_RISK, NOT_PROJECTED, ON_TRACK, IkuPeriod, iku_period
from kinerja_desktop.ui.iku.chart import IkuChart
from kinerja_desktop.ui.iku.table_model import IkuTableModel
from kinerja_desktop.ui.tasks import read_task
from kinerja_desktop.ui.shared.empty_state import EmptyState

PAGE_KEY = "iku"
WIDE_PX = 1500            # from this page width the year columns also show the year's target
NAME_MIN_PX = 230


class IkuPage(QWidget):
    def __init__(self, context, parent=None, load: bool = True):
        super().__init__(parent)
        self.context = context
        self.figures: IkuPeriod | None = None
        self._task = None
        self._stale = True
        self.title = QLabel(self.tr("IKU sepanjang periode"))
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.only_at_risk = QCheckBox(self.tr("Hanya yang berisiko"))
        self.only_at_risk.toggled.connect(self._filter)
        self.model = IkuTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.empty = EmptyState("mdi6.bullseye-arrow")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.chart = IkuChart()
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setObjectName("pageSubtitle")
        lower = QFrame()
        lower.setMinimumHeight(260)   # the chart keeps room on a 768-pixel screen
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(self.tr("* sebagian tahun (s.d. triwulan terakhir yang dilaporkan). Arahkan penunjuk ke "
                                   "sel untuk target dan predikatnya; pilih baris untuk grafiknya."))
        self.hint.setObjectName("pageSubtitle")
        self.hint.setWordWrap(True)
        upper = QFrame()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.stack, 1)
        upper_layout.addWidget(self.hint)
        lower_layout.addWidget(self.chart, 1)
        lower_layout.addWidget(self.reason)
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([500, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 14)
        layout.setSpacing(6)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        top.addLayout(heading, 1)
        top.addWidget(self.only_at_risk, 0, Qt.AlignBottom)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        if context is not None:
            context.data_changed.connect(self._changed)
            context.period_changed.connect(lambda *_: self._changed())
            plan_changed = getattr(context, "plan_changed", None)   # the period selector of schema 5, if any
            if plan_changed is not None:
                plan_changed.connect(lambda *_: self._changed())
        if load and context is not None and context.db is not None:
            self.reload()

    # -- loading -------------------------------------------------------------------------------
    def page_shown(self) -> None:
        if self._stale:
            self.reload()

    def _changed(self, *_) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Compute the figures again, in a worker thread when the database is a file."""
        if self.context is None or self.context.db is None or self._task is not None:
            return
        self._stale = False
        plan_id = getattr(self.context, "plan_id", None)
        self.subtitle.setText(self.tr("Menghitung IKU seluruh tahun periode…"))
        if self.context.db_path is None:   # an in-memory database (tests): on the spot
            self._show(iku_period(self.context.db, plan_id))
            return
        self._task = read_task(self, self.context, self.tr("Menghitung IKU sepanjang periode…"),
                               lambda db, _progress: iku_period(db, plan_id), self._done, self._failed,
                               show_dialog=False)

    def _done(self, figures: IkuPeriod) -> None:
        self._task = None
        self._show(figures)
        if self._stale and self.isVisible():
            self.reload()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.subtitle.setText(self.tr("IKU tidak dapat dihitung: {0}").format(exc))

    def wait_loaded(self, timeout_s: float = 60) -> None:
        """For the screenshot scripts and tests: until the figures are shown."""
        import time

        from PySide6.QtCore import QCoreApplication, QEventLoop

        started = time.perf_counter()
        while self._task is not None and time.perf_counter() - started < timeout_s:
            QCoreApplication.processEvents(QEventLoop.AllEvents, 50)
            time.sleep(0.02)
        QCoreApplication.processEvents()

    def prepare_screenshot(self) -> None:
        self.page_shown()
        self.wait_loaded()

    # -- showing -------------------------------------------------------------------------------
    def _show(self, figures: IkuPeriod) -> None:
        chosen = self.chart.row.indicator.id if self.chart.row is not None else None
        self.figures = figures
        plan = figures.plan
        counts = figures.counts()
        self.subtitle.setText(self.tr("{0} · {1} · {2} IKU: {3} sesuai jalur, {4} berisiko, "
                                      "{5} belum dapat diproyeksikan").format(
            plan.region_name, plan.label, len(figures.rows), counts[ON_TRACK], counts[AT_RISK], counts[NOT_PROJECTED]))
        self.model.set_figures(figures)
        self.model.set_compact(self.width() < WIDE_PX)
        self._fit_columns()
        self._select(chosen)

    def _filter(self, only: bool) -> None:
        chosen = self.chart.row.indicator.id if self.chart.row is not None else None
        self.model.set_only_at_risk(only)
        self._select(chosen)

    def _select(self, indicator_id) -> None:
        if not self.model.rowCount():
            if self.figures is not None and not self.figures.rows:
                self.empty.set_message(self.tr("Periode ini belum punya indikator tujuan atau sasaran"),
                                       self.tr("Tambahkan IKU pada tujuan dan sasaran di halaman Pohon kinerja."))
            else:
                self.empty.set_message(self.tr("Tidak ada IKU yang berisiko"),
                                       self.tr("Semua IKU yang sudah dilaporkan diproyeksikan mencapai predikat "
                                               "Tinggi atau lebih pada akhir periode."))
            self.stack.setCurrentWidget(self.empty)
            self.chart.show_row(None, ())
            self.reason.setText("")
            return
        self.stack.setCurrentWidget(self.table)
        row = self.model.row_of(indicator_id)
        self.table.selectRow(0 if row is None else row)
        self._chosen(self.table.currentIndex(), None)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.figures is not None:
            compact = self.width() < WIDE_PX
            if compact != self.model.compact:
                self.model.set_compact(compact)
                self._select(self.chart.row.indicator.id if self.chart.row is not None else None)
            self._fit_columns()

    def _fit_columns(self) -> None:
        """The figures at their width; the indicator names take what is left (two lines)."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        for col in range(1, self.model.columnCount()):
            self.table.resizeColumnToContents(col)
        others = sum(header.sectionSize(c) for c in range(1, self.model.columnCount()))
        # The vertical scroll bar counted whether or not it shows yet (the rows arrive first).
        room = self.table.width() - 2 * self.table.frameWidth() - self.table.verticalScrollBar().sizeHint().width()
        header.resizeSection(0, max(NAME_MIN_PX, room - others - 2))

    def _chosen(self, current, _previous) -> None:
        row = self.model.row_at(current.row()) if current is not None and current.isValid() else None
        if row is None or self.figures is None:
            return
        if self.chart.row is not row:
            self.chart.show_row(row, self.figures.years)
        p = row.projection
        if p is None:
            self.reason.setText(self.tr("Belum dapat diproyeksikan: belum ada realisasi atau target akhir."))
        else:
            word = self.tr("Berisiko") if row.at_risk else self.tr("Sesuai jalur")
            colour = "#D64541" if row.at_risk else "#1B7F3B"
            self.reason.setText(f"<b style='color:{colour}'>{word}</b> — {p.reason}")
