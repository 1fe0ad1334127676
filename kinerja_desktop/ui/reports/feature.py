"""Feature module (see ui/features.py): the menus "Data induk" (master-data export/import and the
import of a plan from a regency's own RPJMD/IKU table) and "Laporan" (evaluation report)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kinerja_desktop.ui.tasks import read_task
from kinerja_desktop.ui import theme

PLANNING_ROLES = ("administrator", "planner")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportsFeature", text)


def install(window) -> None:
    context = window.context
    window.report_actions = {}
    master = window.menu(_tr("Data induk"))
    reports = window.menu("reports")
    for menu, key, text, icon, slot in (
        (master, "export", _tr("Ekspor data induk (.xlsx)…"), "mdi6.database-export-outline", lambda: export_dialog(window)),
        (master, "import", _tr("Impor data induk (.xlsx)…"), "mdi6.database-import-outline", lambda: import_dialog(window)),
        (master, "mapping", _tr("Impor rencana dari tabel RPJMD/IKU daerah…"), "mdi6.table-arrow-right",
         lambda: plan_import_dialog(window)),
        (reports, "report", _tr("Evaluasi hasil RKPD (Permendagri 86/2017)…"), "mdi6.file-table-outline",
         lambda: report_dialog(window)),
        (reports, "rpjmd", _tr("Evaluasi RPJMD (antar tahun)…"), "mdi6.table-large", lambda: rpjmd_dialog(window)),
    ):
        action = QAction(theme.icon(icon), text, window)
        action.triggered.connect(lambda checked=False, s=slot: s())
        menu.addAction(action)
        window.report_actions[key] = action

    def update(*_):
        role = context.user.role if context.user else None
        for key in ("import", "mapping"):
            window.report_actions[key].setVisible(role in PLANNING_ROLES)

    context.user_changed.connect(update)
    update()


def report_dialog(window):
    from kinerja_desktop.ui.reports.report_dialog import ReportDialog

    dialog = ReportDialog(window.context, window)
    dialog.open()
    return dialog


def rpjmd_dialog(window):
    from kinerja_desktop.ui.reports.rpjmd_dialog import RpjmdDialog

    dialog = RpjmdDialog(window.context, window)
    dialog.open()
    return dialog


def export_dialog(window) -> None:
    context = window.context
    default = Path.home() / f"data_induk_{context.plan.start_year}_{context.plan.end_year}.xlsx"
    name, _ = QFileDialog.getSaveFileName(window, _tr("Ekspor data induk"), str(default), _tr("Buku kerja Excel (*.xlsx)"))
    if not name:
        return
    path = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
    plan_id = context.plan_id   # the chosen plan period

    def read(db, _progress):
        from kinerja_desktop.services.masterdata import export_masterdata   # openpyxl: on first use

        return export_masterdata(db, path, plan_id=plan_id)

    read_task(window, context, _tr("Mengekspor data induk…"), read,
             lambda p: window.status(_tr("Data induk diekspor ke %1").replace("%1", str(p))),
             lambda exc: QMessageBox.warning(window, _tr("Ekspor data induk"), str(exc)))


def import_dialog(window) -> None:
    context = window.context
    name, _ = QFileDialog.getOpenFileName(window, _tr("Impor data induk"), str(Path.home()),
                                          _tr("Buku kerja Excel (*.xlsx)"))
    if not name:
        return

    plan_id = context.plan_id   # compared with the chosen plan period, as the export writes it

    def read(db, _progress):
        from kinerja_desktop.services.masterdata import preview_masterdata

        return preview_masterdata(db, Path(name), plan_id=plan_id)

    def done(preview):
        from kinerja_desktop.ui.reports.masterdata_dialogs import MasterImportDialog

        MasterImportDialog(context, preview, window).open()

    def failed(exc):
        from kinerja_desktop.services.masterdata import MasterDataRefused

        text = str(exc) if isinstance(exc, MasterDataRefused) else f"{type(exc).__name__}: {exc}"
        QMessageBox.warning(window, _tr("Impor data induk"), text)

    read_task(window, context, _tr("Membaca buku kerja data induk…"), read, done, failed)


def plan_import_dialog(window):
    from kinerja_desktop.ui.reports.plan_import_dialog import PlanImportDialog

    dialog = PlanImportDialog(window.context, window)
    dialog.finished.connect(lambda code: code and window.status(dialog.result_text))
    dialog.open()
    return dialog
