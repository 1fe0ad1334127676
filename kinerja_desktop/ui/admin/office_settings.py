"""The administrator's settings of the installation: who signs the evaluation report, where, how
many days after a quarter's end an OPD's report counts as late, and the plausibility factors.

    OfficeSettingsDialog(context, parent=None).exec()
"""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QMessageBox,
                               QSpinBox, QVBoxLayout)

from kinerja_desktop.services import office_settings as svc
from kinerja_desktop.ui.i18n import domain_text
from kinerja_desktop.ui.tasks import write_now


class OfficeSettingsDialog(QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Pengaturan instansi"))
        self.setMinimumWidth(680)
        current = svc.load_office_settings(context.db, context.plan)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)   # long titles fit
        for field in ("place", "signer_title", "signer_name", "signer_nip"):
            edit = QLineEdit(getattr(current, field), maxLength=120)
            self.fields[field] = edit
            form.addRow(domain_text(svc.LABELS[field]), edit)
        self.fields["signer_nip"].setMaxLength(30)
        self.fields["signer_name"].setPlaceholderText(self.tr("kosong: diisi tangan pada cetakan"))
        self.deadline = QSpinBox(minimum=0, maximum=svc.MAX_DEADLINE_DAYS, value=current.deadline_days,
                                 suffix=self.tr(" hari"))
        form.addRow(domain_text(svc.LABELS["deadline_days"]), self.deadline)
        self.factors: dict[str, QDoubleSpinBox] = {}
        for field in svc.FACTORS:
            spin = QDoubleSpinBox(minimum=float(svc.MIN_FACTOR), maximum=float(svc.MAX_FACTOR), decimals=1,
                                  singleStep=0.5, value=float(getattr(current, field)), suffix=self.tr(" kali"))
            self.factors[field] = spin
            form.addRow(domain_text(svc.LABELS[field]), spin)
        note = QLabel(self.tr("Penanda tangan dan tempat dicetak di bawah tabel evaluasi (Permendagri 86/2017). "
                              "Batas pengajuan menentukan OPD yang terlambat di halaman Kelengkapan. "
                              "Realisasi di atas batas kali itu diberi peringatan di isian (minta konfirmasi) "
                              "dan ditandai pada pratinjau impor paket."),
                      wordWrap=True, objectName="pageSubtitle")
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        values = {field: edit.text() for field, edit in self.fields.items()}
        values["deadline_days"] = str(self.deadline.value())
        for field, spin in self.factors.items():
            values[field] = f"{spin.value():.1f}"
        return values

    def save(self) -> bool:
        values, user = self.values(), self.context.user
        try:
            write_now(self, self.context, self.tr("Menyimpan pengaturan kantor…"),
                      lambda db: svc.save_office_settings(db, user, values), lambda _r: ())
        except svc.SettingsRefused as exc:
            self.show_error(str(exc))
            return False
        self.accept()
        return True

    def show_error(self, text: str) -> None:   # patched in tests
        QMessageBox.warning(self, self.tr("Tidak disimpan"), text)
