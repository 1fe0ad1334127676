"""Sheet set-up shared by the report's sheets (and the master-data workbook's widths): page,
margins, footer, and column widths and row heights written exactly."""
from __future__ import annotations

from xlsxwriter.worksheet import Worksheet

from kinerja_desktop.exchange.cells import escape_text
from kinerja_desktop.exchange.report_model import Report, roman

PAPER_SIZES = {"A4": 9, "F4": 14}   # 14 = Folio 8.5 x 13 in (215 x 330 mm)
MARGINS = dict(left=0.3, right=0.3, top=0.5, bottom=0.6)


EXCEL_MAX_ROW_POINTS = 409.0    # Excel's limit: a taller row makes it 'repair' the workbook


def set_height(ws: Worksheet, row: int, points: float) -> None:
    """A row height in points written exactly (set_row rounds it to whole pixels), at most
    Excel's 409 points (a pathologically long text is then cut on paper, whole in the cell)."""
    ws.set_row_pixels(row, min(points, EXCEL_MAX_ROW_POINTS) / 0.75)


def set_width(ws: Worksheet, col: int, width: float) -> None:
    """The column width that a spreadsheet shows for `width` character units written as is (as
    openpyxl wrote them): XlsxWriter adds the cell padding itself and rounds to whole pixels."""
    pixels = int((256 * width + 18) / 256 * 7)
    ws.set_column(col, col, (pixels - 5) / 7)


def page_setup(ws: Worksheet, report: Report, paper: str, title_rows: tuple[int, int] | None) -> None:
    ws.set_landscape()
    ws.set_paper(PAPER_SIZES.get(paper, 9))
    ws.fit_to_pages(1, 0)
    ws.set_margins(**MARGINS)
    ws.center_horizontally()
    if title_rows:
        ws.repeat_rows(*title_rows)
    footer = f"{report.title} \u2014 {report.scope} \u2014 TW {roman(report.quarter)} {report.year}"
    ws.set_header("", {"margin": 0.5})
    ws.set_footer("&L&7 " + escape_text(footer).replace("&", "&&") + "&R&8 Halaman &P dari &N", {"margin": 0.5})
