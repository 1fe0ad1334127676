"""`kinerja iku`: the IKU over the period as text and CSV (read-only), and its bad inputs."""
from __future__ import annotations

import csv
import hashlib
import io

import pytest

from tests.iku_plan import iku_plan
from tests.cli_run import run


@pytest.fixture
def db_file(tmp_path):
    path = tmp_path / "iku.db"
    iku_plan(path).close()
    return path



def test_text_table(capsys, db_file):
    before = hashlib.sha256(db_file.read_bytes()).hexdigest()
    code, out, err = run(capsys, "iku", "--db", str(db_file))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "IKU sepanjang periode \u2014 RPJMD 2021-2024, Kabupaten Contoh"
    assert lines[1].startswith("4 IKU: 2 sesuai jalur, 1 berisiko, 1 belum dapat diproyeksikan")
    assert "Tujuan T1  Meningkatnya kesejahteraan" in lines
    assert "    2023           72,00               \u2014          \u2014  belum dilaporkan" in lines
    assert "    2023            10,0             4,0     40,00%  Sangat Rendah  (s.d. TW II)" in lines
    assert "    Proyeksi 2024: 10,40 \u00b7 61,3% (Rendah) \u00b7 Berisiko" in lines
    assert "P1.1" not in out and "None" not in out
    assert hashlib.sha256(db_file.read_bytes()).hexdigest() == before   # read-only


def test_csv_one_row_per_iku(capsys, db_file):
    code, out, err = run(capsys, "iku", "--db", str(db_file), "--format", "csv", "--periode", "RPJMD 2021-2024")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["kode"] for r in rows] == ["T1.1", "T1.2", "S1.1.1", "S1.1.2"]
    t11 = rows[0]
    assert (t11["realisasi_2022"], t11["capaian_2022"], t11["predikat_2022"]) == ("71.5", "100.70", "Sangat Tinggi")
    assert (t11["realisasi_2023"], t11["capaian_2023"]) == ("", "")          # not reported: empty, never 0
    assert (t11["kondisi_awal"], t11["tahun_kondisi_awal"], t11["target_akhir"]) == ("69", "2020", "73")
    s111 = rows[2]
    assert (s111["proyeksi"], s111["capaian_proyeksi"], s111["status"]) == ("10.4", "61.33", "Berisiko")
    assert s111["alasan"].startswith("Tren 2021\u20132023")
    assert rows[3]["triwulan_2023"] == "2"


def test_unknown_period_is_refused_with_the_periods_there_are(capsys, db_file):
    code, out, err = run(capsys, "iku", "--db", str(db_file), "--periode", "RPJMD 2030-2035")
    assert code == 2 and out == ""
    assert "Periode rencana 'RPJMD 2030-2035' tidak ada" in err and "1 (RPJMD 2021-2024, 2021-2024)" in err


def test_bad_format_is_a_usage_error(capsys, db_file):
    code, _, err = run(capsys, "iku", "--db", str(db_file), "--format", "xlsx")
    assert code == 2 and "pilihan 'xlsx' tidak dikenal" in err


def test_not_a_database(capsys, tmp_path):
    bad = tmp_path / "bukan.db"
    bad.write_text("ini bukan basis data")
    code, _, err = run(capsys, "iku", "--db", str(bad))
    assert code == 1 and err.startswith("kinerja: ") and "Traceback" not in err
    assert bad.read_text() == "ini bukan basis data"


@pytest.mark.parametrize("named", ["2021-2024", " 2021 \u2013 2024 ", "1", "rpjmd 2021-2024"])
def test_a_period_is_named_by_id_name_or_years(capsys, db_file, named):
    code, out, err = run(capsys, "iku", "--db", str(db_file), "--format", "csv", "--periode", named)
    assert code == 0, err
    assert [r["kode"] for r in csv.DictReader(io.StringIO(out))][0] == "T1.1"


def test_years_of_no_period_are_refused(capsys, db_file):
    code, out, err = run(capsys, "iku", "--db", str(db_file), "--periode", "2021-2025")
    assert code == 2 and "Periode rencana '2021-2025' tidak ada" in err
