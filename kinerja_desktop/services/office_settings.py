"""What an administrator sets for the installation itself: where and by whom the evaluation report
is signed, how many days after a quarter's end an OPD's report counts as late, and the factors
past which a realisation is a plausibility warning (F1 x its target, F2 x the previous quarter).

    settings = load_office_settings(db, plan)
    save_office_settings(db, user, {"signer_name": "…", "deadline_days": "20", …})
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from decimal import Decimal

import sqlite_utils

from kinerja_desktop.store.audit_log import append_audit, audit_row
from kinerja_desktop.domain.entities import Plan, User
from kinerja_desktop.domain.numbers import NumberFormatError, parse_number, to_text
from kinerja_desktop.domain.validation import DEFAULT_PLAUSIBILITY, Plausibility
from kinerja_desktop.services.realisations import now_iso
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.database import transaction

DEFAULT_DEADLINE_DAYS = 15
MAX_DEADLINE_DAYS = 90
KEYS = {"place": "report.place", "signer_title": "report.signer_title", "signer_name": "report.signer_name",
        "signer_nip": "report.signer_nip", "deadline_days": "workflow.deadline_days",
        "target_factor": "plausibility.target_factor", "previous_factor": "plausibility.previous_factor"}
LABELS = {"place": "Tempat penandatanganan", "signer_title": "Jabatan penanda tangan",
          "signer_name": "Nama penanda tangan", "signer_nip": "NIP penanda tangan",
          "deadline_days": "Batas pengajuan (hari setelah akhir triwulan)",
          "target_factor": "Peringatan bila realisasi melebihi target (kali)",
          "previous_factor": "Peringatan bila realisasi melebihi triwulan sebelumnya (kali)"}
FACTORS = ("target_factor", "previous_factor")
MIN_FACTOR, MAX_FACTOR = Decimal("1.1"), Decimal(1000)
_NIP = re.compile(r"[0-9 ]{0,30}")


class SettingsRefused(ValueError):
    """Nothing was saved; the Indonesian message names the field."""


@dataclass(frozen=True)
class OfficeSettings:
    place: str
    signer_title: str
    signer_name: str
    signer_nip: str
    deadline_days: int
    target_factor: Decimal = DEFAULT_PLAUSIBILITY.target_factor
    previous_factor: Decimal = DEFAULT_PLAUSIBILITY.previous_factor

    @property
    def plausibility(self) -> Plausibility:
        return Plausibility(self.target_factor, self.previous_factor)


def defaults(plan: Plan) -> OfficeSettings:
    region = plan.region_name or ""
    place = "Watansoppeng" if "soppeng" in region.lower() else region.replace("Kabupaten ", "").replace("Kota ", "")
    return OfficeSettings(place, f"Kepala Bappelitbangda {region}".strip(), "", "", DEFAULT_DEADLINE_DAYS)


def load_office_settings(db: sqlite_utils.Database, plan: Plan | None = None) -> OfficeSettings:
    """The settings, each one the default until set (an empty value counts as not set)."""
    base = asdict(defaults(plan or repo.load_plan(db)))
    for field, key in KEYS.items():
        value = repo.setting(db, key)
        if value:
            base[field] = int(value) if field == "deadline_days" else Decimal(value) if field in FACTORS else value
    return OfficeSettings(**base)


def plausibility(db: sqlite_utils.Database) -> Plausibility:
    """The warning factors of this installation (the defaults until an administrator sets them)."""
    values = {f: repo.setting(db, KEYS[f]) for f in FACTORS}
    return Plausibility(*(Decimal(values[f]) if values[f] else getattr(DEFAULT_PLAUSIBILITY, f) for f in FACTORS))


def deadline_days(db: sqlite_utils.Database) -> int:
    value = repo.setting(db, KEYS["deadline_days"])
    return int(value) if value else DEFAULT_DEADLINE_DAYS


def save_office_settings(db: sqlite_utils.Database, user: User, values: dict[str, str]) -> OfficeSettings:
    """Check every field first, then save them in one transaction with an audit entry."""
    if user.role != "administrator":
        raise SettingsRefused("Hanya administrator yang mengubah pengaturan instansi.")
    clean = {}
    for field, text in values.items():
        if field not in KEYS:
            raise SettingsRefused(f"Pengaturan '{field}' tidak dikenal.")
        text = " ".join(str(text).split())
        if field == "deadline_days":
            if not text.isdigit() or not 0 <= int(text) <= MAX_DEADLINE_DAYS:
                raise SettingsRefused(f"{LABELS[field]}: tulis bilangan bulat 0 sampai {MAX_DEADLINE_DAYS}.")
            text = str(int(text))
        elif field in FACTORS:
            text = _factor_text(field, text)
        elif field == "signer_nip" and not _NIP.fullmatch(text):
            raise SettingsRefused(f"{LABELS[field]}: hanya angka dan spasi, paling banyak 30 karakter.")
        elif len(text) > 120:
            raise SettingsRefused(f"{LABELS[field]}: paling banyak 120 karakter.")
        clean[field] = text
    with transaction(db):
        before = {field: repo.setting(db, KEYS[field]) or "" for field in clean}
        changed = {field: text for field, text in clean.items() if before[field] != text}
        for field, text in changed.items():
            repo.put_setting(db, KEYS[field], text)
        if changed:
            append_audit(db, [audit_row(
                now_iso(), user.username, "plan", "master", source_ref="pengaturan instansi",
                old="; ".join(f"{LABELS[f]}: {before[f]}" for f in changed),
                new="; ".join(f"{LABELS[f]}: {t}" for f, t in changed.items()))])
    return load_office_settings(db)


def _factor_text(field: str, text: str) -> str:
    try:
        value = parse_number(text, 1)
    except NumberFormatError as exc:
        raise SettingsRefused(f"{LABELS[field]}: {exc}") from exc
    if value is None or not MIN_FACTOR <= value <= MAX_FACTOR:
        raise SettingsRefused(f"{LABELS[field]}: tulis angka {to_text(MIN_FACTOR).replace('.', ',')} "
                              f"sampai {MAX_FACTOR}.")
    return to_text(value)
