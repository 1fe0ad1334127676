"""The questions the entry form asks (unsaved changes, warnings, draft restore, reasons), kept in
one mixin so tests can answer them without a modal dialog."""
from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox


class EntryQuestions:
    def ask_unsaved(self) -> str:
        box = QMessageBox(QMessageBox.Question, self.tr("Perubahan belum disimpan"),
                          self.tr("Isian %1 belum disimpan. Simpan sekarang?").replace("%1", self.subtitle.text()),
                          parent=self)
        save = box.addButton(self.tr("Simpan"), QMessageBox.AcceptRole)
        discard = box.addButton(self.tr("Buang"), QMessageBox.DestructiveRole)
        box.addButton(self.tr("Batal"), QMessageBox.RejectRole)
        box.exec()
        return "save" if box.clickedButton() is save else "discard" if box.clickedButton() is discard else "cancel"

    def confirm_warnings(self, warnings: list[str]) -> bool:
        text = self.tr("Ada nilai yang perlu diperiksa:\n\n") + "\n".join(f"• {w}" for w in warnings[:15])
        if len(warnings) > 15:
            text += self.tr("\n… dan %1 lainnya").replace("%1", str(len(warnings) - 15))
        return self.confirm(self.tr("Periksa nilai"), text + self.tr("\n\nSimpan tetap?"))

    def ask_restore(self, when: str) -> bool:
        return self.confirm(self.tr("Pulihkan isian"),
                            self.tr("Ada isian yang belum disimpan dari %1. Pulihkan?").replace("%1", when))

    def ask_reason(self, title: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, self.tr("Alasan:"))
        return text if ok else None

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.Yes

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Tidak dapat dilanjutkan"), text)
