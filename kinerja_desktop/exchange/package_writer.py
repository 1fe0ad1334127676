"""Writing a package workbook (see package_format for the layout).

The same writer serves Bappelitbangda issuing a package and an OPD installation writing the
filled package back out (then with a signature). Text goes through cells.set_text: nothing the
program writes can become a formula.
"""
from __future__ import annotations

import math
import os
from copy import copy
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import MultiCellRange
from openpyxl.worksheet.datavalidation import DataValidation

from kinerja_desktop.exchange import package_format as fmt
from kinerja_desktop.exchange.cells import set_text

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
_LOCKED_FILL = PatternFill("solid", fgColor="F2F2F2")
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")      # numbers level with the first line of a wrapped name
_UNLOCKED = Protection(locked=False)

HELP_LINES = [
    ("PETUNJUK PENGISIAN PAKET", True),
    ("", False),
    ("1. Isi hanya sel berwarna kuning pada lembar \"Isian\": kolom Realisasi triwulan ini, kolom Catatan, dan "
     "(bila ada) kolom Realisasi anggaran dalam rupiah, yang diisi sekali per program/kegiatan/sub kegiatan "
     "pada baris indikator pertamanya.", False),
    ("2. Tulis angka saja, tanpa satuan. Desimal memakai koma (contoh 12,5); ribuan boleh memakai titik "
     "(contoh 1.234.567) atau tanpa pemisah.", False),
    ("3. Untuk satuan persen tulis angkanya saja (contoh 85,5), bukan 0,855.", False),
    ("4. Kosongkan sel Realisasi bila data belum ada; sel kosong berarti belum dilaporkan, bukan nol.", False),
    ("5. Jangan mengubah, menghapus, menyisipkan atau mengurutkan ulang baris dan kolom lain: paket akan "
     "ditolak karena isinya tidak lagi sesuai dengan yang diterbitkan.", False),
    ("6. Jangan menulis rumus; tulis hasilnya. Jangan menggabungkan sel (merge).", False),
    ("7. Simpan sebagai Excel Workbook (.xlsx) dengan nama yang sama, tanpa kata sandi, lalu kirim ke "
     "Bappelitbangda.", False),
    ("8. Lembar dilindungi tanpa kata sandi hanya untuk mencegah salah ketik; semua isian tetap diperiksa "
     "saat paket diimpor.", False),
    ("", False),
    ("Paket ini juga dapat dibuka di program Kinerja Desktop kantor OPD (menu Paket) untuk diisi di program; "
     "paket yang ditulis program ditandatangani secara elektronik.", False),
]


LINE_HEIGHT = 15      # points per line of 11 pt text


def _lines(text: str, width: float) -> int:
    """Lines a wrapped text takes in a column `width` characters wide. Row heights are written
    explicitly: Calc (and Excel for written files) does not grow rows to wrapped text on open."""
    chars = max(width - 1.5, 4)
    return sum(max(1, math.ceil(len(part) / chars)) for part in (text or "").split("\n"))


def _number(value) -> float | None:
    return None if value is None else float(Decimal(value))


def write_package(path: str | Path, context: dict, values: dict[int, tuple[Decimal | None, str]],
                  signature: str = "", signer: str = "", spent: dict[int, Decimal | None] | None = None) -> str:
    """Write the workbook to `path` (atomically: a temporary file, then a rename); return the digest."""
    path = Path(path)
    text = fmt.canonical_json(context)
    digest = fmt.text_digest(text)
    wb = Workbook()
    _entry_sheet(wb.active, context, values, spent or {})
    _help_sheet(wb.create_sheet(fmt.HELP_SHEET))
    _meta_sheet(wb.create_sheet(fmt.META_SHEET), context, text, digest, signature, signer)
    tmp = path.with_name(path.name + ".tmp")
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return digest


def _entry_sheet(ws, context: dict, values: dict, spent: dict) -> None:
    ws.title = fmt.ENTRY_SHEET
    cols = fmt.columns_for(context)
    budgets = fmt.budget_rows(context)
    for i, line in enumerate(fmt.title_lines(context), start=1):
        set_text(ws.cell(i, 1), line)
        ws.cell(i, 1).font = Font(bold=i <= 2, size=14 if i == 1 else 11)
    header_style = None     # one style for every header cell, built once (each style set costs a lookup)
    for c, col in enumerate(cols, start=1):
        cell = ws.cell(fmt.HEADER_ROW, c)
        if header_style is None:
            cell.font = Font(bold=True)
            cell.fill = _HEADER_FILL
            cell.border = _BORDER
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            header_style = copy(cell._style)
        else:
            cell._style = copy(header_style)
        set_text(cell, col.header)
        ws.column_dimensions[get_column_letter(c)].width = _width(col, context)
    ws.row_dimensions[fmt.HEADER_ROW].height = 32
    rows = context["rows"]
    widths = {col.key: _width(col, context) for col in cols if col.key in ("code", "name", "note")}
    styles = _Styles(ws)
    row_styles: dict[int, list] = {}
    cells = ws._cells      # cells made directly with their shared style: ws.cell() + a style set cost 2x
    for r, row in enumerate(rows, start=fmt.FIRST_DATA_ROW):
        value, note = values.get(row["id"], (None, ""))
        decimals = row["decimals"]
        budget = budgets.get(r - fmt.FIRST_DATA_ROW)
        style_row = row_styles.get((decimals, budget is not None))
        if style_row is None:
            style_row = row_styles[(decimals, budget is not None)] = [
                styles.of(col, decimals, budget is not None) for col in cols]
        earlier = row.get("earlier", {})
        for c, (col, style) in enumerate(zip(cols, style_row), start=1):
            key = col.key
            cell = cells[(r, c)] = Cell(ws, row=r, column=c, style_array=style)
            # Numbers go straight into the cell (a new cell is already numeric): openpyxl's value
            # setter only dispatches on the type.
            if key in ("code", "name", "unit"):
                set_text(cell, row[key])
            elif key == "note":
                set_text(cell, note or "")
            else:
                if key == "no":
                    number = r - fmt.FIRST_DATA_ROW + 1
                elif key == "target":
                    number = _number(row.get("target"))
                elif key == "value":
                    number = _number(value)
                elif key == "spent":
                    number = None if budget is None else _number(spent.get(budget["id"]))
                else:
                    number = _number(earlier.get(key[1:]))
                cell._value = number
        lines = max(_lines(row["code"], widths["code"]), _lines(row["name"], widths["name"]),
                    _lines(note or "", widths["note"]))
        if lines > 1:
            ws.row_dimensions[r].height = LINE_HEIGHT * min(lines, 20)
    last_row = fmt.FIRST_DATA_ROW + len(rows) - 1
    value_col = get_column_letter(next(i for i, c in enumerate(cols, 1) if c.key == "value"))
    _validation(ws, rows, value_col)
    if budgets:
        spent_col = get_column_letter(next(i for i, c in enumerate(cols, 1) if c.key == "spent"))
        _spent_validation(ws, sorted(i + fmt.FIRST_DATA_ROW for i in budgets), spent_col)
    last_col = get_column_letter(len(cols))
    ws.freeze_panes = f"A{fmt.FIRST_DATA_ROW}"
    ws.print_area = f"A1:{last_col}{max(last_row, fmt.HEADER_ROW)}"
    ws.print_title_rows = f"{fmt.HEADER_ROW}:{fmt.HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddFooter.center.text = "Halaman &P dari &N"
    ws.protection.sheet = True
    ws.protection.formatColumns = False   # widening a column is harmless
    ws.protection.formatRows = False


def _width(col: fmt.Column, context: dict) -> float:
    """The code column fits the longest code on one line (sub-activity codes run to 20+ characters)."""
    if col.key == "code":
        longest = max((len(r["code"]) for r in context["rows"]), default=0)
        return max(col.width, min(longest + 2, 26))
    return col.width


class _Styles:
    """Each distinct data-cell style is built once and its style array shared by the cells that
    use it (assigning border, fill, format ... one by one costs openpyxl ~50 us per cell).
    Shared arrays are never changed in place: cells.set_text copies before setting quotePrefix."""

    def __init__(self, ws):
        self.ws = ws
        self.cache = {}

    def of(self, col: fmt.Column, decimals: int, budget: bool = False):
        spent = col.key == "spent"
        key = (col.key if col.key in ("name", "note", "code", "value", "spent") else "plain", col.numeric,
               0 if spent else decimals, spent and budget)
        style = self.cache.get(key)
        if style is None:
            cell = WriteOnlyCell(self.ws)
            cell.border = _BORDER
            if col.numeric:
                cell.number_format = fmt.number_format(0 if spent else decimals)
            if col.editable and (budget or not spent):
                cell.protection = _UNLOCKED
                cell.fill = _INPUT_FILL
            elif spent:
                cell.fill = _LOCKED_FILL      # no budget on this row's node: nothing to enter
            cell.alignment = _WRAP_TOP if col.key in ("name", "note", "code") else _TOP
            style = self.cache[key] = cell._style
        return style


def _validation(ws, rows: list[dict], value_col: str) -> None:
    """Excel/Calc refuse text while typing; the import checks every cell again anyway."""
    by_rule: dict[bool, list[int]] = {}
    for r, row in enumerate(rows, start=fmt.FIRST_DATA_ROW):
        by_rule.setdefault(bool(row.get("allow_negative")), []).append(r)
    for negative, numbers in by_rule.items():
        dv = DataValidation(type="decimal", operator="between", allow_blank=True,
                            formula1="-1000000000000000" if negative else "0", formula2="1000000000000000")
        dv.error = "Tulis angka" + ("." if negative else " nol atau lebih.") + " Kosongkan bila belum ada data."
        dv.errorTitle = "Bukan angka"
        dv.prompt = "Realisasi triwulan ini (angka)"
        dv.showErrorMessage = dv.showInputMessage = True
        # One range string per run of rows: adding cells one by one is quadratic in openpyxl.
        dv.sqref = MultiCellRange(" ".join(f"{value_col}{a}:{value_col}{b}" for a, b in _runs(numbers)))
        ws.add_data_validation(dv)


def _spent_validation(ws, numbers: list[int], col: str) -> None:
    dv = DataValidation(type="decimal", operator="between", allow_blank=True, formula1="0", formula2="1000000000000000")
    dv.error = "Tulis realisasi anggaran dalam rupiah (angka nol atau lebih). Kosongkan bila belum ada data."
    dv.errorTitle = "Bukan angka"
    dv.prompt = "Realisasi anggaran triwulan ini (Rp)"
    dv.showErrorMessage = dv.showInputMessage = True
    dv.sqref = MultiCellRange(" ".join(f"{col}{a}:{col}{b}" for a, b in _runs(numbers)))
    ws.add_data_validation(dv)


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    runs = []
    for n in numbers:
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def _help_sheet(ws) -> None:
    width = 100
    ws.column_dimensions["A"].width = width
    styles = {}             # bold / plain, each built once
    for r, (line, bold) in enumerate(HELP_LINES, start=1):
        cell = ws.cell(r, 1)
        if bold in styles:
            cell._style = copy(styles[bold])
        else:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.font = Font(bold=bold, size=13 if bold else 11)
            styles[bold] = copy(cell._style)
        set_text(cell, line)
        ws.row_dimensions[r].height = (LINE_HEIGHT + 2) * _lines(line, width)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.protection.sheet = True


def _meta_sheet(ws, context: dict, text: str, digest: str, signature: str, signer: str) -> None:
    chunks = [text[i:i + fmt.CHUNK] for i in range(0, len(text), fmt.CHUNK)] or [""]
    meta = {
        "format": str(fmt.FORMAT_VERSION), "package_id": context["package_id"], "opd_code": context["opd"]["code"],
        "opd_name": context["opd"]["name"], "year": str(context["year"]), "quarter": str(context["quarter"]),
        "issued_at": context["issued_at"], "digest": digest, "signature": signature, "signer": signer,
        "context_cells": str(len(chunks)),
    }
    set_text(ws.cell(1, 1), fmt.MAGIC)
    set_text(ws.cell(1, 2), "Metadata paket Kinerja Desktop. Jangan diubah: paket yang diubah ditolak.")
    r = 2
    for key in fmt.META_KEYS:
        set_text(ws.cell(r, 1), key)
        set_text(ws.cell(r, 2), meta[key])
        r += 1
    for chunk in chunks:
        set_text(ws.cell(r, 1), "context")
        set_text(ws.cell(r, 2), chunk)
        r += 1
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True
