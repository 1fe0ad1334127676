"""The preview of a plan-table import as Indonesian text (the command line prints it)."""
from __future__ import annotations

from kinerja_desktop.services.plan_import import Line, PlanImportPreview

WIDTHS = (6, 12, 44, 8, 14)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "\u2026"


def _table(title: str, lines: list[Line]) -> list[str]:
    out = [f"{title} ({len(lines)})"]
    if not lines:
        return out + ["  (tidak ada)", ""]
    head = ("Baris", "Kode", "Nama", "OPD", "Simpul")
    out.append("  " + " ".join(h.ljust(w) for h, w in zip(head, WIDTHS)) + " Rincian")
    for line in lines:
        cells = (str(line.row), line.code, line.name, line.opd, line.node)
        out.append("  " + " ".join(_cut(c, w).ljust(w) for c, w in zip(cells, WIDTHS)) + " "
                   + "; ".join(line.what))
    return out + [""]


def preview_text(preview: PlanImportPreview) -> str:
    out = [f"Pratinjau impor rencana: berkas '{preview.file_name}', lembar '{preview.sheet}', "
           f"ke periode {preview.plan.name} ({preview.plan.start_year}-{preview.plan.end_year})", ""]
    out += _table("Baris baru", preview.new)
    out += _table("Nilai berubah", preview.changed)
    out += _table("PERUBAHAN STRUKTUR (perlu konfirmasi)", preview.structural)
    out.append(f"Baris ditolak ({len(preview.refused)})")
    out += [f"  {reason}" for reason in preview.refused] or ["  (tidak ada)"]
    if preview.agencies:
        out += ["", "OPD yang perlu dipastikan:"]
        for m in preview.agencies:
            close = ", ".join(f"{code} {name} (skor {score:.2f})" for code, name, score in m.candidates)
            out.append(f"  '{m.text}': " + (f"mirip {close}" if close else "tidak ada yang mirip"))
    out += ["", f"Ringkasan: {len(preview.new)} baru, {len(preview.changed)} berubah, "
                f"{len(preview.structural)} perubahan struktur, {preview.unchanged} tetap, "
                f"{len(preview.refused)} ditolak."]
    return "\n".join(out)
