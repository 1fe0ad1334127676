"""Comparing a master-data workbook with the plan in the database: each row is new, changed,
unchanged or rejected (with its reasons: sheet, row, column). References are resolved against
the database plus the workbook's own accepted rows, sheet by sheet in plan order."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from kinerja_desktop.exchange.masterdata_format import SHEET_ORDER, SHEETS
from kinerja_desktop.exchange.masterdata_read import SheetRow

STATUS_LABELS = {"new": "baru", "changed": "berubah", "unchanged": "tetap", "rejected": "ditolak",
                 "excluded": "dikecualikan"}
NODE_SHEET = {"goal": "Tujuan", "objective": "Sasaran", "program": "Program", "activity": "Kegiatan",
              "sub_activity": "Sub Kegiatan"}


@dataclass
class RowPreview:
    sheet: str
    row: int
    key: tuple
    written_key: tuple           # the key as the workbook wrote it (before an ID was found for it)
    status: str
    reasons: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    values: dict = field(default_factory=dict)
    existing: dict | None = None

    @property
    def label(self) -> str:
        """The row's key as shown ("DINKES / 1.02.01"); made when shown, not for every row."""
        return _label(self.written_key)


def _label(key: tuple) -> str:
    return " / ".join(str(k) for k in key if k not in (None, "baru"))


@dataclass
class MasterPreview:
    file_name: str
    rows: list[RowPreview]
    sheet_rows: dict[str, list[SheetRow]]
    plan_id: int | None = None      # the plan period compared with (None: the first)

    def of(self, status: str) -> list[RowPreview]:
        return [r for r in self.rows if r.status == status]

    @property
    def rejected(self) -> list[RowPreview]:
        return self.of("rejected")

    @property
    def changes(self) -> list[RowPreview]:
        return [r for r in self.rows if r.status in ("new", "changed")]

    def counts(self) -> dict[str, Counter]:
        result: dict[str, Counter] = {name: Counter() for name in SHEET_ORDER}
        for r in self.rows:
            result[r.sheet][r.status] += 1
        return result

    def summary(self) -> str:
        total = Counter(r.status for r in self.rows)
        return ", ".join(f"{total[s]} {STATUS_LABELS[s]}" for s in ("new", "changed", "unchanged", "rejected", "excluded")
                         if total[s] or s != "excluded")


def _empty(v) -> bool:
    return v is None or v == ""


def same(a, b) -> bool:
    if _empty(a) or _empty(b):
        return _empty(a) and _empty(b)
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        return Decimal(str(a)) == Decimal(str(b))
    return str(a) == str(b)


def _same_quick(a, b) -> bool:
    """same(a, b), answered without conversions when both are equal values of one type (not
    float: 0.0 == -0.0 but their texts differ)."""
    if type(a) is type(b) and a == b and type(a) is not float:
        return True
    return same(a, b)


def _all_quick_same(keys: tuple, old: dict, new: dict) -> bool:
    """True when _same_quick holds for every key at once (the usual row of a round trip): equal
    values of one type each, no float among them. False says nothing: compare field by field."""
    a, b = tuple(map(old.get, keys)), tuple(map(new.get, keys))
    if a != b:
        return False
    types = tuple(map(type, b))
    return types == tuple(map(type, a)) and float not in types


def _show(v) -> str:
    return "(kosong)" if _empty(v) else str(v)


KEY_FIELDS = {"Tujuan": ("kode",), "Sasaran": ("kode",), "Program": ("opd", "kode"),
              "Kegiatan": ("opd", "program", "kode"), "Sub Kegiatan": ("opd", "program", "kegiatan", "kode"),
              "Anggaran": ("opd", "tingkat", "kode", "tahun")}


class _Checker:
    """State of the comparison: what exists in the database and what the workbook adds."""

    def __init__(self, dump: dict[str, list[dict]], agencies: dict[str, str], years: range):
        self.dump = dump
        self.agencies = agencies          # lower-case code -> canonical code
        self.years = years
        self.existing: dict[str, dict[tuple, dict]] = {name: {} for name in SHEET_ORDER}
        for name in SHEET_ORDER:
            for row in dump.get(name, []):
                self.existing[name][self.key(name, row)] = row
        self.known: dict[str, set] = {name: set(self.existing[name]) for name in SHEET_ORDER}
        self.by_code: dict[str, Counter] = {"activity": Counter(), "sub_activity": Counter()}
        for (opd, _program, code) in self.known["Kegiatan"]:
            self.by_code["activity"][(opd, code)] += 1
        for (opd, _program, _activity, code) in self.known["Sub Kegiatan"]:
            self.by_code["sub_activity"][(opd, code)] += 1
        # Retired nodes (plan maintenance retires a node with everything under it), by sheet key;
        # activities and sub-activities also by OPD + code, as indicator rows name them.
        self.retired: dict[str, set] = {name: {k for k, row in self.existing[name].items() if row.get("nonaktif")}
                                        for name in NODE_SHEET.values()}
        self.retired_codes = {"activity": {(k[0], k[2]) for k in self.retired["Kegiatan"]},
                              "sub_activity": {(k[0], k[3]) for k in self.retired["Sub Kegiatan"]}}
        self.indicator_ids = {row["id"]: row for row in dump.get("Indikator", [])}
        self.indicator_codes = {(row["kode"], row["opd"]): row["id"] for row in dump.get("Indikator", [])}
        self.new_indicators: set[tuple] = set()

    @staticmethod
    def key(sheet: str, v: dict) -> tuple:
        if sheet == "Indikator":
            return (v.get("id"),) if v.get("id") is not None else ("baru", v.get("kode"), v.get("opd"))
        if sheet == "Target":
            ref = (v.get("id"),) if v.get("id") is not None else ("baru", v.get("kode"), v.get("opd"))
            return ref + (v.get("tahun"),)
        return tuple([v.get(k) for k in KEY_FIELDS[sheet]])

    def node_exists(self, node_type: str, opd: str, code: str) -> str | None:
        """None when the node can be found, else the reason."""
        if node_type == "goal":
            return None if (code,) in self.known["Tujuan"] else f"tujuan '{code}' tidak ada."
        if node_type == "objective":
            return None if (code,) in self.known["Sasaran"] else f"sasaran '{code}' tidak ada."
        if node_type == "program":
            return None if (opd, code) in self.known["Program"] else f"program '{code}' milik OPD {opd} tidak ada."
        count = self.by_code[node_type][(opd, code)]
        word = "kegiatan" if node_type == "activity" else "sub kegiatan"
        if count == 0:
            return f"{word} '{code}' milik OPD {opd} tidak ada."
        if count > 1:
            return f"kode {word} '{code}' dipakai lebih dari sekali di OPD {opd}; tidak jelas yang mana."
        return None


def build_preview(dump, agencies, years, sheet_rows: dict[str, list[SheetRow]], file_name: str,
                  excluded: frozenset = frozenset(), plan_id: int | None = None) -> MasterPreview:
    checker = _Checker(dump, agencies, years)
    rows: list[RowPreview] = []
    for name in SHEET_ORDER:
        seen: dict[tuple, int] = {}
        compared = [f for f in SHEETS[name] if f.key not in ("id",)
                    and not (name == "Target" and f.key in ("kode", "opd"))]
        compared_keys = tuple(f.key for f in compared)
        for sr in sheet_rows.get(name, []):
            v = dict(sr.values)
            reasons = list(sr.problems)
            _canonical_opd(v, checker, reasons)
            if name in ("Indikator", "Target") and v.get("id") is not None and v["id"] not in checker.indicator_ids:
                # An ID from another database (a workbook exported elsewhere): known by code and OPD.
                v["id"] = None
            key = written = checker.key(name, v)
            if (name, sr.row) in excluded:
                rows.append(RowPreview(name, sr.row, key, written, "excluded", values=v))
                continue
            if key in seen:
                reasons.append(f"duplikat: kunci {_label(key)} sudah dipakai di baris {seen[key]}.")
            else:
                seen[key] = sr.row
            if not reasons:
                _check_references(name, v, checker, reasons)
            if not reasons:
                _check_retirement(name, key, v, checker, reasons)
            if reasons:
                prefix = f"Lembar '{name}' baris {sr.row}: "
                rows.append(RowPreview(name, sr.row, key, written, "rejected", [prefix + r for r in reasons], values=v))
                continue
            old = checker.existing[name].get(key)
            if name == "Indikator" and old is None and key[0] == "baru":
                known_id = checker.indicator_codes.get((v["kode"], v["opd"]))
                if known_id is not None:   # an existing indicator written without its ID
                    v["id"] = known_id
                    key = (known_id,)
                    old = checker.existing[name].get(key)
            if name == "Target" and old is None and key[0] == "baru":
                known_id = checker.indicator_codes.get((v["kode"], v["opd"]))
                if known_id is not None:
                    v["id"] = known_id
                    key = (known_id, v["tahun"])
                    old = checker.existing[name].get(key)
            _accept(name, key, v, checker)
            if old is None:
                rows.append(RowPreview(name, sr.row, key, written, "new", values=v))
                continue
            changes = [] if _all_quick_same(compared_keys, old, v) else [
                f"{f.header}: {_show(old.get(f.key))} \u2192 {_show(v.get(f.key))}"
                for f in compared if (f.key in v or not f.optional_column)
                and not _same_quick(old.get(f.key), v.get(f.key))]
            rows.append(RowPreview(name, sr.row, key, written, "changed" if changes else "unchanged", [], changes, v,
                                   old))
    return MasterPreview(file_name, rows, sheet_rows, plan_id)


def _canonical_opd(v: dict, checker: _Checker, reasons: list[str]) -> None:
    if v.get("opd"):
        code = checker.agencies.get(str(v["opd"]).lower())
        if code is None:
            reasons.append(f"kolom 'Kode OPD': OPD '{v['opd']}' tidak terdaftar.")
        else:
            v["opd"] = code


def _check_references(name: str, v: dict, c: _Checker, reasons: list[str]) -> None:
    if name == "Sasaran" and (v["tujuan"],) not in c.known["Tujuan"]:
        reasons.append(f"kolom 'Kode tujuan': tujuan '{v['tujuan']}' tidak ada.")
    elif name == "Program" and (v["sasaran"],) not in c.known["Sasaran"]:
        reasons.append(f"kolom 'Kode sasaran': sasaran '{v['sasaran']}' tidak ada.")
    elif name == "Kegiatan" and (v["opd"], v["program"]) not in c.known["Program"]:
        reasons.append(f"kolom 'Kode program': program '{v['program']}' milik OPD {v['opd']} tidak ada.")
    elif name == "Sub Kegiatan" and (v["opd"], v["program"], v["kegiatan"]) not in c.known["Kegiatan"]:
        reasons.append(f"kolom 'Kode kegiatan': kegiatan '{v['kegiatan']}' (program {v['program']}, "
                       f"OPD {v['opd']}) tidak ada.")
    elif name == "Indikator":
        problem = c.node_exists(v["simpul"], v["opd"], v["kode_simpul"])
        if problem:
            reasons.append(f"kolom 'Kode tujuan/sasaran/program/kegiatan/sub kegiatan': {problem}")
        if not 0 <= v["desimal"] <= 6:
            reasons.append(f"kolom 'Desimal': {v['desimal']} di luar 0 sampai 6.")
        if v.get("tahun_baseline") is not None and not 1900 <= v["tahun_baseline"] <= 2200:
            reasons.append(f"kolom 'Tahun kondisi awal': {v['tahun_baseline']} bukan tahun.")
    elif name == "Target":
        known = v.get("id") is not None or (v["kode"], v["opd"]) in c.indicator_codes
        if not known and ("baru", v["kode"], v["opd"]) not in c.new_indicators:
            reasons.append(f"kolom 'Kode indikator': indikator '{v['kode']}' milik OPD {v['opd']} tidak ada.")
        _check_year(v, c, reasons)
    elif name == "Anggaran":
        problem = c.node_exists(v["tingkat"], v["opd"], v["kode"])
        if problem:
            reasons.append(f"kolom 'Kode program/kegiatan/sub kegiatan': {problem}")
        _check_year(v, c, reasons)
        if v["pagu"] is not None and v["pagu"] < 0:
            reasons.append("kolom 'Pagu (Rp)': pagu tidak boleh negatif.")


PARENT = {"Sasaran": ("Tujuan", ("tujuan",)), "Program": ("Sasaran", ("sasaran",)),
          "Kegiatan": ("Program", ("opd", "program")), "Sub Kegiatan": ("Kegiatan", ("opd", "program", "kegiatan"))}
NODE_WORDS = {"goal": "tujuan", "objective": "sasaran", "program": "program", "activity": "kegiatan",
              "sub_activity": "sub kegiatan"}


def _check_retirement(name: str, key: tuple, v: dict, c: _Checker, reasons: list[str]) -> None:
    """Retiring a node takes everything under it along, so it is done in plan maintenance, not
    row by row here: a workbook may state a node's retirement only as the database has it (or
    for a new node), and nothing active may sit on a retired node."""
    retired = bool(v.get("nonaktif"))
    if name in c.retired:
        old = c.existing[name].get(key)
        if old is not None:              # an existing node keeps the retirement the database gives it
            if "nonaktif" in v:
                if retired != bool(old.get("nonaktif")):
                    reasons.append("kolom 'Nonaktif sejak': simpul dipensiunkan atau diaktifkan kembali di Data > "
                                   "Rencana dan indikator (semua yang di bawahnya ikut), bukan lewat buku kerja.")
                    return
                v.pop("nonaktif")        # the same state; the time stamp stays the database's
            return
        parent = PARENT.get(name)
        if not retired and parent and tuple(v.get(k) for k in parent[1]) in c.retired[parent[0]]:
            reasons.append(f"induknya di lembar '{parent[0]}' sudah dipensiunkan; isi 'Nonaktif sejak' atau aktifkan "
                           "induknya di Data > Rencana dan indikator.")
            return
        if retired:
            c.retired[name].add(key)
            if name == "Kegiatan":
                c.retired_codes["activity"].add((key[0], key[2]))
            elif name == "Sub Kegiatan":
                c.retired_codes["sub_activity"].add((key[0], key[3]))
    elif name == "Indikator" and not retired:
        node_type, code, opd = v["simpul"], v["kode_simpul"], v["opd"]
        if node_type in c.retired_codes:
            on_retired = (opd, code) in c.retired_codes[node_type]
        else:
            on_retired = ((code,) if node_type in ("goal", "objective") else (opd, code)) in c.retired[NODE_SHEET[node_type]]
        if on_retired:
            reasons.append(f"melekat pada {NODE_WORDS[node_type]} '{code}' yang sudah dipensiunkan; isi 'Nonaktif sejak' "
                           "atau aktifkan simpulnya di Data > Rencana dan indikator.")


def _check_year(v: dict, c: _Checker, reasons: list[str]) -> None:
    if v["tahun"] not in c.years:
        reasons.append(f"kolom 'Tahun': {v['tahun']} di luar periode rencana ({c.years.start}-{c.years.stop - 1}).")


def _accept(name: str, key: tuple, v: dict, c: _Checker) -> None:
    c.known[name].add(key)
    if name == "Kegiatan" and key not in c.existing[name]:
        c.by_code["activity"][(v["opd"], v["kode"])] += 1
    elif name == "Sub Kegiatan" and key not in c.existing[name]:
        c.by_code["sub_activity"][(v["opd"], v["kode"])] += 1
    elif name == "Indikator" and key[0] == "baru":
        c.new_indicators.add(key)


