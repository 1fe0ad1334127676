"""Columns of the RPJMD evaluation form and what each cell shows: one definition that the .xlsx
and the PDF writers both follow, so both print the same table.

Numbered columns: 1 No, 2 Kode, 3 Tujuan/Sasaran/Program, 4 Indikator (satuan), 5 Kondisi awal;
per plan year k (0-based) T = 6+3k, R = 7+3k, capaian = 8+3k (with its predikat beside it); then
the end of the period: target, realisation to date, capaian to date; last the responsible OPD.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kinerja_desktop.exchange.rpjmd_model import DASH, QUARTERLY_MARK, FormBlock, FormLine, RpjmdForm


@dataclass(frozen=True)
class SubColumn:
    number: int        # the printed column number
    part: str          # 'text', 'K' (a figure), 'pct' (a capaian), 'P' (the predikat beside it)
    field: str         # 'no', 'code', 'name', 'indicator', 'agency', 'baseline', 't', 'r', 'c', 'end_t' ...
    year_index: int | None = None


IDENTITY = 4           # No, Kode, Uraian, Indikator: repeated on both printed halves
BLOCK_FIELDS = ("no", "code", "name")   # merged over a node's indicator rows


def sub_columns(form: RpjmdForm) -> list[SubColumn]:
    subs = [SubColumn(1, "text", "no"), SubColumn(2, "text", "code"), SubColumn(3, "text", "name"),
            SubColumn(4, "text", "indicator"), SubColumn(5, "K", "baseline")]
    for k in range(len(form.years)):
        subs += [SubColumn(6 + 3 * k, "K", "t", k), SubColumn(7 + 3 * k, "K", "r", k),
                 SubColumn(8 + 3 * k, "pct", "c", k), SubColumn(8 + 3 * k, "P", "c", k)]
    n = 6 + 3 * len(form.years)
    subs += [SubColumn(n, "K", "end_t"), SubColumn(n + 1, "K", "end_r"), SubColumn(n + 2, "pct", "end_c"),
             SubColumn(n + 2, "P", "end_c"), SubColumn(n + 3, "text", "agency")]
    return subs


def page_halves(form: RpjmdForm, subs: list[SubColumn]) -> tuple[list[int], list[int]]:
    """0-based sub-column indexes of the left half (identity, baseline, the first years) and the
    right half (identity, the other years, the end of the period, the OPD)."""
    split = (len(form.years) + 2) // 2   # the right half also holds the end of the period and the OPD
    ident = list(range(IDENTITY))
    left = ident + [i for i, s in enumerate(subs)
                    if i >= IDENTITY and (s.field == "baseline" or s.year_index is not None and s.year_index < split)]
    right = ident + [i for i in range(IDENTITY, len(subs)) if i not in left]
    return left, right


def half_numbers(subs: list[SubColumn], half: list[int]) -> str:
    numbers = [subs[i].number for i in half if i >= IDENTITY]
    return f"{numbers[0]}\u2013{numbers[-1]}" if numbers else ""


@dataclass(frozen=True)
class HeaderCell:
    """0-based header rows (0-3) and sub-column indexes, inclusive."""
    row: int
    col: int
    last_row: int
    last_col: int
    text: str
    numbers_row: bool = False


HEADER_ROWS = 4   # group titles, column titles, % / Predikat, column numbers with the arithmetic
TEXT_HEADERS = {"no": "No", "code": "Kode", "name": "Tujuan / Sasaran / Program",
                "indicator": "Indikator Kinerja (Satuan)", "agency": "Perangkat Daerah Penanggung Jawab"}


def header_cells(form: RpjmdForm, subs: list[SubColumn]) -> list[HeaderCell]:
    """The header of the printed form over `subs` (the whole table or one half of it)."""
    cells: list[HeaderCell] = []
    by_number: dict[int, list[int]] = {}
    for i, sub in enumerate(subs):
        by_number.setdefault(sub.number, []).append(i)
    groups: dict[object, list[int]] = {}
    for number, cols in by_number.items():
        sub = subs[cols[0]]
        first, last = cols[0], cols[-1]
        if sub.part == "text" or sub.field == "baseline":
            text = TEXT_HEADERS.get(sub.field) or baseline_title(form)
            cells.append(HeaderCell(0, first, 2, last, text))
        else:
            groups.setdefault(sub.year_index if sub.year_index is not None else "end", []).extend(cols)
            if sub.part == "K":
                cells.append(HeaderCell(1, first, 2, last, figure_title(form, sub)))
            else:
                cells.append(HeaderCell(1, first, 1, last, figure_title(form, sub)))
                cells += [HeaderCell(2, i, 2, i, "%" if subs[i].part == "pct" else "Predikat") for i in cols]
        cells.append(HeaderCell(3, first, 3, last, arithmetic(form, sub), numbers_row=True))
    for key, cols in groups.items():
        if key == "end":
            text = f"Kondisi Kinerja pada Akhir Periode RPJMD ({form.end_year})"
        else:
            text = f"Tahun ke-{key + 1} ({form.years[key]})"
        cells.append(HeaderCell(0, cols[0], 0, cols[-1], text))
    return cells


def baseline_title(form: RpjmdForm) -> str:
    return f"Kondisi Awal Periode RPJMD (Tahun {form.start_year - 1})"


def figure_title(form: RpjmdForm, sub: SubColumn) -> str:
    if sub.field == "baseline":
        return baseline_title(form)
    latest = form.latest_year
    return {"t": "Target (T)", "r": "Realisasi (R)", "c": "Capaian", "end_t": "Target Akhir Periode",
            "end_r": f"Realisasi s.d. Tahun {latest}" if latest else "Realisasi s.d. Tahun Berjalan",
            "end_c": "Capaian s.d. Akhir Periode"}[sub.field]


def arithmetic(form: RpjmdForm, sub: SubColumn) -> str:
    """The column number and, for computed columns, how it is computed (as printed forms show)."""
    n = sub.number
    if sub.field in ("c", "end_c"):
        return f"{n} = {n - 1}/{n - 2} x 100%"
    if sub.field == "end_r":
        last = 7 + 3 * (len(form.years) - 1)
        return f"{n} = jumlah atau akhir (7\u2026{last})"
    return str(n)


# --- what a cell shows ------------------------------------------------------------------------
# kind: 'text', 'bold', 'number' (value: Decimal, decimals), 'percent' (Decimal), 'dash',
#       'band' (band, label), 'not_computable' (label), 'blank'.
NOT_COMPUTABLE = "Tidak dapat dihitung"


def text_value(block: FormBlock, line: FormLine | None, field: str) -> str:
    if field == "no":
        return block.number
    if field == "code":
        return block.code
    if field == "name":
        return block.heading
    if field == "indicator":
        if line is None:
            return ""
        return f"{line.name} ({line.unit})" if line.unit else line.name
    if field == "agency":
        return line.agency if line is not None and line.agency else block.agency
    return ""


def cell(block: FormBlock, line: FormLine | None, sub: SubColumn) -> tuple[str, object]:
    if sub.part == "text":
        text = text_value(block, line, sub.field)
        if not text:
            return "blank", None
        return ("bold" if sub.field in BLOCK_FIELDS else "text"), text
    if line is None:
        return "blank", None
    if sub.year_index is not None:
        y = line.years[sub.year_index]
        if sub.field == "t":
            return _number(y.target, line.decimals)
        if sub.field == "r":
            return _number(y.realisation if y.reported else None, line.decimals)
        if not y.reported:
            return "dash", DASH
        if sub.part == "pct":
            return ("percent", y.achievement) if y.achievement is not None else ("dash", DASH)
        return _band(y.achievement, y.rating, QUARTERLY_MARK if y.quarterly_target_used else "")
    if sub.field == "baseline":
        return _number(line.baseline, line.decimals)
    if sub.field == "end_t":
        return _number(line.end_target, line.decimals)
    if sub.field == "end_r":
        return _number(line.to_date, line.decimals)
    if line.to_date is None:
        return "dash", DASH
    if sub.part == "pct":
        return ("percent", line.achievement_to_date) if line.achievement_to_date is not None else ("dash", DASH)
    return _band(line.achievement_to_date, line.rating_to_date, "")


def _number(value: Decimal | None, decimals: int) -> tuple[str, object]:
    return ("dash", DASH) if value is None else ("number", (value, decimals))


def _band(achievement, band, mark: str) -> tuple[str, object]:
    if achievement is None or band is None:
        return "not_computable", NOT_COMPUTABLE
    return "band", (band, band.label + mark)
