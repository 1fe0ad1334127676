"""Writing the master-data workbook (streaming: a regency's plan has tens of thousands of rows)."""
from __future__ import annotations

from copy import copy
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from kinerja_desktop.exchange.cells import set_text
from kinerja_desktop.exchange.masterdata_format import FORMAT_VERSION, INSTRUCTIONS, INSTRUCTIONS_SHEET, SHEETS, WORDS

NUMBER_FORMATS = {"number": "[$-421]General", "int": "0", "pagu": "[$-421]#,##0"}
HEADER_FILL = PatternFill("solid", fgColor="FFD9E2F3")
THIN = Side(style="thin", color="FF7F7F7F")


class _Templates:
    """One styled cell per kind; data cells copy its style array (assigning style objects to
    every cell hashes them each time)."""

    def __init__(self, ws):
        self.header = WriteOnlyCell(ws)
        self.header.font = Font(bold=True)
        self.header.fill = HEADER_FILL
        self.header.alignment = Alignment(wrap_text=True, vertical="center")
        self.header.border = Border(bottom=THIN)
        self.formats = {}
        for kind, fmt in NUMBER_FORMATS.items():
            cell = WriteOnlyCell(ws)
            cell.number_format = fmt
            self.formats[kind] = cell

    def number(self, ws, value, kind: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value)
        cell._style = copy(self.formats[kind]._style)
        return cell


def write_workbook(path: Path, sheets: dict[str, list[dict]], title: str) -> None:
    wb = Workbook(write_only=True)
    info = wb.create_sheet(INSTRUCTIONS_SHEET)
    info.column_dimensions["A"].width = 120
    for line in (title, "", *[t.format(version=FORMAT_VERSION) for t in INSTRUCTIONS]):
        cell = WriteOnlyCell(info)
        set_text(cell, line)
        info.append([cell])
    for name, fields in SHEETS.items():
        ws = wb.create_sheet(name)
        templates = _Templates(ws)
        for i, field in enumerate(fields, start=1):
            ws.column_dimensions[get_column_letter(i)].width = field.width
        ws.freeze_panes = "A2"
        header = []
        for field in fields:
            cell = WriteOnlyCell(ws, field.header)
            cell._style = copy(templates.header._style)
            header.append(cell)
        ws.append(header)
        for row in sheets.get(name, []):
            ws.append([_cell(ws, templates, field, row.get(field.key), name) for field in fields])
    wb.save(path)


def _cell(ws, templates: _Templates, field, value, sheet: str):
    if value is None or value == "":
        return None
    if field.kind == "number":
        kind = "pagu" if sheet == "Anggaran" else "number"
        return templates.number(ws, value if isinstance(value, Decimal) else Decimal(str(value)), kind)
    if field.kind == "int":
        return templates.number(ws, int(value), "int")
    if field.kind == "choice":
        value = WORDS[field.key].get(str(value), value)
    cell = WriteOnlyCell(ws)
    set_text(cell, value)
    return cell
