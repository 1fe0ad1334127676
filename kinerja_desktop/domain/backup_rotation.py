"""Which automatic backups to keep: the newest daily copy of each of the last 7 days, the first
copy of each of the 4 weeks before them, and the last 10 copies taken before an event (import, unlock, migration, restore).

Pure: takes (name, taken_at, kind) entries and returns the names to keep.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable

DAILY_KIND = "harian"
KEEP_DAYS = 7
KEEP_WEEKS = 4
KEEP_EVENTS = 10


def to_keep(entries: Iterable[tuple[str, dt.datetime, str]], days: int = KEEP_DAYS, weeks: int = KEEP_WEEKS,
            events: int = KEEP_EVENTS) -> set[str]:
    entries = sorted(entries, key=lambda e: (e[1], e[0]), reverse=True)   # newest first
    daily = [e for e in entries if e[2] == DAILY_KIND]
    others = [e for e in entries if e[2] != DAILY_KIND]
    keep = {name for name, _, _ in others[:events]}
    seen_days: set[dt.date] = set()
    for name, when, _ in daily:                      # the newest copy of each of the last `days` days
        if when.date() not in seen_days and len(seen_days) < days:
            seen_days.add(when.date())
            keep.add(name)
    older = [e for e in daily if e[1].date() not in seen_days]     # beyond the daily window
    recent_weeks = sorted({_week(when) for _, when, _ in older}, reverse=True)[:weeks]
    first_of_week: dict[tuple[int, int], str] = {}
    for name, when, _ in reversed(older):            # oldest first: a week is kept as it began
        first_of_week.setdefault(_week(when), name)
    keep |= {first_of_week[week] for week in recent_weeks}
    return keep


def _week(when: dt.datetime) -> tuple[int, int]:
    iso = when.isocalendar()
    return iso[0], iso[1]
