"""Reading a master-data workbook into plain rows, each with the problems of its cells.

The archive is checked (safe_zip) before any parser sees it. python-calamine reads the checked
bytes when nothing in the workbook needs more than values (masterdata_fast); otherwise openpyxl
reads them in read-only mode (defusedxml installed) and the workbook is always closed. Formulas, merged cells in data rows,
texts in number cells and absurd lengths become reasons on their row, never silent values.
"""
from __future__ import annotations

import datetime as _dt
import io

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import openpyxl
from defusedxml import ElementTree
from openpyxl.utils import get_column_letter, range_boundaries

from kinerja_desktop.exchange.cells import CellRefused, clean_text, read_number
from kinerja_desktop.exchange.masterdata_format import CHOICES, SHEETS, Field, choice_value
from kinerja_desktop.exchange.safe_zip import Limits, WorkbookProblem, open_checked

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}


# A whole regency's plan is larger than one OPD's package (scale 10: ~110 MB of sheet XML); the
# caps stay finite and the compression-ratio check of safe_zip still stops zip bombs.
MASTER_LIMITS = Limits(max_entry_size=256 * 1024 * 1024, max_total_size=384 * 1024 * 1024)


class MasterDataRefused(Exception):
    """The workbook as a whole cannot be read; the message (Indonesian) says what and where."""


@dataclass
class SheetRow:
    sheet: str
    row: int                         # the row number a person sees in the spreadsheet
    values: dict[str, object]
    problems: list[str] = field(default_factory=list)


def _norm(text) -> str:
    return " ".join(str(text or "").split()).lower()


def merged_ranges(path: Path | io.BytesIO) -> dict[str, list[str]]:
    """Merged ranges per sheet name, read from the sheet XML (read-only openpyxl hides them)."""
    result: dict[str, list[str]] = {}
    with zipfile.ZipFile(path) as archive:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels.findall("rel:Relationship", NS)}
        names = set(archive.namelist())
        for sheet in book.findall("m:sheets/m:sheet", NS):
            target = targets.get(sheet.get(f"{{{NS['r']}}}id"), "")
            part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
            if part not in names:
                continue
            text = archive.read(part)
            result[sheet.get("name")] = [m.decode() for m in re.findall(rb'<(?:\w+:)?mergeCell ref="([A-Z0-9:]+)"', text)]
    return result


def read_workbook(path: str | Path) -> dict[str, list[SheetRow]]:
    """The rows of every sheet. calamine reads the checked bytes when nothing in the workbook needs
    what it cannot show (formulas, error values, percent formats, odd XML); openpyxl otherwise."""
    path = Path(path)
    try:
        with open_checked(path, MASTER_LIMITS) as archive:
            from kinerja_desktop.exchange.masterdata_fast import read_fast   # it builds on this module

            fast = read_fast(archive, path.name)
            data = archive.raw
    except WorkbookProblem as exc:
        raise MasterDataRefused(str(exc)) from exc
    return fast if fast is not None else read_workbook_openpyxl(data, path.name)


def read_workbook_openpyxl(data: bytes, file_name: str) -> dict[str, list[SheetRow]]:
    """The full reader: openpyxl over the checked bytes, every cell's type and format seen."""
    merged = merged_ranges(io.BytesIO(data))
    try:   # the checked bytes, never the file again by path
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise MasterDataRefused(f"Berkas '{file_name}' tidak dapat dibaca sebagai buku kerja: {exc}.") from exc
    try:
        missing = [name for name in SHEETS if name not in wb.sheetnames]
        if missing:
            raise MasterDataRefused(
                f"Berkas '{file_name}' bukan buku kerja data induk yang lengkap: lembar "
                f"{', '.join(repr(m) for m in missing)} tidak ada. Ekspor ulang data induk sebagai contoh formatnya.")
        return {name: _read_sheet(wb[name], name, fields, merged.get(name, []), file_name)
                for name, fields in SHEETS.items()}
    finally:
        wb.close()


def header_columns(header: list, name: str, fields: tuple[Field, ...], file_name: str) -> list[tuple[Field, int]]:
    """(field, 0-based column) for each field the header row names; a missing column refuses the file."""
    position = {_norm(v): i for i, v in enumerate(header) if v is not None}
    columns: list[tuple[Field, int]] = []
    for f in fields:
        if _norm(f.header) not in position and f.optional_column:
            continue   # the rows carry no value for it at all, so nothing is changed there
        if _norm(f.header) not in position:
            raise MasterDataRefused(
                f"Berkas '{file_name}', lembar '{name}': kolom '{f.header}' tidak ada di baris judul (baris 1). "
                "Jangan mengubah atau menghapus judul kolom.")
        columns.append((f, position[_norm(f.header)]))
    return columns


def rows_merged(merged: list[str]) -> dict[int, str]:
    """Data row number -> the merged range covering it."""
    merged_rows: dict[int, str] = {}
    for ref in merged:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        for r in range(max(min_row, 2), max_row + 1):
            merged_rows.setdefault(r, ref)
    return merged_rows


def _read_sheet(ws, name: str, fields: tuple[Field, ...], merged: list[str], file_name: str) -> list[SheetRow]:
    rows = ws.iter_rows()
    header = next(rows, ())
    columns = header_columns([c.value for c in header], name, fields, file_name)
    merged_rows = rows_merged(merged)
    result = []
    for expected, cells in enumerate(rows, start=2):
        if not cells:
            continue
        # Read-only mode yields gaps as empty rows; EmptyCell has no row number of its own.
        row_number = next((c.row for c in cells if getattr(c, "row", None)), expected)
        if all(c.value is None or (isinstance(c.value, str) and not c.value.strip()) for c in cells):
            continue
        row = SheetRow(name, row_number, {})
        if row_number in merged_rows:
            row.problems.append(f"sel gabungan {merged_rows[row_number]} di baris data; pisahkan sel itu.")
        for f, index in columns:
            cell = cells[index] if index < len(cells) else None
            where = f"kolom '{f.header}' ({get_column_letter(index + 1)}{row_number})"
            try:
                row.values[f.key] = _value(f, cell)
            except CellRefused as exc:
                row.values[f.key] = None
                row.problems.append(f"{where}: {exc}")
            else:
                if f.required and row.values[f.key] in (None, ""):
                    row.problems.append(f"{where}: wajib diisi.")
        result.append(row)
    return result


def _value(f: Field, cell):
    if cell is None or cell.value is None:
        return None
    value = cell.value
    if getattr(cell, "data_type", None) == "f":
        raise CellRefused(f"berisi rumus ({str(value)[:40]}); tulis nilainya langsung.")
    return cell_value(f, value, getattr(cell, "number_format", None))


def cell_value(f: Field, value, number_format: str | None):
    """The stored value of a non-empty, non-formula cell, or CellRefused with the reason."""
    if f.kind == "number":
        return read_number(value, number_format, None)
    if f.kind == "int":
        return _integer(value)
    if f.kind == "since":
        return _since(value)
    text = _text(value)
    if len(text) > f.limit:
        raise CellRefused(f"terlalu panjang ({len(text)} karakter; paling banyak {f.limit}).")
    if f.kind == "choice":
        if not text:
            return None
        stored = choice_value(f.key, text)
        if stored is None:
            raise CellRefused(f"'{text[:40]}' tidak dikenal; pilih {' / '.join(CHOICES[f.key])}.")
        return stored
    return text


def _since(value) -> str | None:
    """A 'since' date: a date cell, or the time stamp text the program exported, as ISO text."""
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    text = _text(value)
    if not text:
        return None
    try:
        _dt.datetime.fromisoformat(text)
    except ValueError:
        raise CellRefused(f"'{text[:40]}' bukan tanggal; tulis misalnya 2026-11-27 atau kosongkan.") from None
    return text


def _text(value) -> str:
    if isinstance(value, bool):
        raise CellRefused("berisi nilai BENAR/SALAH, bukan teks.")
    if isinstance(value, float):
        if not value.is_integer():
            raise CellRefused(f"berisi angka {value}; tulis kode sebagai teks (format sel Teks).")
        value = int(value)
    if not isinstance(value, (str, int)):
        raise CellRefused("berisi tanggal atau nilai lain, bukan teks.")
    return clean_text(value).strip()


def _integer(value) -> int:
    if isinstance(value, bool):
        raise CellRefused("berisi nilai BENAR/SALAH, bukan bilangan bulat.")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise CellRefused(f"'{str(value)[:40]}' bukan bilangan bulat.")
