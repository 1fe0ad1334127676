"""What the scale-1 demo database holds: the reference plan exactly, a plausible OPD layer,
values that give every rating band, workflow and users (built once per session)."""
from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal

import pytest

from kinerja_desktop import paths
from kinerja_desktop.services.evaluation import band_counts, evaluate_quarter
from kinerja_desktop.services.users import authenticate
from kinerja_desktop.store.database import integrity_check, open_database
from kinerja_desktop.store.repositories import load_plan

REFERENCE = json.loads(paths.REFERENCE_JSON.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def demo(demo_db_path):
    db = open_database(demo_db_path, read_only=True)
    yield db
    db.close()


def one(db, sql, params=()):
    return db.execute(sql, params).fetchone()[0]


def reference_indicators():
    for goal in REFERENCE["tujuan"]:
        for item in goal["indicators"]:
            yield "goal", item
        for objective in goal["sasaran"]:
            for item in objective["indicators"]:
                yield "objective", item


def test_counts_of_the_plan_and_the_opd_layer(demo):
    """The first period (RPJMD 2021-2026); the second one is tested in test_demo_second_period.py."""
    assert one(demo, "SELECT count(*) FROM agency") == 37
    assert one(demo, "SELECT count(*) FROM goal WHERE plan_id = 1") == 6
    assert one(demo, "SELECT count(*) FROM objective o JOIN goal g ON g.id = o.goal_id WHERE g.plan_id = 1") == 11
    assert one(demo, "SELECT count(*) FROM indicator WHERE node_type = 'goal' AND plan_id = 1") == 7
    assert one(demo, "SELECT count(*) FROM indicator WHERE node_type = 'objective' AND plan_id = 1") == 18
    total = one(demo, "SELECT count(*) FROM indicator WHERE plan_id = 1")
    assert 3000 <= total <= 6000
    # every OPD runs programs with activities, sub-activities and indicators
    assert one(demo, "SELECT count(*) FROM agency WHERE id NOT IN (SELECT agency_id FROM program)") == 0
    assert one(demo, "SELECT count(*) FROM program WHERE id NOT IN (SELECT program_id FROM activity)") == 0
    assert one(demo, "SELECT count(*) FROM activity WHERE id NOT IN (SELECT activity_id FROM sub_activity)") == 0
    assert one(demo, "SELECT count(*) FROM agency WHERE id NOT IN (SELECT agency_id FROM indicator)") == 0
    kinds = Counter(k for (k,) in demo.execute("SELECT node_type FROM indicator"))
    assert kinds["program"] > 200 and kinds["activity"] > 600 and kinds["sub_activity"] > 2000


def test_database_is_clean_and_opens_as_a_kinerja_database(demo):
    assert integrity_check(demo) == []
    assert demo.execute("PRAGMA foreign_key_check").fetchall() == []
    plan = load_plan(demo)
    assert (plan.name, plan.region_name, plan.region_code, plan.province) == (
        "RPJMD 2021-2026", "Kabupaten Soppeng", "73.12", "Sulawesi Selatan")
    bands = demo.execute("SELECT label, lower_bound, colour FROM rating_band WHERE plan_id = 1 ORDER BY position").fetchall()
    assert bands == [("Sangat Tinggi", "91", "#1B7F3B"), ("Tinggi", "76", "#7CC242"), ("Sedang", "66", "#F2C12E"),
                     ("Rendah", "51", "#F28C28"), ("Sangat Rendah", None, "#D64541")]


def test_goal_and_objective_indicators_are_exactly_the_reference(demo):
    for node_type, item in reference_indicators():
        row = demo.execute(
            "SELECT i.id, i.name, i.unit, i.polarity, i.aggregation, i.decimals, a.code, i.node_type, i.baseline, "
            "i.allow_negative FROM indicator i JOIN agency a ON a.id = i.agency_id WHERE i.code = ?", [item["code"]]
        ).fetchone()
        assert row is not None, item["code"]
        ind_id, name, unit, polarity, aggregation, decimals, opd, kind, baseline, allow_negative = row
        assert (name, unit, polarity, aggregation, decimals, opd, kind) == (
            item["name"], item["unit"], item["polarity"], item["aggregation"], item["decimals"],
            item["responsible_opd"], node_type)
        targets = dict(demo.execute("SELECT year, value FROM target WHERE indicator_id = ? AND quarter = 0", [ind_id]))
        assert {y: Decimal(v) for y, v in targets.items()} == {
            int(y): Decimal(str(v)) for y, v in item["targets"].items()}
        end = one(demo, "SELECT value FROM end_target WHERE indicator_id = ?", [ind_id])
        if item["aggregation"] == "sum":     # a flow: the plan's total, as the years add up to date
            assert Decimal(end) == sum(Decimal(str(v)) for v in item["targets"].values())
        else:
            assert Decimal(end) == Decimal(str(item["targets"]["2026"]))
        if item.get("baseline_2020") is not None:
            assert Decimal(baseline) == Decimal(str(item["baseline_2020"]))
        assert allow_negative == (1 if "pertumbuhan" in item["name"].lower() else 0)


def test_sourced_history_is_stored_exactly_as_fourth_quarter_realisations(demo):
    checked = 0
    for _, item in reference_indicators():
        for h in item.get("history", []):
            if h["year"] < 2021:
                continue
            row = demo.execute(
                "SELECT r.value, r.source_ref, r.note FROM realisation r JOIN indicator i ON i.id = r.indicator_id "
                "WHERE i.code = ? AND r.year = ? AND r.quarter = 4", [item["code"], h["year"]]).fetchone()
            assert row is not None, (item["code"], h["year"])
            assert Decimal(row[0]) == Decimal(str(h["value"])) and row[1] == h["source"]
            assert row[2] == f"Sumber: {h['source']}"
            checked += 1
    assert checked == 18    # every sourced figure inside the plan period (the 2020 one is a baseline)
    # the 2020 figure is the baseline, not a realisation outside the plan period
    assert one(demo, "SELECT count(*) FROM realisation WHERE year < 2021 OR year > 2026") == 0


def test_every_indicator_has_targets_for_every_year_and_an_end_target(demo):
    missing = one(demo, """SELECT count(*) FROM indicator i WHERE i.plan_id = 1 AND
        (SELECT count(DISTINCT year) FROM target t WHERE t.indicator_id = i.id AND t.quarter = 0
         AND t.year BETWEEN 2021 AND 2026) != 6""")
    assert missing == 0
    assert one(demo, "SELECT count(*) FROM indicator WHERE id NOT IN (SELECT indicator_id FROM end_target)") == 0
    wrong_end = one(demo, """SELECT count(*) FROM end_target e JOIN target t ON t.indicator_id = e.indicator_id
        AND t.year = 2026 AND t.quarter = 0 JOIN indicator i ON i.id = e.indicator_id
        WHERE i.plan_id = 1 AND i.aggregation != 'sum' AND t.value != e.value""")
    assert wrong_end == 0
    wrong_sum = one(demo, """SELECT count(*) FROM end_target e JOIN indicator i ON i.id = e.indicator_id
        WHERE i.aggregation = 'sum' AND abs(CAST(e.value AS REAL) - (SELECT sum(CAST(value AS REAL)) FROM target t
        WHERE t.indicator_id = e.indicator_id AND t.quarter = 0)) > 0.001""")
    assert wrong_sum == 0
    with_quarters = one(demo, "SELECT count(DISTINCT indicator_id) FROM target WHERE quarter > 0")
    total = one(demo, "SELECT count(*) FROM indicator WHERE plan_id = 1")
    assert 0.1 * total < with_quarters < 0.3 * total
    # quarterly targets of a 'sum' indicator add up to its annual target
    bad = one(demo, """SELECT count(*) FROM (SELECT t.indicator_id, t.year FROM target t
        JOIN indicator i ON i.id = t.indicator_id WHERE i.aggregation = 'sum' AND t.quarter > 0
        GROUP BY t.indicator_id, t.year HAVING abs(sum(CAST(t.value AS REAL)) -
        (SELECT CAST(value AS REAL) FROM target a WHERE a.indicator_id = t.indicator_id AND a.year = t.year
         AND a.quarter = 0)) > 0.011)""")
    assert bad == 0


def test_values_stop_at_2026_third_quarter_with_gaps_notes_and_zero_targets(demo):
    assert one(demo, "SELECT count(*) FROM realisation WHERE year = 2026 AND quarter = 4") == 0
    assert one(demo, "SELECT count(*) FROM realisation WHERE year = 2026 AND quarter = 3") > 1000
    per_indicator = 6 * 4 - 1
    total = one(demo, "SELECT count(*) FROM indicator")
    assert one(demo, "SELECT count(*) FROM realisation") < per_indicator * total   # some unreported quarters
    notes = [n for (n,) in demo.execute("SELECT note FROM realisation WHERE note != '' AND source_ref = ''")]
    assert any(n.startswith("Faktor pendorong") for n in notes) and any(n.startswith("Faktor penghambat") for n in notes)
    zero = one(demo, "SELECT count(DISTINCT indicator_id) FROM target WHERE quarter = 0 AND year = 2026 AND value = '0'")
    assert 2 <= zero <= 5
    # values are canonical decimal text: no exponent, no trailing zeros after a point
    odd = one(demo, "SELECT count(*) FROM realisation WHERE value LIKE '%e%' OR (value LIKE '%.%' AND value LIKE '%0')")
    assert odd == 0


def test_all_five_rating_bands_occur_in_2026_third_quarter(demo):
    plan = load_plan(demo)
    counts = band_counts(evaluate_quarter(demo, 2026, 3, plan=plan), plan)
    for band in plan.bands:
        assert counts[band.label] >= 20, counts
    assert counts["Sangat Tinggi"] == max(counts[b.label] for b in plan.bands)


def test_to_date_achievements_are_plausible(demo):
    from kinerja_desktop.services.evaluation import to_date_figures

    plan = load_plan(demo)
    results = evaluate_quarter(demo, 2026, 3, plan=plan)
    figures = to_date_figures(demo, results, plan)
    values = sorted(f.achievement for f in figures.values() if f.achievement is not None)
    median = values[len(values) // 2]
    assert Decimal(70) < median < Decimal(110), median
    assert len(values) > 0.9 * len(results)


def test_programs_follow_the_nomenclature_and_the_reference_examples(demo):
    rows = dict(demo.execute("SELECT p.code, o.code FROM program p JOIN objective o ON o.id = p.objective_id "
                             "JOIN agency a ON a.id = p.agency_id WHERE a.code = 'DINKES'"))
    assert rows["1.02.01"] == "S6.1"                                  # support programme, own bidang code
    assert rows["1.02.02"] == "S2.1"                                  # health serves the health objective
    for example in REFERENCE["program_examples"]:
        agency = one(demo, "SELECT id FROM agency WHERE code = ?", [example["opd"]])
        names = dict(demo.execute(
            "SELECT a.code, a.name FROM activity a JOIN program p ON p.id = a.program_id WHERE p.agency_id = ? "
            "UNION ALL SELECT s.code, s.name FROM sub_activity s JOIN activity a ON a.id = s.activity_id "
            "JOIN program p ON p.id = a.program_id WHERE p.agency_id = ?", [agency, agency]))
        for node in example["kegiatan"] + example["sub_kegiatan"]:
            assert names.get(node["code"]) == node["name"]
    # activity and sub-activity codes extend their parent's code
    assert one(demo, "SELECT count(*) FROM activity a JOIN program p ON p.id = a.program_id "
                     "WHERE a.code NOT LIKE p.code || '.2.%'") == 0
    assert one(demo, "SELECT count(*) FROM sub_activity s JOIN activity a ON a.id = s.activity_id "
                     "WHERE s.code NOT LIKE a.code || '.____'") == 0
    # indicator codes are unique within an OPD and a period (they repeat in the next period)
    assert one(demo, "SELECT count(*) FROM (SELECT plan_id, agency_id, code FROM indicator GROUP BY 1, 2, 3 "
                     "HAVING count(*) > 1)") == 0


def test_indicator_mix_has_both_polarities_and_all_aggregations(demo):
    mix = Counter(demo.execute("SELECT polarity, aggregation FROM indicator WHERE node_type NOT IN ('goal', 'objective')"))
    assert mix[("negative", "sum")] > 50 and mix[("negative", "mean")] > 50
    assert mix[("positive", "mean")] > 100 and mix[("positive", "last")] > 300 and mix[("positive", "sum")] > 1000
    assert one(demo, "SELECT count(*) FROM indicator WHERE node_type NOT IN ('goal', 'objective') "
                     "AND (definition = '' OR data_source = '')") == 0
    units = {u for (u,) in demo.execute("SELECT DISTINCT unit FROM indicator")}
    assert {"persen", "orang", "unit", "km", "dokumen", "kegiatan"} <= units


def test_budgets_add_up_and_spending_stops_where_values_stop(demo):
    pagu = {}
    for activity, year, value in demo.execute(
            "SELECT x.activity_id, b.year, b.pagu FROM budget b JOIN sub_activity x ON x.id = b.sub_activity_id"):
        pagu[activity, year] = pagu.get((activity, year), Decimal(0)) + Decimal(value)
    activities = demo.execute("SELECT activity_id, year, pagu FROM budget WHERE activity_id IS NOT NULL").fetchall()
    assert activities and all(Decimal(value) == pagu[a, y] for a, y, value in activities)
    rows = demo.execute("SELECT b.pagu, sum(CAST(s.spent AS REAL)) FROM budget b JOIN spending s ON s.budget_id = b.id "
                        "WHERE b.year = 2025 GROUP BY b.id").fetchall()
    assert rows and all(spent <= float(pagu) for pagu, spent in rows)
    assert one(demo, "SELECT count(*) FROM spending s JOIN budget b ON b.id = s.budget_id "
                     "WHERE b.year = 2026 AND s.quarter = 4") == 0
    assert one(demo, "SELECT count(*) FROM budget WHERE pagu LIKE '%.%'") > 0     # some with sen
    years = {y for (y,) in demo.execute("SELECT DISTINCT year FROM budget")}
    assert years == set(range(2021, 2027))


def test_workflow_locks_the_past_and_mixes_the_third_quarter(demo):
    assert one(demo, "SELECT count(*) FROM workflow WHERE year < 2026 AND status = 'locked'") == 37 * 5 * 4
    assert one(demo, "SELECT count(*) FROM workflow WHERE year = 2026 AND quarter = 1 AND status = 'locked'") == 37
    q2 = Counter(s for (s,) in demo.execute("SELECT status FROM workflow WHERE year = 2026 AND quarter = 2"))
    assert q2["verified"] > 25
    q3 = dict(demo.execute("SELECT a.code, w.status FROM agency a LEFT JOIN workflow w ON w.agency_id = a.id "
                           "AND w.year = 2026 AND w.quarter = 3"))
    statuses = Counter(s or "draft" for s in q3.values())
    assert statuses["submitted"] >= 5 and statuses["verified"] >= 5 and statuses["draft"] >= 5
    assert q3["DINKES"] == "verified"
    assert one(demo, "SELECT count(*) FROM workflow WHERE year = 2026 AND quarter = 4") == 0
    # a late OPD has reported only a few values of TW III
    late_fill = [one(demo, "SELECT count(*) FROM realisation r JOIN indicator i ON i.id = r.indicator_id "
                           "WHERE i.agency_id = (SELECT id FROM agency WHERE code = ?) AND r.year = 2026 AND r.quarter = 3",
                           [code]) for code, status in q3.items() if status is None]
    assert min(late_fill) < 0.5 * max(late_fill)
    steps = Counter(demo.execute("SELECT old_status, new_status FROM workflow_log"))
    assert steps[("verified", "locked")] >= 37 * 21 and steps[("submitted", "draft")] >= 1
    assert one(demo, "SELECT count(*) FROM workflow_log WHERE new_status = 'draft' AND reason = ''") == 0


def test_demo_users_log_in_with_their_documented_passwords(demo_copy):
    db = open_database(demo_copy)
    try:
        expected = {"admin": ("admin123", "administrator", None), "perencana": ("perencana123", "planner", None),
                    "dinkes": ("dinkes123", "operator", "DINKES"), "tamu": ("tamu123", "viewer", None)}
        for username, (password, role, opd) in expected.items():
            user = authenticate(db, username, password, sleep=lambda s: None)
            assert user.role == role
            code = None if user.agency_id is None else one(db, "SELECT code FROM agency WHERE id = ?", [user.agency_id])
            assert code == opd
        assert one(db, "SELECT full_name FROM app_user WHERE username = 'admin'") == "Administrator Bappelitbangda"
        assert all(h.startswith("$argon2id$") for (h,) in db.execute("SELECT password_hash FROM app_user"))
    finally:
        db.close()


ENGLISH_WORDS = {"the", "is", "are", "and", "of", "a", "year", "values", "not", "one", "before", "after",
                 "method", "figure", "quoted", "seed", "article", "revised", "target", "series"}


def test_plan_level_definitions_are_indonesian_definitions(demo):
    """The Definisi of a goal or objective indicator defines it, in Indonesian (it once showed the
    reference file's English remarks and a note that the RPJMD text was not found)."""
    rows = list(demo.execute("SELECT code, definition FROM indicator WHERE node_type IN ('goal', 'objective')"))
    assert len(rows) == 25 + 25   # each period's IKU
    for code, definition in rows:
        words = {w.strip(".,;:()").lower() for w in definition.split()}
        assert len(definition) > 40, code
        assert not words & ENGLISH_WORDS, (code, words & ENGLISH_WORDS)
        assert "belum ditemukan" not in definition, code
