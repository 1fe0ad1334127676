"""The banner above the pages that says what `kinerja check` would say about seals and log chains.

The check (services/integrity.py) runs in a worker when the window opens; the banner stays hidden
when nothing was changed outside the program, turns red with the findings when something was, and
is a quiet yellow note when seals could not be checked here (made by another installation).
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from kinerja_desktop.ui.tasks import read_task

SHOWN = 6   # findings listed in the banner; the rest are counted (all are in `kinerja check`)


class TamperBanner(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tamperBanner")
        self.title = QLabel(objectName="tamperTitle")
        self.title.setWordWrap(True)
        self.details = QLabel(objectName="tamperDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.hide)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(text, 1)
        layout.addWidget(close, 0, Qt.AlignTop)
        self.findings: list[str] = []
        self.hide()

    def show_report(self, report) -> None:
        self.findings = list(report.findings)
        if report.findings:
            lines = report.findings
            self._paint("#FDECEA", "#D64541")
            self.title.setText(self.tr("Perubahan di luar program terdeteksi (%n temuan)", "", len(lines)))
            closing = self.tr("Periksa dengan administrator; rincian lengkap: kinerja check --db <berkas>.")
        elif report.unverifiable:
            lines = report.unverifiable
            self._paint("#FFF8E1", "#F2C12E")
            self.title.setText(self.tr("Sebagian segel tidak dapat diperiksa di komputer ini"))
            closing = ""
        else:
            self.hide()
            return
        shown = "\n".join(f"\u2022 {line}" for line in lines[:SHOWN])
        more = self.tr("\u2026 dan %n lainnya.", "", len(lines) - SHOWN) if len(lines) > SHOWN else ""
        self.details.setText("\n".join(part for part in (shown, more, closing) if part))
        self.show()

    def show_failure(self, exc: BaseException) -> None:
        self._paint("#FFF8E1", "#F2C12E")
        self.title.setText(self.tr("Keaslian data tidak dapat diperiksa"))
        self.details.setText(str(exc))
        self.show()

    def _paint(self, background: str, border: str) -> None:
        self.setStyleSheet(f"#tamperBanner {{ background: {background}; border: 1px solid {border}; "
                           f"border-radius: 4px; }} #tamperTitle {{ font-weight: bold; }}")


def install_tamper_banner(window: QMainWindow) -> TamperBanner:
    """Put the banner above the window's central widget and run the check in a worker."""
    from kinerja_desktop.services.integrity import check_tampering
    from kinerja_desktop.ui.worker_db import worker_db

    banner = TamperBanner()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(window.takeCentralWidget(), 1)
    window.setCentralWidget(holder)
    window.tamper_banner = banner

    def work(_progress):
        with worker_db(window.context) as db:
            return check_tampering(db)

    if window.context.db_path is None:   # an in-memory database (tests) is not shared with a thread
        banner.show_report(work(None))
    else:
        # The window may be closed before the check ends: then there is no banner to tell.
        alive = lambda call: (lambda value: call(value) if shiboken6.isValid(banner) else None)  # noqa: E731
        window.tamper_task = read_task(window, window.context, "", lambda db, _p: check_tampering(db),
                                       alive(banner.show_report), alive(banner.show_failure), show_dialog=False)
    return banner
