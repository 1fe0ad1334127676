"""Importing a regency's own RPJMD / IKU table through a column mapping: the mapped rows become
master-data rows (Indikator and Target) under one chosen goal, objective or program, and go
through the same preview / apply / refuse rules and audit as a master-data workbook.

The mapping is remembered per source layout (a fingerprint of the header texts) in `setting`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

import sqlite_utils

from kinerja_desktop.domain.entities import User
from kinerja_desktop.exchange import mapping as mp
from kinerja_desktop.exchange.masterdata_read import MasterDataRefused, SheetRow
from kinerja_desktop.services.masterdata import ApplyResult, apply_masterdata, dump_plan
from kinerja_desktop.services.masterdata_preview import MasterPreview, build_preview
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.database import transaction

KIND_BY_NODE = {"goal": "impact", "objective": "outcome", "program": "outcome", "activity": "output",
                "sub_activity": "output"}
SETTING_PREFIX = "mapping:"


@dataclass
class MappingChoice:
    """What the planner decided in the wizard."""
    mapping: dict[int, str]
    node_type: str                    # goal, objective or program (activity, sub_activity also work)
    node_code: str
    node_opd: str | None = None       # the program's OPD, for program/activity nodes
    default_opd: str | None = None    # for rows without an OPD column (goal/objective indicators)
    overrides: dict[int, dict] = field(default_factory=dict)   # row -> {'polaritas': .., 'agregasi': ..}


def remembered(db: sqlite_utils.Database, headers: list[str]) -> dict | None:
    text = repo.setting(db, SETTING_PREFIX + mp.fingerprint(headers))
    if text is None:
        return None
    saved = json.loads(text)
    saved["columns"] = {int(k): v for k, v in saved.get("columns", {}).items()}
    return saved


def remember(db: sqlite_utils.Database, headers: list[str], sheet: str, first: int, last: int,
             mapping: dict[int, str]) -> None:
    value = json.dumps({"sheet": sheet, "first": first, "last": last, "headers": headers,
                        "columns": {str(k): v for k, v in mapping.items()}}, ensure_ascii=False)
    with transaction(db):
        repo.put_setting(db, SETTING_PREFIX + mp.fingerprint(headers), value)


def match_agency(text: str, agencies: list) -> str | None:
    """An OPD written as its code or its name (also a shortened or lengthened name)."""
    wanted = " ".join((text or "").lower().split())
    if not wanted:
        return None
    for a in agencies:
        if wanted in (a.code.lower(), " ".join(a.name.lower().split())):
            return a.code
    close = [a for a in agencies if wanted in a.name.lower() or a.name.lower() in wanted]
    return close[0].code if len(close) == 1 else None


def preview_mapping(db: sqlite_utils.Database, table: mp.Table, header_last: int,
                    choice: MappingChoice) -> tuple[MasterPreview, list[mp.MappedRow]]:
    rows = mp.read_rows(table, header_last, choice.mapping)
    plan = repo.load_plan(db)
    agencies = repo.load_agencies(db)
    dump = dump_plan(db)
    existing = {(r["kode"], r["opd"]): r for r in dump["Indikator"]}
    existing_targets = {(r["id"], r["tahun"]): r for r in dump["Target"]}
    indicator_rows, target_rows = [], []
    for n, row in enumerate(rows, start=1):
        v = row.values
        problems = list(row.problems)
        opd = choice.node_opd if choice.node_type in ("program", "activity", "sub_activity") else None
        if opd is None:
            opd = match_agency(str(v.get("agency") or ""), agencies) if v.get("agency") else choice.default_opd
            if opd is None:
                problems.append(f"kolom Perangkat daerah: '{v.get('agency') or ''}' tidak dikenali sebagai OPD; "
                                "pilih OPD bawaan atau perbaiki namanya.")
        code = str(v.get("code") or "").strip() or f"{choice.node_code}-{n:02d}"
        name, unit = str(v.get("indicator") or ""), str(v.get("unit") or "")
        targets = v.get("targets", {})
        values = [*targets.values(), v.get("baseline"), v.get("end_target")]
        end = v.get("end_target")
        if end is None and targets:
            end = targets.get(plan.end_year, targets[max(targets)])
        definition = str(v.get("definition") or "")
        if v.get("frequency"):
            definition = (definition + "\n" if definition else "") + f"Frekuensi: {v['frequency']}"
        old = existing.get((code, opd), {})
        record = {**old, "kode": code, "nama": name, "satuan": unit, "opd": opd, "simpul": choice.node_type,
                  "kode_simpul": choice.node_code, "jenis": old.get("jenis") or KIND_BY_NODE[choice.node_type],
                  "polaritas": mp.suggest_polarity(name), "agregasi": mp.suggest_aggregation(name, unit),
                  "desimal": mp.suggest_decimals(values), "negatif": old.get("negatif") or "0",
                  "baseline": v.get("baseline", old.get("baseline")), "target_akhir": end,
                  "definisi": definition or old.get("definisi") or "",
                  "sumber": str(v.get("data_source") or old.get("sumber") or "")}
        if old:   # an indicator already in the plan keeps what the table does not say
            record.update({k: old[k] for k in ("desimal", "polaritas", "agregasi")})
        record.update(choice.overrides.get(row.row, {}))
        for key, label in (("nama", "Indikator"), ("satuan", "Satuan")):
            if not record[key]:
                problems.append(f"kolom {label}: kosong.")
        indicator_rows.append(SheetRow("Indikator", row.row, record, problems))
        for year, target in sorted(targets.items()):
            old_target = existing_targets.get((old.get("id"), year), {}) if old else {}
            target_rows.append(SheetRow("Target", row.row, {
                **{k: old_target.get(k) for k in ("tw1", "tw2", "tw3", "tw4")},
                "id": old.get("id"), "kode": code, "opd": opd, "tahun": year, "tahunan": target}))
    agency_codes = {a.code.lower(): a.code for a in agencies}
    preview = build_preview(dump, agency_codes, plan.years, {"Indikator": indicator_rows, "Target": target_rows},
                            table.file_name)
    for r in preview.rows:
        r.reasons = [reason.replace(f"Lembar '{r.sheet}'", f"Lembar '{table.sheet}'", 1) for reason in r.reasons]
    return preview, rows


def excluded_rows(source_rows: set[int]) -> frozenset:
    """Exclude source rows from an import: both the indicator and its targets."""
    return frozenset((sheet, r) for r in source_rows for sheet in ("Indikator", "Target"))


def apply_mapping(db: sqlite_utils.Database, preview: MasterPreview, user: User, headers: list[str], sheet: str,
                  first: int, last: int, mapping: dict[int, str], excluded: frozenset = frozenset()) -> ApplyResult:
    if not preview.changes and not preview.rejected:
        raise MasterDataRefused("Tidak ada baris indikator untuk diimpor; periksa pemetaan kolom dan baris judul.")
    result = apply_masterdata(db, preview, user, excluded, backup_kind="impor-rencana")
    remember(db, headers, sheet, first, last, mapping)
    return result
