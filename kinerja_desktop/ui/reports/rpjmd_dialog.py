"""The RPJMD evaluation across years (Permendagri 86/2017): the period shown, goal and objective
indicators with programs as an option, .xlsx or PDF, A4 or F4; written off the GUI thread, then
the folder is opened."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPushButton, QRadioButton, QWidget,
)

from kinerja_desktop.services.report import ReportRefused
from kinerja_desktop.services.rpjmd_form import write_rpjmd_form
from kinerja_desktop.ui.tasks import read_task


class RpjmdDialog(QDialog):
    def __init__(self, context, parent=None, folder: Path | None = None):
        super().__init__(parent)
        self.context = context
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Evaluasi hasil RPJMD antar tahun"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        plan = context.plan
        self.period = QLabel(plan.label)
        self.programs = QCheckBox(self.tr("Sertakan indikator program di bawah sasarannya"))
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
        form.addRow(self.tr("Periode rencana"), self.period)
        form.addRow(self.tr("Isi"), self.programs)
        form.addRow(self.tr("Bentuk"), _holder(formats))
        form.addRow(self.tr("Kertas"), self.paper)
        form.addRow(self.tr("Folder"), _holder(folder_row))
        form.addRow(self.open_after)
        note = QLabel(self.tr("Setiap tahun periode: target, realisasi, capaian dan predikat (realisasi tahun "
                              "itu pada triwulan terakhir yang dilaporkan), lalu kondisi pada akhir periode."))
        note.setWordWrap(True)
        form.addRow(note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.message)
        buttons = QDialogButtonBox()
        self.make_button = buttons.addButton(self.tr("Buat laporan"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.RejectRole)
        self.make_button.clicked.connect(self.start)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def plan_id(self) -> int | None:
        # The period chosen beside year and quarter (PERIODS.md); None: the default period.
        return getattr(self.context, "plan_id", None)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder laporan"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def out_path(self) -> Path:
        plan = self.context.plan
        suffix = ".pdf" if self.pdf.isChecked() else ".xlsx"
        extra = "_program" if self.programs.isChecked() else ""
        return Path(self.folder.text()) / f"evaluasi_rpjmd_{plan.start_year}_{plan.end_year}{extra}{suffix}"

    def start(self) -> None:
        out, plan_id, programs, paper = self.out_path(), self.plan_id(), self.programs.isChecked(), self.paper.currentData()

        def read(db, progress):
            return write_rpjmd_form(db, out, plan_id, programs, paper, progress=progress)

        self.make_button.setEnabled(False)
        self.message.setText(self.tr("Menyusun laporan…"))
        self.task = read_task(self, self.context, self.tr("Menyusun evaluasi hasil RPJMD…"), read, self._done,
                              self._failed)

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
        QMessageBox.warning(self, self.tr("Evaluasi hasil RPJMD"), text)


def _holder(layout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
