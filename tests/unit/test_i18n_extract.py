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
    found, unresolved = scan(ui, domain=False)
    assert found == {Message("Page", "Simpan"), Message("Page", "Satu"), Message("Page", "Dua"),
                     Message("Budget", "Anggaran"), Message("Chart", "Pagu"), Message("Chart", "Impor"),
                     Message("Other", "%n baris", True)}
    assert [u.code for u in unresolved] == ["window.tr('Dasbor')"]


def test_domain_words_are_collected_under_their_own_context():
    from pathlib import Path

    import kinerja_desktop.ui as ui
    from kinerja_desktop.domain.achievement import DEFAULT_BANDS
    from kinerja_desktop.domain.workflow import STATUS_LABELS

    found, _ = scan(Path(ui.__file__).parent)
    domain = {m.source for m in found if m.context == "Domain"}
    assert {b.label for b in DEFAULT_BANDS} | set(STATUS_LABELS.values()) | {"TW I", "Belum dilaporkan"} <= domain
