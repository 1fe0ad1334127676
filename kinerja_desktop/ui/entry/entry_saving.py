"""Saving the entry form: never a lost update, never a frozen window.

- The save carries what each changed row held when the form loaded it; when someone else saved
  those rows in between, the person is told which and may overwrite or keep typing.
- A database locked by another program is waited for in short steps (the window stays live) with a
  visible message and a 'Batal'; the typed values stay in the form whatever happens.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from kinerja_desktop.services import entry as entry_service
from kinerja_desktop.services.realisations import Loaded, SaveConflict, SaveRefused, save_quarter
from kinerja_desktop.store.database import DatabaseBusy, DatabaseError, busy_timeout

LOCK_STEP_MS = 200      # the longest the GUI thread waits for the lock in one step
RETRY_MS = 300          # pause between two steps, when the window handles input and paints
DRAFT_STEP_MS = 100     # the autosave of a typed cell waits less still: it is tried again later


class EntrySaving:
    def _build_wait_bar(self) -> QFrame:
        """The 'waiting for the lock' bar under the banner, hidden until a save has to wait."""
        bar = QFrame(objectName="waitBar")
        bar.setStyleSheet("#waitBar { background:#FFF6DA; border:1px solid #F2D37A; border-radius:4px; }")
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 4, 6, 4)
        self.wait_label = QLabel(self.tr("Basis data sedang dipakai program lain; menunggu…"))
        self.wait_label.setStyleSheet("color:#6B4E00;")
        self.wait_cancel = QPushButton(self.tr("Batal"))
        self.wait_cancel.clicked.connect(self.cancel_waiting)
        row.addWidget(self.wait_label, 1)
        row.addWidget(self.wait_cancel)
        bar.setVisible(False)
        self._wait_timer = QTimer(self)
        self._wait_timer.setSingleShot(True)
        self._wait_timer.timeout.connect(self._try_save)
        self._waiting = False
        self._check_loaded = True
        self._pending_draft: dict[tuple[int, str], str | None] = {}
        return bar

    @property
    def waiting(self) -> bool:
        return self._waiting

    def save(self) -> bool:
        """True when saved (or nothing to save); False when refused, cancelled or still waiting."""
        if self._waiting or not self.model.editable or self.model.sheet is None:
            return False
        self.view.commit_open_editor()
        errors, warnings = self.model.problems()
        if errors:
            self.show_error(self.tr("Belum dapat disimpan: %1 sel berisi kesalahan.\n\n").replace(
                "%1", str(len(errors))) + "\n".join(f"• {e}" for e in errors[:12]))
            return False
        if warnings and not self.confirm_warnings(warnings):
            return False
        values, spending = self.model.changes()
        if not values and not spending:
            self._say(self.tr("Tidak ada perubahan untuk disimpan."))
            return True
        self._check_loaded = True
        return self._try_save()

    def _loaded(self) -> Loaded:
        """What the changed rows held when the form loaded them (or when it last saved them)."""
        values, spending, labels = {}, {}, {}
        for s in self.model.states:
            if self.model.is_dirty_field(s, "value") or self.model.is_dirty_field(s, "note"):
                values[s.row.indicator.id] = (s.saved_value, s.saved_note)
            if self.model.is_dirty_field(s, "spent"):
                spending[s.row.budget.budget_id] = s.saved_spent
                labels[s.row.budget.budget_id] = self.tr("anggaran %1").replace("%1", s.row.indicator.code)
        return Loaded(values, spending, labels)

    def _try_save(self) -> bool:
        values, spending = self.model.changes()     # the form is read-only while waiting: still the same
        loaded = self._loaded() if self._check_loaded else None
        try:
            with busy_timeout(self.context.db, LOCK_STEP_MS):
                result = save_quarter(self.context.db, self.context.user, self.agency_id, self.year, self.quarter,
                                      values, spending, loaded=loaded)
        except DatabaseBusy:
            self._wait()
            return False
        except SaveConflict as exc:
            self._stop_waiting()
            if not self.confirm(self.tr("Diubah orang lain"),
                                str(exc) + self.tr("\n\nTimpa dengan isian Anda?")):
                self._say(self.tr("Belum disimpan: data diubah orang lain. Isian Anda tetap di formulir."))
                return False
            self._check_loaded = False
            return self._try_save()
        except (SaveRefused, DatabaseError) as exc:
            self._stop_waiting()
            self.show_error(str(exc) + self.tr("\n\nIsian Anda tetap di formulir."))
            return False
        self._stop_waiting()
        self._saved(values, spending, result)
        return True

    def _saved(self, values, spending, result) -> None:
        self.clear_draft()
        self.model.mark_saved()
        self.undo_stack.clear()
        self._announcing = True
        try:
            self.context.announce_change({c.indicator_id for c in values} | {s.row.indicator.id for s in self.model.states
                                                                            if s.row.budget and spending})
        finally:
            self._announcing = False
        self._say(self.tr("Tersimpan: %1 nilai, %2 catatan, %3 anggaran.").replace("%1", str(result.values_changed))
                  .replace("%2", str(result.notes_changed)).replace("%3", str(result.spending_changed)))
        self.saved.emit(result)

    # --- waiting for the lock ---------------------------------------------------------------
    def _wait(self) -> None:
        if not self._waiting:
            self._waiting = True
            self._editable_before = self.model.editable
            self.model.editable = False          # what is being saved stays what was typed
            self.save_action.setEnabled(False)
            self.wait_bar.setVisible(True)
            self._say(self.tr("Basis data sedang dipakai program lain; menunggu…"))
        self._wait_timer.start(RETRY_MS)

    def _stop_waiting(self) -> None:
        self._wait_timer.stop()
        if self._waiting:
            self._waiting = False
            self.model.editable = self._editable_before
            self.save_action.setEnabled(self._editable_before)
            self.wait_bar.setVisible(False)

    def cancel_waiting(self) -> None:
        """'Batal': stop waiting; nothing was written and every typed value stays in the form."""
        if self._waiting:
            self._stop_waiting()
            self._say(self.tr("Penyimpanan dibatalkan; isian Anda tetap di formulir. Simpan lagi nanti (Ctrl+S)."))

    def clear_draft(self) -> None:
        """Drop the autosaved cells of this OPD-quarter. On a locked database they stay behind (at
        worst offered once more; a draft equal to what is stored is not), never a frozen window."""
        user = self.context.user
        self._pending_draft.clear()
        try:
            with busy_timeout(self.context.db, DRAFT_STEP_MS):
                entry_service.clear_draft(self.context.db, user.username, self.agency_id, self.year, self.quarter)
        except DatabaseError:
            pass

    def _write_draft(self, cells) -> None:
        """Autosave typed cells; when the database is locked they wait here for the next try."""
        user = self.context.user
        if user is None or self.agency_id is None:
            return
        for indicator_id, field_name, text in cells:
            self._pending_draft[(indicator_id, field_name)] = text
        pending = [(i, f, t) for (i, f), t in self._pending_draft.items()]
        try:
            with busy_timeout(self.context.db, DRAFT_STEP_MS):
                entry_service.write_draft(self.context.db, user.username, self.agency_id, self.year, self.quarter,
                                          pending)
        except DatabaseBusy:
            return       # kept in _pending_draft; the typed value itself is in the form
        except DatabaseError as exc:
            self._say(str(exc))
            return
        self._pending_draft.clear()
