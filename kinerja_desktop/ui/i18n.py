"""Translations and Indonesian formatting for the user interface.

Both kinds of tr() string are accepted: English source (the shell) with Indonesian in
`resources/translations/kinerja_id.ts`, and Indonesian source (most feature pages) with English in
`kinerja_en.ts`. The Indonesian UI loads kinerja_id.qm (English-source strings translated,
Indonesian-source ones pass through); the English UI loads kinerja_en.qm (the reverse). The two
glossaries `id_glossary.tsv` (English<TAB>Indonesian) and `en_glossary.tsv` (Indonesian<TAB>English)
say which string is which and hold the text; `python -m kinerja_desktop.ui.i18n all` collects the
strings (pyside6-lupdate plus `i18n_extract`), writes both .ts files and compiles them
(see `i18n_build`). tests/unit/test_i18n_coverage.py fails when a string lacks its translation.

* Use `self.tr` or `QCoreApplication.translate("Context", ...)`, not `window.tr(...)`: lupdate
  files `window.tr` under the context "window" while Qt looks it up under "MainWindow".
* Words that come from below ui/ (STATUS_LABELS, QUARTER_LABELS, ROLE_LABELS, NODE_LABELS, the
  default rating bands) are shown through `domain_text(word)` (context "Domain"), never changed
  where they are keys; Excel packages and reports stay Indonesian whatever the UI language.
* Numbers, Rupiah and dates: `domain.numbers.format_id` / `format_rupiah` and
  `services.audit.format_datetime_id` (27 November 2026), never str(Decimal) or float formatting. Qt widgets that format
  numbers themselves (spin boxes, validators) get `INDONESIAN` as their locale, which is also
  set as the default QLocale.

Bahasa Indonesia is the default language; English is chosen in Tampilan > Bahasa and takes
effect after a restart (the choice is stored in QSettings under `ui/language`).
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kinerja_desktop.paths import RESOURCES

log = logging.getLogger(__name__)

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"
INDONESIAN = QLocale(QLocale.Indonesian, QLocale.Indonesia)
DOMAIN_CONTEXT = "Domain"

_installed: list[QTranslator] = []


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[str]:
    """Load the program's (and, in Indonesian, Qt's own) translations; returns the loaded names."""
    remove_translators(app)
    QLocale.setDefault(INDONESIAN)  # numbers in Qt widgets stay Indonesian in either language
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    if language == "en":
        candidates = [(TRANSLATIONS, "kinerja_en")]
    else:
        qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
        candidates = [(TRANSLATIONS, "kinerja_id"), (Path(qt_dir), "qtbase_id"), (TRANSLATIONS, "qtbase_id")]
    loaded = []
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    return loaded


def remove_translators(app: QCoreApplication) -> None:
    """Back to the source strings (tests that switch language clean up with this)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()


def domain_text(text: str) -> str:
    """A word that comes from below ui/ (workflow status, quarter, role, default rating band, 'Belum
    dilaporkan') in the language of the UI. Use it where such a word is shown, never where it is a
    key; a word without a translation (a plan's own band name) passes through."""
    return QCoreApplication.translate(DOMAIN_CONTEXT, text)


def current_language() -> str:
    """The language of the installed program translation ('id' or 'en')."""
    return "en" if any(t.language().startswith("en") for t in _installed) else DEFAULT_LANGUAGE


if __name__ == "__main__":  # python -m kinerja_desktop.ui.i18n update|release|all
    from kinerja_desktop.ui import i18n_build

    {"update": i18n_build.update_sources, "release": i18n_build.release,
     "all": i18n_build.update_all}[sys.argv[1] if len(sys.argv) > 1 else "all"]()
