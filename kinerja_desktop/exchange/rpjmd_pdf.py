"""The RPJMD evaluation form as PDF, drawn straight on the canvas with the RKPD report's page
machinery (report_pdf_pages, report_pdf_draw): A4 or F4 landscape, two halves side by side (the
identifying columns and the header rows repeated on each), rating colours with their labels,
'Halaman x dari y', the legend and the signature after the table.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from kinerja_desktop.domain.achievement import NOT_COMPUTABLE_COLOUR
from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.exchange.report_pdf import PAGES
from kinerja_desktop.exchange.report_pdf_draw import BOLD, FONT, PAD, CellKinds, Header, LineCache, header_row_heights
from kinerja_desktop.exchange.report_pdf_pages import MARGIN, HalfSpec, build_pages
from kinerja_desktop.exchange.rpjmd_layout import (
    BLOCK_FIELDS, HEADER_ROWS, IDENTITY, cell, figure_title, half_numbers, header_cells, page_halves, sub_columns,
)
from kinerja_desktop.exchange.rpjmd_model import RpjmdForm, footnotes

HEADER_GREY = colors.HexColor("#D9D9D9")
NUMBER_GREY = colors.HexColor("#F2F2F2")
LEVEL_FILL = {"goal": colors.HexColor("#DDEBF7"), "objective": colors.HexColor("#EEF4FB")}
# Text columns at 6 pt: minimum width (points) and the weight by which they share what is left.
TEXT_MIN = {"no": 18, "code": 24, "name": 60, "indicator": 70, "agency": 84}
TEXT_WEIGHT = {"no": 0, "code": 1, "name": 3, "indicator": 4}


@lru_cache(maxsize=None)
def _colour(hex_code: str):
    return colors.HexColor(hex_code)


def _blocks(form: RpjmdForm, subs):
    """Per block: (rows of cells, style commands, rows) as report_pdf_pages takes them; a number
    is a plain string (right-aligned), text a (kind, text) pair."""
    blocks = []
    for block in form.blocks:
        rows, styles = [], []
        fill = LEVEL_FILL.get(block.level)
        if fill is not None:
            styles.append(("BACKGROUND", (0, 0), (-1, block.height - 1), fill))
        for offset in range(block.height):
            line = block.lines[offset] if block.lines else None
            row = []
            for c, sub in enumerate(subs):
                if sub.part == "text" and sub.field in BLOCK_FIELDS and offset > 0:
                    row.append("")
                    continue
                kind, value = cell(block, line, sub)
                if kind == "blank":
                    row.append("")
                elif kind in ("text", "bold"):
                    row.append(("B" if kind == "bold" else "T", value))
                elif kind == "number":
                    row.append(format_id(value[0], value[1]))
                elif kind == "percent":
                    row.append(format_id(value, 2))
                elif kind == "dash":
                    row.append(("P", value) if sub.part == "P" else value)
                else:
                    colour, text_colour = ((value[0].colour, value[0].text_colour) if kind == "band"
                                           else (NOT_COMPUTABLE_COLOUR, "#FFFFFF"))
                    row.append(("P", value[1] if kind == "band" else value))
                    styles.append(("BACKGROUND", (c, offset), (c, offset), _colour(colour)))
                    styles.append(("TEXTCOLOR", (c, offset), (c, offset), _colour(text_colour)))
            rows.append(tuple(row))
        blocks.append((rows, styles, len(rows)))
    return blocks


def _natural(form: RpjmdForm, blocks, subs) -> list[float | None]:
    """Each figure column's widest content (or the longest word of its header) at 1 pt; None
    for the text columns."""
    widths: list[float | None] = []
    for c, sub in enumerate(subs):
        if sub.part == "text":
            widths.append(None)
            continue
        texts = {r[c] if isinstance(r[c], str) else r[c][1] for rows, _, _ in blocks for r in rows}
        font = BOLD if sub.part == "P" else FONT
        width = max((stringWidth(t, font, 1) for t in texts), default=0)
        if sub.part == "P":
            # longer labels wrap; the header word itself never does (a year not reported yet read "Predik at")
            width = max(min(width, stringWidth("Sangat Rendah", BOLD, 1)), stringWidth("Predikat", BOLD, 1))
        if sub.part == "K":
            width = max([width] + [stringWidth(w, BOLD, 1) for w in figure_title(form, sub).split()])
        widths.append(max(width, stringWidth("000,00", FONT, 1)))
    return widths


def _layout(natural, subs, halves, available: float):
    """The largest size from 7 pt down at which both halves fit, and each half's widths: the
    identifying columns the same on both halves (rows line up side by side), the left half's
    spare room to its figures, the right half's to the OPD column."""
    for tenths in range(70, 30, -5):
        size = tenths / 10
        scale = size / 6
        figures = [sum(natural[c] * size + 2 * PAD for c in half if natural[c] is not None) for half in halves]
        agency_min = TEXT_MIN["agency"] * scale
        ident_room = min(available - figures[0], available - figures[1] - agency_min)
        ident_min = [TEXT_MIN[subs[c].field] * scale for c in range(IDENTITY)]
        if ident_room >= sum(ident_min) or tenths == 35:
            spare = max(0.0, ident_room - sum(ident_min))
            weight = sum(TEXT_WEIGHT[subs[c].field] for c in range(IDENTITY))
            ident = [m + spare * TEXT_WEIGHT[subs[c].field] / weight for c, m in enumerate(ident_min)]
            result = []
            for k, half in enumerate(halves):
                room = available - sum(ident) - figures[k]
                own_text = [c for c in half[IDENTITY:] if natural[c] is None]
                stretch = 1 + max(0.0, room) / figures[k] if not own_text and figures[k] else 1
                widths = []
                for c in half:
                    if c < IDENTITY:
                        widths.append(ident[c])
                    elif natural[c] is None:
                        widths.append(max(agency_min, room / len(own_text)))
                    else:
                        widths.append((natural[c] * size + 2 * PAD) * stretch)
                result.append(widths)
            return size, result
    raise AssertionError("unreachable")


def write_rpjmd_pdf(form: RpjmdForm, path: Path, paper: str = "A4") -> None:
    page = PAGES.get(paper, PAGES["A4"])
    available = page[0] - 2 * MARGIN
    subs = sub_columns(form)
    blocks = _blocks(form, subs)
    halves = page_halves(form, subs)
    size, widths = _layout(_natural(form, blocks, subs), subs, halves, available)
    cache = LineCache(CellKinds(size))
    left, right = (half_numbers(subs, h) for h in halves)
    labels = (f"Bagian kiri (kolom 1\u2013{IDENTITY}, {left}); bagian kanan di halaman berikutnya",
              f"Bagian kanan (kolom 1\u2013{IDENTITY}, {right}) dari halaman sebelumnya")
    specs = []
    for half, half_widths, label in zip(halves, widths, labels):
        cells = [(h.row, h.col, h.last_row, h.last_col, h.text) for h in header_cells(form, [subs[c] for c in half])]
        specs.append(HalfSpec(half, half_widths, Header(cells, half_widths), label))
    heights = header_row_heights([s.header for s in specs], HEADER_ROWS, size)
    for spec in specs:
        spec.header.heights = heights
    fills = [HEADER_GREY] * (HEADER_ROWS - 1) + [NUMBER_GREY]
    merged = [c for c, sub in enumerate(subs) if sub.part == "text" and sub.field in BLOCK_FIELDS]
    build_pages(form, path, page, available, blocks, merged, specs, footnotes(form), form.footer, cache, fills)
