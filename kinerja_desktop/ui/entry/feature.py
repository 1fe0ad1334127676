"""Feature module (see ui/features.py): the entry form ('entry'), the completeness grid
('completeness'), the audit history and, for the administrator, plan maintenance and users."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from kinerja_desktop.ui import theme
from kinerja_desktop.ui.entry.entry_page import EntryPage
from kinerja_desktop.ui.lazy_page import LazyPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("EntryFeature", text)


def install(window) -> None:
    context = window.context
    entry = EntryPage(context)

    def completeness_page():   # built (and its first query run) when first shown, not at start-up
        from kinerja_desktop.ui.completeness.page import CompletenessPage

        return CompletenessPage(context)

    completeness = LazyPage(completeness_page, lambda page: page.open_entry.connect(open_entry))
    window.add_page("entry", _tr("Isian realisasi"), "mdi6.table-edit", entry)
    window.add_page("completeness", _tr("Kelengkapan"), "mdi6.clipboard-check-outline", completeness)

    def open_entry(agency_id: int, year: int, quarter: int) -> None:
        window.show_page("entry")
        entry.open_for(agency_id, year, quarter)

    def audit_dialog() -> None:
        from kinerja_desktop.ui.admin.audit_history import AuditHistoryDialog

        AuditHistoryDialog(context, agency_id=entry.agency_id if context.user and context.user.role == "operator"
                           else None, parent=window).exec()

    def plan_editor() -> None:
        from kinerja_desktop.ui.admin.plan_editor import PlanEditorDialog

        PlanEditorDialog(context, parent=window).exec()

    def new_period_dialog() -> None:
        from kinerja_desktop.ui.admin.new_period_dialog import NewPeriodDialog

        dialog = NewPeriodDialog(context, parent=window)
        if dialog.exec() and dialog.result is not None:
            window.status(_tr("Periode %1 dibuat; pilih tahunnya di bilah alat untuk membukanya.")
                          .replace("%1", dialog.result.preview.request.name.strip()))

    def users_dialog() -> None:
        from kinerja_desktop.ui.admin.users import UsersDialog

        UsersDialog(context, parent=window).exec()

    def office_settings() -> None:
        from kinerja_desktop.ui.admin.office_settings import OfficeSettingsDialog

        OfficeSettingsDialog(context, parent=window).exec()

    data = window.menu("data")
    for text, icon_name, slot, shortcut in (
        (_tr("Isian realisasi"), "mdi6.table-edit", lambda: window.show_page("entry"), "Ctrl+E"),
        (_tr("Kelengkapan pelaporan"), "mdi6.clipboard-check-outline", lambda: window.show_page("completeness"), None),
        (_tr("Riwayat perubahan…"), "mdi6.history", audit_dialog, "Ctrl+H"),
    ):
        action = QAction(theme.icon(icon_name), text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda checked=False, s=slot: s())
        data.addAction(action)

    admin = window.menu(_tr("Administrasi"))
    plan_action = QAction(theme.icon("mdi6.file-tree-outline"), _tr("Rencana dan indikator…"), window)
    plan_action.triggered.connect(lambda checked=False: plan_editor())
    period_action = QAction(theme.icon("mdi6.calendar-arrow-right"), _tr("Periode rencana baru…"), window)
    period_action.triggered.connect(lambda checked=False: new_period_dialog())
    users_action = QAction(theme.icon("mdi6.account-multiple"), _tr("Pengguna…"), window)
    users_action.triggered.connect(lambda checked=False: users_dialog())
    settings_action = QAction(theme.icon("mdi6.office-building-cog-outline"), _tr("Pengaturan instansi…"), window)
    settings_action.triggered.connect(lambda checked=False: office_settings())
    admin.addAction(plan_action)
    admin.addAction(period_action)
    admin.addAction(users_action)
    admin.addAction(settings_action)

    def user_changed(*_):
        is_admin = context.user is not None and context.user.role == "administrator"
        for action in (plan_action, period_action, users_action, settings_action):
            action.setEnabled(is_admin)
        admin.menuAction().setVisible(is_admin)

    context.user_changed.connect(user_changed)
    user_changed()
