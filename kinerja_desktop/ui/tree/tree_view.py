"""The indicator tree's view: node names over the whole row, and columns that fit the width.

A goal, objective, program or activity row has no figures, so its name is painted from the name
column to the right edge instead of being cut at the name column (drawRow, only for the rows on
screen: a few dozen Python calls per paint, whatever the size of the tree). The name column's
own delegate leaves such a cell empty so the name is not painted twice.

When the view is narrow (the detail panel open on a 1366-pixel screen) the quarter columns, then
the unit and the target, are hidden before the name column falls below NAME_MIN: the detail
panel beside shows them anyway.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QTreeView

from kinerja_desktop.ui.tree import tree_data as td
from kinerja_desktop.ui.tree.tree_model import KEY_ROLE

NAME_MIN = 260             # px the indicator names keep before optional columns make way
HIDING_ORDER = (tuple(range(td.COL_Q1, td.COL_Q4 + 1)), (td.COL_UNIT,), (td.COL_TARGET,))
CODE_MIN = 130
OPTIONAL_COLUMNS = tuple(c for group in HIDING_ORDER for c in group)


def is_node(index) -> bool:
    key = index.data(KEY_ROLE)
    return key is not None and key[0] != "indicator"


class NameDelegate(QStyledItemDelegate):
    """Leaves a node row's name cell without text: the view paints it across the row."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        if is_node(index):
            option.text = ""


class IndicatorTreeView(QTreeView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegateForColumn(td.COL_NAME, NameDelegate(self))
        self.hidden_columns: frozenset[int] = frozenset()
        self._widths: dict[int, int] = {}
        self._code_width: int | None = None   # as set by the page (or the person) with every column shown

    # --- node names across the row --------------------------------------------------------
    def drawRow(self, painter, option, index) -> None:  # noqa: N802 - Qt API
        super().drawRow(painter, option, index)
        if not is_node(index):
            return
        header = self.header()
        left = header.sectionViewportPosition(td.COL_NAME)
        right = min(self.viewport().width(), header.length() - header.offset())
        margin = self.style().pixelMetric(QStyle.PM_FocusFrameHMargin, None, self) + 1
        rect = QRect(left + margin, option.rect.y(), right - left - 2 * margin, option.rect.height())
        if rect.width() <= 0:
            return
        name = index.siblingAtColumn(td.COL_NAME)
        font = name.data(Qt.FontRole) or self.font()
        selected = self.selectionModel() is not None and self.selectionModel().isSelected(name)
        role = QPalette.HighlightedText if selected else QPalette.Text
        painter.save()
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.Active if self.hasFocus() else QPalette.Inactive, role))
        text = painter.fontMetrics().elidedText(str(name.data(Qt.DisplayRole) or ""), Qt.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignLeft | Qt.AlignVCenter, text)
        painter.restore()

    # --- columns that fit -----------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Hide the optional columns, quarters first, while the name column would be narrower
        than NAME_MIN; show them again when there is room. Still short, the code column gives
        some (codes are elided in the middle, never cut at their start)."""
        header = self.header()
        for c in OPTIONAL_COLUMNS:   # a hidden section's size reads 0: remember the shown one
            if not header.isSectionHidden(c):
                self._widths[c] = header.sectionSize(c)
        if self._code_width is None or not self.hidden_columns:
            self._code_width = header.sectionSize(td.COL_CODE)
        fixed = self._code_width + sum(header.sectionSize(c) for c in range(td.COLUMN_COUNT)
                                       if c not in (td.COL_NAME, td.COL_CODE) and c not in OPTIONAL_COLUMNS)
        room = self.viewport().width() - NAME_MIN - fixed
        hidden: set[int] = set()
        for group in HIDING_ORDER:
            if sum(self._widths.get(c, 0) for c in OPTIONAL_COLUMNS if c not in hidden) <= room:
                break
            hidden.update(group)
        for c in OPTIONAL_COLUMNS:
            if header.isSectionHidden(c) != (c in hidden):
                self.setColumnHidden(c, c in hidden)
        self.hidden_columns = frozenset(hidden)
        code = max(CODE_MIN, self._code_width + min(room, 0)) if hidden else self._code_width
        if code != header.sectionSize(td.COL_CODE):
            self.setColumnWidth(td.COL_CODE, code)
