"""The office settings dialog saves through the service and shows refusals."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog

from kinerja_desktop.services.office_settings import load_office_settings
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.admin.office_settings import OfficeSettingsDialog
from tests.fixtures import ADMIN


def test_settings_are_saved_and_announced(qtbot, db):
    context = AppContext(db, repo.load_plan(db), ADMIN, 2026, 3)
    dialog = OfficeSettingsDialog(context)
    qtbot.addWidget(dialog)
    announced = []
    context.data_changed.connect(announced.append)
    dialog.fields["signer_name"].setText("Dr. Andi Mappaware")
    dialog.deadline.setValue(21)
    assert dialog.save() and dialog.result() == QDialog.Accepted and announced
    saved = load_office_settings(db)
    assert (saved.signer_name, saved.deadline_days) == ("Dr. Andi Mappaware", 21)


def test_a_refused_value_keeps_the_dialog_open_and_saves_nothing(qtbot, db):
    context = AppContext(db, repo.load_plan(db), ADMIN, 2026, 3)
    dialog = OfficeSettingsDialog(context)
    qtbot.addWidget(dialog)
    errors, announced = [], []
    dialog.show_error = errors.append
    context.data_changed.connect(announced.append)
    dialog.fields["signer_nip"].setText("NIP-123")
    dialog.fields["signer_name"].setText("Andi")
    assert not dialog.save() and "NIP" in errors[0] and dialog.result() != QDialog.Accepted
    assert load_office_settings(db).signer_name == "" and announced == []


def test_the_plausibility_factors_are_set_in_the_dialog(qtbot, db):
    from decimal import Decimal

    from kinerja_desktop.services.office_settings import plausibility

    context = AppContext(db, repo.load_plan(db), ADMIN, 2026, 3)
    dialog = OfficeSettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.factors["target_factor"].value() == 5 and dialog.factors["previous_factor"].value() == 10
    dialog.factors["target_factor"].setValue(3)
    dialog.factors["previous_factor"].setValue(2.5)
    assert dialog.save()
    assert plausibility(db).target_factor == Decimal(3) and plausibility(db).previous_factor == Decimal("2.5")
    again = OfficeSettingsDialog(context)
    qtbot.addWidget(again)
    assert again.factors["previous_factor"].value() == 2.5
