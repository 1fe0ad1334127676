"""Writing the accepted rows of a master-data preview: parents before children, an audit entry
(source 'master') for every row added or changed and for every target value."""
from __future__ import annotations

from decimal import Decimal

import sqlite_utils

from kinerja_desktop.store import seals
from kinerja_desktop.store.audit_log import append_audit, audit_row
from kinerja_desktop.domain.entities import Plan, User
from kinerja_desktop.domain.numbers import to_text
from kinerja_desktop.services.masterdata_preview import MasterPreview, RowPreview, same
from kinerja_desktop.services.realisations import now_iso

NODE_TABLE = {"goal": "goal", "objective": "objective", "program": "program", "activity": "activity",
              "sub_activity": "sub_activity"}


_PERIOD = "JOIN objective o ON o.id = p.objective_id JOIN goal g ON g.id = o.goal_id"   # a node's plan period (g.plan_id)


class _Writer:
    def __init__(self, db: sqlite_utils.Database, plan: Plan, user: User, source_ref: str):
        self.db, self.plan, self.user, self.ref = db, plan, user, source_ref
        self.stamp = now_iso()
        self.agency = {code: id_ for id_, code in db.execute("SELECT id, code FROM agency")}

    def one(self, sql: str, params) -> int:
        row = self.db.execute(sql, params).fetchone()
        if row is None:   # the preview resolved every reference, so this is a bug, not bad input
            raise LookupError(f"{sql} {params}")
        return row[0]

    def audit(self, entity: str, old, new, indicator_id=None, budget_id=None, agency_id=None, year=None,
              quarter=None) -> None:
        append_audit(self.db, [audit_row(
            self.stamp, self.user.username, entity, "master", old=old, new=new, indicator_id=indicator_id,
            budget_id=budget_id, agency_id=agency_id, year=year, quarter=quarter, source_ref=self.ref)])

    def audit_row(self, r: RowPreview, **ids) -> None:
        old = None if r.status == "new" else "; ".join(c.split(" \u2192 ")[0] for c in r.changes)
        new = f"{r.sheet} {r.label}: " + ("baru" if r.status == "new" else "; ".join(r.changes))
        self.audit("plan", old, new[:4000], **ids)

    # --- node lookups -----------------------------------------------------------------------
    def goal(self, code):
        return self.one("SELECT id FROM goal WHERE plan_id = ? AND code = ?", [self.plan.id, code])

    def objective(self, code):
        return self.one("SELECT o.id FROM objective o JOIN goal g ON g.id = o.goal_id WHERE o.code = ? AND g.plan_id = ?",
                        [code, self.plan.id])   # codes repeat in the next period

    def program(self, opd, code):
        return self.one(f"SELECT p.id FROM program p {_PERIOD} WHERE p.agency_id = ? AND p.code = ? AND g.plan_id = ?",
                        [self.agency[opd], code, self.plan.id])

    def activity(self, opd, code, program=None):
        sql = (f"SELECT a.id FROM activity a JOIN program p ON p.id = a.program_id {_PERIOD} WHERE p.agency_id = ? "
               "AND a.code = ? AND g.plan_id = ?")
        params = [self.agency[opd], code, self.plan.id]
        if program is not None:
            sql, params = sql + " AND p.code = ?", params + [program]
        return self.one(sql, params)

    def sub_activity(self, opd, code, program=None, activity=None):
        sql = ("SELECT s.id FROM sub_activity s JOIN activity a ON a.id = s.activity_id "
               f"JOIN program p ON p.id = a.program_id {_PERIOD} WHERE p.agency_id = ? AND s.code = ? AND g.plan_id = ?")
        params = [self.agency[opd], code, self.plan.id]
        if program is not None:
            sql, params = sql + " AND p.code = ? AND a.code = ?", params + [program, activity]
        return self.one(sql, params)

    def node(self, node_type: str, opd: str, code: str) -> int:
        if node_type == "goal":
            return self.goal(code)
        if node_type == "objective":
            return self.objective(code)
        return getattr(self, node_type)(opd, code)

    def retired(self, node_type: str, node_id: int, v: dict) -> None:
        """The node's retired state as the workbook gives it; a workbook without the column
        (written before it existed) leaves it as it is."""
        if "nonaktif" in v:
            self.db.execute(f"UPDATE {NODE_TABLE[node_type]} SET retired_at = ? WHERE id = ?",
                            [v["nonaktif"] or None, node_id])

    # --- rows ---------------------------------------------------------------------------------
    def write(self, r: RowPreview) -> None:
        v, new = r.values, r.status == "new"
        db = self.db
        if r.sheet == "Tujuan":
            if new:
                db.execute("INSERT INTO goal (plan_id, code, name, position, retired_at) VALUES (?, ?, ?, ?, ?)",
                           [self.plan.id, v["kode"], v["nama"], v.get("urutan") or 0, v.get("nonaktif") or None])
            else:
                db.execute("UPDATE goal SET name = ?, position = ? WHERE id = ?",
                           [v["nama"], v.get("urutan") or 0, self.goal(v["kode"])])
                self.retired("goal", self.goal(v["kode"]), v)
            self.audit_row(r)
        elif r.sheet == "Sasaran":
            goal = self.goal(v["tujuan"])
            if new:
                db.execute("INSERT INTO objective (goal_id, code, name, position, retired_at) VALUES (?, ?, ?, ?, ?)",
                           [goal, v["kode"], v["nama"], v.get("urutan") or 0, v.get("nonaktif") or None])
            else:
                db.execute("UPDATE objective SET goal_id = ?, name = ?, position = ? WHERE id = ?",
                           [goal, v["nama"], v.get("urutan") or 0, self.objective(v["kode"])])
                self.retired("objective", self.objective(v["kode"]), v)
            self.audit_row(r)
        elif r.sheet == "Program":
            objective = self.objective(v["sasaran"])
            if new:
                db.execute("INSERT INTO program (objective_id, agency_id, code, name, retired_at) VALUES (?, ?, ?, ?, ?)",
                           [objective, self.agency[v["opd"]], v["kode"], v["nama"], v.get("nonaktif") or None])
            else:
                db.execute("UPDATE program SET objective_id = ?, name = ? WHERE id = ?",
                           [objective, v["nama"], self.program(v["opd"], v["kode"])])
                self.retired("program", self.program(v["opd"], v["kode"]), v)
            self.audit_row(r, agency_id=self.agency[v["opd"]])
        elif r.sheet == "Kegiatan":
            if new:
                db.execute("INSERT INTO activity (program_id, code, name, retired_at) VALUES (?, ?, ?, ?)",
                           [self.program(v["opd"], v["program"]), v["kode"], v["nama"], v.get("nonaktif") or None])
            else:
                db.execute("UPDATE activity SET name = ? WHERE id = ?",
                           [v["nama"], self.activity(v["opd"], v["kode"], v["program"])])
                self.retired("activity", self.activity(v["opd"], v["kode"], v["program"]), v)
            self.audit_row(r, agency_id=self.agency[v["opd"]])
        elif r.sheet == "Sub Kegiatan":
            if new:
                db.execute("INSERT INTO sub_activity (activity_id, code, name, retired_at) VALUES (?, ?, ?, ?)",
                           [self.activity(v["opd"], v["kegiatan"], v["program"]), v["kode"], v["nama"],
                            v.get("nonaktif") or None])
            else:
                db.execute("UPDATE sub_activity SET name = ? WHERE id = ?",
                           [v["nama"], self.sub_activity(v["opd"], v["kode"], v["program"], v["kegiatan"])])
                self.retired("sub_activity", self.sub_activity(v["opd"], v["kode"], v["program"], v["kegiatan"]), v)
            self.audit_row(r, agency_id=self.agency[v["opd"]])
        elif r.sheet == "Indikator":
            self.indicator(r)
        elif r.sheet == "Target":
            self.targets(r)
        elif r.sheet == "Anggaran":
            self.budget(r)

    def indicator(self, r: RowPreview) -> None:
        v = r.values
        node_id = self.node(v["simpul"], v["opd"], v["kode_simpul"])
        columns = {
            "code": v["kode"], "name": v["nama"], "unit": v["satuan"], "polarity": v["polaritas"],
            "aggregation": v["agregasi"], "decimals": v["desimal"], "allow_negative": int(v["negatif"]),
            "kind": v["jenis"], "agency_id": self.agency[v["opd"]], "definition": v.get("definisi") or "",
            "data_source": v.get("sumber") or "", "baseline": to_text(v.get("baseline")),
            "baseline_year": v.get("tahun_baseline"), "node_type": v["simpul"], "position": v.get("urutan") or 0,
            "retired_at": v.get("nonaktif") or None,
        }
        for node_type in NODE_TABLE:
            columns[f"{node_type}_id"] = node_id if node_type == v["simpul"] else None
        if r.status == "new":
            names = ", ".join(columns)
            cursor = self.db.execute(f"INSERT INTO indicator ({names}) VALUES ({', '.join('?' * len(columns))})",
                                     list(columns.values()))
            ind_id = cursor.lastrowid
        else:
            ind_id = v["id"]
            sets = ", ".join(f"{k} = ?" for k in columns)
            self.db.execute(f"UPDATE indicator SET {sets} WHERE id = ?", list(columns.values()) + [ind_id])
        old_end = r.existing.get("target_akhir") if r.existing else None
        end = v.get("target_akhir")
        if not same(old_end, end):
            if end is None:
                self.db.execute("DELETE FROM end_target WHERE indicator_id = ?", [ind_id])
            else:
                self.db.execute("INSERT INTO end_target (indicator_id, value) VALUES (?, ?) ON CONFLICT "
                                "(indicator_id) DO UPDATE SET value = excluded.value", [ind_id, to_text(end)])
        self.audit_row(r, indicator_id=ind_id, agency_id=self.agency[v["opd"]])

    def targets(self, r: RowPreview) -> None:
        v = r.values
        if v.get("id") is not None:
            ind_id = v["id"]
        else:
            ind_id = self.one("SELECT id FROM indicator WHERE code = ? AND agency_id = ? AND plan_id = ?",
                              [v["kode"], self.agency[v["opd"]], self.plan.id])
        old = r.existing or {}
        for quarter, key in enumerate(("tahunan", "tw1", "tw2", "tw3", "tw4")):
            before, after = old.get(key), v.get(key)
            if same(before, after):
                continue
            if after is None:
                self.db.execute("DELETE FROM target WHERE indicator_id = ? AND year = ? AND quarter = ?",
                                [ind_id, v["tahun"], quarter])
            else:
                self.db.execute(
                    "INSERT INTO target (indicator_id, year, quarter, value) VALUES (?, ?, ?, ?) ON CONFLICT "
                    "(indicator_id, year, quarter) DO UPDATE SET value = excluded.value",
                    [ind_id, v["tahun"], quarter, to_text(after)])
            self.audit("target", to_text(before), to_text(after), indicator_id=ind_id,
                       agency_id=self.agency[v["opd"]], year=v["tahun"], quarter=quarter)

    def budget(self, r: RowPreview) -> None:
        v = r.values
        node_id = self.node(v["tingkat"], v["opd"], v["kode"])
        column = f"{v['tingkat']}_id"
        row = self.db.execute(f"SELECT id, pagu FROM budget WHERE {column} = ? AND year = ?",
                              [node_id, v["tahun"]]).fetchone()
        pagu = to_text(Decimal(v["pagu"]))
        if row is None:
            budget_id = self.db.execute(f"INSERT INTO budget (year, {column}, pagu) VALUES (?, ?, ?)",
                                        [v["tahun"], node_id, pagu]).lastrowid
            old = None
        else:
            budget_id, old = row
            self.db.execute("UPDATE budget SET pagu = ? WHERE id = ?", [pagu, budget_id])
        self.audit("plan", old, f"Pagu {v['kode']} {v['tahun']}: {pagu}", budget_id=budget_id,
                   agency_id=self.agency[v["opd"]], year=v["tahun"])


def write_rows(db: sqlite_utils.Database, plan: Plan, preview: MasterPreview, user: User) -> None:
    writer = _Writer(db, plan, user, preview.file_name)
    for r in preview.changes:   # already in plan order: sheets, then rows
        writer.write(r)
    if preview.changes:   # a workbook may touch every OPD: the plan is sealed whole again
        seals.seal_plan(db, writer.stamp)
