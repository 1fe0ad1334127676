"""Helpers for the package tests: issue, fill by script, patch the XML, dump the database."""
from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import openpyxl

from kinerja_desktop.exchange import package_format as fmt
from kinerja_desktop.services.package_issue import issue_package
from tests.fixtures import PLANNER

# Small plan, DINA 2026 TW3: rows in code order K1.1 (id 4), P1.1 (id 3), S1.1.1 (id 2), T1.1 (id 1).
VALUE_COL, NOTE_COL = "H", "I"      # for quarter 3: no, code, name, unit, target, q1, q2, value, note
ROW_OF = {"K1.1": 7, "P1.1": 8, "S1.1.1": 9, "T1.1": 10}


def issue(db, folder: Path, code: str = "DINA", year: int = 2026, quarter: int = 3) -> Path:
    return issue_package(db, PLANNER, code, year, quarter, folder).path


def fill(src: Path, dst: Path, cells: dict[str, object] | None = None, edit=None) -> Path:
    """Open the package like a person with a script would, set cells on "Isian", save."""
    wb = openpyxl.load_workbook(src)
    ws = wb[fmt.ENTRY_SHEET]
    for ref, value in (cells or {}).items():
        ws[ref] = value
    if edit:
        edit(wb)
    wb.save(dst)
    wb.close()
    return dst


def patch_sheet(src: Path, dst: Path, sheet_part: str, pattern: str, replacement: str) -> Path:
    """Rewrite one part's XML with a regex (for what openpyxl cannot write: cached formula results)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == sheet_part:
                text, n = re.subn(pattern, replacement, data.decode("utf-8"))
                assert n, f"pattern not found in {sheet_part}"
                data = text.encode("utf-8")
            zout.writestr(info.filename, data)
    return dst


def set_cell_xml(src: Path, dst: Path, ref: str, inner: str, cell_type: str | None = None) -> Path:
    """Replace cell `ref` on the entry sheet (sheet1.xml) with the given inner XML."""
    t = f' t="{cell_type}"' if cell_type else ""

    def replace(m):
        attrs = re.sub(r' t="[^"]*"', "", m.group(1))
        return f'<c r="{ref}"{attrs}{t}>{inner}</c>'

    return patch_sheet(src, dst, "xl/worksheets/sheet1.xml", rf'<c r="{ref}"([^>]*?)(/>|>.*?</c>)', replace)


def copy(src: Path, dst: Path) -> Path:
    shutil.copyfile(src, dst)
    return dst


def dump(db) -> dict[str, list]:
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
