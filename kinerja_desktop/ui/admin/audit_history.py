"""The audit history: every change of a value (who, when, old, new, from where), for one value,
one OPD or everything, filterable by OPD, user, source, date range and text.

    AuditHistoryDialog(context, indicator_id=None, agency_id=None, parent=None).exec()
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QStackedWidget, QTableView, QVBoxLayout,
)

from kinerja_desktop.services import audit
from kinerja_desktop.services import reads
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.i18n import INDONESIAN
from kinerja_desktop.ui.shared.empty_state import EmptyState

COLUMNS = ("Waktu", "Pengguna", "OPD", "Kode", "Indikator", "Periode", "Jenis", "Lama", "Baru", "Sumber", "Keterangan")
NUMERIC = {7, 8}


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[audit.AuditEntry] = []
        self._muted = QBrush(QColor(theme.MUTED_TEXT))

    def set_entries(self, entries: list[audit.AuditEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        e, c = self.entries[index.row()], index.column()
        if role == Qt.DisplayRole:
            return (e.when, e.by_user, e.agency_code, e.indicator_code, e.indicator_name, e.period,
                    audit.ENTITY_LABELS.get(e.entity, e.entity), e.shown(e.old_value), e.shown(e.new_value),
                    audit.SOURCE_LABELS.get(e.source, e.source), e.source_ref)[c]
        if role == Qt.TextAlignmentRole:
            return int((Qt.AlignRight if c in NUMERIC and e.entity not in ("note", "plan") else Qt.AlignLeft)
                       | Qt.AlignVCenter)
        if role == Qt.ForegroundRole and c == 7:
            return self._muted
        if role == Qt.ToolTipRole and c in (4, 7, 8, 10):
            return self.data(index, Qt.DisplayRole)
        return None


class AuditHistoryDialog(QDialog):
    def __init__(self, context, indicator_id: int | None = None, agency_id: int | None = None, parent=None):
        super().__init__(parent)
        self.context = context
        self.indicator_id = indicator_id
        self.setWindowTitle(self.tr("Riwayat perubahan nilai"))
        self.resize(1180, 620)
        layout = QVBoxLayout(self)
        self.heading = QLabel(objectName="pageTitle")
        layout.addWidget(self.heading)

        filters = QHBoxLayout()
        self.agency = QComboBox()
        self.agency.addItem(self.tr("Semua OPD"), None)
        user = context.user
        for a in reads.load_agencies(context.db):
            if user is None or user.role != "operator" or user.agency_id == a.id:
                self.agency.addItem(f"{a.code} · {a.name}", a.id)
        if user is not None and user.role == "operator":
            self.agency.removeItem(0)   # an operator sees only their OPD's history
            agency_id = user.agency_id
        self.agency.setCurrentIndex(max(0, self.agency.findData(agency_id)))
        self.agency.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.agency.setMinimumContentsLength(22)
        self.user_box = QComboBox()
        self.user_box.addItem(self.tr("Semua pengguna"), None)
        for name in audit.users(context.db):
            self.user_box.addItem(name, name)
        self.source = QComboBox()
        self.source.addItem(self.tr("Semua sumber"), None)
        for key, label in audit.SOURCE_LABELS.items():
            self.source.addItem(label, key)
        self.use_dates = QCheckBox(self.tr("Tanggal"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-3), calendarPopup=True, displayFormat="d MMM yyyy")
        self.date_to = QDateEdit(today, calendarPopup=True, displayFormat="d MMM yyyy")
        self.text = QLineEdit(placeholderText=self.tr("Cari kode, indikator, nilai, keterangan…"), clearButtonEnabled=True)
        self.only_value = QCheckBox(self.tr("Hanya indikator ini"))
        self.only_value.setVisible(indicator_id is not None)
        self.only_value.setChecked(indicator_id is not None)
        for label, widget in ((self.tr("OPD"), self.agency), (self.tr("Pengguna"), self.user_box),
                              (self.tr("Sumber"), self.source)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        for widget in (self.use_dates, self.date_from, QLabel("–"), self.date_to, self.text, self.only_value):
            filters.addWidget(widget)
        filters.setStretchFactor(self.text, 1)
        self.text.setMinimumWidth(220)
        for edit in (self.date_from, self.date_to):
            edit.setLocale(INDONESIAN)
        layout.addLayout(filters)

        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        for c, width in enumerate((186, 90, 80, 110, 240, 90, 110, 96, 96, 90, 160)):
            self.table.setColumnWidth(c, width)
        header.setSectionResizeMode(4, QHeaderView.Stretch)
        self.empty = EmptyState("mdi6.history", self.tr("Belum ada perubahan"),
                                self.tr("Tidak ada perubahan nilai yang cocok dengan saringan ini. "
                                        "Longgarkan saringan atau pilih OPD lain."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        bottom = QHBoxLayout()
        self.count_label = QLabel(objectName="pageSubtitle")
        bottom.addWidget(self.count_label, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh)
        for combo in (self.agency, self.user_box, self.source):
            combo.currentIndexChanged.connect(lambda *_: self.refresh())
        for signal in (self.use_dates.toggled, self.date_from.dateChanged, self.date_to.dateChanged,
                       self.only_value.toggled):
            signal.connect(lambda *_: self.refresh())
        self.text.textChanged.connect(lambda *_: self._timer.start())
        self.refresh()

    def current_filter(self) -> audit.AuditFilter:
        dates = self.use_dates.isChecked()
        return audit.AuditFilter(
            agency_id=self.agency.currentData(),
            indicator_id=self.indicator_id if self.only_value.isChecked() else None,
            user=self.user_box.currentData(), source=self.source.currentData(),
            date_from=self.date_from.date().toPython() if dates else None,
            date_to=self.date_to.date().toPython() if dates else None,
            text=self.text.text(),
        )

    def refresh(self) -> None:
        self._timer.stop()
        f = self.current_filter()
        entries = audit.query(self.context.db, f)
        self.model.set_entries(entries)
        self.stack.setCurrentWidget(self.table if entries else self.empty)
        limit_note = self.tr(" (dibatasi %1 terbaru)").replace("%1", str(f.limit)) if len(entries) >= f.limit else ""
        self.count_label.setText(self.tr("%1 perubahan").replace("%1", f"{len(entries):,}".replace(",", ".")) + limit_note)
        if f.indicator_id is not None:
            ind = reads.load_indicator(self.context.db, f.indicator_id)
            self.heading.setText(self.tr("Riwayat %1").replace("%1", f"{ind.code} · {ind.name}" if ind else ""))
        else:
            self.heading.setText(self.tr("Riwayat perubahan nilai"))
        self.date_from.setEnabled(self.use_dates.isChecked())
        self.date_to.setEnabled(self.use_dates.isChecked())
