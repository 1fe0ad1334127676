"""The user's remembered choices (window geometry, year, quarter, last page, language).

Always go through `app_settings()`: it honours `QSettings.setDefaultFormat`/`setPath`, so tests
can point it at a temporary folder and never touch the real settings.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "Bappelitbangda Soppeng"
APPLICATION = "Kinerja Desktop"

KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_SPLITTER = "tree/splitter"
KEY_YEAR = "period/year"
KEY_QUARTER = "period/quarter"
KEY_PAGE = "window/page"
KEY_LANGUAGE = "ui/language"
KEY_LAST_DB = "db/last"


def app_settings() -> QSettings:
    return QSettings(QSettings.defaultFormat(), QSettings.UserScope, ORGANISATION, APPLICATION)


def read_int(settings: QSettings, key: str, default: int) -> int:
    try:
        return int(settings.value(key, default))
    except (TypeError, ValueError):
        return default
