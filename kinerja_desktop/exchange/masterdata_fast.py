"""Reading a master-data workbook with python-calamine, as the package import does (issue 14).

calamine shows neither formulas, error values nor number formats, so it reads a workbook only
when the sheet XML and the styles prove there is none of them (package_xlsx.XlsxReader.sheet_fast
decides, on the bytes safe_zip checked); otherwise `read_fast` returns None and the openpyxl
reader, which sees every cell's type and format, reads the workbook. Every row then goes through
the same rules (masterdata_read.cell_value), so both readers give the same rows and reasons.
"""
from __future__ import annotations

import datetime as _dt
import zipfile

from openpyxl.utils import get_column_letter
from python_calamine import CalamineError

from kinerja_desktop.exchange.cells import CellRefused
from kinerja_desktop.exchange.masterdata_format import SHEETS, Field
from kinerja_desktop.exchange.masterdata_read import SheetRow, cell_value, header_columns, rows_merged
from kinerja_desktop.exchange.package_xlsx import SheetProblem, XlsxReader

_INT_LIMIT = 10 ** 15     # below it a whole float is exactly the integer openpyxl would have read


def read_fast(archive: zipfile.ZipFile, file_name: str) -> dict[str, list[SheetRow]] | None:
    """The rows of every sheet through calamine, or None when the openpyxl reader must read them
    (a formula, an error value, a percent format, a sheet missing, odd XML, a far-away cell)."""
    try:
        reader = XlsxReader(archive)
    except SheetProblem:
        return None
    try:
        if any(name not in reader.states for name in SHEETS):
            return None          # the full reader names the missing sheets
        grids = {}
        for name in SHEETS:
            # calamine builds a dense grid from A1: a lone cell far below the data would make it huge.
            target = reader._targets.get(name)
            if target is None:
                return None
            rows_written = archive.read(target).count(b"<row")
            grids[name] = reader.sheet_fast(name, 2 * rows_written + 1000)
            if grids[name] is None:
                return None
    except (SheetProblem, CalamineError, KeyError):
        return None
    finally:
        reader.close()
    return {name: _read_rows(grids[name].rows, name, fields, grids[name].merged, file_name)
            for name, fields in SHEETS.items()}


def _read_rows(rows: list[list], name: str, fields: tuple[Field, ...], merged: list[str],
               file_name: str) -> list[SheetRow]:
    """masterdata_read._read_sheet over calamine's rows (empty cells are '')."""
    header = [None if v == "" else v for v in rows[0]] if rows else []
    columns = [(f, index, get_column_letter(index + 1), _converter(f))
               for f, index in header_columns(header, name, fields, file_name)]
    merged_rows = rows_merged(merged)
    result = []
    for row_number in range(2, len(rows) + 1):
        values = rows[row_number - 1]
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        row = SheetRow(name, row_number, {})
        if row_number in merged_rows:
            row.problems.append(f"sel gabungan {merged_rows[row_number]} di baris data; pisahkan sel itu.")
        n = len(values)
        out = row.values
        for f, index, letter, convert in columns:
            value = values[index] if index < n else None
            if value is None or value == "":
                out[f.key] = None
                if f.required:
                    row.problems.append(f"kolom '{f.header}' ({letter}{row_number}): wajib diisi.")
                continue
            try:
                out[f.key] = got = convert(value)
            except CellRefused as exc:
                out[f.key] = None
                row.problems.append(f"kolom '{f.header}' ({letter}{row_number}): {exc}")
            else:
                if f.required and got in (None, ""):
                    row.problems.append(f"kolom '{f.header}' ({letter}{row_number}): wajib diisi.")
        result.append(row)
    return result


def _converter(f: Field):
    """cell_value(f, value) for one column, remembered per distinct number or word (a value's
    reading depends on nothing else here: no number format, see read_fast)."""
    if f.kind == "text":
        limit = f.limit

        def text(value):
            if type(value) is str and value.isprintable():    # what _text does to a plain string
                stripped = value.strip()
                if len(stripped) <= limit:
                    return stripped
            return cell_value(f, _as_openpyxl(value), None)
        return text
    floats: dict[float, object] = {}
    words: dict[str, object] = {}

    def remembered(value):
        kind = type(value)
        seen = floats if kind is float else words if kind is str else None
        if seen is None:
            return cell_value(f, _as_openpyxl(value), None)
        got = seen.get(value)
        if got is None:
            got = seen[value] = cell_value(f, _as_openpyxl(value), None)
        return got
    return remembered


def _as_openpyxl(value):
    """calamine's value as openpyxl gives it: whole numbers as int, a date as a datetime."""
    kind = type(value)
    if kind is float:
        return int(value) if value.is_integer() and -_INT_LIMIT < value < _INT_LIMIT else value
    if kind is _dt.date:
        return _dt.datetime(value.year, value.month, value.day)
    return value
