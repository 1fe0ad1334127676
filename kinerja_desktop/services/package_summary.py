"""The consolidation summary: printed for the command line, and as an .xlsx for the record."""
from __future__ import annotations

import os
from pathlib import Path
from typing import TextIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from kinerja_desktop.exchange.cells import set_text
from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.services.package_import import SIGNATURE_LABELS, STATUS_LABELS_ID

OUTCOME_LABELS = {"applied": "Diterapkan", "unchanged": "Sudah diimpor",
                  "no-change": "Tidak ada perubahan", "dry-run": "Uji coba", "refused": "Ditolak",
                  "duplicate": "Ganda", "cancelled": "Dibatalkan"}


def _num(value, decimals: int) -> str:
    return format_id(value, max(decimals, 0), empty="kosong")


def print_results(results, out: TextIO, err: TextIO, rows: bool = False) -> None:
    """One line per file; rejected rows and conflicts always, new/changed rows with `rows`
    (what a planner reads before confirming an unsigned package). A refusal also goes to `err`
    for scripts, except when both streams are the same screen, where it would read twice."""
    same_screen = _is_terminal(out) and _is_terminal(err)
    for r in results:
        label = OUTCOME_LABELS[r.outcome]
        signature = ""
        if r.preview and r.preview.package and r.outcome != "refused":
            signature = f" [{SIGNATURE_LABELS[r.preview.signature]}]"
        print(f"{r.path.name}: {r.agency_code}: {label}{signature}: {r.message}", file=out)
        if r.preview:
            for row in r.preview.rows:
                if row.status == "rejected":
                    print(f"  ditolak {row.code}: {row.reason}", file=out)
                elif row.status == "conflict":
                    print(f"  konflik {row.code} (baris {row.sheet_row}): basis data "
                          f"{_num(row.current_value, row.decimals)}, paket {_num(row.package_value, row.decimals)} -> "
                          f"{'ambil paket' if row.resolution == 'take' else 'pertahankan basis data'}", file=out)
                elif rows and row.status in ("new", "changed"):
                    note = f"; catatan: {row.package_note}" if row.package_note != row.current_note else ""
                    print(f"  {STATUS_LABELS_ID[row.status].lower()} {row.code} (baris {row.sheet_row}): "
                          f"{_num(row.current_value, row.decimals)} -> {_num(row.package_value, row.decimals)} "
                          f"{row.unit}{note}", file=out)
                if row.warning:     # implausible: imported, but flagged for a person to check
                    print(f"  periksa {row.code} (baris {row.sheet_row}): {_num(row.package_value, row.decimals)} "
                          f"{row.unit}: {row.warning}", file=out)
        if not r.ok and not same_screen:
            print(f"kinerja: {r.message}", file=err)
    applied = sum(r.outcome == "applied" for r in results)
    flagged = sum(len(r.preview.flagged) for r in results if r.preview)
    check = f" {flagged} baris perlu diperiksa (nilai jauh dari target atau triwulan sebelumnya)." if flagged else ""
    print(f"Jumlah: {len(results)} berkas, {applied} diterapkan, {sum(not r.ok for r in results)} ditolak.{check}",
          file=out)


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


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
