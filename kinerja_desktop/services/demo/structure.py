"""The programs, activities, sub-activities and their indicators of every demo OPD.

Codes follow Permendagri 90/2019 (urusan.bidang.program.2.kegiatan.sub_kegiatan). The support
program X.XX.01 is written with the OPD's first bidang, as real RKPD tables do. At scale N each
program gets N times the activities (numbered on) and N times the outcome indicators.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from kinerja_desktop.services.demo import catalog as cat
from kinerja_desktop.services.demo.names import ZERO_TARGET_OUTCOME, Spec, describe, output_indicator, program_outcomes, second_output, title_case, subject


@dataclass
class IndicatorSpec:
    id: int
    code: str
    name: str
    unit: str
    polarity: str
    aggregation: str
    decimals: int
    kind: str
    agency_id: int
    node_type: str
    node_id: int
    position: int
    allow_negative: int = 0
    definition: str = ""
    data_source: str = ""
    baseline: str | None = None
    baseline_year: int | None = None
    targets: dict[int, str] = field(default_factory=dict)     # year -> decimal text (given by the JSON)


@dataclass
class Structure:
    programs: list[tuple] = field(default_factory=list)       # (id, objective_id, agency_id, code, name)
    activities: list[tuple] = field(default_factory=list)     # (id, program_id, code, name)
    sub_activities: list[tuple] = field(default_factory=list)  # (id, activity_id, code, name)
    indicators: list[IndicatorSpec] = field(default_factory=list)
    # program -> activities -> (sub-activity id, its size class for the pagu)
    budget_tree: list[tuple[int, list[tuple[int, list[tuple[int, str]]]]]] = field(default_factory=list)
    next_indicator_id: int = 1
    agency_codes: dict[int, str] = field(default_factory=dict)


def objective_for(program_code: str) -> str:
    return cat.PROGRAM_OBJECTIVE.get(program_code) or cat.BIDANG_OBJECTIVE.get(program_code[:4], cat.FALLBACK_OBJECTIVE)


def programs_of(agency: dict, nomenclature: dict[str, tuple[str, str]]) -> list[tuple[str, str]]:
    """(code, title-cased name) of the programs an OPD runs, support program first."""
    support_code = f"{agency['bidang'][0]}.01"
    result = [(support_code, title_case(nomenclature["X.XX.01"][0]))]
    codes = cat.OPD_PROGRAMS.get(agency["code"]) or [
        code for code, (_, bidang) in nomenclature.items() if bidang in agency["bidang"]
    ]
    result += [(code, title_case(nomenclature[code][0])) for code in codes]
    return result


def known_activities(program_code: str, agency_code: str, examples: list[dict]) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """Real kegiatan / sub kegiatan for a program: the JSON's examples for their OPD, then the catalogue."""
    merged: dict[str, tuple[str, dict[str, str]]] = {}
    for suffix, name, subs in cat.KNOWN_ACTIVITIES.get(program_code, []):
        merged[suffix] = (name, dict(subs))
    for example in examples:
        if example["code"] != program_code or example["opd"] != agency_code:
            continue
        for keg in example["kegiatan"]:
            suffix = keg["code"][len(program_code) + 1:]
            old = merged.get(suffix, ("", {}))
            merged[suffix] = (keg["name"], old[1])
        for sub in example["sub_kegiatan"]:
            keg_code, sub_no = sub["code"].rsplit(".", 1)
            suffix = keg_code[len(program_code) + 1:]
            name, subs = merged.setdefault(suffix, (f"Kegiatan {suffix}", {}))
            subs[sub_no] = sub["name"]
    return [(suffix, name, sorted(subs.items())) for suffix, (name, subs) in sorted(merged.items())]


def build_structure(reference: dict, nomenclature: dict[str, tuple[str, str]], agencies: list[dict],
                    objective_ids: dict[str, int], scale: int, rng: random.Random, first_indicator_id: int) -> Structure:
    s = Structure(next_indicator_id=first_indicator_id, agency_codes={a["id"]: a["code"] for a in agencies})
    examples = reference.get("program_examples", [])
    ids = {"program": 0, "activity": 0, "sub": 0}
    for agency in agencies:
        for position, (code, name) in enumerate(programs_of(agency, nomenclature)):
            support = code.endswith(".01") and position == 0
            ids["program"] += 1
            program_id = ids["program"]
            objective = cat.SUPPORT_OBJECTIVE if support else objective_for(code)
            s.programs.append((program_id, objective_ids[objective], agency["id"], code, name))
            n_outcomes = sum(rng.choice((1, 1, 2)) for _ in range(scale))
            outcomes = program_outcomes(code, name, support, n_outcomes, rng)
            if support and agency["code"] in cat.ZERO_TARGET_AGENCIES:
                outcomes.append(ZERO_TARGET_OUTCOME)
            for number, spec in enumerate(outcomes, start=1):
                _add_indicator(s, spec, "outcome", agency["id"], "program", program_id, code, number)
            if support:
                real = [(a, n, rng.sample(subs, min(len(subs), rng.randint(2, 4))))
                        for a, n, subs in cat.SUPPORT_ACTIVITIES if a in ("2.01", "2.02", "2.06") or rng.random() < 0.6]
            else:
                real = known_activities(code, agency["code"], examples)
            activities = [(f"{code}.{a}", n, [(f"{code}.{a}.{no}", sn) for no, sn in sorted(subs)]
                           or _generic_subs(f"{code}.{a}", subject(n), rng)) for a, n, subs in real]
            number = max((int(a.split(".")[1]) for a, _, _ in real), default=0)
            copies = scale if not real else scale - 1
            for _ in range(copies):
                for a_name in rng.sample(cat.ACTIVITY_TEMPLATES, rng.randint(2, 4)):
                    number += 1
                    a_code = f"{code}.2.{number:02d}"
                    o = subject(name)
                    activities.append((a_code, a_name.format(o=o), _generic_subs(a_code, o, rng)))
            tree = []
            for a_code, a_name, subs in activities:
                ids["activity"] += 1
                activity_id = ids["activity"]
                s.activities.append((activity_id, program_id, a_code, a_name))
                _add_outputs(s, a_name, agency["id"], "activity", activity_id, a_code, rng)
                sub_ids = []
                for sub_code, sub_name in subs:
                    ids["sub"] += 1
                    s.sub_activities.append((ids["sub"], activity_id, sub_code, sub_name))
                    _add_outputs(s, sub_name, agency["id"], "sub_activity", ids["sub"], sub_code, rng)
                    sub_ids.append((ids["sub"], size_class(sub_name)))
                tree.append((activity_id, sub_ids))
            s.budget_tree.append((program_id, tree))
    return s


def size_class(name: str) -> str:
    """How big a sub-activity's budget is: salaries and construction dwarf meetings."""
    low = name.lower()
    if "gaji" in low:
        return "salary"
    if low.startswith(("pembangunan", "rehabilitasi", "pengadaan alat", "penyediaan fasilitas")) or "jalan" in low:
        return "works"
    return "routine"


def _generic_subs(activity_code: str, subject_name: str, rng: random.Random) -> list[tuple[str, str]]:
    templates = rng.sample(cat.SUB_ACTIVITY_TEMPLATES, rng.randint(2, 4))
    return [(f"{activity_code}.{i:04d}", t.format(o=subject_name)) for i, t in enumerate(templates, start=1)]


def _add_outputs(s: Structure, name: str, agency_id: int, node_type: str, node_id: int, code: str, rng: random.Random) -> None:
    _add_indicator(s, output_indicator(name), "output", agency_id, node_type, node_id, code, 1)
    if rng.random() < 0.45:
        _add_indicator(s, second_output(name, rng), "output", agency_id, node_type, node_id, code, number=2)


def _add_indicator(s: Structure, spec: Spec, kind: str, agency_id: int, node_type: str, node_id: int,
                   node_code: str, number: int) -> None:
    name, unit, polarity, aggregation, decimals = spec
    definition, data_source = describe(spec, kind, s.agency_codes[agency_id])
    s.indicators.append(IndicatorSpec(
        id=s.next_indicator_id, code=f"{node_code}-{number:02d}", name=name[:1].upper() + name[1:], unit=unit,
        polarity=polarity, aggregation=aggregation, decimals=decimals, kind=kind, agency_id=agency_id,
        node_type=node_type, node_id=node_id, position=number, definition=definition, data_source=data_source,
    ))
    s.next_indicator_id += 1
