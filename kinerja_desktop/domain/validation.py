"""Plausibility of a typed realisation or spending amount, checked as the operator types.

An error (not a number, outside the number rule, a forbidden negative) blocks saving; a warning
(a percentage over 100, a realisation over F1 times its target or F2 times the previous quarter,
spending over the pagu) is shown and must be confirmed. F1 and F2 are the installation's
settings (services.office_settings); the package import flags the same rows. Empty text means
"not reported" and is always fine.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal
from typing import Mapping

from kinerja_desktop.domain.numbers import NumberFormatError, format_id, parse_number

OK, WARNING, ERROR = "ok", "warning", "error"
PERCENT_UNITS = frozenset({"persen", "%", "percent", "prosen"})


@dataclass(frozen=True)
class Plausibility:
    """Factors past which a realisation is a warning (not a refusal)."""
    target_factor: Decimal = Decimal(5)      # over F1 x its target (a `sum`: the cumulative so far)
    previous_factor: Decimal = Decimal(10)   # over F2 x the previous reported quarter


DEFAULT_PLAUSIBILITY = Plausibility()


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
    factors: Plausibility = DEFAULT_PLAUSIBILITY,
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
    warnings += implausible(value, rules, quarter, earlier, annual_target, factors)
    if warnings:
        return CellCheck(value, WARNING, f"Periksa {rules.code}: " + "; ".join(warnings) + ".")
    return CellCheck(value, OK)


@lru_cache(maxsize=64)
def _factor_text(factor: Decimal) -> str:
    """A plausibility factor as shown (the same few for a whole batch of packages: computed once)."""
    return format_id(factor, _decimals_of(factor))


def implausible(
    value: Decimal,
    rules: IndicatorRules,
    quarter: int,
    earlier: Mapping[int, Decimal | None],
    annual_target: Decimal | None,
    factors: Plausibility = DEFAULT_PLAUSIBILITY,
) -> list[str]:
    """Why a realisation is implausible (Indonesian phrases), empty when it is not: over F1 x the
    annual target (a `sum` indicator: the cumulative through this quarter), over F2 x the previous
    reported quarter. The form asks to confirm these; the package preview flags them."""
    out = []
    previous = [earlier[q] for q in sorted(earlier) if q < quarter and earlier[q] is not None]
    if previous and previous[-1] > 0 and value > factors.previous_factor * previous[-1]:
        out.append(f"lebih dari {_factor_text(factors.previous_factor)} kali "
                   f"triwulan sebelumnya ({format_id(previous[-1], rules.decimals)})")
    if annual_target is not None and annual_target > 0:
        compared = sum(previous, Decimal(0)) + value if rules.aggregation == "sum" else value
        if compared > factors.target_factor * annual_target:
            what = f"kumulatif {format_id(compared, rules.decimals)}" if rules.aggregation == "sum" else "nilai ini"
            out.append(f"{what} lebih dari {_factor_text(factors.target_factor)} "
                       f"kali target tahunan {format_id(annual_target, rules.decimals)}")
    return out


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
