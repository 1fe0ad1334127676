"""`kinerja import-package`: one line per file, and the rows a planner reads before confirming."""
from __future__ import annotations

from typing import TextIO

from kinerja_desktop.services.package_import import SIGNATURE_LABELS, STATUS_LABELS_ID
from kinerja_desktop.services.package_summary import OUTCOME_LABELS, number_text


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
                          f"{number_text(row.current_value, row.decimals)}, paket {number_text(row.package_value, row.decimals)} -> "
                          f"{'ambil paket' if row.resolution == 'take' else 'pertahankan basis data'}", file=out)
                elif rows and row.status in ("new", "changed"):
                    note = f"; catatan: {row.package_note}" if row.package_note != row.current_note else ""
                    print(f"  {STATUS_LABELS_ID[row.status].lower()} {row.code} (baris {row.sheet_row}): "
                          f"{number_text(row.current_value, row.decimals)} -> {number_text(row.package_value, row.decimals)} "
                          f"{row.unit}{note}", file=out)
                if row.warning:     # implausible: imported, but flagged for a person to check
                    print(f"  periksa {row.code} (baris {row.sheet_row}): {number_text(row.package_value, row.decimals)} "
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
