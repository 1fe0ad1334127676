"""The demo database of Kabupaten Soppeng, RPJMD 2021-2026 (see docs/demo.md).

Built from the bundled reference data only (paths.REFERENCE_JSON and NOMENCLATURE_CSV), seeded,
so the same seed gives the same rows. The file is written under a temporary name and renamed at
the end: a crash never leaves a half-built database under the requested name.
"""
from __future__ import annotations

import csv
import errno
import json
import os
import random
import sqlite3
from decimal import Decimal
from pathlib import Path

import sqlite_utils

from kinerja_desktop.store.audit_log import append_audit, append_workflow_log, audit_row
from kinerja_desktop import paths
from kinerja_desktop.domain.achievement import DEFAULT_BANDS
from kinerja_desktop.domain.numbers import to_text
from kinerja_desktop.services.demo import values as dv
from kinerja_desktop.services.demo.second_period import build_second_period
from kinerja_desktop.services.demo.structure import IndicatorSpec, build_structure
from kinerja_desktop.services.users import _insert_user
from kinerja_desktop.store import seals
from kinerja_desktop.store.database import DatabaseError, create_database, transaction

# The documented demo accounts (docs/demo.md): username, password, full name, role, OPD code.
DEMO_USERS = [
    ("admin", "admin123", "Administrator Bappelitbangda", "administrator", None),
    ("perencana", "perencana123", "Perencana Bappelitbangda", "planner", None),
    ("dinkes", "dinkes123", "Operator Dinas Kesehatan", "operator", "DINKES"),
    ("tamu", "tamu123", "Tamu (hanya melihat)", "viewer", None),
]
MAX_SCALE = 50
CHUNK = 4000   # indicators generated and written at a time


def build_demo_database(path: str | Path, scale: int = 1, overwrite: bool = False, seed: int = 2021) -> dict[str, int]:
    """Build the demo database at `path`; returns counts keyed by their Indonesian names."""
    path = Path(path)
    if not isinstance(scale, int) or not 1 <= scale <= MAX_SCALE:
        raise DatabaseError(f"Skala demo '{scale}' tidak sah; tulis bilangan bulat 1 sampai {MAX_SCALE}.")
    if not path.parent.is_dir():
        raise DatabaseError(f"Folder '{path.parent}' tidak ada. Buat foldernya dulu atau pilih lokasi lain.")
    if path.is_dir():
        raise DatabaseError(f"'{path}' adalah folder, bukan berkas basis data.")
    if path.exists() and not overwrite:
        raise DatabaseError(f"Berkas '{path}' sudah ada; tambahkan --force untuk menimpanya dengan basis data demo baru.")
    missing_program_files(paths.SCHEMA_SQL, paths.REFERENCE_JSON, paths.NOMENCLATURE_CSV)
    tmp = path.with_name(path.name + ".building")
    try:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            if leftover.exists():
                leftover.unlink()     # from a build that crashed
        summary = _build_file(tmp, scale, seed)
        for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            if stale.exists():
                stale.unlink()        # a WAL of the replaced database must never be applied to the new one
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise DatabaseError(
            f"Basis data demo tidak dapat dibuat di '{path}': {_why(exc)}"
            + ("; berkas lama tidak berubah." if path.exists() else ".")
        ) from exc
    return summary


def missing_program_files(*needed: Path) -> None:
    """The program's own files must be there before anything is written; their absence is a broken
    installation, not the user's folder."""
    missing = [str(p) for p in needed if not p.is_file()]
    if missing:
        raise DatabaseError(f"Berkas program tidak ditemukan: {', '.join(missing)}. Instalasi Kinerja Desktop tidak "
                            "lengkap; pasang ulang programnya (folder data Anda tidak bermasalah).")


def _why(exc: BaseException) -> str:
    """Say the likely cause only where the error tells it."""
    if isinstance(exc, PermissionError):
        return f"tidak ada izin menulis di folder itu ({exc.strerror})"
    if getattr(exc, "errno", None) == errno.ENOSPC or "disk is full" in str(exc) or "database or disk is full" in str(exc):
        return "ruang disk penuh; kosongkan sebagian lalu ulangi"
    return str(exc)


def _build_file(tmp: Path, scale: int, seed: int) -> dict[str, int]:
    db = create_database(tmp)
    try:
        # Only the temporary file: a crash just leaves it behind for the next build to remove.
        db.conn.execute("PRAGMA journal_mode = OFF")
        db.conn.execute("PRAGMA synchronous = OFF")
        with transaction(db):
            summary = _fill(db, scale, random.Random(seed))
        db.conn.execute("ANALYZE")   # statistics for the query planner (costs < 1 s at scale 10)
        db.conn.execute("PRAGMA journal_mode = DELETE")
        db.conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        db.close()
        tmp.unlink(missing_ok=True)
        raise
    db.close()
    return summary


def load_reference() -> tuple[dict, dict[str, tuple[str, str]]]:
    reference = json.loads(paths.REFERENCE_JSON.read_text(encoding="utf-8"))
    with paths.NOMENCLATURE_CSV.open(encoding="utf-8", newline="") as fh:
        nomenclature = {r["program_code"]: (r["program_name"], r["bidang_code"]) for r in csv.DictReader(fh)}
    return reference, nomenclature


def _text(value) -> str:
    return to_text(Decimal(str(value)))


def _insert(db: sqlite_utils.Database, table: str, columns: str, rows) -> None:
    marks = ", ".join("?" * len(columns.split(",")))
    db.conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)


def _fill(db: sqlite_utils.Database, scale: int, rng: random.Random) -> dict[str, int]:
    reference, nomenclature = load_reference()
    region, period = reference["region"], reference["period"]
    db["plan"].insert({"id": 1, "name": period["name"], "region_name": region["name"],
                       "region_code": region["kemendagri_code"], "province": region["province"],
                       "start_year": period["start"], "end_year": period["end"], "negative_formula": "2-R/T"})
    db["rating_band"].insert_all(
        {"plan_id": 1, "position": i, "label": b.label,
         "lower_bound": None if b.lower_bound is None else to_text(b.lower_bound), "colour": b.colour}
        for i, b in enumerate(DEFAULT_BANDS)
    )
    agencies = [{"id": i, "code": o["code"], "name": o["name"], "bidang": o["bidang"],
                 "status": "seen" if o["status"].startswith("seen") else "standard"}
                for i, o in enumerate(reference["opd"], start=1)]
    db["agency"].insert_all({"id": a["id"], "code": a["code"], "name": a["name"], "status": a["status"],
                             "bidang": ",".join(a["bidang"])} for a in agencies)
    agency_id = {a["code"]: a["id"] for a in agencies}
    specs, histories, objective_ids = _plan_indicators(db, reference, agency_id)

    structure = build_structure(reference, nomenclature, agencies, objective_ids, scale, rng, len(specs) + 1)
    _insert(db, "program", "id, objective_id, agency_id, code, name", structure.programs)
    _insert(db, "activity", "id, program_id, code, name", structure.activities)
    _insert(db, "sub_activity", "id, activity_id, code, name", structure.sub_activities)
    specs += structure.indicators
    _insert(db, "indicator", "id, code, name, unit, polarity, aggregation, decimals, allow_negative, kind, agency_id, "
            "definition, data_source, baseline, baseline_year, node_type, goal_id, objective_id, program_id, "
            "activity_id, sub_activity_id, position", (_indicator_row(s) for s in specs))

    code_of = {a["id"]: a["code"] for a in agencies}
    operators = {a["code"]: a["code"].lower() for a in agencies}
    status = dv.workflow_plan(list(agency_id), rng)
    late = {code for (code, year, q), state in status.items() if state == "late"}
    # Written in chunks so that a scale-10 build does not hold a million rows in memory.
    for start in range(0, len(specs), CHUNK):
        targets, end_targets, realisations = [], [], []
        for ind in specs[start:start + CHUNK]:
            code = code_of[ind.agency_id]
            annual = {y: float(t) for y, t in ind.targets.items()} or dv.generated_targets(ind, rng, code)
            quarterly = ind.kind != "impact" and not ind.targets and rng.random() < 0.2
            targets += dv.target_rows(ind, annual, quarterly, rng)
            end_targets.append((ind.id, _end_target(ind, annual)))
            realisations += dv.realisation_rows(ind, annual, histories.get(ind.id, {}), code in late, operators[code], rng)
        _insert(db, "target", "indicator_id, year, quarter, value", targets)
        _insert(db, "end_target", "indicator_id, value", end_targets)
        _insert(db, "realisation", "indicator_id, year, quarter, value, note, source_ref, updated_at, updated_by",
                realisations)

    agency_of_program = {p[0]: p[2] for p in structure.programs}
    tree, next_budget_id = structure.budget_tree, 1
    for start in range(0, len(tree), CHUNK // 20):
        budgets, spending = dv.budget_rows(tree[start:start + CHUNK // 20], agency_of_program,
                                           {agency_id[c] for c in late},
                                           {a["id"]: operators[a["code"]] for a in agencies}, rng, next_budget_id)
        _insert(db, "budget", "id, year, program_id, activity_id, sub_activity_id, pagu", budgets)
        _insert(db, "spending", "budget_id, quarter, spent, updated_at, updated_by", spending)
        next_budget_id += len(budgets)

    workflow, log = dv.workflow_rows(agency_id, status, operators, rng)
    _insert(db, "workflow", "agency_id, year, quarter, status, changed_at, changed_by", workflow)
    append_workflow_log(db, log)

    for username, password, full_name, role, opd in DEMO_USERS:
        _insert_user(db, username, full_name, role, password, agency_id[opd] if opd else None)
    # The next period, made from this one by the program's own service, once the first period's
    # figures are drawn (its own random stream: they are the same with or without it).
    iku = [s for s in specs if s.node_type in ("goal", "objective")]
    build_second_period(db, iku, agency_id, late, operators, random.Random(rng.getrandbits(32)))
    append_audit(db, [audit_row("2026-11-27T08:00:00+08:00", "admin", "plan", "demo",
                                new=f"Basis data demo dibuat (skala {scale})", source_ref="kinerja demo")])
    db["setting"].insert_all([{"key": "demo_scale", "value": str(scale)}, {"key": "demo_seed", "value": "2021"}])
    seals.seal_plan(db, "2026-11-27T08:00:00+08:00")   # the users are sealed as they are made
    seals.seal_quarters(db, seals.locked_quarters(db), "2026-11-27T08:00:00+08:00")
    return _summary(db)


def _plan_indicators(db, reference: dict, agency_id: dict[str, int]):
    """Goals, objectives and their indicators exactly as the reference JSON gives them."""
    specs: list[IndicatorSpec] = []
    histories: dict[int, dict[int, tuple[str, str]]] = {}
    objective_ids: dict[str, int] = {}
    goal_no = objective_no = 0
    for goal in reference["tujuan"]:
        goal_no += 1
        db["goal"].insert({"id": goal_no, "plan_id": 1, "code": goal["code"], "name": goal["name"], "position": goal_no})
        nodes = [("goal", goal_no, goal["indicators"], "impact")]
        for objective in goal["sasaran"]:
            objective_no += 1
            objective_ids[objective["code"]] = objective_no
            db["objective"].insert({"id": objective_no, "goal_id": goal_no, "code": objective["code"],
                                    "name": objective["name"], "position": objective_no})
            nodes.append(("objective", objective_no, objective["indicators"], "outcome"))
        for node_type, node_id, indicators, kind in nodes:
            for position, item in enumerate(indicators, start=1):
                spec = _reference_spec(item, len(specs) + 1, node_type, node_id, kind, position, agency_id)
                histories[spec.id] = {h["year"]: (_text(h["value"]), h["source"]) for h in item.get("history", [])
                                      if h["year"] >= reference["period"]["start"]}
                specs.append(spec)
    return specs, histories, objective_ids


def _reference_spec(item: dict, id_: int, node_type: str, node_id: int, kind: str, position: int,
                    agency_id: dict[str, int]) -> IndicatorSpec:
    name = item["name"]
    sources = sorted({h["source"] for h in item.get("history", [])})
    baseline = item.get("baseline_2020")
    definition = item["definition"]   # 'note' holds the compiler's remarks, not for the screen
    return IndicatorSpec(
        id=id_, code=item["code"], name=name, unit=item["unit"], polarity=item["polarity"],
        aggregation=item["aggregation"], decimals=item["decimals"], kind=kind,
        agency_id=agency_id[item["responsible_opd"]], node_type=node_type, node_id=node_id, position=position,
        allow_negative=1 if "pertumbuhan" in name.lower() else 0, definition=definition,
        data_source="; ".join(sources), baseline=None if baseline is None else _text(baseline),
        baseline_year=None if baseline is None else 2020,
        targets={int(y): _text(v) for y, v in item["targets"].items()},
    )


def _end_target(ind: IndicatorSpec, annual: dict[int, float]) -> str:
    """The end-of-plan target: the final year's target, except for `sum` indicators, whose
    realisation to date adds the years (DESIGN.md), so their end target adds the years too."""
    if ind.aggregation == "sum":
        if ind.targets:
            return to_text(sum((Decimal(v) for v in ind.targets.values()), Decimal(0)))
        return dv.fmt(sum(float(dv.fmt(v, ind.decimals)) for v in annual.values()), ind.decimals)
    return ind.targets[2026] if ind.targets else dv.fmt(annual[2026], ind.decimals)


def _indicator_row(s: IndicatorSpec) -> tuple:
    nodes = {t: None for t in ("goal", "objective", "program", "activity", "sub_activity")}
    nodes[s.node_type] = s.node_id
    return (s.id, s.code, s.name, s.unit, s.polarity, s.aggregation, s.decimals, s.allow_negative, s.kind,
            s.agency_id, s.definition, s.data_source, s.baseline, s.baseline_year, s.node_type, nodes["goal"],
            nodes["objective"], nodes["program"], nodes["activity"], nodes["sub_activity"], s.position)


def _summary(db: sqlite_utils.Database) -> dict[str, int]:
    def count(sql: str) -> int:
        return db.execute(sql).fetchone()[0]

    return {
        "periode rencana": count("SELECT count(*) FROM plan"),
        "OPD": count("SELECT count(*) FROM agency"),
        "tujuan": count("SELECT count(*) FROM goal"),
        "sasaran": count("SELECT count(*) FROM objective"),
        "program": count("SELECT count(*) FROM program"),
        "kegiatan": count("SELECT count(*) FROM activity"),
        "sub kegiatan": count("SELECT count(*) FROM sub_activity"),
        "indikator": count("SELECT count(*) FROM indicator"),
        "indikator tujuan/sasaran": count("SELECT count(*) FROM indicator WHERE node_type IN ('goal', 'objective')"),
        "target": count("SELECT count(*) FROM target"),
        "realisasi": count("SELECT count(*) FROM realisation"),
        "anggaran": count("SELECT count(*) FROM budget"),
        "pengguna": count("SELECT count(*) FROM app_user"),
    }
