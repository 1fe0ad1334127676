"""The panel beside the tree: everything about the selected indicator (definition, data source,
OPD, polarity and aggregation in words, targets by year, values by quarter with notes) and a
button to its change history (the audit history dialog, when that module is present).
"""
from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QFrame, QHeaderView, QLabel, QPushButton,
                               QScrollArea, QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from kinerja_desktop.domain.entities import QUARTER_LABELS
from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.i18n import domain_text
from kinerja_desktop.ui.tree import detail_data as dd
from kinerja_desktop.ui.tree.tree_data import NODE_LABELS, TreeRow, status_label
from kinerja_desktop.ui.shared.empty_state import EmptyState

log = logging.getLogger(__name__)
AUDIT_MODULE = "kinerja_desktop.ui.admin.audit_history"


def _audit_dialog_class():
    try:
        return getattr(importlib.import_module(AUDIT_MODULE), "AuditHistoryDialog", None)
    except ImportError:
        return None


class DetailPanel(QFrame):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("detailPanel")
        self.setMinimumWidth(340)
        self._indicator_id: int | None = None
        self.stack = QStackedWidget()
        self.empty = EmptyState("mdi6.information-outline", self.tr("No indicator selected"),
                                self.tr("Choose an indicator in the tree to see its definition, targets "
                                        "and the history of its values."))
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _build_content(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 10)
        self.kind_label = QLabel(objectName="pageSubtitle")
        self.title = QLabel(objectName="pageTitle", wordWrap=True)
        self.title.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.title)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.fields: dict[str, QLabel] = {}
        for key, label in [("opd", self.tr("OPD")), ("unit", self.tr("Unit")), ("kind", self.tr("Kind")),
                           ("polarity", self.tr("Polarity")), ("aggregation", self.tr("Over quarters")),
                           ("baseline", self.tr("Baseline")), ("end_target", self.tr("End-of-plan target")),
                           ("definition", self.tr("Definition")), ("source", self.tr("Data source"))]:
            value = QLabel(wordWrap=True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.fields[key] = value
            self.form.addRow(QLabel(label + ":"), value)
        layout.addLayout(self.form)
        layout.addWidget(QLabel(self.tr("Targets and achievement by year"), objectName="sectionTitle"))
        self.years_table = self._table([self.tr("Year"), self.tr("Target"), self.tr("Realisation"),
                                        self.tr("Ach. %"), self.tr("Rating")])
        layout.addWidget(self.years_table)
        layout.addWidget(QLabel(self.tr("Values by quarter"), objectName="sectionTitle"))
        self.quarters_table = self._table([self.tr("Period"), self.tr("Value"), self.tr("Ach. %"), self.tr("Note")])
        for column in (0, 1, 2):
            self.quarters_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeToContents)
        # The year column as wide as a year: the row where a later period begins spans the table
        # and must not widen it (ResizeToContents would measure that row's text).
        self.years_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Fixed)
        self.years_table.setColumnWidth(0, _year_column_width(self.years_table))
        layout.addWidget(self.quarters_table)
        self.no_history = QLabel(self.tr("No value has been reported for this indicator yet."),
                                 objectName="emptyText", wordWrap=True)
        layout.addWidget(self.no_history)
        self.history_button = QPushButton(theme.icon("mdi6.history"), self.tr("Change history"))
        self.history_button.clicked.connect(self.open_history)
        self.history_button.setEnabled(_audit_dialog_class() is not None)
        if not self.history_button.isEnabled():
            self.history_button.setToolTip(self.tr("The change history is not available in this version."))
        layout.addWidget(self.history_button, 0, Qt.AlignLeft)
        layout.addStretch(1)
        scroll.setWidget(body)
        return scroll

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        # "Capaian %" on two lines: a narrow panel keeps room for the rating beside it
        table.setHorizontalHeaderLabels([h.replace(" %", "\n%") for h in headers])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.NoSelection)
        table.setAlternatingRowColors(True)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        table.setWordWrap(True)
        # Figures take the width their header and values need; the last column (rating or note)
        # gets the rest, so no header is clipped on a narrow panel.
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.Stretch)
        header.setMinimumSectionSize(36)
        return table

    @staticmethod
    def _fit(table: QTableWidget) -> None:
        height = table.horizontalHeader().sizeHint().height() + table.verticalHeader().length()
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)

    # --- showing -------------------------------------------------------------------------
    @property
    def indicator_id(self) -> int | None:
        return self._indicator_id

    def show_row(self, row: TreeRow | None, partial: bool = False) -> None:
        """An indicator's detail, or a node's count of the indicators below it (`partial`: the
        tree is still a skeleton, so the count is not known yet)."""
        if row is None:
            self._indicator_id = None
            self.stack.setCurrentIndex(0)
            return
        if row.is_indicator:
            self.show_indicator(row.item_id)
            return
        self._indicator_id = None
        counts: dict[str, int] = {}
        stack = list(row.children)
        while stack:
            child = stack.pop()
            stack.extend(child.children)
            if child.is_indicator:
                label = status_label(child.result)
                counts[label] = counts.get(label, 0) + 1
        total = sum(counts.values())
        summary = ", ".join(f"{domain_text(label)}: {n}" for label, n in sorted(counts.items(), key=lambda kv: -kv[1]))
        self.empty.set_icon("mdi6.file-tree")
        if partial:   # the skeleton's branches are not all read: no count rather than a wrong one
            text = self.tr("The indicators below are counted when every indicator has been calculated.")
        elif total:
            text = self.tr("%1 indicators below: %2").replace("%1", str(total)).replace("%2", summary)
        else:
            text = self.tr("No indicator hangs below this item.")
        self.empty.set_message(f"{domain_text(NODE_LABELS[row.kind])} {row.code}", row.name + "\n\n" + text)
        self.stack.setCurrentIndex(0)

    def show_indicator(self, indicator_id: int) -> None:
        detail = dd.indicator_detail(self.context.db, indicator_id, self.context.plan)
        if detail is None:
            self.show_row(None)
            return
        self._indicator_id = indicator_id
        ind = detail.indicator
        self.kind_label.setText(self.tr("Indicator") + f" · {ind.code}")
        self.title.setText(ind.name)
        dec = ind.decimals
        values = {
            "opd": detail.agency_name, "unit": ind.unit, "kind": dd.KIND_WORDS.get(ind.kind, ind.kind),
            "polarity": dd.POLARITY_WORDS.get(ind.polarity, ind.polarity),
            "aggregation": dd.AGGREGATION_WORDS.get(ind.aggregation, ind.aggregation),
            "baseline": (format_id(ind.baseline, dec) + (f" ({ind.baseline_year})" if ind.baseline_year else ""))
            if ind.baseline is not None else "—",
            "end_target": format_id(detail.end_target, dec),
            "definition": ind.definition or "—", "source": ind.data_source or "—",
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        year_rows, year_ratings, separators = [], [], set()
        waiting = sorted(detail.boundaries, key=lambda b: b.year)

        def boundary_rows(before: int | None) -> None:
            """A row where a later period begins: which, and what changed (before the first year
            shown of that period, or at the end when it has no year shown yet)."""
            while waiting and (before is None or waiting[0].year <= before):
                boundary = waiting.pop(0)
                if not year_rows:
                    continue   # nothing shown of the earlier period: no boundary to mark
                separators.add(len(year_rows))
                text = self.tr("From %1 the indicator continues in %2").replace("%1", str(boundary.year)) \
                    .replace("%2", boundary.name)
                if boundary.change_note:
                    text += " — " + self.tr("change: %1").replace("%1", boundary.change_note)
                year_rows.append([text])
                year_ratings.append(None)

        for y in detail.years:
            boundary_rows(y.year)
            year_rows.append([str(y.year), format_id(y.target, dec), format_id(y.realisation, dec, ""),
                              format_id(y.achievement, 2, "—" if y.reported else ""),
                              (domain_text(y.rating.label) if y.rating else
                               ("—" if y.reported else domain_text("Belum dilaporkan")))])
            year_ratings.append(y.rating)
        boundary_rows(None)
        self._fill(self.years_table, year_rows, ratings=year_ratings, rating_column=4, separators=separators)
        self._fill(self.quarters_table, [
            [f"{line.year} {domain_text(QUARTER_LABELS[line.quarter])}", format_id(line.value, dec),
             format_id(line.achievement, 2), line.note]
            for line in detail.quarters], ratings=[None] * len(detail.quarters), rating_column=2)
        self.no_history.setVisible(not detail.quarters)
        self.quarters_table.setVisible(bool(detail.quarters))
        self.stack.setCurrentIndex(1)

    def _fill(self, table: QTableWidget, rows: list[list[str]], ratings: list, rating_column: int,
              separators: set[int] = frozenset()) -> None:
        table.clearSpans()
        table.setRowCount(len(rows))
        for r, (cells, band) in enumerate(zip(rows, ratings)):
            if r in separators:   # one cell across the table (where a later period begins)
                item = QTableWidgetItem(cells[0])
                item.setToolTip(cells[0])
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                table.setItem(r, 0, item)
                for c in range(1, table.columnCount()):
                    table.setItem(r, c, QTableWidgetItem(""))
                table.setSpan(r, 0, 1, table.columnCount())
                continue
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c and (c < len(cells) - 1 or table is self.years_table):
                    item.setTextAlignment(theme.align_right() if c < rating_column or (
                        table is self.quarters_table and c == rating_column) else Qt.AlignLeft | Qt.AlignVCenter)
                if c == rating_column and band is not None:  # the years table: colour beside the label
                    background, foreground = theme.band_colours(band)
                    item.setBackground(background)
                    item.setForeground(foreground)
                    item.setToolTip(domain_text(band.label))
                if c == len(cells) - 1 and text:
                    item.setToolTip(text)
                table.setItem(r, c, item)
        table.resizeRowsToContents()
        self._fit(table)

    def open_history(self) -> None:
        dialog_class = _audit_dialog_class()
        if dialog_class is None or self._indicator_id is None:
            return
        try:
            dialog = dialog_class(self.context, indicator_id=self._indicator_id, parent=self)
        except TypeError:  # a dialog without a parent argument
            dialog = dialog_class(self.context, indicator_id=self._indicator_id)
        dialog.exec()


def _year_column_width(table: QTableWidget) -> int:
    """Wide enough for a year and for the column's own title, which the theme draws in bold
    ("Tahun" was clipped to "ahun" when the width was the year's alone)."""
    header = table.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)
    title = table.horizontalHeaderItem(0).text()
    return max(table.fontMetrics().horizontalAdvance("0000"), QFontMetrics(bold).horizontalAdvance(title)) + 22
