"""Writing the master-data workbook (XlsxWriter in constant-memory mode: a regency's plan has
tens of thousands of rows, written to disk row by row)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import xlsxwriter

from kinerja_desktop.exchange.cells import clean_text
from kinerja_desktop.exchange.masterdata_format import FORMAT_VERSION, INSTRUCTIONS, INSTRUCTIONS_SHEET, SHEETS, WORDS

NUMBER_FORMATS = {"number": "[$-421]General", "int": "0", "pagu": "[$-421]#,##0"}
HEADER = {"bold": True, "pattern": 1, "bg_color": "#D9E2F3", "text_wrap": True, "valign": "vcenter",
          "bottom": 1, "bottom_color": "#7F7F7F"}
MARGINS = dict(left=0.75, right=0.75, top=1, bottom=1)   # as the workbook always had (openpyxl's)
# Text is written as text: never a formula, a link or a number.
OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
           "strings_to_numbers": False}


def write_workbook(path: Path, sheets: dict[str, list[dict]], title: str) -> None:
    from kinerja_desktop.exchange.report_sheet import set_width

    wb = xlsxwriter.Workbook(str(path), OPTIONS)
    try:
        formats = {kind: wb.add_format({"num_format": fmt}) for kind, fmt in NUMBER_FORMATS.items()}
        header = wb.add_format(HEADER)
        info = wb.add_worksheet(INSTRUCTIONS_SHEET)
        info.set_margins(**MARGINS)
        set_width(info, 0, 120)
        for r, line in enumerate((title, "", *[t.format(version=FORMAT_VERSION) for t in INSTRUCTIONS])):
            if line:
                info.write_string(r, 0, clean_text(line))
        for name, fields in SHEETS.items():
            ws = wb.add_worksheet(name)
            ws.set_margins(**MARGINS)
            for i, field in enumerate(fields):
                set_width(ws, i, field.width)
            ws.freeze_panes(1, 0)
            for c, field in enumerate(fields):
                ws.write_string(0, c, field.header, header)
            number = formats["pagu" if name == "Anggaran" else "number"]
            plan = [(c, field.key, field.kind, WORDS.get(field.key)) for c, field in enumerate(fields)]
            for r, row in enumerate(sheets.get(name, []), start=1):
                for c, key, kind, words in plan:
                    value = row.get(key)
                    if value is None or value == "":
                        continue
                    if kind == "number":   # the decimal text itself (16 digits), never a binary float
                        ws.write_number(r, c, value if isinstance(value, Decimal) else Decimal(str(value)), number)
                    elif kind == "int":
                        ws.write_number(r, c, int(value), formats["int"])
                    else:
                        if kind == "choice":
                            value = words.get(str(value), value)
                        ws.write_string(r, c, clean_text(value))
    finally:
        wb.close()
