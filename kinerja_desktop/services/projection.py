"""Will the year's target be reached? A projection from the quarters reported so far.

- `sum` indicators: where quarterly targets plan the reported quarters, the pace against that
  plan carried to the year's target (a back-loaded plan is not "behind" in TW I); otherwise the
  run rate of the reported quarters, carried to four quarters;
- `last` indicators: the trend (least squares over the reported quarters) read at TW IV;
- `mean` indicators: the mean so far.

The projected value goes through the same achievement rule as everything else
(domain.achievement.achievement against the year-end target), so polarity and the plan's
negative formula are respected. Decimal throughout.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from decimal import Decimal
from typing import Sequence

from kinerja_desktop.domain.achievement import RatingBand, achievement, compared_target, rating
from kinerja_desktop.domain.entities import Indicator, Plan, YearValues
from kinerja_desktop.domain.numbers import format_id, round_half_up

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
ALL_QUARTERS = (1, 2, 3, 4)


@dataclass(frozen=True)
class Projection:
    indicator_id: int
    value: Decimal                 # projected realisation at the end of the year
    target: Decimal                # year-end target compared
    achievement: Decimal | None    # projected achievement, rounded; None = not computable
    rating: RatingBand | None
    at_risk: bool
    # What the texts are made from: they are written when first read (a province's dashboard
    # projects 40,000 indicators and shows the texts of a few; issue 14).
    inputs: tuple = field(default=(), compare=False, repr=False)

    @cached_property
    def basis(self) -> str:
        """The reason without the projected capaian (a slide shows that in a chip)."""
        indicator = self.inputs[0]
        polarity = "; semakin rendah semakin baik" if indicator.polarity == "negative" else ""
        return f"{_lead(*self.inputs, self.target, self.value)}{polarity}"

    @cached_property
    def reason(self) -> str:
        """Indonesian, e.g. "Jumlah TW I–III 62 orang (62% dari target 100 orang); ..."."""
        indicator = self.inputs[0]
        tail = f"proyeksi capaian {percent_text(self.achievement)}"
        if self.rating is not None:
            tail += f" ({self.rating.label})"
        polarity = "; semakin rendah semakin baik" if indicator.polarity == "negative" else ""
        return f"{_lead(*self.inputs, self.target, self.value)}; {tail}{polarity}"


def quarter_span(quarters: Sequence[int]) -> str:
    """'TW I–III' for consecutive quarters, 'TW I, III' otherwise."""
    qs = list(quarters)
    if not qs:
        return ""
    if len(qs) == 1:
        return f"TW {ROMAN[qs[0]]}"
    if qs == list(range(qs[0], qs[-1] + 1)):
        return f"TW {ROMAN[qs[0]]}\u2013{ROMAN[qs[-1]]}"
    return "TW " + ", ".join(ROMAN[q] for q in qs)


def risk_threshold(plan: Plan) -> Decimal:
    """An indicator is at risk when its projection falls below the second band (Tinggi, 76)."""
    bands = [b for b in plan.bands if b.lower_bound is not None]
    return bands[1].lower_bound if len(bands) > 1 else (bands[0].lower_bound if bands else Decimal(100))


@lru_cache(maxsize=16)
def _threshold(bands: tuple[RatingBand, ...]) -> Decimal:
    return risk_threshold(Plan(0, "", "", "", "", 0, 0, bands=bands))


def _percent(value: Decimal | None, decimals: int = 0) -> str:
    return "—" if value is None else f"{format_id(value, decimals)}%"


def percent_text(value: Decimal | None) -> str:
    """A projected achievement as shown: one decimal, so that 75,6% (Sedang) never reads as 76%."""
    return _percent(value, 1)


def _planned(quarterly: dict[int, Decimal], reported: Sequence[int]) -> Decimal | None:
    """The quarterly targets of the reported quarters added up; None unless every one is planned."""
    if not quarterly or any(quarterly.get(q) is None for q in reported):
        return None
    return sum((quarterly[q] for q in reported), Decimal(0))


def trend_at(quarters: Sequence[int], values: Sequence[Decimal], at: int = 4) -> Decimal:
    """Least-squares line through (quarter, value), read at quarter `at`; flat for one point."""
    n = len(quarters)
    if n == 1:
        return values[0]
    xs = [Decimal(q) for q in quarters]
    mean_x = sum(xs, Decimal(0)) / n
    mean_y = sum(values, Decimal(0)) / n
    sxx = sum(((x - mean_x) ** 2 for x in xs), Decimal(0))
    sxy = sum(((x - mean_x) * (y - mean_y) for x, y in zip(xs, values)), Decimal(0))
    slope = sxy / sxx
    return mean_y + slope * (Decimal(at) - mean_x)


def project(indicator: Indicator, values: YearValues, as_of: int, plan: Plan,
            only_at_risk: bool = False) -> Projection | None:
    """The year-end projection of one indicator as of quarter `as_of`.

    None when nothing has been reported yet or there is no target to compare with, or (with
    `only_at_risk`) when the indicator is not at risk: the dashboard lists only those, and the
    texts are most of the cost for a province's 40,000 indicators (issue 14)."""
    reported = [q for q in range(1, as_of + 1) if values.realisations.get(q) is not None]
    if not reported:
        return None
    target = compared_target(indicator.aggregation, values.annual_target, values.quarterly_targets, ALL_QUARTERS)
    if target is None:
        return None
    reals = [values.realisations[q] for q in reported]
    so_far = planned = None
    if indicator.aggregation == "sum":
        so_far = sum(reals, Decimal(0))
        planned = _planned(values.quarterly_targets, reported)
        if planned == 0 and so_far == 0:
            return None   # nothing was planned for these quarters and nothing done: too early to say
        value = so_far / planned * target if planned else so_far / len(reported) * 4
    elif indicator.aggregation == "last":
        value = trend_at(reported, reals)
        if value < 0 and not indicator.allow_negative:
            value = Decimal(0)
    else:
        value = sum(reals, Decimal(0)) / len(reals)
    projected = achievement(indicator.polarity, value, target, plan.negative_formula)
    at_risk = projected is not None and projected < _threshold(plan.bands)
    if only_at_risk and not at_risk:
        return None
    band = rating(projected, plan.bands)
    return Projection(indicator.id, value, target, projected, band, at_risk, (indicator, reported, reals, so_far, planned))


def _lead(indicator: Indicator, reported: list[int], reals: list[Decimal], so_far: Decimal | None,
          planned: Decimal | None, target: Decimal, value: Decimal) -> str:
    """How the projection was made, in words (Indonesian)."""
    span = quarter_span(reported)
    unit = f" {indicator.unit}" if indicator.unit and indicator.unit not in ("persen", "%") else ""
    dec = indicator.decimals
    if indicator.aggregation == "sum":
        if planned:
            return (f"Jumlah {span} {format_id(so_far, dec)}{unit} dari rencana {format_id(planned, dec)}{unit} "
                    f"({_percent(round_half_up(so_far / planned * 100))}); mengikuti rencana, akhir tahun "
                    f"{format_id(value, dec)}{unit} dari target {format_id(target, dec)}{unit}")
        if target:
            return (f"Jumlah {span} {format_id(so_far, dec)}{unit} "
                    f"({_percent(round_half_up(so_far / target * 100))} dari target {format_id(target, dec)}{unit}); "
                    f"dengan laju ini akhir tahun {format_id(value, dec)}{unit}")
        return f"Jumlah {span} {format_id(so_far, dec)}{unit}, target 0"
    if indicator.aggregation == "last":
        if len(reported) == 1:
            return f"Hanya {span} dilaporkan: {format_id(reals[0], dec)}{unit}, target {format_id(target, dec)}{unit}"
        return (f"Tren {span}: {format_id(reals[0], dec)} \u2192 {format_id(reals[-1], dec)}{unit}, "
                f"akhir tahun {format_id(value, dec)}{unit}, target {format_id(target, dec)}{unit}")
    return f"Rata-rata {span} {format_id(value, dec)}{unit}, target {format_id(target, dec)}{unit}"
