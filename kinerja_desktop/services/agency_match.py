"""An agency as a plan table writes it ("Dinas Kesehatan", "Dinkes Kab. Soppeng", "DINKES")
matched to an OPD of the database. A sure match (the code, the name, the name without the
region, a known or built abbreviation) is taken; a close one is only proposed, with its score,
for a person to confirm; none holds the row."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

# Abbreviations Indonesian regional governments use that cannot be built from the name's initials.
KNOWN = {
    "dinkes": "dinas kesehatan", "disdik": "dinas pendidikan", "disdikbud": "dinas pendidikan dan kebudayaan",
    "dikbud": "dinas pendidikan dan kebudayaan", "dinsos": "dinas sosial", "disnaker": "dinas tenaga kerja",
    "dishub": "dinas perhubungan", "diskominfo": "dinas komunikasi dan informatika",
    "kominfo": "dinas komunikasi dan informatika", "dispora": "dinas pemuda dan olahraga",
    "disparbud": "dinas pariwisata dan kebudayaan", "dispar": "dinas pariwisata",
    "disperindag": "dinas perindustrian dan perdagangan", "dukcapil": "dinas kependudukan dan pencatatan sipil",
    "disdukcapil": "dinas kependudukan dan pencatatan sipil", "distan": "dinas pertanian",
    "disperkim": "dinas perumahan dan kawasan permukiman", "dinkop": "dinas koperasi",
    "diskop": "dinas koperasi", "bappeda": "badan perencanaan pembangunan daerah",
    "bappelitbangda": "badan perencanaan pembangunan penelitian dan pengembangan daerah",
    "satpol pp": "satuan polisi pamong praja", "setda": "sekretariat daerah", "inspektorat": "inspektorat",
}
REGION_WORDS = ("pemerintah", "pemkab", "pemkot", "kabupaten", "kab", "kota", "provinsi", "prov")
SURE, CLOSE = 1.0, 0.6


@dataclass
class AgencyMatch:
    text: str
    code: str | None                       # the OPD when sure (or confirmed)
    score: float = 0.0
    candidates: list[tuple[str, str, float]] = field(default_factory=list)   # (code, name, score), best first
    confirmed: bool = False                # chosen by a person (mapping or wizard)

    @property
    def status(self) -> str:
        return "sure" if self.code else ("close" if self.candidates else "none")


def plain(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", (text or "").lower()).split())


def _without_region(text: str, region: str) -> str:
    words = plain(text).split()
    region_words = set(plain(region).split()) - set(REGION_WORDS)
    kept = [w for w in words if w not in REGION_WORDS and w not in region_words]
    return " ".join(kept)


def _expand(text: str) -> str:
    out = text
    for short, long in sorted(KNOWN.items(), key=lambda kv: -len(kv[0])):
        out = re.sub(rf"\b{short}\b", long, out)
    return out


def initials(name: str) -> str:
    """'Dinas Pekerjaan Umum dan Penataan Ruang' -> 'dpupr'."""
    return "".join(w[0] for w in plain(name).split() if w not in ("dan", "serta", "&"))


def head_initials(name: str) -> str:
    """'Dinas Pekerjaan Umum dan Penataan Ruang' -> 'dinas pupr'."""
    words = plain(name).split()
    return f"{words[0]} {initials(' '.join(words[1:]))}" if len(words) > 2 else ""


class AgencyMatcher:
    def __init__(self, agencies, region_name: str = "", confirmed: dict[str, str] | None = None):
        self.region = region_name
        self.agencies = [(a.code, a.name) for a in agencies]
        self.codes = {a.code.lower(): a.code for a in agencies}
        self.names = {}
        for code, name in self.agencies:
            for form in (plain(name), _without_region(name, region_name), initials(name), head_initials(name)):
                if form:
                    self.names.setdefault(form, set()).add(code)
        self.confirmed = {plain(k): v for k, v in (confirmed or {}).items()}
        self._seen: dict[str, AgencyMatch] = {}

    def match(self, text: str) -> AgencyMatch:
        key = plain(text)
        if key not in self._seen:
            self._seen[key] = self._match(text, key)
        return self._seen[key]

    def _match(self, text: str, key: str) -> AgencyMatch:
        if key in self.confirmed and self.confirmed[key].lower() in self.codes:
            return AgencyMatch(text, self.codes[self.confirmed[key].lower()], SURE, confirmed=True)
        if not key:
            return AgencyMatch(text, None)
        if text.strip().lower() in self.codes:
            return AgencyMatch(text, self.codes[text.strip().lower()], SURE)
        core = _without_region(text, self.region)
        for form in dict.fromkeys((key, core, _expand(core))):
            found = self.names.get(form, set())
            if len(found) == 1:
                return AgencyMatch(text, next(iter(found)), SURE)
        wanted = _expand(core) or key
        scored = []
        for code, name in self.agencies:
            target = _without_region(name, self.region) or plain(name)
            score = difflib.SequenceMatcher(None, wanted, target).ratio()
            if wanted and (wanted in target or target in wanted):
                score = max(score, 0.85)
            if score >= CLOSE:
                scored.append((code, name, round(score, 2)))
        scored.sort(key=lambda t: -t[2])
        return AgencyMatch(text, None, scored[0][2] if scored else 0.0, scored[:3])
