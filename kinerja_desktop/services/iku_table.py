"""The IKU over the period as text (for a terminal) and as CSV (one row per IKU, a group of
columns per year), for `kinerja iku`. Indonesian words; in the text "—" for a year not
reported, in the CSV an empty cell (never 0)."""
from __future__ import annotations

import csv
from typing import Iterator, TextIO

from kinerja_desktop.domain.numbers import format_id, round_half_up, to_text
from kinerja_desktop.services.iku_period import IkuPeriod, IkuRow
from kinerja_desktop.services.projection import ROMAN, percent_text


def _percent(value) -> str:
    return "\u2014" if value is None else f"{format_id(value, 2)}%"


def _label(band) -> str:
    return band.label if band is not None else ""


def iku_text(figures: IkuPeriod) -> Iterator[str]:
    """Lines of the IKU table, goal by goal."""
    plan = figures.plan
    counts = figures.counts()
    yield f"IKU sepanjang periode \u2014 {plan.label}, {plan.region_name}"
    yield (f"{len(figures.rows)} IKU: {counts['Sesuai jalur']} sesuai jalur, {counts['Berisiko']} berisiko, "
           f"{counts['Belum dapat diproyeksikan']} belum dapat diproyeksikan "
           f"(berisiko: proyeksi capaian akhir periode di bawah {format_id(figures.threshold, 0)}%)")
    goals = {g.id: g for g in figures.goals}
    current = object()
    for row in figures.rows:
        goal_id = row.goal.id if row.goal else None
        if goal_id != current:
            current = goal_id
            goal = goals.get(goal_id)
            yield ""
            yield f"Tujuan {goal.code}  {goal.name}" if goal else "Tanpa tujuan"
        yield from _indicator_lines(row)


def _indicator_lines(row: IkuRow) -> Iterator[str]:
    ind = row.indicator
    d = ind.decimals
    where = f"sasaran {row.objective.code}" if row.objective is not None else "tujuan"
    agency = f" \u00b7 OPD {row.agency.code}" if row.agency else ""
    lower = " \u00b7 semakin rendah semakin baik" if ind.polarity == "negative" else ""
    yield f"  {ind.code}  {ind.name} ({ind.unit}) \u00b7 {where}{agency}{lower}"
    start = f" ({ind.baseline_year})" if ind.baseline is not None and ind.baseline_year else ""
    yield f"    Kondisi awal {format_id(ind.baseline, d)}{start} \u00b7 target akhir {format_id(row.end_target, d)}"
    yield f"    {'Tahun':<6}{'Target':>14}{'Realisasi':>16}{'Capaian':>11}  Predikat"
    for f in row.years:
        note = f"(s.d. TW {ROMAN[f.quarters[-1]]})" if f.partial else ("belum dilaporkan" if not f.reported else "")
        rest = "  ".join(part for part in (_label(f.rating), note) if part)
        yield (f"    {f.year:<6}{format_id(f.target, d):>14}{format_id(f.realisation, d):>16}"
               f"{_percent(f.achievement):>11}  {rest}".rstrip())
    band = f" ({row.rating_to_date.label})" if row.rating_to_date else ""
    yield f"    S.d. kini: {format_id(row.realisation_to_date, d)} \u00b7 capaian {_percent(row.achievement_to_date)}{band}"
    p = row.projection
    if p is None:
        yield "    Proyeksi: belum dapat diproyeksikan (belum ada realisasi atau target akhir)"
    else:
        band = f" ({p.rating.label})" if p.rating else ""
        yield f"    Proyeksi {p.end_year}: {format_id(p.value, d)} \u00b7 {percent_text(p.achievement)}{band} \u00b7 {row.status}"
        yield f"      {p.reason}"


def csv_header(figures: IkuPeriod) -> list[str]:
    head = ["tujuan", "sasaran", "kode", "indikator", "satuan", "polaritas", "opd", "kondisi_awal", "tahun_kondisi_awal"]
    for y in figures.years:
        head += [f"target_{y}", f"realisasi_{y}", f"triwulan_{y}", f"capaian_{y}", f"predikat_{y}"]
    return head + ["target_akhir", "realisasi_sd_kini", "capaian_sd_kini", "predikat_sd_kini", "proyeksi",
                   "capaian_proyeksi", "predikat_proyeksi", "status", "alasan"]


def csv_rows(figures: IkuPeriod) -> Iterator[list[str]]:
    """Numbers as canonical decimal text ('1234.5'), capaian with 2 places; empty = none."""
    def num(value) -> str:
        return to_text(value) or ""

    def pct(value) -> str:
        return "" if value is None else f"{value:.2f}"

    for row in figures.rows:
        ind, p = row.indicator, row.projection
        out = [row.goal.code if row.goal else "", row.objective.code if row.objective else "", ind.code, ind.name,
               ind.unit, "negatif" if ind.polarity == "negative" else "positif", row.agency.code if row.agency else "",
               num(ind.baseline), str(ind.baseline_year or "") if ind.baseline is not None else ""]
        for f in row.years:
            out += [num(f.target), num(f.realisation), str(f.quarters[-1]) if f.reported else "",
                    pct(f.achievement), _label(f.rating)]
        out += [num(row.end_target), num(row.realisation_to_date), pct(row.achievement_to_date),
                _label(row.rating_to_date)]
        if p is None:
            out += ["", "", "", row.status, ""]
        else:
            out += [num(round_half_up(p.value, ind.decimals)),   # a projection, at the indicator's places
                    pct(p.achievement), _label(p.rating), row.status, p.reason]
        yield out


def write_iku_csv(figures: IkuPeriod, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(csv_header(figures))
    writer.writerows(csv_rows(figures))
