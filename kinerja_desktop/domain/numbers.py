"""Reading numbers the way Indonesian civil servants write them, and writing them back.

Decimal everywhere: a realisation of Rp 1.234.567,89 must come out to the sen.

The one number rule of every path (form, package, master data, plan import, command line): at
most 15 significant digits and an absolute value below 10^15, as Excel keeps them
(`range_problem`, `check_range`, `from_float`, `stored_number`). Beyond it, Decimal arithmetic
(quantize) and the spreadsheets the numbers travel through lose or refuse them.
"""
from __future__ import annotations

import re
from decimal import Context, Decimal, InvalidOperation, ROUND_HALF_EVEN, ROUND_HALF_UP

# Characters people (and spreadsheets) leave around numbers that carry no meaning.
_INVISIBLE = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u200b\u200c\u200d\u2060\ufeff\t\r\n"), None)
_NUMBER_SHAPE = re.compile(r"^[0-9.,]+$")

TWO_PLACES = Decimal("0.01")


MAX_SIGNIFICANT = 15
LIMIT = Decimal(10) ** 15
_FLOAT_CONTEXT = Context(prec=MAX_SIGNIFICANT, rounding=ROUND_HALF_EVEN)


class NumberFormatError(ValueError):
    """A text that is not a number; the message is Indonesian and says why."""


class NumberRangeError(NumberFormatError):
    """A number outside the rule (15 significant digits, below 10^15); Indonesian message."""


def range_problem(value: Decimal) -> str | None:
    """Why `value` breaks the number rule (Indonesian), or None when it keeps it."""
    if not value.is_finite():
        return "bukan angka terhingga (NaN/Infinity)"
    if abs(value) >= LIMIT:
        return "terlalu besar: nilai mutlak harus di bawah 1.000.000.000.000.000 (10^15)"
    digits = value.as_tuple().digits
    if len(digits) > MAX_SIGNIFICANT:
        significant = len(digits)
        while significant and digits[significant - 1] == 0:   # '1.50000…0': trailing zeros say nothing
            significant -= 1
        if significant > MAX_SIGNIFICANT:
            return f"terlalu banyak angka penting ({significant}; paling banyak {MAX_SIGNIFICANT}, seperti Excel)"
    return None


def check_range(value: Decimal, shown: str | None = None) -> Decimal:
    """`value` itself, or NumberRangeError saying why (the text names the number as typed)."""
    problem = range_problem(value)
    if problem is not None:
        raise NumberRangeError(f"Angka '{shown_text(value, shown)}' {problem}.")
    return value


def shown_text(value, shown: str | None = None, limit: int = 40) -> str:
    """A number as it can be put in a message: cut when very long (a 400-digit text)."""
    text = str(value if shown is None else shown).strip()
    return text if len(text) <= limit else f"{text[:20]}…({len(text)} karakter)"


def from_float(value: float) -> Decimal:
    """A spreadsheet's binary number as Excel keeps it: at most 15 significant digits; refused
    (NumberRangeError) when not finite or not below 10^15."""
    if value != value:
        raise NumberRangeError("Sel berisi NaN, bukan angka.")
    if abs(value) >= 1e15:   # infinity too: a spreadsheet's overflow of a very long number
        raise NumberRangeError(f"Angka '{shown_text(value)}' terlalu besar: nilai mutlak harus di bawah "
                               "1.000.000.000.000.000 (10^15).")
    d = Decimal(repr(value))
    if len(d.as_tuple().digits) > MAX_SIGNIFICANT:   # repr keeps up to 17; Excel shows 15
        d = _FLOAT_CONTEXT.plus(d)
        d = d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()
        check_range(d)   # 999999999999999.9 rounds up to 10^15
    return d


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
    return check_range(-value if negative else value, str(raw))


def _decimal_part(parts: list[str], raw: str) -> str:
    whole, frac = parts
    if not frac:
        raise NumberFormatError(f"'{raw}' tidak lengkap: tidak ada angka sesudah pemisah desimal.")
    return (whole or "0") + "." + frac


def round_half_up(value: Decimal, places: int = 2) -> Decimal:
    try:
        return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    except InvalidOperation:   # more digits than the context keeps (a huge ratio): widen it, never crash
        wide = Context(prec=max(value.adjusted(), 0) + places + 2)
        return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP, context=wide)


def to_text(value: Decimal | None) -> str | None:
    """Canonical storage text: no exponent, no trailing zeros ('1.50' -> '1.5').

    Exact and total: it never rounds and never raises, whatever the size (a value out of the
    number rule is refused where it is read, not here)."""
    if value is None:
        return None
    if not value.is_finite():
        return str(value)
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def number_problem(text: str) -> str | None:
    """Why a stored text is not a number under the rule (Indonesian), or None."""
    try:
        value = Decimal(text)
    except (InvalidOperation, TypeError, ValueError):
        return "bukan angka"
    return range_problem(value)


def stored_number(text: str | None) -> Decimal | None:
    """A value read back from the database, or None when the stored text is not a number or
    breaks the number rule (an older version or a hand edit; `kinerja check` names it)."""
    if text is None:
        return None
    try:
        value = Decimal(text)
    except (InvalidOperation, TypeError, ValueError):
        return None
    if len(text) <= MAX_SIGNIFICANT and "e" not in text and "E" not in text and value.is_finite():
        return value   # the common case, cheaply: 15 characters hold at most 15 digits, below 10^15
    return value if range_problem(value) is None else None


def format_id(value: Decimal | None, decimals: int = 2, empty: str = "—") -> str:
    """Indonesian display: 1.234.567,89 (dot groups, comma decimals), half-up rounding.

    Hand-written rather than Babel's format_decimal: Babel rounds half-even and costs ~8 µs a
    call, too slow for a report of 40 000 rows; this is a plain swap of separators.
    """
    if value is None:
        return empty
    if not value.is_finite():
        return str(value)
    rounded = round_half_up(value, decimals)
    text = f"{abs(rounded):,.{decimals}f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return ("-" if rounded < 0 else "") + text


def format_rupiah(value: Decimal | None, empty: str = "—") -> str:
    if value is None:
        return empty
    return "Rp " + format_id(value, 0)
