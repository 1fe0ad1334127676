"""The master-data workbook: one sheet per level of the plan, with the columns and the words a
planner reads (Indonesian) mapped to the values stored (English). Writer and reader share it."""
from __future__ import annotations

from dataclasses import dataclass

FORMAT_VERSION = 1
INSTRUCTIONS_SHEET = "Petunjuk"


@dataclass(frozen=True)
class Field:
    key: str
    header: str
    kind: str = "text"      # text, number (decimal), int, choice, since (a date or time stamp)
    required: bool = False
    width: int = 14
    limit: int = 500        # characters, for text
    optional_column: bool = False   # a workbook may lack it (written before it existed): left as it is


# When a node was retired (plan maintenance); may be absent from workbooks written before it existed.
NODE_RETIRED = Field("nonaktif", "Nonaktif sejak", "since", width=12, limit=40, optional_column=True)

SHEETS: dict[str, tuple[Field, ...]] = {
    "Tujuan": (
        Field("kode", "Kode tujuan", required=True, width=12),
        Field("nama", "Nama tujuan", required=True, width=70),
        Field("urutan", "Urutan", "int", width=8),
        NODE_RETIRED,
    ),
    "Sasaran": (
        Field("kode", "Kode sasaran", required=True, width=12),
        Field("tujuan", "Kode tujuan", required=True, width=12),
        Field("nama", "Nama sasaran", required=True, width=70),
        Field("urutan", "Urutan", "int", width=8),
        NODE_RETIRED,
    ),
    "Program": (
        Field("opd", "Kode OPD", required=True, width=12),
        Field("kode", "Kode program", required=True, width=14),
        Field("sasaran", "Kode sasaran", required=True, width=12),
        Field("nama", "Nama program", required=True, width=70),
        NODE_RETIRED,
    ),
    "Kegiatan": (
        Field("opd", "Kode OPD", required=True, width=12),
        Field("program", "Kode program", required=True, width=14),
        Field("kode", "Kode kegiatan", required=True, width=16),
        Field("nama", "Nama kegiatan", required=True, width=70),
        NODE_RETIRED,
    ),
    "Sub Kegiatan": (
        Field("opd", "Kode OPD", required=True, width=12),
        Field("program", "Kode program", required=True, width=14),
        Field("kegiatan", "Kode kegiatan", required=True, width=16),
        Field("kode", "Kode sub kegiatan", required=True, width=20),
        Field("nama", "Nama sub kegiatan", required=True, width=70),
        NODE_RETIRED,
    ),
    "Indikator": (
        Field("id", "ID", "int", width=8),
        Field("kode", "Kode indikator", required=True, width=22),
        Field("nama", "Nama indikator", required=True, width=60),
        Field("satuan", "Satuan", required=True, width=12, limit=60),
        Field("opd", "Kode OPD penanggung jawab", required=True, width=14),
        Field("simpul", "Melekat pada", "choice", required=True, width=14),
        Field("kode_simpul", "Kode tujuan/sasaran/program/kegiatan/sub kegiatan", required=True, width=22),
        Field("jenis", "Jenis", "choice", required=True, width=10),
        Field("polaritas", "Polaritas", "choice", required=True, width=10),
        Field("agregasi", "Agregasi triwulan", "choice", required=True, width=12),
        Field("desimal", "Desimal", "int", required=True, width=8),
        Field("negatif", "Boleh negatif", "choice", required=True, width=9),
        Field("baseline", "Kondisi awal", "number", width=12),
        Field("tahun_baseline", "Tahun kondisi awal", "int", width=10),
        Field("target_akhir", "Target akhir periode", "number", width=12),
        Field("definisi", "Definisi operasional", width=40, limit=4000),
        Field("sumber", "Sumber data", width=24, limit=1000),
        Field("urutan", "Urutan", "int", width=8),
        Field("nonaktif", "Nonaktif sejak", "since", width=12, limit=40),
    ),
    "Target": (
        Field("id", "ID indikator", "int", width=8),
        Field("kode", "Kode indikator", required=True, width=22),
        Field("opd", "Kode OPD", required=True, width=12),
        Field("tahun", "Tahun", "int", required=True, width=8),
        Field("tahunan", "Target tahunan", "number", width=14),
        Field("tw1", "Target TW I", "number", width=12),
        Field("tw2", "Target TW II", "number", width=12),
        Field("tw3", "Target TW III", "number", width=12),
        Field("tw4", "Target TW IV", "number", width=12),
    ),
    "Anggaran": (
        Field("opd", "Kode OPD", required=True, width=12),
        Field("tingkat", "Tingkat", "choice", required=True, width=14),
        Field("kode", "Kode program/kegiatan/sub kegiatan", required=True, width=22),
        Field("tahun", "Tahun", "int", required=True, width=8),
        Field("pagu", "Pagu (Rp)", "number", required=True, width=18),
    ),
}

SHEET_ORDER = tuple(SHEETS)

# Words in the workbook -> values in the database.
CHOICES: dict[str, dict[str, str]] = {
    "simpul": {"Tujuan": "goal", "Sasaran": "objective", "Program": "program", "Kegiatan": "activity",
               "Sub Kegiatan": "sub_activity"},
    "tingkat": {"Program": "program", "Kegiatan": "activity", "Sub Kegiatan": "sub_activity"},
    "jenis": {"Dampak": "impact", "Hasil": "outcome", "Keluaran": "output"},
    "polaritas": {"Positif": "positive", "Negatif": "negative"},
    "agregasi": {"Jumlah": "sum", "Terakhir": "last", "Rata-rata": "mean"},
    "negatif": {"Ya": "1", "Tidak": "0"},
}
WORDS = {key: {v: k for k, v in mapping.items()} for key, mapping in CHOICES.items()}


def choice_value(key: str, text: str) -> str | None:
    """The stored value of a choice word, case- and space-insensitive; None if unknown."""
    wanted = " ".join(text.split()).lower()
    for word, value in CHOICES[key].items():
        if word.lower() == wanted or value == wanted:
            return value
    return None


INSTRUCTIONS = (
    "Buku kerja data induk RPJMD (format versi {version}).",
    "Setiap lembar memuat satu tingkat rencana: Tujuan, Sasaran, Program, Kegiatan, Sub Kegiatan, Indikator, "
    "Target (per tahun dan per triwulan) dan Anggaran (pagu per tahun).",
    "Baris pertama setiap lembar adalah judul kolom: jangan diubah, dipindah atau dihapus.",
    "Mengimpor: baris baru ditambahkan, baris yang berubah diperbarui, baris yang tidak ada di buku kerja "
    "dibiarkan (tidak dihapus). Sebelum diterapkan, program menampilkan pratinjau: baru, berubah, tetap, ditolak.",
    "Kode OPD harus sudah terdaftar. Program dikenali dari Kode OPD + Kode program; kegiatan dan sub kegiatan "
    "dari Kode OPD + kode induknya + kodenya sendiri.",
    "Indikator yang sudah ada dikenali dari kolom ID; biarkan ID kosong untuk indikator baru.",
    "Angka boleh ditulis 1234,5 atau 1.234,5; sel kosong berarti tidak ada nilai. Jangan memakai rumus "
    "atau menggabungkan sel di baris data.",
    "Pilihan: Melekat pada = Tujuan/Sasaran/Program/Kegiatan/Sub Kegiatan; Jenis = Dampak/Hasil/Keluaran; "
    "Polaritas = Positif (makin besar makin baik)/Negatif; Agregasi triwulan = Jumlah/Terakhir/Rata-rata; "
    "Boleh negatif = Ya/Tidak.",
)
