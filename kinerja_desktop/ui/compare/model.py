"""The comparison table: one row per indicator, or per OPD / sasaran / tujuan (roll-up), with
chips (colour and label) for the predikat of each year and the direction. Text comes from the
report's own cells (services.year_compare_report), so the page and the printout say the same."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kinerja_desktop.services import year_compare as svc
from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.exchange.compare_table import Cell
from kinerja_desktop.services import year_compare_report as report
from kinerja_desktop.ui.i18n import domain_text

CHIP_ROLE = Qt.UserRole + 41    # (fill, text colour) of a chip cell, else None
SORT_ROLE = Qt.UserRole + 42

NAME_COLUMN = 0                 # code over name (CodeNameDelegate), whole in the tooltip
OPD_COLUMN = 1


class CompareModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.comparison: svc.YearComparison | None = None
        self.level = "indicator"
        self.agency_id: int | None = None
        self._rows: list[tuple] = []
        self._sort: list[tuple] = []
        self._tips: list[str] = []
        self._headers: list[str] = []
        self._agency_names: list[str] = []

    def set_view(self, comparison: svc.YearComparison | None, level: str, agency_id: int | None) -> None:
        self.beginResetModel()
        self.comparison, self.level, self.agency_id = comparison, level, agency_id
        self._rows, self._sort, self._tips, self._headers, self._agency_names = [], [], [], [], []
        if comparison is not None:
            self._fill(comparison)
        self.endResetModel()

    def _fill(self, c: svc.YearComparison) -> None:
        a, b = str(c.year_a), str(c.year_b)
        if self.level == "indicator":
            self._headers = [self.tr("Indikator"), self.tr("OPD"), self.tr("Realisasi\n%1").replace("%1", a),
                             self.tr("Capaian %1\n(%, predikat)").replace("%1", a), self.tr("Realisasi\n%1").replace("%1", b),
                             self.tr("Capaian %1\n(%, predikat)").replace("%1", b), self.tr("Selisih\nrealisasi"),
                             self.tr("Selisih\ncapaian\n(poin)"), self.tr("Arah")]
            for line in c.scoped(self.agency_id):
                ind, ea, eb = line.indicator, line.a.evaluation, line.b.evaluation
                self._rows.append((
                    Cell(f"{ind.code}  {ind.name}"), Cell(line.agency.code if line.agency else ""),
                    report.number_cell(ea.realisation, ind.decimals),
                    achievement_cell(ea.achievement, ea.rating, ea.reported, self.tr("Belum dilaporkan")),
                    report.number_cell(eb.realisation, ind.decimals),
                    achievement_cell(eb.achievement, eb.rating, eb.reported, self.tr("Belum dilaporkan")),
                    report.change_cell(line.realisation_change, ind.decimals), report.change_cell(line.achievement_change, 2),
                    _direction(line.direction, domain_text(svc.LABELS[line.direction]))))
                polarity = self.tr("semakin rendah semakin baik") if ind.polarity == "negative" else \
                    self.tr("semakin tinggi semakin baik")
                tip = f"{ind.code} {ind.name}\n{self.tr('Satuan')}: {ind.unit} \u00b7 {polarity}"
                self._tips.append(tip + (f"\n{line.reason}" if line.reason else ""))
                self._agency_names.append(line.agency.name if line.agency else "")
                self._sort.append((ind.code, ind.agency_id and (line.agency.code if line.agency else ""),
                                   ea.realisation, ea.achievement, eb.realisation, eb.achievement,
                                   line.realisation_change, line.achievement_change, svc.DIRECTIONS.index(line.direction)))
        else:
            self._headers = [domain_text(svc.LEVELS[self.level]), self.tr("Jumlah\nindikator"), self.tr("Membaik"),
                             self.tr("Memburuk"), self.tr("Tetap"), self.tr("Tidak dapat\ndibandingkan"),
                             self.tr("Rata-rata capaian\n%1 (%, predikat)").replace("%1", a),
                             self.tr("Rata-rata capaian\n%1 (%, predikat)").replace("%1", b),
                             self.tr("Selisih\n(poin)"), self.tr("Arah umum")]
            for r in c.rollups(self.level, self.agency_id):
                counts = [report.count_cell(r.counts[d]) for d in svc.DIRECTIONS]
                self._rows.append((
                    Cell(f"{r.code}  {r.name}"), report.count_cell(r.total), *counts,
                    achievement_cell(r.mean_a, r.band_a, r.mean_a is not None, "\u2014"),
                    achievement_cell(r.mean_b, r.band_b, r.mean_b is not None, "\u2014"),
                    report.change_cell(r.mean_change, 2),
                    _direction(r.direction, self.tr("Seimbang") if r.direction == svc.UNCHANGED else
                               domain_text(svc.LABELS[r.direction]))))
                words = {svc.IMPROVED: self.tr("Lebih banyak indikator membaik daripada memburuk"),
                         svc.WORSENED: self.tr("Lebih banyak indikator memburuk daripada membaik"),
                         svc.UNCHANGED: self.tr("Sama banyak indikator membaik dan memburuk"),
                         svc.NOT_COMPARABLE: self.tr("Tidak ada indikator yang dapat dibandingkan")}
                self._tips.append(f"{r.code} {r.name}".strip() + "\n" + words[r.direction])
                self._sort.append((r.code, r.total, *(r.counts[d] for d in svc.DIRECTIONS), r.mean_a, r.mean_b,
                                   r.mean_change, svc.DIRECTIONS.index(r.direction)))

    def cell(self, row: int, column: int) -> Cell:
        return self._rows[row][column]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole:
            return self._headers[section].replace("\n", " ")
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        cell = self._rows[index.row()][index.column()]
        if role == Qt.DisplayRole:
            return cell.text
        if role == Qt.ToolTipRole:
            if self.level == "indicator" and index.column() == OPD_COLUMN:
                return self._agency_names[index.row()] or None
            return self._tips[index.row()] if index.column() == NAME_COLUMN else (cell.text or None)
        if role == CHIP_ROLE:
            return (cell.fill, cell.text_colour) if cell.fill else None
        if role == SORT_ROLE:
            value = self._sort[index.row()][index.column()]
            return _sortable(value)
        if role == Qt.TextAlignmentRole:
            right = (cell.number is not None or cell.text == "\u2014") and not cell.fill
            return int((Qt.AlignRight if right else Qt.AlignLeft) | Qt.AlignVCenter)
        return None


def achievement_cell(value, band, reported: bool, unreported: str) -> Cell:
    """'96,45 · Tinggi' on the band's colour; grey 'Tidak dapat dihitung'; plain 'Belum dilaporkan'."""
    if value is not None and band is not None:
        return Cell(f"{format_id(value, 2)} \u00b7 {domain_text(band.label)}", number=value, fill=band.colour, text_colour=band.text_colour)
    if reported:
        return Cell("\u2014 \u00b7 " + domain_text("Tidak dapat dihitung"), fill=report.NOT_COMPUTABLE_COLOUR[0],
                    text_colour=report.NOT_COMPUTABLE_COLOUR[1])
    return Cell(unreported)


def _direction(direction: str, label: str) -> Cell:
    fill, colour = svc.COLOURS[direction]
    return Cell(f"{svc.SYMBOLS[direction]} {label}", fill=fill, text_colour=colour)


def _sortable(value):
    """Numbers and texts in one sort order: missing values last."""
    if value is None:
        return float("inf")
    if isinstance(value, str):
        return value
    return float(value)


class ChipDelegate(QStyledItemDelegate):
    """A cell with a colour (CHIP_ROLE) painted as a rounded chip with its label on it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        chip = index.data(CHIP_ROLE)
        if not chip:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        label = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        fill, text_colour = chip
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        rect = QRectF(option.rect.adjusted(4, 3, -4, -3))
        metrics = painter.fontMetrics()
        width = min(rect.width(), metrics.horizontalAdvance(label) + 16)
        box = QRectF(rect.left(), rect.top(), width, rect.height())
        background = QColor(fill)
        painter.setPen(QPen(background.darker(115), 1))
        painter.setBrush(background)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor(text_colour))
        painter.drawText(box.adjusted(4, 0, -4, 0), Qt.AlignCenter,
                         metrics.elidedText(label, Qt.ElideRight, int(box.width()) - 8))
        painter.restore()

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        if index.data(CHIP_ROLE):
            size.setWidth(option.fontMetrics.horizontalAdvance(index.data(Qt.DisplayRole) or "") + 28)
        return size


class CodeNameDelegate(QStyledItemDelegate):
    """'code  name' on two lines: the code whole on the first (never cut at its start), the name
    under it, elided at its end; the whole text is in the tooltip. Rows are two lines high."""
    def paint(self, painter: QPainter, option, index) -> None:
        text = index.data(Qt.DisplayRole) or ""
        code, _, name = text.partition("  ")
        base = QStyleOptionViewItem(option)
        self.initStyleOption(base, index)
        base.text = ""
        style = base.widget.style() if base.widget else None
        if style is not None:
            style.drawControl(QStyle.CE_ItemViewItem, base, painter, base.widget)
        rect = option.rect.adjusted(6, 3, -6, -3)
        metrics = option.fontMetrics
        selected = bool(option.state & QStyle.State_Selected)
        painter.save()
        painter.setPen(option.palette.highlightedText().color() if selected else option.palette.text().color())
        line = metrics.height()
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line), Qt.AlignLeft | Qt.AlignVCenter,
                         metrics.elidedText(code if name else "", Qt.ElideRight, rect.width()) if name else "")
        shown = name if name else code
        top = rect.top() + (line if name else (rect.height() - line) / 2)
        painter.drawText(QRectF(rect.left(), top, rect.width(), line), Qt.AlignLeft | Qt.AlignVCenter,
                         metrics.elidedText(shown, Qt.ElideRight, rect.width()))
        painter.restore()