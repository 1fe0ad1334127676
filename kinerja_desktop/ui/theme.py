"""The look of the program: Fusion style, one calm light palette for daily work, one dark
high-contrast palette for the presentation, the rating-band colours and an icon helper.

Every widget takes band colours from here (`band_colours`, `band_brushes`) so that a band has
the same colour in the tree, the forms, the charts and the slides. Icons come from qtawesome
through `icon(name)`, which never raises: a missing glyph gives an empty icon, not a crash.
"""
from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from kinerja_desktop.domain.achievement import NOT_COMPUTABLE_COLOUR, RatingBand
from kinerja_desktop.paths import RESOURCES

log = logging.getLogger(__name__)

APP_ICON_PATH = RESOURCES / "icons" / "kinerja.png"
APP_ICON_SVG = RESOURCES / "icons" / "kinerja.svg"

# The light palette: white work surfaces on a soft blue-grey window, one accent blue.
ACCENT = "#1F5F99"
ACCENT_LIGHT = "#DCE9F5"
WINDOW = "#F4F6F9"
BASE = "#FFFFFF"
ALTERNATE = "#F7F9FC"
TEXT = "#1F2933"
MUTED_TEXT = "#5F6B7A"
BORDER = "#D5DCE4"
UNREPORTED_COLOUR = "#B0B8C4"

# The presentation palette: near-black background, white text, a bright accent.
DARK_WINDOW = "#101418"
DARK_BASE = "#1A2027"
DARK_TEXT = "#FFFFFF"
DARK_ACCENT = "#4FA3FF"


def light_palette() -> QPalette:
    p = QPalette()
    colours = {
        QPalette.Window: WINDOW, QPalette.WindowText: TEXT, QPalette.Base: BASE,
        QPalette.AlternateBase: ALTERNATE, QPalette.ToolTipBase: "#FFFFE8", QPalette.ToolTipText: TEXT,
        QPalette.Text: TEXT, QPalette.Button: "#EEF1F5", QPalette.ButtonText: TEXT,
        QPalette.BrightText: "#FFFFFF", QPalette.Highlight: ACCENT, QPalette.HighlightedText: "#FFFFFF",
        QPalette.Link: ACCENT, QPalette.PlaceholderText: "#8A94A3", QPalette.Light: "#FFFFFF",
        QPalette.Midlight: "#E6EAF0", QPalette.Mid: "#C3CBD5", QPalette.Dark: "#9AA5B1",
        QPalette.Shadow: "#6B7683",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role, colour in {QPalette.Text: "#9AA5B1", QPalette.WindowText: "#9AA5B1",
                         QPalette.ButtonText: "#9AA5B1"}.items():
        p.setColor(QPalette.Disabled, role, QColor(colour))
    return p


def presentation_palette() -> QPalette:
    """Dark, high contrast, for a projector in a lit hall."""
    p = QPalette()
    colours = {
        QPalette.Window: DARK_WINDOW, QPalette.WindowText: DARK_TEXT, QPalette.Base: DARK_BASE,
        QPalette.AlternateBase: "#222A33", QPalette.Text: DARK_TEXT, QPalette.Button: "#27313C",
        QPalette.ButtonText: DARK_TEXT, QPalette.Highlight: DARK_ACCENT, QPalette.HighlightedText: "#000000",
        QPalette.ToolTipBase: DARK_BASE, QPalette.ToolTipText: DARK_TEXT, QPalette.Link: DARK_ACCENT,
        QPalette.PlaceholderText: "#A0AAB5",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    return p


STYLE_SHEET = f"""
QToolBar {{ background: {BASE}; border: none; border-bottom: 1px solid {BORDER}; spacing: 6px; padding: 3px 6px; }}
QStatusBar {{ background: {BASE}; border-top: 1px solid {BORDER}; color: {MUTED_TEXT}; }}
QStatusBar QLabel {{ color: {MUTED_TEXT}; padding: 0 6px; }}
QTreeView, QTableView, QListWidget {{ border: 1px solid {BORDER}; selection-background-color: {ACCENT_LIGHT};
    selection-color: {TEXT}; }}
QTreeView::item, QTableView::item {{ padding: 2px 0; }}
QHeaderView::section {{ background: #EEF2F7; color: {TEXT}; border: none; border-right: 1px solid {BORDER};
    border-bottom: 1px solid {BORDER}; padding: 4px 6px; font-weight: 600; }}
QFrame#navPane {{ background: #E9EEF4; border: none; border-right: 1px solid {BORDER}; }}
QListWidget#navigator {{ background: transparent; border: none; padding-top: 4px; }}
QListWidget#navigator::item {{ padding: 8px 10px; border-radius: 4px; margin: 1px 6px; color: {TEXT}; }}
QListWidget#navigator::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#navigator::item:hover:!selected {{ background: #DCE3EC; }}
QLabel#pageTitle {{ font-size: 15pt; font-weight: 600; color: {TEXT}; }}
QLabel#pageSubtitle {{ color: {MUTED_TEXT}; }}
QLabel#sectionTitle {{ font-weight: 600; color: {ACCENT}; padding-top: 6px; }}
QFrame#detailPanel {{ background: {BASE}; border: 1px solid {BORDER}; border-radius: 4px; }}
QFrame#emptyState {{ background: {BASE}; border: 1px dashed {BORDER}; border-radius: 6px; }}
QLabel#emptyTitle {{ font-size: 12pt; font-weight: 600; color: {TEXT}; }}
QLabel#emptyText {{ color: {MUTED_TEXT}; }}
QLabel#periodBadge {{ background: {ACCENT}; color: white; border-radius: 3px; padding: 2px 8px; font-weight: 600; }}
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setPalette(light_palette())
    font = QFont(app.font())
    # A readable size on 1366x768 laptops; DejaVu/Segoe are picked by the platform.
    if font.pointSizeF() < 9.5:
        font.setPointSizeF(9.5)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)


def app_icon() -> QIcon:
    for path in (APP_ICON_SVG, APP_ICON_PATH):
        if path.exists():
            return QIcon(str(path))
    return icon("mdi6.chart-box", ACCENT)


@lru_cache(maxsize=256)
def _cached_icon(name: str, colour: str) -> QIcon:
    try:
        import qtawesome

        return qtawesome.icon(name, color=colour)
    except Exception as exc:  # a missing glyph must not take a page down
        log.warning("icon %s unavailable: %s", name, exc)
        return QIcon()


def icon(name: str, colour: str = "#34495E") -> QIcon:
    """A qtawesome icon such as 'mdi6.file-tree'; an empty icon when the name is unknown."""
    if not name or QApplication.instance() is None:  # qtawesome needs an application; never cache that
        return QIcon()
    return _cached_icon(name, colour)


def band_colours(band: RatingBand | None) -> tuple[QColor, QColor]:
    """(background, text) colours of a band chip; grey for not computable."""
    if band is None:
        return QColor(NOT_COMPUTABLE_COLOUR), QColor("#FFFFFF")
    return QColor(band.colour), QColor(band.text_colour)


def align_right() -> Qt.AlignmentFlag:
    return Qt.AlignRight | Qt.AlignVCenter
