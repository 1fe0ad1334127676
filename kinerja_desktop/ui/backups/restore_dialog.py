"""Berkas > Pulihkan…: the automatic backups of this database (or another file), a preview of what
the chosen one holds, and the restore (administrator). The folder of the automatic copies is
changed here too.

    dialog = RestoreDialog(context, parent, preselect=path)
    dialog.restored.connect(...)   # emitted with the backup's path once the database holds it
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QMessageBox, QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from kinerja_desktop.domain.entities import period_label
from kinerja_desktop.services import backups
from kinerja_desktop.services.audit import format_datetime_id
from kinerja_desktop.store.database import DatabaseError
from kinerja_desktop.ui.tasks import file_task
from kinerja_desktop.ui import theme

KIND_LABELS = {"harian": "Harian", "impor-paket": "Sebelum impor paket", "impor-master": "Sebelum impor data master",
               "impor-rencana": "Sebelum impor rencana", "buka-kunci": "Sebelum buka kunci",
               "pra-pulih": "Sebelum pemulihan", "migrasi": "Sebelum pembaruan skema", "manual": "Manual",
               "rusak": "Basis data rusak (disimpan)"}
QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}
ERROR_COLOUR = "#B03A2E"


def latest_year_status(rows) -> tuple[int | None, list[tuple[str, list[str]]]]:
    """The latest year that has any workflow status, and per OPD the status label of TW I..IV
    that year (a quarter without a status is a draft)."""
    if not rows:
        return None, []
    year = max(r[1] for r in rows)
    grouped: dict[str, list[str]] = {}
    for code, row_year, quarter, status in rows:
        if row_year == year:
            grouped.setdefault(code, [backups.STATUS_LABELS["draft"]] * 4)[quarter - 1] = \
                backups.STATUS_LABELS.get(status, status)
    return year, sorted(grouped.items())


class RestoreDialog(QDialog):
    restored = Signal(object)

    def __init__(self, context, parent=None, preselect: Path | None = None):
        super().__init__(parent)
        self.context = context
        self.db_path = Path(context.db_path) if context.db_path else None
        self.chosen: Path | None = None
        self.contents = None
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.resize(980, 600)
        self.user = getattr(context, "restore_user", context.user)   # a read-only session acts as a viewer
        is_admin = self.user is not None and self.user.role == "administrator"

        self.folder_label = QLabel(wordWrap=True)
        self.folder_button = QPushButton(theme.icon("mdi6.folder-cog-outline"), self.tr("Ubah folder…"))
        self.folder_button.setEnabled(is_admin and not getattr(context, "read_only", False))
        self.folder_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Diambil"), self.tr("Jenis"), self.tr("Berkas")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        other = QPushButton(theme.icon("mdi6.file-search-outline"), self.tr("Pilih berkas lain…"))
        other.clicked.connect(self.choose_file)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Cadangan otomatis</b>")))
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(other, 0, Qt.AlignLeft)

        self.summary = QLabel(wordWrap=True, textInteractionFlags=Qt.TextSelectableByMouse)
        self.summary.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.workflow = QTableWidget(0, 5)
        self.workflow.verticalHeader().hide()
        self.workflow.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.workflow.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.workflow.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("<b>Isi cadangan</b>")))
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.workflow, 1)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([470, 490])

        note = self.tr("Pemulihan mengganti seluruh isi basis data dengan isi cadangan. Basis data saat ini "
                       "disalin dulu ke folder cadangan, jadi langkah ini dapat dibatalkan dengan memulihkan "
                       "salinan itu.")
        if not is_admin:
            note = self.tr("Hanya administrator yang dapat memulihkan basis data; Anda dapat melihat isi cadangan.")
        self.note = QLabel(note, wordWrap=True, objectName="pageSubtitle")
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.tr("Tutup"), QDialogButtonBox.RejectRole)
        self.restore_button = self.buttons.addButton(self.tr("Pulihkan"), QDialogButtonBox.AcceptRole)
        self.restore_button.setIcon(theme.icon("mdi6.backup-restore"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        self.is_admin = is_admin

        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.reload()
        if preselect is not None:
            self.show_file(Path(preselect))

    # --- the list -----------------------------------------------------------------------------
    def reload(self) -> None:
        if self.db_path is None:
            self.folder_label.setText(self.tr("Basis data di memori: tidak ada folder cadangan."))
            self.items = []
        else:
            folder = backups.folder_of(self.db_path, self._settings_db())
            self.folder_label.setText(self.tr("Folder cadangan otomatis: %1").replace("%1", str(folder)))
            self.items = backups.list_backups(self.db_path, self._settings_db())
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            cells = (format_datetime_id(item.taken_at.isoformat()), KIND_LABELS.get(item.kind, item.kind),
                     item.path.name)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if not self.items:
            self.show_message(self.tr("Belum ada cadangan otomatis di folder ini. Cadangan dibuat sendiri setiap hari "
                                      "dan sebelum impor, buka kunci, pembaruan skema, dan pemulihan; atau pilih "
                                      "berkas lain."))

    def _settings_db(self):
        return None if getattr(self.context, "read_only", False) else self.context.db

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.show_file(self.items[rows[0].row()].path)

    def choose_file(self) -> None:
        start = str(self.db_path.parent) if self.db_path else ""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas cadangan"), start,
                                              self.tr("Basis data Kinerja (*.db *.sqlite *.bak);;Semua berkas (*)"))
        if name:
            self.show_file(Path(name))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder cadangan otomatis"),
                                                  str(backups.folder(self.context.db) or ""))
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> bool:
        try:
            backups.set_folder(self.context.db, self.context.user, folder)
        except (backups.RestoreRefused, DatabaseError) as exc:
            self.show_error(str(exc))
            return False
        self.reload()
        return True

    # --- the preview --------------------------------------------------------------------------
    def show_file(self, path: Path) -> None:
        self.chosen = path
        try:
            self.contents = backups.preview(path)
        except DatabaseError as exc:
            self.contents = None
            self.show_message(f"<span style='color:{ERROR_COLOUR}'>{exc}</span>")
            self.restore_button.setEnabled(False)
            return
        c = self.contents
        plans = "<br>".join(period_label(name, start, end) for name, start, end in c.plans) or self.tr("(tidak ada)")
        kind = KIND_LABELS.get(c.kind or "", c.kind or self.tr("tidak diketahui"))
        counts = ", ".join(f"{value:,}".replace(",", ".") + f" {label}" for label, value in c.counts.items())
        self.summary.setText(
            f"<b>{path.name}</b><br>" + self.tr("Diambil: %1 (%2)").replace("%1", format_datetime_id(c.taken_at))
            .replace("%2", kind) + "<br>" + self.tr("Periode rencana: %1").replace("%1", plans) + "<br>"
            + self.tr("Jumlah: %1").replace("%1", counts) + "<br>"
            + self.tr("Status alur kerja per OPD, tahun terakhir yang berstatus:"))
        year, rows = latest_year_status(c.workflow)
        self.workflow.setHorizontalHeaderLabels(
            [self.tr("OPD")] + [f"TW {QUARTERS[q]} {year or ''}".strip() for q in range(1, 5)])
        self.workflow.clearSpans()
        self.workflow.setRowCount(max(len(rows), 1))
        if not rows:
            self.workflow.setSpan(0, 1, 1, 4)
            self.workflow.setItem(0, 0, QTableWidgetItem("—"))
            self.workflow.setItem(0, 1, QTableWidgetItem(self.tr("Belum ada triwulan yang diajukan (semua Draf).")))
        for row, (code, labels) in enumerate(rows):
            for column, text in enumerate([code] + labels):
                self.workflow.setItem(row, column, QTableWidgetItem(text))
        self.restore_button.setEnabled(self.is_admin and self.db_path is not None)

    def show_message(self, html: str) -> None:
        self.summary.setText(html)
        self.workflow.clearSpans()
        self.workflow.setRowCount(0)

    # --- the restore --------------------------------------------------------------------------
    def restore(self) -> None:
        if self.contents is None or self.chosen is None or not self.confirm():
            return
        source, db_path, user = self.chosen, self.db_path, self.user
        self.restore_button.setEnabled(False)
        self.outcome = None
        file_task(self, self.tr("Memulihkan basis data…"), lambda _p: backups.restore(db_path, user, source),
                 lambda saved: self._done(source, saved), self._failed)

    def _done(self, source: Path, saved: Path) -> None:
        self.outcome = ("ok", saved)
        self.show_info(self.tr("Basis data dipulihkan dari %1. Isi sebelumnya disimpan di %2.")
                       .replace("%1", source.name).replace("%2", str(saved)))
        self.restored.emit(source)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.outcome = ("refused", str(exc))
        self.restore_button.setEnabled(True)
        if isinstance(exc, (backups.RestoreRefused, DatabaseError)):
            self.show_error(str(exc))
        else:
            self.show_error(self.tr("Pemulihan gagal: %1. Basis data tidak diubah.").replace("%1", str(exc)))

    # patched in tests
    def confirm(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Pulihkan basis data?"),
            self.tr("Seluruh isi basis data diganti dengan cadangan %1. Isi saat ini disalin dulu ke folder "
                    "cadangan. Lanjutkan?").replace("%1", self.chosen.name))
        return answer == QMessageBox.Yes

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Tidak dipulihkan"), text)

    def show_info(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Dipulihkan"), text)
