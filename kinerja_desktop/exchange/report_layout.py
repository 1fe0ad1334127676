"""Sub-columns of the evaluation table and the value each one shows for a row, shared by the
xlsx and PDF writers so that both print exactly the same table."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kinerja_desktop.domain.achievement import RatingBand
from kinerja_desktop.exchange.report_model import Block, Column, IndicatorLine, Report, columns


@dataclass(frozen=True)
class SubColumn:
    column: Column
    part: str       # 'text', 'K', 'Rp' or 'P' (predikat beside a K capaian)
    field: str      # which figure: see cell_value


_VALUE_FIELDS = {6: "end", 7: "before", 8: "target", 9: "q1", 10: "q2", 11: "q3", 12: "q4",
                 13: "this_year", 14: "to_date", 15: "pct_year", 16: "pct_to_date"}


def sub_columns(report: Report) -> list[SubColumn]:
    subs = []
    for col in columns(report):
        if col.kind == "text":
            subs.append(SubColumn(col, "text", str(col.number)))
        elif col.kind == "value":
            subs += [SubColumn(col, "K", _VALUE_FIELDS[col.number]), SubColumn(col, "Rp", _VALUE_FIELDS[col.number])]
        else:
            subs += [SubColumn(col, "K", _VALUE_FIELDS[col.number]), SubColumn(col, "P", _VALUE_FIELDS[col.number]),
                     SubColumn(col, "Rp", _VALUE_FIELDS[col.number])]
    return subs


IDENTITY_COLUMNS = 5          # No, Sasaran, Kode, Uraian, Indikator: repeated on both page halves
SPLIT_BEFORE = 13             # the right half starts at "Realisasi ... yang dievaluasi"


def page_halves(subs: list[SubColumn]) -> tuple[list[int], list[int]]:
    """0-based sub-column indexes of the left and right printed halves; both start with the
    identifying columns (a reader lays the two pages side by side)."""
    ident = [i for i, s in enumerate(subs) if s.column.number <= IDENTITY_COLUMNS]
    left = ident + [i for i, s in enumerate(subs) if IDENTITY_COLUMNS < s.column.number < SPLIT_BEFORE]
    right = ident + [i for i, s in enumerate(subs) if s.column.number >= SPLIT_BEFORE]
    return left, right


SUB_LABELS = {"K": "K", "Rp": "Rp", "P": "Predikat"}

# Merged per block (node) when it has several indicator rows: the node's own columns.
BLOCK_FIELDS = {"1", "2", "3", "4"}


def kinerja_value(line: IndicatorLine, field: str) -> Decimal | None:
    k = line.kinerja
    return {
        "end": k.end_target, "before": k.before, "target": k.target,
        "q1": k.quarters[0], "q2": k.quarters[1], "q3": k.quarters[2], "q4": k.quarters[3],
        "this_year": k.this_year, "to_date": k.to_date,
        "pct_year": k.achievement, "pct_to_date": k.achievement_to_date,
    }[field]


def money_value(block: Block, field: str) -> Decimal | None:
    m = block.money
    if m is None:
        return None
    return {
        "end": m.end, "before": m.before, "target": m.pagu,
        "q1": m.quarters[0], "q2": m.quarters[1], "q3": m.quarters[2], "q4": m.quarters[3],
        "this_year": m.this_year, "to_date": m.to_date, "pct_year": m.pct_year, "pct_to_date": m.pct_to_date,
    }[field]


def rating_of(line: IndicatorLine, field: str) -> tuple[RatingBand | None, str]:
    """The band and the label printed beside a capaian (colour is never the only signal)."""
    k = line.kinerja
    ach, band = (k.achievement, k.rating) if field == "pct_year" else (k.achievement_to_date, k.rating_to_date)
    if field == "pct_year" and not k.reported:
        return None, "Belum dilaporkan"
    if ach is None:
        if field == "pct_to_date" and k.to_date is None:
            return None, ""
        return None, "Tidak dapat dihitung"
    mark = "*" if field == "pct_year" and k.quarterly_target_used else ""
    return band, band.label + mark if band else ""


def text_value(block: Block, line: IndicatorLine | None, field: str) -> str:
    if field == "1":
        return block.number
    if field == "2":
        return block.sasaran
    if field == "3":
        return block.code
    if field == "4":
        return block.name
    if field == "5":
        if line is None:
            return ""
        unit = f" ({line.unit})" if line.unit else ""
        return f"{line.name}{unit}"
    if field == "17":
        return line.agency if line is not None else block.agency
    return ""


def is_percent_field(field: str) -> bool:
    return field in ("pct_year", "pct_to_date")


@dataclass(frozen=True)
class HeaderCell:
    """A header cell of the printed form, 0-based rows (0-3) and sub-column indexes, inclusive."""
    row: int
    col: int
    last_row: int
    last_col: int
    text: str
    numbers_row: bool = False


HEADER_ROWS = 4   # titles, quarter labels, K/Rp, column numbers with the arithmetic


def header_cells(report: Report, subs: list[SubColumn]) -> list[HeaderCell]:
    from kinerja_desktop.exchange.report_model import QUARTER_GROUP

    spans: dict[int, list[int]] = {}
    for i, sub in enumerate(subs):
        spans.setdefault(sub.column.number, []).append(i)
    cells = []
    for number, cols in spans.items():
        col = subs[cols[0]].column
        first, last = cols[0], cols[-1]
        if col.kind == "text":
            cells.append(HeaderCell(0, first, 2, last, col.header))
        elif number in (9, 10, 11, 12):
            cells.append(HeaderCell(1, first, 1, last, col.header))
        else:
            cells.append(HeaderCell(0, first, 1, last, col.header))
        if col.kind != "text":
            cells += [HeaderCell(2, i, 2, i, SUB_LABELS[subs[i].part]) for i in cols]
        cells.append(HeaderCell(3, first, 3, last, col.arithmetic, numbers_row=True))
    quarter_cols = [i for n in (9, 10, 11, 12) for i in spans.get(n, ())]
    if quarter_cols:   # absent from the right printed half
        cells.append(HeaderCell(0, quarter_cols[0], 0, quarter_cols[-1], QUARTER_GROUP))
    return cells


def width_key(sub: SubColumn) -> str:
    """Key of a sub-column's relative width (see the writers' width tables)."""
    if sub.part == "text":
        return sub.field
    if sub.part == "Rp" and is_percent_field(sub.field):
        return "Rp%"
    return sub.part
