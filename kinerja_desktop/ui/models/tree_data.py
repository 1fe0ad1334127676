"""The indicator tree as plain Python (no Qt): built once per load from the plan nodes and the
one evaluation pass, then read by the Qt model and the filter.

Kept free of Qt so that building it can run in a worker thread and be tested without a GUI.
Within a node, the node's own indicators come first, then its child nodes (the order of the
printed evaluation table).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable

from kinerja_desktop.domain.entities import Node
from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.services.evaluation import IndicatorResult

PARENT_TYPE = {"objective": "goal", "program": "objective", "activity": "program", "sub_activity": "activity"}
NODE_LABELS = {"goal": "Tujuan", "objective": "Sasaran", "program": "Program", "activity": "Kegiatan",
               "sub_activity": "Sub Kegiatan", "indicator": "Indikator"}

UNREPORTED = "Belum dilaporkan"
NOT_COMPUTABLE = "Tidak dapat dihitung"


@dataclass(eq=False)
class TreeRow:
    uid: int
    kind: str                       # a node type or "indicator"
    item_id: int
    code: str
    name: str
    agency_id: int | None
    parent: "TreeRow | None" = None
    row: int = 0                    # position among the parent's children
    children: list["TreeRow"] = field(default_factory=list)
    result: IndicatorResult | None = None
    search: str = ""                # lower-case "code name" for the text filter

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.item_id)

    @property
    def is_indicator(self) -> bool:
        return self.kind == "indicator"

    def ancestors(self) -> Iterable["TreeRow"]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


@dataclass
class TreeData:
    roots: list[TreeRow]
    rows: list[TreeRow]                    # indexed by uid
    by_key: dict[tuple[str, int], TreeRow]
    year: int
    quarter: int

    @property
    def indicator_rows(self) -> list[TreeRow]:
        return [r for r in self.rows if r.is_indicator]

    def structure(self) -> list[tuple[str, int]]:
        """The shape of the tree, to tell a figures-only refresh from a structural one."""
        return [(r.kind, r.item_id, r.parent.uid if r.parent else -1, r.row) for r in self.rows]

    def results(self) -> list[IndicatorResult]:
        return [r.result for r in self.rows if r.result is not None]


def build_tree(nodes: list[Node], results: list[IndicatorResult], year: int, quarter: int,
               only_agency: int | None = None) -> TreeData:
    """Nest nodes and indicators. With `only_agency` (an operator), only that OPD's indicators
    and their ancestors are kept; otherwise every node is shown, even without indicators."""
    rows: list[TreeRow] = []
    by_key: dict[tuple[str, int], TreeRow] = {}

    def new_row(**kwargs) -> TreeRow:
        row = TreeRow(uid=len(rows), **kwargs)
        row.search = f"{row.code} {row.name}".lower()
        rows.append(row)
        by_key[row.key] = row
        return row

    node_rows: dict[tuple[str, int], TreeRow] = {}
    for node in nodes:
        node_rows[(node.node_type, node.id)] = TreeRow(
            uid=-1, kind=node.node_type, item_id=node.id, code=node.code, name=node.name, agency_id=node.agency_id)
    indicators_of: dict[tuple[str, int], list[IndicatorResult]] = {}
    for result in results:
        ind = result.indicator
        if only_agency is not None and ind.agency_id != only_agency:
            continue
        indicators_of.setdefault((ind.node_type, ind.node_id), []).append(result)
    child_nodes: dict[tuple[str, int], list[TreeRow]] = {}
    roots_proto: list[TreeRow] = []
    for node in nodes:
        proto = node_rows[(node.node_type, node.id)]
        if node.node_type == "goal":
            roots_proto.append(proto)
        else:
            parent_key = (PARENT_TYPE[node.node_type], node.parent_id)
            if parent_key in node_rows:  # an orphan (broken data) is left out rather than crash
                child_nodes.setdefault(parent_key, []).append(proto)

    def keep(proto: TreeRow) -> bool:
        if only_agency is None:
            return True
        if proto.key in indicators_of:
            return True
        return any(keep(child) for child in child_nodes.get(proto.key, ()))

    def place(proto: TreeRow, parent: TreeRow | None, siblings: list[TreeRow]) -> None:
        row = new_row(kind=proto.kind, item_id=proto.item_id, code=proto.code, name=proto.name,
                      agency_id=proto.agency_id, parent=parent, row=len(siblings))
        siblings.append(row)
        for result in indicators_of.get(proto.key, ()):
            ind = result.indicator
            child = new_row(kind="indicator", item_id=ind.id, code=ind.code, name=ind.name,
                            agency_id=ind.agency_id, parent=row, row=len(row.children), result=result)
            row.children.append(child)
        for child_proto in child_nodes.get(proto.key, ()):
            if keep(child_proto):
                place(child_proto, row, row.children)

    roots: list[TreeRow] = []
    for proto in roots_proto:
        if keep(proto):
            place(proto, None, roots)
    return TreeData(roots, rows, by_key, year, quarter)


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
    if row.result is None or column in (COL_CODE, COL_NAME, COL_UNIT, COL_RATING):
        if column == COL_RATING and value == NOT_COMPUTABLE:
            return "—"
        return "" if value is None else str(value)
    if column == COL_ACHIEVEMENT:
        if not row.result.evaluation.reported:
            return ""
        return "—" if value is None else format_id(value, 2)
    if value is None:
        return ""
    return format_id(value, row.result.indicator.decimals)


def sort_key(row: TreeRow, column: int):
    """A key that sorts numbers as numbers and puts missing values last, for any column."""
    value = value_of(row, column)
    if value is None:
        return (1, Decimal(0), "")
    if isinstance(value, Decimal):
        return (0, value, "")
    return (0, Decimal(0), str(value).lower())


def load_tree(db, year: int, quarter: int, only_agency: int | None = None, plan=None) -> TreeData:
    """One query pass: the nodes, then the one evaluation of the quarter (never a second one)."""
    from kinerja_desktop.services.evaluation import evaluate_quarter
    from kinerja_desktop.store.repositories import load_nodes

    nodes = load_nodes(db)
    results = evaluate_quarter(db, year, quarter, agency_id=only_agency, plan=plan)
    return build_tree(nodes, results, year, quarter, only_agency=only_agency)
