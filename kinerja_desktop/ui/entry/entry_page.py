"""The quarterly entry form of one OPD (page key 'entry'): the table, saving, the draft autosave,
the workflow buttons and the read-only banner.

Questions to the user go through small methods (`ask_unsaved`, `confirm_warnings`, `ask_restore`,
`ask_reason`, `confirm`, `show_error`) so tests can answer them without a modal dialog.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QSizePolicy,
    QToolBar, QVBoxLayout, QWidget,
)

from kinerja_desktop.domain.entities import QUARTER_LABELS
from kinerja_desktop.domain.workflow import STATUS_LABELS
from kinerja_desktop.services import entry as entry_service
from kinerja_desktop.services import workflow as wf
from kinerja_desktop.services.audit import format_datetime_id
from kinerja_desktop.services.office_settings import plausibility
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.i18n import domain_text
from kinerja_desktop.ui.entry.entry_model import EntryTableModel
from kinerja_desktop.ui.entry.entry_questions import EntryQuestions
from kinerja_desktop.ui.entry.entry_saving import EntrySaving
from kinerja_desktop.ui.entry.entry_workflow import EntryWorkflow
from kinerja_desktop.ui.entry.entry_view import EntryTableView

STATUS_CHIP = {"draft": ("#E3E8EF", "#33414F"), "submitted": ("#D6E8FA", "#0F4C81"),
               "verified": ("#DDF1E2", "#1B6B34"), "locked": ("#33414F", "#FFFFFF")}
ACTION_ICONS = {"submit": "mdi6.send", "verify": "mdi6.check-decagram", "return": "mdi6.undo-variant",
                "return_verified": "mdi6.undo-variant", "lock": "mdi6.lock", "unlock": "mdi6.lock-open-variant"}
COLUMN_WIDTHS = {"code": 104, "unit": 64, "target": 66, "earlier": 56, "value": 86, "achievement": 70,
                 "rating": 106, "spent": 100}


class EntryPage(EntrySaving, EntryWorkflow, EntryQuestions, QWidget):
    saved = Signal(object)            # SaveResult
    status_changed = Signal(str)      # new workflow status

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.agency_id: int | None = None
        self.year, self.quarter = context.year, context.quarter
        self._reverting = False
        self.undo_stack = QUndoStack(self)
        self.model = EntryTableModel(context.plan, self)
        self.model.undo_stack = self.undo_stack
        self.model.draft_sink = self._write_draft
        self._build()
        self.model.dataChanged.connect(lambda *_: self._update_footer())
        self.undo_stack.cleanChanged.connect(lambda *_: self._update_footer())
        context.period_changed.connect(self._period_changed)
        context.user_changed.connect(lambda *_: self.reset_agencies())
        context.data_changed.connect(self._data_changed)
        self.reset_agencies()

    # --- building -------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(6)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title = QLabel(self.tr("Isian Realisasi Triwulan"), objectName="pageTitle")
        self.subtitle = QLabel(objectName="pageSubtitle")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(QLabel(self.tr("OPD")))
        self.agency_combo = QComboBox()
        self.agency_combo.setMinimumWidth(320)
        self.agency_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.agency_combo.currentIndexChanged.connect(self._agency_chosen)
        header.addWidget(self.agency_combo)
        self.status_chip = QLabel()
        self.status_chip.setAlignment(Qt.AlignCenter)
        self.status_chip.setMinimumWidth(110)
        header.addWidget(self.status_chip, 0, Qt.AlignVCenter)   # a chip, not a block as tall as the titles
        layout.addLayout(header)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.save_action = self._action(self.tr("Simpan"), "mdi6.content-save", self.save, QKeySequence.Save)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Urungkan"))
        self.undo_action.setIcon(theme.icon("mdi6.undo"))
        self.undo_action.setShortcuts([QKeySequence.Undo])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Ulangi"))
        self.redo_action.setIcon(theme.icon("mdi6.redo"))
        redo_keys = {k.toString(): k for k in [QKeySequence("Ctrl+Y"), *QKeySequence.keyBindings(QKeySequence.Redo)]}
        self.redo_action.setShortcuts(list(redo_keys.values()))   # the platform may already bind Ctrl+Y
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.toolbar.addAction(self.save_action)
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()
        self.workflow_actions: dict[str, QAction] = {}
        for key, _old, new, label in wf.ACTIONS:
            action = self._action(self.tr(label), ACTION_ICONS[key], lambda checked=False, k=key: self.run_action(k))
            self.workflow_actions[key] = action
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.history_action = self._action(self.tr("Riwayat"), "mdi6.history", self.show_history)
        self.toolbar.addAction(self.history_action)
        layout.addWidget(self.toolbar)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        self.wait_bar = self._build_wait_bar()
        layout.addWidget(self.wait_bar)

        self.view = EntryTableView()
        self.view.setModel(self.model)
        self.view.message.connect(self._say)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_footer())
        layout.addWidget(self.view, 1)

        footer = QHBoxLayout()
        self.cell_message = QLabel()
        self.cell_message.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("pageSubtitle")
        footer.addWidget(self.cell_message, 1)
        footer.addWidget(self.counts_label)
        layout.addLayout(footer)

    def _action(self, text, icon_name, slot, shortcut=None) -> QAction:
        action = QAction(theme.icon(icon_name), text, self)
        action.triggered.connect(lambda checked=False: slot())
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            self.addAction(action)
        return action

    # --- choosing OPD and period -----------------------------------------------------------
    def reset_agencies(self) -> None:
        """Fill the OPD combo for the logged-in user: an operator sees only their OPD."""
        user = self.context.user
        agencies = entry_service.agencies_for(self.context.db, user)
        self.agency_combo.blockSignals(True)
        self.agency_combo.clear()
        for agency in agencies:
            self.agency_combo.addItem(f"{agency.code} · {agency.name}", agency.id)
        self.agency_combo.setEnabled(len(agencies) > 1)
        keep = self.agency_combo.findData(self.agency_id)
        self.agency_combo.setCurrentIndex(keep if keep >= 0 else 0)
        self.agency_combo.blockSignals(False)
        self.agency_id = self.agency_combo.currentData()
        self.undo_stack.clear()
        self.reload(offer_draft=True)

    def _agency_chosen(self, _index: int) -> None:
        new = self.agency_combo.currentData()
        if new == self.agency_id:
            return
        if not self.maybe_leave():
            self.agency_combo.blockSignals(True)
            self.agency_combo.setCurrentIndex(self.agency_combo.findData(self.agency_id))
            self.agency_combo.blockSignals(False)
            return
        self.agency_id = new
        self.reload(offer_draft=True)

    def _period_changed(self, year: int, quarter: int) -> None:
        if self._reverting or (year, quarter) == (self.year, self.quarter):
            return
        if not self.maybe_leave():
            self._reverting = True
            try:
                self.context.set_period(self.year, self.quarter)
            finally:
                self._reverting = False
            return
        self.year, self.quarter = year, quarter
        self.reload(offer_draft=True)

    def open_for(self, agency_id: int, year: int, quarter: int) -> bool:
        """Show another OPD/period (from the completeness grid); False when the user cancelled."""
        if (agency_id, year, quarter) != (self.agency_id, self.year, self.quarter) and not self.maybe_leave():
            return False
        index = self.agency_combo.findData(agency_id)
        if index < 0:
            self.show_error(self.tr("OPD ini tidak dapat dibuka dengan peran Anda."))
            return False
        self.agency_combo.blockSignals(True)
        self.agency_combo.setCurrentIndex(index)
        self.agency_combo.blockSignals(False)
        self.agency_id, self.year, self.quarter = agency_id, year, quarter
        self._reverting = True
        try:
            self.context.set_period(year, quarter)
        finally:
            self._reverting = False
        self.reload(offer_draft=True)
        return True

    def _data_changed(self, _ids) -> None:
        # Another part changed values (a package import, the plan editor): show them, unless the
        # user is typing; a hidden page reloads when it is shown again.
        if getattr(self, "_announcing", False) or self.model.is_dirty():
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    # --- loading -------------------------------------------------------------------------
    def reload(self, offer_draft: bool = False) -> None:
        self._stop_waiting()
        self._pending_draft.clear()
        self.undo_stack.clear()
        if self.agency_id is None:
            self.model.clear()
            self.banner_text(self.tr("Belum ada OPD yang dapat dibuka. Tambahkan OPD di Data induk."), "info")
            return
        sheet = entry_service.load_sheet(self.context.db, self.agency_id, self.year, self.quarter,
                                         plan_id=self.context.plan_id_for(self.year))
        editable, reason = sheet.editable_by(self.context.user)
        self.model.factors = plausibility(self.context.db)
        self.model.load(sheet, editable)
        self.view.install_column_delegates()
        self._size_columns()
        self.subtitle.setText(f"{sheet.agency.name} · {domain_text(QUARTER_LABELS[self.quarter])} {self.year}")
        self._show_status(sheet)
        self.banner_text("" if editable else reason, "locked" if sheet.status == "locked" else "info")
        self.save_action.setEnabled(editable)
        self._update_actions()
        if offer_draft and editable:
            self._offer_draft()
        self._update_footer()
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, self.model.column_of("value")))

    def _size_columns(self) -> None:
        for c, column in enumerate(self.model.columns):
            if column.key in COLUMN_WIDTHS:
                self.view.setColumnWidth(c, COLUMN_WIDTHS[column.key])
        self.view.share_spare_width()

    def _show_status(self, sheet) -> None:
        background, foreground = STATUS_CHIP[sheet.status]
        self.status_chip.setText(domain_text(STATUS_LABELS[sheet.status]))
        self.status_chip.setStyleSheet(f"background:{background}; color:{foreground}; border-radius:10px; "
                                       "padding:3px 12px; font-weight:600;")
        tip = ""
        if sheet.status_changed_at:
            tip = self.tr("Diubah oleh %1, %2").replace("%1", sheet.status_changed_by or "").replace(
                "%2", format_datetime_id(sheet.status_changed_at))
        self.status_chip.setToolTip(tip)

    def banner_text(self, text: str, kind: str = "info") -> None:
        colours = {"info": ("#FFF6DA", "#6B4E00", "#F2D37A"), "locked": ("#E9EDF2", "#33414F", "#C3CBD5"),
                   "draft": ("#E4F1FD", "#0F4C81", "#A9CCEE")}
        background, foreground, border = colours[kind]
        self.banner.setText(text)
        self.banner.setStyleSheet(f"background:{background}; color:{foreground}; border:1px solid {border}; "
                                  "border-radius:4px; padding:6px 10px;")
        self.banner.setVisible(bool(text))

    def _offer_draft(self) -> None:
        user = self.context.user
        draft = entry_service.load_draft(self.context.db, user.username, self.agency_id, self.year, self.quarter)
        if draft is None:
            return
        rows = {s.row.indicator.id: r for r, s in enumerate(self.model.states)}
        cells = [(rows[i], f, text) for (i, f), text in draft.cells.items()
                 if i in rows and (f != "spent" or self.model.states[rows[i]].row.budget is not None)]
        cells = [c for c in cells if self.model.text_at(c[0], c[1]) != c[2]]
        if cells and self.ask_restore(format_datetime_id(draft.saved_at)):
            self.model.set_cells(cells, self.tr("Pulihkan isian"))
            self.banner_text(self.tr("Isian yang belum disimpan telah dipulihkan. Periksa lalu simpan (Ctrl+S)."),
                             "draft")
        else:
            self.clear_draft()

    def maybe_leave(self) -> bool:
        """Before switching OPD/period or closing: True when it is fine to go on."""
        if not self.model.is_dirty():
            return True
        answer = self.ask_unsaved()
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.clear_draft()
            self.undo_stack.clear()
            self.reload()
            return True
        return False

    def can_close(self) -> bool:
        """Asked by the main window before it closes."""
        return self.maybe_leave()

    def page_shown(self) -> None:
        if getattr(self, "_stale", False) and not self.model.is_dirty():
            self._stale = False
            self.reload()
        self.view.setFocus()

    # --- footer --------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.cell_message.setText(text)
        window = self.window()
        if hasattr(window, "status"):
            window.status(text)

    def _update_footer(self) -> None:
        if self.model.sheet is None or not shiboken6.isValid(self.counts_label):
            return
        counts = self.model.counts()
        parts = [self.tr("Terisi %1 dari %2").replace("%1", str(counts["filled"])).replace("%2", str(counts["total"]))]
        if counts["errors"]:
            parts.append(self.tr("%1 kesalahan").replace("%1", str(counts["errors"])))
        if counts["warnings"]:
            parts.append(self.tr("%1 peringatan").replace("%1", str(counts["warnings"])))
        parts.append(self.tr("Belum disimpan") if self.model.is_dirty() else self.tr("Semua tersimpan"))
        self.counts_label.setText("  ·  ".join(parts))
        current = self.view.currentIndex()
        if current.isValid() and current.row() < len(self.model.states):
            s = self.model.states[current.row()]
            key = self.model.field_at(current)
            message = s.checks[key].message if key else ""
            self.cell_message.setText(message or f"{s.row.indicator.code} · {s.row.node_label or s.row.indicator.name}")
            colour = "#A61B1B" if key and s.checks[key].level == "error" else (
                "#8A5A00" if message else theme.MUTED_TEXT)
            self.cell_message.setStyleSheet(f"color:{colour};")
