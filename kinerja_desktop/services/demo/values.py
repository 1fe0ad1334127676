"""Numbers of the demo database: targets, realisations with notes and gaps, budgets, spending
and the workflow of every OPD's quarters.

Generated values are synthetic, so plain floats are fine while drawing them; what is stored is
canonical decimal text, and Rupiah sums (pagu of an activity = sum of its sub-activities) are
done in whole sen so that they add up exactly.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from kinerja_desktop.services.demo.catalog import FACTORS_DOWN, FACTORS_UP, ZERO_TARGET_AGENCIES
from kinerja_desktop.services.demo.structure import IndicatorSpec

YEARS = range(2021, 2027)
CURRENT_YEAR, LAST_QUARTER_FILLED = 2026, 3   # the demo's "now": 2026 TW IV is the quarter to fill
QUARTER_END = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}
TZ = "+08:00"  # WITA, Soppeng's time zone

# unit -> (lowest start, highest start, smallest yearly step, largest yearly step, ceiling)
UNIT_PROFILE = {
    "persen": (55, 92, 0.5, 2.5, 100), "poin": (60, 85, 0.3, 1.5, 100), "dokumen": (1, 8, 0, 0.4, None),
    "laporan": (2, 12, 0, 0, None), "orang": (25, 1500, 0, 40, None), "unit": (2, 40, 0, 2, None),
    "paket": (1, 12, 0, 0.5, None), "km": (2.5, 35, 0, 1.5, None), "kegiatan": (2, 24, 0, 1, None),
    "hari": (5, 14, 0.2, 0.6, None), "kasus": (8, 60, 1, 4, None), "desa": (10, 49, 0, 3, 70),
    "temuan": (3, 12, 0.5, 1.5, None),
}
FEATURED = ("DINKES", "BAPPELITBANGDA")   # the demo story: their TW III is verified, TW IV to fill
PAGU_MILLIONS = {"salary": (2500, 14000), "works": (400, 4500), "routine": (25, 600)}   # Rupiah, millions
SUM_SHARES = [(0.15, 0.25, 0.3, 0.3), (0.2, 0.3, 0.3, 0.2), (0.25, 0.25, 0.25, 0.25), (0.1, 0.2, 0.3, 0.4),
              (0.3, 0.3, 0.3, 0.1)]


def fmt(x: float, decimals: int) -> str:
    """Canonical decimal text (as numbers.to_text writes it): no trailing zeros, no '-0'."""
    if decimals == 0:
        text = str(int(round(x)))
    else:
        text = f"{x:.{decimals}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def rupiah(sen: int) -> str:
    """Whole sen -> canonical Rupiah text ('1250000', '1250000.5')."""
    return str(sen // 100) if sen % 100 == 0 else f"{sen // 100}.{sen % 100:02d}".rstrip("0")


def stamp(year: int, quarter: int, days: int, rng: random.Random) -> str:
    """A working-hours moment `days` after the end of a quarter (WITA)."""
    month, day = QUARTER_END[quarter]
    when = date(year, month, day) + timedelta(days=days)
    return f"{when.isoformat()}T{rng.randint(8, 15):02d}:{rng.randint(0, 59):02d}:00{TZ}"


_ENTRY_DAYS = {(y, q): [(date(y, *QUARTER_END[q]) + timedelta(days=d)).isoformat() for d in range(3, 13)]
               for y in YEARS for q in range(1, 5)}


def entry_stamp(year: int, quarter: int, rng: random.Random) -> str:
    """When an operator entered a value: 3-12 days after the quarter, in working hours.
    (One random draw instead of three: this runs a million times at scale 10.)"""
    r = int(rng.random() * 4800)
    minute = r % 480
    return f"{_ENTRY_DAYS[year, quarter][r // 480]}T{8 + minute // 60:02d}:{minute % 60:02d}:00{TZ}"


def performance(rng: random.Random, status: bool = False) -> float:
    """How well an indicator tends to do: mostly on target, some behind, a few far behind.
    A status value (an index, a coverage rate) is never as far behind as a count of outputs
    can be: a procurement that slipped leaves 0 of 5 buildings, never an index of 25 for 80."""
    u = rng.random()
    if status and u >= 0.93:
        return rng.uniform(0.62, 0.74)
    if u < 0.6:
        return rng.uniform(0.97, 1.12)
    if u < 0.82:
        return rng.uniform(0.88, 0.99)
    if u < 0.93:
        return rng.uniform(0.74, 0.88)
    if u < 0.98:
        return rng.uniform(0.6, 0.75)
    return rng.uniform(0.35, 0.58)


def generated_targets(ind: IndicatorSpec, rng: random.Random, agency_code: str) -> dict[int, float]:
    if ind.unit == "temuan" and agency_code in ZERO_TARGET_AGENCIES:
        return {y: 0.0 for y in YEARS}
    if ind.unit == "persen" and "sesuai standar" in ind.name and ind.kind == "output":
        return {y: 100.0 for y in YEARS}   # minimum service standards (SPM) aim at everyone
    low, high, step_low, step_high, cap = UNIT_PROFILE[ind.unit]
    if ind.unit == "persen" and ind.polarity == "negative":
        low, high, cap = 10, 35, None
    start, step = rng.uniform(low, high), rng.uniform(step_low, step_high)
    if ind.decimals:
        start, step = round(start * 2) / 2, round(step * 4) / 4    # planners write 72.5, not 72.37
    sign = -1 if ind.polarity == "negative" else 1
    targets = {}
    for i, year in enumerate(YEARS):
        value = start + sign * step * i
        if cap is not None:
            value = min(value, cap)
        value = max(value, 1 if ind.decimals == 0 else 0.5)
        targets[year] = float(fmt(value, ind.decimals))
    return targets


def target_rows(ind: IndicatorSpec, annual: dict[int, float], quarterly: bool, rng: random.Random) -> list[tuple]:
    rows = []
    shares = rng.choice(SUM_SHARES)
    for year in YEARS:
        t = annual[year]
        rows.append((ind.id, year, 0, fmt(t, ind.decimals)))
        if not quarterly or (ind.aggregation == "sum" and t * min(shares) < 1):
            continue     # too small to split into quarters without a zero quarter
        if ind.aggregation == "sum":
            parts = [float(fmt(t * s, ind.decimals)) for s in shares[:3]]
            parts.append(max(t - sum(parts), 0.0))
        elif ind.aggregation == "last":
            ramp = (0.85, 0.9, 0.95, 1.0) if ind.polarity == "positive" else (1.15, 1.1, 1.05, 1.0)
            parts = [min(t * r, 100.0) if ind.unit == "persen" else t * r for r in ramp]
        else:
            parts = [t] * 4
        rows += [(ind.id, year, q, fmt(v, ind.decimals)) for q, v in enumerate(parts, start=1)]
    return rows


def quarter_values(ind: IndicatorSpec, target: float, f: float, shares: tuple, rng: random.Random) -> list[float]:
    """The four quarters of one year for an indicator that performs at `f` of its target."""
    if target == 0:
        return [float(rng.random() < 0.12) for _ in range(4)]   # mostly no findings, now and then one
    year_value = target * f if ind.polarity == "positive" else target * max(2 - f, 0.05)
    if ind.aggregation == "sum" and ind.decimals == 0:
        # Whole units (documents, people, buildings): the running total is rounded, so a small
        # yearly count lands in some quarters and not others, as it does in reality.
        total, done, values = year_value * rng.uniform(0.95, 1.05), 0.0, []
        for cumulative in (sum(shares[:q]) for q in range(1, 5)):
            now = float(round(total * cumulative))
            values.append(now - done)
            done = now
    elif ind.aggregation == "sum":
        values = [year_value * s * rng.uniform(0.9, 1.1) for s in shares]
    elif ind.aggregation == "last":
        ramp = (0.94, 0.96, 0.98, 1.0) if ind.polarity == "positive" else (1.06, 1.04, 1.02, 1.0)
        values = [year_value * r * rng.uniform(0.99, 1.01) for r in ramp]
    else:
        values = [year_value * rng.uniform(0.96, 1.04) for _ in range(4)]
    if ind.unit == "persen":
        values = [min(v, 100.0) for v in values]
    if not ind.allow_negative:
        values = [max(v, 0.0) for v in values]
    return values


def note_for(f: float, rng: random.Random) -> str:
    if f >= 0.97 and rng.random() < 0.05:
        return rng.choice(FACTORS_UP)
    if f < 0.9 and rng.random() < 0.35:
        return rng.choice(FACTORS_DOWN)
    return ""


def workflow_plan(agency_codes: list[str], rng: random.Random) -> dict[tuple[str, int, int], str]:
    """Status of every OPD's quarter: the past locked, 2026 TW II mostly verified, TW III a mix."""
    status = {}
    for code in agency_codes:
        for year in YEARS:
            for quarter in range(1, 5):
                if year < CURRENT_YEAR or quarter == 1:
                    status[(code, year, quarter)] = "locked"
    order = sorted(agency_codes)
    rng.shuffle(order)
    for i, code in enumerate(order):
        q2 = "submitted" if i < 3 else "locked" if i < 6 else "verified"
        status[(code, CURRENT_YEAR, 2)] = "verified" if code in FEATURED and q2 == "submitted" else q2
    mix = ["verified"] * 9 + ["submitted"] * 13 + ["draft"] * 8 + ["late"] * 7
    rng.shuffle(mix)
    for i, code in enumerate(order):
        state = mix[i % len(mix)]
        if code in FEATURED:
            state = "verified"
        elif state == "verified" and status[(code, CURRENT_YEAR, 2)] == "submitted":
            state = "submitted"   # never further along than the quarter before
        status[(code, CURRENT_YEAR, 3)] = state
    return status


def workflow_rows(agencies: dict[str, int], status: dict, operators: dict[str, str], rng: random.Random):
    """(workflow rows, workflow_log rows) for the planned statuses."""
    steps = {"submitted": ["submitted"], "verified": ["submitted", "verified"],
             "locked": ["submitted", "verified", "locked"]}
    by = {"submitted": None, "verified": "perencana", "locked": "admin"}
    workflow, log = [], []
    returned_one = False
    for (code, year, quarter), state in sorted(status.items()):
        agency_id = agencies[code]
        if state in ("draft", "late"):
            if state == "draft" and not returned_one:
                returned_one = True   # one OPD was sent back to fix its data
                t1, t2 = stamp(year, quarter, 9, rng), stamp(year, quarter, 14, rng)
                log.append((agency_id, year, quarter, "draft", "submitted", "", t1, operators[code]))
                log.append((agency_id, year, quarter, "submitted", "draft",
                            "Data realisasi belum lengkap; mohon dilengkapi dan dilampiri bukti dukung.", t2, "perencana"))
                workflow.append((agency_id, year, quarter, "draft", t2, "perencana"))
            continue
        day, old, when = rng.randint(6, 15), "draft", ""
        for new in steps[state]:
            when = stamp(year, quarter, day, rng)
            who = by[new] or operators[code]
            log.append((agency_id, year, quarter, old, new, "", when, who))
            old, day = new, day + rng.randint(3, 12)
        workflow.append((agency_id, year, quarter, state, when, log[-1][-1]))
    return workflow, log


def statistic_quarters(ind: IndicatorSpec, annual: dict[int, float], history: dict[int, tuple[str, str]],
                       rng: random.Random) -> dict[int, list[float]]:
    """A plan-level statistic (IPM, poverty rate ...) as one continuous series: each year moves
    from the last one about as much as the targets do, through the sourced figures, and the
    quarters step from last year's value to this year's."""
    previous = float(ind.baseline) if ind.baseline is not None else annual[2021] - (annual[2022] - annual[2021])
    series = {}
    for year in YEARS:
        if year in history:
            value = float(history[year][0])
        elif year == YEARS[0]:
            value = annual[year] * rng.uniform(0.97, 1.03)
        else:
            step = annual[year] - annual.get(year - 1, annual[year])
            value = previous + step * rng.uniform(0.5, 1.5) + previous * rng.uniform(-0.01, 0.01)
        if ind.unit == "persen":
            value = min(value, 100.0)
        series[year] = [previous + (value - previous) * q / 4 for q in range(1, 5)]
        previous = value
    return series


def realisation_rows(ind: IndicatorSpec, annual: dict[int, float], history: dict[int, tuple[str, str]],
                     late: bool, operator: str, rng: random.Random) -> list[tuple]:
    """Realisations 2021 .. 2026 TW III: sourced history exactly (TW IV), the rest generated,
    with a few unreported quarters and notes on some."""
    rows = []
    status = ind.aggregation != "sum"
    base = performance(rng, status) if not ind.targets else rng.uniform(0.95, 1.05)
    drift = rng.uniform(-0.02, 0.03)     # some indicators improve over the years, some slip
    shares = rng.choice(SUM_SHARES)
    statistic = statistic_quarters(ind, annual, history, rng) if ind.targets and ind.aggregation == "last" else None
    for year in YEARS:
        f = base + drift * (year - YEARS[0]) + rng.uniform(-0.05, 0.05)
        values = statistic[year] if statistic else quarter_values(ind, annual[year], f, shares, rng)
        last_quarter = LAST_QUARTER_FILLED if year == CURRENT_YEAR else 4
        for quarter in range(1, last_quarter + 1):
            if year == CURRENT_YEAR and quarter == 3 and late and rng.random() < 0.8:
                continue          # the OPD is late: most of TW III is still empty
            source_ref, note = "", ""
            if quarter == 4 and year in history:
                text, source_ref = history[year]
                note = f"Sumber: {source_ref}"
            else:
                if rng.random() < 0.015:
                    continue      # an unreported quarter
                text = fmt(values[quarter - 1], ind.decimals)
                note = "Angka sementara; angka tetap menunggu rilis BPS." if statistic and year == CURRENT_YEAR \
                    else note_for(f, rng)
            rows.append((ind.id, year, quarter, text, note, source_ref,
                         entry_stamp(year, quarter, rng), operator))
    return rows


def budget_rows(budget_tree, agency_of_program: dict[int, int], late_agencies: set[int], operators: dict[int, str],
                rng: random.Random, first_id: int = 1):
    """(budget rows, spending rows): pagu of each sub-activity per year, activities and programs
    as exact sums; spending per quarter likewise."""
    budgets, spending = [], []
    next_id = first_id
    stamps = {(y, q): f"{date(y, *QUARTER_END[q]) + timedelta(days=10)}T10:00:00{TZ}" for y in YEARS for q in range(1, 5)}
    for program_id, activities in budget_tree:
        agency_id = agency_of_program[program_id]
        who = operators[agency_id]
        base = {sub: rng.randint(*PAGU_MILLIONS[size]) * 1_000_000 + rng.choice((0, 0, rng.randint(1, 999) * 1000))
                for _, subs in activities for sub, size in subs}
        cents = {sub: rng.random() < 0.1 for sub in base}
        absorption = {sub: rng.choice((rng.uniform(0.85, 0.99),) * 4 + (rng.uniform(0.45, 0.8),)) for sub in base}
        for year in YEARS:
            last_q = LAST_QUARTER_FILLED if year == CURRENT_YEAR else 4
            if year == CURRENT_YEAR and agency_id in late_agencies:
                last_q = 2
            program_pagu, program_spent = 0, [0, 0, 0, 0]
            program_rows = []
            for activity_id, subs in activities:
                activity_pagu, activity_spent = 0, [0, 0, 0, 0]
                for sub, _ in subs:
                    pagu = int(base[sub] * rng.uniform(0.85, 1.15)) // 1000 * 1000 * 100   # in sen
                    if cents[sub]:
                        pagu += rng.randint(1, 99)
                    shares = (rng.uniform(0.1, 0.2), rng.uniform(0.2, 0.25), rng.uniform(0.25, 0.3))
                    spent = [int(pagu * absorption[sub] * s) for s in shares]
                    spent.append(int(pagu * absorption[sub]) - sum(spent))
                    if not cents[sub]:
                        spent = [s // 100 * 100 for s in spent]
                    program_rows.append(("sub", sub, pagu, spent))
                    activity_pagu += pagu
                    activity_spent = [a + b for a, b in zip(activity_spent, spent)]
                program_rows.append(("activity", activity_id, activity_pagu, activity_spent))
                program_pagu += activity_pagu
                program_spent = [a + b for a, b in zip(program_spent, activity_spent)]
            program_rows.append(("program", program_id, program_pagu, program_spent))
            for level, node_id, pagu, spent in program_rows:
                budgets.append((next_id, year, node_id if level == "program" else None,
                                node_id if level == "activity" else None, node_id if level == "sub" else None, rupiah(pagu)))
                for quarter in range(1, last_q + 1):
                    spending.append((next_id, quarter, rupiah(spent[quarter - 1]), stamps[year, quarter], who))
                next_id += 1
    return budgets, spending
