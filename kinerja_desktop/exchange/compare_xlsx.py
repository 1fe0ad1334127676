"""The year-comparison report as .xlsx (XlsxWriter): one sheet per table, title rows, a header
row repeated on every printed page, Indonesian number formats, colours with their labels."""
from __future__ import annotations

from pathlib import Path

import xlsxwriter

from kinerja_desktop.exchange.cells import escape_text
from kinerja_desktop.exchange.compare_table import Cell, CompareDocument, Table
from kinerja_desktop.exchange.report_sheet import MARGINS, PAPER_SIZES

ID = "[$-421]"   # Indonesian display: 1.234.567,89 whatever the computer's locale
HEADER_FILL = "#D9D9D9"
GROUP_FILL = "#DDEBF7"
OPTIONS = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
           "default_format_properties": {"font_name": "Arial", "font_size": 9}}


def _number_format(decimals: int) -> str:
    return ID + "#,##0" + ("." + "0" * decimals if decimals > 0 else "")


def write_xlsx(document: CompareDocument, path: Path, paper: str = "A4") -> None:
    workbook = xlsxwriter.Workbook(str(path), OPTIONS)
    formats: dict[tuple, object] = {}

    def style(**props):
        key = tuple(sorted(props.items()))
        if key not in formats:
            formats[key] = workbook.add_format(dict(props))
        return formats[key]

    try:
        for table in document.tables:
            _sheet(workbook, style, document, table, paper)
    finally:
        workbook.close()


def _sheet(workbook, style, document: CompareDocument, table: Table, paper: str) -> None:
    ws = workbook.add_worksheet(table.name[:31])
    ws.set_landscape()
    ws.set_paper(PAPER_SIZES.get(paper, 9))
    ws.fit_to_pages(1, 0)
    ws.set_margins(**MARGINS)
    ws.set_footer("&L&7 " + escape_text(document.footer).replace("&", "&&") + "&R&8 Halaman &P dari &N")
    last = len(table.columns) - 1
    ws.merge_range(0, 0, 0, last, escape_text(document.title), style(bold=True, font_size=12, align="center"))
    ws.merge_range(1, 0, 1, last, escape_text(document.subtitle), style(align="center"))
    ws.merge_range(2, 0, 2, last, escape_text(table.name), style(bold=True, align="center"))
    head = 4
    for c, column in enumerate(table.columns):
        ws.set_column(c, c, column.width)
        ws.write_string(head, c, escape_text(column.header),
                        style(bold=True, bg_color=HEADER_FILL, border=1, text_wrap=True, align="center",
                              valign="vcenter"))
    ws.repeat_rows(head, head)
    ws.freeze_panes(head + 1, 0)
    for n, row in enumerate(table.rows):
        r = head + 1 + n
        group = n in table.group_rows
        for c, cell in enumerate(row):
            _write(ws, style, r, c, cell, table.columns[c].numeric, group)
    r = head + 2 + len(table.rows)
    for note in document.notes:
        ws.write_string(r, 0, escape_text(note), style(italic=True))
        r += 1


def _write(ws, style, r: int, c: int, cell: Cell, numeric: bool, group: bool) -> None:
    props = {"border": 1, "valign": "top"}
    if group:
        props.update(bold=True, bg_color=GROUP_FILL)
    if cell.bold:
        props["bold"] = True
    if cell.fill:
        props.update(bg_color=cell.fill, font_color=cell.text_colour or "#000000", align="center")
    if cell.number is not None:
        props.update(num_format=_number_format(cell.decimals), align="right")
        ws.write_number(r, c, float(cell.number), style(**props))
    else:
        if numeric and not cell.fill:
            props["align"] = "right"
        elif not cell.fill:
            props["text_wrap"] = True
        ws.write_string(r, c, escape_text(cell.text), style(**props))
