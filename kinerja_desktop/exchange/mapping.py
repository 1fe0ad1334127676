"""Reading a regency's own RPJMD / IKU table in its own layout: find the header rows (several
rows, merged cells), propose which column is which from the header texts, and read the rows
with a mapping the planner may change. No database here: services/masterdata_mapping.py imports.

    table = load_table(path, sheet)            # cells with merged ranges filled in
    first, last = detect_header(table.grid)
    headers = column_headers(table.grid, first, last)
    mapping = propose_mapping(headers)         # {column index: role}
    rows = read_rows(table, last, mapping)
"""
from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter, range_boundaries

from kinerja_desktop.exchange.cells import CellRefused, clean_text, read_number
from kinerja_desktop.exchange.masterdata_read import MASTER_LIMITS, MasterDataRefused, merged_ranges
from kinerja_desktop.exchange.safe_zip import WorkbookProblem, check_archive

MAX_ROWS = 20_000
MAX_COLUMNS = 80

# Roles a column can play; target years are 'target:2022'.
ROLES = {
    "ignore": "(abaikan)", "code": "Kode", "indicator": "Indikator", "unit": "Satuan", "baseline": "Kondisi awal",
    "end_target": "Target akhir periode", "definition": "Definisi operasional", "data_source": "Sumber data",
    "frequency": "Frekuensi", "agency": "Perangkat daerah",
}
NUMERIC_ROLES = {"baseline", "end_target"}


def role_label(role: str) -> str:
    return f"Target {role.split(':')[1]}" if role.startswith("target:") else ROLES.get(role, role)


@dataclass
class Table:
    file_name: str
    sheet: str
    grid: list[list[object]]          # values, merged ranges filled with their top-left value
    formats: list[list[str | None]]   # number formats (percent cells)
    merged: list[str] = field(default_factory=list)


def sheet_names(path: str | Path) -> list[str]:
    wb = openpyxl.load_workbook(io.BytesIO(_check(Path(path))), read_only=True)
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def _check(path: Path) -> bytes:
    """The checked bytes: parsers read these, never the file again by path."""
    try:
        return check_archive(path, MASTER_LIMITS)
    except WorkbookProblem as exc:
        raise MasterDataRefused(str(exc)) from exc


def load_table(path: str | Path, sheet: str) -> Table:
    path = Path(path)
    data = _check(path)
    merged = merged_ranges(io.BytesIO(data)).get(sheet, [])
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)   # cached results of formulas
    try:
        if sheet not in wb.sheetnames:
            raise MasterDataRefused(f"Lembar '{sheet}' tidak ada di berkas '{path.name}'.")
        grid, formats = [], []
        for r, cells in enumerate(wb[sheet].iter_rows(max_col=MAX_COLUMNS)):
            if r >= MAX_ROWS:
                raise MasterDataRefused(f"Lembar '{sheet}' berisi lebih dari {MAX_ROWS} baris; potong tabelnya dulu.")
            grid.append([c.value for c in cells])
            formats.append([getattr(c, "number_format", None) for c in cells])
    finally:
        wb.close()
    width = max((len(r) for r in grid), default=0)
    for row, fmt in zip(grid, formats):
        row.extend([None] * (width - len(row)))
        fmt.extend([None] * (width - len(fmt)))
    for ref in merged:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        if min_row > len(grid):
            continue
        value = grid[min_row - 1][min_col - 1] if min_col - 1 < width else None
        for r in range(min_row - 1, min(max_row, len(grid))):
            for c in range(min_col - 1, min(max_col, width)):
                grid[r][c] = value
    return Table(path.name, sheet, grid, formats, merged)


def _text(value) -> str:
    return " ".join(clean_text(value).split()) if value is not None else ""


def _looks_numeric(value) -> bool:
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return True
    return isinstance(value, str) and re.fullmatch(r"\s*-?[0-9][0-9.,]*\s*%?\s*", value) is not None


def _is_year(value) -> bool:
    """Year headers ('2022') under a merged 'Target' header are header text, not data."""
    text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value).strip()
    return re.fullmatch(r"(19|20)\d\d", text) is not None


def _is_numbering_row(row: list) -> bool:
    """The '1 2 3 4 ...' row printed under the headers of Indonesian tables."""
    values = [v for v in row if v not in (None, "")]
    if len(values) < 3:
        return False
    try:
        numbers = [int(str(v).strip().rstrip(".")) if not isinstance(v, float) else int(v) for v in values]
    except ValueError:
        return False
    return numbers == sorted(numbers) and numbers[0] == 1 and len(set(numbers)) >= len(numbers) - 2


def detect_header(grid: list[list]) -> tuple[int, int]:
    """(first, last) header rows, 0-based. Title rows (one filled cell) come before; data rows
    (two or more numbers) after; a column-numbering row belongs to the header."""
    first = None
    for r, row in enumerate(grid[:40]):
        filled = [v for v in row if v not in (None, "")]
        distinct = {_text(v) for v in filled}
        if first is None:
            if len(distinct) >= 3 and sum(not _looks_numeric(v) for v in filled) >= 3:
                first = r
            continue
        if _is_numbering_row(row):
            return first, r
        if sum(_looks_numeric(v) and not _is_year(v) for v in filled) >= 2:
            return first, max(first, r - 1)
    if first is None:
        raise MasterDataRefused("Baris judul kolom tidak ditemukan: tabel perlu judul seperti Kode, Indikator, Satuan.")
    return first, first


def column_headers(grid: list[list], first: int, last: int) -> list[str]:
    headers = []
    for c in range(len(grid[0]) if grid else 0):
        parts: list[str] = []
        for r in range(first, last + 1):
            text = _text(grid[r][c])
            if text and text not in parts and not _is_numbering_row(grid[r]):
                parts.append(text)
        headers.append(" ".join(parts))
    return headers


def fingerprint(headers: list[str]) -> str:
    """Identifies a source layout, to remember its mapping."""
    canonical = "|".join(" ".join(h.lower().split()) for h in headers)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:20]


_RULES = (
    ("end_target", r"kondisi (kinerja )?(pada )?akhir|target akhir|akhir periode"),
    ("baseline", r"kondisi (kinerja )?awal|baseline|capaian awal"),
    ("code", r"^kode\b|\bkode\b(?!.*indikator)"),
    ("unit", r"\bsatuan\b"),
    ("definition", r"definisi|formula|rumus|cara (pengukuran|perhitungan)"),
    ("data_source", r"sumber data"),
    ("frequency", r"frekuensi|periode pelaporan"),
    ("agency", r"perangkat daerah|\bopd\b|penanggung ?jawab|pengampu|\bskpd\b"),
    ("indicator", r"indikator"),
)


def propose_role(header: str) -> str:
    text = " ".join(header.lower().split())
    if not text or text in ("no", "no.", "nomor"):
        return "ignore"
    for role, pattern in _RULES[:2]:
        if re.search(pattern, text):
            return role
    year = re.search(r"\b(20\d\d)\b", text)
    if year and "realisasi" not in text and "capaian" not in text:
        return f"target:{year.group(1)}"
    for role, pattern in _RULES[2:]:
        if re.search(pattern, text):
            return role
    return "ignore"


def propose_mapping(headers: list[str]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for c, header in enumerate(headers):
        role = propose_role(header)
        if role != "ignore" and role in used:
            role = "ignore"          # the first column of a kind wins; the planner may change it
        mapping[c] = role
        used.add(role)
    return mapping


@dataclass
class MappedRow:
    row: int                        # spreadsheet row number
    values: dict[str, object]       # role -> text or Decimal; 'targets' -> {year: Decimal}
    problems: list[str] = field(default_factory=list)


def read_rows(table: Table, header_last: int, mapping: dict[int, str]) -> list[MappedRow]:
    """The data rows under the header, read by the mapping. Rows without an indicator name are
    group rows (goal/objective titles, blank lines) and are skipped."""
    name_col = next((c for c, role in mapping.items() if role == "indicator"), None)
    if name_col is None:
        raise MasterDataRefused("Pilih kolom mana yang berisi nama indikator.")
    grouping = {c: _dot_groups_thousands(table.grid[header_last + 1:], c) for c, role in mapping.items()
                if role.startswith("target:") or role in NUMERIC_ROLES}
    result = []
    for r in range(header_last + 1, len(table.grid)):
        row = table.grid[r]
        if _is_numbering_row(row) or not _text(row[name_col]):
            continue
        if len({_text(v) for v in row if v not in (None, "")}) == 1:
            continue     # a band merged across the table: a goal or objective title, not an indicator
        mapped = MappedRow(r + 1, {"targets": {}})
        for c, role in mapping.items():
            if role == "ignore" or c >= len(row):
                continue
            where = f"kolom {role_label(role)} ({get_column_letter(c + 1)}{r + 1})"
            value = row[c]
            if role.startswith("target:") or role in NUMERIC_ROLES:
                try:
                    hint = 0 if grouping.get(c) and isinstance(value, str) and _GROUPED.match(value.strip()) else None
                    number = read_number(_strip_dash(value), table.formats[r][c], hint)
                except CellRefused as exc:
                    mapped.problems.append(f"{where}: {exc}")
                    continue
                if role.startswith("target:"):
                    if number is not None:
                        mapped.values["targets"][int(role.split(":")[1])] = number
                else:
                    mapped.values[role] = number
            else:
                text = _text(value)
                if isinstance(value, float) and value.is_integer():
                    text = str(int(value))
                limit = 4000 if role == "definition" else 500
                if len(text) > limit:
                    mapped.problems.append(f"{where}: terlalu panjang ({len(text)} karakter; paling banyak {limit}).")
                    text = text[:limit]
                mapped.values[role] = text
        result.append(mapped)
    return result


_GROUPED = re.compile(r"^-?\d{1,3}(\.\d{3})+$")
_ENGLISH_DECIMAL = re.compile(r"^-?\d+\.(\d{1,2}|\d{4,})$")


def _dot_groups_thousands(rows: list[list], c: int) -> bool:
    """Whether '12.500' in this column means twelve thousand five hundred: yes, as Indonesian
    tables write it, unless the column also holds English decimals such as '5.2'."""
    texts = [str(row[c]).strip() for row in rows if c < len(row) and isinstance(row[c], str)]
    return not any(_ENGLISH_DECIMAL.match(t) for t in texts)


def _strip_dash(value):
    """'-' or 'n/a' in a target cell means no target, as printed tables write it."""
    if isinstance(value, str) and value.strip().lower() in ("-", "\u2013", "\u2014", "n/a", "na", "tidak ada"):
        return None
    return value


NEGATIVE_WORDS = (
    "angka kematian", "kematian", "tingkat pengangguran", "pengangguran", "prevalensi", "kemiskinan",
    "penduduk miskin", "stunting", "gizi buruk", "rasio gini", "indeks gini", "angka kesakitan", "kasus",
    "kecelakaan", "putus sekolah", "inflasi", "kriminalitas", "kebakaran", "genangan", "banjir", "kumuh",
    "rumah tidak layak", "pelanggaran", "temuan", "sengketa", "waktu tempuh",
)
STATUS_UNITS = ("persen", "%", "indeks", "rasio", "poin", "skor", "nilai", "predikat", "tahun", "level", "per")


def suggest_polarity(name: str) -> str:
    text = name.lower()
    return "negative" if any(word in text for word in NEGATIVE_WORDS) else "positive"


def suggest_aggregation(name: str, unit: str) -> str:
    text, unit = name.lower(), (unit or "").lower()
    if any(u in unit for u in STATUS_UNITS) or text.startswith(("persentase", "indeks", "rasio", "angka", "tingkat")):
        return "last"
    return "sum" if text.startswith(("jumlah", "banyaknya", "panjang")) else "last"


def suggest_decimals(values) -> int:
    places = [max(0, -v.normalize().as_tuple().exponent) for v in values if isinstance(v, Decimal)]
    return min(max(places, default=2), 6)
