"""Consolidating many packages: read them all off the GUI thread (progress, cancel), show one line
per file, apply the good ones (one transaction per file), then one summary line per OPD that can
be saved as .xlsx. Packages without a valid signature are marked; double-click a file for its rows."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
    QPlainTextEdit, QPushButton, QTableView, QVBoxLayout,
)

from kinerja_desktop.services.package_import import SIGNATURE_LABELS
from kinerja_desktop.services.package_summary import OUTCOME_LABELS, write_summary
from kinerja_desktop.services.packages import apply_previews, consolidate, summarise
from kinerja_desktop.ui.tasks import file_task, read_task, write_task
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.exchange.import_dialog import ImportDialog

UNSIGNED_COLOUR = "#F9D98C"     # amber: a person confirms these (with a label and an icon, not colour alone)
OUTCOME_COLOURS = {"applied": "#D8F0DC", "dry-run": "#DCE8F8", "unchanged": "#EEEEEE", "no-change": "#EEEEEE",
                   "refused": "#F6D0CE", "duplicate": "#FCE3C4", "cancelled": "#EEEEEE"}



def changed_indicators(results) -> frozenset | None:
    """The indicators the applied packages changed (None: no package changed any)."""
    ids = frozenset().union(*(r.indicator_ids for r in results)) if results else frozenset()
    return ids or None

class ConsolidateDialog(QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.results = []
        self.task = None
        self.setWindowTitle(self.tr("Konsolidasi paket OPD"))
        self.resize(1100, 600)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.files_button = QPushButton(self.tr("Pilih berkas…"))
        self.folder_button = QPushButton(self.tr("Pilih folder…"))
        self.files_button.clicked.connect(self._choose_files)
        self.folder_button.clicked.connect(self._choose_folder)
        top.addWidget(self.files_button)
        top.addWidget(self.folder_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.info = QPlainTextEdit(readOnly=True)
        self.info.setPlainText(self.tr("Pilih berkas paket (.xlsx) atau satu folder berisi paket dari OPD. "
                                       "Berkas dibaca dulu; belum ada yang ditulis sampai Anda menekan Terapkan. "
                                       "Klik ganda sebuah berkas untuk melihat baris-barisnya."))
        self.info.setMaximumHeight(90)
        layout.addWidget(self.info)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([self.tr("Berkas"), self.tr("OPD"), self.tr("Hasil"),
                                              self.tr("Tanda tangan"), self.tr("Keterangan")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setToolTip(self.tr("Klik ganda sebuah berkas untuk melihat baris-barisnya."))
        self.table.doubleClicked.connect(lambda index: self.show_rows(index.row()))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        for col, width in enumerate((230, 110, 110, 220)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)
        options = QHBoxLayout()
        # Administrator only: accept the files refused for their signature alone, with a written (audited) reason.
        admin = context.user.role == "administrator"
        self.untrusted_label = QLabel(self.tr("Terima paket bertanda tangan tidak sah, alasan:"))
        self.untrusted_reason = QLineEdit()
        self.untrusted_reason.setPlaceholderText(self.tr("wajib bagi administrator, dicatat"))
        self.untrusted_reason.setMinimumWidth(300)
        self.untrusted_label.setVisible(admin)
        self.untrusted_reason.setVisible(admin)
        self.untrusted_reason.textChanged.connect(lambda _text: self._update())
        self.accept_versions = QCheckBox(self.tr("Terima versi baru"))
        self.conflicts = QComboBox()
        self.conflicts.addItem(self.tr("Konflik: pertahankan nilai sekarang"), "keep")
        self.conflicts.addItem(self.tr("Konflik: ambil nilai paket"), "take")
        for w in (self.untrusted_label, self.untrusted_reason, self.accept_versions, self.conflicts):
            options.addWidget(w)
        options.addStretch(1)
        layout.addLayout(options)
        bottom = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("Terapkan"))
        self.save_button = QPushButton(self.tr("Simpan ringkasan…"))
        self.close_button = QPushButton(self.tr("Tutup"))
        self.apply_button.clicked.connect(self.apply)
        self.save_button.clicked.connect(self._save)
        self.close_button.clicked.connect(self.reject)
        bottom.addStretch(1)
        for b in (self.apply_button, self.save_button, self.close_button):
            bottom.addWidget(b)
        layout.addLayout(bottom)
        self._update()

    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Pilih paket"), str(Path.home()), "Excel (*.xlsx)")
        if files:
            self.read(files)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder paket"), str(Path.home()))
        if folder:
            self.read([folder])

    def read(self, paths) -> None:
        """Preview every file in a worker thread (nothing is written)."""
        context = self.context

        def read(db, progress):
            return consolidate(db, context.user, paths, apply=False, progress=progress,
                               cancelled=lambda: progress.cancelled)

        self.files_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.task = read_task(self, context, self.tr("Membaca paket…"), read, self._read_done, self._failed, cancellable=True)

    def _read_done(self, results) -> None:
        self.results = results
        self.files_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self._fill()

    def _failed(self, exc) -> None:
        self.files_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self.show_info(f"{type(exc).__name__}: {exc}")

    def apply(self) -> None:
        """Write the previewed files off the GUI thread (a regency's 40 packages at scale take seconds)."""
        context, results = self.context, list(self.results)
        options = dict(untrusted_reason=self._untrusted_reason(),
                       accept_new_version=self.accept_versions.isChecked(), conflicts=self.conflicts.currentData())

        def write(db, progress):
            return apply_previews(db, context.user, results, progress=progress, **options)

        self.apply_button.setEnabled(False)
        self.files_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.task = write_task(self, context, self.tr("Menerapkan paket…"), write, changed_indicators, self._applied,
                               self._failed)

    def _applied(self, results) -> None:
        self.results = results
        self.files_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self._fill()
        lines = [f"{s.code}: {s.applied} diterapkan, {s.written} nilai ditulis, {s.rejected_rows} baris ditolak, "
                 f"{s.conflicts} konflik, {s.refused_files} berkas ditolak"
                 + (f", {s.flagged_rows} baris perlu diperiksa" if s.flagged_rows else "")
                 for s in summarise(self.results)]
        self.info.setPlainText("\n".join(lines) or self.tr("Tidak ada berkas."))

    def _fill(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for r in self.results:
            sig = SIGNATURE_LABELS[r.preview.signature] if r.preview and r.preview.package else ""
            items = [QStandardItem(t) for t in (r.path.name, r.agency_code, OUTCOME_LABELS[r.outcome], sig, r.message)]
            for item in items:
                item.setEditable(False)
                item.setBackground(QBrush(QColor(OUTCOME_COLOURS[r.outcome])))
                item.setToolTip(item.text())
            if sig and r.preview.trust_problem:
                items[3].setBackground(QBrush(QColor(UNSIGNED_COLOUR)))
                items[3].setIcon(theme.icon("mdi6.alert"))
                items[3].setToolTip(self.tr("OPD ini mempunyai kunci terdaftar, tetapi paket ini tidak bertanda tangan "
                                            "sah dengan kunci itu: hanya administrator yang dapat menerimanya dengan "
                                            "alasan tertulis."))
            self.model.appendRow(items)
        self.table.resizeRowsToContents()
        self._update()

    def show_rows(self, row: int) -> None:
        """The rows of one previewed file, read-only: apply happens here for all files at once."""
        if not 0 <= row < len(self.results) or self.results[row].preview is None:
            return
        dialog = ImportDialog(self.context, self.results[row].preview, self)
        dialog.setWindowTitle(self.tr("Isi paket: ") + self.results[row].path.name)
        for w in (dialog.apply_button, dialog.override_label, dialog.override_reason, dialog.confirm_version, dialog.keep_all, dialog.take_all):
            w.hide()
        dialog.cancel_button.setText(self.tr("Tutup"))
        dialog.table.setEditTriggers(QTableView.NoEditTriggers)
        self.detail_dialog = dialog
        dialog.open()

    def _untrusted_reason(self) -> str:
        return self.untrusted_reason.text().strip() if self.context.user.role == "administrator" else ""

    def _update(self) -> None:
        overridable = len(self._untrusted_reason()) >= 10 and any(
            r.outcome == "refused" and r.preview and r.preview.trust_problem for r in self.results)
        self.apply_button.setEnabled(overridable or any(r.outcome == "dry-run" for r in self.results))
        self.save_button.setEnabled(bool(self.results))

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan ringkasan"), str(Path.home() / "ringkasan_konsolidasi.xlsx"),
                                              "Excel (*.xlsx)")
        if path:
            results = list(self.results)
            file_task(self, self.tr("Menyimpan ringkasan…"), lambda progress: self.save_summary(path, results),
                     lambda saved: self.show_info(self.tr("Ringkasan disimpan: ") + str(saved)),
                     lambda exc: self.show_info(f"{type(exc).__name__}: {exc}"))

    def save_summary(self, path, results=None) -> Path:
        results = self.results if results is None else results
        return write_summary(path, summarise(results), results)

    def show_info(self, text: str) -> None:  # tests replace it
        QMessageBox.information(self, self.tr("Konsolidasi paket"), text)
