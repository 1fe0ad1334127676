"""User administration for the administrator: list, add (role, OPD for operators, password twice),
deactivate / reactivate and reset a password, all through services.users.

    UsersDialog(context, parent=None).exec()
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from kinerja_desktop.domain.workflow import ROLE_LABELS, ROLES
from kinerja_desktop.services import users as svc
from kinerja_desktop.services import reads
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.i18n import domain_text


class NewUserDialog(QDialog):
    """Stays open with the reason in red while the entries break a rule (nothing typed is lost)."""

    def __init__(self, agencies, parent=None, check=None):
        super().__init__(parent)
        self._check = check
        self.setWindowTitle(self.tr("Pengguna baru"))
        form = QFormLayout(self)
        self.username, self.full_name = QLineEdit(), QLineEdit()
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(domain_text(ROLE_LABELS[role]), role)
        self.agency = QComboBox()
        for a in agencies:
            self.agency.addItem(f"{a.code} · {a.name}", a.id)
        self.password, self.repeat = QLineEdit(), QLineEdit()
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.Password)
        self.message = QLabel()
        self.message.setStyleSheet("color:#A61B1B;")
        self.message.setWordWrap(True)
        for label, widget in ((self.tr("Nama pengguna"), self.username), (self.tr("Nama lengkap"), self.full_name),
                              (self.tr("Peran"), self.role), (self.tr("OPD (operator)"), self.agency),
                              (self.tr("Kata sandi"), self.password), (self.tr("Ulangi kata sandi"), self.repeat)):
            form.addRow(label, widget)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.role.currentIndexChanged.connect(lambda *_: self.agency.setEnabled(self.role.currentData() == "operator"))
        self.role.setCurrentIndex(self.role.findData("operator"))
        self.resize(440, 0)

    def accept(self) -> None:
        problem = ""
        if self.password.text() != self.repeat.text():
            problem = self.tr("Kedua kata sandi tidak sama.")
        elif self._check is not None:
            try:
                self._check(**self.values())
            except svc.UserError as exc:
                problem = str(exc)
        if problem:
            self.message.setText(problem)
            return
        super().accept()

    def values(self) -> dict:
        return {"username": self.username.text().strip(), "full_name": self.full_name.text(),
                "role": self.role.currentData(), "password": self.password.text(),
                "agency_id": self.agency.currentData() if self.role.currentData() == "operator" else None}


class UsersDialog(QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Pengguna"))
        self.resize(880, 480)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Nama pengguna"), self.tr("Nama lengkap"), self.tr("Peran"),
                                              self.tr("OPD"), self.tr("Status")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        for column, width in ((0, 150), (2, 130), (3, 110), (4, 170)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(theme.icon("mdi6.account-plus"), self.tr("Tambah…"))
        self.toggle_button = QPushButton(theme.icon("mdi6.account-off"), self.tr("Nonaktifkan / aktifkan"))
        self.reset_button = QPushButton(theme.icon("mdi6.lock-reset"), self.tr("Atur ulang kata sandi…"))
        for button in (self.add_button, self.toggle_button, self.reset_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_user)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        self.records = svc.list_users(self.context.db)
        self.table.setRowCount(len(self.records))
        for r, u in enumerate(self.records):
            status = self.tr("Aktif") if u.active else self.tr("Nonaktif")
            if u.failed_attempts:
                status += self.tr(" · %1 gagal masuk").replace("%1", str(u.failed_attempts))
            for c, text in enumerate((u.username, u.full_name, domain_text(ROLE_LABELS.get(u.role, u.role)), u.agency_code or "—",
                                      status)):
                item = QTableWidgetItem(text)
                if not u.active:
                    item.setForeground(Qt.gray)
                self.table.setItem(r, c, item)
            if u.username == select:
                self.table.selectRow(r)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def add_user(self) -> bool:
        values = self.ask_new_user()
        if values is None:
            return False
        if values.pop("repeat") != values["password"]:
            self.show_error(self.tr("Kedua kata sandi tidak sama; pengguna tidak dibuat."))
            return False
        try:
            svc.create_user(self.context.db, **values)
        except svc.UserError as exc:
            self.show_error(str(exc))
            return False
        self.refresh(select=values["username"])
        return True

    def toggle_active(self) -> None:
        record = self.selected()
        if record is None:
            self.show_error(self.tr("Pilih pengguna dulu."))
            return
        if self.context.user is not None and record.username == self.context.user.username and record.active:
            self.show_error(self.tr("Anda tidak dapat menonaktifkan akun Anda sendiri."))
            return
        try:
            svc.set_active(self.context.db, record.username, not record.active)
        except svc.UserError as exc:
            self.show_error(str(exc))
            return
        self.refresh(select=record.username)

    def reset_password(self) -> bool:
        record = self.selected()
        if record is None:
            self.show_error(self.tr("Pilih pengguna dulu."))
            return False
        passwords = self.ask_password(record.username)
        if passwords is None:
            return False
        if passwords[0] != passwords[1]:
            self.show_error(self.tr("Kedua kata sandi tidak sama; kata sandi tidak diubah."))
            return False
        try:
            svc.change_password(self.context.db, record.username, passwords[0])
        except svc.UserError as exc:
            self.show_error(str(exc))
            return False
        self.refresh(select=record.username)
        return True

    # --- questions (patched in tests) ----------------------------------------------------
    def ask_new_user(self) -> dict | None:
        dialog = NewUserDialog(reads.load_agencies(self.context.db), self,
                               check=lambda **v: svc.check_new_user(self.context.db, **v))
        if not dialog.exec():
            return None
        return {**dialog.values(), "repeat": dialog.repeat.text()}

    def ask_password(self, username: str) -> tuple[str, str] | None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Kata sandi baru untuk %1").replace("%1", username))
        form = QFormLayout(dialog)
        first, second = QLineEdit(), QLineEdit()
        for edit in (first, second):
            edit.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("Kata sandi baru"), first)
        form.addRow(self.tr("Ulangi"), second)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        return (first.text(), second.text()) if dialog.exec() else None

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Pengguna"), text)
