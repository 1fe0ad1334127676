"""A small, strict .xlsx cell reader for packages, over an archive safe_zip has checked.

Why not openpyxl or calamine alone: a package import must tell a formula without a saved
result from an empty cell, see a cell's number format (percent, date), see merged cells and
the sheet's visibility, and do it fast for 40 files. openpyxl's read-only mode loses formulas
when it keeps cached values and costs ~10 ms a workbook; calamine shows neither formats nor
formulas. This reader parses only the parts a package needs, from an archive safe_zip has
checked in full: sizes capped, every XML part UTF-8 and free of any DTD (so no entity can be
declared, let alone expanded). That check is what makes expat safe here; the C ElementTree
parser is then used for speed (defusedxml's pure-Python parser was 5x slower on 40 packages).
"""
from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from dataclasses import dataclass, field

from python_calamine import CalamineWorkbook

from kinerja_desktop.exchange.calamine_bounds import TooManyRows, grid_is_small
from kinerja_desktop.exchange.cells import FormulaWithoutValue
from kinerja_desktop.exchange.xlsx_parts import (  # noqa: F401 - SheetProblem and unescape_ooxml are used from here
    SheetProblem, _attr, _cell_formats, _find_part, _local, _read_part, _relationships, _shared_strings, _xml,
    col_index, unescape_ooxml,
)

_CELL_REF = re.compile(r"^([A-Z]{1,3})(\d+)$")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_ERROR = re.compile(rb"\st=\"e\"")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([^\"]+)\"")
_EPOCH = _dt.datetime(1899, 12, 30)
_BUILTIN_PERCENT = re.compile(rb"numFmtId=\"(?:9|10)\"")


@dataclass
class Cell:
    value: object            # str, float, int, bool, datetime, FormulaWithoutValue, None
    number_format: str = "General"
    error: bool = False      # an Excel error value (#REF!, #DIV/0! ...)
    formula: bool = False


@dataclass
class Sheet:
    """A sheet's cells by (row, column), 1-based. Filled either as Cell objects (full reader) or
    as calamine's row lists (fast path: a Cell is made only for the cells asked for)."""
    name: str
    state: str               # 'visible', 'hidden', 'veryHidden'
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)
    merged: list[str] = field(default_factory=list)
    max_row: int = 0
    rows: list[list] | None = None

    def raw(self, row: int, col: int):
        if self.rows is None:
            cell = self.cells.get((row, col))
            return None if cell is None else cell.value
        if 0 < row <= len(self.rows):
            values = self.rows[row - 1]
            if 0 < col <= len(values):
                value = values[col - 1]
                return None if isinstance(value, str) and value == "" else value
        return None

    value = raw

    def get(self, row: int, col: int) -> Cell | None:
        if self.rows is None:
            return self.cells.get((row, col))
        value = self.raw(row, col)
        return None if value is None else Cell(value)

    def cells_at(self, row: int, cols: tuple[int, ...]) -> list[Cell | None]:
        """get(row, c) for each column of `cols`, the row looked up once."""
        if self.rows is None:
            return [self.cells.get((row, c)) for c in cols]
        values = self.rows[row - 1] if 0 < row <= len(self.rows) else ()
        n = len(values)
        out = []
        for c in cols:
            value = values[c - 1] if 0 < c <= n else None
            out.append(None if value is None or (isinstance(value, str) and value == "") else Cell(value))
        return out

    def row_values(self, row: int, ncols: int) -> tuple:
        """The first `ncols` values of a row, empty cells as None."""
        if self.rows is None:
            return tuple(self.raw(row, c) for c in range(1, ncols + 1))
        values = self.rows[row - 1][:ncols] if 0 < row <= len(self.rows) else []
        if len(values) == ncols and "" not in values:
            return tuple(values)        # the common case: every cell filled
        out = tuple(None if isinstance(v, str) and v == "" else v for v in values)
        return out + (None,) * (ncols - len(out))

    def content_rows(self, first: int, ncols: int) -> list[int]:
        """Rows from `first` down holding anything in the first `ncols` columns."""
        if self.rows is None:
            return sorted({r for (r, c), cell in self.cells.items() if r >= first and c <= ncols
                           and cell.value not in (None, "")})
        return [r for r in range(first, len(self.rows) + 1)
                if any(v is not None and v != "" for v in self.rows[r - 1][:ncols])]


def sheet_data_range(data: bytes) -> tuple[int, int]:
    """From the first to the last mention of sheetData: a range that always covers the real
    element, so a cell never lies outside it (data validations' <formula1> after it do)."""
    lo, hi = data.find(b"sheetData"), data.rfind(b"sheetData")
    return (lo, hi) if 0 <= lo < hi else (0, len(data))


def plain_values(data: bytes, lo: int, hi: int) -> bool:
    """No formula and no error value between lo and hi: calamine's plain values are the cells'.
    Cheap substring pre-tests before each regex (':f' does hit the metadata's JSON 'false', so
    the regex then decides)."""
    if (data.find(b"<f", lo, hi) >= 0 or data.find(b":f", lo, hi) >= 0) and _FORMULA.search(data, lo, hi):
        return False
    return not (data.find(b'="e"', lo, hi) >= 0 and _ERROR.search(data, lo, hi))


class XlsxReader:
    """The workbook's sheet list, shared strings and formats, read once; sheets on demand."""

    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive
        workbook = _xml(archive, "xl/workbook.xml")
        self.rels = _relationships(archive, "xl/_rels/workbook.xml.rels")
        self.date1904 = any(_attr(el, "date1904") in ("1", "true")
                            for el in workbook.iter() if _local(el.tag) == "workbookPr")
        self._shared = None          # parsed only for the full reader; calamine has its own
        self._formats = None         # parsed only when a percent format may exist or the full reader runs
        self._calamine = None
        self.states: dict[str, str] = {}
        self._targets: dict[str, str | None] = {}
        for el in workbook.iter():
            if _local(el.tag) == "sheet":
                name = _attr(el, "name")
                self.states[name] = _attr(el, "state") or "visible"
                self._targets[name] = self.rels.get(_attr(el, "id"), (None, None))[0]

    def sheet_fast(self, name: str, max_rows: int = 100_000) -> Sheet | None:
        """The same sheet through python-calamine (Rust, ~5x faster), when nothing in it needs
        what calamine cannot show: no formula, no error value, no percent format anywhere.
        Returns None when the full reader must be used. Only ever called on a checked archive."""
        target = self._targets.get(name)
        if target is None:
            raise SheetProblem(f"lembar '{name}' tidak ditemukan di dalam berkas")
        data = _read_part(self.archive, target)
        lo, hi = sheet_data_range(data)
        if not plain_values(data, lo, hi) or self._may_have_percent():
            return None
        # calamine builds a dense grid: its size is proved bounded first (calamine_bounds).
        try:
            if not grid_is_small(data, lo, hi, max_rows):
                return None
        except TooManyRows:
            raise SheetProblem(f"lembar '{name}' memuat lebih dari {max_rows} baris") from None
        if self._calamine is None:
            # The bytes safe_zip checked, never the file again by path (it may have changed since).
            self._calamine = CalamineWorkbook.from_filelike(io.BytesIO(self.archive.raw))
        cal = self._calamine.get_sheet_by_name(name)
        rows = cal.to_python(skip_empty_area=False)     # rows from A1
        while rows and all(v == "" or v is None for v in rows[-1]):
            rows.pop()
        merged = _MERGE.findall(data) if b"mergeCell" in data else []
        return Sheet(name, self.states[name], merged=[m.decode() for m in merged],
                     max_row=len(rows), rows=rows)

    @property
    def formats(self) -> list[tuple[str, bool]]:
        if self._formats is None:
            self._formats = _cell_formats(self.archive, self.rels)
        return self._formats

    def _may_have_percent(self) -> bool:
        """False only when the styles part certainly holds no percent format: no '%' anywhere, no
        character reference that could spell one, no built-in percent format id (9, 10)."""
        part = _find_part(self.archive, self.rels, "/styles")
        if part is None:
            return False
        data = _read_part(self.archive, part)
        if b"%" not in data and b"&#" not in data and _BUILTIN_PERCENT.search(data) is None:
            return False
        return any("%" in code for code, _ in self.formats)

    @property
    def shared(self) -> list[str]:
        if self._shared is None:
            self._shared = _shared_strings(self.archive, self.rels)
        return self._shared

    def close(self) -> None:
        if self._calamine is not None:
            self._calamine.close()
            self._calamine = None

    def sheet(self, name: str, max_rows: int = 100_000) -> Sheet:
        target = self._targets.get(name)
        if target is None:
            raise SheetProblem(f"lembar '{name}' tidak ditemukan di dalam berkas")
        sheet = Sheet(name, self.states[name])
        _read_cells(sheet, _xml(self.archive, target), self.shared, self.formats, self.date1904, max_rows)
        return sheet


_COLUMNS: dict[str, int] = {}
_DIGITS = "0123456789"


def _column(ref: str, sheet_name: str) -> int:
    letters = ref.rstrip(_DIGITS)
    col = _COLUMNS.get(letters)
    if col is None:
        if _CELL_REF.match(ref) is None:
            raise SheetProblem(f"alamat sel '{ref}' tidak sah di lembar '{sheet_name}'")
        col = _COLUMNS.setdefault(letters, col_index(letters))
    return col


def _read_cells(sheet: Sheet, root, shared, formats, date1904: bool, max_rows: int) -> None:
    row_no = 0
    cells = sheet.cells
    for el in root:
        name = _local(el.tag)
        if name == "sheetData":
            for row in el:
                row_no = int(row.get("r") or row_no + 1)
                if row_no > max_rows:
                    raise SheetProblem(f"lembar '{sheet.name}' memuat lebih dari {max_rows} baris")
                col_no = 0
                for c in row:
                    if not len(c):
                        col_no += 1    # an empty (formatted) cell; its column only matters without 'r'
                        ref = c.get("r")
                        if ref:
                            col_no = _column(ref, sheet.name)
                        continue
                    ref = c.get("r")
                    if ref:
                        col_no = _column(ref, sheet.name)
                        digits = ref[len(ref.rstrip(_DIGITS)):]
                        if not digits or int(digits) != row_no:     # a spreadsheet shows it at its own address
                            raise SheetProblem(f"alamat sel '{ref}' tidak sesuai dengan barisnya ({row_no}) "
                                               f"di lembar '{sheet.name}'")
                    else:
                        col_no += 1
                    cell = _cell(c, shared, formats, date1904)
                    if cell is not None:
                        cells[(row_no, col_no)] = cell
                        if row_no > sheet.max_row:
                            sheet.max_row = row_no
        elif name == "mergeCells":
            sheet.merged = [m.get("ref", "") for m in el]


def _cell(c, shared, formats, date1904: bool) -> Cell | None:
    kind = c.get("t", "n")
    style = c.get("s")
    style = int(style) if style else 0
    number_format, is_date = formats[style] if style < len(formats) else ("General", False)
    v = f = inline = None
    for child in c:
        name = _local(child.tag)
        if name == "v":
            v = child.text
        elif name == "f":
            f = child
        elif name == "is":
            inline = unescape_ooxml("".join(t.text or "" for t in child.iter() if _local(t.tag) == "t"))
    if kind == "n" and v is not None and f is None and not is_date:
        try:   # the common case first: a plain number
            return Cell(int(v) if v.isdigit() else float(v), number_format)
        except ValueError as exc:
            raise SheetProblem(f"sel {c.get('r')} berisi angka yang tidak sah ({v})") from exc
    if f is not None and v is None:
        return Cell(FormulaWithoutValue("=" + (f.text or "")), number_format, formula=True)
    if kind == "inlineStr":
        value = inline
    elif v is None:
        return None if inline is None else Cell(inline, number_format)
    elif kind == "s":
        try:
            value = shared[int(v)]
        except (ValueError, IndexError) as exc:
            raise SheetProblem(f"sel {c.get('r')} merujuk teks yang tidak ada") from exc
    elif kind in ("str", "e"):
        value = v
    elif kind == "b":
        value = v.strip() in ("1", "true")
    elif kind == "d":
        value = _iso_date(v)
    else:
        try:
            number = float(v)
        except ValueError as exc:
            raise SheetProblem(f"sel {c.get('r')} berisi angka yang tidak sah ({v})") from exc
        if is_date:
            try:
                value = (_dt.datetime(1904, 1, 1) if date1904 else _EPOCH) + _dt.timedelta(days=number)
            except OverflowError:
                value = number
        else:
            value = int(number) if number.is_integer() and "." not in v and "E" not in v.upper() else number
    if value == "" and f is None:
        return None
    return Cell(value, number_format, error=kind == "e", formula=f is not None)


def _iso_date(text: str):
    try:
        return _dt.datetime.fromisoformat(text)
    except ValueError:
        return text
