"""The completeness grid (page key 'completeness'): OPD rows x TW I-IV, each cell "34/40 · Diajukan"
coloured by status, late quarters highlighted, sortable; a double click opens that OPD's entry
form for that quarter (signal `open_entry(agency_id, year, quarter)`)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget,
)

from kinerja_desktop.domain.entities import QUARTER_LABELS
from kinerja_desktop.domain.workflow import STATUS_LABELS
from kinerja_desktop.services import completeness as svc
from kinerja_desktop.services.audit import format_date_id, format_datetime_id
from kinerja_desktop.services.office_settings import deadline_days
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.i18n import domain_text

SORT_ROLE = Qt.UserRole + 21
KEY_ROLE = Qt.UserRole + 22
STATUS_COLOURS = {"draft": ("#FFFFFF", "#33414F"), "submitted": ("#D6E8FA", "#0F4C81"),
                  "verified": ("#DDF1E2", "#1B6B34"), "locked": ("#C9D3DF", "#1F2933")}
LATE_COLOURS = ("#FDE2E1", "#A61B1B")
STATUS_ORDER = {"draft": 0, "submitted": 1, "verified": 2, "locked": 3}


class CompletenessModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[svc.AgencyRow] = []
        self.year = 0
        self.current_quarter = 0
        self._bold = QFont()
        self._bold.setBold(True)

    days = svc.DEADLINE_DAYS   # the administrator's setting, given with the rows

    def set_rows(self, rows: list[svc.AgencyRow], year: int, current_quarter: int) -> None:
        self.beginResetModel()
        self.rows, self.year, self.current_quarter = rows, year, current_quarter
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal:
            return None
        if role == Qt.DisplayRole:
            return [self.tr("Kode"), self.tr("OPD"), *(f"{domain_text(QUARTER_LABELS[q])} {self.year}" for q in range(1, 5))][section]
        if role == Qt.FontRole and section == self.current_quarter + 1:
            return self._bold
        if role == Qt.ToolTipRole and section >= 2:
            q = section - 1
            return self.tr("Batas pengajuan: %1").replace("%1", format_date_id(svc.deadline(self.year, q, self.days)))
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, c = self.rows[index.row()], index.column()
        if c < 2:
            if role == Qt.ToolTipRole:
                return f"{row.code} · {row.name}"
            if role in (Qt.DisplayRole, SORT_ROLE):
                return row.code if c == 0 else row.name
            if role == Qt.TextAlignmentRole:
                return int(Qt.AlignLeft | Qt.AlignVCenter)
            if role == KEY_ROLE:
                return (row.agency_id, None)
            return None
        cell = row.quarters[c - 1]
        if role == Qt.DisplayRole:
            if cell.total == 0:
                return self.tr("tidak ada indikator")
            status = self.tr("Terlambat") if cell.late else domain_text(STATUS_LABELS[cell.status])   # late = still a draft
            return f"{cell.filled}/{cell.total} · {status}"
        if role == SORT_ROLE:
            return (STATUS_ORDER[cell.status], cell.share)
        if role == KEY_ROLE:
            return (row.agency_id, cell.quarter)
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignCenter)
        if role in (Qt.BackgroundRole, Qt.ForegroundRole):
            if cell.total == 0:
                return QBrush(QColor("#F3F5F8" if role == Qt.BackgroundRole else theme.MUTED_TEXT))
            colours = LATE_COLOURS if cell.late else STATUS_COLOURS[cell.status]
            return QBrush(QColor(colours[0] if role == Qt.BackgroundRole else colours[1]))
        if role == Qt.FontRole and (cell.late or c - 1 == self.current_quarter):
            return self._bold
        if role == Qt.ToolTipRole:
            lines = [f"{row.name} · {domain_text(QUARTER_LABELS[cell.quarter])} {self.year}",
                     self.tr("%1 dari %2 indikator terisi").replace("%1", str(cell.filled)).replace("%2", str(cell.total)),
                     self.tr("Status: %1").replace("%1", domain_text(STATUS_LABELS[cell.status]))]
            if cell.changed_at:
                lines.append(self.tr("Diubah oleh %1, %2").replace("%1", cell.changed_by or "").replace(
                    "%2", format_datetime_id(cell.changed_at)))
            lines.append(self.tr("Batas pengajuan: %1").replace("%1", format_date_id(cell.deadline)))
            if cell.late:
                lines.append(self.tr("Terlambat: batas sudah lewat dan belum diajukan."))
            return "\n".join(lines)
        return None


class CompletenessPage(QWidget):
    open_entry = Signal(int, int, int)   # agency id, year, quarter

    def __init__(self, context, parent=None, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.today = today
        self._stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(QLabel(self.tr("Kelengkapan Pelaporan"), objectName="pageTitle"))
        self.subtitle = QLabel(objectName="pageSubtitle")
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        self.search = QLineEdit(placeholderText=self.tr("Cari OPD…"), clearButtonEnabled=True)
        self.search.setFixedWidth(240)
        header.addWidget(self.search)
        layout.addLayout(header)
        self.legend = QHBoxLayout()
        for key, label in (("draft", STATUS_LABELS["draft"]), ("submitted", STATUS_LABELS["submitted"]),
                           ("verified", STATUS_LABELS["verified"]), ("locked", STATUS_LABELS["locked"]),
                           ("late", self.tr("Terlambat"))):
            background, foreground = LATE_COLOURS if key == "late" else STATUS_COLOURS[key]
            chip = QLabel(domain_text(label))
            chip.setStyleSheet(f"background:{background}; color:{foreground}; border:1px solid #C3CBD5; "
                               "border-radius:9px; padding:2px 10px;")
            self.legend.addWidget(chip)
        self.summary = QLabel(objectName="pageSubtitle")
        self.legend.addSpacing(12)
        self.legend.addWidget(self.summary, 1)
        layout.addLayout(self.legend)

        self.model = CompletenessModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.setColumnWidth(0, 132)
        for column in range(2, 6):
            self.table.setColumnWidth(column, 178)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        header.sectionResized.connect(lambda column, *_: self._fit_rows() if column == 1 else None)
        self.table.installEventFilter(self)   # the stretched name column changes with the table's width
        self.proxy.layoutChanged.connect(self._fit_rows)   # sorted or filtered: other rows, other heights
        self.proxy.rowsInserted.connect(self._fit_rows)
        self.proxy.rowsRemoved.connect(self._fit_rows)
        self.table.doubleClicked.connect(self._double_clicked)
        layout.addWidget(self.table, 1)
        self.hint = QLabel(objectName="pageSubtitle", wordWrap=True)   # its length must not widen the window
        layout.addWidget(self.hint)
        context.data_changed.connect(self._mark_stale)
        context.period_changed.connect(self._mark_stale)
        context.user_changed.connect(self._mark_stale)
        self.refresh()

    def _mark_stale(self, *_):
        self._stale = True
        if self.isVisible():
            self.refresh()

    def page_shown(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        year, quarter = self.context.year, self.context.quarter
        rows = svc.completeness(self.context.db, year, self.today, plan_id=self.context.plan_id_for(year))
        self.model.days = days = deadline_days(self.context.db)
        self.hint.setText(self.tr("Klik dua kali sel triwulan untuk membuka formulir isian OPD itu. "
                                  "Terlambat: %1 hari sesudah akhir triwulan dan masih Draf.").replace("%1", str(days))
                          + " " + self.tr("Angka di sel: indikator yang terisi pada triwulan itu saja, bukan kumulatif."))
        user = self.context.user
        if user is not None and user.role == "operator":   # an operator sees only their own OPD
            rows = [r for r in rows if r.agency_id == user.agency_id]
        self.model.set_rows(rows, year, quarter)
        self._fit()
        self._stale = False
        counts = svc.summary(rows, quarter)
        self.subtitle.setText(self.tr("%1 OPD · tahun %2").replace("%1", str(len(rows))).replace("%2", str(year)))
        self.summary.setText(self.tr("%1: %2 diajukan, %3 diverifikasi, %4 dikunci, %5 draf, %6 terlambat")
                             .replace("%1", domain_text(QUARTER_LABELS[quarter])).replace("%2", str(counts["submitted"]))
                             .replace("%3", str(counts["verified"])).replace("%4", str(counts["locked"]))
                             .replace("%5", str(counts["draft"])).replace("%6", str(counts["late"])))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.table and event.type() == QEvent.Resize:
            QTimer.singleShot(0, self._fit_rows)   # after the header has stretched the name column
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        """Quarter columns as wide as their figures (the OPD names get the rest)."""
        for column in range(2, 6):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 12)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """An OPD name longer than its column takes a second line rather than being cut (the
        whole name is in the tooltip too)."""
        width = self.table.columnWidth(1) - 12
        metrics = self.table.fontMetrics()
        for r in range(self.proxy.rowCount()):
            name = self.proxy.index(r, 1).data() or ""
            height = 44 if metrics.horizontalAdvance(name) > width else 30
            if self.table.rowHeight(r) != height:
                self.table.setRowHeight(r, height)

    def _double_clicked(self, index) -> None:
        agency_id, quarter = index.data(KEY_ROLE)
        self.open_entry.emit(agency_id, self.context.year, quarter or self.context.quarter)
