"""First run: no database at the default place yet. The person chooses the demo data of
Kabupaten Soppeng, the set-up of the region's own database (ui/admin/region_setup.py), an OPD
office set up from its first package, or another file (ui/startup/first_setup.py does the work). `AdminPasswordDialog` is also used when a database has no administrator."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QCommandLinkButton, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from kinerja_desktop.services.users import MIN_PASSWORD_LENGTH, UserError, validate_password
from kinerja_desktop.ui import theme

CHOICE_DEMO, CHOICE_NEW, CHOICE_OFFICE, CHOICE_OPEN = "demo", "new", "office", "open"


class FirstRunDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Welcome to Kinerja Desktop"))
        self.setWindowIcon(theme.app_icon())
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        logo = QLabel()
        logo.setPixmap(theme.app_icon().pixmap(64, 64))
        layout.addWidget(logo)
        layout.addWidget(QLabel(self.tr("Welcome to Kinerja Desktop"), objectName="pageTitle"))
        text = QLabel(self.tr("There is no database yet at %1. How do you want to start?").replace("%1", str(path)),
                      wordWrap=True)
        layout.addWidget(text)
        options = [
            (CHOICE_DEMO, "mdi6.database-eye", self.tr("Open the demo data of Kabupaten Soppeng"),
             self.tr("The RPJMD 2021-2026 with 37 OPD, indicators, targets and sample realisations, and demo "
                     "users (admin, perencana, dinkes, tamu). Good for trying the program out.")),
            (CHOICE_NEW, "mdi6.database-plus", self.tr("Set up the database of your region (Bappelitbangda)"),
             self.tr("Name the region and the plan period, then import the plan and the OPD from the master-data "
                     "workbook or start from the Permendagri 90 nomenclature. You choose the administrator "
                     "password at the end.")),
            (CHOICE_OFFICE, "mdi6.office-building", self.tr("Set up an OPD office from its first package"),
             self.tr("At an OPD: open the package (.xlsx) Bappelitbangda sent. The program takes the OPD, its "
                     "indicators and targets from it; you then enter realisations and send the filled package back.")),
            (CHOICE_OPEN, "mdi6.folder-open", self.tr("Open another database file…"),
             self.tr("A Kinerja database copied from another computer or a backup.")),
        ]
        self.buttons: dict[str, QCommandLinkButton] = {}
        for key, icon_name, title, description in options:
            button = QCommandLinkButton(title, description)
            button.setIcon(theme.icon(icon_name, theme.ACCENT))
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            layout.addWidget(button)
            self.buttons[key] = button
        cancel = QDialogButtonBox(QDialogButtonBox.Cancel)
        cancel.button(QDialogButtonBox.Cancel).setText(self.tr("Exit"))
        cancel.rejected.connect(self.reject)
        layout.addWidget(cancel)

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()


class AdminPasswordDialog(QDialog):
    """The administrator password, typed twice, at least MIN_PASSWORD_LENGTH characters."""

    def __init__(self, parent: QWidget | None = None, explanation: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Administrator password"))
        self.setWindowIcon(theme.app_icon())
        self.setMinimumWidth(440)
        self.password = QLineEdit(echoMode=QLineEdit.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.Password)
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #B3261E; font-weight: 600;")
        self.message.hide()
        layout = QVBoxLayout(self)
        intro = explanation or self.tr("Choose the password of the administrator account 'admin'. "
                                       "Keep it safe: the administrator manages users, the plan and locks.")
        layout.addWidget(QLabel(intro, wordWrap=True))
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.repeat)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("At least %1 characters.").replace("%1", str(MIN_PASSWORD_LENGTH)),
                                objectName="pageSubtitle"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Create"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> str:
        return self.password.text()

    def try_accept(self) -> None:
        first, second = self.password.text(), self.repeat.text()
        try:
            validate_password(first)
        except UserError as exc:
            self._refuse(str(exc), self.password)
            return
        if first != second:
            self._refuse("Kedua kata sandi tidak sama; ketik ulang pada kolom kedua.", self.repeat)
            return
        self.accept()

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.message.setText(text)
        self.message.show()
        field.selectAll()
        field.setFocus()
