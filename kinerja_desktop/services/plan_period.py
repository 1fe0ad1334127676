"""Which years the database plans for: a year outside every plan period is refused wherever a
person names one (command line, package issue and import), so that no package or report is made
for a year nobody planned."""
from __future__ import annotations

import sqlite_utils

from kinerja_desktop.store.repositories import plan_periods


def year_refusal(db: sqlite_utils.Database, year: int) -> str | None:
    """Why `year` cannot be used here (Indonesian), or None when a plan period holds it."""
    periods = plan_periods(db)
    if not periods:
        return f"Tahun {year} tidak dapat dipakai: basis data ini belum berisi periode rencana."
    if any(start <= year <= end for _, start, end in periods):
        return None
    spans = ", ".join(f"{name} ({start}-{end})" for name, start, end in periods)
    return f"Tahun {year} di luar periode rencana basis data ini: {spans}."
