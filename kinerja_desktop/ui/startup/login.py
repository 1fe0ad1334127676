"""The login dialog: user name and password, checked by services.users.authenticate.

Checking runs in a worker (the password KDF is deliberately slow and failed attempts add a
growing delay), so the dialog stays responsive and says "Memeriksa…" meanwhile. On success
`user` holds the User and the dialog is accepted.
"""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from kinerja_desktop.ui.tasks import file_task
from kinerja_desktop.ui import theme

log = logging.getLogger(__name__)
WRONG_LOGIN = "Nama pengguna atau kata sandi salah."


def default_authenticator() -> Callable:
    from kinerja_desktop.services.users import authenticate

    return authenticate


def login_failed_types() -> tuple[type[BaseException], ...]:
    try:
        from kinerja_desktop.services.users import LoginFailed

        return (LoginFailed,)
    except ImportError:  # pragma: no cover - only while the users service is missing
        return ()


class LoginDialog(QDialog):
    def __init__(self, context_db, plan, username: str = "", demo_hint: str = "",
                 authenticator: Callable | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = context_db
        self.user = None
        self._authenticate = authenticator
        self.setWindowTitle(self.tr("Log in — Kinerja Desktop"))
        self.setWindowIcon(theme.app_icon())
        self.setMinimumWidth(420)

        logo = QLabel()
        logo.setPixmap(theme.app_icon().pixmap(56, 56))
        heading = QLabel(f"<b style='font-size:15pt'>Kinerja Desktop</b><br>"
                         f"<span style='color:{theme.MUTED_TEXT}'>{plan.region_name} · {plan.name}</span>")
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addWidget(heading, 1)

        self.username = QLineEdit(username, placeholderText=self.tr("e.g. perencana"))
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(echoMode=QLineEdit.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)

        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #B3261E; font-weight: 600;")
        self.message.hide()
        self.hint = QLabel(demo_hint, wordWrap=True, objectName="pageSubtitle")
        self.hint.setVisible(bool(demo_hint))
        self.hint.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.adjustSize()   # the dialog grows with the message: the hint under it keeps its last line

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.ok_button):
            widget.setEnabled(not busy)
        if busy:
            self._show_message(self.tr("Checking…"))
            self.message.setStyleSheet(f"color: {theme.MUTED_TEXT};")
        else:
            self.message.setStyleSheet("color: #B3261E; font-weight: 600;")

    def try_login(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username:
            self._show_message(self.tr("Fill in the user name."))
            self.username.setFocus()
            return
        if not password:
            self._show_message(self.tr("Fill in the password."))
            self.password.setFocus()
            return
        authenticate = self._authenticate or default_authenticator()
        self._set_busy(True)
        db = self.db
        # The GUI thread does not touch the connection while the worker checks the password.
        file_task(self, self.tr("Checking…"), lambda _progress: authenticate(db, username, password),
                 self._done, self._failed, show_dialog=False)

    def _done(self, user) -> None:
        self._set_busy(False)
        self.user = user
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, login_failed_types()):
            self._show_message(str(exc) or WRONG_LOGIN)
        else:
            log.error("login failed: %s", getattr(exc, "traceback_text", exc))
            self._show_message(self.tr("Logging in failed: %1").replace("%1", str(exc)))
        self.password.selectAll()
        self.password.setFocus()
