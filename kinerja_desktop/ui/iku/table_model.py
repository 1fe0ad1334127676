"""The IKU of the period as a table: one row per goal or objective indicator, a column per year
(realisation / target, and the year's capaian in its band colour), then the end target, the
realisation and capaian to date, and the projection to the period's end with "Berisiko"."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.services.iku_period import AT_RISK, IkuPeriod, IkuRow, YearFigure
from kinerja_desktop.services.projection import ROMAN, percent_text
from kinerja_desktop.ui.i18n import domain_text

AT_RISK_COLOUR = "#D64541"
UNREPORTED_TEXT = "#5F6B7A"


def _percent(value) -> str:
    return "—" if value is None else f"{format_id(value, 2)}%"


class IkuTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.figures: IkuPeriod | None = None
        self.rows: list[IkuRow] = []
        self.only_at_risk = False
        self.compact = False   # a laptop screen: the year columns without the target (in the tooltip)

    # -- content -------------------------------------------------------------------------------
    def set_figures(self, figures: IkuPeriod | None) -> None:
        self.beginResetModel()
        self.figures = figures
        self._filter()
        self.endResetModel()

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.beginResetModel()
            self.compact = compact
            self.endResetModel()

    def set_only_at_risk(self, only: bool) -> None:
        self.beginResetModel()
        self.only_at_risk = only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        rows = list(self.figures.rows) if self.figures is not None else []
        self.rows = [r for r in rows if r.at_risk] if self.only_at_risk else rows

    @property
    def years(self) -> tuple[int, ...]:
        return self.figures.years if self.figures is not None else ()

    def headers(self) -> list[str]:
        return ([self.tr("Indikator"), self.tr("Kondisi awal")] + [str(y) for y in self.years]
                + [self.tr("Target akhir"), self.tr("S.d. kini"), self.tr("Proyeksi")])

    def row_of(self, indicator_id: int | None) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.indicator.id == indicator_id), None)

    def row_at(self, row: int) -> IkuRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # -- Qt ------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() or self.figures is None else len(self.years) + 5

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt API
        if orientation != Qt.Horizontal:
            return None
        if role == Qt.DisplayRole:
            return self.headers()[section]
        if role == Qt.ToolTipRole:
            n = len(self.years)
            if 2 <= section < 2 + n:
                if self.compact:
                    return self.tr("Realisasi tahun {0} dan capaiannya (target: arahkan penunjuk ke sel)").format(
                        self.years[section - 2])
                return self.tr("Realisasi / target tahun {0}, dan capaiannya").format(self.years[section - 2])
            return {2 + n: self.tr("Target kondisi akhir periode"),
                    3 + n: self.tr("Realisasi s.d. kini dan capaiannya terhadap target akhir"),
                    4 + n: self.tr("Proyeksi capaian pada akhir periode; berisiko bila di bawah predikat Tinggi")}.get(section)
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col, n = index.column(), len(self.years)
        if 2 <= col < 2 + n:
            return self._year(r, r.years[col - 2], role)
        ind = r.indicator
        d = ind.decimals
        if col == 0:
            if role == Qt.DisplayRole:
                return f"{ind.code}  {ind.name}"
            if role == Qt.ToolTipRole:
                agency = f"\n{r.agency.code} — {r.agency.name}" if r.agency else ""
                lower = self.tr("\nSemakin rendah semakin baik") if ind.polarity == "negative" else ""
                return f"{ind.code}  {ind.name} ({ind.unit}){agency}{lower}"
            return None
        if col == 1:
            if role == Qt.DisplayRole:
                year = f"\n({ind.baseline_year})" if ind.baseline is not None and ind.baseline_year else ""
                return format_id(ind.baseline, d) + year
            return int(Qt.AlignRight | Qt.AlignVCenter) if role == Qt.TextAlignmentRole else None
        if col == 2 + n:
            if role == Qt.DisplayRole:
                return format_id(r.end_target, d)
            return int(Qt.AlignRight | Qt.AlignVCenter) if role == Qt.TextAlignmentRole else None
        if col == 3 + n:
            if role == Qt.DisplayRole:
                return f"{format_id(r.realisation_to_date, d)}\n{_percent(r.achievement_to_date)}"
            if role == Qt.TextAlignmentRole:
                return int(Qt.AlignRight | Qt.AlignVCenter)
            return self._band(r.rating_to_date, role)
        return self._projection(r, role)

    def _year(self, r: IkuRow, f: YearFigure, role):
        d = r.indicator.decimals
        if role == Qt.DisplayRole:
            mark = "*" if f.partial else ""
            target = "" if self.compact else f" / {format_id(f.target, d)}"
            return f"{format_id(f.realisation, d)}{mark}{target}\n{_percent(f.achievement)}"
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole:
            if not f.reported:
                return self.tr("{0}: belum dilaporkan (target {1})").format(f.year, format_id(f.target, d))
            upto = self.tr(" s.d. TW {0}").format(ROMAN[f.quarters[-1]]) if f.partial else ""
            band = f" ({domain_text(f.rating.label)})" if f.rating else ""
            return (self.tr("{0}: realisasi{1} {2}, target {3}, capaian {4}").format(
                f.year, upto, format_id(f.realisation, d), format_id(f.target, d), _percent(f.achievement)) + band)
        if role == Qt.ForegroundRole and not f.reported:
            return QBrush(QColor(UNREPORTED_TEXT))
        return self._band(f.rating, role)

    def _band(self, band, role):
        if band is None:
            return None
        if role == Qt.BackgroundRole:
            return QBrush(QColor(band.colour))
        if role == Qt.ForegroundRole:
            return QBrush(QColor(band.text_colour))
        return None

    def _projection(self, r: IkuRow, role):
        p = r.projection
        if role == Qt.DisplayRole:
            if p is None or p.achievement is None:
                return self.tr("Belum dapat\ndiproyeksikan")
            band = domain_text(p.rating.label) if p.rating else ""
            status = self.tr("Berisiko") if r.status == AT_RISK else self.tr("Sesuai jalur")
            return f"{percent_text(p.achievement)} {band}\n{status}"
        if role == Qt.ToolTipRole:
            if p is None:
                return self.tr("Belum ada realisasi atau target akhir untuk diproyeksikan.")
            return p.reason
        if role == Qt.FontRole and r.at_risk:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ForegroundRole and r.at_risk:
            return QBrush(QColor(AT_RISK_COLOUR))
        return None
