"""Importing a plan from the plan document's own table (issue 13 point 3).

The table's title rows place its indicators under a tujuan or sasaran; agencies are matched to
OPDs (agency_match); existing indicators are found by code, then by name, never duplicated.
The rows become master-data rows (Tujuan, Sasaran, Indikator, Target), so comparing, writing,
the audit and the automatic backup are those of the master-data import. What this adds: the
preview sorts STRUCTURAL changes (an indicator's node, OPD, aggregation, end target; a sasaran
moved to another tujuan) apart, and they are written only when confirmed; rows that cannot be
placed, and agencies not surely matched, hold the whole import.

    table = read_plan_table(path, mapping)
    preview = preview_plan_import(db, table, opd_choices={"Dinkes Kab. Soppeng": "DINKES"})
    result = apply_plan_import(db, preview, user, confirm_structure=True)
"""
from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from kinerja_desktop.domain.entities import Plan, User
from kinerja_desktop.exchange import plan_suggest as suggest
from kinerja_desktop.exchange.masterdata_read import SheetRow
from kinerja_desktop.exchange.plan_table import PlanTable
from kinerja_desktop.services.agency_match import AgencyMatch, AgencyMatcher, plain
from kinerja_desktop.services.masterdata import ApplyResult, MasterDataRefused, apply_masterdata, dump_plan
from kinerja_desktop.services.masterdata_preview import MasterPreview, build_preview, same
from kinerja_desktop.store import repositories as repo

KIND_BY_NODE = {"goal": "impact", "objective": "outcome"}
NODE_WORDS = {"goal": "Tujuan", "objective": "Sasaran"}
STRUCTURAL = {"simpul": "Melekat pada", "kode_simpul": "Simpul", "opd": "OPD", "agregasi": "Agregasi",
              "target_akhir": "Target akhir"}
VALUE_FIELDS = {"kode": "Kode", "nama": "Nama", "satuan": "Satuan", "baseline": "Kondisi awal",
                "definisi": "Definisi", "sumber": "Sumber data"}


class PlanImportRefused(Exception):
    """Nothing was written; Indonesian message."""


@dataclass
class Line:
    """One row of the preview as a person reads it."""
    row: int
    code: str
    name: str
    opd: str = ""
    node: str = ""
    what: list[str] = field(default_factory=list)


@dataclass
class PlanImportPreview:
    file_name: str
    sheet: str
    plan: Plan
    new: list[Line] = field(default_factory=list)
    changed: list[Line] = field(default_factory=list)
    structural: list[Line] = field(default_factory=list)
    unchanged: int = 0
    refused: list[str] = field(default_factory=list)        # 'Lembar 'X' baris N: why'
    agencies: list[AgencyMatch] = field(default_factory=list)   # not surely matched: to confirm
    master: MasterPreview | None = None

    def blocking(self, confirm_structure: bool) -> str:
        """Why the import may not be applied now ('' when it may)."""
        if self.refused:
            return (f"{len(self.refused)} baris tidak dapat diimpor; tidak ada yang ditulis. Perbaiki tabelnya, "
                    "pastikan OPD-nya, atau berikan pemetaan.")
        if self.structural and not confirm_structure:
            return (f"{len(self.structural)} perubahan struktur (simpul, OPD, agregasi atau target akhir indikator "
                    "yang sudah ada) perlu dikonfirmasi; tidak ada yang ditulis.")
        return ""


def resolve_period(db: sqlite_utils.Database, text: str) -> int:
    """The plan period named on a command line by its id or its name."""
    from kinerja_desktop.services.plan_period import find_period

    try:
        return find_period(db, text)
    except LookupError as exc:
        raise PlanImportRefused(str(exc)) from None


def preview_plan_import(db: sqlite_utils.Database, table: PlanTable, plan_id: int | None = None,
                        opd_choices: dict[str, str] | None = None) -> PlanImportPreview:
    """Compare the table with the plan; changes nothing."""
    try:
        plan = repo.load_plan(db, plan_id)
    except LookupError:
        from kinerja_desktop.services.plan_period import periods_text

        raise PlanImportRefused(f"Periode rencana {plan_id} tidak ada di basis data ini. "
                                f"Periode yang ada: {periods_text(db)}.") from None
    agencies = repo.load_agencies(db)
    matcher = AgencyMatcher(agencies, plan.region_name, {**table.opd_choices, **(opd_choices or {})})
    dump = dump_plan(db, plan.id)
    build = _Builder(table, plan, dump, matcher)
    build.walk()
    agency_codes = {a.code.lower(): a.code for a in agencies}
    master = build_preview(dump, agency_codes, plan.years, build.sheet_rows, table.file_name, plan_id=plan.id)
    preview = PlanImportPreview(table.file_name, table.sheet, plan, refused=build.refused,
                                agencies=list(build.unsure.values()), master=master)
    _classify(preview, master, build)
    return preview


def apply_plan_import(db: sqlite_utils.Database, preview: PlanImportPreview, user: User,
                      confirm_structure: bool = False) -> ApplyResult:
    """All or nothing, in one transaction, after the automatic backup; audited row by row."""
    why = preview.blocking(confirm_structure)
    if why:
        raise PlanImportRefused(why)
    if not preview.master.changes:
        return ApplyResult(0, 0, len(preview.master.rows), 0)
    try:
        return apply_masterdata(db, preview.master, user, backup_kind="impor-rencana")
    except MasterDataRefused as exc:
        raise PlanImportRefused(str(exc).replace("data induk", "rencana")) from exc


class _Builder:
    """Walks the table rows in order: a title row opens a tujuan/sasaran, indicators go under it."""

    def __init__(self, table: PlanTable, plan: Plan, dump: dict, matcher: AgencyMatcher):
        self.t, self.plan, self.matcher = table, plan, matcher
        self.goals = {r["kode"]: r for r in dump["Tujuan"]}
        self.objectives = {r["kode"]: r for r in dump["Sasaran"]}
        self.by_code: dict[str, list[dict]] = {}
        self.by_name: dict[str, list[dict]] = {}
        for i in dump["Indikator"]:
            self.by_code.setdefault(i["kode"], []).append(i)
            self.by_name.setdefault(plain(i["nama"]), []).append(i)
        self.targets = {(r["id"], r["tahun"]): r for r in dump["Target"]}
        self.sheet_rows: dict[str, list[SheetRow]] = {"Tujuan": [], "Sasaran": [], "Indikator": [], "Target": []}
        self.refused: list[str] = []
        self.unsure: dict[str, AgencyMatch] = {}
        self.claimed: dict[int, int] = {}           # existing indicator id -> table row
        self.codes_used = {r["kode"] for r in dump["Indikator"]}
        self.source: dict[int, dict] = {}            # table row -> indicator record

    def refuse(self, row: int, why: str) -> None:
        self.refused.append(f"Lembar '{self.t.sheet}' baris {row}: {why}")

    def walk(self) -> None:
        goal = objective = None
        for r in self.t.rows:
            if r.kind == "refused":
                for p in r.problems:
                    self.refuse(r.row, p.split(": ", 1)[1] if p.startswith("baris ") else p)
            elif r.kind == "goal":
                goal, objective = self.goal(r), None
            elif r.kind == "objective":
                objective = self.objective(r, goal)
                if objective is None:
                    continue
            elif r.problems:
                for p in r.problems:
                    self.refuse(r.row, p)
            elif objective is None and goal is None:
                self.refuse(r.row, f"indikator '{r.name}' tidak berada di bawah baris judul Tujuan atau Sasaran; "
                                   "tidak dapat ditempatkan.")
            else:
                self.indicator(r, ("objective", objective) if objective else ("goal", goal))

    def _by_name(self, rows: dict, name: str) -> str | None:
        found = [code for code, r in rows.items() if plain(r["nama"]) == plain(name)]
        return found[0] if len(found) == 1 else None

    def goal(self, r) -> str:
        code = r.code if r.code in self.goals else (self._by_name(self.goals, r.name) or r.code)
        if not code:
            n = len(self.goals) + 1
            while f"T{n}" in self.goals:
                n += 1
            code = f"T{n}"
        old = self.goals.get(code, {})
        values = {**old, "kode": code, "nama": r.name, "urutan": old.get("urutan", len(self.goals) + 1)}
        values.pop("nonaktif", None)
        self.goals[code] = values
        self.sheet_rows["Tujuan"].append(SheetRow("Tujuan", r.row, values))
        return code

    def objective(self, r, goal: str | None) -> str | None:
        code = r.code if r.code in self.objectives else (self._by_name(self.objectives, r.name) or r.code)
        old = self.objectives.get(code, {})
        parent = goal or old.get("tujuan")
        if parent is None:
            self.refuse(r.row, f"sasaran '{r.name}' tidak berada di bawah baris judul Tujuan; tidak dapat ditempatkan.")
            return None
        if not code:
            n = 1
            while f"S{parent[1:]}.{n}" in self.objectives:
                n += 1
            code = f"S{parent[1:]}.{n}"
        values = {**old, "kode": code, "tujuan": parent, "nama": r.name, "urutan": old.get("urutan", len(self.objectives) + 1)}
        values.pop("nonaktif", None)
        self.objectives[code] = values
        self.sheet_rows["Sasaran"].append(SheetRow("Sasaran", r.row, values))
        return code

    def existing(self, r, opd: str) -> tuple[dict | None, str]:
        """The indicator of the plan this row is: by code, then by name; or a reason it is unclear."""
        for key, wanted in (("kode", r.code), ("nama", plain(r.name))):
            if not wanted:
                continue
            found = self.by_code.get(wanted, []) if key == "kode" else self.by_name.get(wanted, [])
            if len(found) > 1:
                found = [i for i in found if i["opd"] == opd] or found
            if len(found) == 1:
                return found[0], ""
            if len(found) > 1:
                word = "kode" if key == "kode" else "nama"
                return None, f"{word} '{r.code if key == 'kode' else r.name}' dipakai {len(found)} indikator; tidak jelas yang mana."
        return None, ""

    def indicator(self, r, node: tuple[str, str]) -> None:
        node_type, node_code = node
        text = str(r.values.get("agency") or "")
        if not text:
            self.refuse(r.row, f"{self.t.where('agency') or 'kolom OPD'} kosong untuk '{r.name}'; OPD penanggung "
                               "jawab tidak diketahui." if self.t.column_of("agency") is not None else
                        f"tabel tidak punya kolom OPD; OPD '{r.name}' tidak diketahui. Berikan pemetaan.")
            return
        match = self.matcher.match(text)
        if match.code is None:
            self.unsure.setdefault(plain(text), match)
            close = ", ".join(f"{c} {n} ({s:.2f})" for c, n, s in match.candidates)
            self.refuse(r.row, f"OPD '{text}' belum dipastikan" + (f"; mirip: {close}" if close else
                        "; tidak ada OPD yang mirip") + ". Pastikan OPD-nya (wizard, atau \"opd\" di pemetaan).")
            return
        opd = match.code
        old, unclear = self.existing(r, opd)
        if unclear:
            self.refuse(r.row, unclear)
            return
        if old is not None:
            if old["id"] in self.claimed:
                self.refuse(r.row, f"indikator '{r.name}' sudah ada di baris {self.claimed[old['id']]} tabel ini.")
                return
            self.claimed[old["id"]] = r.row
        values = [*r.targets.values(), r.values.get("baseline"), r.values.get("end_target")]
        code = r.code or (old or {}).get("kode") or self._new_code(node_code)
        record = {**(old or {}), "kode": code, "nama": r.name, "opd": opd, "simpul": node_type, "kode_simpul": node_code}
        if old is None:
            record.update({"jenis": KIND_BY_NODE[node_type], "polaritas": suggest.suggest_polarity(r.name),
                           "agregasi": suggest.suggest_aggregation(r.name, r.values.get("unit", "")),
                           "desimal": suggest.suggest_decimals(values), "negatif": "0", "baseline": None,
                           "target_akhir": None, "definisi": "", "sumber": "", "satuan": ""})
        for role, key in (("unit", "satuan"), ("baseline", "baseline"), ("end_target", "target_akhir"),
                          ("definition", "definisi"), ("data_source", "sumber"), ("aggregation", "agregasi")):
            if r.values.get(role) not in (None, ""):     # what the table does not say stays as it is
                record[key] = r.values[role]
        if not record.get("satuan"):
            self.refuse(r.row, f"indikator '{r.name}' tanpa satuan ({self.t.where('unit') or 'tidak ada kolom Satuan'}).")
            return
        self.codes_used.add(code)
        self.sheet_rows["Indikator"].append(SheetRow("Indikator", r.row, record))
        self.source[r.row] = {"old": old, "new": record}
        for year, value in sorted(r.targets.items()):
            if year not in self.plan.years:
                self.refuse(r.row, f"kolom Target {year} di luar periode {self.plan.name} "
                                   f"({self.plan.start_year}-{self.plan.end_year}).")
                continue
            before = self.targets.get((old["id"], year), {}) if old else {}
            self.sheet_rows["Target"].append(SheetRow("Target", r.row, {
                **{k: before.get(k) for k in ("tw1", "tw2", "tw3", "tw4")},
                "id": old["id"] if old else None, "kode": code, "opd": opd, "tahun": year, "tahunan": value}))

    def _new_code(self, node_code: str) -> str:
        n = 1
        while f"{node_code}.{n}" in self.codes_used:
            n += 1
        return f"{node_code}.{n}"


def _show(v) -> str:
    return "(kosong)" if v in (None, "") else str(v)


def _classify(preview: PlanImportPreview, master: MasterPreview, build: _Builder) -> None:
    for r in master.rejected:
        preview.refused.extend(reason.replace(f"Lembar '{r.sheet}'", f"Lembar '{preview.sheet}'", 1)
                               for reason in r.reasons)
    targets: dict[int, list[str]] = {}
    for r in master.rows:
        if r.sheet == "Target" and r.status in ("new", "changed"):
            before = (r.existing or {}).get("tahunan")
            targets.setdefault(r.row, []).append(f"Target {r.values['tahun']}: {_show(before)} \u2192 "
                                                 f"{_show(r.values['tahunan'])}")
    for r in master.rows:
        v = r.values
        if r.sheet in ("Tujuan", "Sasaran") and r.status in ("new", "changed"):
            line = Line(r.row, v["kode"], v["nama"], node=f"{r.sheet} {v['kode']}")
            moved = r.sheet == "Sasaran" and r.existing and r.existing.get("tujuan") != v["tujuan"]
            if r.status == "new":
                preview.new.append(line)
            elif moved:
                line.what = [f"Tujuan: {r.existing['tujuan']} \u2192 {v['tujuan']}"]
                preview.structural.append(line)
            else:
                line.what = list(r.changes)
                preview.changed.append(line)
        elif r.sheet == "Indikator" and r.status in ("new", "changed", "unchanged"):
            line = Line(r.row, v["kode"], v["nama"], v["opd"], f"{NODE_WORDS[v['simpul']]} {v['kode_simpul']}")
            if r.status == "new":
                line.what = [f"Target akhir: {_show(v.get('target_akhir'))}"] + targets.get(r.row, [])
                preview.new.append(line)
                continue
            old = r.existing or {}
            structural = [f"{label}: {_show(old.get(k))} \u2192 {_show(v.get(k))}" for k, label in STRUCTURAL.items()
                          if not same(old.get(k), v.get(k))]
            plain_changes = [f"{label}: {_show(old.get(k))} \u2192 {_show(v.get(k))}"
                             for k, label in VALUE_FIELDS.items() if not same(old.get(k), v.get(k))]
            plain_changes += targets.get(r.row, [])
            if structural:
                preview.structural.append(Line(line.row, line.code, line.name, line.opd, line.node, structural))
            if plain_changes:
                preview.changed.append(Line(line.row, line.code, line.name, line.opd, line.node, plain_changes))
            if not structural and not plain_changes:
                preview.unchanged += 1
    for lines in (preview.new, preview.changed, preview.structural):
        lines.sort(key=lambda line: line.row)
