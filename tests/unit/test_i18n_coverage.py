"""Every tr() string of the UI has its translation: English-source strings an Indonesian one in
kinerja_id.ts, Indonesian-source strings an English one in kinerja_en.ts, under the context Qt
looks them up in at run time; the compiled .qm files match the .ts files."""
from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET

import pytest

from kinerja_desktop.ui import i18n_build as build
from kinerja_desktop.ui.i18n_extract import scan

PLACEHOLDER = re.compile(r"%n|%\d|\{\w*\}")


@pytest.fixture(scope="module")
def messages():
    found, unresolved = scan(build.UI)
    return found, unresolved


@pytest.fixture(scope="module")
def found():
    return build.glossaries()


def _ts(name: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> finished translations (numerus forms or the one text)."""
    root = ET.parse(build.TRANSLATIONS / f"{name}.ts").getroot()
    result = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                texts = []
            else:
                texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            result[(context.findtext("name"), message.findtext("source"))] = [t for t in texts if t]
    return result


def test_the_scan_finds_the_strings_of_every_kind_of_call(messages):
    found, _ = messages
    pairs = {(m.context, m.source) for m in found}
    assert ("MainWindow", "&File") in pairs                      # self.tr in a class
    assert ("Chart", "Rp miliar") in pairs                       # imported wrapper tr()
    assert ("PackagesFeature", "Impor paket…") in pairs          # module wrapper _tr()
    assert ("PlanEditorDialog", "Boleh negatif") in pairs        # self.tr in a helper given the dialog
    assert ("AuditTableModel", "Waktu") in pairs                 # self.tr(COLUMNS[section])
    assert ("EntryWorkflow", "Ajukan") in pairs                  # self.tr(label) over services.workflow.ACTIONS
    assert ("TrendChart", "Tren indikator") in pairs             # self.tr(self.title) in the base class
    assert len(found) > 400


def test_no_tr_call_is_filed_under_a_context_qt_never_asks_for(messages):
    _, unresolved = messages
    assert [f"{u.path}:{u.line} {u.code}" for u in unresolved] == []


def test_every_string_is_classified_in_exactly_one_glossary(messages, found):
    sources = {m.source for m in messages[0]}
    unclassified = sorted(s for s in sources if s not in found["id"] and s not in found["en"])
    both = sorted(s for s in sources if s in found["id"] and s in found["en"])
    assert unclassified == [], "add each to id_glossary.tsv (English source) or en_glossary.tsv (Indonesian source)"
    assert both == []


def test_every_english_source_string_has_an_indonesian_translation(messages, found):
    ts = _ts("kinerja_id")
    missing = sorted(f"{m.context}: {m.source!r}" for m in messages[0]
                     if build.source_language(m.source, found) == "en" and not ts.get((m.context, m.source)))
    assert missing == [], "run python -m kinerja_desktop.ui.i18n all"


def test_every_indonesian_source_string_has_an_english_translation(messages, found):
    ts = _ts("kinerja_en")
    missing = sorted(f"{m.context}: {m.source!r}" for m in messages[0]
                     if build.source_language(m.source, found) == "id" and not ts.get((m.context, m.source)))
    assert missing == [], "run python -m kinerja_desktop.ui.i18n all"


@pytest.mark.parametrize("language", ["id", "en"])
def test_translations_keep_placeholders_line_breaks_and_edge_spaces(found, language):
    bad = []
    glossary = found[language]
    entries = list(glossary.general.items()) + [(s, t) for (_, s), t in glossary.by_context.items()]
    for source, target in entries:
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(target)) \
                or source.count("\n") != target.count("\n") \
                or source[:1].isspace() != target[:1].isspace() or source[-1:].isspace() != target[-1:].isspace():
            bad.append((source, target))
    assert bad == []


def test_english_translations_carry_no_indonesian_words(found):
    indonesian = re.compile(r"\b(yang|dan|dari|untuk|belum|tidak|dengan|simpan|pilih|triwulan|capaian|realisasi)\b")
    leftovers = [t for t in found["en"].general.values() if indonesian.search(t)]
    assert leftovers == []


def test_numerus_messages_get_singular_and_plural_in_english():
    assert build._numerus_forms("en", "%n row(s) rejected.") == ["%n row rejected.", "%n rows rejected."]
    assert build._numerus_forms("id", "%n baris ditolak.") == ["%n baris ditolak."]


@pytest.mark.parametrize("name", ["kinerja_id", "kinerja_en"])
def test_compiled_files_match_their_sources(tmp_path, name):
    compiled = tmp_path / f"{name}.qm"
    subprocess.run([build._tool("pyside6-lrelease"), "-silent", str(build.TRANSLATIONS / f"{name}.ts"),
                    "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == (build.TRANSLATIONS / f"{name}.qm").read_bytes(), \
        "the shipped .qm is stale: run python -m kinerja_desktop.ui.i18n all"


def test_ts_files_are_what_the_build_writes_now(tmp_path, monkeypatch, messages, found):
    """A tr() string added to the code without running the build makes this fail."""
    now = build.collect_messages(report=lambda _text: None)
    monkeypatch.setattr(build, "TRANSLATIONS", tmp_path)
    for language, (name, glossary, *_rest) in build.FILES.items():
        (tmp_path / glossary).write_bytes((build.RESOURCES / "translations" / glossary).read_bytes())
    for language, (name, *_rest) in build.FILES.items():
        build.write_ts(language, now, build.glossaries())
        assert (tmp_path / f"{name}.ts").read_text(encoding="utf-8") == \
            (build.RESOURCES / "translations" / f"{name}.ts").read_text(encoding="utf-8")
