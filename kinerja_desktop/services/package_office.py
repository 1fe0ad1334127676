"""The OPD office side: set up (or refresh) an offline installation from its own package, and
write the filled package back out, signed with the installation's Ed25519 key.

The private key lives in a file of the operating-system account, outside the database
(services/office_key.py); Bappelitbangda registers only the public key (`register_public_key`),
compared by its fingerprint.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import sqlite_utils

from kinerja_desktop.store.audit_log import append_audit, audit_row
from kinerja_desktop.domain.entities import User
from kinerja_desktop.domain.numbers import to_text
from kinerja_desktop.exchange import package_format as fmt
from kinerja_desktop.exchange import signing
from kinerja_desktop.exchange.cells import read_text
from kinerja_desktop.exchange.package_reader import PackageRefused, read_package
from kinerja_desktop.exchange.package_writer import write_package
from kinerja_desktop.services import office_key
from kinerja_desktop.services.package_issue import file_name
from kinerja_desktop.services.plan_period import year_refusal
from kinerja_desktop.services.realisations import now_iso
from kinerja_desktop.store import agency_keys
from kinerja_desktop.store import seals
from kinerja_desktop.store.database import transaction
from kinerja_desktop.store.repositories import put_setting, setting

AGENCY_SETTING = "installation.agency"


class OfficeRefused(Exception):
    """Nothing was written; Indonesian message."""


@dataclass(frozen=True)
class SetupResult:
    agency_id: int
    agency_code: str
    indicators: int
    fingerprint: str            # of the installation's signing key; "" when it is missing here
    key_problem: str = ""       # why the key is missing (the setup itself is done)


def signing_key(db: sqlite_utils.Database):
    """The installation's private key (made on first use); OfficeRefused when it is missing."""
    try:
        return office_key.signing_key(db)
    except office_key.KeyMissing as exc:
        raise OfficeRefused(str(exc)) from exc


def installation_public_key(db: sqlite_utils.Database, renew: bool = False) -> tuple[str, str]:
    """(public key as text to send to Bappelitbangda, fingerprint to read out on the phone);
    `renew` replaces a lost key with a new one (to be registered again)."""
    raw = signing.public_bytes(office_key.new_signing_key(db) if renew else signing_key(db))
    return signing.public_to_text(raw), signing.fingerprint(raw)


def register_public_key(db: sqlite_utils.Database, user: User, agency_code: str, key_text: str, reason: str = "",
                        source: str = "admin") -> str:
    """Bappelitbangda: record an OPD installation's public key; returns its fingerprint.

    Administrator only. Replacing a registered key needs a reason; the old key stays in the key
    history and the change is audited (entity 'key'). The same key again changes nothing."""
    if user.role != "administrator":
        raise OfficeRefused("Hanya administrator yang mendaftarkan kunci OPD.")
    try:
        raw = signing.public_from_text(key_text)
    except signing.SignatureProblem as exc:
        raise OfficeRefused(str(exc)) from exc
    new_fingerprint = signing.fingerprint(raw)
    with transaction(db):
        found = agency_keys.agency_key(db, agency_code)
        if found is None:
            raise OfficeRefused(f"OPD dengan kode '{agency_code}' tidak ada.")
        agency_id, code, old = found
        if old == raw:
            return new_fingerprint
        old_fingerprint = signing.fingerprint(old) if old is not None else None
        if old is not None and not (reason or "").strip():
            raise OfficeRefused(f"OPD {code} sudah mempunyai kunci terdaftar (sidik {old_fingerprint}); "
                                "tuliskan alasan penggantian kunci.")
        stamp = now_iso()
        agency_keys.replace_key(db, agency_id, old, old_fingerprint or "", raw, new_fingerprint, stamp,
                                user.username, (reason or "").strip())
        append_audit(db, [audit_row(stamp, user.username, "key", source, agency_id=agency_id, old=old_fingerprint,
                                    new=new_fingerprint, source_ref=(reason or "").strip())])
    return new_fingerprint


def setup_from_package(db: sqlite_utils.Database, path: str | Path) -> SetupResult:
    """Fill an OPD installation's database from its package (empty database, or the same OPD)."""
    try:
        package = read_package(path)
    except PackageRefused as exc:
        raise OfficeRefused(str(exc)) from exc
    ctx = package.context
    code = ctx["opd"]["code"]
    own = setting(db, AGENCY_SETTING)
    if own is not None and own.upper() != code.upper():
        raise OfficeRefused(f"Paket ini untuk OPD {code}, sedangkan instalasi ini milik OPD {own}.")
    if own is None and db.execute("SELECT count(*) FROM agency").fetchone()[0]:
        raise OfficeRefused("Basis data ini sudah berisi data Bappelitbangda; pakai basis data kosong untuk kantor OPD.")
    problem = _period_problem(db, ctx["plan"])
    if problem:
        raise OfficeRefused(problem)
    stamp = now_iso()
    with transaction(db):
        plan_id = _local_period(db, ctx["plan"])
        agency = db.execute("SELECT id FROM agency WHERE code = ?", [code]).fetchone()
        agency_id = agency[0] if agency else db.execute(
            "INSERT INTO agency (code, name) VALUES (?, ?)", [code, ctx["opd"]["name"]]).lastrowid
        _structure(db, ctx["nodes"], plan_id, agency_id)
        for row in ctx["rows"]:
            _indicator(db, row, agency_id, package.year, package.quarter, stamp, package.package_id)
        _follow_retirements(db, ctx, stamp, plan_id)
        for budget in ctx.get("budgets", []):
            _budget(db, budget, agency_id, package.year, package.quarter, stamp, package.package_id)
        put_setting(db, AGENCY_SETTING, code)
        put_setting(db, f"package.context.{package.year}.{package.quarter}", fmt.canonical_json(ctx))
        db.execute("INSERT OR IGNORE INTO package (id, version, agency_id, year, quarter, direction, at, by_user, digest, "
                   "signed, file_name) VALUES (?, 1, ?, ?, ?, 'imported', ?, 'setup', ?, 0, ?)",
                   [package.package_id, agency_id, package.year, package.quarter, stamp, package.digest, Path(path).name])
        seals.seal_plan(db, stamp)   # the plan this installation now holds came from the package
    try:  # after the commit: a key missing on this computer does not undo the setup
        return SetupResult(agency_id, code, len(ctx["rows"]), signing.fingerprint(signing.public_bytes(signing_key(db))))
    except OfficeRefused as exc:
        return SetupResult(agency_id, code, len(ctx["rows"]), "", str(exc))


def _period_problem(db, meta: dict) -> str | None:
    """Why the package's period cannot sit beside the office's periods (Indonesian), or None. An
    office takes each period its packages come from (two overlap while a new RPJMD begins), one
    row per period name; a period of the same name must cover the same years."""
    for name, start, end in db.execute("SELECT name, start_year, end_year FROM plan").fetchall():
        if name == meta["name"] and (start, end) != (meta["start_year"], meta["end_year"]):
            return (f"Paket ini untuk {name} ({meta['start_year']}-{meta['end_year']}), sedangkan periode {name} di "
                    f"basis data ini mencakup {start}-{end}.")
    return None


def _local_period(db, meta: dict) -> int:
    """The office's row of the package's period (by name), made on its first package."""
    row = db.execute("SELECT id FROM plan WHERE name = ?", [meta["name"]]).fetchone()
    if row is not None:
        return row[0]
    return db.execute(
        "INSERT INTO plan (name, region_name, region_code, province, start_year, end_year, negative_formula, kind) "
        "VALUES (:name, :region_name, :region_code, :province, :start_year, :end_year, :negative_formula, :kind)",
        {"kind": "RPJMD", **meta}).lastrowid


# The rows of one period, by table: a package lists only its own period, so only that period's
# rows follow it (the other period's plan at the office stays as its own packages left it).
_OF_PERIOD = {
    "indicator": "plan_id = ?",
    "goal": "plan_id = ?",
    "objective": "goal_id IN (SELECT id FROM goal WHERE plan_id = ?)",
    "program": "objective_id IN (SELECT o.id FROM objective o JOIN goal g ON g.id = o.goal_id WHERE g.plan_id = ?)",
    "activity": "program_id IN (SELECT p.id FROM program p JOIN objective o ON o.id = p.objective_id "
                "JOIN goal g ON g.id = o.goal_id WHERE g.plan_id = ?)",
    "sub_activity": "activity_id IN (SELECT a.id FROM activity a JOIN program p ON p.id = a.program_id "
                    "JOIN objective o ON o.id = p.objective_id JOIN goal g ON g.id = o.goal_id WHERE g.plan_id = ?)",
}


def _follow_retirements(db, ctx: dict, stamp: str, plan_id: int) -> None:
    """The package lists the office's current plan of its period: what it no longer lists was
    retired at Bappelitbangda (left out of the tree and the entry form here, values kept); what
    it lists again is active again."""
    listed = {"indicator": [row["id"] for row in ctx["rows"]]}
    listed.update({kind: [n["id"] for n in ctx["nodes"].get(kind, [])]
                   for kind in ("goal", "objective", "program", "activity", "sub_activity")})
    for table, ids in listed.items():
        ids_json = json.dumps(ids)
        db.execute(f"UPDATE {table} SET retired_at = ? WHERE retired_at IS NULL AND {_OF_PERIOD[table]} "
                   "AND id NOT IN (SELECT value FROM json_each(?))", [stamp, plan_id, ids_json])
        db.execute(f"UPDATE {table} SET retired_at = NULL WHERE retired_at IS NOT NULL "
                   "AND id IN (SELECT value FROM json_each(?))", [ids_json])


def _structure(db, nodes: dict, plan_id: int, agency_id: int) -> None:
    for g in nodes["goal"]:
        db.execute("INSERT OR IGNORE INTO goal (id, plan_id, code, name, position) VALUES (?, ?, ?, ?, ?)",
                   [g["id"], plan_id, g["code"], g["name"], g.get("position", 0)])
    for o in nodes["objective"]:
        db.execute("INSERT OR IGNORE INTO objective (id, goal_id, code, name, position) VALUES (?, ?, ?, ?, ?)",
                   [o["id"], o["goal_id"], o["code"], o["name"], o.get("position", 0)])
    for p in nodes["program"]:
        db.execute("INSERT OR IGNORE INTO program (id, objective_id, agency_id, code, name) VALUES (?, ?, ?, ?, ?)",
                   [p["id"], p["objective_id"], agency_id, p["code"], p["name"]])
    for a in nodes["activity"]:
        db.execute("INSERT OR IGNORE INTO activity (id, program_id, code, name) VALUES (?, ?, ?, ?)",
                   [a["id"], a["program_id"], a["code"], a["name"]])
    for s in nodes["sub_activity"]:
        db.execute("INSERT OR IGNORE INTO sub_activity (id, activity_id, code, name) VALUES (?, ?, ?, ?)",
                   [s["id"], s["activity_id"], s["code"], s["name"]])


def _indicator(db, row: dict, agency_id: int, year: int, quarter: int, stamp: str, package_id: str) -> None:
    node_col = f"{row['node_type']}_id"
    db.execute(
        f"INSERT INTO indicator (id, code, name, unit, polarity, aggregation, decimals, allow_negative, kind, agency_id, "
        f"definition, data_source, baseline, baseline_year, node_type, {node_col}) "
        f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET code = excluded.code, "
        "name = excluded.name, unit = excluded.unit, decimals = excluded.decimals",
        [row["id"], row["code"], row["name"], row["unit"], row["polarity"], row["aggregation"], row["decimals"],
         int(bool(row["allow_negative"])), row["kind"], agency_id, row.get("definition", ""),
         row.get("data_source", ""), row.get("baseline"), row.get("baseline_year"), row["node_type"], row["node_id"]])
    targets = [(0, row.get("target"))] + [(int(q), t) for q, t in row.get("quarter_targets", {}).items()]
    for q, value in targets:
        if value is not None:
            db.execute("INSERT INTO target (indicator_id, year, quarter, value) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT DO UPDATE SET value = excluded.value", [row["id"], year, q, value])
    if row.get("end_target") is not None:
        db.execute("INSERT INTO end_target (indicator_id, value) VALUES (?, ?) ON CONFLICT DO UPDATE SET value = excluded.value",
                   [row["id"], row["end_target"]])
    values = [(int(q), v, "") for q, v in row.get("earlier", {}).items()]
    if row.get("issued_value") is not None and db.execute(
            "SELECT 1 FROM realisation WHERE indicator_id = ? AND year = ? AND quarter = ?", [row["id"], year, quarter]).fetchone() is None:
        values.append((quarter, row["issued_value"], row.get("issued_note") or ""))   # never over the operator's entry
    for q, value, note in values:
        old = db.execute("SELECT value FROM realisation WHERE indicator_id = ? AND year = ? AND quarter = ?",
                         [row["id"], year, q]).fetchone()
        if old is not None and Decimal(old[0]) == Decimal(value):
            continue
        db.execute("INSERT INTO realisation (indicator_id, year, quarter, value, note, updated_at, updated_by) "
                   "VALUES (?, ?, ?, ?, ?, ?, 'paket') ON CONFLICT DO UPDATE SET value = excluded.value, "
                   "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                   [row["id"], year, q, value, note, stamp])
        append_audit(db, [audit_row(stamp, "paket", "realisation", "package", indicator_id=row["id"],
                                    agency_id=agency_id, year=year, quarter=q, old=old[0] if old else None,
                                    new=value, source_ref=package_id)])


def _budget(db, budget: dict, agency_id: int, year: int, quarter: int, stamp: str, package_id: str) -> None:
    """The node's budget of the year and its earlier spending; this quarter's only if none typed yet."""
    node_col = f"{budget['node_type']}_id"
    db.execute(f"INSERT INTO budget (id, year, {node_col}, pagu) VALUES (?, ?, ?, ?) "
               "ON CONFLICT (id) DO UPDATE SET pagu = excluded.pagu", [budget["id"], year, budget["node_id"], budget["pagu"]])
    spent = [(int(q), v) for q, v in budget.get("earlier", {}).items()]
    if budget.get("issued_spent") is not None and db.execute(
            "SELECT 1 FROM spending WHERE budget_id = ? AND quarter = ?", [budget["id"], quarter]).fetchone() is None:
        spent.append((quarter, budget["issued_spent"]))
    for q, value in spent:
        old = db.execute("SELECT spent FROM spending WHERE budget_id = ? AND quarter = ?", [budget["id"], q]).fetchone()
        if old is not None and Decimal(old[0]) == Decimal(value):
            continue
        db.execute("INSERT INTO spending (budget_id, quarter, spent, updated_at, updated_by) VALUES (?, ?, ?, ?, 'paket') "
                   "ON CONFLICT DO UPDATE SET spent = excluded.spent, updated_at = excluded.updated_at, "
                   "updated_by = excluded.updated_by", [budget["id"], q, value, stamp])
        append_audit(db, [audit_row(stamp, "paket", "spending", "package", budget_id=budget["id"],
                                    agency_id=agency_id, year=year, quarter=q, old=old[0] if old else None,
                                    new=value, source_ref=package_id)])


def write_filled_package(db: sqlite_utils.Database, year: int, quarter: int, out: str | Path) -> Path:
    """Write this installation's values for the package of `year`/`quarter`, signed; returns the path."""
    text = setting(db, f"package.context.{year}.{quarter}")
    if text is None:
        raise OfficeRefused(f"Belum ada paket tahun {year} TW{quarter} yang diimpor ke instalasi ini; "
                            "impor dulu paket dari Bappelitbangda.")
    if (outside := year_refusal(db, year)) is not None:
        raise OfficeRefused(outside)
    ctx = json.loads(text)
    out = Path(out)
    path = out / file_name(ctx["opd"]["code"], year, quarter) if out.is_dir() else out
    if not path.parent.is_dir():
        raise OfficeRefused(f"Folder '{path.parent}' tidak ada.")
    ids = [r["id"] for r in ctx["rows"]]
    current = {ind: (Decimal(v), n or "") for ind, v, n in db.execute(
        "SELECT indicator_id, value, note FROM realisation WHERE year = ? AND quarter = ? "
        "AND indicator_id IN (SELECT value FROM json_each(?))", [year, quarter, json.dumps(ids)])}
    # Notes as the reader will see them again (cleaned, stripped), so the signature verifies.
    values = {i: (v, read_text(n) if v is not None else "") for i, (v, n) in
              ((i, current.get(i, (None, ""))) for i in ids)}
    signed_values = [(i, to_text(values[i][0]), values[i][1]) for i in ids]
    budget_ids = [b["id"] for b in ctx.get("budgets", [])]
    spent = {bid: Decimal(v) for bid, v in db.execute(
        "SELECT budget_id, spent FROM spending WHERE quarter = ? AND budget_id IN (SELECT value FROM json_each(?))",
        [quarter, json.dumps(budget_ids)])}
    # In row order, as the reader lists them (a budget's row is its node's first indicator row).
    signed_spent = [(b["id"], to_text(spent.get(b["id"]))) for b in sorted(ctx.get("budgets", []), key=lambda b: b["row"])]
    key = signing_key(db)
    digest = fmt.digest(ctx)
    signature = signing.sign(key, fmt.signed_payload(digest, signed_values, signed_spent))
    write_package(path, ctx, values, signature=signature, signer=signing.public_to_text(signing.public_bytes(key)),
                  spent=spent)
    return path
