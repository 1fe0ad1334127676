"""The official evaluation report (Permendagri 86/2017, evaluation of RKPD results).

`build_report` fills exchange.report_model from services.evaluation (the one calculation) and the
budget tables; `write_report` writes it as .xlsx or .pdf (`kinerja report`: cli_exchange).
"""
from __future__ import annotations

import csv
import functools
from collections import defaultdict
from datetime import date
from pathlib import Path

import sqlite_utils

from kinerja_desktop import paths
from kinerja_desktop.domain.achievement import rating
from kinerja_desktop.domain.entities import Plan
from kinerja_desktop.domain.numbers import shown_text
from kinerja_desktop.exchange.report_model import Block, IndicatorLine, Kinerja, Report, roman
from kinerja_desktop.services.evaluation import band_counts, evaluate_quarter, mean_achievement, to_date_figures
from kinerja_desktop.services.budget_figures import budget_by_agency
from kinerja_desktop.services.office_settings import load_office_settings
from kinerja_desktop.services.report_budget import BudgetBook
from kinerja_desktop.exchange.report_model import SummaryRow
from kinerja_desktop.store import repositories as repo

FORMATS = (".xlsx", ".pdf")
PAPERS = ("A4", "F4")
CONSOLIDATED = "Seluruh Perangkat Daerah"


class ReportRefused(Exception):
    """The report cannot be made; the message (Indonesian) says why. usage=True: a wrong request."""

    def __init__(self, message: str, usage: bool = False):
        super().__init__(message)
        self.usage = usage


def check_request(plan: Plan, year: int, quarter: int) -> None:
    if quarter not in (1, 2, 3, 4):
        raise ReportRefused(f"Triwulan {quarter} tidak ada; pilih triwulan 1 sampai 4.", usage=True)
    if year not in plan.years:
        raise ReportRefused(
            f"Tahun {year} di luar periode rencana ({plan.start_year}-{plan.end_year}); "
            f"pilih tahun {plan.start_year} sampai {plan.end_year}.", usage=True)


def build_report(
    db: sqlite_utils.Database, year: int, quarter: int, agency_id: int | None = None,
    signed_on: date | None = None, *, plan_id: int | None = None,
) -> Report:
    plan = repo.load_plan(db, plan_id, year)   # plan_id None: the default period of the year
    check_request(plan, year, quarter)
    agencies = {a.id: a for a in repo.load_agencies(db)}
    results = evaluate_quarter(db, year, quarter, agency_id=agency_id, plan=plan)
    to_dates = to_date_figures(db, results, plan=plan)
    budgets = BudgetBook.load(db, plan, year, quarter)

    lines_by_node: dict[tuple[str, int], list[IndicatorLine]] = defaultdict(list)
    for r in results:
        ind, ev, td = r.indicator, r.evaluation, to_dates[r.indicator.id]
        uses_quarterly = ev.target is not None and ev.target != r.values.annual_target
        k = Kinerja(
            end_target=td.end_target, before=td.realisation_before, target=r.values.annual_target,
            quarters=tuple(r.values.realisations.get(q) if q <= quarter else None for q in range(1, 5)),
            this_year=ev.realisation, to_date=td.realisation,
            achievement=ev.achievement, rating=ev.rating,
            achievement_to_date=td.achievement, rating_to_date=rating(td.achievement, plan.bands),
            reported=ev.reported, quarterly_target_used=uses_quarterly,
        )
        agency = agencies.get(ind.agency_id)
        lines_by_node[(ind.node_type, ind.node_id)].append(IndicatorLine(
            ind.code, ind.name, ind.unit, ind.kind, ind.decimals, ind.aggregation,
            agency.name if agency else "", k))

    blocks = _blocks(repo.load_nodes(db, plan_id=plan.id), lines_by_node, agencies, budgets, agency_id)
    notes = [out_of_range_note(r) for r in results if r.values.bad_realisations or r.values.bad_targets]
    scope = CONSOLIDATED if agency_id is None else agencies[agency_id].name
    region = plan.region_name
    office = load_office_settings(db, plan)
    report = Report(
        region_name=region, plan_name=plan.name, start_year=plan.start_year, end_year=plan.end_year,
        year=year, quarter=quarter, scope=scope,
        agency_code=None if agency_id is None else agencies[agency_id].code,
        place=office.place, signed_on=signed_on or date.today(), signer_title=office.signer_title,
        signer_name=office.signer_name, signer_nip=office.signer_nip,
        bands=plan.bands, blocks=blocks, notes=notes,
    )
    if agency_id is None:
        report.summary = _summary(db, results, plan, agencies, year, quarter)
    return report


def out_of_range_note(result) -> str:
    """A footnote naming an indicator's stored values outside the number rule (left out of the figures)."""
    v = result.values
    parts = [f"realisasi TW {roman(q)} '{shown_text(raw)}'" for q, raw in sorted(v.bad_realisations.items())]
    parts += [f"target {'tahunan' if q == 0 else 'TW ' + roman(q)} '{shown_text(raw)}'"
              for q, raw in sorted(v.bad_targets.items())]
    return (f"Nilai di luar batas angka (15 angka penting, di bawah 10^15), tidak dihitung: {result.indicator.code} "
            f"{', '.join(parts)}. Perbaiki nilainya; 'kinerja check' menyebut semuanya.")


def _blocks(nodes, lines_by_node, agencies, budgets: BudgetBook, agency_id: int | None) -> list[Block]:
    children: dict[tuple[str, int | None], list] = defaultdict(list)
    parent_type = {"objective": "goal", "program": "objective", "activity": "program", "sub_activity": "activity"}
    for node in nodes:
        children[(parent_type.get(node.node_type, ""), node.parent_id)].append(node)

    def agency_name(node) -> str:
        a = agencies.get(node.agency_id) if node.agency_id else None
        return a.name if a else ""

    def subtree(node, number: str) -> list[Block]:
        if node.agency_id is not None and agency_id is not None and node.agency_id != agency_id:
            return []
        lines = lines_by_node.get((node.node_type, node.id), [])
        kids = children.get((node.node_type, node.id), [])
        below: list[Block] = []
        counter = 0
        bidang = None
        for kid in kids:
            kid_number = ""
            if node.node_type == "goal":
                subtree.objectives += 1
                kid_number = str(subtree.objectives)
            elif node.node_type == "objective":
                counter += 1
                kid_number = f"{number}.{counter}"
            kid_blocks = subtree(kid, kid_number)
            if not kid_blocks and node.node_type == "objective":
                counter -= 1
            if kid_blocks and kid.node_type == "program" and _bidang_code(kid.code) != bidang:
                bidang = _bidang_code(kid.code)
                below.append(_bidang_block(bidang))
            below.extend(kid_blocks)
        if agency_id is not None and node.node_type in ("goal", "objective") and not lines and not below:
            return []
        is_plan_level = node.node_type in ("goal", "objective")
        block = Block(
            level=node.node_type, number=number,
            sasaran=(f"Tujuan: {node.name}" if node.node_type == "goal" else node.name) if is_plan_level else "",
            code=node.code, name="" if is_plan_level else node.name,
            agency=agency_name(node), money=None if is_plan_level else budgets.money(node.node_type, node.id),
            lines=lines,
        )
        return [block] + below

    subtree.objectives = 0
    blocks: list[Block] = []
    for i, goal in enumerate(children.get(("", None), []), start=1):
        blocks.extend(subtree(goal, roman(i)))
    return blocks


def _bidang_code(program_code: str) -> str:
    return ".".join(program_code.split(".")[:2])


@functools.lru_cache(maxsize=1)
def _bidang_names() -> dict[str, str]:
    """Bidang urusan names of the Permendagri 90/2019 nomenclature bundled with the program."""
    try:
        with paths.NOMENCLATURE_CSV.open(encoding="utf-8", newline="") as fh:
            return {row["bidang_code"]: row["bidang_name"] for row in csv.DictReader(fh)}
    except OSError:
        return {}


def _bidang_block(code: str) -> Block:
    """The 'Urusan/Bidang Urusan' heading row above the programs of one bidang (column 4)."""
    name = _bidang_names().get(code, "")
    # Urusan 1-3 are government affairs ("URUSAN PEMERINTAHAN BIDANG KESEHATAN"); 4-8 are the
    # supporting units, printed by their own name ("SEKRETARIAT DAERAH").
    text = f"URUSAN PEMERINTAHAN BIDANG {name}" if name and code[:1] in "123" else name
    return Block(level="bidang", number="", sasaran="", code=code, name=text, agency="", money=None)


def _summary(db, results, plan, agencies, year: int, quarter: int) -> list[SummaryRow]:
    by_agency = defaultdict(list)
    for r in results:
        by_agency[r.indicator.agency_id].append(r)
    money = {row.agency.id: row for row in budget_by_agency(db, year, agencies.values())}
    rows = []
    for agency in sorted(agencies.values(), key=lambda a: a.code):
        own = by_agency.get(agency.id, [])
        budget = money.get(agency.id)
        pagu, spent = (budget.pagu, budget.spent_to(quarter)) if budget else (None, None)
        if not own and pagu is None:
            continue
        mean, band = mean_achievement(own, plan)
        rows.append(SummaryRow(agency.code, agency.name, len(own), band_counts(own, plan), mean, band, pagu, spent))
    return rows


def write_report(
    db: sqlite_utils.Database, out: Path, year: int, quarter: int, agency_code: str | None = None,
    paper: str = "A4", signed_on: date | None = None, progress=None, *, plan_id: int | None = None,
) -> Path:
    """Check the request, build the report and write it; nothing is written on a refusal."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ReportRefused(f"Jenis berkas '{out.suffix or out.name}' tidak dikenal; akhiri nama berkas "
                            "dengan .xlsx atau .pdf.", usage=True)
    if paper not in PAPERS:
        raise ReportRefused(f"Ukuran kertas '{paper}' tidak dikenal; pilih A4 atau F4.", usage=True)
    if not out.parent.is_dir():
        raise ReportRefused(f"Folder '{out.parent}' tidak ada. Buat foldernya dulu atau pilih lokasi lain.")
    agency_id = None
    if agency_code:
        agency = repo.agency_by_code(db, agency_code)
        if agency is None:
            raise ReportRefused(f"OPD dengan kode '{agency_code}' tidak ada di basis data.")
        agency_id = agency.id
    try:
        report = build_report(db, year, quarter, agency_id, signed_on, plan_id=plan_id)
    except LookupError as exc:   # an unknown period
        raise ReportRefused(str(exc), usage=True) from exc
    if progress:
        progress(1, 3, "Menyusun berkas laporan…")
    tmp = out.with_name(out.name + ".tmp")
    try:
        if suffix == ".xlsx":
            from kinerja_desktop.exchange.report_xlsx import write_xlsx

            write_xlsx(report, tmp, paper)
        else:
            from kinerja_desktop.exchange.report_pdf import write_pdf

            write_pdf(report, tmp, paper)
        tmp.replace(out)
    except PermissionError as exc:
        raise ReportRefused(f"Berkas '{out}' tidak dapat ditulis (mungkin sedang dibuka di program lain): {exc}.") from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    if progress:
        progress(3, 3, "Selesai")
    return out

