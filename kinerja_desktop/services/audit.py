"""Reading the audit log: every change of a value, who, when, old, new, from where; filterable
per value (indicator x year x quarter), per OPD, user, source, date range and text."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

import sqlite_utils

from kinerja_desktop.domain.numbers import format_id

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")
ENTITY_LABELS = {"realisation": "Realisasi", "note": "Catatan", "spending": "Realisasi anggaran",
                 "target": "Target", "plan": "Rencana", "key": "Kunci OPD", "user": "Pengguna",
                 "backup": "Cadangan"}
SOURCE_LABELS = {"form": "Formulir", "package": "Paket", "correction": "Koreksi", "master": "Data induk",
                 "demo": "Demo", "cli": "Baris perintah", "admin": "Administrasi"}
QUARTER_NAMES = {0: "Tahunan", 1: "TW I", 2: "TW II", 3: "TW III", 4: "TW IV"}


@dataclass(frozen=True)
class AuditFilter:
    agency_id: int | None = None
    indicator_id: int | None = None
    year: int | None = None
    quarter: int | None = None
    user: str | None = None
    source: str | None = None
    entity: str | None = None
    date_from: date | None = None
    date_to: date | None = None       # inclusive
    text: str = ""                    # code or name of the indicator, a value, the reference
    limit: int = 5000


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    by_user: str
    entity: str
    indicator_id: int | None
    indicator_code: str
    indicator_name: str
    agency_code: str
    year: int | None
    quarter: int | None
    old_value: str | None
    new_value: str | None
    source: str
    source_ref: str
    decimals: int

    @property
    def when(self) -> str:
        return format_datetime_id(self.at)

    @property
    def period(self) -> str:
        if self.year is None:
            return ""
        return f"{QUARTER_NAMES.get(self.quarter or 0, '')} {self.year}".strip()

    def shown(self, text: str | None) -> str:
        """A stored value as a person reads it (numbers in Indonesian format)."""
        if text is None:
            return "(kosong)"
        if self.entity in ("note", "plan"):
            return text or "(kosong)"
        try:
            value = Decimal(text)
        except InvalidOperation:
            return text
        if self.entity == "spending":
            return "Rp " + format_id(value, 0)
        return format_id(value, self.decimals)


def format_datetime_id(stamp: str) -> str:
    """'2026-11-27T14:05:00+08:00' -> '27 November 2026 14:05' (the wall clock it was written in)."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year} {moment:%H:%M}"


def format_date_id(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def query(db: sqlite_utils.Database, f: AuditFilter = AuditFilter()) -> list[AuditEntry]:
    """Newest first, at most `f.limit` rows."""
    where, params = [], []
    if f.agency_id is not None:
        where.append("a.agency_id = ?")
        params.append(f.agency_id)
    if f.indicator_id is not None:
        where.append("a.indicator_id = ?")
        params.append(f.indicator_id)
    for column, value in (("a.year", f.year), ("a.quarter", f.quarter), ("a.by_user", f.user),
                          ("a.source", f.source), ("a.entity", f.entity)):
        if value is not None and value != "":
            where.append(f"{column} = ?")
            params.append(value)
    if f.date_from is not None:
        where.append("substr(a.at, 1, 10) >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to is not None:
        where.append("substr(a.at, 1, 10) <= ?")
        params.append(f.date_to.isoformat())
    if f.text.strip():
        like = f"%{f.text.strip()}%"
        where.append("(i.code LIKE ? OR i.name LIKE ? OR a.new_value LIKE ? OR a.old_value LIKE ? "
                     "OR a.source_ref LIKE ? OR a.by_user LIKE ?)")
        params += [like] * 6
    sql = (
        "SELECT a.id, a.at, a.by_user, a.entity, a.indicator_id, coalesce(i.code, ''), coalesce(i.name, ''), "
        "coalesce(g.code, ''), a.year, a.quarter, a.old_value, a.new_value, a.source, a.source_ref, "
        "coalesce(i.decimals, 2) FROM audit_log a LEFT JOIN indicator i ON i.id = a.indicator_id "
        "LEFT JOIN agency g ON g.id = a.agency_id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.at DESC, a.id DESC LIMIT ?"
    params.append(f.limit)
    return [AuditEntry(*row) for row in db.execute(sql, params)]


def users(db: sqlite_utils.Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT by_user FROM audit_log ORDER BY 1")]


def value_history(db: sqlite_utils.Database, indicator_id: int, year: int, quarter: int) -> list[AuditEntry]:
    """The story of one value, oldest first (the tree's detail panel)."""
    entries = query(db, AuditFilter(indicator_id=indicator_id, year=year, quarter=quarter))
    return list(reversed(entries))
