"""The full-screen presentation for the aula: shows a Deck (a snapshot, never the live data).

Keys: → / Space / PageDown next · ← / PageUp / Backspace previous · Home / End · digits then
Enter jump to that slide (past the end: the last, with a word in the footer) · P pauses or resumes auto-advance · Esc leaves.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QWidget

from kinerja_desktop.services.deck import Deck
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.presentation.slides import paint_slide

NEXT_KEYS = {Qt.Key_Right, Qt.Key_Space, Qt.Key_PageDown, Qt.Key_Down}
PREVIOUS_KEYS = {Qt.Key_Left, Qt.Key_PageUp, Qt.Key_Backspace, Qt.Key_Up}
NOTICE_MS = 4000


class PresentationWindow(QWidget):
    slide_changed = Signal(int)
    closed = Signal()

    def __init__(self, deck: Deck, interval_seconds: int = 0, parent=None):
        super().__init__(parent, Qt.Window | Qt.FramelessWindowHint)
        self.deck = deck
        self.index = 0
        self.jump = ""
        self.setWindowTitle(self.tr("Presentasi") + f" \u2014 {deck.region} \u00b7 {deck.period}")
        self.setPalette(theme.presentation_palette())
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setCursor(Qt.BlankCursor)
        self.notice = ""   # a passing word in the footer (a slide number past the end)
        self.notice_timer = QTimer(self, singleShot=True, interval=NOTICE_MS, timeout=self._clear_notice)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._auto_next)
        self.interval_seconds = interval_seconds
        self.paused = interval_seconds <= 0
        if interval_seconds > 0:
            self.timer.start(interval_seconds * 1000)

    # -- showing -----------------------------------------------------------------------------
    def show_on(self, screen=None) -> None:
        """Full screen on `screen` (a QScreen; the primary screen when None)."""
        screen = screen or QGuiApplication.primaryScreen()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()
        # A frameless window on a second screen may not get the keyboard focus from the window
        # manager: the digits and Enter of a jump then went to the main window, and the Enter
        # restarted the presentation, closing this one. Every key comes here while it shows.
        self.grabKeyboard()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        try:
            paint_slide(painter, QRectF(self.rect()), self.deck, self.index, self.paused and self.interval_seconds > 0,
                        self.jump, self.notice)
        finally:
            painter.end()

    def render_image(self, width: int = 1920, height: int = 1080) -> QImage:
        image = QImage(width, height, QImage.Format_RGB32)
        painter = QPainter(image)
        try:
            paint_slide(painter, QRectF(0, 0, width, height), self.deck, self.index)
        finally:
            painter.end()
        return image

    # -- moving ------------------------------------------------------------------------------
    def go(self, index: int) -> None:
        index = max(0, min(index, len(self.deck.slides) - 1))
        if index != self.index:
            self.index = index
            self.slide_changed.emit(index)
        if self.timer.isActive():
            self.timer.start()   # a full interval on the new slide
        self.update()

    def jump_to(self, number: int) -> None:
        """Slide `number` (counted from 1); past the end, the last one, and the footer says so."""
        count = len(self.deck.slides)
        if not 1 <= number <= count:
            self.notice = self.tr("Tidak ada slide {0}").format(number)   # the page number beside says where
            self.notice_timer.start()
        self.go(number - 1)

    def _clear_notice(self) -> None:
        self.notice = ""
        self.update()

    def _auto_next(self) -> None:
        if self.index >= len(self.deck.slides) - 1:
            self.timer.stop()
            return
        self.go(self.index + 1)

    def toggle_pause(self) -> None:
        if self.interval_seconds <= 0:
            return
        self.paused = not self.paused
        if self.paused:
            self.timer.stop()
        else:
            self.timer.start(self.interval_seconds * 1000)
        self.update()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if Qt.Key_0 <= key <= Qt.Key_9:
            self.jump = (self.jump + chr(key))[-3:]
            self.update()
        elif key in (Qt.Key_Return, Qt.Key_Enter):
            if self.jump:
                self.jump_to(int(self.jump))
            self.jump = ""
            self.update()
        elif key == Qt.Key_Escape:
            if self.jump:
                self.jump = ""
                self.update()
            else:
                self.close()
        elif key in NEXT_KEYS:
            self.jump = ""
            self.go(self.index + 1)
        elif key in PREVIOUS_KEYS:
            self.jump = ""
            self.go(self.index - 1)
        elif key == Qt.Key_Home:
            self.go(0)
        elif key == Qt.Key_End:
            self.go(len(self.deck.slides) - 1)
        elif key == Qt.Key_P:
            self.toggle_pause()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.go(self.index + (1 if event.button() == Qt.LeftButton else -1))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.releaseKeyboard()
        self.timer.stop()
        self.closed.emit()
        super().closeEvent(event)
