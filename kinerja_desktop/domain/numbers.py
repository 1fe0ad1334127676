"""Reading numbers the way Indonesian civil servants write them, and writing them back.

Decimal everywhere: a realisation of Rp 1.234.567,89 must come out to the sen.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, ROUND_HALF_UP

# Characters people (and spreadsheets) leave around numbers that carry no meaning.
_INVISIBLE = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u200b\u200c\u200d\u2060\ufeff\t\r\n"), None)
_NUMBER_SHAPE = re.compile(r"^[0-9.,]+$")

TWO_PLACES = Decimal("0.01")


class NumberFormatError(ValueError):
    """A text that is not a number; the message is Indonesian and says why."""


def _is_grouped(digits: str, sep: str) -> bool:
    return re.fullmatch(r"[0-9]{1,3}(" + re.escape(sep) + r"[0-9]{3})+", digits) is not None


def parse_number(text: str, decimals: int | None = None) -> Decimal | None:
    """Read `1,5`, `1.234,5`, `1234.5`, `1.234.567`, `Rp 1.000`, `12,5 %`.

    Returns None for an empty text (= not reported). `1.234` is ambiguous: it is read as
    1234 only when the indicator has no decimals (`decimals == 0`), otherwise refused.
    Raises NumberFormatError with an Indonesian message for anything else.
    """
    raw = text
    s = str(text).translate(_INVISIBLE).strip()
    if s == "":
        return None
    negative = False
    if s[:1] in "-\u2212":
        negative, s = True, s[1:].strip()
    if s.lower().startswith("rp"):
        s = s[2:].strip().lstrip(".").strip()
    if s.endswith("%"):
        s = s[:-1].strip()
    s = s.replace(" ", "")
    if not s or not _NUMBER_SHAPE.match(s) or not any(c.isdigit() for c in s):
        raise NumberFormatError(f"'{raw}' bukan angka. Tulis angka seperti 1234,5 atau kosongkan sel.")

    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        dec_sep = "," if s.rfind(",") > s.rfind(".") else "."
        group_sep = "." if dec_sep == "," else ","
        whole, _, frac = s.rpartition(dec_sep)
        if dec_sep in whole or not _is_grouped(whole, group_sep) or not frac:
            raise NumberFormatError(f"'{raw}' bukan angka yang jelas: pemisah ribuan dan desimal tidak cocok.")
        canonical = whole.replace(group_sep, "") + "." + frac
    elif has_dot or has_comma:
        sep = "." if has_dot else ","
        parts = s.split(sep)
        if len(parts) > 2:
            if not _is_grouped(s, sep):
                raise NumberFormatError(f"'{raw}' bukan angka: pemisah ribuan harus setiap 3 angka.")
            canonical = s.replace(sep, "")
        elif sep == ",":
            canonical = _decimal_part(parts, raw)  # Indonesian: the comma is the decimal separator
        elif len(parts[1]) == 3 and parts[0] not in ("", "0") and not parts[0].startswith("0"):
            # `1.234`: thousands in Indonesian, a decimal point in English.
            if decimals == 0:
                canonical = parts[0] + parts[1]
            else:
                raise NumberFormatError(
                    f"'{raw}' bisa dibaca {parts[0]}{parts[1]} atau {parts[0]},{parts[1]}. "
                    f"Tulis {parts[0]}{parts[1]} tanpa titik, atau {parts[0]},{parts[1]} dengan koma desimal."
                )
        else:
            canonical = _decimal_part(parts, raw)
    else:
        canonical = s
    try:
        value = Decimal(canonical)
    except InvalidOperation as exc:  # pragma: no cover - the shape check above rules this out
        raise NumberFormatError(f"'{raw}' bukan angka.") from exc
    return -value if negative else value


def _decimal_part(parts: list[str], raw: str) -> str:
    whole, frac = parts
    if not frac:
        raise NumberFormatError(f"'{raw}' tidak lengkap: tidak ada angka sesudah pemisah desimal.")
    return (whole or "0") + "." + frac


def round_half_up(value: Decimal, places: int = 2) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def to_text(value: Decimal | None) -> str | None:
    """Canonical storage text: no exponent, no trailing zeros ('1.50' -> '1.5')."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return format(value.normalize(), "f")


def from_text(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def format_id(value: Decimal | None, decimals: int = 2, empty: str = "—") -> str:
    """Indonesian display: 1.234.567,89 (dot groups, comma decimals), half-up rounding.

    Hand-written rather than Babel's format_decimal: Babel rounds half-even and costs ~8 µs a
    call, too slow for a report of 40 000 rows; this is a plain swap of separators.
    """
    if value is None:
        return empty
    rounded = round_half_up(value, decimals)
    text = f"{abs(rounded):,.{decimals}f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return ("-" if rounded < 0 else "") + text


def format_rupiah(value: Decimal | None, empty: str = "—") -> str:
    if value is None:
        return empty
    return "Rp " + format_id(value, 0)
