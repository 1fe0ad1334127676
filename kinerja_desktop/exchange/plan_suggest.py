"""What a plan table does not say, proposed from an indicator's own words: its polarity (words
such as "kemiskinan" or "angka kematian" mean lower is better), its aggregation over the quarters
and its decimals. The plan import shows each proposal; nothing here reads a file or a database."""
from __future__ import annotations

from decimal import Decimal

NEGATIVE_WORDS = (
    "angka kematian", "kematian", "tingkat pengangguran", "pengangguran", "prevalensi", "kemiskinan",
    "penduduk miskin", "stunting", "gizi buruk", "rasio gini", "indeks gini", "angka kesakitan", "kasus",
    "kecelakaan", "putus sekolah", "inflasi", "kriminalitas", "kebakaran", "genangan", "banjir", "kumuh",
    "rumah tidak layak", "pelanggaran", "temuan", "sengketa", "waktu tempuh",
)
STATUS_UNITS = ("persen", "%", "indeks", "rasio", "poin", "skor", "nilai", "predikat", "tahun", "level", "per")


def suggest_polarity(name: str) -> str:
    text = name.lower()
    return "negative" if any(word in text for word in NEGATIVE_WORDS) else "positive"


def suggest_aggregation(name: str, unit: str) -> str:
    text, unit = name.lower(), (unit or "").lower()
    if any(u in unit for u in STATUS_UNITS) or text.startswith(("persentase", "indeks", "rasio", "angka", "tingkat")):
        return "last"
    return "sum" if text.startswith(("jumlah", "banyaknya", "panjang")) else "last"


def suggest_decimals(values) -> int:
    places = [max(0, -v.normalize().as_tuple().exponent) for v in values if isinstance(v, Decimal)]
    return min(max(places, default=2), 6)
