"""Figures of the monitoring dashboard, the charts and the slides, all read from the results of
`services.evaluation` (the one calculation): headline figures, achievement per OPD, rating
distribution for the plan / a goal / an objective / an OPD, completeness OPD x quarter,
budget against pagu, and the at-risk projection.

`LiveFigures` keeps the results of one year and quarter and, after a save, re-evaluates only
the indicators that changed (with the same domain rule, `evaluate`), then rebuilds the cheap
aggregates. No Qt here: the UI wraps it in a signal.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable

import sqlite_utils

from kinerja_desktop.domain.achievement import NOT_COMPUTABLE_COLOUR, RatingBand, evaluate
from kinerja_desktop.domain.entities import Agency, Indicator, Node, Plan, YearValues
from kinerja_desktop.services.budget_figures import BudgetRow, budget_by_agency
from kinerja_desktop.services.evaluation import IndicatorResult, band_counts, evaluate_quarter, mean_achievement
from kinerja_desktop.services.projection import Projection, project
from kinerja_desktop.store import repositories as repo

NOT_REPORTED = "Belum dilaporkan"
NOT_COMPUTABLE = "Tidak dapat dihitung"
NOT_REPORTED_COLOUR = "#CFD8DC"


@dataclass(frozen=True)
class BandCount:
    label: str
    colour: str
    text_colour: str
    count: int


@dataclass(frozen=True)
class OpdAchievement:
    agency: Agency
    mean: Decimal | None
    band: RatingBand | None
    computable: int   # indicators with an achievement
    total: int        # active indicators of the OPD


@dataclass(frozen=True)
class CompletenessRow:
    agency: Agency
    total: int
    reported: tuple[int, int, int, int]   # indicators with a realisation in TW I..IV

    def share(self, quarter: int) -> Decimal | None:
        return None if not self.total else Decimal(self.reported[quarter - 1]) / self.total


@dataclass(frozen=True)
class RiskItem:
    result: IndicatorResult
    projection: Projection
    agency: Agency


@dataclass(frozen=True)
class Headline:
    total: int
    reported: int
    bands: tuple[BandCount, ...]
    goals_at_risk: int
    goals_total: int
    objectives_at_risk: int
    objectives_total: int
    opds_late: tuple[Agency, ...]
    opds_total: int


@dataclass(frozen=True)
class DashboardFigures:
    year: int
    quarter: int
    plan: Plan
    results: tuple[IndicatorResult, ...]
    headline: Headline
    opd_achievement: tuple[OpdAchievement, ...]     # best first; OPDs without figures last
    completeness: tuple[CompletenessRow, ...]
    budget: tuple[BudgetRow, ...]
    at_risk: tuple[RiskItem, ...]                   # worst projection first
    goals: tuple[Node, ...]
    objectives: tuple[Node, ...]
    agencies: tuple[Agency, ...]
    ancestry: dict[int, tuple[int | None, int | None]] = field(repr=False)   # indicator -> (goal, objective)

    def scope_results(self, scope: str = "plan", key: int | None = None) -> list[IndicatorResult]:
        """Results of the plan, a goal, an objective or an OPD (scope 'plan'|'goal'|'objective'|'agency')."""
        if scope == "plan":
            return list(self.results)
        if scope == "agency":
            return [r for r in self.results if r.indicator.agency_id == key]
        position = 0 if scope == "goal" else 1
        return [r for r in self.results if self.ancestry.get(r.indicator.id, (None, None))[position] == key]

    def distribution(self, scope: str = "plan", key: int | None = None) -> tuple[BandCount, ...]:
        return distribution(self.scope_results(scope, key), self.plan)


def distribution(results: Iterable[IndicatorResult], plan: Plan) -> tuple[BandCount, ...]:
    """Band counts (band order, then not computable and not reported) from `band_counts`."""
    counts = band_counts(list(results), plan)
    bands = [BandCount(b.label, b.colour, b.text_colour, counts[b.label]) for b in plan.bands]
    bands.append(BandCount(NOT_COMPUTABLE, NOT_COMPUTABLE_COLOUR, "#1A1A1A", counts[NOT_COMPUTABLE]))
    bands.append(BandCount(NOT_REPORTED, NOT_REPORTED_COLOUR, "#1A1A1A", counts[NOT_REPORTED]))
    return tuple(bands)


def ancestry_of(nodes: list[Node], indicators: Iterable[Indicator]) -> dict[int, tuple[int | None, int | None]]:
    """Goal and objective above each indicator (through program, activity, sub-activity)."""
    by_key = {(n.node_type, n.id): n for n in nodes}
    parent_type = {"objective": "goal", "program": "objective", "activity": "program", "sub_activity": "activity"}
    cache: dict[tuple[str, int], tuple[int | None, int | None]] = {}

    def climb(node_type: str, node_id: int) -> tuple[int | None, int | None]:
        key = (node_type, node_id)
        if key not in cache:
            if node_type == "goal":
                cache[key] = (node_id, None)
            else:
                node = by_key.get(key)
                if node is None or node.parent_id is None:
                    cache[key] = (None, None)
                else:
                    goal, objective = climb(parent_type[node_type], node.parent_id)
                    cache[key] = (goal, node_id if node_type == "objective" else objective)
        return cache[key]

    return {ind.id: climb(ind.node_type, ind.node_id) for ind in indicators}


def evaluate_indicators(
    plan: Plan, year: int, quarter: int, indicators: Iterable[Indicator], values: dict[int, YearValues]
) -> list[IndicatorResult]:
    """The same per-indicator step as evaluate_quarter, for a few indicators after a save."""
    empty = YearValues()
    results = []
    for ind in indicators:
        v = values.get(ind.id, empty)
        ev = evaluate(ind.polarity, ind.aggregation, v.annual_target, v.quarterly_targets, v.realisations,
                      quarter, plan.negative_formula, plan.bands)
        results.append(IndicatorResult(ind, year, quarter, v, ev))
    return results


def late_agencies(db: sqlite_utils.Database, year: int, quarter: int, agencies: Iterable[Agency],
                  owners: set[int]) -> tuple[Agency, ...]:
    """OPDs with indicators whose quarter is still a draft (not submitted to Bappelitbangda)."""
    done = {a for (a,) in db.execute(
        "SELECT agency_id FROM workflow WHERE year = ? AND quarter = ? AND status != 'draft'", [year, quarter])}
    return tuple(a for a in agencies if a.id in owners and a.id not in done)


class LiveFigures:
    """The dashboard figures of one year and quarter, kept up to date incrementally."""

    def __init__(self, db: sqlite_utils.Database, plan: Plan, year: int, quarter: int):
        self.db, self.plan = db, plan
        self.year, self.quarter = year, quarter
        self.figures: DashboardFigures | None = None
        self.reload()

    def set_period(self, year: int, quarter: int) -> DashboardFigures:
        self.year, self.quarter = year, quarter
        return self.reload()

    def reload(self) -> DashboardFigures:
        """Everything again: structure, results and projections."""
        self._agencies = repo.load_agencies(self.db)
        nodes = repo.load_nodes(self.db)
        self._goals = tuple(n for n in nodes if n.node_type == "goal")
        self._objectives = tuple(n for n in nodes if n.node_type == "objective")
        results = evaluate_quarter(self.db, self.year, self.quarter, plan=self.plan)
        self._results = {r.indicator.id: r for r in results}
        self._ancestry = ancestry_of(nodes, (r.indicator for r in results))
        self._projections = {r.indicator.id: project(r.indicator, r.values, self.quarter, self.plan) for r in results}
        return self._rebuild()

    def update(self, indicator_ids: Iterable[int] = ()) -> DashboardFigures:
        """After a save: re-evaluate the changed indicators; an empty set means reload all."""
        ids = [i for i in indicator_ids if i in self._results]
        if not ids or len(ids) > len(self._results) // 4:
            return self.reload()
        values = repo.load_year_values(self.db, self.year, indicator_ids=ids)
        indicators = [self._results[i].indicator for i in ids]
        for r in evaluate_indicators(self.plan, self.year, self.quarter, indicators, values):
            self._results[r.indicator.id] = r
            self._projections[r.indicator.id] = project(r.indicator, r.values, self.quarter, self.plan)
        return self._rebuild()

    def _rebuild(self) -> DashboardFigures:
        results = tuple(self._results.values())
        by_agency: dict[int, list[IndicatorResult]] = {}
        for r in results:
            by_agency.setdefault(r.indicator.agency_id, []).append(r)
        agencies = {a.id: a for a in self._agencies}
        opd = []
        completeness = []
        for a in self._agencies:
            rs = by_agency.get(a.id, [])
            if not rs:
                continue
            mean, band = mean_achievement(rs, self.plan)
            opd.append(OpdAchievement(a, mean, band, sum(1 for r in rs if r.evaluation.computable), len(rs)))
            reported = tuple(sum(1 for r in rs if r.values.realisations.get(q) is not None) for q in (1, 2, 3, 4))
            completeness.append(CompletenessRow(a, len(rs), reported))
        opd.sort(key=lambda o: (o.mean is None, -(o.mean or 0), o.agency.code))
        at_risk = []
        for r in results:
            p = self._projections.get(r.indicator.id)
            if p is not None and p.at_risk:
                at_risk.append(RiskItem(r, p, agencies[r.indicator.agency_id]))
        at_risk.sort(key=lambda item: (item.projection.achievement, item.result.indicator.code))
        # A goal or objective is at risk when one of its own (plan level) indicators is.
        plan_level = [self._ancestry[i.result.indicator.id] for i in at_risk
                      if i.result.indicator.node_type in ("goal", "objective")]
        risky_goals = {g for g, _ in plan_level} - {None}
        risky_objectives = {o for _, o in plan_level} - {None}
        bands = distribution(results, self.plan)
        headline = Headline(
            total=len(results),
            reported=sum(1 for r in results if r.evaluation.reported),
            bands=bands,
            goals_at_risk=len(risky_goals), goals_total=len(self._goals),
            objectives_at_risk=len(risky_objectives), objectives_total=len(self._objectives),
            opds_late=late_agencies(self.db, self.year, self.quarter, self._agencies, set(by_agency)),
            opds_total=len(by_agency),
        )
        self.figures = DashboardFigures(
            self.year, self.quarter, self.plan, results, headline, tuple(opd), tuple(completeness),
            tuple(budget_by_agency(self.db, self.year, self._agencies)), tuple(at_risk),
            self._goals, self._objectives, tuple(self._agencies), self._ancestry,
        )
        return self.figures


def dashboard_figures(db: sqlite_utils.Database, year: int, quarter: int, plan: Plan | None = None) -> DashboardFigures:
    """One-off figures (for the deck, the CLI and tests)."""
    return LiveFigures(db, plan or repo.load_plan(db), year, quarter).figures
