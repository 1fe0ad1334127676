"""`kinerja check` and the banner on open: what was changed outside the program.

Verifies the two hash-chained logs and every seal (store/audit_log.py, store/seals.py) and says
in Indonesian what differs: which OPD and quarter, indicator, target or user; which log rows were
removed or altered. Seals signed by another installation's key (a database copied from another
computer) cannot be trusted here: they are listed apart, never as tampering.

    report = check_tampering(db)
    report.findings     # changed outside the program (exit 1)
    report.unverifiable # sealed elsewhere or without a key: said, not counted as tampering
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass, field

import sqlite_utils

from kinerja_desktop.domain.workflow import ROLE_LABELS, STATUS_LABELS
from kinerja_desktop.exchange import signing
from kinerja_desktop.store import audit_log, seals
from kinerja_desktop.store.installation_key import public_key

LOG_NAMES = {"audit_log": "Riwayat perubahan", "workflow_log": "Riwayat status triwulan"}
MAX_NAMED = 20   # per seal: more differences are counted, not listed


@dataclass
class TamperReport:
    findings: list[str] = field(default_factory=list)
    unverifiable: list[str] = field(default_factory=list)
    seals_checked: int = 0

    @property
    def clean(self) -> bool:
        return not self.findings


def check_tampering(db: sqlite_utils.Database) -> TamperReport:
    report = TamperReport()
    if not seals.has_seals(db):   # an older schema, only inspected (kinerja check on a v3 file)
        report.unverifiable.append("Basis data ini belum memakai segel (skema lama); buka sekali dengan program "
                                   "agar diperbarui.")
        return report
    own = public_key(create=False)
    names = _Names(db)
    for log, label in LOG_NAMES.items():
        _check_chain(db, log, label, own, report)
    all_seals = seals.seals(db)
    trusted: dict[tuple[str, str], seals.Seal] = {}
    foreign: dict[str, int] = {}
    for seal in all_seals:
        if seal.kind in LOG_NAMES:
            continue
        what = names.seal(seal)
        if not seal.signature:
            report.unverifiable.append(f"{what}: disegel tanpa tanda tangan (kunci instalasi tidak tersedia saat itu).")
        elif not seals.signature_valid(seal):
            report.findings.append(f"{what}: segel diubah di luar program (tanda tangan tidak sah).")
        elif own is None or seal.public_key != own:
            fingerprint = signing.fingerprint(seal.public_key)
            foreign[fingerprint] = foreign.get(fingerprint, 0) + 1
        else:
            trusted[(seal.kind, seal.scope)] = seal
            report.seals_checked += 1
    for fingerprint, count in foreign.items():
        report.unverifiable.append(
            f"{count} segel disegel oleh instalasi lain (kunci {fingerprint}); tidak dapat diperiksa di sini. "
            "Wajar bila basis data ini disalin dari komputer lain; bila tidak, segel itu dibuat di luar program ini.")
    sealed = {(s.kind, s.scope) for s in all_seals}
    malformed = {(k, s) for k, s in sealed if k == "quarter" and not _quarter_scope(s)}
    for kind, scope in sorted(malformed):
        report.findings.append(f"Segel triwulan '{scope}' tidak dikenal (tabel segel diubah di luar program).")
    sealed -= malformed
    _check_plan(db, trusted, sealed, names, report)
    _check_users(db, trusted, sealed, names, report)
    _check_quarters(db, trusted, sealed, names, report)
    return report


def _quarter_scope(scope: str) -> tuple[int, int, int] | None:
    parts = scope.split("/")
    return tuple(int(p) for p in parts) if len(parts) == 3 and all(p.isdigit() for p in parts) else None


def _check_chain(db, log: str, label: str, own: bytes | None, report: TamperReport) -> None:
    chain = audit_log.verify_chain(db, log, own)
    if chain.altered:
        report.findings.append(f"{label}: baris id {_ids(chain.altered)} diubah di luar program.")
    for first, last in chain.removed:
        span = f"{first}" if first == last else f"{first}-{last}"
        report.findings.append(f"{label}: baris id {span} dihapus di luar program.")
    problem = {
        "missing": "ujung rantai yang ditandatangani hilang (tabel segel diubah di luar program).",
        "bad-signature": "tanda tangan ujung rantai tidak sah (diubah di luar program).",
        "rewritten": "rantai ditulis ulang di luar program (ujungnya tidak cocok dengan yang ditandatangani).",
    }.get(chain.head)
    if problem:
        report.findings.append(f"{label}: {problem}")
    elif chain.head == "foreign":
        report.unverifiable.append(f"{label}: ujung rantai ditandatangani oleh instalasi lain; rantainya utuh, "
                                   "tetapi baris terakhir tidak dapat dipastikan di sini.")
    elif chain.head == "unsigned":
        report.unverifiable.append(f"{label}: ujung rantai tanpa tanda tangan (kunci instalasi tidak tersedia).")


def _check_plan(db, trusted, sealed, names, report: TamperReport) -> None:
    if not seals.has_rows(db, "plan"):
        return
    current = seals.plan_lines(db)
    for scope in sorted(set(current) | {s for k, s in sealed if k == "plan"}):
        what = names.seal_of("plan", scope)
        if ("plan", scope) not in sealed:
            report.findings.append(f"{what}: segelnya tidak ada (dihapus atau ditambahkan di luar program).")
            continue
        seal = trusted.get(("plan", scope))
        if seal is not None and seals.digest_lines(current.get(scope, [])) != seal.digest:
            _differences(seal, current.get(scope, []), what, names, report)


def _check_users(db, trusted, sealed, names, report: TamperReport) -> None:
    if ("users", "") not in sealed:
        if seals.has_rows(db, "app_user"):
            report.findings.append("Pengguna: segelnya tidak ada (dihapus di luar program).")
        return
    seal = trusted.get(("users", ""))
    lines = seals.users_lines(db)
    if seal is not None and seals.digest_lines(lines) != seal.digest:
        _differences(seal, lines, "", names, report)


def _check_quarters(db, trusted, sealed, names, report: TamperReport) -> None:
    locked = seals.locked_quarters(db)
    scopes = {s for k, s in sealed if k == "quarter"}
    by_scope = {seals.quarter_scope(*q): q for q in locked}
    for scope in sorted(scopes - set(by_scope)):
        agency_id, year, quarter = _quarter_scope(scope)
        status = names.status(agency_id, year, quarter)
        report.findings.append(f"{names.quarter(agency_id, year, quarter)}: kunci dibuka di luar program "
                               f"(status sekarang {STATUS_LABELS.get(status, status)}; segelnya masih ada).")
    for scope in sorted(set(by_scope) - scopes):
        report.findings.append(f"{names.quarter(*by_scope[scope])}: berstatus Dikunci tanpa segel "
                               "(dikunci di luar program, atau segelnya dihapus).")
    checked = {by_scope[s] for s in set(by_scope) & scopes if ("quarter", s) in trusted}
    for q, lines in seals.quarter_lines(db, checked).items():
        seal = trusted[("quarter", seals.quarter_scope(*q))]
        if seals.digest_lines(lines) != seal.digest:
            _differences(seal, lines, names.quarter(*q), names, report)
    opened = {tuple(int(p) for p in scope.split("/")) for scope in scopes - set(by_scope)}
    for agency_id, year, quarter, status, logged in names.status_against_log():
        if (agency_id, year, quarter) in opened:
            continue   # said above
        report.findings.append(
            f"{names.quarter(agency_id, year, quarter)}: status {STATUS_LABELS.get(status, status)} tidak sesuai "
            f"riwayat statusnya (terakhir {STATUS_LABELS.get(logged, logged)}); diubah di luar program.")


def _differences(seal: seals.Seal, lines: list[str], what: str, names, report: TamperReport) -> None:
    now = seals.lines_to_items(lines)
    try:
        before = seal.items()
    except (zlib.error, UnicodeDecodeError, ValueError):
        report.findings.append(f"{what or 'Pengguna'}: diubah di luar program (salinan dalam segelnya rusak, "
                               "rinciannya tidak dapat disebut).")
        return
    keys = sorted(k for k in set(before) | set(now) if before.get(k) != now.get(k))
    if not keys:   # same items, other order or bytes: the seal's content itself was replaced
        report.findings.append(f"{what}: isi segel tidak cocok dengan tanda tangannya (diubah di luar program).")
        return
    for key in keys[:MAX_NAMED]:
        change = names.change(key, before.get(key), now.get(key))
        report.findings.append(f"{what}: {change}" if what else change[0].upper() + change[1:])
    if len(keys) > MAX_NAMED:
        report.findings.append(f"{what or 'Pengguna'}: dan {len(keys) - MAX_NAMED} perubahan lain di luar program.")


def _ids(ids: list[int]) -> str:
    shown = ", ".join(map(str, ids[:10]))
    return shown + (f" (dan {len(ids) - 10} lainnya)" if len(ids) > 10 else "")


class _Names:
    """Turns ids and item keys into what a person recognises (codes, names)."""

    def __init__(self, db):
        self.db = db

    def agency(self, agency_id) -> str:
        return seals.code_of(self.db, "agency", agency_id) or f"OPD id {agency_id}"

    def indicator(self, indicator_id) -> str:
        return seals.code_of(self.db, "indicator", indicator_id) or f"id {indicator_id}"

    def quarter(self, agency_id, year, quarter) -> str:
        return f"OPD {self.agency(agency_id)}, {year} TW {quarter}"

    def status(self, agency_id, year, quarter) -> str:
        return seals.quarter_status(self.db, agency_id, year, quarter)

    def status_against_log(self):
        return seals.status_against_log(self.db)

    def seal(self, seal: seals.Seal) -> str:
        return self.seal_of(seal.kind, seal.scope)

    def seal_of(self, kind: str, scope: str) -> str:
        if kind == "quarter":
            parts = _quarter_scope(scope)
            return self.quarter(*parts) if parts else f"Segel triwulan '{scope}'"
        if kind == "plan":
            return "Rencana" if not scope else f"Rencana OPD {self.agency(scope.split(':')[1])}"
        return "Pengguna" if kind == "users" else kind

    def change(self, key: str, old: str | None, new: str | None) -> str:
        prefix, _, ident = key.partition(":")
        thing = self._thing(prefix, ident, old or new or "")
        if old is None:
            return f"{thing} ditambahkan di luar program."
        if new is None:
            return f"{thing} dihapus di luar program."
        if prefix == "pengguna":
            return f"{thing}: {self._user_change(old, new)} di luar program."
        old_v, new_v = old.split(seals.SEP), new.split(seals.SEP)
        if prefix in ("target", "akhir", "belanja") or (prefix == "realisasi" and old_v[0] != new_v[0]):
            return f"{thing} diubah di luar program: {old_v[0]} \u2192 {new_v[0]}."
        if prefix == "realisasi":
            return f"{thing}: catatannya diubah di luar program."
        return f"{thing} diubah di luar program."

    def _thing(self, prefix: str, ident: str, text: str) -> str:
        if prefix == "realisasi":
            return f"realisasi indikator {self.indicator(ident)}"
        if prefix == "belanja":
            return f"realisasi anggaran (id {ident})"
        if prefix == "target":
            indicator_id, year, quarter = ident.split("/")
            when = f"{year}" + (f" TW {quarter}" if quarter != "0" else " (tahunan)")
            return f"target indikator {self.indicator(indicator_id)} {when}"
        if prefix == "akhir":
            return f"target akhir indikator {self.indicator(ident)}"
        if prefix == "indikator":
            return f"indikator {self.indicator(ident)}"
        if prefix == "pengguna":
            return f"pengguna '{text.split(seals.SEP)[0]}'"
        if prefix == "opd":
            return f"OPD {self.agency(ident)}"
        labels = {"rencana": "pengaturan rencana", "band": "predikat capaian", "tujuan": "tujuan",
                  "sasaran": "sasaran", "program": "program", "kegiatan": "kegiatan",
                  "subkegiatan": "sub kegiatan", "anggaran": "pagu anggaran"}
        code_at = {"tujuan": 1, "sasaran": 1, "program": 2, "kegiatan": 1, "subkegiatan": 1}.get(prefix)
        fields = text.split(seals.SEP)
        name = fields[code_at] if code_at is not None and len(fields) > code_at else f"(id {ident})"
        return f"{labels.get(prefix, prefix)} {name}"

    def _user_change(self, old: str, new: str) -> str:
        fields = ("nama", "nama lengkap", "peran", "OPD", "aktif", "hash kata sandi")
        old_v, new_v = old.split(seals.SEP), new.split(seals.SEP)
        parts = []
        for name, a, b in zip(fields, old_v, new_v):
            if a == b:
                continue
            if name == "hash kata sandi":
                parts.append("hash kata sandi diganti")
            elif name == "peran":
                parts.append(f"peran {ROLE_LABELS.get(a, a)} \u2192 {ROLE_LABELS.get(b, b)}")
            elif name == "OPD":
                parts.append(f"OPD {self.agency(a) if a else '-'} \u2192 {self.agency(b) if b else '-'}")
            else:
                parts.append(f"{name} {a} \u2192 {b}")
        return "; ".join(parts) or "diubah"
