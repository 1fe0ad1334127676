"""Reading a plan table laid out by someone else (the IKU table of an RPJMD): find the header,
tell which column is which whatever its wording, and sort the rows into title rows (a tujuan or
a sasaran, which place the indicators under them) and indicator rows. No database here:
services/plan_import.py matches and imports.

    table = read_plan_table(path)                  # PlanTableRefused: the file cannot be read
    table = read_plan_table(path, load_mapping(p))  # a JSON mapping overrides the detection

The archive is checked by safe_zip first; python-calamine reads the checked bytes (the full
cell reader when a formula or a percent format needs it).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl.utils import column_index_from_string, get_column_letter, range_boundaries

from kinerja_desktop.exchange import plan_columns as pc
from kinerja_desktop.exchange.cells import CellRefused, clean_text, read_number
from kinerja_desktop.exchange.masterdata_read import MASTER_LIMITS
from kinerja_desktop.exchange.package_xlsx import SheetProblem, XlsxReader
from kinerja_desktop.exchange.safe_zip import WorkbookProblem, open_checked

MAX_ROWS = 20_000
MAX_COLUMNS = 80
HEADER_SCAN = 40


class PlanTableRefused(Exception):
    """The table as a whole cannot be read; Indonesian message naming the file."""


@dataclass
class TableRow:
    row: int                         # the row number a person sees
    kind: str                        # 'goal', 'objective', 'indicator', 'refused'
    code: str = ""
    name: str = ""
    values: dict = field(default_factory=dict)     # role -> text or Decimal
    targets: dict = field(default_factory=dict)    # year -> Decimal
    problems: list = field(default_factory=list)


@dataclass
class PlanTable:
    file_name: str
    sheet: str
    header: tuple[int, int]          # first and last header rows, 1-based
    headers: list[str]
    columns: dict[int, str]          # 0-based column -> role
    rows: list[TableRow]
    opd_choices: dict[str, str] = field(default_factory=dict)   # agency text -> OPD code, from the mapping

    def column_of(self, role: str) -> int | None:
        return next((c for c, r in self.columns.items() if r == role), None)

    def where(self, role: str) -> str:
        c = self.column_of(role)
        return f"kolom {get_column_letter(c + 1)} ({self.headers[c] or pc.role_label(role)})" if c is not None else ""


def load_mapping(path: str | Path) -> dict:
    """The JSON mapping: {"lembar": .., "baris_judul": 4, "kolom": {"A": "kode", ..}, "opd": {teks: kode}}."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PlanTableRefused(f"Berkas pemetaan '{path.name}' tidak dapat dibaca: {exc.strerror or exc}.") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise PlanTableRefused(f"Berkas pemetaan '{path.name}' bukan JSON yang sah: {exc}.") from exc
    if not isinstance(data, dict):
        raise PlanTableRefused(f"Berkas pemetaan '{path.name}' harus berisi objek JSON {{...}}.")
    return normalise_mapping(data, path.name)


def normalise_mapping(data: dict, name: str = "pemetaan") -> dict:
    out: dict = {"sheet": data.get("lembar", data.get("sheet")), "header_row": data.get("baris_judul",
                 data.get("header_row")), "columns": {}, "opd": {}}
    for key, role in (data.get("kolom", data.get("columns")) or {}).items():
        try:
            col = int(key) if isinstance(key, int) or str(key).isdigit() else column_index_from_string(str(key).upper()) - 1
        except ValueError as exc:
            raise PlanTableRefused(f"Pemetaan '{name}': '{key}' bukan huruf kolom (A, B, …).") from exc
        canonical = pc.canonical_role(str(role))
        if canonical is None:
            raise PlanTableRefused(f"Pemetaan '{name}': arti kolom '{role}' (kolom {key}) tidak dikenal; "
                                   f"pakai salah satu: {', '.join(pc.ROLE_WORDS)} atau target:TAHUN.")
        out["columns"][col] = canonical
    for text, code in (data.get("opd") or {}).items():
        out["opd"][pc.plain(str(text))] = str(code)
    if out["header_row"] is not None and not isinstance(out["header_row"], int):
        raise PlanTableRefused(f"Pemetaan '{name}': baris_judul harus nomor baris.")
    return out


def read_plan_table(path: str | Path, mapping: dict | None = None) -> PlanTable:
    path = Path(path)
    mapping = mapping or {}
    if not path.is_file():
        raise PlanTableRefused(f"Berkas '{path}' tidak ditemukan.")
    if path.suffix.lower() != ".xlsx":
        raise PlanTableRefused(f"Berkas '{path.name}' bukan buku kerja .xlsx; simpan tabelnya sebagai .xlsx dulu.")
    grid, merged, sheet = _load_grid(path, mapping.get("sheet"))
    if not any(any(v not in (None, "") for v in row) for row in grid):
        raise PlanTableRefused(f"Berkas '{path.name}': lembar '{sheet}' kosong; tidak ada tabel untuk diimpor.")
    width = max(len(r) for r in grid)
    bands = _fill_merged(grid, merged, width)
    if mapping.get("header_row"):
        last = int(mapping["header_row"]) - 1
        if not 0 <= last < len(grid):
            raise PlanTableRefused(f"Berkas '{path.name}': baris judul {last + 1} di luar tabel.")
        first = last
        while first > 0 and _is_header_row(grid[first - 1]):
            first -= 1
    else:
        found = _find_header(grid)
        if found is None:
            raise PlanTableRefused(
                f"Berkas '{path.name}', lembar '{sheet}': baris judul kolom tidak ditemukan (perlu judul seperti "
                "'Indikator', 'Satuan', 'Kode', 'Perangkat Daerah'). Berikan pemetaan (--mapping) bila judulnya lain.")
        first, last = found
    headers = _column_headers(grid, first, last, width)
    columns = pc.propose_mapping(headers)
    columns.update(mapping.get("columns", {}))
    if "indicator" not in columns.values():
        raise PlanTableRefused(f"Berkas '{path.name}', lembar '{sheet}': kolom nama indikator tidak dikenali "
                               f"pada baris judul {first + 1}-{last + 1}; berikan pemetaan (--mapping).")
    table = PlanTable(path.name, sheet, (first + 1, last + 1), headers, columns, [], dict(mapping.get("opd", {})))
    for r in range(last + 1, len(grid)):
        row = _read_row(table, grid[r], r + 1, r in bands)
        if row is not None:
            table.rows.append(row)
    return table


def _load_grid(path: Path, wanted: str | None) -> tuple[list[list], list[str], str]:
    try:
        with open_checked(path, MASTER_LIMITS) as archive:
            reader = XlsxReader(archive)
            try:
                names = [n for n, state in reader.states.items() if state == "visible"]
                if wanted is not None and wanted not in reader.states:
                    raise PlanTableRefused(f"Berkas '{path.name}': lembar '{wanted}' tidak ada "
                                           f"(ada: {', '.join(reader.states)}).")
                if not names and wanted is None:
                    raise PlanTableRefused(f"Berkas '{path.name}' tidak berisi lembar yang terlihat.")
                for name in ([wanted] if wanted else names):
                    grid, merged = _sheet_grid(reader, name)
                    if wanted or _find_header(grid) is not None or name == names[-1]:
                        return grid, merged, name
            finally:
                reader.close()
    except WorkbookProblem as exc:
        raise PlanTableRefused(str(exc)) from exc
    except SheetProblem as exc:
        raise PlanTableRefused(f"Berkas '{path.name}' rusak: {exc}.") from exc
    raise PlanTableRefused(f"Berkas '{path.name}' tidak berisi lembar.")


def _sheet_grid(reader: XlsxReader, name: str) -> tuple[list[list], list[str]]:
    """Values from A1 (percent cells as their shown number), merged ranges."""
    fast = reader.sheet_fast(name, MAX_ROWS)
    if fast is not None:
        grid = [list(r[:MAX_COLUMNS]) for r in fast.rows]
        return [[None if v == "" else v for v in r] for r in grid], fast.merged
    sheet = reader.sheet(name, MAX_ROWS)
    height = max((r for r, _ in sheet.cells), default=0)
    width = min(max((c for _, c in sheet.cells), default=0), MAX_COLUMNS)
    grid = [[None] * width for _ in range(height)]
    for (r, c), cell in sheet.cells.items():
        if c <= MAX_COLUMNS:
            grid[r - 1][c - 1] = (cell.value, cell.number_format) if "%" in (cell.number_format or "") else cell.value
    return grid, sheet.merged


def _fill_merged(grid: list[list], merged: list[str], width: int) -> set[int]:
    """Merged ranges filled with their top-left value; the rows where one range spans most of
    the table (a title band) are returned."""
    for row in grid:
        row.extend([None] * (width - len(row)))
    bands = set()
    for ref in merged:
        try:
            min_col, min_row, max_col, max_row = range_boundaries(ref)
        except (TypeError, ValueError):
            continue
        if min_row > len(grid) or min_col > width:
            continue
        value = grid[min_row - 1][min_col - 1]
        for r in range(min_row - 1, min(max_row, len(grid))):
            for c in range(min_col - 1, min(max_col, width)):
                grid[r][c] = value
        if max_row == min_row and max_col - min_col + 1 >= max(3, width // 2):
            bands.add(min_row - 1)
    return bands


def _text(value) -> str:
    if isinstance(value, tuple):
        value = value[0]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(clean_text(value).split()) if value is not None else ""


def _is_header_row(row: list) -> bool:
    texts = [_text(v) for v in row if v not in (None, "")]
    return len(texts) >= 2 and all(pc.header_like(t) for t in texts)


def _find_header(grid: list[list]) -> tuple[int, int] | None:
    """The first row naming an indicator column and two other known columns; the rows just
    under it that hold only header words, years or a column numbering belong to it."""
    for r, row in enumerate(grid[:HEADER_SCAN]):
        roles = [pc.propose_role(_text(v)) for v in dict.fromkeys(_text(v) for v in row if v not in (None, ""))]
        if "indicator" in roles and sum(role != "ignore" for role in roles) >= 3:
            last = r
            while last + 1 < len(grid) and last - r < 4:
                below = grid[last + 1]
                if pc.numbering_row([_text(v) for v in below]):
                    return r, last + 1
                if not _is_header_row(below):
                    break
                last += 1
            return r, last
    return None


def _column_headers(grid, first: int, last: int, width: int) -> list[str]:
    headers = []
    for c in range(width):
        parts: list[str] = []
        for r in range(first, last + 1):
            text = _text(grid[r][c])
            if text and text not in parts and not pc.numbering_row([_text(v) for v in grid[r]]):
                parts.append(text)
        headers.append(" ".join(parts))
    return headers


_TITLE_WORD = re.compile(r"^(tujuan|sasaran)\b\s*(?:ke[-\s]?)?([0-9]+(?:\.[0-9]+)*)?\s*[:.\-–]?\s*(.*)$", re.I)
_TITLE_CODE = re.compile(r"^([TS])\s*\.?\s*([0-9]+(?:\.[0-9]+)*)\.?$", re.I)
_NOTE_WORDS = re.compile(r"^(sumber|keterangan|catatan|ket)\s*[:.]", re.I)


def _read_row(table: PlanTable, row: list, number: int, band: bool) -> TableRow | None:
    texts = [_text(v) for v in row]
    filled = [t for t in texts if t]
    if not filled or pc.numbering_row(texts):
        return None
    if len(set(filled)) == 1 and _NOTE_WORDS.match(filled[0]):
        return None      # a note under the table
    cols = table.columns
    get = {role: texts[c] for c, role in cols.items() if c < len(texts)}
    raw = {role: row[c] for c, role in cols.items() if c < len(row)}
    numbers = [role for role, v in raw.items() if (role.startswith("target:") or role in pc.NUMERIC_ROLES)
               and v not in (None, "") and pc.looks_numeric(_text(v))]
    title = _title(get.get("code", ""), filled, band or len(set(filled)) == 1)
    if title is None and (band or len(set(filled)) == 1) and len(filled) > 1:
        return TableRow(number, "refused", "", filled[0][:80], problems=[
            f"baris {number}: baris gabungan selebar tabel tanpa kata Tujuan/Sasaran atau kode T/S; "
            "tidak jelas tujuan atau sasaran."])
    whole_row = band or len(set(filled)) == 1      # merged across the row: never an indicator
    if title is not None and (whole_row or (not get.get("unit") and not numbers)):
        kind, code, name = title
        if not name:
            return TableRow(number, "refused", code, "", problems=[f"baris {number}: baris judul tanpa nama."])
        return TableRow(number, kind, code, name)
    name = get.get("indicator", "")
    if not name:
        return TableRow(number, "refused", get.get("code", ""), " ".join(filled)[:80], problems=[
            f"baris {number}: bukan baris judul Tujuan/Sasaran dan tidak berisi nama indikator di "
            f"{table.where('indicator')}; tidak dapat ditempatkan."])
    out = TableRow(number, "indicator", get.get("code", ""), name)
    for c, role in cols.items():
        if role in ("ignore", "code", "indicator") or c >= len(row):
            continue
        where = f"kolom {get_column_letter(c + 1)}{number} ({table.headers[c] or pc.role_label(role)})"
        if role.startswith("target:") or role in pc.NUMERIC_ROLES:
            try:
                value = _number(row[c], get.get("unit", ""))
            except CellRefused as exc:
                out.problems.append(f"{where}: {exc}")
                continue
            if value is None:
                continue
            if role.startswith("target:"):
                out.targets[int(role.split(":")[1])] = value
            else:
                out.values[role] = value
        elif role == "aggregation":
            word = pc.aggregation_word(texts[c])
            if texts[c] and word is None:
                out.problems.append(f"{where}: '{texts[c]}' bukan cara agregasi (jumlah, akhir, rata-rata).")
            elif word:
                out.values[role] = word
        else:
            out.values[role] = texts[c][:4000 if role == "definition" else 500]
    return out


def _title(code: str, filled: list[str], band: bool) -> tuple[str, str, str] | None:
    """('goal'|'objective', code, name) when the row is a tujuan or sasaran title."""
    compact = code.replace(" ", "")
    m = _TITLE_CODE.match(compact)
    if m:
        kind = "goal" if m.group(1).upper() == "T" else "objective"
        if m.group(2).count(".") > (0 if kind == "goal" else 1):
            return None       # 'T1.1', 'S1.1.1': indicator codes under T1 / S1.1, not titles
        name = max((t for t in filled if t != code), key=len, default="")
        word = _TITLE_WORD.match(name)
        stated = word and (word.group(2) or ":" in name[:20])      # 'Tujuan 1: …' repeats the code
        return kind, f"{m.group(1).upper()}{m.group(2)}", (word.group(3) if stated else name).strip()
    for text in filled:
        word = _TITLE_WORD.match(text)
        if word and (band or word.group(2) or ":" in text[:20]):
            kind = "goal" if word.group(1).lower() == "tujuan" else "objective"
            number = word.group(2) or ""
            return kind, (("T" if kind == "goal" else "S") + number) if number else "", word.group(3).strip()
    return None


def _number(value, unit: str) -> Decimal | None:
    fmt = None
    if isinstance(value, tuple):
        value, fmt = value
    if isinstance(value, str) and value.strip().lower() in ("-", "\u2013", "\u2014", "n/a", "na", "tidak ada", ""):
        return None
    if isinstance(value, str):
        value = value.strip().rstrip("%").strip() if value.strip().endswith("%") else value
    number = read_number(value, fmt, None, unit or None)
    if number is not None and number == number.to_integral_value():
        return Decimal(int(number))      # 65.0 from a number cell is 65, as the table shows it
    return number
