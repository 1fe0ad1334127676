"""Build the translation files: `python -m kinerja_desktop.ui.i18n all`.

The UI has strings of two source languages inside tr(): English (the shell) and Indonesian
(most feature pages). Two glossaries say which is which and hold the translations:

* `id_glossary.tsv`: English source <TAB> Indonesian  -> kinerja_id.ts/.qm (the default UI)
* `en_glossary.tsv`: Indonesian source <TAB> English  -> kinerja_en.ts/.qm (English UI)

A string passes through unchanged where its file has no entry, so loading kinerja_id.qm shows
everything in Indonesian and loading kinerja_en.qm everything in English. Messages are found by
pyside6-lupdate and by `i18n_extract.scan` (the context Qt really looks up at run time); a message
in neither glossary is written `unfinished` into the file a word heuristic suggests.
"""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from kinerja_desktop.paths import ROOT, RESOURCES
from kinerja_desktop.ui.i18n_extract import Message, scan

TRANSLATIONS = RESOURCES / "translations"
UI = ROOT / "kinerja_desktop" / "ui"
FILES = {  # target language -> (ts name, glossary, TS language attribute, source language)
    "id": ("kinerja_id", "id_glossary.tsv", "id_ID", "en"),
    "en": ("kinerja_en", "en_glossary.tsv", "en_GB", "id_ID"),
}
_ID_HINTS = re.compile(r"\b(yang|dan|di|ke|dari|untuk|belum|tidak|ada|dengan|atau|ini|sudah|dapat|semua|"
                       r"simpan|pilih|isi|paket|capaian|realisasi|triwulan|tahun|indikator|nilai|baris|kolom|"
                       r"berkas|pengguna|kata|sandi|impor|ekspor|tambah|ubah|hapus|buka|tutup|batal)\b|\w{3,}kan\b",
                       re.IGNORECASE)


class Glossary:
    """source -> translation, with optional per-context overrides (third column)."""

    def __init__(self, path: Path):
        self.path = path
        self.general: dict[str, str] = {}
        self.by_context: dict[tuple[str, str], str] = {}
        if not path.exists():
            return
        for line in path.read_text(encoding="utf-8").split("\n"):
            if not line or line.startswith("#") or "\t" not in line:
                continue
            source, target, *context = (part.replace("\\n", "\n") for part in line.split("\t"))
            if context and context[0]:
                self.by_context[(context[0], source)] = target
            else:
                self.general[source] = target

    def __contains__(self, source: str) -> bool:
        return source in self.general or any(s == source for _, s in self.by_context)

    def get(self, context: str, source: str) -> str | None:
        return self.by_context.get((context, source), self.general.get(source))


def glossaries() -> dict[str, Glossary]:
    return {language: Glossary(TRANSLATIONS / glossary) for language, (_, glossary, _, _) in FILES.items()}


def source_language(source: str, found: dict[str, Glossary]) -> str:
    """'en' for an English source string (translated into Indonesian), 'id' for an Indonesian one."""
    if source in found["id"]:
        return "en"
    if source in found["en"]:
        return "id"
    return "id" if _ID_HINTS.search(source) else "en"


def _lupdate_messages() -> set[Message]:
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "lupdate.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-locations", "none", "-ts", str(ts)],
                       check=True, capture_output=True)
        root = ET.parse(ts).getroot()
    return {Message(c.findtext("name") or "", m.findtext("source") or "", m.get("numerus") == "yes")
            for c in root.iter("context") for m in c.iter("message")}


def collect_messages(report=print) -> set[Message]:
    """Every message the program asks for at run time; reports what lupdate files elsewhere."""
    messages, unresolved = scan(UI)
    for item in unresolved:
        report(f"not translatable as written (context unknown at build time): {item.path}:{item.line} {item.code}")
    contexts, sources = {m.context for m in messages}, {m.source for m in messages}
    for m in sorted(_lupdate_messages() - messages, key=lambda m: (m.context, m.source)):
        if m.context in contexts:
            messages.add(m)
        elif m.source not in sources:  # else: a wrapper's call, already found under its real context
            report(f"lupdate files {m.source!r} under context {m.context!r}, which Qt never asks for")
    numerus = {(m.context, m.source) for m in messages if m.numerus}
    return {m for m in messages if m.numerus or (m.context, m.source) not in numerus}


def _numerus_forms(language: str, text: str) -> list[str]:
    if language == "en":  # "row(s)" -> "row", "rows"
        return [text.replace("(s)", ""), text.replace("(s)", "s")]
    return [text]


def write_ts(language: str, messages: set[Message], found: dict[str, Glossary]) -> tuple[int, int]:
    """Write kinerja_<language>.ts; returns (messages, translated)."""
    name, _, ts_language, source_lang = FILES[language]
    wanted = "en" if language == "id" else "id"
    root = ET.Element("TS", version="2.1", language=ts_language, sourcelanguage=source_lang)
    total = translated = 0
    for context in sorted({m.context for m in messages}):
        chosen = sorted((m for m in messages if m.context == context and source_language(m.source, found) == wanted),
                        key=lambda m: m.source)
        if not chosen:
            continue
        node = ET.SubElement(root, "context")
        ET.SubElement(node, "name").text = context
        for m in chosen:
            message = ET.SubElement(node, "message", numerus="yes") if m.numerus else ET.SubElement(node, "message")
            ET.SubElement(message, "source").text = m.source
            target = found[language].get(m.context, m.source)
            translation = ET.SubElement(message, "translation")
            total += 1
            if target is None:
                translation.set("type", "unfinished")
                continue
            translated += 1
            if m.numerus:
                for form in _numerus_forms(language, target):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = target
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    (TRANSLATIONS / f"{name}.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return total, translated


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def update_sources() -> None:
    messages, found = collect_messages(), glossaries()
    sources = {m.source for m in messages}
    for language, glossary in found.items():
        for source in sorted(s for s in glossary.general if s not in sources):
            print(f"{glossary.path.name}: no longer used: {source!r}")
    for language, (name, *_rest) in FILES.items():
        total, translated = write_ts(language, messages, found)
        print(f"{name}.ts: {total} messages, {translated} translated, {total - translated} unfinished")


def release() -> None:
    # qtbase_id.ts: Qt's own buttons and menus (OK, Batal, Salin ...), which PySide6 does not ship.
    for name in ("kinerja_id", "kinerja_en", "qtbase_id"):
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TRANSLATIONS / f"{name}.ts"),
                        "-qm", str(TRANSLATIONS / f"{name}.qm")], check=True)


def update_all() -> None:
    update_sources()
    release()
