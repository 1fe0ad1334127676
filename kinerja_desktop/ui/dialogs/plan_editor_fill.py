"""Parts of the plan editor: filling the indicator form from the database, and the small
code-and-name dialog used to add a node."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QTableWidgetItem

from kinerja_desktop.ui.forms.entry_model import value_text


def fill_indicator(dialog, indicator_id: int | None) -> None:
    """Put an indicator (or an empty form for a new one) into the editor's fields."""
    db = dialog.db
    row = None
    if indicator_id is not None:
        row = db.execute(
            "SELECT i.code, i.name, i.unit, i.polarity, i.aggregation, i.decimals, i.allow_negative, i.kind, a.code, "
            "i.definition, i.data_source, i.baseline, i.baseline_year FROM indicator i "
            "JOIN agency a ON a.id = i.agency_id WHERE i.id = ?", [indicator_id]).fetchone()
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
    dialog.ind_baseline.setText(value_text(Decimal(baseline), decimals) if baseline is not None else "")
    dialog.ind_baseline_year.setText(str(baseline_year or ""))
    targets = {}
    end = None
    if indicator_id is not None:
        targets = {(y, q): Decimal(v) for y, q, v in db.execute(
            "SELECT year, quarter, value FROM target WHERE indicator_id = ?", [indicator_id])}
        end_row = db.execute("SELECT value FROM end_target WHERE indicator_id = ?", [indicator_id]).fetchone()
        end = Decimal(end_row[0]) if end_row else None
    for r, year in enumerate(dialog.years):
        for q in range(5):
            dialog.targets.setItem(r, q, QTableWidgetItem(value_text(targets.get((year, q)), decimals)))
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
