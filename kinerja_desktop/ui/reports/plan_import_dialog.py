"""Importing a plan from the plan document's own table (issue 13 point 3): pick the workbook (and
a mapping, if its headers are unusual); the table is read and compared off the GUI thread; the
preview shows new rows, changed values, structural changes apart (imported only when the box
is ticked), the agencies to confirm with their close matches, and the refused rows by row."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
)

from kinerja_desktop.exchange.plan_table import PlanTableRefused, load_mapping, read_plan_table
from kinerja_desktop.services import reads
from kinerja_desktop.services.plan_import import PlanImportRefused, apply_plan_import, preview_plan_import
from kinerja_desktop.ui.tasks import read_task, write_task


class PlanImportDialog(QDialog):
    def __init__(self, context, parent=None, path: Path | None = None):
        super().__init__(parent)
        self.context = context
        self.preview = None
        self.result_text = ""
        self.task = None
        self.opd_choices: dict[str, str] = {}
        self.setWindowTitle(self.tr("Impor rencana dari tabel RPJMD/IKU daerah"))
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit(readOnly=True)
        self.path.setPlaceholderText(self.tr("Belum ada berkas; pilih tabel rencana (.xlsx)"))
        browse = QPushButton(self.tr("Pilih tabel…"))
        browse.clicked.connect(self._browse)
        self.mapping = QLineEdit(readOnly=True)
        self.mapping.setPlaceholderText(self.tr("Pemetaan (tidak wajib)"))
        mapping = QPushButton(self.tr("Pemetaan JSON…"))
        mapping.clicked.connect(self._browse_mapping)
        for w, stretch in ((self.path, 3), (browse, 0), (self.mapping, 1), (mapping, 0)):
            row.addWidget(w, stretch)
        layout.addLayout(row)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.tabs = QTabWidget()
        self.new_table, self.changed_table, self.structural_table = (self._line_table() for _ in range(3))
        self.refused_table = self._table([self.tr("Baris ditolak (lembar, baris, alasan)")])
        self.agency_table = self._table([self.tr("OPD di tabel"), self.tr("Paling mirip (skor)"),
                                         self.tr("Pilih OPD untuk dipastikan")])
        for table in (self.new_table, self.changed_table, self.structural_table, self.refused_table, self.agency_table):
            self.tabs.addTab(table, "")
        layout.addWidget(self.tabs, 1)
        agency_row = QHBoxLayout()
        self.recheck = QPushButton(self.tr("Pakai pilihan OPD dan periksa lagi"))
        self.recheck.clicked.connect(self._recheck)
        agency_row.addWidget(self.recheck)
        agency_row.addStretch(1)
        layout.addLayout(agency_row)
        self.confirm = QCheckBox(self.tr("Saya sudah memeriksa perubahan struktur (simpul, OPD, agregasi, target akhir) "
                                         "dan menyetujuinya"))
        self.confirm.toggled.connect(self._update_buttons)
        layout.addWidget(self.confirm)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Impor"), QDialogButtonBox.AcceptRole)
        self.buttons.addButton(self.tr("Tutup"), QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show_preview(None)
        if path is not None:
            self.set_path(Path(path))

    # --- widgets -------------------------------------------------------------------------------
    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.Stretch)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.NoEditTriggers)
        return table

    def _line_table(self) -> QTableWidget:
        table = self._table([self.tr("Baris"), self.tr("Kode"), self.tr("Nama"), self.tr("OPD"), self.tr("Simpul"),
                             self.tr("Rincian")])
        table.setWordWrap(True)
        return table

    def show_error(self, text: str) -> None:  # tests replace it
        QMessageBox.warning(self, self.windowTitle(), text)

    # --- choosing files --------------------------------------------------------------------------
    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Tabel rencana"), str(Path.home()),
                                              self.tr("Buku kerja Excel (*.xlsx)"))
        if name:
            self.set_path(Path(name))

    def _browse_mapping(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pemetaan kolom"), str(Path.home()),
                                              self.tr("Pemetaan JSON (*.json)"))
        if name:
            self.mapping.setText(name)
            if self.path.text():
                self._read()

    def set_path(self, path: Path) -> None:
        self.path.setText(str(path))
        self.opd_choices = {}
        self._read()

    # --- reading and applying off the GUI thread ------------------------------------------------
    def _read(self) -> None:
        path, mapping_path = Path(self.path.text()), self.mapping.text()
        choices = dict(self.opd_choices)
        plan_id = getattr(self.context, "plan_id", None)

        def read(db, progress):
            progress(0, 2, "Membaca tabel…")
            mapping = load_mapping(mapping_path) if mapping_path else None
            table = read_plan_table(path, mapping)
            progress(1, 2, "Membandingkan dengan rencana…")
            return preview_plan_import(db, table, plan_id=plan_id, opd_choices=choices)

        self.note.setText(self.tr("Membaca tabel…"))
        self._show_preview(None)
        self.task = read_task(self, self.context, self.tr("Membaca tabel rencana…"), read, self._show_preview,
                              self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        if isinstance(exc, (PlanTableRefused, PlanImportRefused)):
            self.note.setText(str(exc))
            self.show_error(str(exc))
            self._update_buttons()
            return
        raise exc

    def _recheck(self) -> None:
        for r in range(self.agency_table.rowCount()):
            combo = self.agency_table.cellWidget(r, 2)
            if combo is not None and combo.currentData():
                self.opd_choices[self.agency_table.item(r, 0).text()] = combo.currentData()
        self._read()

    def _apply(self) -> None:
        preview, confirm = self.preview, self.confirm.isChecked()
        if preview is None or preview.blocking(confirm):
            return
        user = self.context.user

        def write(db, progress):
            progress(0, 1, "Menerapkan rencana…")
            return apply_plan_import(db, preview, user, confirm_structure=confirm)

        def done(result) -> None:
            self.task = None
            self.result_text = result.text.replace("Data induk", "Rencana").replace("data induk", "rencana")
            self.accept()

        self.import_button.setEnabled(False)
        self.task = write_task(self, self.context, self.tr("Menerapkan rencana…"), write, lambda _: (), done,
                               self._failed)

    # --- showing the preview -----------------------------------------------------------------------
    def _fill(self, table: QTableWidget, lines) -> None:
        table.setRowCount(len(lines))
        for i, line in enumerate(lines):
            cells = (str(line.row), line.code, line.name, line.opd, line.node, "; ".join(line.what))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(i, c, item)
        table.resizeColumnsToContents()
        table.setColumnWidth(2, min(table.columnWidth(2), 320))

    def _show_preview(self, preview) -> None:
        self.task = None
        self.preview = preview
        p = preview
        self._fill(self.new_table, p.new if p else [])
        self._fill(self.changed_table, p.changed if p else [])
        self._fill(self.structural_table, p.structural if p else [])
        refused = p.refused if p else []
        self.refused_table.setRowCount(len(refused))
        for i, text in enumerate(refused):
            self.refused_table.setItem(i, 0, QTableWidgetItem(text))
        self._fill_agencies(p.agencies if p else [])
        counts = (len(p.new), len(p.changed), len(p.structural), len(refused), len(p.agencies)) if p else (0,) * 5
        for index, (label, n) in enumerate(zip((self.tr("Baru"), self.tr("Berubah"), self.tr("Perubahan struktur"),
                                                self.tr("Ditolak"), self.tr("OPD perlu dipastikan")), counts)):
            self.tabs.setTabText(index, f"{label} ({n})")
        self.confirm.setChecked(False)
        self.confirm.setEnabled(bool(p and p.structural))
        self.recheck.setEnabled(bool(p and p.agencies))
        if p is not None:
            self.note.setText(self.tr("Berkas '%1', lembar '%2', ke periode %3.").replace("%1", p.file_name)
                              .replace("%2", p.sheet).replace("%3", p.plan.name))
            first = next((i for i, n in zip((2, 3, 4), counts[2:]) if n), None)
            if first is not None:
                self.tabs.setCurrentIndex(first)
        self._update_buttons()

    def _fill_agencies(self, matches) -> None:
        agencies = reads.load_agencies(self.context.db)
        self.agency_table.setRowCount(len(matches))
        for i, m in enumerate(matches):
            self.agency_table.setItem(i, 0, QTableWidgetItem(m.text))
            best = m.candidates[0] if m.candidates else None
            self.agency_table.setItem(i, 1, QTableWidgetItem(
                f"{best[0]} — {best[1]} ({best[2]:.2f})" if best else self.tr("tidak ada yang mirip")))
            combo = QComboBox()
            combo.addItem(self.tr("(belum dipilih)"), None)
            for code, name, score in m.candidates:
                combo.addItem(self.tr("%1 — %2 (skor %3)").replace("%1", code).replace("%2", name)
                              .replace("%3", f"{score:.2f}"), code)
            shown = {code for code, _, _ in m.candidates}
            for a in agencies:
                if a.code not in shown:
                    combo.addItem(f"{a.code} — {a.name}", a.code)
            self.agency_table.setCellWidget(i, 2, combo)
        self.agency_table.resizeColumnToContents(0)
        self.agency_table.resizeColumnToContents(1)

    def _update_buttons(self) -> None:
        p = self.preview
        why = p.blocking(self.confirm.isChecked()) if p else self.tr("Pilih tabel rencana (.xlsx).")
        self.import_button.setEnabled(p is not None and not why and self.task is None)
        if p is not None:
            self.summary.setText(self.tr("%1 baru, %2 berubah, %3 perubahan struktur, %4 tetap, %5 ditolak.")
                                 .replace("%1", str(len(p.new))).replace("%2", str(len(p.changed)))
                                 .replace("%3", str(len(p.structural))).replace("%4", str(p.unchanged))
                                 .replace("%5", str(len(p.refused))) + (" " + why if why else ""))
