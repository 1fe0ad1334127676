"""A friendly pane for "nothing to show": says why and offers what to do next.

    empty = EmptyState("mdi6.magnify-close", title, text, action_text, on_action)
    empty.set_message(title, text, action_text=None)

Used instead of an empty grey list everywhere (DESIGN.md: no empty grey panes).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from kinerja_desktop.ui import theme


class EmptyState(QFrame):
    def __init__(self, icon_name: str, title: str = "", text: str = "", action_text: str | None = None,
                 on_action: Callable[[], None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self._icon = QLabel(alignment=Qt.AlignCenter)
        self._icon.setPixmap(theme.icon(icon_name, "#9AA5B1").pixmap(56, 56))
        self.title_label = QLabel(title, objectName="emptyTitle", alignment=Qt.AlignCenter)
        self.text_label = QLabel(text, objectName="emptyText", alignment=Qt.AlignCenter)
        self.text_label.setWordWrap(True)
        self.button = QPushButton(action_text or "")
        self.button.setVisible(bool(action_text))
        self._on_action = on_action
        self.button.clicked.connect(self._clicked)
        for widget in (self._icon, self.title_label, self.text_label):
            layout.addWidget(widget)
        layout.addWidget(self.button, 0, Qt.AlignCenter)
        layout.addStretch(2)

    def set_icon(self, icon_name: str) -> None:
        self._icon.setPixmap(theme.icon(icon_name, "#9AA5B1").pixmap(56, 56))

    def set_message(self, title: str, text: str = "", action_text: str | None = None,
                    on_action: Callable[[], None] | None = None) -> None:
        self.title_label.setText(title)
        self.text_label.setText(text)
        self.button.setText(action_text or "")
        self.button.setVisible(bool(action_text))
        if on_action is not None:
            self._on_action = on_action

    def _clicked(self) -> None:
        if self._on_action is not None:
            self._on_action()
