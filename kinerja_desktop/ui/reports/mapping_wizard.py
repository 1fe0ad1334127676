"""The column-mapping wizard for a regency's own RPJMD / IKU table: pick the sheet and header
rows, say which column is which (a proposal from the header texts, or the mapping remembered
for this layout), pick where the indicators go, check the preview, import."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from openpyxl.utils import get_column_letter

from kinerja_desktop.exchange import mapping as mp
from kinerja_desktop.exchange.masterdata_format import WORDS
from kinerja_desktop.services.masterdata import MasterDataRefused
from kinerja_desktop.services.masterdata_mapping import (
    MappingChoice, apply_mapping, excluded_rows, preview_mapping, remembered,
)
from kinerja_desktop.services.masterdata_preview import STATUS_LABELS
from kinerja_desktop.services import reads
from kinerja_desktop.ui.reports.masterdata_dialogs import STATUS_COLOURS

NODE_LABELS = {"goal": "Tujuan", "objective": "Sasaran", "program": "Program"}


class MappingWizard(QWizard):
    def __init__(self, context, parent=None, path: Path | None = None):
        super().__init__(parent)
        self.context = context
        self.table: mp.Table | None = None
        self.headers: list[str] = []
        self.preview = None
        self.result_text = ""
        self.setWindowTitle(self.tr("Impor tabel RPJMD/IKU (pemetaan kolom)"))
        self.resize(1000, 620)
        self.source_page = SourcePage(self)
        self.columns_page = ColumnsPage(self)
        self.target_page = TargetPage(self)
        for page in (self.source_page, self.columns_page, self.target_page):
            self.addPage(page)
        self.setButtonText(QWizard.FinishButton, self.tr("Impor"))
        self.setButtonText(QWizard.NextButton, self.tr("Lanjut >"))
        self.setButtonText(QWizard.BackButton, self.tr("< Kembali"))
        self.setButtonText(QWizard.CancelButton, self.tr("Batal"))
        if path is not None:
            self.source_page.set_path(path)

    def header_rows(self) -> tuple[int, int]:
        return self.source_page.first.value() - 1, self.source_page.last.value() - 1

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.target_page:
            return self.target_page.do_import()
        return super().validateCurrentPage()

    def show_error(self, text: str) -> None:  # tests replace it
        QMessageBox.warning(self, self.windowTitle(), text)


class SourcePage(QWizardPage):
    def __init__(self, wizard: MappingWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Berkas dan baris judul"))
        self.setSubTitle(self.tr("Pilih buku kerja tabel RPJMD/IKU daerah, lembarnya, dan baris judul kolomnya."))
        form = QFormLayout(self)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("Pilih berkas…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        holder = QWidget()
        row.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(row)
        self.sheet = QComboBox()
        self.sheet.currentIndexChanged.connect(self._load_sheet)
        self.first = QSpinBox(minimum=1, maximum=mp.MAX_ROWS)
        self.last = QSpinBox(minimum=1, maximum=mp.MAX_ROWS)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form.addRow(self.tr("Berkas"), holder)
        form.addRow(self.tr("Lembar"), self.sheet)
        form.addRow(self.tr("Baris judul pertama"), self.first)
        form.addRow(self.tr("Baris judul terakhir"), self.last)
        form.addRow(self.note)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Tabel RPJMD/IKU"), str(Path.home()),
                                              self.tr("Buku kerja Excel (*.xlsx)"))
        if name:
            self.set_path(Path(name))

    def set_path(self, path: Path) -> None:
        self.path.setText(str(path))
        try:
            names = mp.sheet_names(path)
        except MasterDataRefused as exc:
            self.note.setText(str(exc))
            self.w.show_error(str(exc))
            return
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(names)
        self.sheet.blockSignals(False)
        self._load_sheet()

    def _load_sheet(self) -> None:
        if not self.sheet.currentText():
            return
        try:
            self.w.table = mp.load_table(Path(self.path.text()), self.sheet.currentText())
            first, last = mp.detect_header(self.w.table.grid)
        except MasterDataRefused as exc:
            self.w.table = None
            self.note.setText(str(exc))
            return
        self.first.setValue(first + 1)
        self.last.setValue(last + 1)
        self.note.setText(self.tr("Baris judul terdeteksi: %1 sampai %2. Ubah bila keliru.")
                          .replace("%1", str(first + 1)).replace("%2", str(last + 1)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.table is not None and self.first.value() <= self.last.value()


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: MappingWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Arti setiap kolom"))
        self.setSubTitle(self.tr("Usulan dibaca dari judul kolom; ubah pilihan 'Arti' bila keliru."))
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.grid = QTableWidget(0, 4)
        self.grid.setHorizontalHeaderLabels([self.tr("Kolom"), self.tr("Judul"), self.tr("Contoh isi"), self.tr("Arti")])
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.grid.verticalHeader().hide()
        layout.addWidget(self.grid, 1)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        first, last = self.w.header_rows()
        grid = self.w.table.grid
        self.w.headers = mp.column_headers(grid, first, last)
        saved = remembered(self.w.context.db, self.w.headers)
        proposal = saved["columns"] if saved else mp.propose_mapping(self.w.headers)
        self.note.setText(self.tr("Pemetaan tersimpan untuk tata letak tabel ini dipakai.") if saved else
                          self.tr("Pemetaan diusulkan dari judul kolom."))
        years = sorted({int(r.split(":")[1]) for r in proposal.values() if r.startswith("target:")}
                       | set(self.w.context.plan.years))
        roles = list(mp.ROLES) + [f"target:{y}" for y in years]
        self.grid.setRowCount(len(self.w.headers))
        self.combos = []
        # Sample data rows, not the goal/objective bands merged across the table.
        samples = [row for row in grid[last + 1:last + 12] if len({str(v) for v in row if v not in (None, "")}) > 1]
        for c, header in enumerate(self.w.headers):
            self.grid.setItem(c, 0, QTableWidgetItem(get_column_letter(c + 1)))
            self.grid.setItem(c, 1, QTableWidgetItem(header))
            example = ", ".join(str(r[c]) for r in samples[:3] if r[c] not in (None, ""))
            self.grid.setItem(c, 2, QTableWidgetItem(example[:80]))
            combo = QComboBox()
            for role in roles:
                combo.addItem(mp.role_label(role), role)
            combo.setCurrentIndex(max(0, combo.findData(proposal.get(c, "ignore"))))
            self.grid.setCellWidget(c, 3, combo)
            self.combos.append(combo)
        self.grid.resizeColumnToContents(0)
        self.grid.setColumnWidth(2, 220)
        self.grid.setColumnWidth(3, 200)

    def mapping(self) -> dict[int, str]:
        return {c: combo.currentData() for c, combo in enumerate(self.combos)}

    def validatePage(self) -> bool:
        if "indicator" not in self.mapping().values():
            self.w.show_error(self.tr("Pilih kolom mana yang berisi nama indikator."))
            return False
        return True


class TargetPage(QWizardPage):
    def __init__(self, wizard: MappingWizard):
        super().__init__()
        self.w = wizard
        self.overrides: dict[int, dict] = {}
        self.excluded: set[int] = set()
        self.setTitle(self.tr("Tujuan impor dan pratinjau"))
        self.setSubTitle(self.tr("Indikator dipasang pada satu tujuan, sasaran atau program. Polaritas dan agregasi "
                                 "diusulkan dari nama dan satuannya; ubah bila perlu."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.level = QComboBox()
        for key, label in NODE_LABELS.items():
            self.level.addItem(self.tr(label), key)
        self.node = QComboBox()
        self.opd = QComboBox()
        self.level.currentIndexChanged.connect(self._fill_nodes)
        form.addRow(self.tr("Pasang pada"), self.level)
        form.addRow(self.tr("Simpul"), self.node)
        form.addRow(self.tr("OPD bila tabel tidak menyebutnya"), self.opd)
        layout.addLayout(form)
        refresh = QPushButton(self.tr("Perbarui pratinjau"))
        refresh.clicked.connect(self.refresh)
        layout.addWidget(refresh, 0, Qt.AlignLeft)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("Baris"), self.tr("Kode"), self.tr("Indikator"), self.tr("Status"),
                                              self.tr("Polaritas"), self.tr("Agregasi"), self.tr("Keterangan")])
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemChanged.connect(self._exclusion_changed)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

    def initializePage(self) -> None:
        self.opd.clear()
        self.opd.addItem(self.tr("(tidak ada)"), None)
        for a in reads.load_agencies(self.w.context.db):
            self.opd.addItem(f"{a.code} — {a.name}", a.code)
        self._fill_nodes()

    def _fill_nodes(self) -> None:
        self.node.clear()
        for n in reads.load_nodes(self.w.context.db):
            if n.node_type == self.level.currentData():
                opd = None
                if n.agency_id is not None:
                    opd = reads.lookups.agency_code(self.w.context.db, n.agency_id)
                self.node.addItem(f"{n.code} — {n.name}" + (f" ({opd})" if opd else ""), (n.code, opd))
        self.refresh()

    def choice(self) -> MappingChoice:
        code, opd = self.node.currentData() or ("", None)
        return MappingChoice(self.w.columns_page.mapping(), self.level.currentData(), code, node_opd=opd,
                             default_opd=self.opd.currentData(), overrides=dict(self.overrides))

    def refresh(self) -> None:
        if self.node.currentData() is None or self.w.table is None:
            return
        try:
            preview, _ = preview_mapping(self.w.context.db, self.w.table, self.w.header_rows()[1], self.choice())
        except MasterDataRefused as exc:
            self.summary.setText(str(exc))
            return
        self.w.preview = preview
        rows = [r for r in preview.rows if r.sheet == "Indikator"]
        for r in rows:   # a rejected target rejects its source row: both are excluded together
            bad = [t for t in preview.rows if t.sheet == "Target" and t.row == r.row and t.status == "rejected"]
            if bad and r.status != "excluded":
                r.status = "rejected"
                r.reasons = r.reasons + [reason for t in bad for reason in t.reasons]
        self.table.blockSignals(True)
        self.table.clearContents()
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            v = r.values
            status = "excluded" if r.row in self.excluded else r.status
            cells = [str(r.row), str(v.get("kode") or ""), str(v.get("nama") or ""),
                     STATUS_LABELS[status].capitalize(), None, None, "; ".join(r.reasons or r.changes)]
            for c, text in enumerate(cells):
                if text is None:
                    continue
                item = QTableWidgetItem(text)
                if c == 6:
                    item.setToolTip("\n".join(r.reasons or r.changes))
                if c == 3 and status in STATUS_COLOURS:
                    item.setBackground(QColor(STATUS_COLOURS[status]))
                if c == 3 and r.status == "rejected":
                    item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
                    item.setCheckState(Qt.Checked if r.row in self.excluded else Qt.Unchecked)
                    item.setToolTip(self.tr("Centang untuk mengecualikan baris ini dari impor"))
                self.table.setItem(i, c, item)
            for c, key in ((4, "polaritas"), (5, "agregasi")):
                combo = QComboBox()
                for value, word in WORDS[key].items():
                    combo.addItem(word, value)
                combo.setCurrentIndex(max(0, combo.findData(v.get(key))))
                combo.currentIndexChanged.connect(lambda _=0, row=r.row, k=key, cb=combo: self._override(row, k, cb))
                self.table.setCellWidget(i, c, combo)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        blocking = [r for r in rows if r.status == "rejected" and r.row not in self.excluded]
        counts = {s: sum(1 for r in rows if r.status == s) for s in ("new", "changed", "unchanged", "rejected")}
        targets = sum(1 for r in preview.rows if r.sheet == "Target" and r.status in ("new", "changed"))
        self.summary.setText(self.tr("Indikator: %1 baru, %2 berubah, %3 tetap, %4 ditolak; %5 baris target tahunan "
                                     "baru atau berubah.")
                             .replace("%1", str(counts["new"])).replace("%2", str(counts["changed"]))
                             .replace("%3", str(counts["unchanged"])).replace("%4", str(counts["rejected"]))
                             .replace("%5", str(targets)) + (
            self.tr(" — %n baris ditolak: centang statusnya untuk mengecualikan.", "", len(blocking)) if blocking else ""))

    def _override(self, row: int, key: str, combo: QComboBox) -> None:
        self.overrides.setdefault(row, {})[key] = combo.currentData()
        QTimer.singleShot(0, self.refresh)   # the combo lives in the table that refresh rebuilds

    def _exclusion_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 3 or not (item.flags() & Qt.ItemIsUserCheckable):
            return
        row = int(self.table.item(item.row(), 0).text())
        if item.checkState() == Qt.Checked:
            self.excluded.add(row)
        else:
            self.excluded.discard(row)
        QTimer.singleShot(0, self.refresh)

    def do_import(self) -> bool:
        self.refresh()
        if self.w.preview is None:
            return False
        first, last = self.w.header_rows()
        try:
            result = apply_mapping(self.w.context.db, self.w.preview, self.w.context.user, self.w.headers,
                                   self.w.table.sheet, first, last, self.w.columns_page.mapping(),
                                   excluded_rows(self.excluded))
        except MasterDataRefused as exc:
            self.w.show_error(str(exc))
            return False
        self.w.result_text = result.text
        self.w.context.announce_change()
        return True
