"""`kinerja report --form rpjmd`: exit codes and Indonesian messages, nothing written on a refusal;
the RKPD form keeps working and still asks for its year and quarter."""
from __future__ import annotations

import pytest

from kinerja_desktop.cli import main
from tests.rpjmd_data import history_plan


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "plan.db"
    history_plan(path)[0].close()
    return path


@pytest.mark.parametrize("name, extra", [("rpjmd.xlsx", []), ("rpjmd.pdf", ["--program", "--paper", "F4"]),
                                         ("rpjmd1.xlsx", ["--periode", "RPJMD 2021-2026"])])
def test_form_written(db_path, tmp_path, capsys, name, extra):
    out = tmp_path / name
    assert main(["report", "--form", "rpjmd", "--db", str(db_path), "--out", str(out), *extra]) == 0
    assert out.stat().st_size > 1000
    assert "Evaluasi hasil RPJMD dibuat" in capsys.readouterr().out
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.parametrize("args, code, message", [
    (["--out", "{tmp}/tidak-ada/rpjmd.xlsx"], 1, "Folder '{tmp}/tidak-ada' tidak ada. Buat foldernya dulu"),
    (["--out", "{tmp}/rpjmd.docx"], 2, "Jenis berkas '.docx' tidak dikenal; akhiri nama berkas dengan .xlsx atau .pdf"),
    (["--out", "{tmp}/rpjmd.xlsx", "--quarter", "2"], 2, "--form rpjmd mencakup semua tahun periode dan seluruh OPD; hapus --quarter"),
    (["--out", "{tmp}/rpjmd.xlsx", "--opd", "DINA"], 2, "hapus --opd"),
    (["--out", "{tmp}/rpjmd.xlsx", "--periode", "RPJMD 1999"], 2, "Periode rencana 'RPJMD 1999' tidak ada"),
])
def test_refusals(db_path, tmp_path, capsys, args, code, message):
    argv = ["report", "--form", "rpjmd", "--db", str(db_path)] + [a.format(tmp=tmp_path) for a in args]
    assert main(argv) == code
    err = capsys.readouterr().err
    assert message.format(tmp=tmp_path) in err and "Traceback" not in err
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("plan.db")] == []


def test_unknown_form_is_a_usage_error(db_path, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["report", "--form", "rpjmx", "--db", str(db_path), "--out", str(tmp_path / "x.xlsx")])
    assert exit_.value.code == 2
    assert "argumen --form: pilihan 'rpjmx' tidak dikenal" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


def test_rkpd_form_still_needs_year_and_quarter(db_path, tmp_path, capsys):
    out = tmp_path / "rkpd.xlsx"
    assert main(["report", "--db", str(db_path), "--year", "2026", "--out", str(out)]) == 2
    assert "argumen wajib belum diisi: --quarter" in capsys.readouterr().err and not out.exists()
    assert main(["report", "--form", "rkpd", "--db", str(db_path), "--year", "2026", "--quarter", "2",
                 "--out", str(out)]) == 0
    assert out.exists()
