"""The entry form's table model: one row per active indicator of an OPD, for one year and quarter.

Cells hold the text as typed; each edit is checked (domain.validation) and the achievement is
recomputed with domain.achievement.evaluate, the same rule as services.evaluation. Edits go through
the undo stack (commands.SetCellsCommand) and every applied edit is handed to `draft_sink` so the
page can write the draft at once.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QUndoStack

from kinerja_desktop.domain.achievement import evaluate
from kinerja_desktop.domain.entities import QUARTER_LABELS, Plan, ValueChange
from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.domain.validation import (
    DEFAULT_PLAUSIBILITY, ERROR, OK, WARNING, CellCheck, IndicatorRules, check_note, check_realisation, check_spending,
)
from kinerja_desktop.services.entry import EntrySheet
from kinerja_desktop.services.realisations import SpendingChange
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.i18n import domain_text

from kinerja_desktop.ui.entry.entry_rows import (  # noqa: F401 - the roles and value_text are used from here too
    BAND_ROLE, CHECK_ROLE, COLOURS, EDIT_FIELDS, FIELD_ROLE, Column, RowState, value_text,
)


class EntryTableModel(QAbstractTableModel):
    def __init__(self, plan: Plan, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.factors = DEFAULT_PLAUSIBILITY   # the installation's warning factors; set before load()
        self.sheet: EntrySheet | None = None
        self.states: list[RowState] = []
        self.columns: list[Column] = []
        self.editable = False
        self.undo_stack: QUndoStack | None = None
        self.draft_sink: Callable[[list[tuple[int, str, str | None]]], None] | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    # --- loading -------------------------------------------------------------------------
    def load(self, sheet: EntrySheet, editable: bool) -> None:
        self.beginResetModel()
        self.sheet, self.editable = sheet, editable
        q = sheet.quarter
        self.columns = [
            Column("code", self.tr("Kode")), Column("name", self.tr("Indikator")), Column("unit", self.tr("Satuan")),
            Column("target", self.tr("Target\n%1").replace("%1", str(sheet.year)), tip=self.tr("Target tahunan")),
        ]
        self.columns += [Column("earlier", domain_text(QUARTER_LABELS[e]), e, self.tr("Realisasi triwulan sebelumnya"))
                         for e in range(1, q)]
        self.columns += [
            Column("value", self.tr("Realisasi\n%1").replace("%1", domain_text(QUARTER_LABELS[q])),
                   tip=self.tr("Ketik angka; kosong = belum dilaporkan")),
            Column("achievement", self.tr("Capaian\n(%)")), Column("rating", self.tr("Predikat")),
            Column("spent", self.tr("Anggaran\n%1 (Rp)").replace("%1", domain_text(QUARTER_LABELS[q])),
                   tip=self.tr("Hanya untuk indikator program/kegiatan yang mempunyai pagu")),
            Column("note", self.tr("Catatan"), tip=self.tr("Faktor pendorong atau penghambat capaian")),
        ]
        self.states = []
        for row in sheet.rows:
            v = row.values
            spent = row.budget.spent.get(q) if row.budget else None
            state = RowState(row, v.realisations.get(q), v.notes.get(q, ""), spent,
                             bad_stored=v.bad_realisations.get(q))
            state.texts = {"value": value_text(state.saved_value, row.indicator.decimals),
                           "note": state.saved_note, "spent": value_text(spent, 0)}
            if state.bad_stored is not None:    # shown as stored: the cell's check says why it is refused
                state.texts["value"] = state.bad_stored
            self._recheck(state)
            self.states.append(state)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.sheet, self.states, self.columns, self.editable = None, [], [], False
        self.endResetModel()

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # --- checks --------------------------------------------------------------------------
    def _recheck(self, s: RowState) -> None:
        ind, v, q = s.row.indicator, s.row.values, self.sheet.quarter
        texts = {**s.texts, **s.preview}
        rules = IndicatorRules(ind.code, ind.unit, ind.aggregation, ind.decimals, ind.allow_negative)
        earlier = {k: val for k, val in v.realisations.items() if k < q}
        s.checks["value"] = check_realisation(texts["value"], rules, q, earlier, v.annual_target, self.factors)
        note = check_note(texts["note"], ind.code)
        if note.ok and texts["note"].strip() and s.checks["value"].value is None and not s.checks["value"].blocking:
            note = CellCheck(None, ERROR, self.tr("Catatan %1 hanya disimpan bersama realisasi; isi realisasinya dulu.")
                             .replace("%1", ind.code))
        s.checks["note"] = note
        if s.row.budget:
            b = s.row.budget
            s.checks["spent"] = check_spending(texts["spent"], ind.code, b.pagu, b.earlier(q))
        else:
            s.checks["spent"] = CellCheck(None, OK)
        reals = dict(earlier)
        if s.checks["value"].value is not None and not s.checks["value"].blocking:
            reals[q] = s.checks["value"].value
        s.evaluation = evaluate(ind.polarity, ind.aggregation, v.annual_target, v.quarterly_targets, reals, q,
                                self.plan.negative_formula, self.plan.bands)

    def is_dirty_field(self, s: RowState, name: str) -> bool:
        check = s.checks[name]
        if check.blocking and name != "note":
            return True
        if name == "value":
            return check.value != s.saved_value or s.bad_stored is not None
        if name == "spent":
            return s.row.budget is not None and check.value != s.saved_spent
        return s.texts["note"] != s.saved_note

    def is_dirty(self) -> bool:
        return any(self.is_dirty_field(s, f) for s in self.states for f in EDIT_FIELDS)

    def problems(self) -> tuple[list[str], list[str]]:
        """(errors, warnings) of the cells that changed and will be saved."""
        errors, warnings = [], []
        for s in self.states:
            for name in EDIT_FIELDS:
                c = s.checks[name]
                if c.level == ERROR:   # named by its row's code (a reading error does not say where)
                    code = s.row.indicator.code
                    errors.append(c.message if code in c.message else f"{code}: {c.message}")
                elif c.level == WARNING and self.is_dirty_field(s, name):
                    warnings.append(c.message)
        return errors, warnings

    def changes(self) -> tuple[list[ValueChange], list[SpendingChange]]:
        q = self.sheet.quarter
        values, spending = [], []
        for s in self.states:
            if self.is_dirty_field(s, "value") or self.is_dirty_field(s, "note"):
                note = s.texts["note"] if self.is_dirty_field(s, "note") else None
                values.append(ValueChange(s.row.indicator.id, q, s.checks["value"].value, note))
            if self.is_dirty_field(s, "spent"):
                spending.append(SpendingChange(s.row.budget.budget_id, q, s.checks["spent"].value))
        return values, spending

    def mark_saved(self) -> None:
        """After a successful save: what is shown is now what is stored (no reload needed)."""
        q = self.sheet.quarter
        for s in self.states:
            value, v = s.checks["value"].value, s.row.values
            if value is None:
                v.realisations.pop(q, None)
                v.notes.pop(q, None)
                s.texts["note"] = ""
            else:
                v.realisations[q] = value
                v.notes[q] = s.texts["note"]
            s.saved_value, s.saved_note = value, v.notes.get(q, "")
            s.bad_stored = v.bad_realisations.pop(q, None) and None   # replaced (or deleted) by this save
            if s.row.budget is not None:
                spent = s.checks["spent"].value
                if spent is None:
                    s.row.budget.spent.pop(q, None)
                else:
                    s.row.budget.spent[q] = spent
                s.saved_spent = spent
            s.texts["value"] = value_text(value, s.row.indicator.decimals)
            s.texts["spent"] = value_text(s.saved_spent, 0)
            self._recheck(s)
        if self.states:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.states) - 1, len(self.columns) - 1))

    def counts(self) -> dict[str, int]:
        filled = sum(1 for s in self.states if s.checks["value"].value is not None)
        return {"filled": filled, "total": len(self.states),
                "errors": sum(1 for s in self.states for f in EDIT_FIELDS if s.checks[f].level == ERROR),
                "warnings": sum(1 for s in self.states for f in EDIT_FIELDS if s.checks[f].level == WARNING)}

    # --- editing -------------------------------------------------------------------------
    def field_at(self, index: QModelIndex) -> str | None:
        key = self.columns[index.column()].key if index.isValid() else None
        return key if key in EDIT_FIELDS else None

    def is_editable(self, row: int, column: int) -> bool:
        if not self.editable or not (0 <= row < len(self.states)) or not (0 <= column < len(self.columns)):
            return False
        key = self.columns[column].key
        return key in ("value", "note") or (key == "spent" and self.states[row].row.budget is not None)

    def text_at(self, row: int, name: str) -> str:
        return self.states[row].texts[name]

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not self.is_editable(index.row(), index.column()):
            return False
        return self.set_cells([(index.row(), self.field_at(index), str(value if value is not None else ""))])

    def set_cells(self, cells: list[tuple[int, str, str]], label: str = "") -> bool:
        """Change cells through the undo stack (one command for all of them)."""
        from kinerja_desktop.ui.entry.commands import SetCellsCommand

        edits = [(r, f, self.states[r].texts[f], t) for r, f, t in cells if self.states[r].texts[f] != t]
        if not edits:
            return False
        command = SetCellsCommand(self, edits, label or self.tr("Ubah %1 sel").replace("%1", str(len(edits))))
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        else:
            command.redo()
        return True

    def preview(self, row: int, name: str, text: str | None) -> None:
        """The achievement and rating follow the text being typed in an open editor (no undo step,
        no draft: the cell is committed on Enter/Tab). `text=None` ends the preview."""
        if not (0 <= row < len(self.states)) or name not in EDIT_FIELDS:
            return
        s = self.states[row]
        if text is None:
            if name not in s.preview:
                return
            s.preview.pop(name)
        elif s.preview.get(name) == text:
            return
        else:
            s.preview[name] = text
        self._recheck(s)
        # Repaint the row around the edited cell only: Qt refreshes an open editor inside the
        # changed range (it would put back the old text and select it under the typing).
        edited = self.column_of(name)
        if edited > 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, edited - 1))
        if edited + 1 < len(self.columns):
            self.dataChanged.emit(self.index(row, edited + 1), self.index(row, len(self.columns) - 1))

    def apply_texts(self, cells: list[tuple[int, str, str]]) -> None:
        """Used by the undo command: set texts, recheck, repaint, hand the edit to the draft sink."""
        touched = set()
        for r, name, text in cells:
            self.states[r].texts[name] = text
            self.states[r].preview.pop(name, None)
            touched.add(r)
        for r in touched:
            self._recheck(self.states[r])
            self.dataChanged.emit(self.index(r, 0), self.index(r, len(self.columns) - 1))
        if self.draft_sink is not None:
            out = []
            for r, name, _ in cells:
                s = self.states[r]
                out.append((s.row.indicator.id, name, s.texts[name] if self.is_dirty_field(s, name) else None))
            self.draft_sink(out)

    # --- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.states)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.DisplayRole:
                return column.title
            if role == Qt.ToolTipRole:
                return column.tip or column.title.replace("\n", " ")
            if role == Qt.TextAlignmentRole:
                return int(Qt.AlignCenter)
        elif orientation == Qt.Vertical and role == Qt.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return base | Qt.ItemIsEditable if self.is_editable(index.row(), index.column()) else base

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        s = self.states[index.row()]
        column = self.columns[index.column()]
        key = column.key
        ind = s.row.indicator
        if role in (Qt.DisplayRole, Qt.EditRole):
            return self._text(s, column, role)
        if role == Qt.TextAlignmentRole:
            if key in ("code", "name", "note", "unit"):
                return int(Qt.AlignLeft | Qt.AlignVCenter)
            return int(Qt.AlignCenter) if key == "rating" else int(Qt.AlignRight | Qt.AlignVCenter)
        if role == BAND_ROLE:
            ev = s.evaluation
            return (ev.rating, ev.reported and not s.checks["value"].blocking)
        if role == FIELD_ROLE:
            return key if key in EDIT_FIELDS else None
        if role == CHECK_ROLE and key in EDIT_FIELDS:
            return s.checks[key]
        if role == Qt.BackgroundRole:
            return self._background(s, index, key)
        if role == Qt.ForegroundRole:
            if key in EDIT_FIELDS and s.checks[key].level == ERROR:
                return QBrush(COLOURS["error_text"])
            if key in ("unit", "earlier", "target"):
                return QBrush(COLOURS["muted"])
        if role == Qt.DecorationRole and key in EDIT_FIELDS:
            level = s.checks[key].level
            if level == ERROR:
                return theme.icon("mdi6.alert-circle", "#C62828")
            if level == WARNING:
                return theme.icon("mdi6.alert", "#D98200")
        if role == Qt.ToolTipRole:
            return self._tooltip(s, key)
        if role == Qt.FontRole and key == "code" and ind.node_type in ("goal", "objective"):
            return self._bold
        return None

    def _text(self, s: RowState, column: Column, role) -> str:
        key, ind, v = column.key, s.row.indicator, s.row.values
        if key == "code":
            return ind.code
        if key == "name":
            return ind.name
        if key == "unit":
            return ind.unit
        if key == "target":
            return value_text(v.annual_target, ind.decimals) or "—"
        if key == "earlier":
            return value_text(v.realisations.get(column.quarter), ind.decimals)
        if key in EDIT_FIELDS:
            if key == "spent" and s.row.budget is None:
                return ""
            check = s.checks[key]
            if key != "note" and check.value is not None and not check.blocking:
                return value_text(check.value, ind.decimals if key == "value" else 0)
            return s.texts[key]
        ev = s.evaluation
        if key in ("achievement", "rating") and s.checks["value"].blocking:
            return "?" if key == "achievement" else ""
        if key == "achievement":
            if not ev.reported:
                return ""
            return "—" if ev.achievement is None else format_id(ev.achievement, 2)
        if key == "rating":
            if not ev.reported:
                return ""
            return domain_text(ev.rating.label) if ev.rating else self.tr("Tidak dapat dihitung")
        return ""

    def _background(self, s: RowState, index, key):
        if key in EDIT_FIELDS and self.is_editable(index.row(), index.column()):
            level = s.checks[key].level
            if level in (ERROR, WARNING):
                return QBrush(COLOURS[level])
            if self.is_dirty_field(s, key):
                return QBrush(COLOURS["dirty"])
            return None
        if key in ("rating",):
            return None
        return QBrush(COLOURS["readonly"])

    def _tooltip(self, s: RowState, key: str) -> str | None:
        ind = s.row.indicator
        if key in EDIT_FIELDS and s.checks[key].message:
            return s.checks[key].message
        if key == "spent" and s.row.budget:
            b = s.row.budget
            return self.tr("Pagu %1: Rp %2 · realisasi s.d. triwulan sebelumnya: Rp %3").replace(
                "%1", str(self.sheet.year)).replace("%2", format_id(b.pagu, 0)).replace(
                "%3", format_id(b.earlier(self.sheet.quarter), 0))
        if key == "unit":
            return ind.unit
        if key in ("code", "name"):
            parts = [f"{ind.code} · {ind.name}"]
            if s.row.node_label:
                parts.append(s.row.node_label)
            if ind.definition:
                parts.append(ind.definition)
            return "\n".join(parts)
        if key == "achievement" and s.evaluation.target is not None and s.evaluation.reported:
            return self.tr("Realisasi %1 dibanding target %2").replace(
                "%1", value_text(s.evaluation.realisation, ind.decimals)).replace(
                "%2", value_text(s.evaluation.target, ind.decimals))
        return None
