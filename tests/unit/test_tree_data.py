"""The indicator tree below Qt: nesting, operator pruning, the filter's match set, cell texts."""
from __future__ import annotations

from decimal import Decimal

from kinerja_desktop.store.repositories import load_plan
from kinerja_desktop.ui.tree import tree_data as td
from kinerja_desktop.ui.tree import tree_sort
from kinerja_desktop.ui.tree.detail_data import indicator_detail


def codes(tree: td.TreeData, uids=None) -> list[str]:
    return [r.code for r in tree.rows if uids is None or r.uid in uids]


def test_nodes_nest_with_their_indicators_first(db):
    tree = td.load_tree(db, 2026, 4)
    assert codes(tree) == ["T1", "T1.1", "S1.1", "S1.1.1", "1.02.02", "P1.1", "1.02.02.2.02", "K1.1",
                           "1.02.02.2.02.0001", "1.03.10", "B1.1"]
    k = tree.by_key[("indicator", 4)]
    assert [a.code for a in k.ancestors()] == ["1.02.02.2.02", "1.02.02", "S1.1", "T1"]
    assert all(row.parent is None or row.parent.children[row.row] is row for row in tree.rows)
    assert [r.uid for r in tree.rows] == list(range(len(tree.rows)))


def test_operator_tree_keeps_only_own_indicators_and_their_ancestors(db):
    tree = td.load_tree(db, 2026, 4, only_agency=2)
    assert codes(tree) == ["T1", "S1.1", "1.03.10", "B1.1"]
    assert {r.result.indicator.agency_id for r in tree.indicator_rows} == {2}


def test_no_filter_shows_everything(db):
    assert td.visible_uids(td.load_tree(db, 2026, 4)) is None


def test_filter_by_code_keeps_ancestors(db):
    tree = td.load_tree(db, 2026, 4)
    assert codes(tree, td.visible_uids(tree, "K1.1")) == ["T1", "S1.1", "1.02.02", "1.02.02.2.02", "K1.1"]


def test_filter_by_name_is_case_insensitive(db):
    tree = td.load_tree(db, 2026, 4)
    assert codes(tree, td.visible_uids(tree, "  JALAN ")) == ["T1", "S1.1", "1.03.10", "B1.1"]


def test_matching_node_brings_its_indicators(db):
    tree = td.load_tree(db, 2026, 4)
    shown = codes(tree, td.visible_uids(tree, "Kegiatan A"))   # "Sub kegiatan A" matches too
    assert shown == ["T1", "S1.1", "1.02.02", "1.02.02.2.02", "K1.1", "1.02.02.2.02.0001"]
    assert codes(tree, td.visible_uids(tree, "program b")) == ["T1", "S1.1", "1.03.10", "B1.1"]


def test_filter_by_agency_and_rating(db):
    tree = td.load_tree(db, 2026, 4)
    assert codes(tree, td.visible_uids(tree, agency_id=2)) == ["T1", "S1.1", "1.03.10", "B1.1"]
    assert codes(tree, td.visible_uids(tree, rating="Tinggi")) == ["T1", "S1.1", "S1.1.1"]
    assert codes(tree, td.visible_uids(tree, "layanan", agency_id=2)) == []


def test_no_match_gives_an_empty_set(db):
    tree = td.load_tree(db, 2026, 4)
    assert td.visible_uids(tree, "xyz") == set()


def test_unreported_and_not_computable_ratings(db):
    db.execute("UPDATE target SET value = '0' WHERE indicator_id = 5 AND quarter = 0")
    tree = td.load_tree(db, 2026, 4)
    b = tree.by_key[("indicator", 5)]
    assert td.status_label(b.result) == td.NOT_COMPUTABLE
    assert td.display_of(b, td.COL_ACHIEVEMENT) == "—"
    assert td.display_of(b, td.COL_RATING) == "—"
    empty = td.load_tree(db, 2025, 4).by_key[("indicator", 1)]
    assert td.status_label(empty.result) == td.UNREPORTED
    assert td.display_of(empty, td.COL_ACHIEVEMENT) == ""


def test_cells_in_indonesian_format_with_the_indicators_decimals(db):
    tree = td.load_tree(db, 2026, 4)
    t1 = tree.by_key[("indicator", 1)]
    assert [td.display_of(t1, c) for c in range(td.COLUMN_COUNT)] == [
        "T1.1", "Indeks contoh", "poin", "70,00", "68,50", "69,00", "", "", "69,00", "98,57", "Sangat Tinggi"]
    p = tree.by_key[("indicator", 3)]
    assert td.display_of(p, td.COL_REALISATION) == "185"      # sum, 0 decimals
    k = tree.by_key[("indicator", 4)]
    assert td.display_of(k, td.COL_TARGET) == "90,0"          # 1 decimal


def test_quarters_after_the_chosen_one_are_left_out(db):
    tree = td.load_tree(db, 2026, 1)
    t1 = tree.by_key[("indicator", 1)]
    assert td.display_of(t1, td.COL_Q1) == "68,50"
    assert td.display_of(t1, td.COL_Q1 + 1) == ""
    assert td.display_of(t1, td.COL_REALISATION) == "68,50"


def test_sort_key_orders_numbers_as_numbers_and_empty_last(db):
    tree = td.load_tree(db, 2026, 4)
    rows = tree.indicator_rows
    ordered = sorted(rows, key=lambda r: tree_sort.sort_key(r, td.COL_ACHIEVEMENT))
    assert [r.code for r in ordered] == ["B1.1", "P1.1", "S1.1.1", "K1.1", "T1.1"]
    assert tree_sort.sort_key(tree.by_key[("goal", 1)], td.COL_TARGET)[0] == 1


def test_same_structure_is_recognised_across_periods(db):
    assert td.load_tree(db, 2026, 4).structure() == td.load_tree(db, 2026, 2).structure()
    db.execute("UPDATE indicator SET retired_at = '2026-01-01' WHERE id = 5")
    assert td.load_tree(db, 2026, 4).structure() != td.load_tree(db, 2026, 2, only_agency=1).structure()


def test_detail_of_an_indicator_lists_years_and_quarters_newest_first(db):
    detail = indicator_detail(db, 3, load_plan(db))
    assert detail.agency_name == "Dinas A"
    assert detail.end_target == Decimal("400")
    # the year as of Q4: 185 against the four quarterly targets (400), Q3 and Q4 unreported
    assert [(y.year, y.target, y.realisation, y.achievement) for y in detail.years] == [
        (2026, Decimal("400"), Decimal("185"), Decimal("46.25"))]
    assert [(q.year, q.quarter, q.value, q.achievement) for q in detail.quarters] == [
        (2026, 2, Decimal("95"), Decimal("102.78")), (2026, 1, Decimal("90"), Decimal("112.50"))]
    assert indicator_detail(db, 999, load_plan(db)) is None


def test_sorting_siblings_by_achievement_and_back_to_code_order(db):
    for i, (code, real) in enumerate([("P1.2", "500"), ("P1.3", "10")], start=6):
        db["indicator"].insert({"id": i, "code": code, "name": code, "unit": "orang", "polarity": "positive",
                                "aggregation": "sum", "decimals": 0, "agency_id": 1, "node_type": "program",
                                "program_id": 1})
        db["target"].insert({"indicator_id": i, "year": 2026, "quarter": 0, "value": "100"})
        db["realisation"].insert({"indicator_id": i, "year": 2026, "quarter": 1, "value": real, "note": "",
                                  "updated_at": "x", "updated_by": "t"})
    tree = td.load_tree(db, 2026, 4)
    program = tree.by_key[("program", 1)]
    assert [r.code for r in program.children] == ["P1.1", "P1.2", "P1.3", "1.02.02.2.02"]
    tree_sort.sort_siblings(tree, td.COL_ACHIEVEMENT, ascending=False)
    assert [r.code for r in program.children] == ["P1.2", "P1.1", "P1.3", "1.02.02.2.02"]
    tree_sort.sort_siblings(tree, td.COL_ACHIEVEMENT, ascending=True)
    assert [r.code for r in program.children] == ["P1.3", "P1.1", "P1.2", "1.02.02.2.02"]
    assert [r.row for r in program.children] == [0, 1, 2, 3]
    shape = tree.structure()
    tree_sort.sort_siblings(tree, -1)
    assert [r.code for r in program.children] == ["P1.1", "P1.2", "P1.3", "1.02.02.2.02"]
    assert tree.structure() == shape


def _walk(rows: list[td.TreeRow], depth: int = 0):
    """Display order: (depth, kind, id, figures) of every row, children after their parent."""
    for row in rows:
        ev = row.result.evaluation if row.result else None
        yield depth, row.kind, row.item_id, row.row, ev
        yield from _walk(row.children, depth + 1)


def _open_every_branch(db, tree: td.TreeData) -> None:
    for row in [r for r in tree.rows if r.pending]:
        row.children, row.pending = td.load_branch(db, tree, row), False


def test_skeleton_reads_only_the_top_levels_and_marks_programs_pending(db):
    skeleton = td.load_skeleton(db, 2026, 4)
    assert skeleton.partial and skeleton.indicator_total == len(td.load_tree(db, 2026, 4).indicator_rows)
    assert {r.kind for r in skeleton.rows} == {"goal", "objective", "program", "indicator"}
    assert all(r.pending and not r.children for r in skeleton.rows if r.kind == "program")
    assert all(r.parent.kind in ("goal", "objective") for r in skeleton.indicator_rows)


def test_skeleton_with_every_branch_read_is_the_whole_tree(db):
    skeleton = td.load_skeleton(db, 2026, 3)
    _open_every_branch(db, skeleton)
    full = td.load_tree(db, 2026, 3)
    assert list(_walk(skeleton.roots)) == list(_walk(full.roots))
    assert all(skeleton.rows[r.uid] is r and skeleton.by_key[r.key] is r for r in skeleton.rows)


def test_skeleton_and_branches_match_the_whole_demo_tree(demo_db_path):
    from kinerja_desktop.store.database import open_database

    db = open_database(demo_db_path, read_only=True)
    try:
        skeleton = td.load_skeleton(db, 2025, 2)
        _open_every_branch(db, skeleton)
        assert list(_walk(skeleton.roots)) == list(_walk(td.load_tree(db, 2025, 2).roots))
    finally:
        db.close()


def test_a_branch_read_after_sorting_is_sorted_the_same_way(db):
    skeleton = td.load_skeleton(db, 2026, 4)
    full = td.load_tree(db, 2026, 4)
    tree_sort.sort_siblings(full, td.COL_ACHIEVEMENT, ascending=False)
    tree_sort.sort_siblings(skeleton, td.COL_ACHIEVEMENT, ascending=False)
    for row in [r for r in skeleton.rows if r.pending]:
        children = td.load_branch(db, skeleton, row)
        tree_sort.sort_branch(children, td.COL_ACHIEVEMENT, ascending=False)
        row.children, row.pending = children, False
    assert list(_walk(skeleton.roots)) == list(_walk(full.roots))


def test_bulk_read_indicators_equal_ones_built_field_by_field(db):
    """The bulk constructor fills fields by position: checked against each column by name."""
    import pytest

    from kinerja_desktop.domain.entities import Indicator
    from kinerja_desktop.store import repositories as repo

    db.execute("UPDATE indicator SET baseline = '12.5', baseline_year = 2020, definition = 'Definisi', "
               "data_source = 'BPS', retired_at = '2026-01-01' WHERE id = 4")
    columns = [d[0] for d in db.execute("SELECT * FROM indicator LIMIT 0").description]
    for ind in repo.load_indicators(db, include_retired=True):
        row = dict(zip(columns, db.execute("SELECT * FROM indicator WHERE id = ?", [ind.id]).fetchone()))
        expected = Indicator(
            id=row["id"], code=row["code"], name=row["name"], unit=row["unit"], polarity=row["polarity"],
            aggregation=row["aggregation"], decimals=row["decimals"], allow_negative=bool(row["allow_negative"]),
            kind=row["kind"], agency_id=row["agency_id"], node_type=row["node_type"],
            node_id=row[f"{row['node_type']}_id"], definition=row["definition"], data_source=row["data_source"],
            baseline=None if row["baseline"] is None else Decimal(row["baseline"]), baseline_year=row["baseline_year"],
            retired=row["retired_at"] is not None)
        assert ind == expected and hash(ind) == hash(expected)
        # Equal as tuples would let 1 pass for True: the types too.
        assert [type(v) for v in ind] == [type(v) for v in expected]
        with pytest.raises(AttributeError):   # immutable (a named tuple since issue 14)
            ind.code = "x"
    assert repo.load_indicator(db, 4).baseline == Decimal("12.5") and repo.load_indicator(db, 4).retired


def test_programs_name_their_opd_so_shared_codes_stay_apart(db):
    tree = td.load_tree(db, 2026, 4)
    programs = [r for r in tree.rows if r.kind == "program"]
    assert [td.display_of(r, td.COL_NAME) for r in programs] == [f"{r.owner} · {r.name}" for r in programs]
    assert {r.owner for r in programs} == {"DINA", "DINB"} and td.value_of(programs[0], td.COL_NAME) == programs[0].name
    assert codes(tree, td.visible_uids(tree, "dinb")) == ["T1", "S1.1", "1.03.10", "B1.1"]   # by the OPD code
    skeleton = td.load_skeleton(db, 2026, 4)
    assert [r.owner for r in skeleton.rows if r.kind == "program"] == [r.owner for r in programs]
