"""The RPJMD evaluation across years (Permendagri 86/2017, evaluation of RPJMD results).

`build_rpjmd_form` fills exchange.rpjmd_model in one pass: the period's goal and objective (and,
optionally, program) indicators once, then per plan year its values once and the year's
evaluation at the year's last reported quarter from services.evaluation (the one calculation);
the end-of-period columns by the domain's multi-year rule. `write_rpjmd_form` writes it as
.xlsx or .pdf (`kinerja report --form rpjmd`, the Laporan menu).
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

import sqlite_utils

from kinerja_desktop.domain.achievement import achievement, rating, to_date
from kinerja_desktop.domain.entities import Plan
from kinerja_desktop.exchange.report_model import roman
from kinerja_desktop.exchange.rpjmd_model import FormBlock, FormLine, RpjmdForm, YearFigures
from kinerja_desktop.services.evaluation import evaluate_quarter
from kinerja_desktop.services.office_settings import load_office_settings
from kinerja_desktop.services.report import FORMATS, PAPERS, ReportRefused, out_of_range_note
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.services.plan_period import find_period
from kinerja_desktop.store.history import last_reported_quarters

PLAN_LEVELS = ("goal", "objective")


def load_period(db: sqlite_utils.Database, plan_id: int | None) -> Plan:
    """The plan period asked for (None: the default period)."""
    return repo.load_plan(db) if plan_id is None else repo.load_plan(db, plan_id=plan_id)


def resolve_period(db: sqlite_utils.Database, text: str) -> int:
    """The id of the period a person named on the command line (`--periode 2` or its name)."""
    return find_period(db, text)


def _period_kw(plan_id: int | None) -> dict:
    return {} if plan_id is None else {"plan_id": plan_id}


def build_rpjmd_form(
    db: sqlite_utils.Database, plan_id: int | None = None, include_programs: bool = False,
    signed_on: date | None = None,
) -> RpjmdForm:
    plan = load_period(db, plan_id)
    levels = PLAN_LEVELS + (("program",) if include_programs else ())
    indicators = repo.load_indicators(db, node_types=levels, **_period_kw(plan_id))
    ids = [ind.id for ind in indicators]
    as_of = last_reported_quarters(db, plan.start_year, plan.end_year)
    years = tuple(plan.years)
    figures: dict[int, list[YearFigures]] = defaultdict(list)
    notes: list[str] = []
    for year in years:
        values = repo.load_year_values(db, year, indicator_ids=ids) if ids else {}
        quarter = as_of.get(year, 4)
        for r in evaluate_quarter(db, year, quarter, plan=plan, indicators=indicators, values=values):
            ev, v = r.evaluation, r.values
            used = ev.target is not None and ev.target != v.annual_target
            figures[r.indicator.id].append(YearFigures(
                year, v.annual_target, ev.realisation, ev.achievement, ev.rating, ev.reported, used))
            if v.bad_realisations or v.bad_targets:
                notes.append(f"Tahun {year}: " + out_of_range_note(r))
    end_targets = repo.load_end_targets(db)
    agencies = {a.id: a for a in repo.load_agencies(db)}
    lines_by_node: dict[tuple[str, int], list[FormLine]] = defaultdict(list)
    for ind in indicators:
        yearly = figures[ind.id]
        so_far = to_date(ind.aggregation, {y.year: y.realisation for y in yearly})
        end = end_targets.get(ind.id)
        ach = achievement(ind.polarity, so_far, end, plan.negative_formula)
        agency = agencies.get(ind.agency_id)
        lines_by_node[(ind.node_type, ind.node_id)].append(FormLine(
            ind.code, ind.name, ind.unit, ind.decimals, ind.aggregation, ind.polarity,
            agency.name if agency else "", ind.baseline, tuple(yearly), end, so_far, ach,
            rating(ach, plan.bands)))
    nodes = repo.load_nodes(db, levels, **_period_kw(plan_id))
    office = load_office_settings(db, plan)
    return RpjmdForm(
        region_name=plan.region_name, plan_id=plan.id, plan_name=plan.name, start_year=plan.start_year,
        end_year=plan.end_year, years=years, as_of=as_of, include_programs=include_programs,
        negative_formula=plan.negative_formula, place=office.place, signed_on=signed_on or date.today(),
        signer_title=office.signer_title, signer_name=office.signer_name, signer_nip=office.signer_nip,
        bands=plan.bands, blocks=_blocks(nodes, lines_by_node, agencies), notes=notes,
    )


def _blocks(nodes, lines_by_node, agencies) -> list[FormBlock]:
    """Goals (I, II …), their objectives (1, 2 … across the plan) and, under each objective, its
    programs (1.1, 1.2 …), in the plan's order."""
    children: dict[tuple[str, int | None], list] = defaultdict(list)
    parent = {"objective": "goal", "program": "objective"}
    for node in nodes:
        children[(parent.get(node.node_type, ""), node.parent_id)].append(node)
    blocks: list[FormBlock] = []
    objective_number = 0

    def block(node, number: str) -> FormBlock:
        agency = agencies.get(node.agency_id) if node.agency_id else None
        return FormBlock(node.node_type, number, node.code, node.name, agency.name if agency else "",
                         lines_by_node.get((node.node_type, node.id), []))

    for g, goal in enumerate(children.get(("", None), []), start=1):
        blocks.append(block(goal, roman(g)))
        for objective in children.get(("goal", goal.id), []):
            objective_number += 1
            blocks.append(block(objective, str(objective_number)))
            for p, program in enumerate(children.get(("objective", objective.id), []), start=1):
                blocks.append(block(program, f"{objective_number}.{p}"))
    return blocks


def write_rpjmd_form(
    db: sqlite_utils.Database, out: Path, plan_id: int | None = None, include_programs: bool = False,
    paper: str = "A4", signed_on: date | None = None, progress=None,
) -> Path:
    """Check the request, build the form and write it; nothing is written on a refusal."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ReportRefused(f"Jenis berkas '{out.suffix or out.name}' tidak dikenal; akhiri nama berkas "
                            "dengan .xlsx atau .pdf.", usage=True)
    if paper not in PAPERS:
        raise ReportRefused(f"Ukuran kertas '{paper}' tidak dikenal; pilih A4 atau F4.", usage=True)
    if not out.parent.is_dir():
        raise ReportRefused(f"Folder '{out.parent}' tidak ada. Buat foldernya dulu atau pilih lokasi lain.")
    if progress:
        progress(0, 3, "Menghitung capaian setiap tahun…")
    form = build_rpjmd_form(db, plan_id, include_programs, signed_on)
    if progress:
        progress(1, 3, "Menyusun berkas laporan…")
    tmp = out.with_name(out.name + ".tmp")
    try:
        if suffix == ".xlsx":
            from kinerja_desktop.exchange.rpjmd_xlsx import write_rpjmd_xlsx

            write_rpjmd_xlsx(form, tmp, paper)
        else:
            from kinerja_desktop.exchange.rpjmd_pdf import write_rpjmd_pdf

            write_rpjmd_pdf(form, tmp, paper)
        tmp.replace(out)
    except PermissionError as exc:
        raise ReportRefused(f"Berkas '{out}' tidak dapat ditulis (mungkin sedang dibuka di program lain): {exc}.") from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    if progress:
        progress(3, 3, "Selesai")
    return out
