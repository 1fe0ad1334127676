"""The 'Ringkasan OPD' sheet of the consolidated report: per OPD the number of indicators in each
rating band, the mean achievement and the budget absorption of the quarter."""
from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kinerja_desktop.domain.numbers import round_half_up
from kinerja_desktop.exchange.cells import escape_text
from kinerja_desktop.exchange.report_model import Report, roman

FONT = "Arial"
THIN = Side(style="thin", color="FF000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
ID = "[$-421]"


def write_summary_sheet(ws: Worksheet, report: Report, paper: str) -> None:
    from tests.reference.report_xlsx_openpyxl import page_setup

    band_labels = [b.label for b in report.bands]
    headers = (["No", "Kode", "Perangkat Daerah", "Jumlah indikator"] + band_labels
               + ["Tidak dapat dihitung", "Belum dilaporkan", "Rata-rata capaian (%)", "Predikat",
                  f"Pagu {report.year} (Rp)", f"Realisasi anggaran s.d. TW {roman(report.quarter)} (Rp)",
                  "Serapan anggaran (%)"])
    widths = [5, 10, 36, 10] + [10] * len(band_labels) + [11, 11, 11, 13, 17, 17, 10]
    last = len(headers)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for r, (text, size) in enumerate(
        ((f"RINGKASAN {report.title}", 12), (report.period_text, 10)), start=1
    ):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last)
        cell = ws.cell(r, 1, escape_text(text))
        cell.font = Font(name=FONT, size=size, bold=r == 1)
        cell.alignment = Alignment(horizontal="center")
    head_row = 4
    fills = {b.label: b for b in report.bands}
    for c, text in enumerate(headers, start=1):
        cell = ws.cell(head_row, c, escape_text(text))
        cell.font = Font(name=FONT, size=8, bold=True,
                         color="FF" + (fills[text].text_colour.lstrip("#") if text in fills else "000000"))
        cell.fill = PatternFill("solid", fgColor="FF" + (fills[text].colour if text in fills else "#D9D9D9").lstrip("#"))
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BORDER
    ws.row_dimensions[head_row].height = 36
    text_font = Font(name=FONT, size=8)
    row = head_row + 1
    for n, s in enumerate(report.summary, start=1):
        absorption = round_half_up(s.spent / s.pagu * 100) if s.pagu and s.spent is not None else None
        values = ([n, escape_text(s.agency_code), escape_text(s.agency_name), s.indicators]
                  + [s.counts.get(label, 0) for label in band_labels]
                  + [s.counts.get("Tidak dapat dihitung", 0), s.counts.get("Belum dilaporkan", 0), s.mean,
                     s.rating.label if s.rating else "", s.pagu, s.spent, absorption])
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row, c, value)
            cell.font = text_font
            cell.border = BORDER
            cell.alignment = Alignment(vertical="top", wrap_text=c == 3)
        for c, fmt in ((last - 4, "#,##0.00"), (last - 2, "#,##0"), (last - 1, "#,##0"), (last, "#,##0.00")):
            ws.cell(row, c).number_format = ID + fmt
        if s.rating is not None:
            cell = ws.cell(row, last - 3)
            cell.fill = PatternFill("solid", fgColor="FF" + s.rating.colour.lstrip("#"))
            cell.font = Font(name=FONT, size=8, bold=True, color="FF" + s.rating.text_colour.lstrip("#"))
            cell.alignment = Alignment(horizontal="center", vertical="top")
        row += 1
    page_setup(ws, report, paper, f"{head_row}:{head_row}")
    ws.freeze_panes = ws.cell(head_row + 1, 4)
