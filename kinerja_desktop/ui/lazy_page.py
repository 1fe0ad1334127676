"""A page that is built the first time it is shown.

Feature modules register a `LazyPage` instead of the real page so that the page's module (and
what it imports: pyqtgraph, openpyxl ...) and its first query are not paid for at start-up.
The real widget is `lazy.page` once built (None before); `page_shown()` and
`prepare_screenshot()` are passed on to it.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(self, factory: Callable[[], QWidget], on_built: Callable[[QWidget], None] | None = None,
                 parent=None):
        super().__init__(parent)
        self.page: QWidget | None = None
        self._factory, self._on_built = factory, on_built
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget:
        if self.page is None:
            self.page = self._factory()
            self._layout.addWidget(self.page)
            if self._on_built is not None:
                self._on_built(self.page)
        return self.page

    def page_shown(self) -> None:
        page = self.build()
        if hasattr(page, "page_shown"):
            page.page_shown()

    def prepare_screenshot(self) -> None:
        page = self.build()
        if hasattr(page, "prepare_screenshot"):
            page.prepare_screenshot()

    def can_close(self) -> bool:
        return self.page is None or not hasattr(self.page, "can_close") or self.page.can_close()
