"""The workflow part of the entry form: which buttons (Ajukan, Verifikasi, Kembalikan, Kunci,
Buka kunci) the user sees, running a step (saving first, warnings, a reason) and the history."""
from __future__ import annotations

from kinerja_desktop.domain.workflow import STATUS_LABELS, WorkflowError
from kinerja_desktop.services import workflow as wf
from kinerja_desktop.store.database import DatabaseError
from kinerja_desktop.ui.tasks import write_now


class EntryWorkflow:
    def _update_actions(self) -> None:
        sheet = self.model.sheet
        allowed = {a[0] for a in wf.allowed_actions(self.context.user, sheet.status, sheet.agency.id)} if sheet else set()
        for key, action in self.workflow_actions.items():
            action.setVisible(key in allowed)

    def run_action(self, key: str) -> bool:
        _, old, new, label = next(a for a in wf.ACTIONS if a[0] == key)
        if self.model.is_dirty():
            if not self.confirm(self.tr(label), self.tr("Ada perubahan yang belum disimpan. Simpan sekarang?")) \
                    or not self.save():
                return False
        reason = ""
        if new == "submitted":
            warnings = wf.submission_warnings(self.context.db, self.agency_id, self.year, self.quarter)
            if warnings and not self.confirm(self.tr(label), "\n".join(warnings) + self.tr("\n\nTetap ajukan?")):
                return False
        if wf.needs_reason(old, new):
            reason = self.ask_reason(self.tr(label))
            if reason is None:
                return False
        user, agency_id, year, quarter = self.context.user, self.agency_id, self.year, self.quarter
        self._announcing = True   # the page reloads itself below, not from its own announcement
        try:
            write_now(self, self.context, self.tr("Mengubah status triwulan…"),
                      lambda db: wf.change_status(db, user, agency_id, year, quarter, new, reason), lambda _r: ())
        except (WorkflowError, DatabaseError) as exc:
            self.show_error(str(exc))
            return False
        finally:
            self._announcing = False
        self.reload()
        self._say(self.tr("Status triwulan: %1.").replace("%1", STATUS_LABELS[new]))
        self.status_changed.emit(new)
        return True

    def show_history(self) -> None:
        from kinerja_desktop.ui.admin.audit_history import AuditHistoryDialog

        current = self.view.currentIndex()
        indicator_id = self.model.states[current.row()].row.indicator.id if current.isValid() else None
        AuditHistoryDialog(self.context, indicator_id=indicator_id, agency_id=self.agency_id, parent=self).exec()

