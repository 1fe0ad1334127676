"""Issuing packages: the context of one OPD x year x quarter out of the database, written as a
workbook and recorded in the `package` table (so an import can tell whether it was altered)."""
from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Callable

import sqlite_utils

from kinerja_desktop.domain.entities import User
from kinerja_desktop.domain.numbers import to_text
from kinerja_desktop.exchange import package_format as fmt
from kinerja_desktop.exchange.package_writer import write_package
from kinerja_desktop.services.entry import _budgets as entry_budgets
from kinerja_desktop.services.realisations import now_iso
from kinerja_desktop.services.plan_period import period_refusal
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.database import DatabaseWriteFailed, transaction


class IssueRefused(Exception):
    """Nothing was issued; Indonesian message."""


@dataclass(frozen=True)
class Issued:
    agency_code: str
    path: Path
    package_id: str
    rows: int


def build_context(db: sqlite_utils.Database, agency_id: int, year: int, quarter: int,
                  package_id: str | None = None, issued_by: str = "", *, plan_id: int | None = None) -> dict:
    """Everything the package carries: plan context, the OPD's indicators with targets, earlier
    quarters and the value/note each had at issue time. Three queries for the values."""
    plan = repo.load_plan(db, plan_id, year)   # plan_id None: the default period of the year
    agency = db.execute("SELECT code, name FROM agency WHERE id = ?", [agency_id]).fetchone()
    indicators = repo.load_indicators(db, agency_id, plan_id=plan.id)
    values = repo.load_year_values(db, year, agency_id=agency_id)
    end_targets = dict(db.execute(
        "SELECT indicator_id, value FROM end_target WHERE indicator_id IN (SELECT id FROM indicator WHERE agency_id = ?)",
        [agency_id]).fetchall())
    rows = []
    for ind in indicators:
        v = values.get(ind.id)
        rows.append({
            "id": ind.id, "code": ind.code, "name": ind.name, "unit": ind.unit, "polarity": ind.polarity,
            "aggregation": ind.aggregation, "decimals": ind.decimals, "allow_negative": ind.allow_negative,
            "kind": ind.kind, "node_type": ind.node_type, "node_id": ind.node_id, "definition": ind.definition,
            "data_source": ind.data_source, "baseline": to_text(ind.baseline), "baseline_year": ind.baseline_year,
            "target": to_text(v.annual_target) if v else None,
            "quarter_targets": {str(q): to_text(t) for q, t in sorted(v.quarterly_targets.items())} if v else {},
            "end_target": end_targets.get(ind.id),
            "earlier": {str(q): to_text(r) for q, r in sorted(v.realisations.items()) if q < quarter} if v else {},
            "issued_value": to_text(v.realisations.get(quarter)) if v else None,
            "issued_note": (v.notes.get(quarter, "") if v else ""),
        })
    context = {
        "format": fmt.FORMAT_VERSION, "package_id": package_id or str(uuid.uuid4()),
        "opd": {"code": agency[0], "name": agency[1]}, "year": year, "quarter": quarter,
        "issued_at": now_iso(), "issued_by": issued_by,
        "plan": {"id": plan.id, "kind": plan.kind, "name": plan.name, "region_name": plan.region_name, "region_code": plan.region_code,
                 "province": plan.province, "start_year": plan.start_year, "end_year": plan.end_year,
                 "negative_formula": plan.negative_formula},
        "nodes": _nodes(db, indicators, agency_id, plan.id),
        "rows": rows,
    }
    budgets = _budgets(db, agency_id, year, quarter, rows)
    if budgets:      # absent when the OPD has no budget this year: the sheet then has no spending column
        context["budgets"] = budgets
    return context


def _budgets(db, agency_id: int, year: int, quarter: int, rows: list[dict]) -> list[dict]:
    """The OPD's budgets of the year whose node carries an indicator in the package; the spending
    is entered on the node's first indicator row (as in the entry form)."""
    cells = entry_budgets(db, year, agency_id)
    out, seen = [], set()
    for i, row in enumerate(rows):
        key = (row["node_type"], row["node_id"])
        cell = cells.get(key)
        if cell is None or key in seen:
            continue
        seen.add(key)
        out.append({"id": cell.budget_id, "row": i, "node_type": key[0], "node_id": key[1], "pagu": to_text(cell.pagu),
                    "earlier": {str(q): to_text(v) for q, v in sorted(cell.spent.items()) if q < quarter},
                    "issued_spent": to_text(cell.spent.get(quarter))})
    return out


def _nodes(db, indicators, agency_id: int, plan_id: int) -> dict:
    """The OPD's current programs, activities and sub-activities of the period (retired ones left
    out), and the goals/objectives above them: an office set up from the package takes that one
    period (nodes of another period would hang under goals it does not have)."""
    period = ("objective_id IN (SELECT o.id FROM objective o JOIN goal g ON g.id = o.goal_id "
              "WHERE g.plan_id = ?)")
    programs = db.execute(f"SELECT id, code, name, objective_id FROM program WHERE agency_id = ? "
                          f"AND retired_at IS NULL AND {period} ORDER BY id", [agency_id, plan_id]).fetchall()
    activities = db.execute(
        f"SELECT a.id, a.code, a.name, a.program_id FROM activity a JOIN program p ON p.id = a.program_id "
        f"WHERE p.agency_id = ? AND a.retired_at IS NULL AND p.retired_at IS NULL AND p.{period} ORDER BY a.id",
        [agency_id, plan_id]).fetchall()
    subs = db.execute(
        f"SELECT s.id, s.code, s.name, s.activity_id FROM sub_activity s JOIN activity a ON a.id = s.activity_id "
        f"JOIN program p ON p.id = a.program_id WHERE p.agency_id = ? AND s.retired_at IS NULL "
        f"AND a.retired_at IS NULL AND p.retired_at IS NULL AND p.{period} ORDER BY s.id", [agency_id, plan_id]).fetchall()
    objective_ids = {p[3] for p in programs} | {i.node_id for i in indicators if i.node_type == "objective"}
    objectives = db.execute(
        "SELECT id, code, name, goal_id, position FROM objective WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
        ["[" + ",".join(map(str, sorted(objective_ids))) + "]"]).fetchall()
    goal_ids = {o[3] for o in objectives} | {i.node_id for i in indicators if i.node_type == "goal"}
    goals = db.execute(
        "SELECT id, code, name, position FROM goal WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
        ["[" + ",".join(map(str, sorted(goal_ids))) + "]"]).fetchall()
    return {
        "goal": [{"id": g[0], "code": g[1], "name": g[2], "position": g[3]} for g in goals],
        "objective": [{"id": o[0], "code": o[1], "name": o[2], "goal_id": o[3], "position": o[4]} for o in objectives],
        "program": [{"id": p[0], "code": p[1], "name": p[2], "objective_id": p[3]} for p in programs],
        "activity": [{"id": a[0], "code": a[1], "name": a[2], "program_id": a[3]} for a in activities],
        "sub_activity": [{"id": s[0], "code": s[1], "name": s[2], "activity_id": s[3]} for s in subs],
    }


def issued_values(context: dict) -> dict[int, tuple[Decimal | None, str]]:
    return {r["id"]: (None if r["issued_value"] is None else Decimal(r["issued_value"]), r["issued_note"] or "")
            for r in context["rows"]}


def issued_spending(context: dict) -> dict[int, Decimal | None]:
    return {b["id"]: None if b.get("issued_spent") is None else Decimal(b["issued_spent"])
            for b in context.get("budgets", [])}


def file_name(agency_code: str, year: int, quarter: int) -> str:
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", agency_code).strip("._") or "OPD"
    return f"paket_{safe}_{year}_TW{quarter}.xlsx"


def issue_package(db: sqlite_utils.Database, user: User, agency_code: str, year: int, quarter: int,
                  out: str | Path, *, plan_id: int | None = None) -> Issued:
    """Write the package of one OPD to `out` (a file, or a folder to put the usual file name in)."""
    agency = repo.agency_by_code(db, agency_code)
    if agency is None:
        raise IssueRefused(f"OPD dengan kode '{agency_code}' tidak ada di basis data.")
    if user.role not in ("administrator", "planner"):
        raise IssueRefused("Hanya perencana atau administrator Bappelitbangda yang menerbitkan paket.")
    if quarter not in (1, 2, 3, 4):
        raise IssueRefused(f"Triwulan {quarter} tidak ada; pilih 1 sampai 4.")
    if (outside := period_refusal(db, plan_id, year)) is not None:
        raise IssueRefused(outside + " Paket tidak diterbitkan.")
    if repo.workflow_status(db, agency.id, year, quarter) == "locked":
        raise IssueRefused(f"{agency.code} {year} TW{quarter} sudah dikunci; paket tidak diterbitkan.")
    out = Path(out)
    path = out / file_name(agency.code, year, quarter) if out.is_dir() else out
    if not path.parent.is_dir():
        raise IssueRefused(f"Folder '{path.parent}' tidak ada.")
    context = build_context(db, agency.id, year, quarter, issued_by=user.username, plan_id=plan_id)
    if not context["rows"]:
        raise IssueRefused(f"OPD {agency.code} belum mempunyai indikator aktif; tidak ada yang dapat diisi.")
    digest = write_package(path, context, issued_values(context), spent=issued_spending(context))
    try:
        with transaction(db):
            db.execute(
                "INSERT INTO package (id, version, agency_id, year, quarter, direction, at, by_user, digest, signed, file_name) "
                "VALUES (?, 1, ?, ?, ?, 'issued', ?, ?, ?, 0, ?)",
                [context["package_id"], agency.id, year, quarter, context["issued_at"], user.username, digest, path.name])
    except DatabaseWriteFailed:
        path.unlink(missing_ok=True)     # an unrecorded package must not go out (locked or full database)
        raise
    return Issued(agency.code, path, context["package_id"], len(context["rows"]))


def issue_all(db: sqlite_utils.Database, user: User, year: int, quarter: int, folder: str | Path,
              progress: Callable[[int, int, str], None] | None = None,
              cancelled: Callable[[], bool] = lambda: False, *,
              plan_id: int | None = None) -> tuple[list[Issued], list[str]]:
    """One package per OPD into `folder`; returns what was issued and what was skipped (why)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise IssueRefused(f"Folder '{folder}' tidak ada.")
    agencies = repo.load_agencies(db)
    issued, skipped = [], []
    for n, agency in enumerate(agencies):
        if cancelled():
            skipped.append("Dibatalkan sebelum selesai.")
            break
        if progress:
            progress(n, len(agencies), f"Menerbitkan paket {agency.code}…")
        try:
            issued.append(issue_package(db, user, agency.code, year, quarter, folder, plan_id=plan_id))
        except IssueRefused as exc:
            skipped.append(str(exc))
    if progress:
        progress(len(agencies), len(agencies), "Selesai.")
    return issued, skipped
