"""Master-data export and import: the import shows the preview (new / changed / unchanged /
rejected with reasons), lets the planner exclude rejected rows, and applies off the GUI thread."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QTableView, QVBoxLayout,
)

from kinerja_desktop.services.masterdata import MasterDataRefused, apply_masterdata
from kinerja_desktop.services.masterdata_preview import STATUS_LABELS, MasterPreview, RowPreview
from kinerja_desktop.ui.tasks import write_task

STATUS_COLOURS = {"new": "#D8EEDC", "changed": "#FFF1C2", "rejected": "#F6D0CE", "excluded": "#E0E0E0"}
HEADERS = ("Status", "Lembar", "Baris", "Kunci", "Keterangan", "Kecualikan")
EXCLUDE_COLUMN = 5


class PreviewModel(QAbstractTableModel):
    """The preview rows (unchanged rows hidden unless asked: a plan has tens of thousands)."""

    def __init__(self, preview: MasterPreview, parent=None):
        super().__init__(parent)
        self.preview = preview
        self.excluded: set[tuple[str, int]] = set()
        self.show_unchanged = False
        self.rows: list[RowPreview] = []
        self.refilter()

    def refilter(self) -> None:
        self.beginResetModel()
        self.rows = [r for r in self.preview.rows if self.show_unchanged or r.status != "unchanged"]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return len(HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        r = self.rows[index.row()]
        col = index.column()
        excluded = (r.sheet, r.row) in self.excluded
        if role == Qt.DisplayRole:
            if col == 0:
                return self.tr(STATUS_LABELS["excluded" if excluded else r.status]).capitalize()
            if col == 4:
                return "; ".join(r.reasons or r.changes)
            return [None, r.sheet, r.row, r.label, None, None][col]
        if role == Qt.ToolTipRole and col == 4:
            return "\n".join(r.reasons or r.changes)
        if role == Qt.CheckStateRole and col == EXCLUDE_COLUMN and r.status == "rejected":
            return Qt.Checked if excluded else Qt.Unchecked
        if role == Qt.BackgroundRole and col == 0:
            colour = STATUS_COLOURS.get("excluded" if excluded else r.status)
            return QColor(colour) if colour else None
        return None

    def flags(self, index):
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.column() == EXCLUDE_COLUMN and self.rows[index.row()].status == "rejected":
            base |= Qt.ItemIsUserCheckable
        return base

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.CheckStateRole or index.column() != EXCLUDE_COLUMN:
            return False
        r = self.rows[index.row()]
        key = (r.sheet, r.row)
        if Qt.CheckState(value) == Qt.Checked:
            self.excluded.add(key)
        else:
            self.excluded.discard(key)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), EXCLUDE_COLUMN))
        return True

    def blocking(self) -> list[RowPreview]:
        return [r for r in self.preview.rejected if (r.sheet, r.row) not in self.excluded]


class MasterImportDialog(QDialog):
    def __init__(self, context, preview: MasterPreview, parent=None):
        super().__init__(parent)
        self.context = context
        self.result_text = ""
        self.setWindowTitle(self.tr("Impor data induk — %1").replace("%1", preview.file_name))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary_text(preview))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        bar = QHBoxLayout()
        self.filter = QComboBox()
        self.filter.addItem(self.tr("Tampilkan baris baru, berubah dan ditolak"), False)
        self.filter.addItem(self.tr("Tampilkan semua baris"), True)
        self.filter.currentIndexChanged.connect(self._refilter)
        bar.addWidget(self.filter)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model = PreviewModel(preview, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
        self.view.setWordWrap(False)
        layout.addWidget(self.view, 1)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(self.tr("Terapkan"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.RejectRole)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.model.dataChanged.connect(lambda *_: self._update())
        self.view.resizeColumnsToContents()
        self._update()

    def _summary_text(self, preview: MasterPreview) -> str:
        parts = []
        for sheet, counts in preview.counts().items():
            if counts:
                parts.append(f"{sheet}: " + ", ".join(f"{counts[s]} {STATUS_LABELS[s]}" for s in STATUS_LABELS
                                                      if counts[s]))
        return (self.tr("Pratinjau %1 (belum ada yang diubah). Baris yang tidak ada di buku kerja dibiarkan.")
                .replace("%1", preview.file_name) + "\n" + "; ".join(parts))

    def _refilter(self) -> None:
        self.model.show_unchanged = bool(self.filter.currentData())
        self.model.refilter()

    def _update(self) -> None:
        blocking = self.model.blocking()
        changes = [r for r in self.model.preview.changes if (r.sheet, r.row) not in self.model.excluded]
        if blocking:
            self.problem.setText(self.tr("%n baris ditolak: perbaiki di buku kerja lalu impor ulang, atau centang "
                                         "'Kecualikan' untuk melewatinya.", "", len(blocking)))
        elif not changes:
            self.problem.setText(self.tr("Tidak ada perubahan: data induk di buku kerja sama dengan basis data."))
        else:
            self.problem.setText(self.tr("%n baris akan ditambahkan atau diperbarui dalam satu transaksi.", "",
                                         len(changes)))
        self.apply_button.setEnabled(not blocking and bool(changes))

    def apply(self) -> None:
        preview, excluded, context = self.model.preview, frozenset(self.model.excluded), self.context
        user = context.user


        self.apply_button.setEnabled(False)
        self.task = write_task(self, context, self.tr("Menerapkan data induk…"),
                               lambda db, _p: apply_masterdata(db, preview, user, excluded), lambda _r: (),
                               self._done, self._failed)

    def _done(self, result) -> None:
        self.result_text = result.text
        self.show_info(result.text)
        self.accept()

    def _failed(self, exc) -> None:
        self._update()
        self.show_error(str(exc) if isinstance(exc, MasterDataRefused) else f"{type(exc).__name__}: {exc}")

    def show_info(self, text: str) -> None:  # tests replace it
        QMessageBox.information(self, self.tr("Impor data induk"), text)

    def show_error(self, text: str) -> None:  # tests replace it
        QMessageBox.warning(self, self.tr("Impor data induk"), text)

