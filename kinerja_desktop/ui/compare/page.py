"""The page "Perbandingan antar tahun" (key 'compare'): one quarter of two years of the period,
per indicator or rolled up per OPD, sasaran or tujuan, with the direction as a chip (colour and
label). The comparison is computed off the GUI thread (ui.tasks.read_task); changing the level
or the OPD filter only re-reads the result already there."""
from __future__ import annotations

from pathlib import Path

import shiboken6

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
    QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from kinerja_desktop.domain.entities import QUARTER_LABELS
from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.services import year_compare as svc
from kinerja_desktop.services.year_compare_report import signed
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.i18n import domain_text
from kinerja_desktop.ui.compare.model import NAME_COLUMN, OPD_COLUMN, SORT_ROLE, ChipDelegate, CompareModel, CodeNameDelegate
from kinerja_desktop.ui.tasks import read_task


class ComparePage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.comparison: svc.YearComparison | None = None
        self.task = None
        self._stale = True
        plan = context.plan
        self.quarter_box = QComboBox()
        for q, label in QUARTER_LABELS.items():
            self.quarter_box.addItem(domain_text(label), q)
        self.year_a_box, self.year_b_box = QComboBox(), QComboBox()
        self._plan_id = plan.id
        self._fill_years(plan)
        self.level_box = QComboBox()
        for key, label in svc.LEVELS.items():
            self.level_box.addItem(domain_text(label), key)
        self.agency_box = QComboBox()
        self.agency_box.addItem(self.tr("Semua OPD"), None)
        self.agency_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.export_button = QPushButton(theme.icon("mdi6.file-export-outline"), self.tr("Ekspor…"))
        self.export_button.setToolTip(self.tr("Simpan perbandingan sebagai .xlsx atau PDF"))
        self.export_button.clicked.connect(lambda: self.export())
        self.set_defaults(context.year, context.quarter)

        bar = QHBoxLayout()
        for label, widget in ((self.tr("Triwulan"), self.quarter_box), (self.tr("Tahun"), self.year_a_box),
                              (self.tr("dibandingkan dengan"), self.year_b_box), (self.tr("Tingkat"), self.level_box),
                              (self.tr("OPD"), self.agency_box)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.export_button)

        self.title = QLabel(objectName="pageTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        self.model = CompareModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setTextElideMode(Qt.ElideMiddle)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.chips = ChipDelegate(self.table)
        self.names = CodeNameDelegate(self.table)
        # Two lines a row: the code, then the name (CodeNameDelegate).
        self.table.verticalHeader().setDefaultSectionSize(2 * self.table.fontMetrics().height() + 10)
        self.table.setItemDelegate(self.chips)
        self.message = QLabel(alignment=Qt.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.message)
        legend = QLabel(self.tr("Arah dinilai dari realisasi menurut polaritas indikator (positif: naik = membaik; "
                                "negatif: turun = membaik). Tidak dapat dibandingkan: salah satu tahun belum "
                                "dilaporkan atau capaiannya tidak dapat dihitung."))
        legend.setWordWrap(True)
        legend.setStyleSheet(f"color: {theme.MUTED_TEXT}")

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        layout.addWidget(legend)

        self.quarter_box.currentIndexChanged.connect(lambda _: self.refresh())
        self.year_a_box.currentIndexChanged.connect(lambda _: self.refresh())
        self.year_b_box.currentIndexChanged.connect(lambda _: self.refresh())
        self.level_box.currentIndexChanged.connect(lambda _: self.show_view())
        self.agency_box.currentIndexChanged.connect(lambda _: self.show_view())
        self.agency_box.currentIndexChanged.connect(
            lambda _: self.agency_box.setToolTip(self.agency_box.currentData(Qt.ToolTipRole) or ""))
        context.data_changed.connect(lambda _: self._data_changed())
        context.period_changed.connect(lambda *_: self._period_changed())

    # -- choices -------------------------------------------------------------------------------
    def _fill_years(self, plan) -> None:
        for box in (self.year_a_box, self.year_b_box):
            box.blockSignals(True)
            box.clear()
            for year in plan.years:
                box.addItem(str(year), year)
            box.blockSignals(False)

    def _period_changed(self) -> None:
        """Another plan period chosen in the window: its years, compared afresh (the quarter
        and years a person chose are kept while the window stays in the same period)."""
        plan = self.context.plan
        if plan is None or plan.id == self._plan_id:
            return
        self._plan_id = plan.id
        self._fill_years(plan)
        self.set_defaults(self.context.year, self.context.quarter)
        self._data_changed()

    def set_defaults(self, year: int, quarter: int) -> None:
        """The chosen quarter; the current year against the year before (or after, in the first year)."""
        years = list(self.context.plan.years)
        later = year if year in years else years[-1]
        earlier = later - 1 if later - 1 in years else (later + 1 if later + 1 in years else later)
        for box, value in ((self.quarter_box, quarter), (self.year_a_box, min(earlier, later)),
                           (self.year_b_box, max(earlier, later))):
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(value), 0))
            box.blockSignals(False)

    def choose(self, quarter: int | None = None, year_a: int | None = None, year_b: int | None = None,
               level: str | None = None, agency_id=...) -> None:
        """Set the choices as a person would (for tests and the menu)."""
        for box, value in ((self.quarter_box, quarter), (self.year_a_box, year_a), (self.year_b_box, year_b),
                           (self.level_box, level)):
            if value is not None:
                box.setCurrentIndex(box.findData(value))
        if agency_id is not ...:
            self.agency_box.setCurrentIndex(max(self.agency_box.findData(agency_id), 0))

    def request(self) -> tuple[int, int, int]:
        return self.quarter_box.currentData(), self.year_a_box.currentData(), self.year_b_box.currentData()

    def prepare_screenshot(self) -> None:
        """Wait (events running) until the comparison has come back from its worker."""
        from PySide6.QtCore import QDeadlineTimer, QEventLoop
        from PySide6.QtWidgets import QApplication

        deadline = QDeadlineTimer(60000)
        while self.task is not None and not deadline.hasExpired():
            QApplication.processEvents(QEventLoop.AllEvents, 50)

    # -- loading -------------------------------------------------------------------------------
    def page_shown(self) -> None:
        if self._stale or self.comparison is None:
            self.refresh()

    def _data_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        quarter, year_a, year_b = self.request()
        try:
            svc.check_request(self.context.plan, quarter, year_a, year_b)
        except svc.CompareRefused as exc:
            self.comparison = None
            self._show_message(str(exc))
            return
        self._stale = False
        plan_id = getattr(self.context, "plan_id", None) or self.context.plan.id
        self.title.setText(self.tr("Membandingkan %1 tahun %2 dan %3…").replace("%1", domain_text(QUARTER_LABELS[quarter]))
                           .replace("%2", str(min(year_a, year_b))).replace("%3", str(max(year_a, year_b))))
        self.summary.setText("")
        self.message.setText(self.tr("Sedang menghitung perbandingan…"))
        self.stack.setCurrentWidget(self.message)
        if self.task is not None:
            self.task.cancel()
        self.task = read_task(self, self.context, self.tr("Membandingkan capaian antar tahun…"),
                              lambda db, _p: svc.compare_years(db, quarter, year_a, year_b, plan_id),
                              self._loaded, self._failed, show_dialog=False)

    def _loaded(self, comparison: svc.YearComparison) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.title):
            return   # the page was closed while the worker computed
        if (comparison.quarter, comparison.year_a, comparison.year_b) != self._normalised(self.request()):
            return   # an older request finished after a newer one was made
        self.task = None
        self.comparison = comparison
        current = self.agency_box.currentData()
        self.agency_box.blockSignals(True)
        self.agency_box.clear()
        self.agency_box.addItem(self.tr("Semua OPD"), None)
        metrics = self.agency_box.fontMetrics()
        for agency in comparison.agencies:
            # Long names elided in the middle (the combo would cut them), whole in the tooltip.
            full = f"{agency.code} \u2014 {agency.name}"
            self.agency_box.addItem(metrics.elidedText(full, Qt.ElideMiddle, 280), agency.id)
            self.agency_box.setItemData(self.agency_box.count() - 1, full, Qt.ToolTipRole)
        self.agency_box.setCurrentIndex(max(self.agency_box.findData(current), 0))
        self.agency_box.setToolTip(self.agency_box.currentData(Qt.ToolTipRole) or "")
        self.agency_box.blockSignals(False)
        self.show_view()

    @staticmethod
    def _normalised(request) -> tuple[int, int, int]:
        quarter, a, b = request
        return quarter, min(a, b), max(a, b)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.title):
            return
        self.task = None
        self.comparison = None
        text = str(exc) if isinstance(exc, (svc.CompareRefused, LookupError)) else \
            self.tr("Perbandingan tidak dapat dihitung: %1").replace("%1", f"{type(exc).__name__}: {exc}")
        self._show_message(text)

    def _show_message(self, text: str) -> None:
        self.title.setText(self.tr("Perbandingan capaian antar tahun"))
        self.summary.setText("")
        self.message.setText(text)
        self.model.set_view(None, self.level_box.currentData(), None)
        self.stack.setCurrentWidget(self.message)

    def show_view(self) -> None:
        c = self.comparison
        if c is None:
            return
        level, agency_id = self.level_box.currentData(), self.agency_box.currentData()
        self.model.set_view(c, level, agency_id)
        self.title.setText(self.tr("Perbandingan Capaian Kinerja %1 Tahun %2 dan %3")
                           .replace("%1", domain_text(QUARTER_LABELS[c.quarter])).replace("%2", str(c.year_a))
                           .replace("%3", str(c.year_b)))
        self.summary.setText(self.summary_html(c.overall(agency_id)))
        if self.model.rowCount() == 0:
            self.message.setText(self.tr("Tidak ada indikator aktif untuk pilihan ini. Pilih OPD lain atau "
                                         "periksa rencana di halaman Pohon kinerja."))
            self.stack.setCurrentWidget(self.message)
            return
        self.stack.setCurrentWidget(self.table)
        self.table.setItemDelegateForColumn(NAME_COLUMN, self.names)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.fit_columns()

    def fit_columns(self, measure: bool = True) -> None:
        """Every figure column as wide as its content; the name takes what is left (code on one
        line, name under it elided at its end, whole in its tooltip), never less than a readable width."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        if measure:
            # The widest header line (headers are two lines) or content, whichever is wider:
            # Qt's own measure takes a two-line header as one long line.
            # Every row is measured (not only those on screen): a chip label is never cut.
            metrics = header.fontMetrics()
            cells = self.table.fontMetrics()
            for column in range(self.model.columnCount()):
                title = self.model.headerData(column, Qt.Horizontal) or ""
                head = max(metrics.horizontalAdvance(part) for part in title.split("\n")) + 32
                texts = {self.model.cell(row, column).text for row in range(self.model.rowCount())}
                content = max((cells.horizontalAdvance(t) for t in texts), default=0) + 30
                self.table.setColumnWidth(column, max(head, content))
            if self.level_box.currentData() == "indicator":   # OPD codes: elided in the middle, name in the tooltip
                self.table.setColumnWidth(OPD_COLUMN, min(self.table.columnWidth(OPD_COLUMN), 95))
            self._name_width = self.table.columnWidth(NAME_COLUMN)
        others = sum(self.table.columnWidth(c) for c in range(self.model.columnCount()) if c != NAME_COLUMN)
        room = self.table.viewport().width() - others - 8
        self.table.setColumnWidth(NAME_COLUMN, max(180, min(room, self._name_width)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.stack.currentWidget() is self.table and self.model.rowCount():
            self.fit_columns(measure=False)

    def summary_html(self, r: svc.Rollup) -> str:
        parts = []
        for direction in svc.DIRECTIONS:
            fill, colour = svc.COLOURS[direction]
            parts.append(f"<span style='background:{fill};color:{colour};'>&nbsp;{svc.SYMBOLS[direction]} "
                         f"{domain_text(svc.LABELS[direction])}&nbsp;</span>&nbsp;<b>{r.counts[direction]}</b>")
        c = self.comparison

        def mean(value, band, year):
            shown = "\u2014" if value is None else f"{format_id(value, 2)}%"
            label = f" ({domain_text(band.label)})" if band is not None else ""
            return f"{year}: <b>{shown}</b>{label}"

        means = (self.tr("Rata-rata capaian") + " " + mean(r.mean_a, r.band_a, c.year_a) + " \u2192 " +
                 mean(r.mean_b, r.band_b, c.year_b) + " " + self.tr("(%1 poin)").replace("%1", signed(r.mean_change)))
        count = self.tr("%1 indikator").replace("%1", str(r.total))
        return f"{count} &nbsp;\u00b7&nbsp; " + " &nbsp; ".join(parts) + "<br>" + means

    # -- export --------------------------------------------------------------------------------
    def export(self, path: str | None = None):
        c = self.comparison
        if c is None:
            QMessageBox.information(self, self.tr("Ekspor perbandingan"),
                                    self.tr("Belum ada perbandingan untuk diekspor; pilih triwulan dan dua tahun dulu."))
            return None
        if path is None:
            suggested = str(Path.home() / f"perbandingan-tw{c.quarter}-{c.year_a}-{c.year_b}.xlsx")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan perbandingan"), suggested,
                                                  self.tr("Buku kerja Excel (*.xlsx);;Dokumen PDF (*.pdf)"))
            if not path:
                return None
        if not Path(path).suffix:
            path += ".xlsx"
        agency_id = self.agency_box.currentData()
        code = next((a.code for a in c.agencies if a.id == agency_id), None)

        def write(db, _progress):
            from kinerja_desktop.services.year_compare_report import write_comparison

            return write_comparison(db, Path(path), c.quarter, c.year_a, c.year_b, agency_code=code, comparison=c)

        def failed(exc):
            if not shiboken6.isValid(self):
                return
            QMessageBox.warning(self, self.tr("Ekspor perbandingan"), str(exc))

        def done(written):
            if not shiboken6.isValid(self):
                return
            window = self.window()
            if hasattr(window, "status"):
                window.status(self.tr("Perbandingan disimpan: %1").replace("%1", str(written)))
            self.last_export = written

        return read_task(self, self.context, self.tr("Menyimpan perbandingan…"), write, done, failed)
