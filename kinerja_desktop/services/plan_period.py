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


def periods_text(db: sqlite_utils.Database) -> str:
    """The periods of the database, as a person names them: '1 (RPJMD 2021-2026, 2021-2026), ...'."""
    from kinerja_desktop.store.repositories import load_plans

    return ", ".join(f"{p.id} ({p.name}, {p.start_year}-{p.end_year})" for p in load_plans(db)) or "belum ada"


def find_period(db: sqlite_utils.Database, text: str) -> int:
    """The id of the period named by its ID or its name (case ignored); LookupError (Indonesian,
    naming the periods there are) when none is."""
    from kinerja_desktop.store.repositories import load_plans

    wanted = str(text).strip()
    plans = load_plans(db)
    for plan in plans:
        if wanted == str(plan.id) or wanted.casefold() == plan.name.casefold():
            return plan.id
    # Its years, as people write them ("2025-2029", "2025 – 2029"), when only one period has them.
    years = [p.id for p in plans if "".join(wanted.split()).replace("\u2013", "-") == f"{p.start_year}-{p.end_year}"]
    if len(years) == 1:
        return years[0]
    raise LookupError(f"Periode rencana '{wanted}' tidak ada. Periode yang ada: {periods_text(db)}.")


def period_refusal(db: sqlite_utils.Database, plan_id: int | None, year: int) -> str | None:
    """Why `year` cannot be used in period `plan_id` (Indonesian), or None; plan_id None: the
    year's default period (year_refusal)."""
    from kinerja_desktop.store.repositories import load_plan

    if plan_id is None:
        return year_refusal(db, year)
    try:
        plan = load_plan(db, plan_id)
    except LookupError as exc:
        return str(exc)
    if not plan.holds(year):
        return (f"Tahun {year} di luar periode {plan.name} ({plan.start_year}-{plan.end_year}). "
                f"Periode yang ada: {periods_text(db)}.")
    return None


def package_period_problem(db: sqlite_utils.Database, meta: dict, year: int, rows,
                           want: int | None = None) -> str | None:
    """Why a package's rows do not belong here (Indonesian), or None. The package names its period
    (meta 'plan' with id and name, since schema 5); an older one goes to the default period of
    its year. The period must exist, hold the year and own every indicator of the rows."""
    from kinerja_desktop.store.repositories import load_plan

    if meta.get("id") is not None:
        try:
            plan = load_plan(db, plan_id=int(meta["id"]))
        except (LookupError, TypeError, ValueError):
            plan = None
        if plan is None or plan.name != meta.get("name"):
            return (f"paket untuk periode rencana '{meta.get('name', meta['id'])}' (ID {meta['id']}) yang tidak ada "
                    f"di basis data ini (periode yang ada: {periods_text(db)}).")
        if not plan.holds(year):
            return f"tahun {year} di luar periode {plan.name} ({plan.start_year}-{plan.end_year})."
    else:
        plan = load_plan(db, year=year)
    if want is not None and want != plan.id:   # `import-package --periode`
        return f"paket untuk periode {plan.name}, padahal yang diharapkan periode {load_plan(db, want).name}."
    from kinerja_desktop.store.repositories import indicator_periods

    periods = indicator_periods(db, (r.indicator_id for r in rows))
    for row in rows:
        if periods.get(row.indicator_id, plan.id) != plan.id:
            return f"indikator {row.code} (baris {row.sheet_row}) bukan indikator periode {plan.name}."
    return None
