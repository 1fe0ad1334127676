"""Reading a package: archive check, metadata, integrity of the read-only part, every input cell.

`read_package(path)` returns a PackageFile or raises PackageRefused (the whole file is refused,
with the reason). A row whose input cannot be read is kept with its reason (row.problem): the
preview shows it, and the package cannot be applied until it is fixed.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl.utils import get_column_letter
from python_calamine import CalamineError

from kinerja_desktop.domain.numbers import to_text
from kinerja_desktop.exchange import package_format as fmt
from kinerja_desktop.exchange.cells import CellRefused, read_number, read_text
from kinerja_desktop.exchange.package_xlsx import Cell, SheetProblem, XlsxReader
from kinerja_desktop.exchange.safe_zip import WorkbookProblem, open_checked

EXTRA_ROWS = 500   # rows below the list a sheet may have (formatting) before it is absurd


class PackageRefused(Exception):
    """The whole package is refused; str() names the file and the reason in Indonesian."""


@dataclass
class RowRead:
    index: int                 # 0-based position in the package
    sheet_row: int
    indicator_id: int
    code: str
    value: Decimal | None
    note: str
    problem: str | None = None
    value_cell: Cell | None = None
    budget_id: int | None = None       # the row carries its node's spending (see package_format.budget_rows)
    spent: Decimal | None = None
    spent_problem: str | None = None
    spent_cell: Cell | None = None
    left_out: str | None = None        # why the import leaves this row out (not the package's fault)

    @property
    def value_text(self) -> str | None:
        return to_text(self.value)


@dataclass
class PackageFile:
    path: Path
    format_version: int
    package_id: str
    opd_code: str
    opd_name: str
    year: int
    quarter: int
    issued_at: str
    digest: str
    signature: str
    signer: str
    context: dict
    rows: list[RowRead] = field(default_factory=list)

    @property
    def values(self) -> list[tuple[int, str | None, str]]:
        return [(r.indicator_id, r.value_text, r.note) for r in self.rows]

    @property
    def spent_values(self) -> list[tuple[int, str | None]]:
        return [(r.budget_id, to_text(r.spent)) for r in self.rows if r.budget_id is not None]

    @property
    def content_digest(self) -> str:
        return fmt.content_digest(self.digest, self.values, self.spent_values)

    @property
    def rejected(self) -> list[RowRead]:
        return [r for r in self.rows if r.problem]

    def trust_values(self) -> None:
        """After a valid signature: numbers the program wrote are not ambiguous; read them as they are."""
        for row, ctx in zip(self.rows, self.context["rows"]):
            if row.problem and row.value_cell is not None and "meragukan" in row.problem:
                row.value = read_number(row.value_cell.value, row.value_cell.number_format, None, ctx["unit"])
                row.problem = None
            if row.spent_problem and row.spent_cell is not None and "meragukan" in row.spent_problem:
                row.spent = read_number(row.spent_cell.value, row.spent_cell.number_format, None, "Rp")
                row.spent_problem = None


def read_package(path: str | Path) -> PackageFile:
    path = Path(path)
    name = path.name
    try:
        with open_checked(path) as archive:
            reader = XlsxReader(archive)
            if fmt.META_SHEET not in reader.states:
                raise PackageRefused(
                    f"Berkas '{name}' bukan paket Kinerja: lembar metadata tidak ada. Gunakan paket yang "
                    "diterbitkan program (menu Paket > Terbitkan paket)."
                )
            try:
                meta_sheet = reader.sheet_fast(fmt.META_SHEET, 200) or reader.sheet(fmt.META_SHEET, 200)
                meta, context = _metadata(name, meta_sheet)
                if fmt.ENTRY_SHEET not in reader.states:
                    raise PackageRefused(f"Berkas '{name}': lembar '{fmt.ENTRY_SHEET}' tidak ada (dihapus atau diganti namanya).")
                limit = fmt.FIRST_DATA_ROW + len(context["rows"]) + EXTRA_ROWS
                entry = reader.sheet_fast(fmt.ENTRY_SHEET, limit) or reader.sheet(fmt.ENTRY_SHEET, limit)
            finally:
                reader.close()
    except WorkbookProblem as exc:
        raise PackageRefused(str(exc)) from exc
    except (SheetProblem, CalamineError) as exc:
        raise PackageRefused(f"Berkas '{name}' rusak atau tidak wajar: {exc}.") from exc
    package = PackageFile(
        path=path, format_version=int(meta["format"]), package_id=context["package_id"],
        opd_code=context["opd"]["code"], opd_name=context["opd"]["name"], year=int(context["year"]),
        quarter=int(context["quarter"]), issued_at=context.get("issued_at", ""), digest=meta["digest"],
        signature=meta.get("signature", ""), signer=meta.get("signer", ""), context=context,
    )
    _check_structure(name, entry, context)
    package.rows = _read_rows(entry, context)
    return package


def _metadata(name: str, sheet) -> tuple[dict, dict]:
    if sheet.value(1, 1) != fmt.MAGIC:
        raise PackageRefused(f"Berkas '{name}' bukan paket Kinerja (metadata tidak dikenal).")
    meta, chunks = {}, []
    for row in range(2, sheet.max_row + 1):
        key, value = sheet.value(row, 1), sheet.value(row, 2)
        if key == "context":
            chunks.append("" if value is None else str(value))
        elif isinstance(key, str):
            if isinstance(value, float) and value.is_integer():
                value = int(value)      # a spreadsheet that turned "2026" into a number
            meta[key] = "" if value is None else str(value)
    try:
        version = int(meta.get("format", ""))
    except ValueError:
        raise PackageRefused(f"Berkas '{name}': versi format paket tidak terbaca (metadata diubah).") from None
    if version < fmt.FORMAT_VERSION:
        raise PackageRefused(
            f"Berkas '{name}' adalah paket format versi {version} yang sudah tidak dipakai (program ini memakai "
            f"versi {fmt.FORMAT_VERSION}). Minta Bappelitbangda menerbitkan paket baru, lalu salin isiannya."
        )
    if version > fmt.FORMAT_VERSION:
        raise PackageRefused(
            f"Berkas '{name}' dibuat oleh versi program yang lebih baru (format paket versi {version}). "
            "Perbarui Kinerja Desktop."
        )
    text = "".join(chunks)
    try:
        context = json.loads(text)
        assert isinstance(context, dict) and isinstance(context["rows"], list)
    except (ValueError, KeyError, AssertionError):
        raise PackageRefused(f"Berkas '{name}': metadata paket rusak atau diubah (lembar {fmt.META_SHEET}).") from None
    # The stored text is the canonical JSON the digest was made of; re-serialising is the fallback.
    if fmt.text_digest(text) != meta.get("digest") and fmt.digest(context) != meta.get("digest"):
        raise PackageRefused(
            f"Berkas '{name}': metadata paket diubah (sidik SHA-256 tidak cocok). Paket ditolak; kirim ulang "
            "paket asli yang diisi tanpa mengubah lembar tersembunyi."
        )
    expected = {"package_id": context.get("package_id"), "opd_code": context["opd"]["code"],
                "year": str(context["year"]), "quarter": str(context["quarter"])}
    for key, value in expected.items():
        if meta.get(key) != value:
            raise PackageRefused(
                f"Berkas '{name}': metadata '{key}' bertuliskan '{meta.get(key)}' padahal paket ini untuk "
                f"'{value}'. Metadata diubah; paket ditolak."
            )
    return meta, context


def _cell_text(cell: Cell | None, numeric: bool) -> str | None:
    if cell is None or cell.value is None:
        return None
    value = cell.value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if numeric:
            return fmt.number_text(repr(value) if isinstance(value, float) else value)
        if isinstance(value, float) and value.is_integer():
            value = int(value)     # calamine reads every number as a float
        return fmt.normalise_text(value)
    return fmt.normalise_text(cell.value)


def _raw_text(value) -> str | None:
    """_cell_text of a non-numeric column, from the bare value (no Cell object)."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)     # calamine reads every number as a float
    return fmt.normalise_text(value)


def _check_structure(name: str, sheet, context: dict) -> None:
    where = f"Berkas '{name}', lembar {fmt.ENTRY_SHEET}"
    for ref in sheet.merged:
        first_row = int("".join(ch for ch in ref.split(":")[0] if ch.isdigit()) or 0)
        last_row = int("".join(ch for ch in ref.split(":")[-1] if ch.isdigit()) or 0)
        if last_row >= fmt.HEADER_ROW or first_row >= fmt.HEADER_ROW:
            raise PackageRefused(f"{where}: sel digabung (merge) di area data ({ref}). Pisahkan kembali selnya.")
    for row, text in enumerate(fmt.title_lines(context), start=1):
        if _cell_text(sheet.get(row, 1), False) != fmt.normalise_text(text):
            raise PackageRefused(
                f"{where}, baris {row}: judul tidak cocok dengan metadata paket (seharusnya '{text}'). "
                "OPD, tahun atau triwulan pada lembar diubah; paket ditolak."
            )
    cols = fmt.columns_for(context)
    for c, col in enumerate(cols, start=1):
        if _cell_text(sheet.get(fmt.HEADER_ROW, c), False) != fmt.normalise_text(col.header):
            raise PackageRefused(
                f"{where}, sel {get_column_letter(c)}{fmt.HEADER_ROW}: judul kolom seharusnya '{col.header}'. "
                "Kolom disisipkan, dihapus atau dipindah; paket ditolak."
            )
    expected = None     # the canonical texts, built only when a row differs from what was written
    readonly = [(c, col) for c, col in enumerate(cols, start=1) if not col.editable]   # columns 1..k
    code_col = next(c for c, col in readonly if col.key == "code")
    first, n = fmt.FIRST_DATA_ROW, len(context["rows"])
    ncols = len(cols)
    actual_rows = sheet.content_rows(first, ncols)
    codes = [_raw_text(sheet.raw(r, code_col)) for r in range(first, first + n)]
    want_codes = [fmt.normalise_text(row["code"]) for row in context["rows"]]
    extra = [r for r in actual_rows if r >= first + n]
    if extra or any(r >= first + n for r in actual_rows):
        codes_all = [_raw_text(sheet.raw(r, code_col)) for r in actual_rows]
        want_count = Counter(want_codes)
        dup = [c for c, k in Counter(codes_all).items() if c in want_count and k > want_count[c]]
        if dup:
            raise PackageRefused(f"{where}: baris indikator {dup[0]} digandakan (baris {extra[0]} berlebih). Paket ditolak.")
        raise PackageRefused(
            f"{where}, baris {extra[0]}: ada baris di luar daftar indikator (disisipkan atau ditambahkan). "
            "Hapus baris itu atau pakai paket asli."
        )
    missing = [w for w in want_codes if w not in codes] if Counter(codes) != Counter(want_codes) else []
    if missing or any(c is None for c in codes):
        gone = missing[0] if missing else want_codes[codes.index(None)]
        raise PackageRefused(f"{where}: baris indikator {gone} dihapus atau dikosongkan. Paket ditolak; pakai paket asli.")
    if codes != want_codes:
        i = next(i for i, (a, b) in enumerate(zip(codes, want_codes)) if a != b)
        raise PackageRefused(
            f"{where}, baris {first + i}: urutan baris diubah (kode {codes[i]}, seharusnya {want_codes[i]}). "
            "Urutkan kembali seperti semula atau pakai paket asli."
        )
    quick = fmt.readonly_values(context)
    for i in range(n):
        r = first + i
        if sheet.row_values(r, len(readonly)) == quick[i]:
            continue        # exactly as written: no need to compare cell by cell
        expected = expected or fmt.readonly_cells(context)
        want = expected[i]
        for (c, col), w in zip(readonly, want):
            got = _cell_text(sheet.get(r, c), col.numeric)
            if got != w:
                raise PackageRefused(
                    f"{where}, sel {get_column_letter(c)}{r} ({col.header}): isi diubah menjadi '{got or ''}', "
                    f"seharusnya '{w or ''}'. Kolom ini hanya-baca; paket ditolak."
                )


def _read_rows(sheet, context: dict) -> list[RowRead]:
    cols = fmt.columns_for(context)
    value_col = next(c for c, col in enumerate(cols, 1) if col.key == "value")
    note_col = next(c for c, col in enumerate(cols, 1) if col.key == "note")
    spent_col = next((c for c, col in enumerate(cols, 1) if col.key == "spent"), None)
    budgets = fmt.budget_rows(context)
    wanted = (value_col, note_col, spent_col if spent_col is not None else 0)   # column 0: always empty
    value_letter = get_column_letter(value_col)
    spent_letter = get_column_letter(spent_col) if spent_col is not None else ""
    rows = []
    for i, ctx in enumerate(context["rows"]):
        r = fmt.FIRST_DATA_ROW + i
        cell, note_cell, spent_cell = sheet.cells_at(r, wanted)
        row = RowRead(i, r, int(ctx["id"]), ctx["code"], None, "", value_cell=cell)
        try:
            if cell is not None:
                row.value = _value(cell, ctx)
                if row.value is not None and row.value < 0 and not ctx.get("allow_negative"):
                    raise CellRefused(f"realisasi tidak boleh negatif ({row.value})")
        except CellRefused as exc:
            row.problem = f"Lembar {fmt.ENTRY_SHEET}, baris {r}, kolom {value_letter} (Realisasi): {exc}"
        try:
            if note_cell is not None and note_cell.error:
                raise CellRefused(f"berisi nilai galat {note_cell.value}")
            row.note = read_text(None if note_cell is None else note_cell.value)
        except CellRefused as exc:
            note_where = f"Lembar {fmt.ENTRY_SHEET}, baris {r}, kolom {get_column_letter(note_col)} (Catatan)"
            row.problem = (row.problem + "; " if row.problem else "") + f"{note_where}: {exc}"
        if spent_col is not None:
            _read_spent(row, spent_cell, budgets.get(i), spent_letter)
        rows.append(row)
    return rows


def _read_spent(row: RowRead, cell: Cell | None, budget: dict | None, letter: str) -> None:
    row.spent_cell = cell
    if cell is None:        # the common case, an empty cell: nothing to read
        if budget is not None:
            row.budget_id = int(budget["id"])
        return
    where = f"Lembar {fmt.ENTRY_SHEET}, baris {row.sheet_row}, kolom {letter} (Realisasi anggaran)"
    if budget is None:
        if cell is not None and cell.value not in (None, ""):
            row.spent_problem = (f"{where}: baris ini tidak mempunyai pagu anggaran (anggaran program/kegiatan diisi "
                                 "pada baris indikator pertamanya); kosongkan sel ini.")
        return
    row.budget_id = int(budget["id"])
    try:
        if cell is not None:
            if cell.error:
                raise CellRefused(f"Sel berisi nilai galat {cell.value}, bukan angka.")
            row.spent = read_number(cell.value, cell.number_format, fmt.SPENT_DECIMALS, "Rp")
            if row.spent is not None and row.spent < 0:
                raise CellRefused(f"realisasi anggaran tidak boleh negatif ({row.spent})")
    except CellRefused as exc:
        issued = budget.get("issued_spent")
        number = cell.value if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool) else None
        if number is not None and issued is not None and read_number(number, cell.number_format, None, "Rp") == Decimal(issued):
            row.spent = Decimal(issued)      # the value the program itself wrote is not ambiguous
        else:
            row.spent, row.spent_problem = None, f"{where}: {exc}"


def _value(cell: Cell, ctx: dict) -> Decimal | None:
    if cell.error:
        raise CellRefused(f"Sel berisi nilai galat {cell.value}, bukan angka. Perbaiki rumus atau tulis angkanya.")
    try:
        return read_number(cell.value, cell.number_format, ctx["decimals"], ctx["unit"])
    except CellRefused:
        # The value the program itself wrote at issue time is not ambiguous.
        issued = ctx.get("issued_value")
        if issued is not None and isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
            number = read_number(cell.value, cell.number_format, None, ctx["unit"])
            if number == Decimal(issued):
                return number
        raise
