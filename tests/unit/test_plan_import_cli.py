"""`kinerja import-plan`: the preview as Indonesian text, exit codes, nothing written by a dry
run (the database file stays byte for byte the same) or by a refused import."""
from __future__ import annotations

import json

import pytest

from kinerja_desktop.cli import main
from kinerja_desktop.store.database import open_database
from tests.plan_tables import add_agencies, rpjmd_iku, second_office


@pytest.fixture
def db_path(people_db_path, cli_password):
    add_agencies(people_db_path)
    return people_db_path


def run(db_path, *argv, user="perencana"):
    return main(["import-plan", "--db", str(db_path), "--user", user, *map(str, argv)])


def count(db_path, sql="SELECT count(*) FROM indicator"):
    db = open_database(db_path, read_only=True)
    try:
        return db.execute(sql).fetchone()[0]
    finally:
        db.close()


def test_dry_run_prints_the_preview_and_writes_nothing(db_path, tmp_path, capsys):
    table = rpjmd_iku(tmp_path / "iku.xlsx")
    before = db_path.read_bytes()
    assert run(db_path, table, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Baris baru (6)" in out and "Persentase balita gizi baik" in out and "D-102" in out
    assert "PERUBAHAN STRUKTUR (perlu konfirmasi) (0)" in out and "tidak ada yang ditulis" in out
    assert db_path.read_bytes() == before


def test_import_then_reimport_changes_nothing(db_path, tmp_path, capsys):
    table = rpjmd_iku(tmp_path / "iku.xlsx")
    before = count(db_path)
    assert run(db_path, table) == 0
    assert "Rencana diterapkan" in capsys.readouterr().out
    assert count(db_path) == before + 3
    assert count(db_path, "SELECT count(*) FROM audit_log WHERE source_ref = 'iku.xlsx'") > 0
    assert run(db_path, table) == 0
    assert "Tidak ada perubahan" in capsys.readouterr().out
    assert count(db_path) == before + 3


def test_structural_change_exit_1_until_confirmed(db_path, tmp_path, capsys):
    assert run(db_path, rpjmd_iku(tmp_path / "iku.xlsx")) == 0
    rows = [["T2", "Infrastruktur"], ["S2.1", "Jalan"],
            ["S2.1.1", "Persentase jalan mantap", "persen", 70, 72, 74, 76, 78, 80, 85, "DPUPR"]]
    changed = rpjmd_iku(tmp_path / "ubah.xlsx", rows)
    capsys.readouterr()
    before = db_path.read_bytes()
    assert run(db_path, changed) == 1
    captured = capsys.readouterr()
    assert "PERUBAHAN STRUKTUR (perlu konfirmasi) (1)" in captured.out and "Target akhir: 80 \u2192 85" in captured.out
    assert "--confirm-structure" in captured.err
    assert db_path.read_bytes() == before
    assert run(db_path, changed, "--confirm-structure") == 0
    assert count(db_path, "SELECT value FROM end_target e JOIN indicator i ON i.id = e.indicator_id "
                          "WHERE i.name = 'Persentase jalan mantap'") == "85"


def test_refused_rows_and_held_agencies_exit_1_and_a_mapping_settles_them(db_path, tmp_path, capsys):
    rows = [["T2", "Infrastruktur"], ["S2.1", "Jalan"],
            ["S2.1.1", "Persentase jalan mantap", "persen", 70, 72, 74, 76, 78, 80, 80, "Dinas Kesehata"]]
    table = rpjmd_iku(tmp_path / "opd.xlsx", rows)
    before = db_path.read_bytes()
    assert run(db_path, table, "--confirm-structure") == 1
    out = capsys.readouterr().out
    assert "Lembar 'IKU' baris 8: OPD 'Dinas Kesehata' belum dipastikan" in out
    assert "'Dinas Kesehata': mirip D-102 Dinas Kesehatan (skor" in out
    assert db_path.read_bytes() == before
    mapping = tmp_path / "peta.json"
    mapping.write_text(json.dumps({"opd": {"Dinas Kesehata": "D-102"}}), encoding="utf-8")
    assert run(db_path, table, "--mapping", mapping) == 0


def test_bad_files_and_command_lines_exit_2(db_path, tmp_path, capsys):
    text = tmp_path / "teks.xlsx"
    text.write_text("bukan excel", encoding="utf-8")
    before = db_path.read_bytes()
    assert run(db_path, text) == 2
    assert "teks.xlsx' bukan buku kerja Excel" in capsys.readouterr().err
    assert run(db_path, second_office(tmp_path / "l.xlsx"), "--periode", "RPJMD 1999", "--dry-run") == 2
    assert "Periode rencana 'RPJMD 1999' tidak ada" in capsys.readouterr().err
    bad_map = tmp_path / "peta.json"
    bad_map.write_text("[1, 2", encoding="utf-8")
    assert run(db_path, tmp_path / "l.xlsx", "--mapping", bad_map) == 2
    assert "peta.json' bukan JSON" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["import-plan", "--db", str(db_path), "--user", "admin"])
    assert exit_.value.code == 2
    assert db_path.read_bytes() == before


def test_a_viewer_may_not_import(db_path, tmp_path, capsys):
    assert run(db_path, rpjmd_iku(tmp_path / "iku.xlsx"), user="tamu") == 1
    assert "tidak boleh mengimpor rencana" in capsys.readouterr().err
