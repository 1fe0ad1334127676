"""Sorting the indicator tree by a column: numbers as numbers, missing values last, a node's own
indicators before its child nodes in either direction; a branch read later sorts the same way."""
from __future__ import annotations

import gc
from decimal import Decimal

from kinerja_desktop.ui.tree.tree_data import TreeData, TreeRow, value_of


def sort_siblings(tree: TreeData, column: int, ascending: bool = True) -> None:
    """Re-order every list of siblings by a column (column < 0: back to code order), keeping a
    node's own indicators before its child nodes in either direction; updates `row.row`."""
    _sort_lists([tree.roots] + [row.children for row in tree.rows if len(row.children) > 1], column, ascending)


def sort_branch(children: list[TreeRow], column: int, ascending: bool = True) -> None:
    """The same order for a branch just read under a pending program (see graft)."""
    lists, stack = [children], list(children)
    while stack:
        row = stack.pop()
        if row.children:
            lists.append(row.children)
            stack.extend(row.children)
    _sort_lists(lists, column, ascending)


def _sort_lists(lists: list[list[TreeRow]], column: int, ascending: bool) -> None:
    was_enabled = gc.isenabled()
    gc.disable()  # 60 000 new key tuples would wake the cyclic collector over a million objects
    try:
        if column < 0:
            def key(row):
                return row.uid
            reverse = False
        else:
            first_indicator, first_node = (0, 1) if ascending else (1, 0)

            def key(row):  # each row sits in one list, so its key is computed once
                return (first_indicator if row.kind == "indicator" else first_node), sort_key(row, column)
            reverse = not ascending
        for siblings in lists:
            if len(siblings) > 1:
                siblings.sort(key=key, reverse=reverse)
            for position, row in enumerate(siblings):
                row.row = position
    finally:
        if was_enabled:
            gc.enable()


_ZERO = Decimal(0)
_MISSING = (1, _ZERO, "")


def sort_key(row: TreeRow, column: int):
    """A key that sorts numbers as numbers and puts missing values last, for any column."""
    value = value_of(row, column)
    if value is None:
        return _MISSING
    if value.__class__ is Decimal:
        return (0, value, "")
    return (0, _ZERO, str(value).lower())
