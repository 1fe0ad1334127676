"""Writing a package workbook (see package_format for the layout).

The same writer serves Bappelitbangda issuing a package and an OPD installation writing the
filled package back out (then with a signature).

Written with XlsxWriter rather than openpyxl: it writes the same workbook (styles, validation,
protection, page setup, a very hidden sheet) in about half the time, and issuing 37 packages is
mostly writing. Text is always written with write_string (the workbook is opened with
strings_to_formulas off as well), so nothing the program writes can become a formula; text
starting with a formula character also gets the quote-prefix style, as Excel does for '=x.
"""
from __future__ import annotations

import math
import os
from decimal import Decimal
from pathlib import Path

import xlsxwriter

from kinerja_desktop.exchange import package_format as fmt
from kinerja_desktop.exchange.cells import DANGEROUS_START, clean_text

_WORKBOOK_OPTIONS = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
                     "in_memory": True}   # no temporary file per sheet (a package is a few hundred kB)
_GREY = "#808080"
_HEADER_FILL, _INPUT_FILL, _LOCKED_FILL = "#D9E1F2", "#FFF2CC", "#F2F2F2"
A4 = 9
MAX_TEXT = 32767

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
    tmp = path.with_name(path.name + ".tmp")
    try:
        wb = xlsxwriter.Workbook(str(tmp), _WORKBOOK_OPTIONS)
        styles = _Styles(wb)
        _entry_sheet(wb.add_worksheet(fmt.ENTRY_SHEET), styles, context, values, spent or {})
        _help_sheet(wb.add_worksheet(fmt.HELP_SHEET), styles)
        _meta_sheet(wb.add_worksheet(fmt.META_SHEET), styles, context, text, digest, signature, signer)
        wb.close()
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return digest


class _Styles:
    """Each distinct cell format is made once (XlsxWriter formats are shared objects), with a
    quote-prefixed twin for text that starts like a formula."""

    def __init__(self, wb):
        self.wb = wb
        self.cache = {}

    def get(self, quote: bool = False, **props):
        key = (quote, tuple(sorted(props.items())))
        style = self.cache.get(key)
        if style is None:
            style = self.cache[key] = self.wb.add_format({**props, "quote_prefix": True} if quote else props)
        return style

    def data(self, col: fmt.Column, decimals: int, budget: bool) -> dict:
        """The format properties of a data cell of `col`."""
        spent = col.key == "spent"
        props = {"border": 1, "border_color": _GREY, "valign": "top"}
        if col.numeric:
            props["num_format"] = fmt.number_format(0 if spent else decimals)
        if col.editable and (budget or not spent):
            props.update(locked=False, bg_color=_INPUT_FILL, pattern=1)
        elif spent:
            props.update(bg_color=_LOCKED_FILL, pattern=1)   # no budget on this row's node: nothing to enter
        if col.key in ("name", "note", "code"):
            props["text_wrap"] = True
        return props


def _text(ws, styles: _Styles, row: int, col: int, text, props: dict) -> None:
    """A string cell (0-based position), never a formula; formula-like text quote-prefixed;
    no text: a blank cell (with its format), as Excel and Calc write an empty cell."""
    value = clean_text(text)[:MAX_TEXT]
    if not value:
        ws.write_blank(row, col, None, styles.get(**props) if props else None)
        return
    ws.write_string(row, col, value, styles.get(value.startswith(DANGEROUS_START), **props))


def _entry_sheet(ws, styles: _Styles, context: dict, values: dict, spent: dict) -> None:
    cols = fmt.columns_for(context)
    budgets = fmt.budget_rows(context)
    for i, line in enumerate(fmt.title_lines(context)):
        _text(ws, styles, i, 0, line, {"bold": i <= 1, "font_size": 14 if i == 0 else 11})
    header = {"bold": True, "bg_color": _HEADER_FILL, "pattern": 1, "border": 1, "border_color": _GREY,
              "text_wrap": True, "align": "center", "valign": "vcenter"}
    for c, col in enumerate(cols):
        _text(ws, styles, fmt.HEADER_ROW - 1, c, col.header, header)
        ws.set_column(c, c, _width(col, context))
    ws.set_row(fmt.HEADER_ROW - 1, 32)
    rows = context["rows"]
    widths = {col.key: _width(col, context) for col in cols if col.key in ("code", "name", "note")}
    row_props: dict[tuple, list[dict]] = {}
    row_formats: dict[tuple, list] = {}
    write_string, write_number, write_blank = ws.write_string, ws.write_number, ws.write_blank
    for n, row in enumerate(rows):
        r = fmt.FIRST_DATA_ROW - 1 + n
        value, note = values.get(row["id"], (None, ""))
        budget = budgets.get(n)
        key = (row["decimals"], budget is not None)
        formats = row_formats.get(key)
        if formats is None:
            row_props[key] = [styles.data(col, key[0], key[1]) for col in cols]
            formats = row_formats[key] = [styles.get(**props) for props in row_props[key]]
        earlier = row.get("earlier", {})
        for c, (col, style) in enumerate(zip(cols, formats)):
            k = col.key
            if k in ("code", "name", "unit", "note"):
                text = clean_text(note or "" if k == "note" else row[k])[:MAX_TEXT]
                if not text:
                    write_blank(r, c, None, style)
                    continue
                if text.startswith(DANGEROUS_START):
                    style = styles.get(True, **row_props[key][c])
                write_string(r, c, text, style)
                continue
            if k == "no":
                number = n + 1
            elif k == "target":
                number = _number(row.get("target"))
            elif k == "value":
                number = _number(value)
            elif k == "spent":
                number = None if budget is None else _number(spent.get(budget["id"]))
            else:
                number = _number(earlier.get(k[1:]))
            if number is None:
                write_blank(r, c, None, style)
            else:
                write_number(r, c, number, style)
        lines = max(_lines(row["code"], widths["code"]), _lines(row["name"], widths["name"]),
                    _lines(note or "", widths["note"]))
        if lines > 1:
            ws.set_row(r, LINE_HEIGHT * min(lines, 20))
    last_row = fmt.FIRST_DATA_ROW + len(rows) - 1
    value_col = next(i for i, c in enumerate(cols) if c.key == "value")
    _validation(ws, rows, value_col)
    if budgets:
        spent_col = next(i for i, c in enumerate(cols) if c.key == "spent")
        _spent_validation(ws, sorted(i + fmt.FIRST_DATA_ROW for i in budgets), spent_col)
    ws.freeze_panes(fmt.FIRST_DATA_ROW - 1, 0)
    ws.print_area(0, 0, max(last_row, fmt.HEADER_ROW) - 1, len(cols) - 1)
    ws.repeat_rows(fmt.HEADER_ROW - 1)
    ws.set_landscape()
    ws.set_paper(A4)
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.5, right=0.5)
    ws.set_footer("&CHalaman &P dari &N")
    ws.protect("", {"format_columns": True, "format_rows": True})   # widening a column is harmless
    ws.activate()


def _width(col: fmt.Column, context: dict) -> float:
    """The code column fits the longest code on one line (sub-activity codes run to 20+ characters)."""
    if col.key == "code":
        longest = max((len(r["code"]) for r in context["rows"]), default=0)
        return max(col.width, min(longest + 2, 26))
    return col.width


def _column_letter(col: int) -> str:
    return xlsxwriter.utility.xl_col_to_name(col)


def _validation(ws, rows: list[dict], value_col: int) -> None:
    """Excel/Calc refuse text while typing; the import checks every cell again anyway."""
    by_rule: dict[bool, list[int]] = {}
    for r, row in enumerate(rows, start=fmt.FIRST_DATA_ROW):
        by_rule.setdefault(bool(row.get("allow_negative")), []).append(r)
    for negative, numbers in by_rule.items():
        _decimal_validation(ws, numbers, value_col, -1e15 if negative else 0,
                            "Tulis angka" + ("." if negative else " nol atau lebih.") + " Kosongkan bila belum ada data.",
                            "Realisasi triwulan ini (angka)")


def _spent_validation(ws, numbers: list[int], col: int) -> None:
    _decimal_validation(ws, numbers, col, 0, "Tulis realisasi anggaran dalam rupiah (angka nol atau lebih). "
                        "Kosongkan bila belum ada data.", "Realisasi anggaran triwulan ini (Rp)")


def _decimal_validation(ws, numbers: list[int], col: int, minimum: float, error: str, prompt: str) -> None:
    """One validation over every run of rows (1-based row numbers)."""
    runs = _runs(numbers)
    letter = _column_letter(col)
    first, last = runs[0]
    ws.data_validation(first - 1, col, last - 1, col, {
        "validate": "decimal", "criteria": "between", "minimum": minimum, "maximum": 1e15, "ignore_blank": True,
        "error_title": "Bukan angka", "error_message": error, "input_message": prompt,
        "multi_range": " ".join(f"{letter}{a}:{letter}{b}" for a, b in runs),
    })


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    runs = []
    for n in numbers:
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def _help_sheet(ws, styles: _Styles) -> None:
    width = 100
    ws.set_column(0, 0, width)
    for r, (line, bold) in enumerate(HELP_LINES):
        _text(ws, styles, r, 0, line, {"text_wrap": True, "valign": "top", "bold": bold, "font_size": 13 if bold else 11})
        ws.set_row(r, (LINE_HEIGHT + 2) * _lines(line, width))
    ws.set_landscape()
    ws.set_paper(A4)
    ws.fit_to_pages(1, 0)
    ws.protect("")


def _meta_sheet(ws, styles: _Styles, context: dict, text: str, digest: str, signature: str, signer: str) -> None:
    chunks = [text[i:i + fmt.CHUNK] for i in range(0, len(text), fmt.CHUNK)] or [""]
    meta = {
        "format": str(fmt.FORMAT_VERSION), "package_id": context["package_id"], "opd_code": context["opd"]["code"],
        "opd_name": context["opd"]["name"], "year": str(context["year"]), "quarter": str(context["quarter"]),
        "issued_at": context["issued_at"], "digest": digest, "signature": signature, "signer": signer,
        "context_cells": str(len(chunks)),
    }
    lines = [(fmt.MAGIC, "Metadata paket Kinerja Desktop. Jangan diubah: paket yang diubah ditolak.")]
    lines += [(key, meta[key]) for key in fmt.META_KEYS]
    lines += [("context", chunk) for chunk in chunks]
    for r, (key, value) in enumerate(lines):
        _text(ws, styles, r, 0, key, {})
        _text(ws, styles, r, 1, value, {})
    ws.very_hidden()
    ws.protect("")
