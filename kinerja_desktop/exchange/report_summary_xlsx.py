"""The 'Ringkasan OPD' sheet of the consolidated report: per OPD the number of indicators in each
rating band, the mean achievement and the budget absorption of the quarter (XlsxWriter, rows in
order as constant-memory mode requires)."""
from __future__ import annotations

from xlsxwriter.worksheet import Worksheet

from kinerja_desktop.domain.numbers import round_half_up
from kinerja_desktop.exchange.cells import escape_text
from kinerja_desktop.exchange.report_model import Report, roman
from kinerja_desktop.exchange.report_sheet import page_setup, set_height, set_width

ID = "[$-421]"


def write_summary_sheet(ws: Worksheet, report: Report, paper: str, st) -> None:
    band_labels = [b.label for b in report.bands]
    headers = (["No", "Kode", "Perangkat Daerah", "Jumlah indikator"] + band_labels
               + ["Tidak dapat dihitung", "Belum dilaporkan", "Rata-rata capaian (%)", "Predikat",
                  f"Pagu {report.year} (Rp)", f"Realisasi anggaran s.d. TW {roman(report.quarter)} (Rp)",
                  "Serapan anggaran (%)"])
    widths = [5, 10, 36, 10] + [10] * len(band_labels) + [11, 11, 11, 13, 17, 17, 10]
    last = len(headers)
    for i, w in enumerate(widths):
        set_width(ws, i, w)
    for r, (text, font) in enumerate(((f"RINGKASAN {report.title}", "12:bold"), (report.period_text, "10"))):
        ws.merge_range(r, 0, r, last - 1, escape_text(text), st.get("", font, "middle", border=False))
    head_row = 3     # 0-based: row 4 of the sheet
    fills = {b.label: b for b in report.bands}
    set_height(ws, head_row, 36)
    for c, text in enumerate(headers):
        band = fills.get(text)
        font = "band:" + band.text_colour if band else "band:#000000"
        ws.write_string(head_row, c, escape_text(text), st.get(band.colour if band else "#D9D9D9", font, "center"))
    formats = {last - 5: ID + "#,##0.00", last - 3: ID + "#,##0", last - 2: ID + "#,##0", last - 1: ID + "#,##0.00"}
    row = head_row + 1
    for n, s in enumerate(report.summary, start=1):
        absorption = round_half_up(s.spent / s.pagu * 100) if s.pagu and s.spent is not None else None
        values = ([n, escape_text(s.agency_code), escape_text(s.agency_name), s.indicators]
                  + [s.counts.get(label, 0) for label in band_labels]
                  + [s.counts.get("Tidak dapat dihitung", 0), s.counts.get("Belum dilaporkan", 0), s.mean,
                     s.rating.label if s.rating else "", s.pagu, s.spent, absorption])
        for c, value in enumerate(values):
            if c == last - 4 and s.rating is not None:
                fmt = st.get(s.rating.colour, "band:" + s.rating.text_colour, "label_nowrap")
            else:
                fmt = st.get("", "text", "wrap_left_top" if c == 2 else "left_top", formats.get(c, ""))
            if value is None or value == "":
                ws.write_blank(row, c, None, fmt)
            elif isinstance(value, str):
                ws.write_string(row, c, value, fmt)
            else:
                ws.write_number(row, c, float(value), fmt)
        row += 1
    page_setup(ws, report, paper, (head_row, head_row))
    ws.freeze_panes(head_row + 1, 3)
