"""Plausibility of a typed realisation or spending amount, checked as the operator types.

An error (not a number, a forbidden negative) blocks saving; a warning (a percentage over 100,
a jump of more than 3x the previous quarter, a cumulative far beyond the target, spending over
the pagu) is shown and must be confirmed. Empty text means "not reported" and is always fine.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Mapping

from kinerja_desktop.domain.numbers import NumberFormatError, format_id, parse_number

OK, WARNING, ERROR = "ok", "warning", "error"
PERCENT_UNITS = frozenset({"persen", "%", "percent", "prosen"})
JUMP_FACTOR = Decimal(3)
FAR_BEYOND_TARGET = Decimal(2)   # a `sum` indicator's cumulative over twice the annual target


@dataclass(frozen=True)
class CellCheck:
    value: Decimal | None   # the parsed value (None: empty or not a number)
    level: str              # OK, WARNING or ERROR
    message: str = ""       # Indonesian; empty when OK

    @property
    def ok(self) -> bool:
        return self.level == OK

    @property
    def blocking(self) -> bool:
        return self.level == ERROR


@dataclass(frozen=True)
class IndicatorRules:
    """What the checks need to know about an indicator (a subset of entities.Indicator)."""
    code: str
    unit: str
    aggregation: str
    decimals: int
    allow_negative: bool


def _decimals_of(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def parse_cell(text: str, decimals: int | None) -> CellCheck:
    """Only the reading: a number, empty, or an error saying why."""
    try:
        value = parse_number(text, decimals)
    except NumberFormatError as exc:
        return CellCheck(None, ERROR, str(exc))
    return CellCheck(value, OK)


def check_realisation(
    text: str,
    rules: IndicatorRules,
    quarter: int,
    earlier: Mapping[int, Decimal],
    annual_target: Decimal | None,
) -> CellCheck:
    """Check the realisation typed for `quarter`; `earlier` holds this year's earlier quarters."""
    parsed = parse_cell(text, rules.decimals)
    value = parsed.value
    if parsed.blocking or value is None:
        return parsed
    if value < 0 and not rules.allow_negative:
        return CellCheck(value, ERROR, f"Realisasi {rules.code} tidak boleh negatif; indikator ini hanya menerima 0 atau lebih.")
    warnings = []
    if _decimals_of(value) > rules.decimals:
        warnings.append("indikator ini memakai bilangan bulat" if rules.decimals == 0
                        else f"indikator ini memakai {rules.decimals} angka desimal")
    if rules.unit.strip().lower() in PERCENT_UNITS and value > 100:
        warnings.append(f"{format_id(value, _decimals_of(value))} persen melebihi 100")
    previous = [earlier[q] for q in sorted(earlier) if q < quarter and earlier[q] is not None]
    if previous and previous[-1] > 0 and value > JUMP_FACTOR * previous[-1]:
        warnings.append(
            f"lebih dari 3 kali triwulan sebelumnya ({format_id(previous[-1], rules.decimals)})"
        )
    if rules.aggregation == "sum" and annual_target is not None and annual_target > 0:
        cumulative = sum(previous, Decimal(0)) + value
        if cumulative > FAR_BEYOND_TARGET * annual_target:
            warnings.append(
                f"kumulatif {format_id(cumulative, rules.decimals)} jauh melebihi target tahunan "
                f"{format_id(annual_target, rules.decimals)}"
            )
    if warnings:
        return CellCheck(value, WARNING, f"Periksa {rules.code}: " + "; ".join(warnings) + ".")
    return CellCheck(value, OK)


def check_spending(
    text: str, code: str, pagu: Decimal | None, spent_earlier: Decimal = Decimal(0)
) -> CellCheck:
    """Check a quarter's spending in Rupiah against the node's pagu for the year."""
    parsed = parse_cell(text, 2)
    value = parsed.value
    if parsed.blocking or value is None:
        return parsed
    if value < 0:
        return CellCheck(value, ERROR, f"Realisasi anggaran {code} tidak boleh negatif.")
    if pagu is not None and spent_earlier + value > pagu:
        return CellCheck(
            value, WARNING,
            f"Periksa {code}: realisasi anggaran kumulatif Rp {format_id(spent_earlier + value, 0)} "
            f"melebihi pagu Rp {format_id(pagu, 0)}.",
        )
    return CellCheck(value, OK)


def check_note(text: str, code: str, limit: int = 2000) -> CellCheck:
    if len(text) > limit:
        return CellCheck(None, ERROR, f"Catatan {code} terlalu panjang ({len(text)} karakter; paling banyak {limit}).")
    return CellCheck(None, OK)
