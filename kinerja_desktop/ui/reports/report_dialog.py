"""The evaluation report (Permendagri 86/2017): year, quarter, one OPD or all, .xlsx or PDF,
A4 or F4; written off the GUI thread, then the folder is opened."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPushButton, QRadioButton, QWidget,
)

from kinerja_desktop.exchange.report_model import roman
from kinerja_desktop.services.report import ReportRefused, write_report
from kinerja_desktop.services import reads
from kinerja_desktop.ui.tasks import read_task
from kinerja_desktop.ui.i18n import domain_text


class ReportDialog(QDialog):
    def __init__(self, context, parent=None, folder: Path | None = None):
        super().__init__(parent)
        self.context = context
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Laporan evaluasi hasil RKPD"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.year = QComboBox()
        for y in context.plan.years:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(context.year)))
        self.quarter = QComboBox()
        for q in (1, 2, 3, 4):
            self.quarter.addItem(domain_text(f"TW {roman(q)}"), q)
        self.quarter.setCurrentIndex(context.quarter - 1)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Seluruh perangkat daerah (konsolidasi + ringkasan OPD)"), None)
        for a in reads.load_agencies(context.db):
            self.scope.addItem(f"{a.code} — {a.name}", a.code)
        if context.user is not None and context.user.role == "operator":
            own = next((i for i in range(self.scope.count())
                        if self.scope.itemData(i) and reads.agency_by_code(context.db, self.scope.itemData(i)).id
                        == context.user.agency_id), 0)
            self.scope.setCurrentIndex(own)
        self.xlsx = QRadioButton(self.tr("Excel (.xlsx)"))
        self.pdf = QRadioButton(self.tr("PDF"))
        self.xlsx.setChecked(True)
        formats = QHBoxLayout()
        formats.addWidget(self.xlsx)
        formats.addWidget(self.pdf)
        formats.addStretch(1)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4 lanskap"), "A4")
        self.paper.addItem(self.tr("F4 / Folio lanskap (215 × 330 mm)"), "F4")
        self.folder = QLineEdit(str(folder or Path.home()))
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.open_after = QCheckBox(self.tr("Buka foldernya setelah selesai"))
        self.open_after.setChecked(True)
        form.addRow(self.tr("Tahun"), self.year)
        form.addRow(self.tr("Triwulan"), self.quarter)
        form.addRow(self.tr("Cakupan"), self.scope)
        form.addRow(self.tr("Bentuk"), _holder(formats))
        form.addRow(self.tr("Kertas"), self.paper)
        form.addRow(self.tr("Folder"), _holder(folder_row))
        form.addRow(self.open_after)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.message)
        buttons = QDialogButtonBox()
        self.make_button = buttons.addButton(self.tr("Buat laporan"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.RejectRole)
        self.make_button.clicked.connect(self.start)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder laporan"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def out_path(self) -> Path:
        code = self.scope.currentData() or "SEMUA"
        suffix = ".pdf" if self.pdf.isChecked() else ".xlsx"
        name = f"evaluasi_rkpd_{code}_{self.year.currentData()}_TW{self.quarter.currentData()}{suffix}"
        return Path(self.folder.text()) / name

    def start(self) -> None:
        out, code = self.out_path(), self.scope.currentData()
        year, quarter, paper, context = self.year.currentData(), self.quarter.currentData(), self.paper.currentData(), self.context
        plan_id = context.plan_id_for(year)

        def read(db, progress):
            return write_report(db, out, year, quarter, code, paper, progress=progress, plan_id=plan_id)

        self.make_button.setEnabled(False)
        self.message.setText(self.tr("Menyusun laporan…"))
        self.task = read_task(self, context, self.tr("Menyusun laporan evaluasi…"), read, self._done, self._failed)

    def _done(self, path: Path) -> None:
        self.written = path
        self.make_button.setEnabled(True)
        self.message.setText(self.tr("Laporan dibuat: %1").replace("%1", str(path)))
        if self.open_after.isChecked():
            self.open_folder(path.parent)

    def _failed(self, exc) -> None:
        self.make_button.setEnabled(True)
        text = str(exc) if isinstance(exc, (ReportRefused, LookupError)) else f"{type(exc).__name__}: {exc}"
        self.message.setText(text)
        self.show_error(text)

    def open_folder(self, folder: Path) -> None:  # tests replace it
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_error(self, text: str) -> None:  # tests replace it
        QMessageBox.warning(self, self.tr("Laporan evaluasi"), text)


def _holder(layout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
