"""Raw baselines of the report writers: the same cells (values, formats, merges, row heights)
written by XlsxWriter alone, and the same cell texts drawn by reportlab's canvas alone, with no
layout logic. The cells are taken from the report model before timing (flatten), so only the
library's own work is timed."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

import xlsxwriter

from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.exchange.report_layout import (
    BLOCK_FIELDS, is_percent_field, kinerja_value, money_value, rating_of, sub_columns, text_value,
)


def flatten(report):
    """rows: [(height, [(value, fmt_key)])], merges: [(r1, c1, r2, c2)] (0-based, data rows)."""
    subs = sub_columns(report)
    rows, merges = [], []
    for block in report.blocks:
        top = len(rows)
        for offset in range(block.height):
            line = block.lines[offset] if block.lines else None
            cells = []
            for c, sub in enumerate(subs):
                per_block = sub.part == "Rp" or (sub.part == "text" and sub.field in BLOCK_FIELDS)
                if per_block and offset > 0:
                    cells.append((None, "blank"))
                elif sub.part == "text":
                    cells.append((text_value(block, line, sub.field) or None, "text"))
                elif sub.part == "Rp":
                    v = money_value(block, sub.field)
                    cells.append((v, "rp"))
                elif line is None:
                    cells.append((None, "blank"))
                elif sub.part == "K":
                    v = kinerja_value(line, sub.field)
                    cells.append((v, f"k{line.decimals}"))
                else:
                    band, label = rating_of(line, sub.field)
                    cells.append((label or None, band.colour if band else "text"))
            rows.append((12.0, cells))
        if block.height > 1:
            merges += [(top, c, top + block.height - 1, c) for c, sub in enumerate(subs)
                       if sub.part == "Rp" or (sub.part == "text" and sub.field in BLOCK_FIELDS)]
    return rows, merges


def raw_xlsx(rows, merges, path) -> None:
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                         "strings_to_urls": False})
    ws = wb.add_worksheet("Evaluasi RKPD")
    formats = {}

    def fmt(key):
        f = formats.get(key)
        if f is None:
            props = {"border": 1, "font_size": 8, "valign": "top", "text_wrap": True}
            if key.startswith("#"):
                props.update(pattern=1, bg_color=key, bold=True)
            elif key.startswith("k") or key == "rp":
                props["num_format"] = "[$-421]#,##0" + (".00" if key != "rp" and key != "k0" else "")
            f = formats[key] = wb.add_format(props)
        return f

    for r, (height, cells) in enumerate(rows):
        ws.set_row_pixels(r, height / 0.75)
        for c, (value, key) in enumerate(cells):
            if value is None:
                ws.write_blank(r, c, None, fmt(key))
            elif isinstance(value, str):
                ws.write_string(r, c, value, fmt(key))
            else:
                ws.write_number(r, c, float(value), fmt(key))
    ws.merge.extend(list(m) for m in merges)
    wb.close()


def raw_pdf(rows, path, widths=None) -> int:
    """Every cell's text and its grid drawn on A4 landscape pages, two halves as the program
    prints (the identifying columns on both); one line per cell. Returns the pages."""
    page_w, page_h = landscape(A4)
    cols = len(rows[0][1]) if rows else 1
    ident, split = list(range(5)), 19
    halves = [ident + list(range(5, split)), ident + list(range(split, cols))]
    c = canvas.Canvas(str(path), pagesize=(page_w, page_h))
    pages, start, row_h, size = 0, 0, 16.0, 6.5
    per_page = int((page_h - 60) / row_h)
    while start < len(rows):
        chunk = rows[start:start + per_page]
        for half in halves:
            w = (page_w - 40) / len(half)
            y = page_h - 30
            for _, cells in chunk:
                x = 20
                for col in half:
                    value = cells[col][0]
                    c.rect(x, y - row_h, w, row_h)
                    if value is not None:
                        c.setFont("Helvetica", size)
                        c.drawString(x + 1, y - size - 1,
                                     value if isinstance(value, str) else format_id(value, 2))
                    x += w
                y -= row_h
            c.drawString(20, 12, f"Halaman {pages + 1}")
            c.showPage()
            pages += 1
        start += per_page
    c.save()
    return pages
