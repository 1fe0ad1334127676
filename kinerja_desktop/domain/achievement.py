"""Achievement (capaian) rules of DESIGN.md: aggregation, compared target, formula, rating.

All arithmetic is Decimal; the achievement is rounded half up to 2 places and the rating is
taken from that rounded value, as a person checking by hand would.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, ROUND_HALF_UP
from typing import Mapping, NamedTuple, Sequence

from kinerja_desktop.domain.numbers import TWO_PLACES, round_half_up

HUNDRED = Decimal(100)
TWO_HUNDRED = Decimal(200)
ZERO = Decimal(0)

POLARITIES = ("positive", "negative")
AGGREGATIONS = ("sum", "last", "mean")
NEGATIVE_FORMULAS = ("2-R/T", "T/R")


@dataclass(frozen=True)
class RatingBand:
    label: str
    lower_bound: Decimal | None  # None: everything below the band above
    colour: str

    @property
    def text_colour(self) -> str:
        # Yellow needs dark text to stay readable; the other bands take white.
        return "#1A1A1A" if self.colour.upper() in ("#F2C12E", "#7CC242") else "#FFFFFF"


NOT_COMPUTABLE_COLOUR = "#9E9E9E"

DEFAULT_BANDS: tuple[RatingBand, ...] = (
    RatingBand("Sangat Tinggi", Decimal(91), "#1B7F3B"),
    RatingBand("Tinggi", Decimal(76), "#7CC242"),
    RatingBand("Sedang", Decimal(66), "#F2C12E"),
    RatingBand("Rendah", Decimal(51), "#F28C28"),
    RatingBand("Sangat Rendah", None, "#D64541"),
)


class Evaluation(NamedTuple):
    """A named tuple: one is made per indicator on every evaluation (issue 14)."""
    realisation: Decimal | None   # aggregated over the reported quarters
    target: Decimal | None        # the target compared
    achievement: Decimal | None   # rounded to 2 places; None = not reported or not computable
    rating: RatingBand | None
    reported_quarters: tuple[int, ...] = ()

    @property
    def reported(self) -> bool:
        return self.realisation is not None

    @property
    def computable(self) -> bool:
        return self.achievement is not None


def reported(values: Mapping[int, Decimal | None], as_of: int) -> list[int]:
    """Quarters up to `as_of` that have a value, in order. Unreported quarters are skipped."""
    get = values.get
    return [q for q in (1, 2, 3, 4)[:as_of] if get(q) is not None]


def aggregate(aggregation: str, values: Sequence[Decimal]) -> Decimal | None:
    """Aggregate reported values (in time order); None when nothing was reported."""
    if not values:
        return None
    if aggregation == "sum":
        return sum(values, ZERO)
    if aggregation == "last":
        return values[-1]
    if aggregation == "mean":
        return sum(values, ZERO) / len(values)
    raise ValueError(f"unknown aggregation {aggregation!r}")


def compared_target(
    aggregation: str,
    annual: Decimal | None,
    quarterly: Mapping[int, Decimal | None],
    reported_quarters: Sequence[int],
    as_of: int | None = None,
) -> Decimal | None:
    """The target a realisation is compared with.

    Without quarterly targets: the annual target. With them: `sum` takes the cumulative target
    through the quarter evaluated (`as_of`), reported or not, so that leaving a quarter
    unreported never raises the achievement (cases P40, P41); `last` the latest reported
    quarter's target, `mean` the mean of the reported quarters' targets. A missing quarterly
    target falls back to annual. Without `as_of`, `sum` runs through the latest reported quarter.
    """
    # `not quarterly` first: most indicators have no quarterly targets, and this runs per indicator.
    if not reported_quarters or not quarterly or all(v is None for v in quarterly.values()):
        return annual
    latest = reported_quarters[-1]
    if aggregation == "sum":
        through = max(latest, as_of) if as_of is not None else latest
        needed = [quarterly.get(q) for q in range(1, through + 1)]
        return sum(needed, ZERO) if all(v is not None for v in needed) else annual
    if aggregation == "last":
        value = quarterly.get(latest)
        return value if value is not None else annual
    needed = [quarterly.get(q) for q in reported_quarters]
    if all(v is not None for v in needed):
        return sum(needed, ZERO) / len(needed)
    return annual


def achievement(
    polarity: str, realisation: Decimal | None, target: Decimal | None, negative_formula: str = "2-R/T"
) -> Decimal | None:
    """Capaian in percent, rounded half up to 2 places; None when not computable."""
    if realisation is None or target is None:
        return None
    r, t = realisation, target
    if t == 0:
        if r == 0:
            return round_half_up(HUNDRED)
        return round_half_up(ZERO) if polarity == "negative" else None
    if polarity == "positive":
        value = r / t * HUNDRED
    elif polarity == "negative":
        if r == 0:
            value = TWO_HUNDRED
        elif negative_formula == "2-R/T":
            value = (2 - r / t) * HUNDRED
        elif negative_formula == "T/R":
            value = t / r * HUNDRED
        else:
            raise ValueError(f"unknown negative formula {negative_formula!r}")
    else:
        raise ValueError(f"unknown polarity {polarity!r}")
    return round_half_up(max(value, ZERO))


def rating(value: Decimal | None, bands: Sequence[RatingBand] = DEFAULT_BANDS) -> RatingBand | None:
    """The band of an already rounded achievement; bands are ordered best first."""
    if value is None:
        return None
    for band in bands:
        if band.lower_bound is None or value >= band.lower_bound:
            return band
    return bands[-1]


_QUARTERS = (1, 2, 3, 4)
_new = tuple.__new__


def evaluate(
    polarity: str,
    aggregation: str,
    annual_target: Decimal | None,
    quarterly_targets: Mapping[int, Decimal | None],
    realisations: Mapping[int, Decimal | None],
    as_of: int,
    negative_formula: str = "2-R/T",
    bands: Sequence[RatingBand] = DEFAULT_BANDS,
) -> Evaluation:
    """The whole rule for one indicator, one year, as of a quarter.

    The same steps as reported → aggregate → compared_target → achievement → rating, inlined for
    the common shapes (it runs for every indicator of a province's plan, issue 14); the rarer
    ones go through those functions. tests/unit/test_evaluate_fast.py compares it with the
    rule as it was, on random inputs.
    """
    # One pass: the reported quarters and their values (no comprehension: each is a call in 3.11).
    quarters, reported_values = [], []
    if realisations:
        get = realisations.get
        for q in _QUARTERS[:as_of]:
            value = get(q)
            if value is not None:
                quarters.append(q)
                reported_values.append(value)
    if not quarters:
        real = ach = band = None
        target = annual_target
    else:
        if aggregation == "sum":   # aggregate() inlined: same sums, same start
            real = ZERO
            for value in reported_values:
                real += value
        elif aggregation == "last":
            real = reported_values[-1]
        else:
            real = aggregate(aggregation, reported_values)
        if quarterly_targets:
            target = compared_target(aggregation, annual_target, quarterly_targets, quarters, as_of)
        else:
            target = annual_target
        if target is None:
            ach = band = None
        else:
            if target and polarity == "positive":
                value = real / target * HUNDRED
                if value < ZERO:
                    value = ZERO
                try:
                    ach = value.quantize(TWO_PLACES, ROUND_HALF_UP)   # positional: keywords cost 0.1 µs
                except InvalidOperation:
                    ach = round_half_up(value)
            else:
                ach = achievement(polarity, real, target, negative_formula)
            band = None
            if ach is not None:
                for b in bands:
                    if b.lower_bound is None or ach >= b.lower_bound:
                        band = b
                        break
                else:
                    band = bands[-1]
    return _new(Evaluation, (real, target, ach, band, tuple(quarters)))   # without NamedTuple's own __new__


def to_date(aggregation: str, yearly: Mapping[int, Decimal | None]) -> Decimal | None:
    """Realisation of the plan to date from each year's realisation: `sum` adds the years,
    `last` takes the latest year, `mean` averages the reported years."""
    years = sorted(y for y, v in yearly.items() if v is not None)
    return aggregate(aggregation, [yearly[y] for y in years])
