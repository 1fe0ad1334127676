"""Bantuan > Panduan pengguna: docs/panduan.md (shipped with the program: paths.USER_GUIDE in the
checkout, the wheel and the bundle) rendered in a window, with its screenshots and a table of
contents; links to other places open in the browser."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from kinerja_desktop import paths
from kinerja_desktop.ui import theme

HEADING = re.compile(r"^(#{2})\s+(.+?)\s*$", re.M)
IMAGE_WIDTH = 760


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, guide: Path | None = None):
        super().__init__(parent)
        self.guide = guide or paths.USER_GUIDE
        self.setWindowTitle(self.tr("Panduan pengguna"))
        self.setWindowIcon(theme.app_icon())
        self.resize(1100, 720)
        self.browser = QTextBrowser(openExternalLinks=True)
        self.contents = QListWidget()
        self.contents.setMaximumWidth(280)
        self.contents.itemClicked.connect(self._jump)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        footer = QHBoxLayout()
        footer.addWidget(QLabel(str(self.guide), objectName="pageSubtitle"), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        footer.addWidget(buttons)
        layout.addLayout(footer)
        self.load()

    def load(self) -> bool:
        try:
            text = self.guide.read_text(encoding="utf-8")
        except OSError:
            self.browser.setPlainText(self.tr("Panduan tidak ditemukan di %1. Instalasi program tidak lengkap; "
                                              "pasang ulang programnya.").replace("%1", str(self.guide)))
            return False
        document = self.browser.document()
        document.setBaseUrl(QUrl.fromLocalFile(str(self.guide.parent) + "/"))   # the screenshots beside it
        self.browser.setSearchPaths([str(self.guide.parent)])
        document.setMarkdown(text, QTextDocument.MarkdownDialectGitHub)
        self._fit_images()
        self.browser.moveCursor(QTextCursor.Start)   # the guide opens at its beginning
        self.contents.clear()
        for _level, title in HEADING.findall(text):
            self.contents.addItem(QListWidgetItem(title))
        return True

    def _fit_images(self) -> None:
        """Screenshots are 1366 px wide: shown at most IMAGE_WIDTH wide, keeping their proportions."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                image = fragment.charFormat().toImageFormat()
                if fragment.isValid() and image.isValid():
                    picture = QImage(str(self.guide.parent / image.name()))
                    if not picture.isNull() and picture.width() > IMAGE_WIDTH:
                        image.setWidth(IMAGE_WIDTH)
                        image.setHeight(picture.height() * IMAGE_WIDTH / picture.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.KeepAnchor)
                        cursor.setCharFormat(image)
                iterator += 1
            block = block.next()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.browser.verticalScrollBar().setValue(0)

    def _jump(self, item: QListWidgetItem) -> None:
        self.browser.moveCursor(QTextCursor.Start)
        self.browser.find(item.text())
        self.browser.ensureCursorVisible()


def open_user_guide(parent: QWidget | None = None) -> UserGuideDialog:
    dialog = UserGuideDialog(parent)
    dialog.show()
    return dialog
