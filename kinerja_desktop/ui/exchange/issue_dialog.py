"""Issuing packages: one OPD or all OPDs of the chosen period into a folder, off the GUI thread."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPushButton, QSpinBox, QWidget,
)

from kinerja_desktop.services.package_issue import IssueRefused, issue_all, issue_package
from kinerja_desktop.services import reads
from kinerja_desktop.ui.tasks import write_task
from kinerja_desktop.ui.i18n import domain_text


class IssueDialog(QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.outcome: tuple[list, list] | None = None
        self.setWindowTitle(self.tr("Terbitkan paket"))
        form = QFormLayout(self)
        self.agency = QComboBox()
        self.agency.addItem(self.tr("Semua OPD"), None)
        for a in reads.load_agencies(context.db):
            self.agency.addItem(f"{a.code} — {a.name}", a.code)
        self.year = QSpinBox(minimum=context.plan.start_year, maximum=context.plan.end_year, value=context.year)
        self.quarter = QComboBox()
        for q in (1, 2, 3, 4):
            self.quarter.addItem(domain_text(f"TW {'I II III IV'.split()[q - 1]}"), q)
        self.quarter.setCurrentIndex(context.quarter - 1)
        self.folder = QLineEdit(str(Path.home()))
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        holder = QWidget()
        holder.setLayout(row)
        form.addRow(self.tr("OPD"), self.agency)
        form.addRow(self.tr("Tahun"), self.year)
        form.addRow(self.tr("Triwulan"), self.quarter)
        form.addRow(self.tr("Folder tujuan"), holder)
        self.note = QLabel(self.tr("Satu berkas .xlsx per OPD; nama berkas: paket_KODE_TAHUN_TWn.xlsx"))
        form.addRow(self.note)
        buttons = QDialogButtonBox()
        self.issue_button = buttons.addButton(self.tr("Terbitkan"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.RejectRole)
        self.issue_button.clicked.connect(self.start)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder tujuan paket"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def start(self) -> None:
        code, year, quarter = self.agency.currentData(), self.year.value(), self.quarter.currentData()
        folder, user, context = Path(self.folder.text()), self.context.user, self.context
        plan_id = context.plan_id_for(year)

        def write(db, progress):
            if code is None:
                return issue_all(db, user, year, quarter, folder, progress, lambda: progress.cancelled, plan_id=plan_id)
            return [issue_package(db, user, code, year, quarter, folder, plan_id=plan_id)], []

        self.issue_button.setEnabled(False)
        # issuing records the packages sent; no value changes, so nothing to announce
        self.task = write_task(self, context, self.tr("Menerbitkan paket…"), write, lambda _r: None, self._done,
                               self._failed, cancellable=True)

    def _done(self, outcome) -> None:
        self.outcome = outcome
        issued, skipped = outcome
        text = self.tr("%n paket diterbitkan.", "", len(issued))
        if skipped:
            text += "\n\n" + "\n".join(skipped)
        self.show_info(text)
        self.accept()

    def _failed(self, exc) -> None:
        self.issue_button.setEnabled(True)
        self.show_info(str(exc) if isinstance(exc, IssueRefused) else f"{type(exc).__name__}: {exc}")

    def show_info(self, text: str) -> None:  # tests replace it
        QMessageBox.information(self, self.tr("Terbitkan paket"), text)
