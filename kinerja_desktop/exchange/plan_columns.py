"""What a plan table's column holds, told from its header text whatever the office wrote:
"KODEFIKASI" / "Kode" / "No. Kode" is the code, "Perangkat Daerah Penanggung Jawab" / "OPD" /
"PD Pengampu" the agency, "2022" / "Target 2022" a yearly target, "Kondisi Akhir" / "Target
Akhir RPJMD" the end target, and so on."""
from __future__ import annotations

import re

# Role -> the word a mapping file may use for it (Indonesian) and the label shown.
ROLE_WORDS = {"abaikan": "ignore", "kode": "code", "indikator": "indicator", "satuan": "unit",
              "kondisi_awal": "baseline", "target_akhir": "end_target", "opd": "agency",
              "definisi": "definition", "sumber_data": "data_source", "agregasi": "aggregation"}
LABELS = {"ignore": "(abaikan)", "code": "Kode", "indicator": "Indikator", "unit": "Satuan",
          "baseline": "Kondisi awal", "end_target": "Target akhir periode", "agency": "Perangkat daerah",
          "definition": "Definisi operasional", "data_source": "Sumber data", "aggregation": "Agregasi"}
NUMERIC_ROLES = {"baseline", "end_target"}


def plain(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", (text or "").lower()).split())


def canonical_role(word: str) -> str | None:
    w = word.strip().lower()
    if re.fullmatch(r"target:(19|20)\d\d", w):
        return w
    if w in LABELS:
        return w
    return ROLE_WORDS.get(w.replace(" ", "_"))


def role_label(role: str) -> str:
    return f"Target {role.split(':')[1]}" if role.startswith("target:") else LABELS.get(role, role)


_RULES = (
    ("end_target", r"kondisi (kinerja )?(pada )?akhir|target akhir|akhir periode|akhir rpjmd"),
    ("baseline", r"kondisi (kinerja )?awal|baseline|capaian awal|kondisi eksisting|tahun dasar"),
)
_LATER = (
    ("agency", r"perangkat daerah|\bopd\b|penanggung ?jawab|pengampu|\bskpd\b|\bpd\b|pelaksana|instansi|unit kerja"),
    ("code", r"kodefikasi|\bkode\b"),
    ("unit", r"\bsatuan\b"),
    ("definition", r"definisi|formula|rumus|cara (pengukuran|perhitungan)"),
    ("data_source", r"sumber data"),
    ("aggregation", r"agregasi|sifat (data|indikator)"),
    ("indicator", r"indikator"),
)
_HEADER_WORDS = re.compile(r"^(target|realisasi|capaian|kondisi|tahun|satuan|indikator|kode|no\.?|nomor|"
                           r"awal|akhir|rasio|pagu|tw|triwulan|keterangan|ket\.?)\b", re.I)


def propose_role(header: str) -> str:
    text = " ".join(header.lower().split())
    if not text or text in ("no", "no.", "nomor", "#"):
        return "ignore"
    if re.search(r"realisasi|capaian(?! awal)|\btw\b|triwulan", text):
        return "ignore"
    for role, pattern in _RULES:
        if re.search(pattern, text):
            return role
    year = re.search(r"\b((19|20)\d\d)\b", text)
    if year and not re.search(r"indikator|satuan|kode", text):
        return f"target:{year.group(1)}"
    for role, pattern in _LATER:
        if re.search(pattern, text):
            return role
    return "ignore"


def propose_mapping(headers: list[str]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for c, header in enumerate(headers):
        role = propose_role(header)
        if role != "ignore" and role in used:
            role = "ignore"          # the first column of a kind wins; a mapping may say otherwise
        mapping[c] = role
        used.add(role)
    return mapping


def header_like(text: str) -> bool:
    """A header cell below the first header row: a year, a known header word, a short label."""
    t = text.strip()
    return bool(re.fullmatch(r"(19|20)\d\d", t) or _HEADER_WORDS.match(t) or propose_role(t) != "ignore")


def numbering_row(texts: list[str]) -> bool:
    """The '1 2 3 4 …' (or '(1) (2) …') row printed under the headers of Indonesian tables."""
    values = [t.strip("() .") for t in texts if t]
    if len(values) < 3 or not all(v.isdigit() for v in values):
        return False
    numbers = [int(v) for v in values]
    return numbers[0] == 1 and numbers == sorted(numbers)


def looks_numeric(text: str) -> bool:
    return re.fullmatch(r"\s*-?[0-9][0-9.,]*\s*%?\s*", text or "") is not None


def aggregation_word(text: str) -> str | None:
    t = plain(text)
    if not t:
        return None
    if t in ("sum", "jumlah", "kumulatif", "akumulasi"):
        return "sum"
    if t in ("last", "akhir", "posisi akhir", "tetap", "status"):
        return "last"
    if t in ("mean", "rata rata", "ratarata"):
        return "mean"
    return None
