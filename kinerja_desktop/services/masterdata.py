"""Master-data workbooks: export the whole plan, and import it back (preview, then apply in one
transaction with audit entries of source 'master'). Rows missing from a workbook are left
alone: an import adds and updates, it never deletes.

    export_masterdata(db, path)
    preview = preview_masterdata(db, path)            # new / changed / unchanged / rejected
    result = apply_masterdata(db, preview, user, excluded={(sheet, row), ...})
"""
from __future__ import annotations

import contextlib
import gc
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import sqlite_utils

from kinerja_desktop.domain.entities import User
from kinerja_desktop.exchange.masterdata_read import MasterDataRefused, read_workbook
from kinerja_desktop.exchange.masterdata_write import write_workbook
from kinerja_desktop.services.masterdata_preview import MasterPreview, build_preview
from kinerja_desktop.services.masterdata_write import write_rows
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.database import transaction

__all__ = ["MasterDataRefused", "MasterPreview", "ApplyResult", "dump_plan", "export_masterdata",
           "preview_masterdata", "apply_masterdata"]


@dataclass(frozen=True)
class ApplyResult:
    new: int
    changed: int
    unchanged: int
    excluded: int

    @property
    def text(self) -> str:
        if not self.new and not self.changed:
            return "Tidak ada perubahan: data induk di buku kerja sama dengan basis data."
        return (f"Data induk diterapkan: {self.new} baris baru, {self.changed} baris berubah, "
                f"{self.unchanged} tetap" + (f", {self.excluded} dikecualikan." if self.excluded else "."))


def _dec(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def dump_plan(db: sqlite_utils.Database, plan_id: int | None = None) -> dict[str, list[dict]]:
    """A plan period as the rows of the master-data workbook (stored values, not display words);
    plan_id None: the first period (codes repeat across periods, so one period at a time)."""
    period = repo.period_id(db, plan_id)

    def q(sql: str):   # keeps the rows of the period: each query names its goal `g`, or filters itself
        if period is not None:
            sql = sql.replace("{P}", f"WHERE g.plan_id = {int(period)}").replace("{I}", f"WHERE i.plan_id = {int(period)}")
        return db.execute(sql.replace("{P}", "").replace("{I}", ""))
    out: dict[str, list[dict]] = {}
    out["Tujuan"] = [{"kode": c, "nama": n, "urutan": p, "nonaktif": r} for c, n, p, r in
                     q("SELECT g.code, g.name, g.position, g.retired_at FROM goal g {P} ORDER BY g.position, g.code")]
    out["Sasaran"] = [{"kode": c, "tujuan": g, "nama": n, "urutan": p, "nonaktif": r} for c, g, n, p, r in q(
        "SELECT o.code, g.code, o.name, o.position, o.retired_at FROM objective o JOIN goal g ON g.id = o.goal_id {P} "
        "ORDER BY g.position, g.code, o.position, o.code")]
    out["Program"] = [{"opd": a, "kode": c, "sasaran": o, "nama": n, "nonaktif": r} for a, c, o, n, r in q(
        "SELECT ag.code, p.code, o.code, p.name, p.retired_at FROM program p JOIN agency ag ON ag.id = p.agency_id "
        "JOIN objective o ON o.id = p.objective_id JOIN goal g ON g.id = o.goal_id {P} ORDER BY ag.code, p.code")]
    out["Kegiatan"] = [{"opd": a, "program": p, "kode": c, "nama": n, "nonaktif": r} for a, p, c, n, r in q(
        "SELECT ag.code, p.code, a.code, a.name, a.retired_at FROM activity a JOIN program p ON p.id = a.program_id "
        "JOIN agency ag ON ag.id = p.agency_id " + _GOAL_OF_P + " {P} ORDER BY ag.code, p.code, a.code")]
    out["Sub Kegiatan"] = [{"opd": ag, "program": p, "kegiatan": a, "kode": c, "nama": n, "nonaktif": r}
                           for ag, p, a, c, n, r in q(
        "SELECT ag.code, p.code, a.code, s.code, s.name, s.retired_at FROM sub_activity s "
        "JOIN activity a ON a.id = s.activity_id JOIN program p ON p.id = a.program_id "
        "JOIN agency ag ON ag.id = p.agency_id " + _GOAL_OF_P + " {P} ORDER BY ag.code, p.code, a.code, s.code")]
    out["Indikator"] = [{
        "id": r[0], "kode": r[1], "nama": r[2], "satuan": r[3], "opd": r[4], "simpul": r[5], "kode_simpul": r[6],
        "jenis": r[7], "polaritas": r[8], "agregasi": r[9], "desimal": r[10], "negatif": str(r[11]),
        "baseline": _dec(r[12]), "tahun_baseline": r[13], "target_akhir": _dec(r[14]), "definisi": r[15],
        "sumber": r[16], "urutan": r[17], "nonaktif": r[18],
    } for r in q(
        "SELECT i.id, i.code, i.name, i.unit, ag.code, i.node_type, "
        "coalesce(g.code, o.code, p.code, a.code, s.code), i.kind, i.polarity, i.aggregation, i.decimals, "
        "i.allow_negative, i.baseline, i.baseline_year, e.value, i.definition, i.data_source, i.position, "
        "i.retired_at FROM indicator i JOIN agency ag ON ag.id = i.agency_id "
        "LEFT JOIN goal g ON g.id = i.goal_id LEFT JOIN objective o ON o.id = i.objective_id "
        "LEFT JOIN program p ON p.id = i.program_id LEFT JOIN activity a ON a.id = i.activity_id "
        "LEFT JOIN sub_activity s ON s.id = i.sub_activity_id LEFT JOIN end_target e ON e.indicator_id = i.id {I} "
        "ORDER BY ag.code, i.position, i.code, i.id")]
    idents = {r["id"]: r for r in out["Indikator"]}
    targets: dict[tuple, dict] = defaultdict(dict)
    for ind, year, quarter, value in q("SELECT indicator_id, year, quarter, value FROM target ORDER BY 1, 2, 3"):
        if ind not in idents:
            continue          # another period's indicator
        targets[(ind, year)]["tahunan" if quarter == 0 else f"tw{quarter}"] = Decimal(value)
    out["Target"] = [{"id": ind, "kode": idents[ind]["kode"], "opd": idents[ind]["opd"], "tahun": year, **values}
                     for (ind, year), values in targets.items()]
    out["Anggaran"] = [{"opd": r[0], "tingkat": r[1], "kode": r[2], "tahun": r[3], "pagu": Decimal(r[4])} for r in q(
        "SELECT ag.code, CASE WHEN b.program_id IS NOT NULL THEN 'program' WHEN b.activity_id IS NOT NULL "
        "THEN 'activity' ELSE 'sub_activity' END, coalesce(p1.code, a2.code, s3.code), b.year, b.pagu "
        "FROM budget b LEFT JOIN program p1 ON p1.id = b.program_id "
        "LEFT JOIN activity a2 ON a2.id = b.activity_id LEFT JOIN program p2 ON p2.id = a2.program_id "
        "LEFT JOIN sub_activity s3 ON s3.id = b.sub_activity_id LEFT JOIN activity a3 ON a3.id = s3.activity_id "
        "LEFT JOIN program p3 ON p3.id = a3.program_id "
        "JOIN agency ag ON ag.id = coalesce(p1.agency_id, p2.agency_id, p3.agency_id) "
        "JOIN objective o ON o.id = coalesce(p1.objective_id, p2.objective_id, p3.objective_id) "
        "JOIN goal g ON g.id = o.goal_id {P} ORDER BY 1, 2, 3, 4")]
    return out


_GOAL_OF_P = "JOIN objective o ON o.id = p.objective_id JOIN goal g ON g.id = o.goal_id"


def export_masterdata(db: sqlite_utils.Database, path: str | Path, *, plan_id: int | None = None) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise MasterDataRefused(f"Nama berkas '{path.name}' harus berakhiran .xlsx.")
    if not path.parent.is_dir():
        raise MasterDataRefused(f"Folder '{path.parent}' tidak ada. Buat foldernya dulu atau pilih lokasi lain.")
    plan = repo.load_plan(db, plan_id)
    tmp = path.with_name(path.name + ".tmp")
    try:
        write_workbook(tmp, dump_plan(db, plan.id), f"Data induk {plan.name} \u2014 {plan.region_name}")
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _context(db: sqlite_utils.Database, plan_id: int | None = None):
    plan = repo.load_plan(db, plan_id)
    agencies = {code.lower(): code for (code,) in db.execute("SELECT code FROM agency")}
    return plan, agencies


def preview_masterdata(db: sqlite_utils.Database, path: str | Path, excluded: frozenset = frozenset(),
                       plan_id: int | None = None) -> MasterPreview:
    """Read and compare with period `plan_id` (None: the first); changes nothing. Raises
    MasterDataRefused for an unreadable workbook or an unknown period."""
    path = Path(path)
    try:
        plan, agencies = _context(db, plan_id)
    except LookupError as exc:
        raise MasterDataRefused(str(exc)) from None
    with _collector_paused():
        sheet_rows = read_workbook(path)
        return build_preview(dump_plan(db, plan.id), agencies, plan.years, sheet_rows, path.name,
                             frozenset(excluded), plan.id)


@contextlib.contextmanager
def _collector_paused():
    """Reading and comparing a plan makes millions of small objects and no reference cycles; the
    cyclic collector's passes over them were half the preview's time at scale 10 (issue 14)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def apply_masterdata(db: sqlite_utils.Database, preview: MasterPreview, user: User,
                     excluded: frozenset = frozenset(), backup_kind: str | None = "impor-master") -> ApplyResult:
    """Apply everything or nothing. The comparison is redone inside the transaction (the database
    may have changed since the preview); any rejected row not excluded refuses the whole import.
    `backup_kind=None`: no automatic copy (a database being created has nothing to lose)."""
    if user.role not in ("administrator", "planner"):
        raise MasterDataRefused("Hanya administrator atau perencana yang boleh mengimpor data induk.")
    if backup_kind is not None:
        _backup_first(db, backup_kind)
    with transaction(db):
        plan, agencies = _context(db, preview.plan_id)
        fresh = build_preview(dump_plan(db, plan.id), agencies, plan.years, preview.sheet_rows, preview.file_name,
                              frozenset(excluded), plan.id)
        if fresh.rejected:
            shown = [reason for r in fresh.rejected[:8] for reason in r.reasons[:1]]
            more = len(fresh.rejected) - len(shown)
            raise MasterDataRefused(
                f"Impor data induk ditolak: {len(fresh.rejected)} baris bermasalah; tidak ada yang diubah. "
                "Perbaiki baris itu atau kecualikan dari impor.\n" + "\n".join(shown)
                + (f"\n... dan {more} baris lain." if more > 0 else ""))
        write_rows(db, plan, fresh, user)
    counts = {s: len(fresh.of(s)) for s in ("new", "changed", "unchanged", "excluded")}
    return ApplyResult(counts["new"], counts["changed"], counts["unchanged"], counts["excluded"])


def _backup_first(db: sqlite_utils.Database, kind: str) -> None:
    """The automatic copy before an import; without it the import does not happen."""
    from kinerja_desktop.services.backups import BackupFailed, before_event

    try:
        before_event(db, kind)
    except BackupFailed as exc:
        raise MasterDataRefused(str(exc)) from exc
