"""A new plan period made from the old one (issue 13 point 2): the administrator names the next
RPJMD (or a transition RPD), keeps part of the structure (goals, objectives, programs …) and
carries indicators over, each as a new indicator of the new period linked old -> new
(indicator_link) with the reason and any change of definition or unit. The indicators not
carried end with the old period: they stay there with their values, nothing is deleted or
retired early (the old period still runs to its last year).

    preview = preview_new_period(db, request)      # checks only; NewPeriodRefused says why
    result = create_new_period(db, user, request)  # one transaction, audited, sealed

Every refusal is an Indonesian message naming what and where; nothing is written then.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

import sqlite_utils

from kinerja_desktop.domain.entities import Plan, User
from kinerja_desktop.domain.numbers import NumberFormatError, parse_number, to_text
from kinerja_desktop.services.realisations import now_iso
from kinerja_desktop.store import period_copy as pc
from kinerja_desktop.store import seals
from kinerja_desktop.store.audit_log import append_audit, audit_row
from kinerja_desktop.store.database import transaction
from kinerja_desktop.store.repositories import load_plans

KINDS = ("RPJMD", "RPD")
CARRY = ("all", "iku", "none")            # every indicator, the goal and objective indicators, none
KEEP = {"none": (), "goal": pc.LEVELS[:1], "objective": pc.LEVELS[:2], "program": pc.LEVELS[:3],
        "all": pc.LEVELS}
KEEP_WORDS = {"none": "tanpa struktur", "goal": "tujuan", "objective": "tujuan dan sasaran",
              "program": "tujuan, sasaran dan program", "all": "seluruh struktur (sampai sub kegiatan)"}
LEVEL_WORDS = {"goal": "tujuan", "objective": "sasaran", "program": "program", "activity": "kegiatan",
               "sub_activity": "sub kegiatan"}
IKU_LEVELS = ("goal", "objective")
DEFAULT_REASON = "Dilanjutkan ke periode baru"
MAX_YEARS = 10


class NewPeriodRefused(ValueError):
    """Nothing was written; the message says what and where."""


@dataclass(frozen=True)
class CarryItem:
    """One indicator to carry, with what changes in the new period (None: as it was)."""
    old_id: int
    reason: str = DEFAULT_REASON
    change_note: str = ""                  # the change of definition or unit, in words
    name: str | None = None
    unit: str | None = None
    definition: str | None = None
    targets: dict = field(default_factory=dict)   # year -> annual target as text; none given: empty
    end_target: str | None = None
    baseline: str | None = None
    baseline_year: int | None = None


@dataclass(frozen=True)
class NewPeriodRequest:
    name: str
    start_year: int
    end_year: int
    kind: str = "RPJMD"
    previous_id: int | None = None         # the old period; None: an empty period
    carry: str = "iku"                     # which indicators when `items` is None
    keep: str | None = None                # structure kept (KEEP); None: what `carry` needs
    items: tuple[CarryItem, ...] | None = None   # an explicit choice, one item per indicator


@dataclass(frozen=True)
class CarryLine:
    old: pc.OldIndicator
    item: CarryItem
    targets: dict                          # year -> canonical text
    end_target: str | None
    baseline: str | None


@dataclass(frozen=True)
class NewPeriodPreview:
    request: NewPeriodRequest
    previous: Plan | None
    levels: tuple[str, ...]
    nodes: dict                            # level -> how many are copied
    carried: list[CarryLine]
    ended: list[pc.OldIndicator]           # not carried: they end with the old period


@dataclass(frozen=True)
class NewPeriodResult:
    plan_id: int
    preview: NewPeriodPreview
    carried: dict                          # old indicator id -> new id

    @property
    def changed_ids(self) -> list[int]:
        return list(self.carried.values())


def _text(value: str | None, what: str, limit: int, required: bool = True) -> str:
    value = (value or "").strip()
    if required and not value:
        raise NewPeriodRefused(f"{what} wajib diisi.")
    if len(value) > limit:
        raise NewPeriodRefused(f"{what} terlalu panjang ({len(value)} karakter; paling banyak {limit}).")
    return value


def default_keep(carry: str) -> str:
    return "all" if carry == "all" else "objective"


def _check_period(plans: list[Plan], request: NewPeriodRequest) -> Plan | None:
    name = _text(request.name, "Nama periode", 100)
    if request.kind not in KINDS:
        raise NewPeriodRefused(f"Jenis periode harus RPJMD atau RPD, bukan '{request.kind}'.")
    start, end = request.start_year, request.end_year
    for year, what in ((start, "Tahun mulai"), (end, "Tahun akhir")):
        if not isinstance(year, int) or not 1990 <= year <= 2100:
            raise NewPeriodRefused(f"{what} periode {name} harus tahun empat angka (1990-2100), bukan '{year}'.")
    if end < start:
        raise NewPeriodRefused(f"Tahun akhir periode {name} ({end}) sebelum tahun mulainya ({start}).")
    if end - start + 1 > MAX_YEARS:
        raise NewPeriodRefused(f"Periode {name} ({start}-{end}) lebih dari {MAX_YEARS} tahun.")
    for plan in plans:
        where = f"periode {plan.name} ({plan.start_year}-{plan.end_year})"
        if plan.name.casefold() == name.casefold():
            raise NewPeriodRefused(f"Nama '{name}' sudah dipakai {where}; pilih nama lain.")
        if plan.start_year == start:
            raise NewPeriodRefused(f"Periode {name} ({start}-{end}) mulai pada tahun yang sama dengan {where}: "
                                   "tahun-tahunnya tidak dapat dibedakan.")
        if plan.start_year <= start and end <= plan.end_year:
            raise NewPeriodRefused(f"Periode {name} ({start}-{end}) seluruhnya berada di dalam {where}.")
        if start <= plan.start_year and plan.end_year <= end:
            raise NewPeriodRefused(f"Periode {name} ({start}-{end}) mencakup seluruh {where}.")
    previous = None
    if request.previous_id is not None:
        previous = next((p for p in plans if p.id == request.previous_id), None)
        if previous is None:
            names = ", ".join(f"{p.id} ({p.name})" for p in plans) or "belum ada"
            raise NewPeriodRefused(f"Periode asal {request.previous_id} tidak ada. Periode yang ada: {names}.")
        if previous.start_year >= start:
            raise NewPeriodRefused(f"Periode {name} ({start}-{end}) harus mulai sesudah periode asalnya "
                                   f"{previous.name} ({previous.start_year}-{previous.end_year}).")
    return previous


def _number(text, decimals: int, allow_negative: bool, what: str) -> str | None:
    try:
        value = parse_number(str(text), decimals)
    except NumberFormatError as exc:
        raise NewPeriodRefused(f"{what}: {exc}") from exc
    if value is not None and value < 0 and not allow_negative:
        raise NewPeriodRefused(f"{what} tidak boleh negatif.")
    return to_text(value)


def _carry_line(old: pc.OldIndicator, item: CarryItem, request: NewPeriodRequest) -> CarryLine:
    where = f"indikator {old.code} ({old.name})"
    _text(item.reason, f"Alasan membawa {where}", 500)
    _text(item.change_note, f"Catatan perubahan {where}", 1000, required=False)
    if item.name is not None:
        _text(item.name, f"Nama baru {where}", 500)
    if item.unit is not None:
        _text(item.unit, f"Satuan baru {where}", 40)
    targets = {}
    for year, text in sorted((item.targets or {}).items()):
        if not isinstance(year, int) or not request.start_year <= year <= request.end_year:
            raise NewPeriodRefused(f"Target {old.code} tahun {year} di luar periode {request.name} "
                                   f"({request.start_year}-{request.end_year}).")
        value = _number(text, old.decimals, old.allow_negative, f"Target {old.code} {year}")
        if value is not None:
            targets[year] = value
    end = None if item.end_target is None else _number(item.end_target, old.decimals, old.allow_negative,
                                                       f"Target akhir {old.code}")
    baseline = None if item.baseline is None else _number(item.baseline, old.decimals, True, f"Baseline {old.code}")
    if item.baseline_year is not None and not (isinstance(item.baseline_year, int) and 1990 <= item.baseline_year <= 2100):
        raise NewPeriodRefused(f"Tahun baseline {old.code} harus tahun empat angka, bukan '{item.baseline_year}'.")
    return CarryLine(old, item, targets, end, baseline)


def period_indicators(db: sqlite_utils.Database, plan_id: int) -> list[pc.OldIndicator]:
    """The active indicators of a period, to choose from (the new-period dialog)."""
    return pc.old_indicators(db, plan_id=plan_id)


def preview_new_period(db: sqlite_utils.Database, request: NewPeriodRequest) -> NewPeriodPreview:
    """What `create_new_period` would do, checked; NewPeriodRefused when it cannot be done."""
    previous = _check_period(load_plans(db), request)
    if request.carry not in CARRY:
        raise NewPeriodRefused(f"Pilihan indikator yang dibawa harus all, iku atau none, bukan '{request.carry}'.")
    keep = request.keep or (default_keep(request.carry) if previous is not None else "none")
    if keep not in KEEP:
        raise NewPeriodRefused(f"Struktur yang dipertahankan harus salah satu dari {', '.join(KEEP)}, bukan '{keep}'.")
    levels = KEEP[keep]
    if previous is None:
        if levels or request.items or (request.items is None and request.carry != "none"):
            raise NewPeriodRefused(f"Periode {request.name} tidak mempunyai periode asal: tidak ada struktur atau "
                                   "indikator yang dapat dibawa. Pilih periode asal, atau bawa 'none'.")
        return NewPeriodPreview(request, None, (), {}, [], [])
    nodes = {level: set(pc.active_nodes(db, previous.id, level)) for level in levels}
    active = pc.old_indicators(db, plan_id=previous.id)
    if request.items is None:
        wanted = [o for o in active if request.carry == "all" or (request.carry == "iku" and o.node_type in IKU_LEVELS)]
        pairs = [(o, CarryItem(o.id)) for o in wanted]
    else:
        ids = [item.old_id for item in request.items]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise NewPeriodRefused(f"Indikator dengan id {', '.join(map(str, twice))} dipilih lebih dari sekali.")
        found = {o.id: o for o in pc.old_indicators(db, ids=ids)}
        pairs = []
        for item in request.items:
            old = found.get(item.old_id)
            if old is None:
                raise NewPeriodRefused(f"Indikator dengan id {item.old_id} tidak ada.")
            pairs.append((old, item))
    carried = []
    for old, item in pairs:
        where = f"Indikator {old.code} ({old.name})"
        if old.plan_id != previous.id:
            raise NewPeriodRefused(f"{where} bukan indikator periode asal {previous.name}; tidak dapat dibawa.")
        if old.retired:
            raise NewPeriodRefused(f"{where} sudah dipensiunkan; indikator yang dipensiunkan tidak dibawa ke "
                                   "periode baru. Aktifkan dulu bila memang dilanjutkan.")
        if old.linked_to is not None:
            raise NewPeriodRefused(f"{where} sudah dibawa ke periode lain (indikator id {old.linked_to}); "
                                   "satu indikator hanya dapat dibawa sekali.")
        if old.node_type not in levels:
            raise NewPeriodRefused(f"{where} melekat pada {LEVEL_WORDS[old.node_type]}, padahal struktur yang "
                                   f"dipertahankan hanya {KEEP_WORDS[keep]}. Pertahankan strukturnya juga, atau "
                                   "jangan bawa indikator ini.")
        if old.node_id not in nodes[old.node_type]:
            raise NewPeriodRefused(f"{where} melekat pada {LEVEL_WORDS[old.node_type]} yang sudah dipensiunkan.")
        carried.append(_carry_line(old, item, request))
    taken = {line.old.id for line in carried}
    ended = [o for o in active if o.id not in taken]
    return NewPeriodPreview(request, previous, levels, {level: len(ids) for level, ids in nodes.items()}, carried, ended)


def create_new_period(db: sqlite_utils.Database, user: User, request: NewPeriodRequest,
                      source: str = "admin", *, stamp: str | None = None, seal: bool = True) -> NewPeriodResult:
    """Create the period, copy the structure kept and carry the indicators, in one transaction
    (checked again inside it), audited (entity 'plan' / 'target') and sealed. `stamp` fixes the
    time written (the demo is the same on every build); `seal=False` only for a caller that seals
    the whole plan itself before its transaction ends (the demo build)."""
    if user is None or user.role != "administrator":
        raise NewPeriodRefused("Hanya administrator yang dapat membuat periode rencana baru.")
    stamp = stamp or now_iso()
    with transaction(db):
        preview = preview_new_period(db, request)
        req = preview.request
        plan_id = pc.insert_plan(db, req.name.strip(), req.kind, req.start_year, req.end_year, req.previous_id)
        node_ids = pc.copy_structure(db, req.previous_id, plan_id, preview.levels) if preview.previous else {}
        carried, targets, ends, audit = {}, [], [], []
        for line in preview.carried:
            fields = pc.indicator_fields(db, line.old.id)
            item = line.item
            fields.update({k: v.strip() for k, v in (("name", item.name), ("unit", item.unit),
                                                     ("definition", item.definition)) if v is not None})
            if line.baseline is not None:
                fields.update(baseline=line.baseline, baseline_year=item.baseline_year)
            new_id = pc.insert_indicator(db, fields, line.old.node_type, node_ids[(line.old.node_type, line.old.node_id)])
            pc.insert_link(db, line.old.id, new_id, item.reason.strip(), item.change_note.strip(), stamp, user.username)
            carried[line.old.id] = new_id
            targets += [(new_id, year, 0, value) for year, value in line.targets.items()]
            if line.end_target is not None:
                ends.append((new_id, line.end_target))
            audit.append(audit_row(stamp, user.username, "plan", source, indicator_id=new_id,
                                   agency_id=line.old.agency_id, new=_json({
                                       "periode": req.name, "dibawa_dari": line.old.id, "kode": line.old.code,
                                       "alasan": item.reason.strip(), "perubahan": item.change_note.strip()})))
            audit += [audit_row(stamp, user.username, "target", source, indicator_id=new_id,
                                agency_id=line.old.agency_id, year=year, quarter=0, new=value)
                      for year, value in line.targets.items()]
            if line.end_target is not None:
                audit.append(audit_row(stamp, user.username, "target", source, indicator_id=new_id,
                                       agency_id=line.old.agency_id, new=line.end_target))
        pc.insert_targets(db, targets)
        pc.insert_end_targets(db, ends)
        append_audit(db, [audit_row(stamp, user.username, "plan", source, new=_json({
            "periode_baru": req.name, "id": plan_id, "jenis": req.kind, "tahun": f"{req.start_year}-{req.end_year}",
            "dari": preview.previous.name if preview.previous else None, "struktur": preview.nodes,
            "dibawa": len(carried), "berakhir": len(preview.ended)}))] + audit)
        owners = {line.old.agency_id for line in preview.carried}
        if "program" in preview.levels:
            owners |= set(pc.program_owners(db, plan_id))
        if seal:
            seals.seal_plan(db, stamp, {None} | owners)
    return NewPeriodResult(plan_id, preview, carried)


def _json(values: dict) -> str:
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def preview_lines(preview: NewPeriodPreview) -> list[str]:
    """The preview as text a person reads (the command line's --dry-run and its result)."""
    req = preview.request
    lines = [f"Periode baru: {req.name.strip()} ({req.kind}, {req.start_year}-{req.end_year})"]
    if preview.previous is None:
        lines.append("Periode asal: tidak ada (periode kosong; isi rencananya di Administrasi > Rencana dan indikator).")
        return lines
    prev = preview.previous
    lines.append(f"Periode asal: {prev.name} ({prev.start_year}-{prev.end_year})")
    kept = ", ".join(f"{preview.nodes[level]} {LEVEL_WORDS[level]}" for level in preview.levels) or "tidak ada"
    lines.append(f"Struktur yang disalin: {kept}")
    lines.append(f"Indikator dibawa: {len(preview.carried)}")
    for line in preview.carried:
        note = f"; perubahan: {line.item.change_note.strip()}" if line.item.change_note.strip() else ""
        given = f"; target {', '.join(f'{y}={v}' for y, v in line.targets.items())}" if line.targets else ""
        lines.append(f"  + {line.old.code} {line.item.name or line.old.name} ({line.item.unit or line.old.unit})"
                     f" — {line.item.reason.strip()}{note}{given}")
    lines.append(f"Indikator yang berakhir bersama {prev.name} (tetap tersimpan dengan nilainya): {len(preview.ended)}")
    for old in preview.ended[:50]:
        lines.append(f"  - {old.code} {old.name}")
    if len(preview.ended) > 50:
        lines.append(f"  - dan {len(preview.ended) - 50} lainnya")
    if preview.carried:
        lines.append(f"Target tahun {req.start_year}-{req.end_year} indikator yang dibawa kosong kecuali yang "
                     "disebut; isi di Administrasi > Rencana dan indikator.")
    return lines
