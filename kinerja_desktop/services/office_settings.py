"""What an administrator sets for the installation itself: where and by whom the evaluation report
is signed, and how many days after a quarter's end an OPD's report counts as late.

    settings = load_office_settings(db, plan)
    save_office_settings(db, user, {"signer_name": "…", "deadline_days": "20", …})
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

import sqlite_utils

from kinerja_desktop.store.audit_log import append_audit, audit_row
from kinerja_desktop.domain.entities import Plan, User
from kinerja_desktop.services.realisations import now_iso
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.database import transaction

DEFAULT_DEADLINE_DAYS = 15
MAX_DEADLINE_DAYS = 90
KEYS = {"place": "report.place", "signer_title": "report.signer_title", "signer_name": "report.signer_name",
        "signer_nip": "report.signer_nip", "deadline_days": "workflow.deadline_days"}
LABELS = {"place": "Tempat penandatanganan", "signer_title": "Jabatan penanda tangan",
          "signer_name": "Nama penanda tangan", "signer_nip": "NIP penanda tangan",
          "deadline_days": "Batas pengajuan (hari setelah akhir triwulan)"}
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
            base[field] = int(value) if field == "deadline_days" else value
    return OfficeSettings(**base)


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
