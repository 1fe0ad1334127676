"""A note typed without its realisation is not stored (a realisation row needs a value): the
preview and the printed summary say so, even when nothing else in the package changed."""
from kinerja_desktop.cli import main
from kinerja_desktop.services.packages import preview_import
from tests.cli_people import PASSWORD, add_people
from tests.fixtures import small_plan
from tests.package_tools import fill, issue


def test_a_note_without_its_value_is_said_not_dropped(tmp_path, monkeypatch, capsys):
    path = tmp_path / "pusat.db"
    db, _ = small_plan(path)
    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"I9": "catatan tanpa nilai"})   # S1.1.1, TW III empty
    preview = preview_import(db, filled)
    db.close()
    said = [r for r in preview.rows if r.warning]
    assert [r.code for r in said] == ["S1.1.1"] and "tidak disimpan" in said[0].warning
    add_people(path)
    monkeypatch.setenv("KINERJA_PASSWORD", PASSWORD)
    capsys.readouterr()
    assert main(["import-package", "--db", str(path), "--user", "perencana", "--dry-run", str(filled)]) == 0
    out = capsys.readouterr().out
    assert "periksa S1.1.1" in out and "catatan tanpa nilai realisasi tidak disimpan" in out and "None" not in out
