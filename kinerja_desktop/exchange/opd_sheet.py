"""The OPD list of a region, as a sheet named 'OPD' (Kode OPD, Nama OPD, Bidang urusan): either a
sheet added to the master-data workbook or a workbook of its own (the template written here).
Used by the first set-up of a region's database; no Qt."""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import xlsxwriter

from kinerja_desktop.exchange.masterdata_read import MASTER_LIMITS
from kinerja_desktop.exchange.safe_zip import WorkbookProblem, check_archive

SHEET = "OPD"
HEADERS = ("Kode OPD", "Nama OPD", "Bidang urusan")
CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")
BIDANG = re.compile(r"^([0-9X]\.[0-9X]{2})(,[0-9X]\.[0-9X]{2})*$")
MAX_AGENCIES = 500


class OpdSheetRefused(Exception):
    """The OPD list cannot be used; the message (Indonesian) says what and where."""


@dataclass(frozen=True)
class AgencyRow:
    code: str
    name: str
    bidang: str = ""


def read_opd_sheet(path: str | Path) -> list[AgencyRow]:
    path = Path(path)
    try:
        data = check_archive(path, MASTER_LIMITS)
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except WorkbookProblem as exc:
        raise OpdSheetRefused(str(exc)) from exc
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise OpdSheetRefused(f"Berkas '{path.name}' tidak dapat dibaca sebagai buku kerja: {exc}.") from exc
    try:
        if SHEET not in wb.sheetnames:
            raise OpdSheetRefused(f"Berkas '{path.name}' tidak memuat lembar '{SHEET}' (kolom {', '.join(HEADERS)}). "
                                  "Tambahkan lembar itu atau mulai dari templat daftar OPD.")
        rows = list(wb[SHEET].iter_rows(values_only=True))
    finally:
        wb.close()
    return _rows(rows, path.name)


def _rows(rows: list[tuple], file_name: str) -> list[AgencyRow]:
    header = [" ".join(str(v or "").split()).lower() for v in (rows[0] if rows else ())]
    where_col = {}
    for title in HEADERS[:2]:
        if title.lower() not in header:
            raise OpdSheetRefused(f"Berkas '{file_name}', lembar '{SHEET}': kolom '{title}' tidak ada di baris 1.")
        where_col[title] = header.index(title.lower())
    bidang_col = header.index(HEADERS[2].lower()) if HEADERS[2].lower() in header else None
    result, seen, problems = [], {}, []
    for number, row in enumerate(rows[1:], start=2):
        cell = lambda i: " ".join(str(row[i]).split()) if i is not None and i < len(row) and row[i] is not None else ""
        code, name, bidang = cell(where_col["Kode OPD"]), cell(where_col["Nama OPD"]), cell(bidang_col).replace(" ", "")
        if not (code or name or bidang):
            continue
        at = f"lembar '{SHEET}' baris {number}"
        if not CODE.match(code):
            problems.append(f"{at}: kode OPD '{code}' tidak sah (1-32 huruf, angka, titik, garis bawah atau tanda hubung).")
        elif code.upper() in seen:
            problems.append(f"{at}: kode OPD '{code}' sudah dipakai di baris {seen[code.upper()]}.")
        if not name or len(name) > 200:
            problems.append(f"{at}: nama OPD wajib diisi (paling banyak 200 karakter).")
        if bidang and not BIDANG.match(bidang):
            problems.append(f"{at}: bidang urusan '{bidang}' tidak sah; tulis kode seperti 1.02 atau 1.02,2.22.")
        seen.setdefault(code.upper(), number)
        result.append(AgencyRow(code, name, bidang))
    if problems:
        raise OpdSheetRefused(f"Daftar OPD di '{file_name}' ditolak; tidak ada yang dibuat.\n" + "\n".join(problems[:10])
                              + (f"\n... dan {len(problems) - 10} masalah lain." if len(problems) > 10 else ""))
    if not result:
        raise OpdSheetRefused(f"Lembar '{SHEET}' di '{file_name}' belum berisi OPD; isi satu OPD per baris mulai baris 2.")
    if len(result) > MAX_AGENCIES:
        raise OpdSheetRefused(f"Lembar '{SHEET}' di '{file_name}' memuat {len(result)} OPD; paling banyak {MAX_AGENCIES}.")
    return result


def write_opd_template(path: str | Path, example: list[AgencyRow] = ()) -> Path:
    """An empty OPD list (with example rows if given) for the administrator to fill in."""
    path = Path(path)
    wb = xlsxwriter.Workbook(str(path))
    bold = wb.add_format({"bold": True, "bg_color": "#DCE6F1", "border": 1})
    ws = wb.add_worksheet(SHEET)
    for col, (title, width) in enumerate(zip(HEADERS, (14, 60, 20))):
        ws.write(0, col, title, bold)
        ws.set_column(col, col, width)
    for row, agency in enumerate(example, start=1):
        ws.write_row(row, 0, (agency.code, agency.name, agency.bidang))
    notes = wb.add_worksheet("Petunjuk")
    notes.set_column(0, 0, 100)
    for row, text in enumerate((
            "Daftar OPD kabupaten/kota: satu OPD per baris di lembar 'OPD', mulai baris 2.",
            "Kode OPD: singkatan tetap (mis. DINKES), 1-32 huruf/angka; dipakai di paket dan di buku kerja data induk.",
            "Nama OPD: nama lengkap perangkat daerah.",
            "Bidang urusan (boleh kosong): kode bidang Permendagri 90/2019, dipisah koma, mis. 1.02 atau 2.22,2.23.",
            "Lembar 'OPD' yang sama boleh ditambahkan ke buku kerja data induk; program membacanya saat penyiapan.")):
        notes.write(row, 0, text)
    wb.close()
    return path
