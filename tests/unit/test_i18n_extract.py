"""The scanner files each tr() string under the context Qt looks it up in at run time."""
from __future__ import annotations

import textwrap

from kinerja_desktop.ui.i18n_extract import Message, scan


def _package(tmp_path, files: dict[str, str]):
    ui = tmp_path / "pkg" / "ui"
    ui.mkdir(parents=True)
    for name, text in files.items():
        (ui / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return ui


def test_wrappers_classes_constants_and_wrong_objects(tmp_path):
    ui = _package(tmp_path, {
        "base.py": '''
            from PySide6.QtCore import QCoreApplication
            def tr(text):
                return QCoreApplication.translate("Chart", text)
            LABELS = {"a": "Satu", "b": "Dua"}
            class Page:
                title = ""
                def build(self, window):
                    self.tr("Simpan")
                    self.tr(LABELS["a"])
                    self.tr(self.title)
                    tr("Pagu")
                    QCoreApplication.translate("Other", "%n baris", "", 3)
                    window.tr("Dasbor")
            class Budget(Page):
                title = "Anggaran"
        ''',
        "user.py": '''
            from pkg.ui.base import tr
            def install(window):
                return tr("Impor")
        ''',
    })
    found, unresolved = scan(ui)
    assert found == {Message("Page", "Simpan"), Message("Page", "Satu"), Message("Page", "Dua"),
                     Message("Budget", "Anggaran"), Message("Chart", "Pagu"), Message("Chart", "Impor"),
                     Message("Other", "%n baris", True)}
    assert [u.code for u in unresolved] == ["window.tr('Dasbor')"]
