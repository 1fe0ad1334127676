"""The entry form's table view and delegates: a spreadsheet-like keyboard (Enter down, Tab to the
next input cell, typing replaces, Delete clears, Ctrl+V fills down a column copied from Excel,
Ctrl+C copies) and the rating chip."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QApplication, QHeaderView, QLineEdit, QStyle,
    QStyledItemDelegate, QStyleOptionViewItem, QTableView,
)

from kinerja_desktop.ui import theme
from kinerja_desktop.ui.entry.entry_model import BAND_ROLE, EntryTableModel


ROW_HEIGHT = 26
CELL_PADDING = 14
CODE_MAX, UNIT_MAX, UNIT_NARROW = 190, 200, 72
NAME_MIN, NOTE_MIN, NOTE_MAX = 180, 90, 320
NAVIGATION_KEYS = {Qt.Key_Up, Qt.Key_Down, Qt.Key_Left, Qt.Key_Right, Qt.Key_Home, Qt.Key_End,
                   Qt.Key_PageUp, Qt.Key_PageDown, Qt.Key_A}


class CellDelegate(QStyledItemDelegate):
    """A plain line editor; numbers right-aligned; the whole text selected so typing replaces it."""

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setFrame(False)
        model, row, name = index.model(), index.row(), index.model().field_at(index)
        if name in ("value", "spent"):
            editor.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        if name == "value":   # achievement and rating follow each keystroke
            editor.textEdited.connect(lambda text: model.preview(row, name, text))
        return editor

    def destroyEditor(self, editor, index):
        model = index.model()
        if model is not None and index.isValid():
            model.preview(index.row(), model.field_at(index), None)   # Escape: back to the stored text
        super().destroyEditor(editor, index)

    def initStyleOption(self, option, index):
        super().initStyleOption(option, index)
        if index.column() == 0:   # long codes keep their start and their end: 1.02.01.2.…-01
            option.textElideMode = Qt.ElideMiddle
        columns = getattr(index.model(), "columns", None)
        if columns and columns[index.column()].key != "name":   # only the name wraps (its row grows)
            option.features &= ~QStyleOptionViewItem.WrapText

    def setEditorData(self, editor, index):
        editor.setText(index.data(Qt.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor, model, index):
        model.setData(index, editor.text(), Qt.EditRole)


class BandChipDelegate(QStyledItemDelegate):
    """The rating as a coloured chip with its label (colour is never the only signal)."""

    def paint(self, painter: QPainter, option, index):
        band, reported = index.data(BAND_ROLE) or (None, False)
        style = option.widget.style() if option.widget else QApplication.style()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, option.widget)
        if not reported:
            return
        text = index.data(Qt.DisplayRole)
        background, foreground = theme.band_colours(band)
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        metrics = option.fontMetrics
        width = min(option.rect.width() - 4, metrics.horizontalAdvance(text) + 12)
        height = min(option.rect.height() - 6, metrics.height() + 4)
        rect = QRectF(option.rect.x() + (option.rect.width() - width) / 2,
                      option.rect.y() + (option.rect.height() - height) / 2, width, height)
        painter.setPen(Qt.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QPen(foreground))
        painter.drawText(rect, Qt.AlignCenter, text)
        painter.restore()


class EntryTableView(QTableView):
    message = Signal(str)   # for the status line: what happened (paste, clear ...)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(CellDelegate(self))
        self.setEditTriggers(QAbstractItemView.AnyKeyPressed | QAbstractItemView.DoubleClicked
                             | QAbstractItemView.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.ContiguousSelection)
        self.setAlternatingRowColors(False)
        self.setWordWrap(True)   # long names take a second line (fit_row_heights)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.verticalHeader().setVisible(False)   # the code identifies a row
        self.horizontalHeader().setDefaultAlignment(Qt.AlignCenter)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setMinimumHeight(44)
        self._chip = BandChipDelegate(self)

    def model(self) -> EntryTableModel:  # typing aid
        return super().model()

    def install_column_delegates(self) -> None:
        m = self.model()
        for c in range(m.columnCount()):
            self.setItemDelegateForColumn(c, None)
        self.setItemDelegateForColumn(m.column_of("rating"), self._chip)

    def share_spare_width(self) -> None:
        """The code and unit columns fit their longest text (within limits); the indicator name
        and the note share what is left, the name the larger part; a name longer than its
        column wraps on a second line (its row grows), the rest in its tooltip."""
        m = self.model()
        if m is None or not m.columns:
            return
        name, note = m.column_of("name"), m.column_of("note")
        code, unit = m.column_of("code"), m.column_of("unit")
        fixed = sum(self.columnWidth(c) for c in range(m.columnCount()) if c not in (name, note, code, unit))
        room = self.viewport().width() - fixed
        longest_code, longest_unit, _ = self._measures()
        self.setColumnWidth(code, min(max(longest_code + CELL_PADDING, 64), CODE_MAX))
        self.setColumnWidth(unit, min(max(longest_unit + CELL_PADDING, 56), UNIT_MAX if room > 1000 else UNIT_NARROW))
        spare = room - self.columnWidth(code) - self.columnWidth(unit)
        note_width = max(NOTE_MIN, min(int(spare * 0.3), NOTE_MAX))
        self.setColumnWidth(name, max(NAME_MIN, spare - note_width))
        self.setColumnWidth(note, max(NOTE_MIN, spare - self.columnWidth(name)))
        self.fit_row_heights()

    def fit_row_heights(self) -> None:
        """Two lines for a name wider than its column, one otherwise (cheaper than Qt's
        resizeRowsToContents, which asks every cell of every row)."""
        m = self.model()
        if m is None or not m.columns:
            return
        width = self.columnWidth(m.column_of("name")) - CELL_PADDING
        one, two = ROW_HEIGHT, ROW_HEIGHT + self.fontMetrics().lineSpacing()
        header = self.verticalHeader()
        # One repaint for the lot: the view's per-row slot for sectionResized costs more than the resize.
        header.blockSignals(True)
        try:
            for r, advance in enumerate(self._measures()[2]):
                height = two if advance > width else one
                if header.sectionSize(r) != height:
                    header.resizeSection(r, height)
        finally:
            header.blockSignals(False)
        self.updateGeometries()
        self.viewport().update()

    def _measures(self) -> tuple[int, int, list[int]]:
        """(widest code, widest unit, each name's width) in pixels, measured once per sheet
        loaded (a resize only compares them with the new column widths)."""
        m = self.model()
        key = (id(m.sheet), len(m.states))
        if getattr(self, "_measured", (None,))[0] != key:
            bold = self.font()
            bold.setBold(True)
            code_metrics, metrics = QFontMetrics(bold), self.fontMetrics()
            indicators = [s.row.indicator for s in m.states]
            longest = max((len(i.code) for i in indicators), default=0)
            codes = {i.code for i in indicators if len(i.code) >= longest - 1}   # the widest is among the longest
            self._measured = (key, (
                max((code_metrics.horizontalAdvance(c) for c in codes), default=60),
                max((metrics.horizontalAdvance(u) for u in {i.unit or "" for i in indicators}), default=40),
                [metrics.horizontalAdvance(i.name) for i in indicators]))
        return self._measured[1]

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.share_spare_width()

    # --- moving like a spreadsheet ------------------------------------------------------
    def _editable_columns(self, row: int) -> list[int]:
        m = self.model()
        return [c for c in range(m.columnCount()) if m.is_editable(row, c)]

    def moveCursor(self, action, modifiers):
        m = self.model()
        current = self.currentIndex()
        if m is None or not current.isValid() or action not in (
                QAbstractItemView.MoveNext, QAbstractItemView.MovePrevious):
            return super().moveCursor(action, modifiers)
        row, col = current.row(), current.column()
        step = 1 if action == QAbstractItemView.MoveNext else -1
        cells = [(r, c) for r in range(m.rowCount()) for c in self._editable_columns(r)]
        if not cells:
            return super().moveCursor(action, modifiers)
        later = [rc for rc in cells if (rc > (row, col)) == (step > 0) and rc != (row, col)]
        target = (min(later) if step > 0 else max(later)) if later else (row, col)
        return m.index(*target)

    def closeEditor(self, editor, hint):
        if hint == QAbstractItemDelegate.SubmitModelCache:   # Enter: commit and go down
            super().closeEditor(editor, QAbstractItemDelegate.NoHint)
            self._move_down()
            return
        super().closeEditor(editor, hint)

    def commit_open_editor(self) -> None:
        """Ctrl+S while a cell is being typed saves what is typed."""
        if self.state() != QAbstractItemView.EditingState:
            return
        editor = next((e for e in self.findChildren(QLineEdit) if e.isVisible()), None)
        if editor is not None:
            self.commitData(editor)
            super().closeEditor(editor, QAbstractItemDelegate.NoHint)

    def _move_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(self.model().index(current.row() + 1, current.column()))

    def keyPressEvent(self, event):
        if self.state() != QAbstractItemView.EditingState:
            if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers() & ~Qt.KeypadModifier:
                self._move_down()
                return
            if event.matches(QKeySequence.Paste):
                self.paste(QGuiApplication.clipboard().text())
                return
            if event.matches(QKeySequence.Copy):
                self.copy_selection()
                return
            if event.key() in (Qt.Key_Delete, Qt.Key_Backspace) and not event.modifiers():
                self.clear_selection_cells()
                return
            if event.modifiers() & (Qt.ControlModifier | Qt.AltModifier) and event.key() not in NAVIGATION_KEYS:
                event.ignore()   # a shortcut the page did not take must not open an editor
                return
        super().keyPressEvent(event)

    # --- clipboard and clearing ---------------------------------------------------------
    def paste(self, text: str) -> None:
        m, current = self.model(), self.currentIndex()
        if not current.isValid() or not text:
            return
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if lines and lines[-1] == "":
            lines.pop()   # Excel ends a copied column with a newline
        cells, skipped = [], 0
        for offset, line in enumerate(lines):
            row = current.row() + offset
            for k, part in enumerate(line.split("\t")):
                col = current.column() + k
                if row < m.rowCount() and m.is_editable(row, col):
                    cells.append((row, m.columns[col].key, part.strip()))
                else:
                    skipped += 1
        if cells:
            m.set_cells(cells, self.tr("Tempel %1 sel").replace("%1", str(len(cells))))
            last = cells[-1]
            self.setCurrentIndex(m.index(last[0], current.column()))
        note = self.tr("%1 sel ditempel").replace("%1", str(len(cells)))
        if skipped:
            note += self.tr("; %1 sel dilewati (di luar tabel atau tidak dapat diisi)").replace("%1", str(skipped))
        self.message.emit(note + ".")

    def clear_selection_cells(self) -> None:
        m = self.model()
        cells = [(i.row(), m.columns[i.column()].key, "") for i in self.selectedIndexes()
                 if m.is_editable(i.row(), i.column())]
        if cells:
            m.set_cells(cells, self.tr("Kosongkan %1 sel").replace("%1", str(len(cells))))

    def copy_selection(self) -> None:
        indexes = sorted(self.selectedIndexes(), key=lambda i: (i.row(), i.column()))
        if not indexes:
            return
        rows: dict[int, list[str]] = {}
        for i in indexes:
            rows.setdefault(i.row(), []).append(i.data(Qt.DisplayRole) or "")
        QGuiApplication.clipboard().setText("\n".join("\t".join(r) for r in rows.values()) + "\n")
