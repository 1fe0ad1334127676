"""Plausible Indonesian names for the demo's programs, activities and indicators.

An indicator spec is a tuple (name, unit, polarity, aggregation, decimals); the kind of measure
follows from the node's leading verb, as in real RKPD tables ("Penyusunan Dokumen X" is counted
in documents, "Sosialisasi X" in participants, "Pembangunan Jalan" in km).
"""
from __future__ import annotations

import random

from kinerja_desktop.services.demo.catalog import ACRONYMS, SMALL_WORDS, VERBS

Spec = tuple[str, str, str, str, int]


def title_case(upper_name: str) -> str:
    """'PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)' -> 'Program Pengelolaan Sumber Daya Air (SDA)'."""
    words = []
    for i, word in enumerate(upper_name.split()):
        bare = word.strip(",")
        if bare in ACRONYMS or bare.startswith("(") and bare.endswith(")"):
            words.append(word)
        elif i and word.lower() in SMALL_WORDS:
            words.append(word.lower())
        else:
            words.append("/".join(part.capitalize() for part in word.lower().split("/")))
    return " ".join(words)


def sentence(name: str) -> str:
    """Lower-case for use inside a sentence, keeping acronyms (UKM, RKA-SKPD, (SDA))."""
    out = []
    for word in name.split():
        letters = [c for c in word if c.isalpha()]
        keep = len(letters) > 1 and all(c.isupper() for c in letters)
        out.append(word if keep else word.lower())
    return " ".join(out)


def subject(name: str) -> str:
    """The name without its leading verbs: 'Penyusunan Dokumen Perencanaan X' -> 'Dokumen Perencanaan X'."""
    words = name.replace(",", "").split()
    keep = 2 if len(words) >= 3 else 1     # "Pembangunan Daerah", not just "Daerah"
    i = 0
    while i < len(words) - keep and words[i].lower() in VERBS:
        i += 1
    return " ".join(words[i:]) or name


DOCUMENT_VERBS = {"penyusunan", "koordinasi", "perencanaan", "evaluasi", "perumusan"}
PEOPLE_VERBS = {"sosialisasi", "bimbingan", "pelatihan", "penyuluhan", "pembinaan", "peningkatan",
                "advokasi", "fasilitasi", "pendidikan"}
BUILD_VERBS = {"pembangunan": "dibangun", "rehabilitasi": "direhabilitasi", "pemeliharaan": "dipelihara",
               "pengadaan": "diadakan", "penyediaan": "disediakan"}
REPORT_VERBS = {"monitoring", "pendataan", "pemetaan", "pengelolaan", "penyelenggaraan", "pelaksanaan"}


def output_indicator(name: str) -> Spec:
    """The main output indicator of an activity or sub-activity."""
    first = name.split()[0].lower().strip(",/")
    o = sentence(subject(name))
    low = name.lower()
    if low.startswith("pengelolaan pelayanan kesehatan"):
        who = health_target_group(name)
        return (f"Persentase {who} yang mendapatkan pelayanan kesehatan sesuai standar", "persen", "positive", "last", 2)
    if first in BUILD_VERBS:
        if "jalan" in o:
            return (f"Panjang {o} yang {BUILD_VERBS[first]}", "km", "positive", "sum", 2)
        unit = "paket" if first in ("pengadaan", "penyediaan") else "unit"
        return (f"Jumlah {o} yang {BUILD_VERBS[first]}", unit, "positive", "sum", 0)
    if first in DOCUMENT_VERBS:
        if o.startswith(("dokumen", "laporan")):
            return (f"Jumlah {o} yang disusun", "dokumen", "positive", "sum", 0)
        return (f"Jumlah dokumen hasil {sentence(name)}", "dokumen", "positive", "sum", 0)
    if first in PEOPLE_VERBS:
        return (f"Jumlah orang yang mengikuti {sentence(name)}", "orang", "positive", "sum", 0)
    if first in REPORT_VERBS:
        return (f"Jumlah laporan {sentence(name)}", "laporan", "positive", "sum", 0)
    return (f"Jumlah kegiatan {sentence(name)} yang dilaksanakan", "kegiatan", "positive", "sum", 0)


# Second indicator of a node, by the family of its leading verb; {o} subject, {n} whole name.
SECOND_OUTPUTS: dict[str, list[Spec]] = {
    "document": [("Persentase dokumen {o} yang selesai tepat waktu", "persen", "positive", "mean", 2),
                 ("Rata-rata waktu penyusunan {o}", "hari", "negative", "mean", 1)],
    "people": [("Persentase peserta {n} yang meningkat pemahamannya", "persen", "positive", "mean", 2),
               ("Jumlah desa/kelurahan sasaran {n}", "desa", "positive", "last", 0)],
    "build": [("Persentase {o} dalam kondisi baik", "persen", "positive", "last", 2),
              ("Rata-rata waktu penyelesaian pekerjaan {n}", "hari", "negative", "mean", 1)],
    "provide": [("Persentase {o} yang tersedia tepat waktu", "persen", "positive", "mean", 2),
                ("Jumlah pengaduan terkait {o}", "kasus", "negative", "sum", 0)],
    "report": [("Persentase data {o} yang mutakhir", "persen", "positive", "last", 2),
               ("Jumlah desa/kelurahan yang terlayani {n}", "desa", "positive", "last", 0)],
    "health": [("Jumlah {o} yang mendapatkan pelayanan kesehatan sesuai standar", "orang", "positive", "sum", 0)],
    "other": [("Persentase {n} yang terlaksana sesuai jadwal", "persen", "positive", "mean", 2),
              ("Jumlah pengaduan terkait {o}", "kasus", "negative", "sum", 0)],
}

OUTCOMES: list[tuple[str, str, str, str, int]] = [
    ("Indeks kepuasan masyarakat terhadap layanan {o}", "poin", "positive", "last", 2),
    ("Persentase pelaksanaan {p} sesuai standar", "persen", "positive", "last", 2),
    ("Persentase permasalahan {o} yang tertangani", "persen", "positive", "last", 2),
    ("Persentase {o} yang belum memenuhi standar", "persen", "negative", "last", 2),
    ("Jumlah pengaduan masyarakat terkait {o}", "kasus", "negative", "sum", 0),
    ("Rata-rata capaian standar pelayanan {o}", "persen", "positive", "mean", 2),
]
SUPPORT_OUTCOMES: list[Spec] = [
    ("Nilai evaluasi SAKIP perangkat daerah", "poin", "positive", "last", 2),
    ("Persentase penyerapan anggaran perangkat daerah", "persen", "positive", "last", 2),
]
# Target 0 at the agencies that audit or are audited most (demo_catalog.ZERO_TARGET_AGENCIES).
ZERO_TARGET_OUTCOME: Spec = ("Jumlah temuan pemeriksaan yang belum ditindaklanjuti", "temuan", "negative", "sum", 0)
PROGRAM_OUTCOMES: dict[str, list[Spec]] = {
    "1.02.02": [("Persentase fasilitas pelayanan kesehatan yang terakreditasi", "persen", "positive", "last", 2),
                ("Cakupan pelayanan kesehatan sesuai standar pelayanan minimal", "persen", "positive", "last", 2)],
    "1.02.03": [("Persentase puskesmas dengan sembilan jenis tenaga kesehatan sesuai standar", "persen", "positive", "last", 2)],
    "1.01.02": [("Angka partisipasi murni SD/MI", "persen", "positive", "last", 2),
                ("Angka partisipasi murni SMP/MTs", "persen", "positive", "last", 2)],
    "1.03.10": [("Persentase panjang jalan kabupaten dalam kondisi mantap", "persen", "positive", "last", 2)],
    "1.03.02": [("Persentase jaringan irigasi dalam kondisi baik", "persen", "positive", "last", 2)],
    "2.11.11": [("Persentase sampah rumah tangga yang tertangani", "persen", "positive", "last", 2)],
}


def family(name: str) -> str:
    first = name.split()[0].lower().strip(",/")
    if name.lower().startswith("pengelolaan pelayanan kesehatan"):
        return "health"
    if first in BUILD_VERBS:
        return "provide" if first in ("pengadaan", "penyediaan") else "build"
    for key, verbs in (("document", DOCUMENT_VERBS), ("people", PEOPLE_VERBS), ("report", REPORT_VERBS)):
        if first in verbs:
            return key
    return "other"


def health_target_group(name: str) -> str:
    """'Pengelolaan Pelayanan Kesehatan pada Usia Lanjut' -> 'penduduk usia lanjut'."""
    who = sentence(name[len("Pengelolaan Pelayanan Kesehatan "):])
    return "penduduk " + who[len("pada "):] if who.startswith("pada ") else who


def second_output(name: str, rng: random.Random) -> Spec:
    kind = family(name)
    template = rng.choice(SECOND_OUTPUTS[kind])
    o = health_target_group(name) if kind == "health" else sentence(subject(name))
    return (template[0].format(o=o, n=sentence(name)),) + template[1:]


def program_outcomes(code: str, name: str, support: bool, count: int, rng: random.Random) -> list[Spec]:
    """`count` outcome indicators for a program (curated ones first)."""
    if support:
        pool = list(SUPPORT_OUTCOMES)
    else:
        p, o = sentence(name.removeprefix("Program ")), sentence(subject(name))
        pool = list(PROGRAM_OUTCOMES.get(code, []))
        extra = [(t[0].format(o=o, p=p),) + t[1:] for t in OUTCOMES]
        rng.shuffle(extra)
        pool += extra
    return pool[:count] if count <= len(pool) else pool + [pool[i % len(pool)] for i in range(count - len(pool))]


HOW_COUNTED = {
    "sum": "Realisasi tahunan = jumlah realisasi triwulan (kumulatif).",
    "last": "Realisasi tahunan = nilai triwulan terakhir yang dilaporkan (posisi akhir periode).",
    "mean": "Realisasi tahunan = rata-rata nilai triwulan yang dilaporkan.",
}


def describe(spec: Spec, kind: str, agency_code: str) -> tuple[str, str]:
    """(definition, data source) of a generated indicator, in the style of an indicator sheet."""
    name, unit, polarity, aggregation, _ = spec
    first = name.split()[0].lower()
    if first == "persentase" or first == "cakupan":
        what = "Perbandingan capaian terhadap jumlah sasaran, dikali 100%."
    elif first == "jumlah":
        what = f"Banyaknya {unit} yang tercatat dalam periode pelaporan."
    elif first == "panjang":
        what = "Panjang ruas yang selesai dikerjakan menurut berita acara serah terima."
    elif first == "rata-rata":
        what = f"Rata-rata dalam satuan {unit}."
    else:
        what = "Nilai hasil penilaian atau survei pada periode pelaporan."
    direction = "Semakin kecil semakin baik." if polarity == "negative" else "Semakin besar semakin baik."
    source = "Laporan kinerja (LKjIP)" if kind == "outcome" else "Laporan realisasi kegiatan (SIPD)"
    return f"{what} {HOW_COUNTED[aggregation]} {direction}", f"{source} {agency_code}"
