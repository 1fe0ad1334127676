"""The list of indicators whose year is at risk, as a table model: the projection with its
band colour and label, and the reason in words."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kinerja_desktop.domain.entities import QUARTER_LABELS
from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.services.projection import percent_text
from kinerja_desktop.ui.i18n import domain_text

COLUMNS = ("Indikator", "OPD", "Capaian", "Proyeksi", "Alasan")


class RiskModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.items = ()
        self.quarter = 1
        self._rows = None

    def set_figures(self, figures) -> None:
        new = figures.at_risk
        if figures.quarter == self.quarter and len(new) == len(self.items) \
                and all(a is b or a == b for a, b in zip(new, self.items)):
            self.items = new   # same list: no reset, no repaint of the table
            return
        self.beginResetModel()
        self.items = figures.at_risk
        self.quarter = figures.quarter
        self._rows = None
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.tr(COLUMNS[section])
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole:
            return {2: f"Capaian s.d. {QUARTER_LABELS[self.quarter]}", 3: "Proyeksi capaian akhir tahun"}.get(section)
        return None

    def row_of(self, indicator_id: int | None) -> int | None:
        if self._rows is None:
            self._rows = {item.result.indicator.id: n for n, item in enumerate(self.items)}
        return self._rows.get(indicator_id)

    def indicator_id(self, row: int) -> int | None:
        return self.items[row].result.indicator.id if 0 <= row < len(self.items) else None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        ind, ev, p = item.result.indicator, item.result.evaluation, item.projection
        col = index.column()
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            if col == 0:
                return f"{ind.code}  {ind.name}" if role == Qt.DisplayRole else f"{ind.code}\n{ind.name}"
            if col == 1:
                return item.agency.code if role == Qt.DisplayRole else item.agency.name
            if col == 2:
                return "—" if ev.achievement is None else f"{format_id(ev.achievement, 2)}%"
            if col == 3:
                return f"{percent_text(p.achievement)} {domain_text(p.rating.label) if p.rating else ''}".strip()
            if col == 4:
                return p.reason
        if role == Qt.TextAlignmentRole and col == 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if col == 3 and p.rating is not None:
            if role == Qt.BackgroundRole:
                return QBrush(QColor(p.rating.colour))
            if role == Qt.ForegroundRole:
                return QBrush(QColor(p.rating.text_colour))
        return None
