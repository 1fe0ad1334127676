"""The entry form's row state, column description, roles and colours, shared by the table model
(entry_model.py) and the view; a value shown with its own decimals (never hiding digits)."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.domain.validation import ERROR, WARNING, CellCheck
from kinerja_desktop.services.entry import EntryRow
from kinerja_desktop.ui import theme

BAND_ROLE = Qt.UserRole + 11      # (RatingBand | None, reported: bool) for the chip delegate
CHECK_ROLE = Qt.UserRole + 12     # CellCheck of an editable cell
FIELD_ROLE = Qt.UserRole + 13     # 'value' / 'note' / 'spent' / None

EDIT_FIELDS = ("value", "spent", "note")
COLOURS = {
    "readonly": QColor("#F3F5F8"), ERROR: QColor("#FDE2E1"), WARNING: QColor("#FFF1D6"),
    "dirty": QColor("#EAF3FC"), "error_text": QColor("#A61B1B"), "muted": QColor(theme.MUTED_TEXT),
}


@dataclass
class Column:
    key: str          # code, name, unit, target, earlier, value, achievement, rating, spent, note
    title: str
    quarter: int = 0  # for 'earlier'
    tip: str = ""


@dataclass
class RowState:
    row: EntryRow
    saved_value: Decimal | None
    saved_note: str
    saved_spent: Decimal | None
    texts: dict[str, str] = field(default_factory=dict)
    checks: dict[str, CellCheck] = field(default_factory=dict)
    evaluation: object = None
    preview: dict[str, str] = field(default_factory=dict)   # text in an open editor, not yet committed
    bad_stored: str | None = None   # the stored text breaks the number rule: shown, and any new value replaces it


def value_text(value: Decimal | None, decimals: int) -> str:
    """A value as shown: the indicator's decimals, more if the value has more (never hide digits)."""
    if value is None:
        return ""
    exponent = value.normalize().as_tuple().exponent
    places = max(decimals, -exponent if isinstance(exponent, int) else 0)
    return format_id(value, min(places, 6))
