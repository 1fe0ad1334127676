"""The indicator tree as plain Python (no Qt): built once per load from the plan nodes and the
one evaluation pass, then read by the Qt model and the filter.

Kept free of Qt so that building it can run in a worker thread and be tested without a GUI.
Within a node, the node's own indicators come first, then its child nodes (the order of the
printed evaluation table).
"""
from __future__ import annotations

import gc
from dataclasses import dataclass
from typing import Iterable

from kinerja_desktop.domain.entities import Node
from kinerja_desktop.domain.numbers import format_id, shown_text
from kinerja_desktop.services.evaluation import IndicatorResult

PARENT_TYPE = {"objective": "goal", "program": "objective", "activity": "program", "sub_activity": "activity"}
NODE_LABELS = {"goal": "Tujuan", "objective": "Sasaran", "program": "Program", "activity": "Kegiatan",
               "sub_activity": "Sub Kegiatan", "indicator": "Indikator"}

UNREPORTED = "Belum dilaporkan"
NOT_COMPUTABLE = "Tidak dapat dihitung"


class TreeRow:
    """One row of the tree: a plan node or an indicator. Slots keep 60 000 of them cheap."""

    __slots__ = ("uid", "kind", "item_id", "code", "name", "agency_id", "parent", "row", "children",
                 "result", "search", "key", "pending", "owner")

    def __init__(self, uid: int, kind: str, item_id: int, code: str, name: str, agency_id: int | None,
                 parent: "TreeRow | None" = None, row: int = 0, result: IndicatorResult | None = None):
        self.uid = uid
        self.kind = kind                  # a node type or "indicator"
        self.item_id = item_id
        self.code = code
        self.name = name
        self.agency_id = agency_id
        self.parent = parent
        self.row = row                    # position among the parent's children
        self.children: list[TreeRow] = []
        self.result = result
        self.search = f"{code} {name}".lower()   # for the text filter
        self.key = (kind, item_id)
        self.pending = False              # a program whose branch is not read yet (TreeData.partial)
        self.owner = ""                   # a program's OPD code (see label_programs)

    @property
    def is_indicator(self) -> bool:
        return self.kind == "indicator"

    def ancestors(self) -> Iterable["TreeRow"]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def __repr__(self) -> str:
        return f"TreeRow({self.kind} {self.code})"


@dataclass
class TreeData:
    roots: list[TreeRow]
    rows: list[TreeRow]                    # indexed by uid
    by_key: dict[tuple[str, int], TreeRow]
    year: int
    quarter: int
    _shape: list | None = None
    partial: bool = False                  # programs' branches not read yet (load_skeleton)
    indicator_total: int | None = None     # all active indicators, when partial

    @property
    def indicator_rows(self) -> list[TreeRow]:
        return [r for r in self.rows if r.is_indicator]

    @property
    def indicator_count(self) -> int:
        return self.indicator_total if self.partial and self.indicator_total is not None else len(self.indicator_rows)

    def structure(self) -> list[tuple]:
        """The shape of the tree, to tell a figures-only refresh from a structural one (cached)."""
        if self._shape is None:  # rows are in build (code) order, so a re-sorted view has the same shape
            self._shape = [(r.kind, r.item_id, r.parent.uid if r.parent else -1) for r in self.rows]
        return self._shape

    def results(self) -> list[IndicatorResult]:
        return [r.result for r in self.rows if r.result is not None]


def build_tree(nodes: list[Node], results: list[IndicatorResult], year: int, quarter: int,
               only_agency: int | None = None, pending_types: tuple[str, ...] = ()) -> TreeData:
    """Nest nodes and indicators. With `only_agency` (an operator), only that OPD's indicators
    and their ancestors are kept; otherwise every node is shown, even without indicators.
    Nodes of `pending_types` get no children: they are marked pending, to be read later."""
    # Tens of thousands of new linked objects would trigger the cyclic collector over and over.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build_tree(nodes, results, year, quarter, only_agency, pending_types)
    finally:
        if was_enabled:
            gc.enable()


def _index(nodes: list[Node], results: list[IndicatorResult], only_agency: int | None,
           known: set[tuple[str, int]]) -> tuple[dict, dict]:
    """Indicators per node key, and child nodes per parent key (orphans left out)."""
    indicators_of: dict[tuple[str, int], list[IndicatorResult]] = {}
    for result in results:
        ind = result.indicator
        if only_agency is None or ind.agency_id == only_agency:
            indicators_of.setdefault((ind.node_type, ind.node_id), []).append(result)
    known |= {(node.node_type, node.id) for node in nodes}
    child_nodes: dict[tuple[str, int], list[Node]] = {}
    for node in nodes:
        if node.node_type != "goal":
            parent_key = (PARENT_TYPE[node.node_type], node.parent_id)
            if parent_key in known:  # an orphan (broken data) is left out rather than crash
                child_nodes.setdefault(parent_key, []).append(node)
    return indicators_of, child_nodes


def _fill(rows: list[TreeRow], row: TreeRow, children: list[TreeRow], indicators_of: dict,
          child_nodes: dict, stack: list) -> None:
    """Place a node's own indicators into `children`, and queue its child nodes after them."""
    for result in indicators_of.get(row.key, ()):
        ind = result.indicator
        child = TreeRow(len(rows), "indicator", ind.id, ind.code, ind.name, ind.agency_id, row, len(children),
                        result)
        children.append(child)
        rows.append(child)
    stack.extend((child_node, row, children) for child_node in reversed(child_nodes.get(row.key, ())))


def _grow(rows: list[TreeRow], stack: list, indicators_of: dict, child_nodes: dict,
          wanted: set | None, pending_types: tuple[str, ...]) -> None:
    """Iterative depth-first placement: parents before children, uids in display order."""
    while stack:
        node, parent, siblings = stack.pop()
        key = (node.node_type, node.id)
        if wanted is not None and key not in wanted:
            continue
        row = TreeRow(len(rows), node.node_type, node.id, node.code, node.name, node.agency_id, parent, len(siblings))
        siblings.append(row)
        rows.append(row)
        if node.node_type in pending_types:
            row.pending = True
            continue
        _fill(rows, row, row.children, indicators_of, child_nodes, stack)


def _build_tree(nodes, results, year, quarter, only_agency, pending_types) -> TreeData:
    indicators_of, child_nodes = _index(nodes, results, only_agency, set())
    wanted: set[tuple[str, int]] | None = None
    if only_agency is not None:  # the nodes on a path to one of the OPD's indicators
        wanted = set()
        parent_of = {(n.node_type, n.id): (PARENT_TYPE.get(n.node_type), n.parent_id) for n in nodes}
        for key in indicators_of:
            while key in parent_of and key not in wanted:
                wanted.add(key)
                key = parent_of[key]
    rows: list[TreeRow] = []
    roots: list[TreeRow] = []
    stack = [(goal, None, roots) for goal in reversed([n for n in nodes if n.node_type == "goal"])]
    _grow(rows, stack, indicators_of, child_nodes, wanted, pending_types)
    return TreeData(roots, rows, {row.key: row for row in rows}, year, quarter)


def graft(tree: TreeData, row: TreeRow, nodes: list[Node], results: list[IndicatorResult]) -> list[TreeRow]:
    """The rows under a pending program, built from its branch's nodes and indicators.

    The new rows get uids and are registered in the tree, but are returned rather than attached
    to `row.children`: the Qt model announces the insertion before it attaches them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        indicators_of, child_nodes = _index(nodes, results, None, {row.key})
        children: list[TreeRow] = []
        stack: list = []
        start = len(tree.rows)
        _fill(tree.rows, row, children, indicators_of, child_nodes, stack)
        _grow(tree.rows, stack, indicators_of, child_nodes, None, ())
        for new in tree.rows[start:]:
            tree.by_key[new.key] = new
        tree._shape = None
        return children
    finally:
        if was_enabled:
            gc.enable()


def label_programs(tree: TreeData, agency_codes: dict[int, str]) -> None:
    """Name each program's OPD: OPDs sharing a bidang run programs with the same code and name
    (eight kecamatan each have 7.01.01), which would otherwise be identical rows."""
    for row in tree.rows:
        if row.kind == "program" and row.agency_id in agency_codes:
            row.owner = agency_codes[row.agency_id]
            row.search = f"{row.code} {row.name} {row.owner}".lower()


def status_label(result: IndicatorResult | None) -> str | None:
    """The rating filter's word for an indicator: a band label, unreported or not computable."""
    if result is None:
        return None
    ev = result.evaluation
    if not ev.reported:
        return UNREPORTED
    if ev.rating is None:
        return NOT_COMPUTABLE
    return ev.rating.label


def visible_uids(tree: TreeData, text: str = "", agency_id: int | None = None,
                 rating: str | None = None) -> set[int] | None:
    """The rows to show for a filter; None when no filter is active (show everything).

    An indicator is shown when it passes the OPD and rating filters and its code/name, or a
    code/name of one of its ancestors, contains the text. A node is shown when one of its
    indicators is shown, or when it matches the text itself (no rating filter; its OPD fits).
    Every shown row brings its ancestors, so a match is never orphaned.
    """
    needle = text.strip().lower()
    if not needle and agency_id is None and not rating:
        return None
    visible: set[int] = set()

    def show(row: TreeRow) -> None:
        while row is not None and row.uid not in visible:
            visible.add(row.uid)
            row = row.parent

    stack = [(root, False) for root in reversed(tree.roots)]
    while stack:
        row, ancestor_matched = stack.pop()
        matched = ancestor_matched or not needle or needle in row.search
        if row.is_indicator:
            if (matched and (agency_id is None or row.agency_id == agency_id)
                    and (not rating or status_label(row.result) == rating)):
                show(row)
            continue
        if needle and needle in row.search and not rating and agency_id in (None, row.agency_id):
            show(row)
        stack.extend((child, matched) for child in reversed(row.children))
    return visible


COL_CODE, COL_NAME, COL_UNIT, COL_TARGET = 0, 1, 2, 3
COL_Q1, COL_Q4 = 4, 7
COL_REALISATION, COL_ACHIEVEMENT, COL_RATING = 8, 9, 10
COLUMN_COUNT = 11
NUMERIC_COLUMNS = frozenset(range(COL_TARGET, COL_ACHIEVEMENT + 1))
FIGURE_COLUMNS = NUMERIC_COLUMNS | {COL_RATING}   # what a new period or new data changes


OUT_OF_RANGE_MARK = "\u26a0 galat"     # short: it fits the quarter column; the tooltip says more


def out_of_range_tip(row: TreeRow, column: int) -> str | None:
    """The tooltip of a quarter cell whose stored text breaks the number rule, else None."""
    if row.result is None or not COL_Q1 <= column <= COL_Q4:
        return None
    raw = row.result.values.bad_realisations.get(column - COL_Q1 + 1)
    if raw is None:
        return None
    return (f"Nilai tersimpan di luar batas angka (15 angka penting, di bawah 10^15): '{shown_text(raw)}'. "
            "Tidak dihitung; perbaiki di isian.")


def value_of(row: TreeRow, column: int):
    """The raw value of a cell: Decimal for figures, text otherwise, None when empty."""
    if column == COL_CODE:
        return row.code
    if column == COL_NAME:
        return row.name
    result = row.result
    if result is None:
        return None
    if column == COL_UNIT:
        return result.indicator.unit
    if column == COL_TARGET:
        return result.values.annual_target
    if COL_Q1 <= column <= COL_Q4:
        quarter = column - COL_Q1 + 1
        return result.values.realisations.get(quarter) if quarter <= result.quarter else None
    if column == COL_REALISATION:
        return result.evaluation.realisation
    if column == COL_ACHIEVEMENT:
        return result.evaluation.achievement
    if column == COL_RATING:
        return status_label(result)
    return None


def display_of(row: TreeRow, column: int) -> str:
    """The text of a cell, Indonesian number format with the indicator's decimals."""
    value = value_of(row, column)
    if column == COL_NAME and row.owner:
        return f"{row.owner} · {row.name}"   # first: a long program name is elided at its end
    if row.result is None or column in (COL_CODE, COL_NAME, COL_UNIT, COL_RATING):
        if column == COL_RATING and value == NOT_COMPUTABLE:
            return "—"
        return "" if value is None else str(value)
    if column == COL_ACHIEVEMENT:
        if not row.result.evaluation.reported:
            return ""
        return "—" if value is None else format_id(value, 2)
    if value is None:
        if COL_Q1 <= column <= COL_Q4 and column - COL_Q1 + 1 in row.result.values.bad_realisations:
            return OUT_OF_RANGE_MARK   # a stored text outside the number rule: not counted (kinerja check)
        return ""
    return format_id(value, row.result.indicator.decimals)


def load_tree(db, year: int, quarter: int, only_agency: int | None = None, plan=None, evaluations=None) -> TreeData:
    """One query pass: the nodes, then the one evaluation of the quarter (never a second one)."""
    from kinerja_desktop.services.evaluation import evaluate_quarter
    from kinerja_desktop.services.reads import load_nodes

    was_enabled = gc.isenabled()
    gc.disable()  # the pass creates ~10 objects per indicator; see build_tree
    try:
        plan = plan or _plan_of(db, year)   # the chosen plan period (issue 13)
        nodes = load_nodes(db, plan_id=plan.id)
        if evaluations is not None:   # shared with the dashboard and the slides (issue 14)
            results = evaluations.results(db, year, quarter, plan, agency_id=only_agency)
        else:
            results = evaluate_quarter(db, year, quarter, agency_id=only_agency, plan=plan)
        tree = build_tree(nodes, results, year, quarter, only_agency=only_agency)
        label_programs(tree, _agency_codes(db))
        tree.structure()  # computed here, in the worker, not on the GUI thread
        return tree
    finally:
        if was_enabled:
            gc.enable()


SKELETON_TYPES = ("goal", "objective", "program")


def load_skeleton(db, year: int, quarter: int, plan=None) -> TreeData:
    """The first view of a large plan, read in a few milliseconds: goals, objectives and their
    indicators evaluated, and the programs marked pending. A program's branch is read when it
    is opened (load_branch) until the whole tree (load_tree) replaces the skeleton."""
    from kinerja_desktop.services import reads

    plan = plan or _plan_of(db, year)
    results = _evaluate(db, year, quarter, plan, reads.load_indicators(db, node_types=("goal", "objective"),
                                                                        plan_id=plan.id))
    tree = build_tree(reads.load_nodes(db, SKELETON_TYPES, plan_id=plan.id), results, year, quarter,
                      pending_types=("program",))
    label_programs(tree, _agency_codes(db))
    tree.partial = True
    tree.indicator_total = reads.count_indicators(db, plan_id=plan.id)
    return tree


def load_branch(db, tree: TreeData, row: TreeRow, plan=None) -> list[TreeRow]:
    """The activities, sub-activities and indicators under a pending program, evaluated for the
    tree's year and quarter by the same rule (see graft for how they are attached)."""
    from kinerja_desktop.services import reads

    results = _evaluate(db, tree.year, tree.quarter, plan, reads.load_indicators(db, under_program=row.item_id))
    return graft(tree, row, reads.load_program_branch(db, row.item_id), results)


def _plan_of(db, year: int):
    from kinerja_desktop.services.reads import load_plan

    return load_plan(db, year=year)


def _agency_codes(db) -> dict[int, str]:
    from kinerja_desktop.services.reads import load_agencies

    return {agency.id: agency.code for agency in load_agencies(db)}


def _evaluate(db, year: int, quarter: int, plan, indicators) -> list[IndicatorResult]:
    from kinerja_desktop.services.evaluation import evaluate_quarter
    from kinerja_desktop.services.reads import load_year_values

    values = load_year_values(db, year, indicator_ids=[ind.id for ind in indicators])
    return evaluate_quarter(db, year, quarter, plan=plan, indicators=indicators, values=values)
