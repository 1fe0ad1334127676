"""The IKU (goal and objective indicators) over the whole plan period: each year's target,
realisation, capaian and predikat, the end target (kondisi akhir) with the realisation and
capaian to date, and a projection to the period's end with the dashboard's at-risk rule.

Every year's figures come from services.evaluation (the one calculation, as of TW IV: all that
was reported); the to-date figures from domain.achievement.to_date; the projection carries the
years with the same methods as services.projection carries the quarters (pace against the plan
or run rate for `sum`, least-squares trend for `last`, mean for `mean`), the year in progress
first carried to its own end by services.projection.project, and flags "berisiko" with
projection.risk_threshold, as the dashboard does. No Qt, no SQL of its own.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

import sqlite_utils

from kinerja_desktop.domain.achievement import RatingBand, achievement, rating, to_date
from kinerja_desktop.domain.entities import Agency, Indicator, Node, Plan, YearValues
from kinerja_desktop.domain.numbers import format_id, round_half_up
from kinerja_desktop.services.dashboard import ancestry_of
from kinerja_desktop.services.evaluation import evaluate_quarter
from kinerja_desktop.services.projection import ROMAN, percent_text, project, risk_threshold, trend_at
from kinerja_desktop.store import repositories as repo

IKU_LEVELS = ("goal", "objective")
AT_RISK = "Berisiko"
ON_TRACK = "Sesuai jalur"
NOT_PROJECTED = "Belum dapat diproyeksikan"


@dataclass(frozen=True)
class YearFigure:
    """One year of one indicator, as of everything reported (TW IV)."""
    year: int
    target: Decimal | None
    realisation: Decimal | None      # None: not reported (shown "—", never 0)
    achievement: Decimal | None
    rating: RatingBand | None
    quarters: tuple[int, ...] = ()   # the quarters reported

    @property
    def reported(self) -> bool:
        return self.realisation is not None

    @property
    def partial(self) -> bool:
        """Reported, but not through TW IV (the year in progress, or a quarter left out)."""
        return self.reported and 4 not in self.quarters


@dataclass(frozen=True)
class PeriodProjection:
    value: Decimal                 # projected realisation at the end of the period
    end_target: Decimal
    end_year: int
    achievement: Decimal | None    # rounded; None = not computable
    rating: RatingBand | None
    at_risk: bool
    reason: str                    # how it was made, in Indonesian


@dataclass(frozen=True)
class IkuRow:
    indicator: Indicator
    level: str                                # 'goal' | 'objective'
    goal: Node | None
    objective: Node | None
    agency: Agency | None
    years: tuple[YearFigure, ...]
    end_target: Decimal | None
    realisation_to_date: Decimal | None
    achievement_to_date: Decimal | None
    rating_to_date: RatingBand | None
    projection: PeriodProjection | None

    @property
    def at_risk(self) -> bool:
        return self.projection is not None and self.projection.at_risk

    @property
    def status(self) -> str:
        if self.projection is None or self.projection.achievement is None:
            return NOT_PROJECTED
        return AT_RISK if self.projection.at_risk else ON_TRACK

    def year(self, year: int) -> YearFigure | None:
        return next((f for f in self.years if f.year == year), None)


@dataclass(frozen=True)
class IkuPeriod:
    plan: Plan
    years: tuple[int, ...]
    goals: tuple[Node, ...]
    objectives: tuple[Node, ...]
    rows: tuple[IkuRow, ...]                  # goal by goal: its own indicators, then its objectives'
    threshold: Decimal                        # the at-risk line (the dashboard's)

    def counts(self) -> dict[str, int]:
        result = {ON_TRACK: 0, AT_RISK: 0, NOT_PROJECTED: 0}
        for row in self.rows:
            result[row.status] += 1
        return result

    def rows_of_goal(self, goal_id: int | None) -> list[IkuRow]:
        return [r for r in self.rows if (r.goal.id if r.goal else None) == goal_id]


def iku_period(db: sqlite_utils.Database, plan_id: int | None = None) -> IkuPeriod:
    """The IKU of the period `plan_id` (None: the default period)."""
    scope = {} if plan_id is None else {"plan_id": plan_id}
    plan = repo.load_plan(db, **scope)
    nodes = repo.load_nodes(db, IKU_LEVELS, **scope)
    indicators = repo.load_indicators(db, node_types=IKU_LEVELS, **scope)
    ids = [ind.id for ind in indicators]
    yearly: dict[int, dict[int, YearFigure]] = {i: {} for i in ids}
    values_of: dict[int, dict[int, YearValues]] = {i: {} for i in ids}
    for year in plan.years:
        values = repo.load_year_values(db, year, indicator_ids=ids)
        for r in evaluate_quarter(db, year, 4, plan=plan, indicators=indicators, values=values):
            ev = r.evaluation
            yearly[r.indicator.id][year] = YearFigure(year, r.values.annual_target, ev.realisation, ev.achievement,
                                                      ev.rating, ev.reported_quarters)
            values_of[r.indicator.id][year] = r.values
    end_targets = repo.load_end_targets(db)
    agencies = {a.id: a for a in repo.load_agencies(db)}
    by_key = {(n.node_type, n.id): n for n in nodes}
    ancestry = ancestry_of(nodes, indicators)
    rows = []
    for ind in indicators:
        goal_id, objective_id = ancestry.get(ind.id, (None, None))
        figures = tuple(yearly[ind.id][y] for y in plan.years)
        end = end_targets.get(ind.id)
        so_far = to_date(ind.aggregation, {f.year: f.realisation for f in figures})
        ach = achievement(ind.polarity, so_far, end, plan.negative_formula)
        rows.append(IkuRow(ind, ind.node_type, by_key.get(("goal", goal_id)), by_key.get(("objective", objective_id)),
                           agencies.get(ind.agency_id), figures, end, so_far, ach, rating(ach, plan.bands),
                           project_period(ind, figures, values_of[ind.id], end, plan)))
    order = {n.id: pos for pos, n in enumerate(n for n in nodes if n.node_type == "goal")}
    objective_order = {n.id: pos for pos, n in enumerate(n for n in nodes if n.node_type == "objective")}
    rows.sort(key=lambda r: (order.get(r.goal.id if r.goal else None, len(order)), r.level != "goal",
                             objective_order.get(r.objective.id if r.objective else None, -1), r.indicator.code))
    return IkuPeriod(plan, tuple(plan.years), tuple(n for n in nodes if n.node_type == "goal"),
                     tuple(n for n in nodes if n.node_type == "objective"), tuple(rows), risk_threshold(plan))


def project_period(indicator: Indicator, figures: Sequence[YearFigure], values: dict[int, YearValues],
                   end_target: Decimal | None, plan: Plan) -> PeriodProjection | None:
    """The realisation at the end of the period and whether it is at risk; None when nothing
    was reported or there is no end target to compare with."""
    reported = [f for f in figures if f.reported]
    if not reported or end_target is None:
        return None
    years = [f.year for f in reported]
    points = [f.realisation for f in reported]
    note = ""
    latest = reported[-1]
    if latest.partial:
        # The year in progress, carried to its own end by the dashboard's projection first.
        inner = project(indicator, values.get(latest.year, YearValues()), 4, plan)
        if inner is not None:
            points[-1] = inner.value
            note = (f"{latest.year} s.d. {_quarters(latest.quarters)} diproyeksikan akhir tahun "
                    f"{_amount(indicator, inner.value)}; ")
    # The end year reported (its last quarters projected if need be): the projection is the to-date rule.
    finished = latest.year == plan.end_year
    planned = None
    if finished:
        value = to_date(indicator.aggregation, dict(zip(years, points)))
    elif indicator.aggregation == "sum":
        targets = [f.target for f in reported]
        planned = sum(targets, Decimal(0)) if all(t is not None for t in targets) else None
        so_far = sum(points, Decimal(0))
        if planned:
            value = so_far / planned * end_target
        else:
            value = so_far / len(points) * len(plan.years)
    elif indicator.aggregation == "last":
        value = trend_at(years, points, plan.end_year)
        if value < 0 and not indicator.allow_negative:
            value = Decimal(0)
    else:
        value = sum(points, Decimal(0)) / len(points)
    projected = achievement(indicator.polarity, value, end_target, plan.negative_formula)
    at_risk = projected is not None and projected < risk_threshold(plan)
    band = rating(projected, plan.bands)
    lead = _lead(indicator, years, points, planned, value, end_target, plan.end_year, finished)
    tail = f"proyeksi capaian {percent_text(projected)}" + (f" ({band.label})" if band is not None else "")
    polarity = "; semakin rendah semakin baik" if indicator.polarity == "negative" else ""
    return PeriodProjection(value, end_target, plan.end_year, projected, band, at_risk,
                            f"{note}{lead}; {tail}{polarity}")


def _quarters(quarters: Sequence[int]) -> str:
    return f"TW {ROMAN[quarters[-1]]}" if quarters else "TW I"


def year_span(years: Sequence[int]) -> str:
    """'2021–2024' for consecutive years, '2021, 2023' otherwise."""
    ys = list(years)
    if len(ys) == 1:
        return str(ys[0])
    if ys == list(range(ys[0], ys[-1] + 1)):
        return f"{ys[0]}\u2013{ys[-1]}"
    return ", ".join(map(str, ys))


def _amount(indicator: Indicator, value: Decimal) -> str:
    unit = indicator.unit if indicator.unit and indicator.unit not in ("persen", "%") else ""
    return format_id(value, indicator.decimals) + (f" {unit}" if unit else "")


def _lead(indicator: Indicator, years: list[int], points: list[Decimal], planned: Decimal | None, value: Decimal,
          end_target: Decimal, end_year: int, finished: bool) -> str:
    span = year_span(years)
    goal = f"target akhir {_amount(indicator, end_target)}"
    if finished:
        return f"Realisasi s.d. akhir {end_year} {_amount(indicator, value)}, {goal}"
    if indicator.aggregation == "sum":
        so_far = sum(points, Decimal(0))
        if planned:
            pace = format_id(round_half_up(so_far / planned * 100), 0)
            return (f"Jumlah {span} {_amount(indicator, so_far)} dari rencana {_amount(indicator, planned)} "
                    f"({pace}%); mengikuti rencana, akhir periode {_amount(indicator, value)}, {goal}")
        return (f"Jumlah {span} {_amount(indicator, so_far)}; dengan laju ini akhir periode "
                f"{_amount(indicator, value)}, {goal}")
    if indicator.aggregation == "last":
        if len(points) == 1:
            return f"Hanya {span} dilaporkan: {_amount(indicator, points[0])}, {goal}"
        return (f"Tren {span}: {format_id(points[0], indicator.decimals)} \u2192 {_amount(indicator, points[-1])}, "
                f"pada {end_year} {_amount(indicator, value)}, {goal}")
    return f"Rata-rata {span} {_amount(indicator, value)}, {goal}"
