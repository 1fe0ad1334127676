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
from itertools import chain
from operator import itemgetter
from typing import Iterable

import sqlite_utils

from kinerja_desktop.domain.achievement import NOT_COMPUTABLE_COLOUR, RatingBand, evaluate
from kinerja_desktop.domain.entities import Agency, Indicator, Node, Plan, YearValues
from kinerja_desktop.services.budget_figures import BudgetBook, BudgetRow
from kinerja_desktop.services.evaluation import IndicatorResult, band_counts, evaluate_quarter, gc_paused, mean_achievement
from kinerja_desktop.services.projection import Projection, project
from kinerja_desktop.store import repositories as repo

NOT_REPORTED = "Belum dilaporkan"
NOT_COMPUTABLE = "Tidak dapat dihitung"
NOT_REPORTED_COLOUR = "#CFD8DC"
LEVELS = {"goal": 0, "objective": 1, "program": 2, "activity": 3, "sub_activity": 4}


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
    at_risk: tuple[RiskItem, ...]                   # goal, objective ... level first; worst first
    goals: tuple[Node, ...]
    objectives: tuple[Node, ...]
    agencies: tuple[Agency, ...]
    ancestry: dict[int, tuple[int | None, int | None]] = field(repr=False)   # indicator -> (goal, objective)
    # False for the first figures (bands, OPDs, completeness) handed out before the projections
    # and the budget: at_risk and budget are empty then, and the at-risk counts not known yet.
    complete: bool = True

    def scope_results(self, scope: str = "plan", key: int | None = None) -> list[IndicatorResult]:
        """Results of the plan, a goal, an objective or an OPD (scope 'plan'|'goal'|'objective'|'agency')."""
        if scope == "plan":
            return list(self.results)
        if scope == "agency":
            return [r for r in self.results if r.indicator.agency_id == key]
        position = 0 if scope == "goal" else 1
        return [r for r in self.results if self.ancestry.get(r.indicator.id, (None, None))[position] == key]

    def distribution(self, scope: str = "plan", key: int | None = None) -> tuple[BandCount, ...]:
        if scope == "plan":
            return self.headline.bands
        return distribution(self.scope_results(scope, key), self.plan)

    def distributions(self, scope: str) -> dict[int, tuple[BandCount, ...]]:
        """The distribution of every goal ('goal') or objective ('objective'), in one pass."""
        position = 0 if scope == "goal" else 1
        groups: dict[int, list[IndicatorResult]] = {}
        for r in self.results:
            key = self.ancestry.get(r.indicator.id, (None, None))[position]
            if key is not None:
                groups.setdefault(key, []).append(r)
        return {key: distribution(rs, self.plan) for key, rs in groups.items()}


def distribution(results: Iterable[IndicatorResult], plan: Plan) -> tuple[BandCount, ...]:
    """Band counts (band order, then not computable and not reported) from `band_counts`."""
    return bands_from_counts(band_counts(list(results), plan), plan)


def bands_from_counts(counts: dict[str, int], plan: Plan) -> tuple[BandCount, ...]:
    counts = {label: counts.get(label, 0) for label in [b.label for b in plan.bands] + [NOT_COMPUTABLE, NOT_REPORTED]}
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


@dataclass(frozen=True)
class AgencyPart:
    """The figures of one OPD; after a save only the OPDs of the changed indicators are redone."""
    opd: OpdAchievement
    completeness: CompletenessRow
    counts: dict[str, int]
    reported: int
    risks: tuple[tuple, ...]          # (sort key, RiskItem), worst first
    risky_goals: frozenset[int]
    risky_objectives: frozenset[int]
    budget: BudgetRow | None


@dataclass(frozen=True)
class YearData:
    """What a period change can keep of the figures of another period: the plan's structure (any
    year), and for another quarter of the same year the indicators, the year's values and the
    budget book, all as current as those figures (a save updates them through `LiveFigures.update`)."""
    year: int
    agencies: list[Agency]
    nodes: list[Node]
    indicators: list[Indicator]
    values: dict[int, YearValues]
    budget: BudgetBook
    ancestry: dict[int, tuple[int | None, int | None]]


class LiveFigures:
    """The dashboard figures of one year and quarter, kept up to date incrementally."""

    def __init__(self, db: sqlite_utils.Database, plan: Plan, year: int, quarter: int,
                 reuse: YearData | None = None, evaluations=None, first=None):
        """`evaluations`: an EvaluationCache shared with the tree and the slides (issue 14);
        `first(figures)`: called with the first figures before the projections and the budget."""
        self.db, self.plan = db, plan
        self.year, self.quarter = year, quarter
        self.figures: DashboardFigures | None = None
        self.evaluations = evaluations
        self._first = first
        # The plan's structure is kept for any year; its values and budget for the same year only.
        self._reuse = reuse
        self.reload()

    def year_data(self) -> YearData:
        """A copy of this year's rows for the figures of another quarter (issue 14: a quarter
        change evaluates again but reads nothing again)."""
        results = list(self._results.values())
        return YearData(self.year, list(self._agencies), list(self._nodes), [r.indicator for r in results],
                        {r.indicator.id: r.values for r in results}, self._budget.copy(),
                        self._ancestry)

    def attach(self, db: sqlite_utils.Database | None) -> None:
        """Use another connection from now on (the figures were built on a worker's)."""
        self.db = db
        self._budget.db = db

    def set_period(self, year: int, quarter: int) -> DashboardFigures:
        if self.figures is not None:
            self._reuse = self.year_data()
        self.year, self.quarter = year, quarter
        return self.reload()

    def reload(self) -> DashboardFigures:
        """Everything again: structure, results, projections and every OPD's figures."""
        with gc_paused():
            return self._reload()

    def _reload(self) -> DashboardFigures:
        reuse, self._reuse = self._reuse, None   # once: a later reload reads everything again
        first, self._first = self._first, None
        if reuse is not None:
            self._agencies, nodes = reuse.agencies, reuse.nodes
        else:
            self._agencies = repo.load_agencies(self.db)
            nodes = repo.load_nodes(self.db, plan_id=self.plan.id)
        if self.evaluations is not None:
            results = self.evaluations.results(self.db, self.year, self.quarter, self.plan)
        elif reuse is not None and reuse.year == self.year:
            results = evaluate_quarter(self.db, self.year, self.quarter, plan=self.plan,
                                       indicators=reuse.indicators, values=reuse.values)
        else:
            results = evaluate_quarter(self.db, self.year, self.quarter, plan=self.plan)
        self._nodes = nodes
        self._goals = tuple(n for n in nodes if n.node_type == "goal")
        self._objectives = tuple(n for n in nodes if n.node_type == "objective")
        self._results = {r.indicator.id: r for r in results}
        kept = reuse is not None and all(r.indicator.id in reuse.ancestry for r in results)
        self._ancestry = reuse.ancestry if kept else ancestry_of(nodes, (r.indicator for r in results))
        self._members: dict[int, list[int]] = {}
        for r in results:
            self._members.setdefault(r.indicator.agency_id, []).append(r.indicator.id)
        first_parts = {}
        if first is not None:   # the bands, OPDs and completeness now; projections and budget follow
            self._projections, self._budget = {}, None
            first_parts = self._parts = {a.id: self._part(a) for a in self._agencies if a.id in self._members}
            first(self._rebuild(complete=False))
        self._projections = {r.indicator.id: project(r.indicator, r.values, self.quarter, self.plan, only_at_risk=True)
                             for r in results}
        if reuse is not None and reuse.year == self.year:
            self._budget = reuse.budget
            self._budget.db = self.db
        else:
            self._budget = BudgetBook(self.db, self.year, self._agencies)
        self._parts = {a.id: self._part(a, first_parts.get(a.id)) for a in self._agencies if a.id in self._members}
        return self._rebuild()

    def update(self, indicator_ids: Iterable[int] = ()) -> DashboardFigures:
        """After a save: re-evaluate the changed indicators and redo their OPDs' figures;
        an empty set means "anything may have changed": reload everything."""
        ids = [i for i in indicator_ids if i in self._results]
        if not ids or len(ids) > max(len(self._results) // 4, 1):
            return self.reload()
        values = repo.load_year_values(self.db, self.year, indicator_ids=ids)
        indicators = [self._results[i].indicator for i in ids]
        for r in evaluate_indicators(self.plan, self.year, self.quarter, indicators, values):
            self._results[r.indicator.id] = r
            self._projections[r.indicator.id] = project(r.indicator, r.values, self.quarter, self.plan, only_at_risk=True)
        touched = [a for a in self._agencies if a.id in {ind.agency_id for ind in indicators}]
        self._budget.refresh_spending(a.id for a in touched)   # the entry form saves spending too
        for agency in touched:
            self._parts[agency.id] = self._part(agency)
        return self._rebuild()

    def _part(self, agency: Agency, first: AgencyPart | None = None) -> AgencyPart:
        """The OPD's figures; `first`: its first figures, whose counts are kept (same results)."""
        rs = [self._results[i] for i in self._members[agency.id]]
        if first is None:
            mean, band = mean_achievement(rs, self.plan)
            opd = OpdAchievement(agency, mean, band, sum(1 for r in rs if r.evaluation.computable), len(rs))
            reported = [0, 0, 0, 0]
            for r in rs:
                for q in r.values.realisations:
                    reported[q - 1] += 1
        risks = []
        goals, objectives = set(), set()
        for r in rs:
            p = self._projections.get(r.indicator.id)
            if p is not None and p.at_risk:
                # Plan-level indicators first, then the worst projection. The float is only a sort
                # key (Decimal comparisons are slow for thousands of items).
                key = (LEVELS[r.indicator.node_type], float(p.achievement), r.indicator.code)
                risks.append((key, RiskItem(r, p, agency)))
                # A goal or objective is at risk when one of its own (plan level) indicators is.
                if r.indicator.node_type in ("goal", "objective"):
                    goal, objective = self._ancestry[r.indicator.id]
                    goals.add(goal)
                    objectives.add(objective)
        risks.sort(key=itemgetter(0))
        if first is not None:
            return AgencyPart(first.opd, first.completeness, first.counts, first.reported, tuple(risks),
                              frozenset(goals - {None}), frozenset(objectives - {None}),
                              None if self._budget is None else self._budget.row(agency.id))
        return AgencyPart(opd, CompletenessRow(agency, len(rs), tuple(reported)), band_counts(rs, self.plan),
                          sum(1 for r in rs if r.evaluation.reported), tuple(risks),
                          frozenset(goals - {None}), frozenset(objectives - {None}),
                          None if self._budget is None else self._budget.row(agency.id))

    def _rebuild(self, complete: bool = True) -> DashboardFigures:
        parts = [self._parts[a.id] for a in self._agencies if a.id in self._parts]
        opd = sorted((p.opd for p in parts), key=lambda o: (o.mean is None, -(o.mean or 0), o.agency.code))
        at_risk = [item for _, item in sorted(chain.from_iterable(p.risks for p in parts), key=itemgetter(0))]
        counts: dict[str, int] = {}
        for p in parts:
            for label, n in p.counts.items():
                counts[label] = counts.get(label, 0) + n
        headline = Headline(
            total=len(self._results),
            reported=sum(p.reported for p in parts),
            bands=bands_from_counts(counts, self.plan),
            goals_at_risk=len(frozenset().union(*(p.risky_goals for p in parts))), goals_total=len(self._goals),
            objectives_at_risk=len(frozenset().union(*(p.risky_objectives for p in parts))),
            objectives_total=len(self._objectives),
            opds_late=late_agencies(self.db, self.year, self.quarter, self._agencies, set(self._parts)),
            opds_total=len(parts),
        )
        self.figures = DashboardFigures(
            self.year, self.quarter, self.plan, tuple(self._results.values()), headline, tuple(opd),
            tuple(p.completeness for p in parts), tuple(p.budget for p in parts if p.budget is not None),
            tuple(at_risk), self._goals, self._objectives, tuple(self._agencies), self._ancestry, complete,
        )
        return self.figures


def dashboard_figures(db: sqlite_utils.Database, year: int, quarter: int, plan: Plan | None = None,
                      evaluations=None) -> DashboardFigures:
    """One-off figures (for the deck, the CLI and tests); `evaluations`: a shared EvaluationCache."""
    return LiveFigures(db, plan or repo.load_plan(db, year=year), year, quarter, evaluations=evaluations).figures
