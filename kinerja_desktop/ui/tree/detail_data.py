"""What the detail panel shows for one indicator: targets and values of every plan year, each
quarter's achievement, in words a person reads. No Qt; a handful of small queries. An indicator
carried from an earlier period (indicator_link) shows that period's years too, before its own,
with where the periods meet (services.trend.carried_history).

Achievements come from domain.achievement.evaluate, the same rule evaluate_quarter applies.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kinerja_desktop.domain.achievement import RatingBand, evaluate
from kinerja_desktop.domain.numbers import shown_text
from kinerja_desktop.domain.entities import Indicator, Plan
from kinerja_desktop.services import reads
from kinerja_desktop.services.reads import lookups, plan_browse
from kinerja_desktop.services.trend import Boundary, carried_history

POLARITY_WORDS = {
    "positive": "Positif: semakin tinggi realisasi, semakin baik",
    "negative": "Negatif: semakin rendah realisasi, semakin baik",
}
AGGREGATION_WORDS = {
    "sum": "Dijumlahkan antartriwulan (jumlah kumulatif)",
    "last": "Nilai triwulan terakhir yang dilaporkan",
    "mean": "Rata-rata triwulan yang dilaporkan",
}
KIND_WORDS = {"impact": "Dampak (impact)", "outcome": "Hasil (outcome)", "output": "Keluaran (output)"}


@dataclass(frozen=True)
class QuarterLine:
    year: int
    quarter: int
    value: Decimal | None          # None: the stored text breaks the number rule (see note)
    note: str
    achievement: Decimal | None   # as of this quarter
    rating: RatingBand | None


@dataclass(frozen=True)
class YearLine:
    year: int
    target: Decimal | None
    realisation: Decimal | None   # as of the last reported quarter of the year
    achievement: Decimal | None
    rating: RatingBand | None
    reported: bool


@dataclass(frozen=True)
class IndicatorDetail:
    indicator: Indicator
    agency_name: str
    end_target: Decimal | None
    years: list[YearLine]
    quarters: list[QuarterLine]
    boundaries: tuple[Boundary, ...] = ()   # a later period starts at each boundary's year


def indicator_detail(db, indicator_id: int, plan: Plan) -> IndicatorDetail | None:
    indicator = reads.load_indicator(db, indicator_id)
    if indicator is None:
        return None
    agency_name = lookups.agency_name(db, indicator.agency_id)
    end = plan_browse.end_target(db, indicator_id)
    years: list[YearLine] = []
    quarters: list[QuarterLine] = []
    segments = carried_history(db, plan, indicator_id)
    boundaries = tuple(Boundary(later.years[0], later.plan.name, earlier.change_note)
                       for earlier, later in zip(segments, segments[1:]) if later.years)
    for segment in segments:
        own = segment.indicator_id == indicator_id
        ind = indicator if own else (reads.load_indicator(db, segment.indicator_id) or indicator)
        _segment_lines(db, ind, segment.plan, segment.years, years, quarters)
    quarters.sort(key=lambda line: (-line.year, -line.quarter))  # newest first
    return IndicatorDetail(indicator, agency_name or "", end, years, quarters, boundaries)


def _segment_lines(db, indicator: Indicator, plan: Plan, plan_years, years: list[YearLine],
                   quarters: list[QuarterLine]) -> None:
    """The year and quarter lines of one indicator over some years of its period."""
    indicator_id = indicator.id
    for year in plan_years:
        values = reads.load_year_values(db, year, indicator_ids=[indicator_id]).get(indicator_id)
        if values is None:
            continue
        ev = evaluate(indicator.polarity, indicator.aggregation, values.annual_target, values.quarterly_targets,
                      values.realisations, 4, plan.negative_formula, plan.bands)
        years.append(YearLine(year, values.annual_target, ev.realisation, ev.achievement, ev.rating, ev.reported))
        for quarter in sorted(values.realisations):
            q_ev = evaluate(indicator.polarity, indicator.aggregation, values.annual_target,
                            values.quarterly_targets, values.realisations, quarter, plan.negative_formula, plan.bands)
            quarters.append(QuarterLine(year, quarter, values.realisations[quarter], values.notes.get(quarter, ""),
                                        q_ev.achievement, q_ev.rating))
        for quarter, raw in values.bad_realisations.items():   # shown, never counted (see store.bad_numbers)
            quarters.append(QuarterLine(year, quarter, None, f"Nilai tersimpan di luar batas angka: "
                                        f"'{shown_text(raw)}' (tidak dihitung; perbaiki di isian)", None, None))
