"""Importing a plan from the plan document's own table (issue 13 point 3): two layouts made by
other offices, matching without duplicates, structural changes held until confirmed, agencies
not surely matched held, rows that cannot be placed refused by row."""
from __future__ import annotations


import pytest

from kinerja_desktop.domain.entities import User
from kinerja_desktop.exchange.plan_table import PlanTableRefused, load_mapping, read_plan_table
from kinerja_desktop.services.plan_import import PlanImportRefused, apply_plan_import, preview_plan_import
from tests.plan_tables import plan_db, rpjmd_iku, second_office

ADMIN = User(1, "admin", "Admin", "administrator", None)


@pytest.fixture
def db():
    database, _ = plan_db()
    yield database
    database.close()


def placed(db) -> dict[str, tuple]:
    """indicator name -> (node type, node code, OPD code, end target)."""
    rows = db.execute(
        "SELECT i.name, i.node_type, coalesce(g.code, o.code), a.code, e.value FROM indicator i "
        "JOIN agency a ON a.id = i.agency_id LEFT JOIN goal g ON g.id = i.goal_id "
        "LEFT JOIN objective o ON o.id = i.objective_id LEFT JOIN end_target e ON e.indicator_id = i.id")
    return {name: (node, code, opd, end) for name, node, code, opd, end in rows}


def targets(db, name: str) -> dict[int, str]:
    return dict(db.execute("SELECT t.year, t.value FROM target t JOIN indicator i ON i.id = t.indicator_id "
                           "WHERE i.name = ? AND t.quarter = 0", [name]).fetchall())


def do_import(db, path, confirm=False, **options):
    preview = preview_plan_import(db, read_plan_table(path), **options)
    return preview, apply_plan_import(db, preview, ADMIN, confirm_structure=confirm)


def test_rpjmd_iku_table_imports_every_indicator_under_its_title_row_and_opd(db, tmp_path):
    preview, result = do_import(db, rpjmd_iku(tmp_path / "iku.xlsx"))
    assert not preview.refused and not preview.structural
    got = placed(db)
    assert got["Persentase balita gizi baik"] == ("objective", "S1.1", "D-102", "86")   # "Dinkes Kab. Soppeng"
    assert got["Angka partisipasi sekolah"] == ("objective", "S1.2", "D-101", "95")     # "Dinas Pendidikan"
    assert got["Persentase jalan mantap"] == ("objective", "S2.1", "D-103", "80")       # "DPUPR"
    assert got["Indeks contoh"] == ("goal", "T1", "DINA", "70")                         # the existing one
    # Title rows are tujuan/sasaran, never indicators.
    assert not any(name.startswith("Meningkat") for name in got)
    assert db.execute("SELECT goal_id FROM objective WHERE code = 'S2.1'").fetchone()[0] == \
        db.execute("SELECT id FROM goal WHERE code = 'T2'").fetchone()[0]
    assert targets(db, "Persentase balita gizi baik") == {2022: "81", 2023: "82", 2024: "83", 2025: "84", 2026: "85"}
    assert result.new > 0
    audited = db.execute("SELECT count(*) FROM audit_log WHERE source = 'master' AND source_ref = 'iku.xlsx'").fetchone()[0]
    assert audited >= len(preview.new)


def test_second_office_layout_with_merged_titles_and_abbreviations(db, tmp_path):
    table = read_plan_table(second_office(tmp_path / "lampiran.xlsx"))
    assert table.columns[0] == "code" and table.columns[10] == "agency" and table.columns[9] == "end_target"
    assert [r.kind for r in table.rows].count("indicator") == 4
    preview, _ = do_import(db, tmp_path / "lampiran.xlsx")
    assert not preview.refused
    got = placed(db)
    assert got["Cakupan imunisasi dasar lengkap"] == ("objective", "S1.1", "D-102", "93")    # "Dinkes"
    assert got["Persentase balita gizi baik"][:3] == ("objective", "S1.1", "D-102")           # "DINKES"
    assert got["Angka partisipasi sekolah"][:3] == ("objective", "S1.2", "D-101")             # "Disdik Kab. Soppeng"
    assert got["Persentase jalan mantap"][:3] == ("objective", "S2.1", "D-103")               # "Dinas PUPR"
    baseline = db.execute("SELECT baseline FROM indicator WHERE name = 'Cakupan imunisasi dasar lengkap'").fetchone()[0]
    assert baseline == "88.5"                                                                 # written "88,5"
    codes = [c for (c,) in db.execute("SELECT code FROM indicator")]
    assert len(codes) == len(set(codes))          # codes made for a table without codes do not collide


def test_reimport_changes_nothing_and_the_other_layout_finds_the_same_indicators(db, tmp_path):
    do_import(db, rpjmd_iku(tmp_path / "iku.xlsx"))
    before = db.execute("SELECT count(*) FROM indicator").fetchone()[0]
    audit = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    again, result = do_import(db, tmp_path / "iku.xlsx")
    assert (again.new, again.changed, again.structural, again.refused) == ([], [], [], [])
    assert (result.new, result.changed) == (0, 0)
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit
    # The other office's table names the same indicators without codes: found by name, not duplicated.
    other, _ = do_import(db, second_office(tmp_path / "lampiran.xlsx"))
    assert [line.name for line in other.new] == ["Cakupan imunisasi dasar lengkap"]
    assert db.execute("SELECT count(*) FROM indicator").fetchone()[0] == before + 1


def _iku_with(tmp_path, name, **changes):
    rows = [
        ["T2", "Meningkatkan infrastruktur wilayah"],
        ["S2.1", "Meningkatnya kemantapan jalan"],
        ["S2.1.1", "Persentase jalan mantap", "persen", 70, 72, 74, 76, 78, 80, 80, "DPUPR"],
    ]
    row = rows[2]
    for index, value in changes.items():
        row[int(index[1:])] = value
    return rpjmd_iku(tmp_path / name, rows)


def test_structural_change_is_held_until_confirmed(db, tmp_path):
    do_import(db, rpjmd_iku(tmp_path / "iku.xlsx"))
    path = _iku_with(tmp_path, "ubah.xlsx", c9=85, c10="Dinas Kesehatan")
    preview = preview_plan_import(db, read_plan_table(path))
    (line,) = preview.structural
    assert line.row == 8 and "OPD: D-103 \u2192 D-102" in line.what and "Target akhir: 80 \u2192 85" in line.what
    with pytest.raises(PlanImportRefused, match="perlu dikonfirmasi"):
        apply_plan_import(db, preview, ADMIN)
    assert placed(db)["Persentase jalan mantap"] == ("objective", "S2.1", "D-103", "80")   # nothing written
    apply_plan_import(db, preview, ADMIN, confirm_structure=True)
    assert placed(db)["Persentase jalan mantap"] == ("objective", "S2.1", "D-102", "85")


def test_end_target_is_never_taken_from_a_yearly_column(db, tmp_path):
    do_import(db, rpjmd_iku(tmp_path / "iku.xlsx"))
    path = _iku_with(tmp_path, "tanpa_akhir.xlsx", c8=90, c9="")      # 2026 raised, end target cell empty
    preview, _ = do_import(db, path)
    assert not preview.structural
    assert placed(db)["Persentase jalan mantap"][3] == "80"
    assert targets(db, "Persentase jalan mantap")[2026] == "90"
    # A new indicator without an end target gets none (not the last year's).
    rows = [["T2", "Infrastruktur"], ["S2.1", "Jalan"], ["S2.1.9", "Panjang jalan baru", "km", 1, 2, 3, 4, 5, 6, "", "DPUPR"]]
    do_import(db, rpjmd_iku(tmp_path / "baru.xlsx", rows))
    assert placed(db)["Panjang jalan baru"][3] is None


def test_unmatched_agency_is_held_with_close_matches_to_confirm(db, tmp_path):
    rows = [["T2", "Infrastruktur"], ["S2.1", "Jalan"],
            ["S2.1.1", "Persentase jalan mantap", "persen", 70, 72, 74, 76, 78, 80, 80, "Dinas Kesehata"],
            ["S2.1.2", "Kunjungan wisata", "orang", 1, 2, 3, 4, 5, 6, 6, "Dinas Pariwisata"]]
    path = rpjmd_iku(tmp_path / "opd.xlsx", rows)
    preview = preview_plan_import(db, read_plan_table(path))
    assert any("baris 8: OPD 'Dinas Kesehata' belum dipastikan; mirip: D-102 Dinas Kesehatan" in r for r in preview.refused)
    assert any("baris 9: OPD 'Dinas Pariwisata' belum dipastikan" in r for r in preview.refused)
    close = {m.text: m.candidates for m in preview.agencies}
    assert close["Dinas Kesehata"][0][0] == "D-102" and 0.6 <= close["Dinas Kesehata"][0][2] < 1
    with pytest.raises(PlanImportRefused):
        apply_plan_import(db, preview, ADMIN)
    assert "Persentase jalan mantap" not in placed(db)
    # A person confirms the close match and names the other: the rows go in.
    choices = {"Dinas Kesehata": "D-102", "Dinas Pariwisata": "D-106"}
    preview, _ = do_import(db, path, opd_choices=choices)
    assert placed(db)["Persentase jalan mantap"][2] == "D-102"


def test_rows_that_cannot_be_placed_are_refused_by_row_and_nothing_is_written(db, tmp_path):
    rows = [["", "Indikator tanpa judul", "persen", 1, 1, 1, 1, 1, 1, 1, "Dinas A"],
            ["T2", "Infrastruktur"], ["S2.1", "Jalan"],
            ["S2.1.1", "", "", "", "", "", "", "", "", "", "Dinas A"],
            ["S2.1.2", "Tanpa satuan", "", 1, 1, 1, 1, 1, 1, 1, "Dinas A"],
            ["S2.1.3", "Jalan baik", "persen", 1, 1, 1, 1, 1, 1, 1, "Dinas A"]]
    path = rpjmd_iku(tmp_path / "acak.xlsx", rows)
    before = db.execute("SELECT count(*) FROM indicator").fetchone()[0]
    preview = preview_plan_import(db, read_plan_table(path))
    text = "\n".join(preview.refused)
    assert "Lembar 'IKU' baris 6: indikator 'Indikator tanpa judul' tidak berada di bawah baris judul" in text
    assert "Lembar 'IKU' baris 9: bukan baris judul" in text
    assert "Lembar 'IKU' baris 10: indikator 'Tanpa satuan' tanpa satuan" in text
    with pytest.raises(PlanImportRefused, match="3 baris tidak dapat diimpor"):
        apply_plan_import(db, preview, ADMIN)
    assert db.execute("SELECT count(*) FROM indicator").fetchone()[0] == before
    assert db.execute("SELECT count(*) FROM goal WHERE code = 'T2'").fetchone()[0] == 0


def test_mapping_overrides_detection(db, tmp_path):
    import json

    import xlsxwriter

    path = tmp_path / "aneh.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    for c, text in enumerate(["Nomor urut", "Uraian", "Ukuran", "Sasaran akhir", "PJ"]):
        ws.write(0, c, text)
    for r, row in enumerate([["T1", "Tujuan satu"], ["S1.1", "Sasaran satu"],
                             ["X9", "Rasio baru", "rasio", 3, "Dinkes"]], start=1):
        for c, v in enumerate(row):
            ws.write(r, c, v)
    wb.close()
    with pytest.raises(PlanTableRefused, match="baris judul kolom tidak ditemukan"):
        read_plan_table(path)
    mapping = tmp_path / "peta.json"
    mapping.write_text(json.dumps({"lembar": "Data", "baris_judul": 1, "kolom": {
        "A": "kode", "B": "indikator", "C": "satuan", "D": "target_akhir", "E": "opd"}}), encoding="utf-8")
    preview = preview_plan_import(db, read_plan_table(path, load_mapping(mapping)))
    apply_plan_import(db, preview, ADMIN)
    assert placed(db)["Rasio baru"] == ("objective", "S1.1", "D-102", "3")
    mapping.write_text("{bukan json", encoding="utf-8")
    with pytest.raises(PlanTableRefused, match="peta.json' bukan JSON"):
        load_mapping(mapping)
    mapping.write_text(json.dumps({"kolom": {"A": "warna"}}), encoding="utf-8")
    with pytest.raises(PlanTableRefused, match="arti kolom 'warna'"):
        load_mapping(mapping)


def test_bad_workbooks_are_refused_with_the_file_named(tmp_path):
    import zipfile

    text = tmp_path / "teks.xlsx"
    text.write_text("Kode;Indikator\n", encoding="utf-8")
    empty = tmp_path / "kosong.xlsx"
    empty.write_bytes(b"")
    csv = tmp_path / "tabel.csv"
    csv.write_text("a", encoding="utf-8")
    damaged = tmp_path / "rusak.xlsx"
    damaged.write_bytes(rpjmd_iku(tmp_path / "utuh.xlsx").read_bytes()[:900])
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(tmp_path / "utuh.xlsx") as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
        zout.writestr("xl/worksheets/sheet9.xml", b"<a>" + b" " * 3_000_000 + b"</a>")
    import xlsxwriter

    blank = tmp_path / "tanpa_isi.xlsx"
    wb = xlsxwriter.Workbook(str(blank))
    wb.add_worksheet("Kosong")
    wb.close()
    for path, words in ((text, "teks.xlsx' bukan buku kerja"), (empty, "kosong.xlsx' kosong"),
                        (csv, "tabel.csv' bukan buku kerja .xlsx"), (damaged, "rusak.xlsx' rusak"),
                        (bomb, "bom zip"), (blank, "tanpa_isi.xlsx': lembar 'Kosong' kosong"),
                        (tmp_path / "tidak_ada.xlsx", "tidak ditemukan")):
        with pytest.raises(PlanTableRefused, match=words.replace(".", r"\.")):
            read_plan_table(path)
