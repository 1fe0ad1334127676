"""The import preview: what the package would change, row by row; Terapkan writes it all in one
transaction, Batal writes nothing."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
    QTableView, QVBoxLayout,
)

from kinerja_desktop.domain.entities import QUARTER_LABELS
from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.services.audit import value_history
from kinerja_desktop.services.package_import import (
    SIGNATURE_LABELS, ImportPreview, ImportRefused, accept_untrusted, apply_import,
)
from kinerja_desktop.store.database import DatabaseError
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.exchange.preview_model import PreviewModel
from kinerja_desktop.ui.tasks import write_now


class ImportDialog(QDialog):
    def __init__(self, context, preview: ImportPreview, parent=None):
        super().__init__(parent)
        self.context = context
        self.preview = preview
        self.result_message = ""
        self.setWindowTitle(self.tr("Pratinjau impor paket"))
        self.resize(min(1300, self.screen().availableGeometry().width() - 40), 560)   # never past the screen
        layout = QVBoxLayout(self)
        self.heading = QLabel(self._heading(), wordWrap=True, textFormat=Qt.PlainText)
        layout.addWidget(self.heading)
        self.unsigned = QLabel(wordWrap=True, textFormat=Qt.PlainText)
        self.unsigned.setStyleSheet("background: #FFF3CD; color: #1A1A1A; padding: 6px; border-radius: 3px;")
        self.unsigned.setText(self.tr(
            "Paket ini diisi di spreadsheet (Excel/Calc), tanpa tanda tangan elektronik: OPD ini belum mendaftarkan "
            "kunci. Periksa nilai-nilai yang baru dan berubah di bawah."))
        self.unsigned.setVisible(preview.package is not None and preview.signature == "unsigned"
                                 and not preview.trust_problem and not preview.already_imported)
        layout.addWidget(self.unsigned)
        self.problem = QLabel(wordWrap=True, textFormat=Qt.PlainText)
        self.problem.setStyleSheet("color: #A61B1B; font-weight: bold;")
        layout.addWidget(self.problem)
        self.model = PreviewModel(preview, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((70, 80, 230, 60, 100, 100, 140, 115)):
            # never narrower than its header (they were clipped: "ilai sekaran", "mbil nilai pake")
            self.table.setColumnWidth(col, max(width, header.sectionSizeFromContents(col).width()))
        self.table.resizeColumnToContents(1)   # the codes whole
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        self.detail = QLabel(wordWrap=True, textFormat=Qt.PlainText)
        self.detail.setMinimumHeight(36)
        layout.addWidget(self.detail)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._show_detail(current.row()))
        first = next((i for i, r in enumerate(preview.rows) if r.status in ("rejected", "conflict")), 0)
        self._show_detail(first)
        row = QHBoxLayout()
        self.keep_all = QPushButton(theme.icon("mdi6.database-check"), self.tr("Semua konflik: pertahankan nilai sekarang"))
        self.take_all = QPushButton(theme.icon("mdi6.file-import"), self.tr("Semua konflik: ambil nilai paket"))
        self.keep_all.clicked.connect(lambda: self.model.resolve_all("keep"))
        self.take_all.clicked.connect(lambda: self.model.resolve_all("take"))
        row.addWidget(self.keep_all)
        row.addWidget(self.take_all)
        row.addStretch(1)
        layout.addLayout(row)
        # Only an administrator may accept a package of an OPD with a registered key that lacks its valid signature.
        self.override_label = QLabel(self.tr(
            "Administrator: alasan menerima paket tanpa tanda tangan sah ini (wajib, dicatat di riwayat perubahan):"))
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(self.tr("mis. isi dikonfirmasi kepala OPD lewat telepon"))
        self.confirm_version = QCheckBox(self.tr("Terima sebagai versi baru paket ini"))
        layout.addWidget(self.override_label)
        layout.addWidget(self.override_reason)
        layout.addWidget(self.confirm_version)
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(self.tr("Terapkan"), QDialogButtonBox.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.RejectRole)
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.override_reason.textChanged.connect(self._update)
        self.confirm_version.toggled.connect(self._update)
        self._update()

    def _show_detail(self, row: int) -> None:
        """The full reason of one row under the table (long reasons do not fit in a cell)."""
        rows = self.preview.rows
        if not 0 <= row < len(rows):
            self.detail.setText("")
            return
        r = rows[row]
        text = f"{r.code} — {r.name}: {r.reason}" if r.reason else f"{r.code} — {r.name}"
        if r.warning:
            text += f"\nPeriksa: {r.warning}"
        if r.status == "conflict":
            text += "\n" + self._conflict_text(r)
        self.detail.setText(text)

    def _conflict_text(self, r) -> str:
        """Who changed the value here since the package was issued, from the audit (an operator
        typing in this database is not 'Bappelitbangda'); empty values said as such."""
        def shown(value) -> str:
            return format_id(value, r.decimals, empty="kosong")

        history = (value_history(self.context.db, r.indicator_id, self.preview.year, self.preview.quarter)
                   if r.kind == "value" else [])
        last = history[-1] if history else None
        by = f" oleh {last.by_user} pada {last.when}" if last is not None else ""
        return (f"Nilai di basis data ini diubah{by} sejak paket diterbitkan (saat terbit: {shown(r.issued_value)}, "
                f"sekarang: {shown(r.current_value)}); di paket: {shown(r.package_value)}.")

    def _heading(self) -> str:
        p = self.preview
        if p.package is None:
            return self.tr("Berkas: ") + p.file_name
        counts = ", ".join(f"{p.count(s)} {label.lower()}" for s, label in
                           (("new", "baru"), ("changed", "berubah"), ("unchanged", "tetap"), ("conflict", "konflik"),
                            ("rejected", "ditolak"), ("left_out", "dilewati")) if s != "left_out" or p.count(s))
        if p.flagged:
            counts += f", {len(p.flagged)} perlu diperiksa (nilai jauh dari target atau triwulan sebelumnya)"
        lines = [f"{p.file_name} — {p.agency_name} ({p.agency_code}), tahun {p.year} {QUARTER_LABELS[p.quarter]}",
                 f"{SIGNATURE_LABELS[p.signature]} · kode paket {p.package.package_id} · versi {p.version}",
                 counts] + p.notes
        if p.already_imported:
            lines.append(p.already_imported)
        return "\n".join(lines)

    def _update(self) -> None:
        p = self.preview
        blocking = p.blocking
        self.problem.setText(blocking or "")
        self.problem.setVisible(bool(blocking))
        has_conflicts = bool(p.conflicts)
        self.keep_all.setVisible(has_conflicts)
        self.take_all.setVisible(has_conflicts)
        overridable = self._trust_only() and self.context.user.role == "administrator"
        self.override_reason.setVisible(overridable)
        self.override_label.setVisible(overridable)
        self.confirm_version.setVisible(p.version > 1 and not p.already_imported and (not blocking or overridable))
        reason_given = len(self.override_reason.text().strip()) >= 10
        ready = ((not blocking or (overridable and reason_given)) and not p.already_imported
                 and (p.version == 1 or self.confirm_version.isChecked()))
        self.apply_button.setEnabled(ready)

    def _trust_only(self) -> bool:
        """The preview is held back by its signature alone (an administrator may accept it with a reason)."""
        p = self.preview
        return bool(p.trust_problem) and not p.override_reason and p.blocking == p.trust_problem

    def apply(self) -> None:
        try:
            if self._trust_only():
                accept_untrusted(self.preview, self.context.user, self.override_reason.text())
            user, preview, new_version = self.context.user, self.preview, self.confirm_version.isChecked()
            # On the worker's connection behind a progress dialog: a locked database never freezes
            # the window; write_now announces the indicators the import changed.
            result = write_now(self, self.context, self.tr("Mengimpor paket…"),
                               lambda db: apply_import(db, user, preview, accept_new_version=new_version),
                               lambda done: done.indicator_ids)
        except (ImportRefused, DatabaseError) as exc:
            self.show_error(str(exc))
            return
        self.result_message = result.message
        self.accept()

    def show_error(self, text: str) -> None:  # tests replace it
        QMessageBox.warning(self, self.tr("Paket tidak diimpor"), text)
