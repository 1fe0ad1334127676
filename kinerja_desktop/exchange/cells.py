"""Writing text to a sheet without spreadsheet injection, and reading a number out of a cell.

Writing: openpyxl turns any string that starts with `=` into a formula, and a person (or a
later CSV export) may execute text starting with `+`, `-` or `@`. Two tools:

- `set_text(cell, text)`: lossless and what Excel itself does when you type `'=x`: the cell is
  forced to the string type (written as an inline string, never a `<f>` formula) and gets the
  "quote prefix" style, so the value reads back exactly. Use it for anything that is read back
  (notes, names in a package or master-data workbook).
- `escape_text(text)`: the classic OWASP rule for plain values (e.g. `ws.append(row)`): a
  dangerous first character gets a leading apostrophe, visible in the cell. Use it where the
  text is only printed (reports).

Both remove the control characters XML cannot hold (NUL and friends).

Reading: `read_number(value, number_format, decimals, unit)` -> Decimal | None, or CellRefused
with an Indonesian reason. None means "not reported" (an empty cell).
"""
from __future__ import annotations

import datetime as _dt
import re
from copy import copy
from decimal import Decimal
from functools import lru_cache

from kinerja_desktop.domain import numbers
from kinerja_desktop.domain.numbers import NumberFormatError, parse_number

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\x00")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
ERROR_VALUES = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
                          "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!", "#CONNECT!", "#BUSY!",
                          "ERR:502", "ERR:504", "ERR:522", "ERR:523"})
PERCENT_UNITS = frozenset({"persen", "%", "prosen", "percent"})
MAX_NOTE = 2000


class CellRefused(ValueError):
    """A cell that cannot be read as what it should be; str() is an Indonesian reason."""


class FormulaWithoutValue(str):
    """Handed to read_number by a reader that found a formula with no saved result."""


def clean_text(text) -> str:
    """Without the control characters XML cannot hold; line ends as XML reads them back (LF)."""
    s = "" if text is None else str(text)
    if s.isprintable():      # the common case: no control character, no CR (checked in C)
        return s
    return _ILLEGAL.sub("", s.replace("\r\n", "\n").replace("\r", "\n"))


def is_dangerous(text: str) -> bool:
    return text.startswith(DANGEROUS_START)


def escape_text(text) -> str:
    """A plain string safe to assign to a cell: dangerous first characters get an apostrophe."""
    s = "" if text is None else str(text)
    dangerous = is_dangerous(s)
    s = clean_text(s)
    return "'" + s if dangerous or is_dangerous(s) else s


def set_text(cell, text) -> None:
    """Assign text to an openpyxl cell (normal or write-only) so it is always a string."""
    value = clean_text(text)
    if value.isprintable() and len(value) <= 32767 and not value.startswith(DANGEROUS_START):
        # The common case: exactly what openpyxl's value setter stores for such a string
        # (no control character, no formula start, within its length cap), without its dispatch.
        cell._value = value
        cell.data_type = "s"
        return
    cell.value = value
    if value and is_dangerous(value):
        cell.data_type = "s"      # openpyxl set 'f' for '=...'; a string is never evaluated
        cell._style = copy(cell._style)   # the style array may be shared with other cells
        cell.quotePrefix = True


def read_text(value, what: str = "Catatan", limit: int = MAX_NOTE) -> str:
    """A note as the person wrote it (numbers as they look), without control characters."""
    if value is None:
        return ""
    if isinstance(value, FormulaWithoutValue):
        raise CellRefused(f"{what} berisi rumus tanpa hasil tersimpan; tulis teksnya langsung.")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = clean_text(value).strip()
    if len(text) > limit:
        raise CellRefused(f"{what} terlalu panjang ({len(text)} karakter; paling banyak {limit}).")
    return text


def _is_percent_format(number_format: str | None) -> bool:
    if not number_format or number_format == "General":
        return False
    return _percent_code(number_format)


@lru_cache(maxsize=256)
def _percent_code(number_format: str) -> bool:
    # Ignore quoted literals and escaped characters: only a bare % scales the value.
    bare = re.sub(r'"[^"]*"|\\.', "", number_format)
    return "%" in bare


def _from_float(value: float) -> Decimal:
    try:
        d = numbers.from_float(value)   # the number rule: finite, below 10^15, 15 significant digits
    except NumberFormatError as exc:
        raise CellRefused(str(exc)) from exc
    # Binary noise from spreadsheet arithmetic (0.30000000000000004): 10 places are plenty.
    if d.as_tuple().exponent < -10:
        d = d.quantize(Decimal("1e-10")).normalize()
    return d


def read_number(value, number_format: str | None = None, decimals: int | None = 2,
                unit: str | None = None) -> Decimal | None:
    """The realisation in a cell, or None for an empty cell. Raises CellRefused."""
    if value is None:
        return None
    if type(value) is float and value - value == 0 and not _is_percent_format(number_format):
        # The common case (a plain finite number cell), without the general path's detours. repr()
        # never ends a fraction in zeros (except 'n.0'), so 3 digits after the point is exactly the
        # ambiguous case _refuse_ambiguous looks for.
        text = repr(value)
        point = text.find(".")
        # At most 16 characters with a point and no exponent: within 15 digits and below 10^15.
        if point >= 0 and "e" not in text and len(text) - point - 1 <= 10 and len(text) <= 16:
            number = Decimal(text)
            if len(text) - point - 1 == 3:
                _refuse_ambiguous(number, decimals)
            return number
    if isinstance(value, FormulaWithoutValue):
        raise CellRefused(f"Sel berisi rumus ({value}) tanpa hasil tersimpan; tulis angkanya langsung.")
    if isinstance(value, bool):
        raise CellRefused("Sel berisi nilai BENAR/SALAH, bukan angka.")
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time, _dt.timedelta)):
        raise CellRefused("Sel berisi tanggal/waktu, bukan angka. Ubah format sel menjadi Angka dan tulis ulang nilainya.")
    percent_cell = _is_percent_format(number_format)
    percent_unit = (unit or "").strip().lower() in PERCENT_UNITS
    if isinstance(value, (int, float, Decimal)):
        number = _from_float(value) if isinstance(value, float) else Decimal(value)
        _check_range(number)
        if percent_cell:
            if not percent_unit:
                raise CellRefused(
                    f"Sel berformat persen, tetapi satuan indikator ini '{unit}'. Ubah format sel menjadi Angka."
                )
            return number * 100
        _refuse_ambiguous(number, decimals)
        return number
    text = str(value)
    stripped = text.strip().upper()
    if stripped in ERROR_VALUES:
        raise CellRefused(f"Sel berisi nilai galat {stripped}, bukan angka. Perbaiki rumus atau tulis angkanya.")
    if text.lstrip().startswith("="):
        raise CellRefused(f"Sel berisi rumus ({text.strip()[:40]}) tanpa hasil tersimpan; tulis angkanya langsung.")
    try:
        return parse_number(text, decimals)
    except NumberFormatError as exc:
        raise CellRefused(str(exc)) from exc


def _check_range(number: Decimal) -> None:
    try:
        numbers.check_range(number)
    except NumberFormatError as exc:
        raise CellRefused(str(exc)) from exc


def _refuse_ambiguous(number: Decimal, decimals: int | None) -> None:
    """A number cell holding 1.234 on an indicator with fewer than 3 decimals: typed as 1.234
    thousands in an English-locale spreadsheet, or really 1,234? Refused rather than guessed."""
    if decimals is None or decimals >= 3:
        return
    exponent = number.normalize().as_tuple().exponent
    if exponent == -3 and 1 <= abs(number) < 1000:
        whole = int(abs(number))
        frac = f"{abs(number) - whole:.3f}"[2:]
        raise CellRefused(
            f"Angka {number} meragukan: maksudnya {whole}{frac} (ribuan) atau {whole},{frac}? "
            f"Indikator ini memakai {decimals} desimal. Tulis {whole}{frac} atau {whole},{frac[:max(decimals, 1)]}."
        )
