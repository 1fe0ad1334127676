"""The year-comparison report ("Perbandingan Capaian Kinerja TW II Tahun 2023 dan 2024") as
.xlsx or PDF: the per-indicator table grouped by tujuan and sasaran, then the roll-ups per
tujuan, sasaran and OPD. `kinerja report --form banding` and the comparison page write it."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import sqlite_utils

from kinerja_desktop.domain.numbers import format_id, round_half_up
from kinerja_desktop.exchange.compare_table import Cell, Column, CompareDocument, Table
from kinerja_desktop.services.year_compare import (
    COLOURS, LABELS, NOT_COMPARABLE, IndicatorChange, Rollup, YearComparison, CompareRefused, compare_years,
    IMPROVED, UNCHANGED, WORSENED,
)
from kinerja_desktop.store import repositories as repo

FORMATS = (".xlsx", ".pdf")
PAPERS = ("A4", "F4")
NOT_COMPUTABLE_COLOUR = ("#9E9E9E", "#1A1A1A")


def signed(value: Decimal | None, decimals: int = 2) -> str:
    """A change as a person writes it: +2,86 / -10,00 / 0,00; '—' when there is none."""
    if value is None:
        return "\u2014"
    text = format_id(value, decimals)
    return "+" + text if round_half_up(value, decimals) > 0 else text


def direction_cell(direction: str, text: str | None = None) -> Cell:
    fill, colour = COLOURS[direction]
    return Cell(text or LABELS[direction], fill=fill, text_colour=colour)


def band_cell(band, reported: bool) -> Cell:
    if band is not None:
        return Cell(band.label, fill=band.colour, text_colour=band.text_colour)
    if reported:
        return Cell("Tidak dapat dihitung", fill=NOT_COMPUTABLE_COLOUR[0], text_colour=NOT_COMPUTABLE_COLOUR[1])
    return Cell("Belum dilaporkan")


def number_cell(value: Decimal | None, decimals: int, empty: str = "\u2014") -> Cell:
    if value is None:
        return Cell(empty)
    return Cell(format_id(value, decimals), number=round_half_up(value, decimals), decimals=decimals)


def change_cell(value: Decimal | None, decimals: int) -> Cell:
    if value is None:
        return Cell("\u2014")
    return Cell(signed(value, decimals), number=round_half_up(value, decimals), decimals=decimals)


def indicator_table(comparison: YearComparison, agency_id: int | None = None) -> Table:
    a, b = comparison.year_a, comparison.year_b
    columns = (Column("No", 5), Column("Kode", 13), Column("Indikator", 31), Column("Satuan", 9),
               Column("Polaritas", 9), Column("OPD", 13),
               Column(f"Realisasi {a}", 10, True), Column(f"Capaian {a} (%)", 9, True), Column(f"Predikat {a}", 11),
               Column(f"Realisasi {b}", 10, True), Column(f"Capaian {b} (%)", 9, True), Column(f"Predikat {b}", 11),
               Column("Selisih realisasi", 10, True), Column("Selisih capaian (poin)", 9, True),
               Column("Arah", 12), Column("Keterangan", 16))
    table = Table("Per indikator", columns)
    blank = len(columns) - 3
    goals = {n.id: n for n in comparison.goals}
    objectives = {n.id: n for n in comparison.objectives}
    order = {("goal", n.id): i for i, n in enumerate(comparison.goals)}
    order.update({("objective", n.id): i for i, n in enumerate(comparison.objectives)})
    lines = sorted(comparison.scoped(agency_id), key=lambda c: (
        order.get(("goal", c.goal_id), 10**9), order.get(("objective", c.objective_id), -1), c.indicator.code))
    heading = (object(), object())
    number = 0
    for c in lines:
        if (c.goal_id, c.objective_id) != heading:
            if c.goal_id != heading[0]:
                goal = goals.get(c.goal_id)
                _group(table, goal.code if goal else "", f"Tujuan: {goal.name}" if goal else "Tanpa tujuan", blank)
            objective = objectives.get(c.objective_id)
            if objective is not None:
                _group(table, objective.code, f"Sasaran: {objective.name}", blank)
            heading = (c.goal_id, c.objective_id)
        number += 1
        table.rows.append(indicator_row(number, c))
    return table


def _group(table: Table, code: str, name: str, blank: int) -> None:
    table.group_rows.add(len(table.rows))
    table.rows.append((Cell(""), Cell(code, bold=True), Cell(name, bold=True)) + (Cell(""),) * blank)


def _title_row(table: Table, title: str, blank: int) -> None:
    table.group_rows.add(len(table.rows))
    table.rows.append((Cell(""), Cell(title, bold=True)) + (Cell(""),) * blank)


def indicator_row(number: int, c: IndicatorChange) -> tuple[Cell, ...]:
    ind, ea, eb = c.indicator, c.a.evaluation, c.b.evaluation
    return (
        Cell(str(number)), Cell(ind.code), Cell(ind.name), Cell(ind.unit),
        Cell("Negatif" if ind.polarity == "negative" else "Positif"), Cell(c.agency.code if c.agency else ""),
        number_cell(ea.realisation, ind.decimals, "Belum dilaporkan"), number_cell(ea.achievement, 2),
        band_cell(ea.rating, ea.reported),
        number_cell(eb.realisation, ind.decimals, "Belum dilaporkan"), number_cell(eb.achievement, 2),
        band_cell(eb.rating, eb.reported),
        change_cell(c.realisation_change, ind.decimals), change_cell(c.achievement_change, 2),
        direction_cell(c.direction), Cell(c.reason),
    )


def rollup_table(comparison: YearComparison, agency_id: int | None = None) -> Table:
    a, b = comparison.year_a, comparison.year_b
    columns = (Column("Kode", 10), Column("Nama", 34), Column("Jumlah indikator", 8, True),
               Column("Membaik", 8, True), Column("Memburuk", 8, True), Column("Tetap", 7, True),
               Column("Tidak dapat dibandingkan", 10, True),
               Column(f"Rata-rata capaian {a} (%)", 10, True), Column(f"Predikat {a}", 11),
               Column(f"Rata-rata capaian {b} (%)", 10, True), Column(f"Predikat {b}", 11),
               Column("Selisih rata-rata (poin)", 9, True), Column("Arah umum", 14))
    table = Table("Ringkasan", columns)
    blank = len(columns) - 2
    for level, title in (("goal", "Per tujuan"), ("objective", "Per sasaran"), ("agency", "Per OPD")):
        rows = comparison.rollups(level, agency_id)
        if not rows:
            continue
        _title_row(table, title, blank)
        table.rows.extend(rollup_row(r) for r in rows)
    _title_row(table, "Seluruh indikator", blank)
    table.rows.append(rollup_row(comparison.overall(agency_id)))
    return table


def rollup_row(r: Rollup) -> tuple[Cell, ...]:
    counts = r.counts
    return (
        Cell(r.code), Cell(r.name), count_cell(r.total), count_cell(counts[IMPROVED]), count_cell(counts[WORSENED]),
        count_cell(counts[UNCHANGED]), count_cell(counts[NOT_COMPARABLE]),
        number_cell(r.mean_a, 2), band_cell(r.band_a, r.mean_a is not None),
        number_cell(r.mean_b, 2), band_cell(r.band_b, r.mean_b is not None),
        change_cell(r.mean_change, 2), direction_cell(r.direction, rollup_label(r)),
    )


def count_cell(n: int) -> Cell:
    return Cell(format_id(Decimal(n), 0), number=Decimal(n), decimals=0)


def rollup_label(r: Rollup) -> str:
    return {IMPROVED: "Lebih banyak membaik", WORSENED: "Lebih banyak memburuk", UNCHANGED: "Seimbang",
            NOT_COMPARABLE: LABELS[NOT_COMPARABLE]}[r.direction]


def build_document(comparison: YearComparison, agency_id: int | None = None, agency_name: str = "") -> CompareDocument:
    plan = comparison.plan
    scope = agency_name or "Seluruh Perangkat Daerah"
    notes = [
        "Arah dinilai dari realisasi menurut polaritas indikator: positif, realisasi naik = membaik; negatif, "
        "realisasi turun = membaik. Realisasi yang sama (pada jumlah desimal indikator) = tetap.",
        "Tidak dapat dibandingkan: salah satu tahun belum dilaporkan atau capaiannya tidak dapat dihitung "
        "(target belum ada, atau target nol pada indikator positif).",
        "Rata-rata capaian: rata-rata indikator yang capaiannya dapat dihitung pada tahun itu. Selisih = "
        f"{comparison.year_b} dikurangi {comparison.year_a}.",
        "Arah umum ringkasan: Lebih banyak membaik atau Lebih banyak memburuk menurut jumlah indikator; "
        "Seimbang bila jumlahnya sama.",
    ]
    return CompareDocument(
        title=comparison.title,
        subtitle=f"{plan.region_name} \u00b7 {plan.label} \u00b7 {scope}",
        tables=[indicator_table(comparison, agency_id), rollup_table(comparison, agency_id)],
        notes=notes, footer=f"{comparison.title} \u2014 {scope}",
    )


def write_comparison(
    db: sqlite_utils.Database, out: Path, quarter: int, year_a: int, year_b: int, plan_id: int | None = None,
    agency_code: str | None = None, paper: str = "A4", comparison: YearComparison | None = None,
) -> Path:
    """Check the request, compare and write; nothing is written on a refusal (CompareRefused)."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise CompareRefused(f"Jenis berkas '{out.suffix or out.name}' tidak dikenal; akhiri nama berkas "
                             "dengan .xlsx atau .pdf.")
    if paper not in PAPERS:
        raise CompareRefused(f"Ukuran kertas '{paper}' tidak dikenal; pilih A4 atau F4.")
    if not out.parent.is_dir():
        raise CompareRefused(f"Folder '{out.parent}' tidak ada. Buat foldernya dulu atau pilih lokasi lain.",
                             usage=False)
    agency_id, agency_name = None, ""
    if agency_code:
        agency = repo.agency_by_code(db, agency_code)
        if agency is None:
            raise CompareRefused(f"OPD dengan kode '{agency_code}' tidak ada di basis data.", usage=False)
        agency_id, agency_name = agency.id, agency.name
    if comparison is None:
        comparison = compare_years(db, quarter, year_a, year_b, plan_id)
    document = build_document(comparison, agency_id, agency_name)
    tmp = out.with_name(out.name + ".tmp")
    try:
        if suffix == ".xlsx":
            from kinerja_desktop.exchange.compare_xlsx import write_xlsx

            write_xlsx(document, tmp, paper)
        else:
            from kinerja_desktop.exchange.compare_pdf import write_pdf

            write_pdf(document, tmp, paper)
        tmp.replace(out)
    except OSError as exc:
        raise CompareRefused(f"Berkas '{out}' tidak dapat ditulis (mungkin sedang dibuka di program lain): "
                             f"{exc}.", usage=False) from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return out
