"""Issue 13 point 1: each period of a database shows its own tree, evaluation, completeness,
report, values, entry sheet and packages; the default period is right for an overlap year."""
from __future__ import annotations

import hashlib

import pytest

from kinerja_desktop import cli
from kinerja_desktop.exchange.package_writer import write_package
from kinerja_desktop.services.completeness import completeness
from kinerja_desktop.services.entry import load_sheet
from kinerja_desktop.services.evaluation import evaluate_quarter
from kinerja_desktop.services.package_import import preview_import
from kinerja_desktop.services.package_issue import IssueRefused, build_context, issue_package, issued_values
from kinerja_desktop.services.report import build_report
from kinerja_desktop.services.values import value_rows
from kinerja_desktop.store import repositories as repo
from tests.fixtures import PLANNER
from tests.periods import SECOND, two_periods


@pytest.fixture
def periods(tmp_path):
    db, ids, new_ids = two_periods(tmp_path / "dua.db")
    yield db, set(ids.values()), set(new_ids.values()), tmp_path / "dua.db"
    db.close()


def test_evaluation_dashboard_and_entry_keep_to_the_period_of_the_year(periods):
    db, first, second, _ = periods
    assert {r.indicator.id for r in evaluate_quarter(db, 2026, 2)} == first            # overlap year: the old plan
    assert {r.indicator.id for r in evaluate_quarter(db, 2027, 1)} == second
    assert {r.indicator.id for r in evaluate_quarter(db, 2026, 2, plan=repo.load_plan(db, SECOND))} == second
    sheet_2027 = {row.indicator.id for row in load_sheet(db, 1, 2027, 1).rows}
    assert sheet_2027 and sheet_2027 <= second
    sheet_2026 = {row.indicator.id for row in load_sheet(db, 1, 2026, 1).rows}
    assert sheet_2026 and sheet_2026 <= first
    assert load_sheet(db, 1, 2026, 1, plan_id=SECOND).rows[0].indicator.id in second


def test_completeness_counts_the_period_s_indicators(periods):
    db, first, second, _ = periods
    rows = {r.code: r for r in completeness(db, 2027)}
    assert rows["DINA"].quarters[1].total == 4 and rows["DINA"].quarters[1].filled == 4   # period 2's own
    rows = {r.code: r for r in completeness(db, 2026)}
    assert rows["DINA"].quarters[1].total == 4 and rows["DINA"].quarters[1].filled == 3   # period 1's


def test_the_report_and_the_values_list_are_of_one_period(periods):
    db, first, second, _ = periods
    assert build_report(db, 2026, 2).plan_name == "RPJMD 2021-2026"
    assert build_report(db, 2027, 1).plan_name == "RPJMD 2025-2029"
    assert build_report(db, 2026, 2, plan_id=SECOND).plan_name == "RPJMD 2025-2029"
    assert len(list(value_rows(db, year=2027))) == 5 and len(list(value_rows(db, year=2026))) == 7
    assert len(list(value_rows(db, year=2026, plan_id=SECOND))) == 0


def test_a_package_names_its_period_and_imports_into_it(periods, tmp_path):
    db, first, second, _ = periods
    issued = issue_package(db, PLANNER, "DINA", 2026, 3, tmp_path, plan_id=SECOND)
    context = build_context(db, 1, 2026, 3, plan_id=SECOND)
    assert context["plan"]["id"] == SECOND and context["plan"]["name"] == "RPJMD 2025-2029"
    assert {row["id"] for row in context["rows"]} <= second
    preview = preview_import(db, issued.path)
    assert preview.refused is None, preview.refused


def _package(db, tmp_path, name, change):
    context = build_context(db, 1, 2026, 3)
    change(context["plan"])
    path = tmp_path / name
    write_package(path, context, issued_values(context))
    return path


def test_an_older_package_without_a_period_imports_into_the_default_period(periods, tmp_path):
    db, *_ = periods
    old = _package(db, tmp_path, "lama.xlsx", lambda plan: (plan.pop("id"), plan.pop("kind")))
    preview = preview_import(db, old)
    assert preview.refused is None, preview.refused


@pytest.mark.parametrize("change, words", [
    (lambda plan: plan.update(id=9, name="RPJMD 2030-2034"), "periode rencana 'RPJMD 2030-2034' (ID 9) yang tidak ada"),
    (lambda plan: plan.update(id=2, name="RPJMD 2025-2029"), "bukan indikator periode RPJMD 2025-2029"),
])
def test_a_package_of_an_unknown_or_other_period_is_refused(periods, tmp_path, change, words):
    db, _, _, path = periods
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    preview = preview_import(db, _package(db, tmp_path, "lain.xlsx", change))
    assert preview.refused and words in preview.refused and "Paket ditolak" in preview.refused


def test_issuing_for_a_year_outside_the_chosen_period_is_refused(periods, tmp_path):
    db, *_ = periods
    with pytest.raises(IssueRefused, match="Tahun 2021 di luar periode RPJMD 2025-2029"):
        issue_package(db, PLANNER, "DINA", 2021, 3, tmp_path, plan_id=SECOND)
    assert not list(tmp_path.glob("*.xlsx"))
    assert db.execute("SELECT count(*) FROM package").fetchone()[0] == 0


def run(capsys, *argv):
    capsys.readouterr()
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_command_line_takes_the_period_by_id_or_name(periods, capsys):
    db, first, second, path = periods
    code, out, err = run(capsys, "values", "--db", str(path), "--year", "2026", "--periode", "RPJMD 2025-2029",
                         "--format", "json")
    assert code == 0 and out.strip() in ("[]", "")       # period 2 holds no 2026 values
    code, out, err = run(capsys, "values", "--db", str(path), "--year", "2027", "--period", "2", "--format", "csv")
    assert code == 0 and out.count("\n") == 1 + 5
    code, out, err = run(capsys, "report", "--db", str(path), "--year", "2026", "--quarter", "2",
                         "--periode", "2", "--out", str(path.with_name("lap.xlsx")))
    assert code == 0 and path.with_name("lap.xlsx").exists()


@pytest.mark.parametrize("argv, words", [
    (["--periode", "9", "--year", "2026"], "Periode rencana '9' tidak ada. Periode yang ada: 1 (RPJMD 2021-2026, 2021-2026), "
                                           "2 (RPJMD 2025-2029, 2025-2029)"),
    (["--periode", "1", "--year", "2028"], "Tahun 2028 di luar periode RPJMD 2021-2026 (2021-2026)"),
])
def test_an_unknown_period_or_a_year_outside_it_is_refused_on_the_command_line(periods, capsys, argv, words):
    db, _, _, path = periods
    out_file = path.with_name("tidak.xlsx")
    code, out, err = run(capsys, "report", "--db", str(path), "--quarter", "1", "--out", str(out_file), *argv)
    assert code == 2 and words in err and "Traceback" not in err
    assert not out_file.exists()


def test_the_plan_editor_lets_a_code_repeat_in_the_other_period_only(periods):
    from kinerja_desktop.services.plan_edit import IndicatorForm, PlanEditRefused, save_indicator, save_node
    from tests.fixtures import ADMIN

    db, first, second, _ = periods
    second_goal = db.execute("SELECT id FROM goal WHERE plan_id = 2").fetchone()[0]
    with pytest.raises(PlanEditRefused, match="Kode sasaran S1.1 sudah dipakai"):
        save_node(db, ADMIN, "objective", "S1.1", "Sasaran lagi", parent_id=second_goal)
    new_goal = save_node(db, ADMIN, "goal", "T2", "Tujuan dua", parent_id=SECOND)
    save_node(db, ADMIN, "objective", "S9", "Sasaran baru", parent_id=new_goal)
    with pytest.raises(PlanEditRefused, match="Kode sasaran S9 sudah dipakai"):
        save_node(db, ADMIN, "objective", "S9", "Sasaran baru lagi", parent_id=second_goal)
    save_node(db, ADMIN, "objective", "S9", "Sasaran baru periode 1", parent_id=1)     # other period: allowed
    form = IndicatorForm("T1.1", "Indeks contoh", "poin", "positive", "last", "2", "DINA", "goal", new_goal)
    with pytest.raises(PlanEditRefused, match="Kode indikator T1.1 sudah dipakai"):
        save_indicator(db, ADMIN, form)                       # T1.1 is in period 2 already
    before = db.execute("SELECT count(*) FROM indicator").fetchone()[0]
    form = IndicatorForm("T9.1", "Indeks baru", "poin", "positive", "last", "2", "DINA", "goal", new_goal)
    new_id = save_indicator(db, ADMIN, form)
    assert db.execute("SELECT plan_id FROM indicator WHERE id = ?", [new_id]).fetchone()[0] == SECOND
    assert db.execute("SELECT count(*) FROM indicator").fetchone()[0] == before + 1


def test_the_master_data_export_holds_one_period(periods, tmp_path):
    from kinerja_desktop.services.masterdata import dump_plan, export_masterdata

    db, first, second, _ = periods
    one, two = dump_plan(db), dump_plan(db, SECOND)
    assert [r["kode"] for r in one["Sasaran"]] == [r["kode"] for r in two["Sasaran"]] == ["S1.1"]
    assert {r["id"] for r in one["Indikator"]} == first and {r["id"] for r in two["Indikator"]} == second
    assert {r["tahun"] for r in two["Target"]} == {2027} and len(one["Anggaran"]) == 2 and not two["Anggaran"]
    assert export_masterdata(db, tmp_path / "induk2.xlsx", plan_id=SECOND).exists()


def test_an_import_expecting_another_period_is_refused(periods, tmp_path):
    db, *_ = periods
    issued = issue_package(db, PLANNER, "DINA", 2026, 3, tmp_path, plan_id=SECOND)
    assert preview_import(db, issued.path, (None, None, None, SECOND)).refused is None
    refused = preview_import(db, issued.path, (None, 2026, None, 1)).refused
    assert "paket untuk periode RPJMD 2025-2029, padahal yang diharapkan periode RPJMD 2021-2026" in refused
    args = cli.build_parser().parse_args(["import-package", "--db", "x.db", "--user", "x", "--periode", "2", "a.xlsx"])
    assert args.periode == "2"
