"""The demo's second plan period, RPJMD 2025-2029, made FROM RPJMD 2021-2026 with the program's
own service (services/new_period.py), as an administrator would in August 2025: goals and
objectives kept, 22 of the 25 IKU carried (3 of them with a changed definition or unit and the
note saying so), 3 ended with the old period, 3 new IKU. Targets for 2025-2029; the seed region's
stated ones where it states them (economic growth 5 % a year, IPM up 1.5 points a year, poverty
down 2 % a year); the others continue the old period's yearly step. Realisations 2025 (all
quarters) and 2026 TW I-III: an unchanged statistic repeats the figures of its old indicator (one
IPM, whatever the plan), a changed or new one gets a series of its own.
"""
from __future__ import annotations

import random
from decimal import Decimal

import sqlite_utils

from kinerja_desktop.domain.entities import User
from kinerja_desktop.services.demo import values as dv
from kinerja_desktop.services.demo.structure import IndicatorSpec
from kinerja_desktop.services.new_period import CarryItem, NewPeriodRequest, create_new_period
from kinerja_desktop.store import period_copy as pc

NAME, START, END = "RPJMD 2025-2029", 2025, 2029
YEARS = range(START, END + 1)
VALUE_YEARS = (2025, 2026)            # the demo's "now" is 2026 TW IV, as in the first period
CREATED_AT = "2025-08-15T09:00:00+08:00"
BUILDER = User(0, "admin", "Administrator Bappelitbangda", "administrator", None)
REASON = "Tetap menjadi IKU RPJMD 2025-2029"

ENDED = {   # code -> why it is not carried (said in the docs; the indicators stay in the old period)
    "S1.2.2": "investasi dipantau di Renstra DPMPTSP, bukan lagi IKU daerah",
    "S3.2.1": "target 100 % tercapai; diganti akses air minum aman (S3.2.3)",
    "S6.2.2": "Indeks SPBE dinilai nasional dua tahunan; dipantau di Renstra Diskominfo",
}
CHANGED = {   # code -> what changes in the new period, with the note of the link
    "T1.2": dict(name="PDRB per kapita atas dasar harga konstan 2010", unit="juta rupiah",
                 definition="Produk Domestik Regional Bruto atas dasar harga konstan 2010 dibagi jumlah penduduk "
                            "pertengahan tahun (BPS).",
                 change_note="Definisi diubah: atas dasar harga konstan 2010 (sebelumnya harga berlaku), agar "
                             "kenaikan harga tidak terhitung sebagai capaian.",
                 targets=(37.2, 38.8, 40.4, 42.1, 43.8), baseline=("35.6", 2024)),
    "S2.1.1": dict(name="Jumlah kasus kematian ibu", unit="kasus",
                   definition="Jumlah ibu yang meninggal selama kehamilan, persalinan atau nifas di Kabupaten "
                              "Soppeng, kumulatif sampai triwulan berjalan (Dinas Kesehatan).",
                   change_note="Satuan diubah dari per 100.000 kelahiran hidup menjadi jumlah kasus: angka per "
                               "100.000 tidak stabil untuk jumlah kelahiran satu kabupaten.",
                   targets=(4, 4, 3, 3, 2), baseline=("5", 2024)),
    "S4.2.1": dict(definition="Persentase pemerlu pelayanan kesejahteraan sosial yang memperoleh bantuan sosial, "
                              "dengan sasaran dari DTSEN (Data Tunggal Sosial dan Ekonomi Nasional).",
                   change_note="Definisi diubah: sasaran diambil dari DTSEN (Inpres 4/2025), sebelumnya DTKS.",
                   targets=(82, 85, 88, 90, 92), baseline=None),
}
NEW_IKU = [   # (objective code, spec fields, targets 2025-2029, baseline 2024)
    ("S1.1", dict(code="S1.1.3", name="Indeks Ketahanan Pangan", unit="poin", polarity="positive",
                  aggregation="last", decimals=2, agency="DTPHPKP",
                  definition="Indeks Ketahanan Pangan kabupaten (Badan Pangan Nasional): ketersediaan, "
                             "keterjangkauan dan pemanfaatan pangan, skala 0-100.", data_source="Badan Pangan Nasional"),
     (80.5, 81.0, 81.5, 82.0, 82.5), "79.8"),
    ("S3.2", dict(code="S3.2.3", name="Persentase rumah tangga dengan akses air minum aman", unit="persen",
                  polarity="positive", aggregation="last", decimals=2, agency="DPERKIM",
                  definition="Rumah tangga yang memakai air minum layak yang berada di dalam atau di halaman "
                             "rumah, tersedia setiap saat dan bebas pencemaran (Susenas, BPS).", data_source="BPS (Susenas)"),
     (20, 25, 30, 35, 40), "17.5"),
    ("S4.1", dict(code="S4.1.2", name="Persentase penduduk miskin ekstrem", unit="persen", polarity="negative",
                  aggregation="last", decimals=2, agency="BAPPELITBANGDA",
                  definition="Penduduk dengan pengeluaran di bawah garis kemiskinan ekstrem (USD 1,9 PPP per hari) "
                             "dibagi jumlah penduduk (BPS).", data_source="BPS"),
     (0.9, 0.6, 0.4, 0.2, 0.1), "1.2"),
]
# The seed region's stated targets: rule per code (the base is the 2024 figure).
STATED = {"T1.1": lambda base, k: 5.0, "T2.1": lambda base, k: base + 1.5 * k, "T4.1": lambda base, k: base * 0.98 ** k}


def _fmt(value: float, decimals: int) -> str:
    return dv.fmt(value, decimals)


def _continued(spec: IndicatorSpec, base: float | None) -> dict[int, float]:
    """2025-2029 targets: the old period's where it has them, then its average yearly step on;
    never behind the 2024 figure moved on by that step (a plan does not aim below what is done)."""
    old = {y: float(v) for y, v in spec.targets.items()}
    step = (old[max(old)] - old[min(old)]) / (max(old) - min(old))
    better = max if spec.polarity == "positive" else min
    out = {}
    for k, year in enumerate(YEARS, start=1):
        value = old[year] if year in old else out[year - 1] + step
        if base is not None:
            value = better(value, base + step * k)
        if spec.unit == "persen":
            value = min(max(value, 0.0), 100.0)
        out[year] = value
    return out


def _targets(db: sqlite_utils.Database, spec: IndicatorSpec) -> dict[int, float]:
    if spec.code in CHANGED:
        return dict(zip(YEARS, map(float, CHANGED[spec.code]["targets"])))
    last = pc.last_value(db, spec.id, 2024)
    if spec.code in STATED:
        base = float(last or spec.targets[2024])
        return {year: STATED[spec.code](base, k) for k, year in enumerate(YEARS, start=1)}
    return _continued(spec, None if last is None else float(last))


def _end(aggregation: str, targets: dict[int, str]) -> str:
    if aggregation == "sum":
        return str(sum((Decimal(v) for v in targets.values()), Decimal(0)))
    return targets[END]


def _series(indicator_id: int, polarity: str, decimals: int, unit: str, baseline: float,
            targets: dict[int, float], late: bool, operator: str, rng: random.Random) -> list[tuple]:
    """A statistic's quarters 2025 and 2026 TW I-III, stepping from the year before towards a
    value near the year's target."""
    rows, previous = [], baseline
    for year in VALUE_YEARS:
        f = rng.uniform(0.96, 1.05)
        value = targets[year] * (f if polarity == "positive" else max(2 - f, 0.05))
        if unit == "persen":
            value = min(value, 100.0)
        last_quarter = dv.LAST_QUARTER_FILLED if year == dv.CURRENT_YEAR else 4
        for quarter in range(1, last_quarter + 1):
            if year == dv.CURRENT_YEAR and quarter == 3 and late and rng.random() < 0.8:
                continue
            text = _fmt(previous + (value - previous) * quarter / 4, decimals)
            note = "Angka sementara; angka tetap menunggu rilis BPS." if year == dv.CURRENT_YEAR else ""
            rows.append((indicator_id, year, quarter, text, note, "", dv.entry_stamp(year, quarter, rng), operator))
        previous = value
    return rows


def build_second_period(db: sqlite_utils.Database, iku: list[IndicatorSpec], agency_id: dict[str, int],
                        late: set[str], operators: dict[str, str], rng: random.Random) -> int:
    """Create RPJMD 2025-2029 from period 1 inside the build's transaction; returns its id. The
    caller seals the plan and the locked quarters afterwards."""
    code_of = {v: k for k, v in agency_id.items()}
    items, targets_of = [], {}
    for spec in iku:
        if spec.code in ENDED:
            continue
        yearly = {y: _fmt(v, spec.decimals) for y, v in _targets(db, spec).items()}
        targets_of[spec.code] = yearly
        change = CHANGED.get(spec.code, {})
        baseline = change.get("baseline") or (pc.last_value(db, spec.id, 2024), 2024)
        items.append(CarryItem(spec.id, reason=REASON, change_note=change.get("change_note", ""),
                               name=change.get("name"), unit=change.get("unit"), definition=change.get("definition"),
                               targets=yearly, end_target=_end(spec.aggregation, yearly),
                               baseline=baseline[0] if baseline and baseline[0] is not None else None,
                               baseline_year=baseline[1] if baseline and baseline[0] is not None else None))
    result = create_new_period(db, BUILDER, NewPeriodRequest(NAME, START, END, previous_id=1, keep="objective",
                                                             items=tuple(items)),
                               source="demo", stamp=CREATED_AT, seal=False)
    plan_id = result.plan_id
    by_code = {spec.code: spec for spec in iku}
    unchanged = [spec.id for spec in iku if spec.id in result.carried and spec.code not in CHANGED]
    copied = [(result.carried[r[0]], *r[1:]) for r in pc.realisation_rows(db, unchanged, *VALUE_YEARS)]
    rows = copied
    for code in CHANGED:
        spec, change = by_code[code], CHANGED[code]
        base = float(change["baseline"][0]) if change.get("baseline") else float(targets_of[code][2025]) * 0.97
        agency = code_of[spec.agency_id]
        rows += _series(result.carried[spec.id], spec.polarity, spec.decimals, change.get("unit", spec.unit), base,
                        {y: float(v) for y, v in targets_of[code].items()}, agency in late, operators[agency], rng)
    objectives = pc.node_ids_by_code(db, plan_id, "objective")
    targets, ends = [], []
    for offset, (objective, fields, yearly, baseline) in enumerate(NEW_IKU):
        agency = fields["agency"]
        values = {k: v for k, v in fields.items() if k != "agency"}
        new_id = pc.insert_indicator(db, {**values, "kind": "outcome",
                                          "agency_id": agency_id[agency], "baseline": baseline,
                                          "baseline_year": 2024, "position": 10 + offset},
                                     "objective", objectives[objective])
        texts = {y: _fmt(v, fields["decimals"]) for y, v in zip(YEARS, yearly)}
        targets += [(new_id, y, 0, t) for y, t in texts.items()]
        ends.append((new_id, texts[END]))
        rows += _series(new_id, fields["polarity"], fields["decimals"], fields["unit"], float(baseline),
                        {y: float(v) for y, v in zip(YEARS, yearly)}, agency in late, operators[agency], rng)
    pc.insert_targets(db, targets)
    pc.insert_end_targets(db, ends)
    pc.insert_realisations(db, rows)
    return plan_id
