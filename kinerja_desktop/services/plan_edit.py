"""Plan maintenance by the administrator: goals, objectives, programs, activities, sub-activities,
indicators and their targets. One transaction per save, audited (entity 'plan' / 'target', source
'master'); every refusal raises PlanEditRefused with an Indonesian message and changes nothing.

An indicator with values is retired (retired_at), never deleted; one without values may be deleted.
A goal, objective, program, activity or sub-activity is retired with everything under it
(retire_node) and can be brought back; an empty one may be deleted.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal

import sqlite_utils

from kinerja_desktop.store.audit_log import append_audit, audit_row
from kinerja_desktop.domain.entities import User
from kinerja_desktop.domain.numbers import NumberFormatError, parse_number, to_text
from kinerja_desktop.services.realisations import now_iso
from kinerja_desktop.store import plan_browse, seals
from kinerja_desktop.store.database import transaction

NODE_LABELS = {"goal": "Tujuan", "objective": "Sasaran", "program": "Program", "activity": "Kegiatan",
               "sub_activity": "Sub kegiatan"}
# node type -> (table, parent column, parent type, columns that must be unique together with code)
NODE_TABLES = {
    "goal": ("goal", "plan_id", None, "plan_id"),
    "objective": ("objective", "goal_id", "goal", None),
    "program": ("program", "objective_id", "objective", "agency_id"),
    "activity": ("activity", "program_id", "program", "program_id"),
    "sub_activity": ("sub_activity", "activity_id", "activity", "activity_id"),
}
CHILD = {"goal": "objective", "objective": "program", "program": "activity", "activity": "sub_activity"}
POLARITY_WORDS = {"positive": "positive", "positif": "positive", "negative": "negative", "negatif": "negative"}
AGGREGATION_WORDS = {"sum": "sum", "jumlah": "sum", "last": "last", "terakhir": "last", "mean": "mean",
                     "rata-rata": "mean"}
KINDS = ("impact", "outcome", "output")


class PlanEditRefused(ValueError):
    """Nothing was written; the message says what and where."""


@dataclass(frozen=True)
class IndicatorForm:
    """An indicator as typed in the editor (text fields; checked by save_indicator)."""
    code: str
    name: str
    unit: str
    polarity: str
    aggregation: str
    decimals: str
    agency_code: str
    node_type: str
    node_id: int
    allow_negative: bool = False
    kind: str = "outcome"
    definition: str = ""
    data_source: str = ""
    baseline: str = ""
    baseline_year: str = ""


def _require_admin(user: User) -> None:
    if user is None or user.role != "administrator":
        raise PlanEditRefused("Hanya administrator yang dapat mengubah rencana dan indikator.")


def _audit(db, user, entity, old, new, indicator_id=None, agency_id=None, year=None, quarter=None) -> None:
    append_audit(db, [audit_row(now_iso(), user.username, entity, "master", old=old, new=new,
                                indicator_id=indicator_id, agency_id=agency_id, year=year, quarter=quarter)])


def _reseal(db, agency_ids: set | None) -> None:
    """Renew the plan's seal where this edit changed it (None: every part; None in the set: the
    part of goals and objectives)."""
    seals.seal_plan(db, now_iso(), agency_ids)


def _describe(values: dict | None) -> str | None:
    return None if values is None else json.dumps(values, ensure_ascii=False, sort_keys=True)


def _text(value: str, what: str, limit: int = 500) -> str:
    value = (value or "").strip()
    if not value:
        raise PlanEditRefused(f"{what} wajib diisi.")
    if len(value) > limit:
        raise PlanEditRefused(f"{what} terlalu panjang ({len(value)} karakter; paling banyak {limit}).")
    return value


# --- structure nodes ------------------------------------------------------------------------

def save_node(db: sqlite_utils.Database, user: User, node_type: str, code: str, name: str,
              parent_id: int | None = None, node_id: int | None = None, agency_id: int | None = None) -> int:
    """Add (node_id None) or edit a goal/objective/program/activity/sub-activity; returns its id.
    `parent_id` is the plan for a goal, else the parent node; `agency_id` only for a program."""
    _require_admin(user)
    if node_type not in NODE_TABLES:
        raise PlanEditRefused(f"Jenis simpul '{node_type}' tidak dikenal.")
    table, parent_col, parent_type, unique_col = NODE_TABLES[node_type]
    label = NODE_LABELS[node_type]
    code = _text(code, f"Kode {label.lower()}", 60)
    name = _text(name, f"Nama {label.lower()} {code}")
    with transaction(db):
        old = None
        if node_id is not None:
            row = db.execute(f"SELECT * FROM {table} WHERE id = ?", [node_id]).fetchone()
            if row is None:
                raise PlanEditRefused(f"{label} dengan id {node_id} tidak ada.")
            old = dict(zip([d[0] for d in db.execute(f"SELECT * FROM {table} LIMIT 0").description], row))
            parent_id = parent_id if parent_id is not None else old[parent_col]
            if node_type == "program" and agency_id is None:
                agency_id = old["agency_id"]
        if parent_id is None:
            raise PlanEditRefused(f"{label} {code} harus mempunyai induk.")
        parent_table = "plan" if parent_type is None else NODE_TABLES[parent_type][0]
        if db.execute(f"SELECT 1 FROM {parent_table} WHERE id = ?", [parent_id]).fetchone() is None:
            raise PlanEditRefused(f"Induk {label.lower()} {code} tidak ada.")
        moved = old is None or old[parent_col] != parent_id
        if moved and parent_type is not None and _retired(db, parent_type, parent_id):
            raise PlanEditRefused(f"Induk {label.lower()} {code} sudah dipensiunkan; aktifkan induknya dulu.")
        values = {"code": code, "name": name, parent_col: parent_id}
        if node_type == "program":
            if agency_id is None or db.execute("SELECT 1 FROM agency WHERE id = ?", [agency_id]).fetchone() is None:
                raise PlanEditRefused(f"Program {code} harus dimiliki OPD yang terdaftar.")
            values["agency_id"] = agency_id
            if old is not None and old["agency_id"] != agency_id and db.execute(
                    "SELECT 1 FROM indicator WHERE program_id = ? LIMIT 1", [node_id]).fetchone():
                raise PlanEditRefused(f"Program {code} sudah mempunyai indikator; OPD pemiliknya tidak dapat diganti.")
        # Codes repeat in the next plan period, never within one (issue 13).
        period = parent_id if parent_type is None else plan_browse.node_period(db, parent_type, parent_id)
        scope = (unique_col, values[unique_col]) if unique_col and unique_col != "plan_id" else None
        if plan_browse.code_used_in_period(db, node_type, code, period, scope, node_id):
            raise PlanEditRefused(f"Kode {label.lower()} {code} sudah dipakai.")
        if node_id is None:
            node_id = db[table].insert(values).last_pk
        else:
            db[table].update(node_id, values)
        changed = {k: v for k, v in values.items() if old is None or old.get(k) != v}
        if changed:
            _audit(db, user, "plan", _describe({k: old[k] for k in changed} if old else None),
                   _describe({"jenis": node_type, "id": node_id, **changed}))
            _reseal(db, {seals.node_owner(db, node_type, node_id), (old or {}).get("agency_id")})
    return node_id


def delete_node(db: sqlite_utils.Database, user: User, node_type: str, node_id: int) -> None:
    """Remove a node that has neither children nor indicators (otherwise refused)."""
    _require_admin(user)
    table = NODE_TABLES[node_type][0]
    label = NODE_LABELS[node_type]
    with transaction(db):
        row = db.execute(f"SELECT code, name FROM {table} WHERE id = ?", [node_id]).fetchone()
        if row is None:
            raise PlanEditRefused(f"{label} dengan id {node_id} tidak ada.")
        child = CHILD.get(node_type)
        if child and db.execute(f"SELECT 1 FROM {NODE_TABLES[child][0]} WHERE {NODE_TABLES[child][1]} = ? LIMIT 1",
                                [node_id]).fetchone():
            raise PlanEditRefused(f"{label} {row[0]} masih mempunyai {NODE_LABELS[child].lower()}; hapus itu dulu.")
        if db.execute(f"SELECT 1 FROM indicator WHERE {node_type}_id = ? LIMIT 1", [node_id]).fetchone():
            raise PlanEditRefused(f"{label} {row[0]} masih mempunyai indikator; pensiunkan atau pindahkan dulu.")
        if node_type in ("program", "activity", "sub_activity") and db.execute(
                f"SELECT 1 FROM budget WHERE {node_type}_id = ? LIMIT 1", [node_id]).fetchone():
            raise PlanEditRefused(f"{label} {row[0]} mempunyai pagu anggaran; tidak dapat dihapus.")
        owner = seals.node_owner(db, node_type, node_id)
        db.execute(f"DELETE FROM {table} WHERE id = ?", [node_id])
        _reseal(db, {owner})
        _audit(db, user, "plan", _describe({"jenis": node_type, "id": node_id, "code": row[0], "name": row[1]}), None)


def _retired(db, node_type: str, node_id: int) -> bool:
    row = db.execute(f"SELECT retired_at FROM {NODE_TABLES[node_type][0]} WHERE id = ?", [node_id]).fetchone()
    return row is not None and row[0] is not None


def _unique_stamp(db) -> str:
    """A retirement time no other retirement carries (it is how a retirement is undone)."""
    while True:
        stamp = datetime.now(timezone.utc).astimezone().isoformat(timespec="microseconds")
        if not any(db.execute(f"SELECT 1 FROM {table} WHERE retired_at = ? LIMIT 1", [stamp]).fetchone()
                   for table in ("indicator", *(t[0] for t in NODE_TABLES.values()))):
            return stamp


def _subtree(db, node_type: str, node_id: int) -> dict[str, list[int]]:
    """The node and every node under it, by type (retired or not)."""
    out = {node_type: [node_id]}
    while node_type in CHILD:
        child = CHILD[node_type]
        table, parent_col = NODE_TABLES[child][0], NODE_TABLES[child][1]
        out[child] = [r[0] for r in db.execute(
            f"SELECT id FROM {table} WHERE {parent_col} IN (SELECT value FROM json_each(?))", [json.dumps(out[node_type])])]
        node_type = child
    return out


def retire_node(db: sqlite_utils.Database, user: User, node_type: str, node_id: int, retired: bool = True) -> int:
    """Retire a goal, objective, program, activity or sub-activity with everything under it (its
    nodes and indicators leave the current plan: tree, entry forms, packages, report), or bring
    it back; values and history stay. What is retired together carries one time stamp, so
    bringing a node back restores exactly what its retirement took (an indicator retired on
    its own before stays retired). Returns the number of indicators changed."""
    _require_admin(user)
    if node_type not in NODE_TABLES:
        raise PlanEditRefused(f"Jenis simpul '{node_type}' tidak dikenal.")
    table, parent_col, parent_type, _ = NODE_TABLES[node_type]
    label = NODE_LABELS[node_type]
    with transaction(db):
        row = db.execute(f"SELECT code, retired_at, {parent_col} FROM {table} WHERE id = ?", [node_id]).fetchone()
        if row is None:
            raise PlanEditRefused(f"{label} dengan id {node_id} tidak ada.")
        code, was, parent_id = row
        if (was is not None) == retired:
            return 0
        if not retired and parent_type is not None and _retired(db, parent_type, parent_id):
            raise PlanEditRefused(f"{label} {code} berada di bawah {NODE_LABELS[parent_type].lower()} yang "
                                  "dipensiunkan; aktifkan induknya dulu.")
        stamp = _unique_stamp(db) if retired else None
        match, match_params = ("retired_at IS NULL", []) if retired else ("retired_at = ?", [was])
        subtree = _subtree(db, node_type, node_id)
        for kind, ids in subtree.items():
            db.execute(f"UPDATE {NODE_TABLES[kind][0]} SET retired_at = ? "
                       f"WHERE id IN (SELECT value FROM json_each(?)) AND {match}", [stamp, json.dumps(ids), *match_params])
        under = " OR ".join(f"{kind}_id IN (SELECT value FROM json_each(?))" for kind in subtree)
        changed = [r[0] for r in db.execute(
            f"SELECT id FROM indicator WHERE ({under}) AND {match}",
            [*(json.dumps(ids) for ids in subtree.values()), *match_params])]
        db.execute("UPDATE indicator SET retired_at = ? WHERE id IN (SELECT value FROM json_each(?))",
                   [stamp, json.dumps(changed)])
        agency = db.execute("SELECT agency_id FROM program WHERE id = ?", [subtree["program"][0]]).fetchone()[0] \
            if node_type == "program" else None
        _audit(db, user, "plan", _describe({"jenis": node_type, "id": node_id, "code": code, "retired_at": was}),
               _describe({"jenis": node_type, "id": node_id, "code": code, "retired_at": stamp,
                          "indikator": len(changed)}), agency_id=agency)
        for ind, ind_agency in db.execute("SELECT id, agency_id FROM indicator WHERE id IN (SELECT value FROM "
                                          "json_each(?))", [json.dumps(changed)]).fetchall():
            _audit(db, user, "plan", _describe({"retired_at": None if retired else was}),
                   _describe({"retired_at": stamp, "sebab": f"{label} {code}"}), indicator_id=ind, agency_id=ind_agency)
        _reseal(db, None if node_type in ("goal", "objective") else {seals.node_owner(db, node_type, node_id)})
    return len(changed)


# --- indicators -----------------------------------------------------------------------------

def _number(text: str, decimals: int, what: str, allow_negative: bool = True):
    try:
        value = parse_number(text, decimals)
    except NumberFormatError as exc:
        raise PlanEditRefused(f"{what}: {exc}") from exc
    if value is not None and value < 0 and not allow_negative:
        raise PlanEditRefused(f"{what} tidak boleh negatif.")
    return value


def check_indicator(db: sqlite_utils.Database, form: IndicatorForm, indicator_id: int | None = None) -> dict:
    """The row to write, or PlanEditRefused saying which field is wrong."""
    code = _text(form.code, "Kode indikator", 60)
    where = f"indikator {code}"
    values = {"code": code, "name": _text(form.name, f"Nama {where}"), "unit": _text(form.unit, f"Satuan {where}", 40)}
    polarity = POLARITY_WORDS.get(form.polarity.strip().lower())
    if polarity is None:
        raise PlanEditRefused(f"Polaritas {where} harus positif atau negatif, bukan '{form.polarity}'.")
    aggregation = AGGREGATION_WORDS.get(form.aggregation.strip().lower())
    if aggregation is None:
        raise PlanEditRefused(f"Cara agregasi {where} harus jumlah, terakhir atau rata-rata, bukan '{form.aggregation}'.")
    try:
        decimals = int(str(form.decimals).strip())
    except ValueError:
        raise PlanEditRefused(f"Jumlah desimal {where} harus bilangan 0 sampai 6, bukan '{form.decimals}'.") from None
    if not 0 <= decimals <= 6:
        raise PlanEditRefused(f"Jumlah desimal {where} harus 0 sampai 6, bukan {decimals}.")
    if form.kind not in KINDS:
        raise PlanEditRefused(f"Jenis {where} harus impact, outcome atau output.")
    agency = db.execute("SELECT id FROM agency WHERE code = ? COLLATE NOCASE", [form.agency_code.strip()]).fetchone()
    if agency is None:
        raise PlanEditRefused(f"OPD '{form.agency_code}' untuk {where} tidak dikenal.")
    if form.node_type not in NODE_TABLES:
        raise PlanEditRefused(f"Indikator {code} harus melekat pada tujuan, sasaran, program, kegiatan atau sub kegiatan.")
    owner_sql = {
        "goal": "SELECT NULL FROM goal WHERE id = ?", "objective": "SELECT NULL FROM objective WHERE id = ?",
        "program": "SELECT agency_id FROM program WHERE id = ?",
        "activity": "SELECT p.agency_id FROM activity a JOIN program p ON p.id = a.program_id WHERE a.id = ?",
        "sub_activity": "SELECT p.agency_id FROM sub_activity s JOIN activity a ON a.id = s.activity_id "
                        "JOIN program p ON p.id = a.program_id WHERE s.id = ?",
    }[form.node_type]
    node = db.execute(owner_sql, [form.node_id]).fetchone()
    if node is None:
        raise PlanEditRefused(f"{NODE_LABELS[form.node_type]} tempat {where} tidak ada.")
    active = indicator_id is None or db.execute(
        "SELECT retired_at IS NULL FROM indicator WHERE id = ?", [indicator_id]).fetchone() in (None, (1,))
    if active and _retired(db, form.node_type, form.node_id):   # a retired indicator may still be corrected
        raise PlanEditRefused(f"{NODE_LABELS[form.node_type]} tempat {where} sudah dipensiunkan; aktifkan dulu.")
    if node[0] is not None and node[0] != agency[0]:
        raise PlanEditRefused(f"Indikator {code} harus dilaporkan oleh OPD pemilik {NODE_LABELS[form.node_type].lower()}nya.")
    duplicate = db.execute("SELECT name FROM indicator WHERE code = ? AND id != ? AND plan_id IS ?",   # per period
                           [code, indicator_id or -1, plan_browse.node_period(db, form.node_type, form.node_id)]).fetchone()
    if duplicate:
        raise PlanEditRefused(f"Kode indikator {code} sudah dipakai oleh '{duplicate[0]}'.")
    baseline = _number(form.baseline, decimals, f"Baseline {where}", form.allow_negative)
    baseline_year = None
    if form.baseline_year.strip():
        if not form.baseline_year.strip().isdigit() or not 1990 <= int(form.baseline_year) <= 2100:
            raise PlanEditRefused(f"Tahun baseline {where} harus tahun empat angka, bukan '{form.baseline_year}'.")
        baseline_year = int(form.baseline_year)
    values.update(polarity=polarity, aggregation=aggregation, decimals=decimals, agency_id=agency[0],
                  allow_negative=int(bool(form.allow_negative)), kind=form.kind, definition=form.definition.strip(),
                  data_source=form.data_source.strip(), baseline=to_text(baseline), baseline_year=baseline_year,
                  node_type=form.node_type)
    for t in NODE_TABLES:
        values[f"{t}_id"] = form.node_id if t == form.node_type else None
    return values


def save_indicator(db: sqlite_utils.Database, user: User, form: IndicatorForm, indicator_id: int | None = None) -> int:
    _require_admin(user)
    with transaction(db):
        values = check_indicator(db, form, indicator_id)
        old = None
        if indicator_id is not None:
            old = db["indicator"].get(indicator_id) if db.execute(
                "SELECT 1 FROM indicator WHERE id = ?", [indicator_id]).fetchone() else None
            if old is None:
                raise PlanEditRefused(f"Indikator dengan id {indicator_id} tidak ada.")
            db["indicator"].update(indicator_id, values)
        else:
            indicator_id = db["indicator"].insert(values).last_pk
        changed = {k: v for k, v in values.items() if old is None or old.get(k) != v}
        if changed:
            _audit(db, user, "plan", _describe({k: old[k] for k in changed} if old else None), _describe(changed),
                   indicator_id=indicator_id, agency_id=values["agency_id"])
            _reseal(db, {values["agency_id"], old["agency_id"] if old else values["agency_id"]})
    return indicator_id


def has_values(db: sqlite_utils.Database, indicator_id: int) -> bool:
    return db.execute("SELECT 1 FROM realisation WHERE indicator_id = ? LIMIT 1", [indicator_id]).fetchone() is not None


def retire_indicator(db: sqlite_utils.Database, user: User, indicator_id: int, retired: bool = True) -> None:
    _require_admin(user)
    with transaction(db):
        row = db.execute("SELECT retired_at, agency_id, code, node_type, "
                         "coalesce(goal_id, objective_id, program_id, activity_id, sub_activity_id) "
                         "FROM indicator WHERE id = ?", [indicator_id]).fetchone()
        if row is None:
            raise PlanEditRefused(f"Indikator dengan id {indicator_id} tidak ada.")
        stamp = now_iso() if retired else None
        if (row[0] is not None) == retired:
            return
        if not retired and _retired(db, row[3], row[4]):
            raise PlanEditRefused(f"Indikator {row[2]} berada di {NODE_LABELS[row[3]].lower()} yang dipensiunkan; "
                                  "aktifkan simpulnya dulu.")
        db.execute("UPDATE indicator SET retired_at = ? WHERE id = ?", [stamp, indicator_id])
        _audit(db, user, "plan", _describe({"retired_at": row[0]}), _describe({"retired_at": stamp}),
               indicator_id=indicator_id, agency_id=row[1])
        _reseal(db, {row[1]})


def delete_indicator(db: sqlite_utils.Database, user: User, indicator_id: int) -> None:
    """Only an indicator that never had values; otherwise it is retired instead."""
    _require_admin(user)
    with transaction(db):
        row = db.execute("SELECT code, name, agency_id FROM indicator WHERE id = ?", [indicator_id]).fetchone()
        if row is None:
            raise PlanEditRefused(f"Indikator dengan id {indicator_id} tidak ada.")
        if has_values(db, indicator_id):
            raise PlanEditRefused(f"Indikator {row[0]} sudah mempunyai realisasi; pensiunkan, jangan dihapus.")
        db.execute("DELETE FROM target WHERE indicator_id = ?", [indicator_id])
        db.execute("DELETE FROM end_target WHERE indicator_id = ?", [indicator_id])
        db.execute("DELETE FROM indicator WHERE id = ?", [indicator_id])
        _audit(db, user, "plan", _describe({"code": row[0], "name": row[1]}), None,
               indicator_id=indicator_id, agency_id=row[2])
        _reseal(db, {row[2]})


def _same(old_text: str | None, value) -> bool:
    return (old_text is None and value is None) or (
        old_text is not None and value is not None and Decimal(old_text) == value)


# --- targets --------------------------------------------------------------------------------

def save_targets(db: sqlite_utils.Database, user: User, indicator_id: int, targets: dict[tuple[int, int], str],
                 end_target: str | None = None) -> int:
    """Set targets typed as text: (year, quarter) -> text, quarter 0 = annual; empty text removes
    the target. `end_target` None leaves it, '' removes it. Returns how many values changed."""
    _require_admin(user)
    with transaction(db):
        row = db.execute("SELECT code, decimals, allow_negative, agency_id FROM indicator WHERE id = ?",
                         [indicator_id]).fetchone()
        if row is None:
            raise PlanEditRefused(f"Indikator dengan id {indicator_id} tidak ada.")
        code, decimals, allow_negative, agency_id = row
        start, end = plan_browse.indicator_years(db, indicator_id)   # of the indicator's own period
        parsed = {}
        for (year, quarter), text in sorted(targets.items()):
            if not start <= year <= end:
                raise PlanEditRefused(f"Tahun {year} di luar periode rencana {start}-{end}.")
            if quarter not in range(5):
                raise PlanEditRefused(f"Triwulan {quarter} tidak ada.")
            what = f"Target {code} {year}" + (f" TW {quarter}" if quarter else "")
            parsed[(year, quarter)] = _number(text, decimals, what, bool(allow_negative))
        end_value = None if end_target is None else _number(end_target, decimals, f"Target akhir {code}",
                                                            bool(allow_negative))
        changed = 0
        for (year, quarter), value in parsed.items():
            old = db.execute("SELECT value FROM target WHERE indicator_id = ? AND year = ? AND quarter = ?",
                             [indicator_id, year, quarter]).fetchone()
            old_text = old[0] if old else None
            new_text = to_text(value)
            if _same(old_text, value):
                continue
            if new_text is None:
                db.execute("DELETE FROM target WHERE indicator_id = ? AND year = ? AND quarter = ?",
                           [indicator_id, year, quarter])
            else:
                db.execute("INSERT INTO target VALUES (?, ?, ?, ?) ON CONFLICT (indicator_id, year, quarter) "
                           "DO UPDATE SET value = excluded.value", [indicator_id, year, quarter, new_text])
            _audit(db, user, "target", old_text, new_text, indicator_id, agency_id, year, quarter)
            changed += 1
        if end_target is not None:
            old = db.execute("SELECT value FROM end_target WHERE indicator_id = ?", [indicator_id]).fetchone()
            old_text, new_text = (old[0] if old else None), to_text(end_value)
            if not _same(old_text, end_value):
                if new_text is None:
                    db.execute("DELETE FROM end_target WHERE indicator_id = ?", [indicator_id])
                else:
                    db.execute("INSERT INTO end_target VALUES (?, ?) ON CONFLICT (indicator_id) DO UPDATE SET "
                               "value = excluded.value", [indicator_id, new_text])
                _audit(db, user, "target", old_text, new_text, indicator_id, agency_id)
                changed += 1
        if changed:
            _reseal(db, {agency_id})
    return changed
