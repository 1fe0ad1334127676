"""Packages: the use cases in one place (issue, preview, apply, consolidate many, OPD office).

    issue_package(db, user, "DINKES", 2026, 3, folder)       -> Issued
    issue_all(db, user, 2026, 3, folder, progress)           -> ([Issued], [skipped reasons])
    preview_import(db, path)                                 -> ImportPreview (nothing written)
    apply_import(db, user, preview)                          -> ApplyResult (one transaction)
    consolidate(db, user, paths, ...)                        -> [FileResult] (one per file)
    setup_from_package(db, path) / write_filled_package(db, year, quarter, out)   (OPD office)
"""
from __future__ import annotations

import hashlib
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import sqlite_utils

from kinerja_desktop.domain.entities import User
from kinerja_desktop.services.evaluation import gc_paused
from kinerja_desktop.services.package_import import (  # noqa: F401 - the public API
    SIGNATURE_LABELS, STATUS_LABELS_ID, ApplyResult, ImportPreview, ImportRefused, RowPreview, accept_untrusted,
    apply_import, preview_import,
)
from kinerja_desktop.services.package_issue import IssueRefused, Issued, build_context, issue_all, issue_package  # noqa: F401
from kinerja_desktop.services.package_office import (  # noqa: F401
    OfficeRefused, installation_public_key, register_public_key, setup_from_package, write_filled_package,
)


@dataclass
class FileResult:
    path: Path
    preview: ImportPreview | None
    outcome: str                   # 'applied', 'unchanged', 'no-change', 'dry-run', 'refused', 'duplicate', 'cancelled'
    message: str
    written: int = 0
    indicator_ids: frozenset = frozenset()

    @property
    def agency_code(self) -> str:
        return self.preview.agency_code if self.preview and self.preview.agency_code else "?"

    @property
    def ok(self) -> bool:
        return self.outcome in ("applied", "unchanged", "no-change", "dry-run")


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; a folder stands for the .xlsx files in it (sorted, temporary files skipped)."""
    out = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.iterdir() if f.suffix.lower() == ".xlsx" and not f.name.startswith(("~$", ".~")))
        else:
            out.append(p)
    return out


def _file_hash(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def consolidate(db: sqlite_utils.Database, user: User, paths: Iterable[str | Path], apply: bool = True,
                accept_new_version: bool = False, conflicts: str = "keep",
                expect: tuple = (None, None, None),
                progress: Callable[[int, int, str], None] | None = None,
                cancelled: Callable[[], bool] = lambda: False) -> list[FileResult]:
    """Preview (and apply, one transaction per file) many packages; one result per file."""
    with gc_paused():    # tens of thousands of acyclic rows, cells and numbers per batch
        return _consolidate(db, user, expand_paths(paths), apply, accept_new_version, conflicts, expect, progress,
                            cancelled)


def _consolidate(db, user, files: list[Path], apply, accept_new_version, conflicts, expect, progress,
                 cancelled) -> list[FileResult]:
    results: list[FileResult] = []
    backup = _BatchBackup(db, early=apply)
    try:
        _each_file(db, user, files, results, apply, accept_new_version, conflicts, expect, progress, cancelled, backup)
    finally:
        backup.close()
    if progress:
        progress(len(files), len(files), "Selesai.")
    return results


def _each_file(db, user, files, results, apply, accept_new_version, conflicts, expect, progress, cancelled,
               backup) -> None:
    """Read each file in turn and apply it. While the batch's copy is still being taken on its
    thread, the files read wait (in order) and the next ones are read meanwhile; a waiting file
    whose OPD had another file applied since it was read is read again first, so every file is
    compared with the database exactly as if each had been applied right after it was read."""
    seen_hash: dict[str, Path] = {}
    seen_package: dict[str, Path] = {}
    waiting: list = []                 # FileResult, or (preview, files of its OPD applied when read)
    applied: Counter = Counter()       # files applied so far, by OPD

    def settle() -> None:
        for item in waiting:
            if isinstance(item, FileResult):
                results.append(item)
                continue
            preview, mark = item
            if applied[preview.agency_id] != mark:
                preview = preview_import(db, preview.path, expect)
            result = _one(db, user, preview, apply, accept_new_version, conflicts, backup)
            applied[preview.agency_id] += result.outcome == "applied"
            results.append(result)
        waiting.clear()

    for n, path in enumerate(files):
        if cancelled():
            settle()
            results += [FileResult(p, None, "cancelled", "Dibatalkan sebelum dibaca.") for p in files[n:]]
            return
        if progress:
            progress(n, len(files), f"Membaca {path.name}…")
        digest = _file_hash(path)
        if digest is not None and digest in seen_hash:
            waiting.append(FileResult(path, None, "duplicate",
                                      f"Berkas '{path.name}' sama persis dengan '{seen_hash[digest].name}' dalam kumpulan ini; dilewati."))
            continue
        if digest is not None:
            seen_hash[digest] = path
        preview = preview_import(db, path, expect)
        package_id = preview.package.package_id if preview.package else None
        if package_id and package_id in seen_package:
            waiting.append(FileResult(path, preview, "duplicate",
                                      f"Berkas '{path.name}' memuat paket yang sama dengan '{seen_package[package_id].name}' "
                                      "dalam kumpulan ini; pilih salah satu lalu ulangi."))
            continue
        if package_id:
            seen_package[package_id] = path
        waiting.append((preview, applied[preview.agency_id]))
        if backup.ready():
            settle()
    settle()


def apply_previews(db: sqlite_utils.Database, user: User, results: list[FileResult],
                   accept_new_version: bool = False, conflicts: str = "keep", untrusted_reason: str = "",
                   progress: Callable[[int, int, str], None] | None = None) -> list[FileResult]:
    """Apply what a dry run (consolidate(apply=False)) previewed; one transaction per file.
    `untrusted_reason`: an administrator accepts the files refused only for their signature."""
    with gc_paused():
        return _apply_previews(db, user, results, accept_new_version, conflicts, untrusted_reason, progress)


def _apply_previews(db, user, results, accept_new_version, conflicts, untrusted_reason, progress) -> list[FileResult]:
    out = []
    backup = _BatchBackup(db)
    for n, r in enumerate(results):
        if progress:
            progress(n, len(results), f"Menerapkan {r.path.name}…")
        if untrusted_reason and r.outcome == "refused" and r.preview and r.preview.trust_problem:
            try:
                accept_untrusted(r.preview, user, untrusted_reason)
            except ImportRefused as exc:
                out.append(FileResult(r.path, r.preview, "refused", str(exc)))
                continue
            r = _one(db, user, r.preview, False, accept_new_version, conflicts, backup)
        out.append(_one(db, user, r.preview, True, accept_new_version, conflicts, backup)
                   if r.outcome == "dry-run" else r)
    return out


class _BatchBackup:
    """One automatic backup before the first package of a batch is written; if it fails, every
    package of the batch is refused with the reason (never applied without a copy). `early`:
    the copy is begun on its own thread at once, while the packages are read (services.backups.
    start_before_event); a copy no package needed is deleted by close()."""

    def __init__(self, db, early: bool = False):
        from kinerja_desktop.services.backups import start_before_event

        self.db, self.taken, self.failure = db, False, None
        self.pending = start_before_event(db, "impor-paket") if early else None

    def ensure(self) -> str | None:
        from kinerja_desktop.services.backups import BackupFailed, finish_before_event

        if not self.taken and self.failure is None:
            try:
                finish_before_event(self.db, "impor-paket", self.pending)
                self.taken = True
            except BackupFailed as exc:
                self.failure = str(exc)
        return self.failure

    def ready(self) -> bool:
        """Whether a write need not wait for the copy (taken, failed, in place, or not begun early)."""
        return self.pending is None or self.taken or self.failure is not None or self.pending.done()

    def close(self) -> None:
        if self.pending is not None and not self.taken:
            self.pending.discard()


def _one(db, user, preview: ImportPreview, apply: bool, accept_new_version, conflicts,
         backup: _BatchBackup) -> FileResult:
    if preview.blocking:
        return FileResult(preview.path, preview, "refused", preview.blocking)
    if user.role == "viewer":
        return FileResult(preview.path, preview, "refused", "Peran Peninjau hanya dapat melihat data; paket tidak diimpor.")
    if user.role == "operator" and user.agency_id != preview.agency_id:
        return FileResult(preview.path, preview, "refused",
                          f"Berkas '{preview.file_name}': operator hanya dapat mengimpor paket OPD-nya sendiri, "
                          f"bukan {preview.agency_code}.")
    preview.resolve_all(conflicts)
    if preview.already_imported:
        return FileResult(preview.path, preview, "unchanged", preview.already_imported)
    if not any(r.will_write for r in preview.rows):
        return FileResult(preview.path, preview, "no-change", _counts(preview) + "; tidak ada perubahan.")
    if not apply:
        return FileResult(preview.path, preview, "dry-run", _counts(preview) + " (uji coba: tidak ada yang ditulis)")
    failure = backup.ensure()
    if failure:
        return FileResult(preview.path, preview, "refused", failure)
    try:
        result = apply_import(db, user, preview, accept_new_version=accept_new_version, backed_up=True)
    except ImportRefused as exc:
        return FileResult(preview.path, preview, "refused", str(exc))
    except Exception as exc:  # noqa: BLE001 - its transaction rolled back; the other files go on
        logging.getLogger(__name__).exception("apply of %s", preview.path)
        return FileResult(preview.path, preview, "refused",
                          f"Berkas '{preview.file_name}' tidak diterapkan: kesalahan tak terduga "
                          f"({type(exc).__name__}); basis data tidak berubah untuk berkas ini.")
    return FileResult(preview.path, preview, "applied", _counts(preview) + "; " + result.message, result.written,
                      result.indicator_ids)


def _counts(preview: ImportPreview) -> str:
    parts = [f"{preview.count(s)} {label.lower()}" for s, label in STATUS_LABELS_ID.items() if preview.count(s)]
    if preview.flagged:
        parts.append(f"{len(preview.flagged)} perlu diperiksa")
    return ", ".join(parts) or "tidak ada baris"


@dataclass
class AgencySummary:
    code: str
    name: str
    files: int = 0
    applied: int = 0
    written: int = 0
    rejected_rows: int = 0
    conflicts: int = 0
    refused_files: int = 0
    flagged_rows: int = 0          # implausible values (imported, to be checked)
    reasons: list[str] = field(default_factory=list)


def summarise(results: list[FileResult]) -> list[AgencySummary]:
    """One line per OPD: files applied and refused, values written, rejected rows, conflicts, reasons."""
    by_code: dict[str, AgencySummary] = {}
    for r in results:
        code = r.agency_code
        s = by_code.setdefault(code, AgencySummary(code, r.preview.agency_name if r.preview else ""))
        s.files += 1
        s.written += r.written
        if r.outcome == "applied":
            s.applied += 1
        if not r.ok:
            s.refused_files += 1
            s.reasons.append(r.message)
        if r.preview:
            s.rejected_rows += r.preview.count("rejected")
            s.conflicts += r.preview.count("conflict")
            s.flagged_rows += len(r.preview.flagged)
            s.reasons += [f"{r.path.name}: {row.code}: periksa: {row.warning}" for row in r.preview.flagged]
            s.reasons += [f"{r.path.name}: {row.code}: {row.reason}" for row in r.preview.rows
                          if row.status in ("rejected", "left_out")]
            s.reasons += [f"{r.path.name}: {row.code}: konflik, "
                          f"{'nilai paket diambil' if row.resolution == 'take' else 'nilai basis data dipertahankan'}"
                          for row in r.preview.conflicts]
    return sorted(by_code.values(), key=lambda s: s.code)
