"""Issue 14: the fast capaian rule (domain.achievement.evaluate, inlined) gives exactly what the
rule gave before (tests/reference/achievement_before.py), on random inputs and on the whole demo
database quarter by quarter; and the dashboard's at-risk-only projections equal the full ones."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings, strategies as st

from kinerja_desktop.domain.achievement import DEFAULT_BANDS, RatingBand, evaluate
from kinerja_desktop.services.evaluation import evaluate_quarter, gc_paused
from kinerja_desktop.services.projection import project
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.database import open_database
from tests.reference import achievement_before as before

# Values as stored: up to 15 significant digits, some zero, some negative, some with a scale.
numbers = st.one_of(
    st.decimals(min_value=-1000, max_value=10**6, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from([Decimal(0), Decimal("0.00"), Decimal("-0"), Decimal("1E+2"), Decimal("999999999999999"),
                     Decimal("0.000000000000001"), Decimal("12.3456")]),
)
maybe = st.one_of(st.none(), numbers)
quarter_map = st.dictionaries(st.integers(1, 4), maybe, max_size=4)
OTHER_BANDS = (RatingBand("Baik", Decimal("80.5"), "#1B7F3B"), RatingBand("Kurang", Decimal(0), "#D64541"))


FIELDS = ("realisation", "target", "achievement", "rating", "reported_quarters")


def _same(new, old) -> None:
    # The reference module has its own Evaluation and RatingBand classes: compare field by field.
    assert [getattr(new, f) for f in FIELDS[:3]] == [getattr(old, f) for f in FIELDS[:3]]
    assert new.reported_quarters == old.reported_quarters
    assert (new.rating and new.rating.label) == (old.rating and old.rating.label)
    # Equal Decimals may still print differently (1.5 and 1.50): compare the digits too.
    for field in ("realisation", "target", "achievement"):
        assert str(getattr(new, field)) == str(getattr(old, field)), field
    assert new.reported == old.reported and new.computable == old.computable


@settings(max_examples=3000, deadline=None)
@given(st.sampled_from(["positive", "negative"]), st.sampled_from(["sum", "last", "mean"]), maybe, quarter_map,
       quarter_map, st.integers(0, 4), st.sampled_from(["2-R/T", "T/R"]), st.sampled_from([DEFAULT_BANDS, OTHER_BANDS]))
def test_fast_rule_equals_the_rule_before(polarity, aggregation, annual, quarterly, realisations, as_of, formula, bands):
    args = (polarity, aggregation, annual, quarterly, realisations, as_of, formula)
    _same(evaluate(*args, bands), before.evaluate(*args, _old_bands(bands)))


def _old_bands(bands):
    return tuple(before.RatingBand(b.label, b.lower_bound, b.colour) for b in bands)


def test_p40_and_p41_shapes_still_hold():
    # P40: a `sum` indicator with quarterly targets, TW II unreported, evaluated as of TW III.
    quarterly = {1: Decimal(10), 2: Decimal(20), 3: Decimal(30), 4: Decimal(40)}
    reals = {1: Decimal(10), 3: Decimal(30)}
    new = evaluate("positive", "sum", Decimal(100), quarterly, reals, 3)
    assert new.achievement == Decimal("66.67") and new.target == Decimal(60)
    _same(new, before.evaluate("positive", "sum", Decimal(100), quarterly, reals, 3))
    assert new.rating.label == "Sedang"


def test_whole_demo_database_quarter_by_quarter(demo_db_path):
    db = open_database(demo_db_path, read_only=True)
    plan = repo.load_plan(db)
    for year in (2025, 2026):
        values = repo.load_year_values(db, year)
        for quarter in (1, 2, 3, 4):
            results = evaluate_quarter(db, year, quarter, plan=plan)
            assert len(results) == repo.count_indicators(db)
            for r in results:
                v = r.values
                old = before.evaluate(r.indicator.polarity, r.indicator.aggregation, v.annual_target,
                                      v.quarterly_targets, v.realisations, quarter, plan.negative_formula, _old_bands(plan.bands))
                _same(r.evaluation, old)
                assert v == values.get(r.indicator.id, v)
                full = project(r.indicator, v, quarter, plan)
                risky = project(r.indicator, v, quarter, plan, only_at_risk=True)
                assert risky == (full if full is not None and full.at_risk else None)
                if risky is not None:
                    assert (risky.reason, risky.basis) == (full.reason, full.basis)
    db.close()


def test_gc_paused_nests_and_restores():
    import gc
    assert gc.isenabled()
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()   # it was off before: left off
    finally:
        gc.enable()


def test_year_values_equal_a_plain_reading_row_by_row(demo_db_path, tmp_path):
    """load_year_values reads realisations grouped by indicator (one lookup per indicator): the
    same values, notes and unreadable texts as reading every row on its own, also when an
    indicator's rows are mixed with bad texts and notes."""
    import shutil
    import sqlite3

    from kinerja_desktop.domain.numbers import stored_number
    path = tmp_path / "copy.db"
    shutil.copy(demo_db_path, path)
    con = sqlite3.connect(path)
    first, second = [r[0] for r in con.execute(
        "SELECT r.indicator_id FROM realisation r JOIN target t ON t.indicator_id = r.indicator_id AND t.year = 2026"
        " AND t.quarter = 0 WHERE r.year = 2026 AND r.quarter = 1 AND EXISTS (SELECT 1 FROM realisation x WHERE"
        " x.year = 2026 AND x.indicator_id = r.indicator_id AND x.quarter = 2) ORDER BY r.indicator_id LIMIT 2")]
    con.execute("UPDATE realisation SET value = '1.2.3', note = 'dicatat' WHERE year = 2026 AND indicator_id = ?"
                " AND quarter = 2", [first])
    con.execute("UPDATE realisation SET note = 'catatan' WHERE year = 2026 AND indicator_id = ? AND quarter = 1", [second])
    con.execute("UPDATE target SET value = '9' || printf('%.399c', '9') WHERE year = 2026 AND indicator_id = ? AND quarter = 0", [second])
    con.commit()
    expected: dict[int, dict] = {}
    for ind, quarter, value, note in con.execute("SELECT indicator_id, quarter, value, note FROM realisation WHERE year = 2026"):
        entry = expected.setdefault(ind, {"real": {}, "bad": {}, "notes": {}})
        number = stored_number(value)
        if number is None:
            entry["bad"][quarter] = value
        else:
            entry["real"][quarter] = number
        if note:
            entry["notes"][quarter] = note
    con.close()
    db = open_database(str(path), read_only=True)
    values = repo.load_year_values(db, 2026)
    got = {i: {"real": v.realisations, "bad": v.bad_realisations, "notes": v.notes}
           for i, v in values.items() if v.realisations or v.bad_realisations or v.notes}
    assert got == expected
    assert values[first].bad_realisations == {2: "1.2.3"} and values[first].notes[2] == "dicatat"
    assert values[second].notes[1] == "catatan" and values[second].bad_targets == {0: "9" * 400}
    assert values[second].annual_target is None
    db.close()
