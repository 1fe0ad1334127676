"""Parts of the plan editor: filling the indicator form from the database, and the small
code-and-name dialog used to add a node."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from kinerja_desktop.services import plan_edit as svc
from kinerja_desktop.services.reads import plan_browse
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.i18n import domain_text
from kinerja_desktop.ui.entry.entry_model import value_text


def fill_indicator(dialog, indicator_id: int | None) -> None:
    """Put an indicator (or an empty form for a new one) into the editor's fields."""
    db = dialog.db
    row = None if indicator_id is None else plan_browse.indicator_form(db, indicator_id)
    code, name, unit, polarity, aggregation, decimals, negative, kind, agency, definition, source, baseline, \
        baseline_year = row or ("", "", "", "positive", "last", 2, 0, "outcome", None, "", "", None, None)
    dialog.ind_code.setText(code)
    dialog.ind_name.setText(name)
    dialog.ind_unit.setText(unit)
    dialog.ind_polarity.setCurrentIndex(dialog.ind_polarity.findData(polarity))
    dialog.ind_aggregation.setCurrentIndex(dialog.ind_aggregation.findData(aggregation))
    dialog.ind_decimals.setValue(decimals)
    dialog.ind_negative.setChecked(bool(negative))
    dialog.ind_kind.setCurrentIndex(dialog.ind_kind.findData(kind))
    if agency is not None:
        dialog.ind_agency.setCurrentIndex(dialog.ind_agency.findData(agency))
    dialog.ind_definition.setText(definition)
    dialog.ind_source.setText(source)
    for edit in (dialog.ind_name, dialog.ind_definition, dialog.ind_source):
        edit.setCursorPosition(0)   # a long text shows its beginning, not its end
    dialog.ind_baseline.setText(value_text(Decimal(baseline), decimals) if baseline is not None else "")
    dialog.ind_baseline_year.setText(str(baseline_year or ""))
    targets = {}
    end = None
    if indicator_id is not None:
        targets, end = plan_browse.indicator_targets(db, indicator_id)
    for r, year in enumerate(dialog.years):
        for q in range(5):
            item = QTableWidgetItem(value_text(targets.get((year, q)), decimals))
            item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            dialog.targets.setItem(r, q, item)
    dialog.end_target.setText(value_text(end, decimals))


class CodeNameDialog(QDialog):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.code, self.name = QLineEdit(), QLineEdit()
        self.name.setMinimumWidth(360)
        form.addRow(self.tr("Kode"), self.code)
        form.addRow(self.tr("Nama"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def build_indicator_form(self) -> QGroupBox:
    """The indicator fields and the targets grid of the plan editor (set as attributes on it)."""
    detail = QGroupBox(self.tr("Detail indikator dan target"))
    grid = QHBoxLayout(detail)
    form = QFormLayout()
    self.ind_code, self.ind_name, self.ind_unit = QLineEdit(), QLineEdit(), QLineEdit()
    self.ind_polarity = QComboBox()
    self.ind_polarity.addItem(self.tr("Positif (makin tinggi makin baik)"), "positive")
    self.ind_polarity.addItem(self.tr("Negatif (makin rendah makin baik)"), "negative")
    self.ind_aggregation = QComboBox()
    for label, key in ((self.tr("Jumlah antartriwulan"), "sum"), (self.tr("Nilai terakhir"), "last"),
                       (self.tr("Rata-rata"), "mean")):
        self.ind_aggregation.addItem(label, key)
    self.ind_decimals = QSpinBox(minimum=0, maximum=6, value=2)
    self.ind_negative = QCheckBox(self.tr("Boleh negatif"))
    self.ind_kind = QComboBox()
    for key in svc.KINDS:
        self.ind_kind.addItem(key.capitalize(), key)
    self.ind_agency = QComboBox()
    self.ind_definition, self.ind_source = QLineEdit(), QLineEdit()
    self.ind_baseline, self.ind_baseline_year = QLineEdit(), QLineEdit()
    for label, widget in ((self.tr("Kode"), self.ind_code), (self.tr("Nama"), self.ind_name),
                          (self.tr("Satuan"), self.ind_unit), (self.tr("Polaritas"), self.ind_polarity),
                          (self.tr("Agregasi"), self.ind_aggregation), (self.tr("Desimal"), self.ind_decimals),
                          ("", self.ind_negative), (self.tr("Jenis"), self.ind_kind),
                          (self.tr("OPD pelapor"), self.ind_agency), (self.tr("Definisi"), self.ind_definition),
                          (self.tr("Sumber data"), self.ind_source), (self.tr("Baseline"), self.ind_baseline),
                          (self.tr("Tahun baseline"), self.ind_baseline_year)):
        form.addRow(label, widget)
    grid.addLayout(form, 2)
    targets = QVBoxLayout()
    plan = self.context.plan
    self.years = list(plan.years)
    self.targets = QTableWidget(len(self.years), 5)
    self.targets.setHorizontalHeaderLabels([self.tr("Tahunan"), *(domain_text(q) for q in ("TW I", "TW II", "TW III", "TW IV"))])
    self.targets.setVerticalHeaderLabels([str(y) for y in self.years])
    self.targets.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
    self.targets.horizontalHeader().setMinimumSectionSize(64)
    self.targets.setMinimumWidth(400)   # five number columns without a scroll bar
    targets.addWidget(QLabel(self.tr("Target (kosong = tidak ada; triwulan boleh kosong)")))
    targets.addWidget(self.targets)
    end_row = QHBoxLayout()
    end_row.addWidget(QLabel(self.tr("Target akhir RPJMD")))
    self.end_target = QLineEdit()
    end_row.addWidget(self.end_target)
    targets.addLayout(end_row)
    self.save_ind_button = QPushButton(theme.icon("mdi6.content-save"), self.tr("Simpan indikator dan target"))
    self.save_ind_button.clicked.connect(self.save_indicator)
    targets.addWidget(self.save_ind_button)
    grid.addLayout(targets, 3)
    return detail
