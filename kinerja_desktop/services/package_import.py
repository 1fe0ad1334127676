"""Importing a package: a preview (nothing written), then one all-or-nothing transaction.

Row statuses: new (nothing in the database yet), changed, unchanged, conflict (the value was
changed at Bappelitbangda since the package was issued AND the OPD changed it too, to something
else), rejected (the cell cannot be read; the reason names sheet, row and column). A conflict is
resolved per row: keep (the database's value, the default) or take (the package's).
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import sqlite_utils

from kinerja_desktop.domain.entities import User, ValueChange
from kinerja_desktop.domain.workflow import STATUS_LABELS
from kinerja_desktop.exchange.package_reader import PackageFile, PackageRefused, read_package
from kinerja_desktop.services.audit import format_datetime_id
from kinerja_desktop.services.package_checks import flag_implausible
from kinerja_desktop.services.realisations import SaveRefused, SpendingChange, now_iso, save_quarter
from kinerja_desktop.services.package_trust import check_signature
from kinerja_desktop.services.plan_period import package_period_problem, year_refusal
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.audit_log import append_audit, audit_row
from kinerja_desktop.store.database import transaction

STATUS_LABELS_ID = {"new": "Baru", "changed": "Berubah", "unchanged": "Tetap", "conflict": "Konflik",
                    "rejected": "Ditolak", "left_out": "Dilewati"}
SIGNATURE_LABELS = {"valid": "Bertanda tangan sah", "unsigned": "Diisi di spreadsheet",
                    "unregistered": "Bertanda tangan, kunci OPD belum terdaftar",
                    "invalid": "Tanda tangan tidak sah"}
SPREADSHEET_MARK = "diisi di spreadsheet"      # after the package id in the audit's source_ref
PAUSE_ENV = "KINERJA_TEST_IMPORT_PAUSE"   # tests: a marker file path; the import pauses mid-transaction


class ImportRefused(Exception):
    """Nothing was written; Indonesian message."""


@dataclass
class RowPreview:
    indicator_id: int
    code: str
    name: str
    unit: str
    decimals: int
    sheet_row: int
    status: str
    package_value: Decimal | None
    package_note: str
    current_value: Decimal | None
    current_note: str
    issued_value: Decimal | None
    issued_note: str
    reason: str = ""
    resolution: str = "keep"       # for conflicts: 'keep' (database) or 'take' (package)
    kind: str = "value"            # 'value' (realisation and note) or 'spent' (the node's budget spending, Rp)
    budget_id: int | None = None
    warning: str = ""              # implausible (over F1 x target, F2 x previous quarter): imported, but flagged

    @property
    def will_write(self) -> bool:
        return self.status in ("new", "changed") or (self.status == "conflict" and self.resolution == "take")


@dataclass
class ImportPreview:
    path: Path
    refused: str | None = None
    package: PackageFile | None = None
    agency_id: int | None = None
    agency_code: str = ""
    agency_name: str = ""
    year: int = 0
    quarter: int = 0
    signature: str = "unsigned"        # valid / unsigned (filled in a spreadsheet) / unregistered / invalid
    # The OPD has a registered key and this package lacks a valid signature of it: refused unless
    # an administrator accepts it with a written reason (accept_untrusted).
    trust_problem: str = ""
    override_reason: str = ""
    version: int = 1
    already_imported: str = ""         # message when this very content was imported before
    content_digest: str = ""           # the package's content digest, computed once by the preview
    notes: list[str] = field(default_factory=list)
    rows: list[RowPreview] = field(default_factory=list)

    @property
    def file_name(self) -> str:
        return self.path.name

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def flagged(self) -> list[RowPreview]:
        """Rows whose value is implausible (a warning to check, not a refusal)."""
        return [r for r in self.rows if r.warning]

    @property
    def conflicts(self) -> list[RowPreview]:
        return [r for r in self.rows if r.status == "conflict"]

    def resolve_all(self, resolution: str) -> None:
        for row in self.conflicts:
            row.resolution = resolution

    @property
    def blocking(self) -> str | None:
        """Why this preview cannot be applied at all, or None."""
        if self.refused:
            return self.refused
        if self.trust_problem and not self.override_reason:
            return self.trust_problem
        if self.count("rejected"):
            return (f"{self.count('rejected')} baris ditolak; perbaiki isiannya dan kirim ulang paket "
                    "(paket diterapkan seluruhnya atau tidak sama sekali).")
        return None


def preview_import(db: sqlite_utils.Database, path: str | Path, expect: tuple[str | None, int | None, int | None] = (None, None, None)) -> ImportPreview:
    """Read a package and compare it with the database. Never writes; never raises for a bad file:
    even an unexpected error while reading one file becomes that file's refusal (a batch goes on)."""
    preview = ImportPreview(Path(path))
    try:
        return _preview(db, preview, path, expect)
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop a batch of forty
        logging.getLogger(__name__).exception("preview of %s", path)
        preview.rows, preview.package = [], None
        preview.refused = (f"Berkas '{preview.file_name}' tidak dapat dibaca: kesalahan tak terduga "
                           f"({type(exc).__name__}). Paket tidak diimpor; simpan berkas ini dan laporkan ke pengelola.")
        return preview


def _preview(db, preview: ImportPreview, path, expect) -> ImportPreview:
    try:
        package = read_package(path)
    except PackageRefused as exc:
        preview.refused = str(exc)
        return preview
    preview.package = package
    preview.year, preview.quarter = package.year, package.quarter
    preview.agency_code, preview.agency_name = package.opd_code, package.opd_name
    try:
        _check_package(db, preview, package, expect)
    except ImportRefused as exc:
        preview.refused = str(exc)
        return preview
    preview.rows = _rows(db, preview, package)
    flag_implausible(db, preview)
    return preview


def _check_package(db, preview: ImportPreview, package: PackageFile, expect) -> None:
    name = preview.file_name
    agency = repo.agency_by_code(db, package.opd_code)
    if agency is None:
        raise ImportRefused(f"Berkas '{name}': paket untuk OPD '{package.opd_code}' yang tidak ada di basis data ini.")
    preview.agency_id = agency.id
    want_code, want_year, want_quarter, *want_plan = expect   # and the plan period, when given
    for label, want, got in (("OPD", want_code, package.opd_code), ("tahun", want_year, package.year),
                             ("triwulan", want_quarter, package.quarter)):
        if want is not None and str(want).upper() != str(got).upper():
            raise ImportRefused(f"Berkas '{name}': paket untuk {label} {got}, padahal yang diharapkan {label} {want}.")
    issued = db.execute("SELECT agency_id, year, quarter, digest FROM package WHERE id = ? AND direction = 'issued'",
                        [package.package_id]).fetchone()
    if issued is None:
        preview.notes.append("Paket ini tidak tercatat pernah diterbitkan dari basis data ini.")
    elif issued[:3] != (agency.id, package.year, package.quarter) or issued[3] != package.digest:
        raise ImportRefused(f"Berkas '{name}': isi hanya-baca atau metadata tidak sama dengan paket yang diterbitkan "
                            f"dengan kode {package.package_id}. Paket ditolak.")
    owners = {ind: (owner, retired) for ind, owner, retired in db.execute(
        "SELECT id, agency_id, retired_at FROM indicator WHERE id IN (SELECT value FROM json_each(?))",
        ["[" + ",".join(str(r.indicator_id) for r in package.rows) + "]"])}
    for row in package.rows:
        owner, retired = owners.get(row.indicator_id, (None, None))
        if owner != agency.id:
            why = "tidak ada" if owner is None else f"bukan milik OPD {agency.code}"
            raise ImportRefused(f"Berkas '{name}': indikator {row.code} (baris {row.sheet_row}) {why}. Paket ditolak.")
        if retired is not None:   # retired since the package was issued: only this row is left out
            row.left_out = (f"Indikator ini dipensiunkan sejak {retired[:10]} (setelah paket diterbitkan); "
                            "nilainya tidak diimpor.")
    if (outside := year_refusal(db, package.year)) is not None:
        raise ImportRefused(f"Berkas '{name}': {outside} Paket ditolak.")
    if other := package_period_problem(db, package.context.get("plan") or {}, package.year, package.rows, *want_plan):
        raise ImportRefused(f"Berkas '{name}': {other} Paket ditolak.")
    status = repo.workflow_status(db, agency.id, package.year, package.quarter)
    if status == "locked":
        raise ImportRefused(f"Berkas '{name}': {agency.code} {package.year} TW{package.quarter} sudah dikunci; "
                            "paket tidak dapat diimpor. Administrator dapat membuka kunci dengan alasan.")
    check_signature(db, preview, package, agency.id)
    _check_version(db, preview, package)
    if status != "draft":
        preview.notes.append(f"Status triwulan ini: {STATUS_LABELS[status]}.")


def accept_untrusted(preview: ImportPreview, user: User, reason: str) -> None:
    """An administrator accepts a package whose signature does not hold, with a written reason
    (audited when the package is applied). Raises ImportRefused."""
    if not preview.trust_problem:
        return
    if user.role != "administrator":
        raise ImportRefused("Hanya administrator yang dapat menerima paket tanpa tanda tangan sah OPD yang kuncinya "
                            "terdaftar.")
    if len((reason or "").strip()) < 10:
        raise ImportRefused("Tuliskan alasan menerima paket ini (paling sedikit 10 karakter); alasan dicatat di "
                            "riwayat perubahan.")
    preview.override_reason = reason.strip()


def _check_version(db, preview: ImportPreview, package: PackageFile) -> None:
    rows = db.execute("SELECT version, digest, at FROM package WHERE id = ? AND direction = 'imported' ORDER BY version",
                      [package.package_id]).fetchall()
    content = preview.content_digest = package.content_digest
    for version, digest, at in rows:
        if digest == content:
            preview.already_imported = (f"Paket ini (versi {version}) sudah diimpor pada {format_datetime_id(at)}; "
                                        "mengimpor ulang tidak mengubah apa pun.")
    preview.version = (rows[-1][0] + 1) if rows else 1


def _rows(db, preview: ImportPreview, package: PackageFile) -> list[RowPreview]:
    current = repo.quarter_values(db, package.year, package.quarter, [r.indicator_id for r in package.rows])
    # Values last written by this very package (an earlier version) are its own, not a change made here.
    own = _written_by_package(db, preview, package, "indicator_id", "'realisation', 'note'")
    out = []
    for row, ctx in zip(package.rows, package.context["rows"]):
        cur_v, cur_n = current.get(row.indicator_id, (None, ""))
        iss_v = None if ctx.get("issued_value") is None else Decimal(ctx["issued_value"])
        iss_n = ctx.get("issued_note") or ""
        if row.indicator_id in own:
            iss_v, iss_n = cur_v, cur_n
        p = RowPreview(row.indicator_id, row.code, ctx["name"], ctx["unit"], ctx["decimals"], row.sheet_row, "",
                       row.value, row.note, cur_v, cur_n, iss_v, iss_n)
        if row.left_out:   # not the package's fault: the rest still imports
            p.status, p.reason = "left_out", row.left_out
        elif row.problem:
            p.status, p.reason = "rejected", row.problem
        elif preview.already_imported:
            p.status, p.reason = "unchanged", "sudah diimpor"
        else:
            p.status = _classify(p)
            if row.value is None and row.note and row.note != (p.current_note or ""):
                # Never dropped without a word: a note is kept only with its value.
                p.reason = "Catatan tanpa nilai realisasi tidak disimpan."
                p.warning = p.warning or "catatan tanpa nilai realisasi tidak disimpan; isi nilainya atau hapus catatannya"
        out.append(p)
    return out + _spent_rows(db, preview, package)


def _spent_rows(db, preview: ImportPreview, package: PackageFile) -> list[RowPreview]:
    """One preview row per budget the package carries: the node's spending this quarter (Rp)."""
    budgets = {int(b["id"]): b for b in package.context.get("budgets", [])}
    carried = [r for r in package.rows if r.budget_id is not None or r.spent_problem]
    if not carried:
        return []
    current = repo.quarter_spending(db, package.quarter, budgets)
    own = _written_by_package(db, preview, package, "budget_id", "'spending'")
    names = {(kind, n["id"]): n["name"] for kind in ("program", "activity", "sub_activity")
             for n in package.context["nodes"].get(kind, [])}
    out = []
    for row in carried:
        budget = budgets.get(row.budget_id) if row.budget_id is not None else None
        node = names.get((budget["node_type"], budget["node_id"]), "") if budget else ""
        cur = current.get(row.budget_id)
        issued = None if not budget or budget.get("issued_spent") is None else Decimal(budget["issued_spent"])
        if row.budget_id in own:
            issued = cur
        p = RowPreview(row.indicator_id, f"{row.code} (Rp)", f"Realisasi anggaran: {node}".rstrip(": "), "Rp", 0, row.sheet_row,
                       "", row.spent, "", cur, "", issued, "", kind="spent", budget_id=row.budget_id)
        if row.spent_problem:
            p.status, p.reason = "rejected", row.spent_problem
        elif preview.already_imported:
            p.status, p.reason = "unchanged", "sudah diimpor"
        else:
            p.status = _classify(p)
        out.append(p)
    return out


def _written_by_package(db, preview: ImportPreview, package: PackageFile, key: str, entities: str) -> set[int]:
    """The indicators (or budgets) whose last audited write this quarter came from this very
    package. A package never imported before (version 1: its audit rows are written in the same
    transaction as its 'imported' row) wrote nothing, and the OPD's audit history is not read."""
    if preview.version <= 1:
        return set()
    return {k for k, ref in db.execute(
        f"SELECT {key}, source_ref FROM audit_log WHERE id IN (SELECT max(id) FROM audit_log "
        f"WHERE agency_id = ? AND year = ? AND quarter = ? AND entity IN ({entities}) GROUP BY {key})",
        [preview.agency_id, package.year, package.quarter]) if _package_of(ref) == package.package_id}


def _package_of(source_ref: str | None) -> str:
    """The package id an audit row's source_ref names (it may carry a marker after it)."""
    return (source_ref or "").split(" ", 1)[0]


def _state(value, note) -> tuple:
    return (value, note if value is not None else "")


def _classify(p: RowPreview) -> str:
    package, current, issued = (_state(p.package_value, p.package_note), _state(p.current_value, p.current_note),
                                _state(p.issued_value, p.issued_note))
    if package == current:
        return "unchanged"
    if package == issued:
        return "unchanged"          # the OPD did not touch it; what changed here since stays
    if current != issued:
        return "conflict"
    return "new" if p.current_value is None else "changed"


@dataclass(frozen=True)
class ApplyResult:
    written: int
    indicator_ids: frozenset
    message: str


def apply_import(db: sqlite_utils.Database, user: User, preview: ImportPreview,
                 accept_new_version: bool = False, backed_up: bool = False) -> ApplyResult:
    """Write the package in one transaction, or nothing. Raises ImportRefused. Unless the caller
    took the batch's backup (`backed_up`), an automatic backup is taken first."""
    if preview.blocking:
        raise ImportRefused(preview.blocking)
    package = preview.package
    if preview.already_imported:
        return ApplyResult(0, frozenset(), preview.already_imported)
    if preview.trust_problem:
        accept_untrusted(preview, user, preview.override_reason)     # the reason's author must be an administrator
    if preview.version > 1 and not accept_new_version:
        raise ImportRefused(f"Berkas '{preview.file_name}': paket {package.package_id} sudah pernah diimpor dengan isi lain; "
                            f"ini versi {preview.version}. Terima versi ini secara tegas (baris perintah: --accept-new-version).")
    changes = [ValueChange(r.indicator_id, preview.quarter, r.package_value,
                           r.package_note if r.package_value is not None else None)
               for r in preview.rows if r.will_write and r.kind == "value"]
    spending = [SpendingChange(r.budget_id, preview.quarter, r.package_value)
                for r in preview.rows if r.will_write and r.kind == "spent"]
    if not backed_up:
        from kinerja_desktop.services.backups import BackupFailed, before_event

        try:
            before_event(db, "impor-paket")
        except BackupFailed as exc:
            raise ImportRefused(str(exc)) from exc
    try:
        with transaction(db):
            _check_still_current(db, preview)
            ref = package.package_id + (f" · {SPREADSHEET_MARK}" if preview.signature == "unsigned" else "")
            result = save_quarter(db, user, preview.agency_id, preview.year, preview.quarter, changes, spending,
                                  source="package", source_ref=ref)
            if preview.trust_problem:
                append_audit(db, [audit_row(now_iso(), user.username, "key", "package", agency_id=preview.agency_id,
                                            year=preview.year, quarter=preview.quarter,
                                            old=SIGNATURE_LABELS[preview.signature], new="diterima oleh administrator",
                                            source_ref=f"{package.package_id}: {preview.override_reason}")])
            _pause_for_tests()
            db.execute(
                "INSERT INTO package (id, version, agency_id, year, quarter, direction, at, by_user, digest, signed, file_name) "
                "VALUES (?, ?, ?, ?, ?, 'imported', ?, ?, ?, ?, ?)",
                [package.package_id, preview.version, preview.agency_id, preview.year, preview.quarter, now_iso(),
                 user.username, preview.content_digest or package.content_digest, int(preview.signature == "valid"), preview.file_name])
    except SaveRefused as exc:
        raise ImportRefused(f"Berkas '{preview.file_name}': {exc}") from exc
    ids = frozenset(c.indicator_id for c in changes) | frozenset(r.indicator_id for r in preview.rows
                                                                 if r.will_write and r.kind == "spent")
    spent = f", {result.spending_changed} realisasi anggaran" if result.spending_changed else ""
    return ApplyResult(result.total, ids,
                       f"{result.values_changed} nilai{spent} dan {result.notes_changed} catatan diperbarui.")


def _check_still_current(db, preview: ImportPreview) -> None:
    """The preview was made earlier (maybe on another thread); refuse if the data moved since."""
    current = repo.quarter_values(db, preview.year, preview.quarter, [r.indicator_id for r in preview.rows])
    spent = repo.quarter_spending(db, preview.quarter,
                                  [r.budget_id for r in preview.rows if r.kind == "spent" and r.budget_id is not None])
    for r in preview.rows:
        now = (spent.get(r.budget_id), "") if r.kind == "spent" else current.get(r.indicator_id, (None, ""))
        if _state(*now) != _state(r.current_value, r.current_note):
            raise ImportRefused(f"Berkas '{preview.file_name}': nilai indikator {r.code} berubah sejak pratinjau; "
                                "ulangi pratinjau.")
    if repo.workflow_status(db, preview.agency_id, preview.year, preview.quarter) == "locked":
        raise ImportRefused(f"Berkas '{preview.file_name}': triwulan ini baru saja dikunci; paket tidak diimpor.")


def _pause_for_tests() -> None:
    marker = os.environ.get(PAUSE_ENV)
    if marker:
        Path(marker).write_text("di tengah transaksi", encoding="utf-8")
        time.sleep(60)
