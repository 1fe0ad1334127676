"""Table model of an import preview: one row per indicator, status with colour AND label,
conflict resolution editable as a check box ("Ambil nilai paket")."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.services.package_import import STATUS_LABELS_ID, ImportPreview

STATUS_COLOURS = {"new": "#D8F0DC", "changed": "#DCE8F8", "unchanged": None, "conflict": "#FCE3C4",
                  "rejected": "#F6D0CE", "left_out": "#EEEEEE"}
COLUMNS = ("Status", "Kode", "Indikator", "Satuan", "Nilai sekarang", "Nilai paket", "Catatan paket",
           "Ambil nilai paket", "Keterangan")
TAKE_COLUMN = 7
REASON_COLUMN = 8
WARNING_COLOUR = "#FFF1D6"     # the entry form's warning colour: implausible, imported but to be checked


class PreviewModel(QAbstractTableModel):
    resolution_changed = Signal()

    def __init__(self, preview: ImportPreview | None = None, parent=None):
        super().__init__(parent)
        self.preview = preview

    @property
    def rows(self):
        return self.preview.rows if self.preview else []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            return self._text(row, col)
        if role == Qt.BackgroundRole and not (col == REASON_COLUMN and row.warning):
            colour = STATUS_COLOURS[row.status]
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.BackgroundRole and col == REASON_COLUMN and row.warning:
            return QBrush(QColor(WARNING_COLOUR))
        if role == Qt.ForegroundRole and (colour_is_set(row.status) or (col == REASON_COLUMN and row.warning)):
            return QBrush(QColor("#1A1A1A"))
        if role == Qt.CheckStateRole and col == TAKE_COLUMN and row.status == "conflict":
            return Qt.Checked if row.resolution == "take" else Qt.Unchecked
        if role == Qt.TextAlignmentRole and col in (4, 5):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and col in (2, 6, 8):
            return self._text(row, col)
        return None

    def _text(self, row, col):
        if col == 0:
            return STATUS_LABELS_ID[row.status]
        if col == 1:
            return row.code
        if col == 2:
            return row.name
        if col == 3:
            return row.unit
        if col == 4:
            return format_id(row.current_value, _places(row.current_value, row.decimals))
        if col == 5:
            return format_id(row.package_value, _places(row.package_value, row.decimals))
        if col == 6:
            return row.package_note
        if col == TAKE_COLUMN:
            return "" if row.status != "conflict" else ("paket" if row.resolution == "take" else "pertahankan")
        finer = ""
        if _places(row.package_value, row.decimals) > row.decimals:   # shown whole, never rounded away
            finer = (f"nilai paket {format_id(row.package_value, _places(row.package_value, row.decimals))} "
                     f"lebih rinci dari {row.decimals} desimal indikator; disimpan apa adanya")
        return "; ".join(t for t in (row.reason, f"\u26a0 Periksa: {row.warning}" if row.warning else "", finer) if t)

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == TAKE_COLUMN and self.rows[index.row()].status == "conflict":
            return base | Qt.ItemIsUserCheckable
        return base

    def setData(self, index, value, role=Qt.EditRole):
        if role == Qt.CheckStateRole and index.column() == TAKE_COLUMN:
            row = self.rows[index.row()]
            if row.status != "conflict":
                return False
            row.resolution = "take" if Qt.CheckState(value) == Qt.Checked else "keep"
            self.dataChanged.emit(index, index)
            self.resolution_changed.emit()
            return True
        return False

    def resolve_all(self, resolution: str) -> None:
        if self.preview:
            self.preview.resolve_all(resolution)
            self.dataChanged.emit(self.index(0, TAKE_COLUMN), self.index(max(len(self.rows) - 1, 0), TAKE_COLUMN))
            self.resolution_changed.emit()


def colour_is_set(status: str) -> bool:
    return STATUS_COLOURS.get(status) is not None


def _places(value, decimals: int) -> int:
    """The indicator's decimals, or more when the value has more: a preview never hides digits
    by rounding (1.234,5 in a whole-number indicator is not shown as 1.235)."""
    if value is None or not value.is_finite():
        return decimals
    exponent = value.normalize().as_tuple().exponent
    return max(decimals, -exponent if exponent < 0 else 0)
