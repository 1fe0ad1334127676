"""Translations and Indonesian formatting for the user interface.

Convention for every UI module (all helpers):

* Write user-facing strings in English inside `self.tr("...")` (QObject subclasses) or
  `QCoreApplication.translate("Context", "...")` / the `tr(context, text)` helper below.
  The Indonesian text lives in `resources/translations/kinerja_id.ts`, compiled to
  `kinerja_id.qm` (shipped). Run `python -m kinerja_desktop.ui.i18n update` to collect new
  `tr()` strings with pyside6-lupdate, `... fill` to copy Indonesian from
  `resources/translations/id_glossary.tsv` (English<TAB>Indonesian, one a line) and `... release`
  to compile (`... all` does the three). Untranslated strings show in English.
* Use `self.tr` or `QCoreApplication.translate("Context", ...)`, not `window.tr(...)`: lupdate
  files `window.tr` under the context "window" while Qt looks it up under "MainWindow".
* Writing Indonesian directly in code is acceptable for domain words and messages that come
  from services (they are Indonesian already, e.g. DatabaseError text).
* Numbers, Rupiah and dates: `domain.numbers.format_id` / `format_rupiah` and `format_date`
  below (27 November 2026), never str(Decimal) or float formatting. Qt widgets that format
  numbers themselves (spin boxes, validators) get `INDONESIAN` as their locale, which is also
  set as the default QLocale.

Bahasa Indonesia is the default language; English is chosen in Tampilan > Bahasa and takes
effect after a restart (the choice is stored in QSettings under `ui/language`).
"""
from __future__ import annotations

import datetime as dt
import logging
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kinerja_desktop.paths import RESOURCES, ROOT

log = logging.getLogger(__name__)

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"
INDONESIAN = QLocale(QLocale.Indonesian, QLocale.Indonesia)

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember")

_installed: list[QTranslator] = []


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[str]:
    """Load the program's and Qt's own translations; returns the names of the loaded files."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(INDONESIAN)  # numbers in Qt widgets stay Indonesian in either language
    if language != "id":
        return []
    loaded = []
    candidates = [(TRANSLATIONS, "kinerja_id")]
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    candidates += [(Path(qt_dir), "qtbase_id"), (TRANSLATIONS, "qtbase_id")]
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    return loaded


def format_date(value: dt.date | dt.datetime | str | None, with_time: bool = False) -> str:
    """27 November 2026 (and 14.05 when asked): the Indonesian civil-service way."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    text = f"{value.day} {MONTHS_ID[value.month - 1]} {value.year}"
    if with_time and isinstance(value, dt.datetime):
        text += f" {value.hour:02d}.{value.minute:02d}"
    return text


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def update_sources() -> None:
    """Collect every tr() string under kinerja_desktop/ui into the .ts (keeps existing text)."""
    sources = sorted(str(p) for p in (ROOT / "kinerja_desktop" / "ui").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-locations", "none", "-ts",
                    str(TRANSLATIONS / "kinerja_id.ts")], check=True)


def fill_from_glossary() -> int:
    """Write the Indonesian of id_glossary.tsv into every unfinished message of the .ts."""
    import xml.etree.ElementTree as ET

    glossary = {}
    for line in (TRANSLATIONS / "id_glossary.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            source, target = line.split("\t", 1)
            glossary[source.replace("\\n", "\n")] = target.replace("\\n", "\n")
    ts_path = TRANSLATIONS / "kinerja_id.ts"
    tree = ET.parse(ts_path)
    filled = 0
    for message in tree.getroot().iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if translation is None or source not in glossary:
            continue
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]:
                form.text = glossary[source]
        else:
            translation.text = glossary[source]
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled


def release() -> None:
    # qtbase_id.ts: Qt's own buttons and menus (OK, Batal, Salin ...), which PySide6 does not ship.
    for name in ("kinerja_id", "qtbase_id"):
        subprocess.run([_tool("pyside6-lrelease"), str(TRANSLATIONS / f"{name}.ts"),
                        "-qm", str(TRANSLATIONS / f"{name}.qm")], check=True)


def update_all() -> None:
    update_sources()
    print(f"{fill_from_glossary()} messages filled from id_glossary.tsv")
    release()


if __name__ == "__main__":  # python -m kinerja_desktop.ui.i18n update|fill|release|all
    {"update": update_sources, "fill": fill_from_glossary, "release": release,
     "all": update_all}[sys.argv[1] if len(sys.argv) > 1 else "all"]()
