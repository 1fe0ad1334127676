"""The consolidation summary as an .xlsx for the record (the command line prints it: cli_package_results)."""
from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from kinerja_desktop.exchange.cells import set_text
from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.services.package_import import SIGNATURE_LABELS

OUTCOME_LABELS = {"applied": "Diterapkan", "unchanged": "Sudah diimpor",
                  "no-change": "Tidak ada perubahan", "dry-run": "Uji coba", "refused": "Ditolak",
                  "duplicate": "Ganda", "cancelled": "Dibatalkan"}


def number_text(value, decimals: int) -> str:
    return format_id(value, max(decimals, 0), empty="kosong")


def write_summary(path: str | Path, summaries, results) -> Path:
    """Two sheets: one line per OPD, and one line per file with its outcome and reasons."""
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "Ringkasan OPD"
    head = ["Kode OPD", "Nama OPD", "Berkas", "Diterapkan", "Ditolak (berkas)", "Nilai ditulis", "Baris ditolak",
            "Konflik", "Perlu diperiksa", "Alasan"]
    _header(ws, head, [12, 40, 8, 11, 11, 11, 11, 9, 11, 90])
    for r, s in enumerate(summaries, start=2):
        for c, value in enumerate([s.code, s.name, s.files, s.applied, s.refused_files, s.written, s.rejected_rows,
                                   s.conflicts, s.flagged_rows, "\n".join(s.reasons)], start=1):
            cell = ws.cell(r, c)
            if isinstance(value, str):
                set_text(cell, value[:32000])
            else:
                cell.value = value
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    files = wb.create_sheet("Per berkas")
    _header(files, ["Berkas", "Kode OPD", "Hasil", "Tanda tangan", "Keterangan"], [36, 12, 14, 30, 100])
    for r, res in enumerate(results, start=2):
        sig = SIGNATURE_LABELS[res.preview.signature] if res.preview and res.preview.package else ""
        for c, value in enumerate([res.path.name, res.agency_code, OUTCOME_LABELS[res.outcome], sig, res.message], 1):
            set_text(files.cell(r, c), value)
            files.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
    tmp = path.with_name(path.name + ".tmp")
    wb.save(tmp)
    os.replace(tmp, path)
    return path


def _header(ws, labels, widths) -> None:
    for c, (label, width) in enumerate(zip(labels, widths), start=1):
        cell = ws.cell(1, c)
        set_text(cell, label)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        ws.column_dimensions[cell.column_letter].width = width
    ws.freeze_panes = "A2"
