"""Plan tables as other offices lay them out, made with XlsxWriter, and a plan database with
real agency names to match them against (issue 13 point 3)."""
from __future__ import annotations

import xlsxwriter

from kinerja_desktop.store.database import transaction
from tests.fixtures import small_plan

AGENCIES = [  # id, code, name: codes unlike the abbreviations, so matching is by name
    (3, "D-102", "Dinas Kesehatan"), (4, "D-101", "Dinas Pendidikan"),
    (5, "D-103", "Dinas Pekerjaan Umum dan Penataan Ruang"), (6, "D-106", "Dinas Koperasi"),
]


def plan_db(path=None):
    """The small plan (goal T1, objective S1.1, indicators T1.1 and S1.1.1 of DINA) plus four
    agencies with real names, in the region 'Kabupaten Soppeng'."""
    db, ids = small_plan(path)
    with transaction(db):
        db.execute("UPDATE plan SET region_name = 'Kabupaten Soppeng'")
        for id_, code, name in AGENCIES:
            db.execute("INSERT INTO agency (id, code, name) VALUES (?, ?, ?)", [id_, code, name])
    return db, ids


def rpjmd_iku(path, rows=None, first_year: int = 2022):
    """An RPJMD IKU table: a title over the table, header 'KODEFIKASI', title rows T1 / S1.1 in
    the code column, agency names, yearly targets under a merged 'Target Kinerja' header (five
    years from `first_year`)."""
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("IKU")
    ws.write(0, 0, "TABEL 8.1 INDIKATOR KINERJA UTAMA RPJMD KABUPATEN SOPPENG 2021-2026")
    head = ["KODEFIKASI", "Tujuan/Sasaran/Indikator", "Satuan", "Kondisi Kinerja Awal (2020)"]
    for c, text in enumerate(head):
        ws.merge_range(2, c, 3, c, text)
    ws.merge_range(2, 4, 2, 8, "Target Kinerja")
    for i, year in enumerate(range(first_year, first_year + 5)):
        ws.write_number(3, 4 + i, year)
    ws.merge_range(2, 9, 3, 9, "Kondisi Kinerja pada Akhir Periode RPJMD")
    ws.merge_range(2, 10, 3, 10, "Perangkat Daerah Penanggung Jawab")
    for c in range(11):
        ws.write_number(4, c, c + 1)
    data = rows if rows is not None else [
        ["T1", "Meningkatkan kualitas sumber daya manusia"],
        ["T1.1", "Indeks contoh", "poin", 65, 66, 67, 68, 69, 70, 70, "Dinas A"],
        ["S1.1", "Meningkatnya derajat kesehatan masyarakat"],
        ["S1.1.1", "Angka kematian contoh", "persen", 6, 5.8, 5.6, 5.4, 5.2, 5, 5, "Dinas A"],
        ["S1.1.2", "Persentase balita gizi baik", "persen", 80, 81, 82, 83, 84, 85, 86, "Dinkes Kab. Soppeng"],
        ["S1.2", "Meningkatnya mutu pendidikan"],
        ["S1.2.1", "Angka partisipasi sekolah", "persen", 90, 91, 92, 93, 94, 95, 95, "Dinas Pendidikan"],
        ["T2", "Meningkatkan infrastruktur wilayah"],
        ["S2.1", "Meningkatnya kemantapan jalan"],
        ["S2.1.1", "Persentase jalan mantap", "persen", 70, 72, 74, 76, 78, 80, 80, "DPUPR"],
    ]
    for r, values in enumerate(data, start=5):
        for c, v in enumerate(values):
            (ws.write_number if isinstance(v, (int, float)) else ws.write)(r, c, v)
    ws.write(5 + len(data) + 1, 0, "Sumber: RPJMD Kabupaten Soppeng 2021-2026")
    wb.close()
    return path


def second_office(path, rows=None):
    """Another office's layout: merged title bands 'Tujuan 1: …' / 'Sasaran 1.1 …', header words
    of its own ('No. Kode', 'Indikator Kinerja', 'PD Pengampu'), abbreviations, targets '2022'..'2026'
    in plain year columns, 'Kondisi Akhir', and a numbering row."""
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Lampiran")
    band = wb.add_format({"bold": True})
    head = ["No. Kode", "Indikator Kinerja", "Satuan", "Baseline", "2022", "2023", "2024", "2025", "2026",
            "Kondisi Akhir", "PD Pengampu"]
    for c, text in enumerate(head):
        ws.write(1, c, text)
    for c in range(11):
        ws.write(2, c, f"({c + 1})")
    data = rows if rows is not None else [
        ("band", "Tujuan 1: Meningkatkan kualitas sumber daya manusia"),
        ("band", "Sasaran 1.1 Meningkatnya derajat kesehatan masyarakat"),
        ["", "Persentase balita gizi baik", "persen", 80, 81, 82, 83, 84, 85, 86, "DINKES"],
        ["", "Cakupan imunisasi dasar lengkap", "persen", "88,5", "89", "90", "91", "92", "93", "93", "Dinkes"],
        ("band", "Sasaran 1.2 Meningkatnya mutu pendidikan"),
        ["", "Angka partisipasi sekolah", "persen", 90, 91, 92, 93, 94, 95, 95, "Disdik Kab. Soppeng"],
        ("band", "Tujuan 2: Meningkatkan infrastruktur wilayah"),
        ("band", "Sasaran 2.1 Meningkatnya kemantapan jalan"),
        ["", "Persentase jalan mantap", "persen", 70, 72, 74, 76, 78, 80, 80, "Dinas PUPR"],
    ]
    for r, values in enumerate(data, start=3):
        if isinstance(values, tuple):
            ws.merge_range(r, 0, r, 10, values[1], band)
            continue
        for c, v in enumerate(values):
            (ws.write_number if isinstance(v, (int, float)) else ws.write)(r, c, v)
    wb.close()
    return path


def add_agencies(path) -> None:
    """The agencies of plan_db() added to a plan database file (e.g. people_db_path)."""
    from kinerja_desktop.store.database import open_database

    db = open_database(path)
    try:
        with transaction(db):
            db.execute("UPDATE plan SET region_name = 'Kabupaten Soppeng'")
            for id_, code, name in AGENCIES:
                db.execute("INSERT INTO agency (id, code, name) VALUES (?, ?, ?)", [id_, code, name])
    finally:
        db.close()
