"""The parts of an .xlsx archive a package reader needs, parsed strictly: relationships, shared
strings (rich text and OOXML escapes), number formats. The archive has been checked by safe_zip
(sizes capped, no DTD), which is what makes the C ElementTree parser safe here."""
from __future__ import annotations

import posixpath
import re
import zipfile
from functools import lru_cache
from xml.etree.ElementTree import fromstring

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format


class SheetProblem(ValueError):
    """The workbook's structure cannot be read; Indonesian message."""


@lru_cache(maxsize=512)
def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attr(el, name: str):
    for key, value in el.attrib.items():
        if _local(key) == name:
            return value
    return None


def col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _read_part(archive: zipfile.ZipFile, part: str) -> bytes:
    """A part named by the workbook's relationships; a dangling name is a broken file, not a crash."""
    try:
        return archive.read(part)
    except KeyError as exc:
        raise SheetProblem(f"bagian {part} tidak ada di dalam berkas") from exc


def _xml(archive: zipfile.ZipFile, part: str):
    data = _read_part(archive, part)
    if b"<!" in data and re.search(rb"<!\s*(?i:doctype|entity)", data):   # defence in depth; safe_zip refused it
        raise SheetProblem(f"bagian {part} memuat deklarasi DTD")
    try:
        return fromstring(data)
    except KeyError as exc:
        raise SheetProblem(f"bagian {part} tidak ada di dalam berkas") from exc
    except Exception as exc:  # defusedxml and expat errors
        raise SheetProblem(f"bagian {part} bukan XML yang sah ({exc})") from exc


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """rId -> (part path inside the archive, relationship type)."""
    base = posixpath.dirname(posixpath.dirname(part))
    out = {}
    for el in _xml(archive, part):
        target = el.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
        out[el.get("Id")] = (path, el.get("Type", ""))
    return out


def _find_part(archive, rels, suffix: str) -> str | None:
    for path, kind in rels.values():
        if kind.endswith(suffix) and path in archive.NameToInfo:
            return path
    return None


def _shared_strings(archive, rels) -> list[str]:
    part = _find_part(archive, rels, "/sharedStrings")
    if part is None:
        return []
    out = []
    for si in _xml(archive, part):
        # Plain <t>, or rich-text runs <r><t>; phonetic runs (<rPh>) are not part of the text.
        texts = [t.text or "" for t in si.iter() if _local(t.tag) == "t" and not _in_phonetic(si, t)]
        out.append(unescape_ooxml("".join(texts)))
    return out


_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def unescape_ooxml(text: str) -> str:
    """OOXML writes characters XML cannot hold as _xHHHH_, and a literal '_x0041_' as
    '_x005F_x0041_' (XlsxWriter and Excel do; calamine decodes it): decoded left to right, as
    they are."""
    if "_x" not in text:
        return text
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def _in_phonetic(si, t) -> bool:
    for rph in si:
        if _local(rph.tag) == "rPh" and any(x is t for x in rph.iter()):
            return True
    return False


def _cell_formats(archive, rels) -> list[tuple[str, bool]]:
    """Style index -> (number format code, whether it shows a date)."""
    part = _find_part(archive, rels, "/styles")
    if part is None:
        return []
    root = _xml(archive, part)
    custom = {}
    xfs = []
    for el in root:
        name = _local(el.tag)
        if name == "numFmts":
            for nf in el:
                custom[int(nf.get("numFmtId", "0"))] = nf.get("formatCode", "General")
        elif name == "cellXfs":
            for xf in el:
                fid = int(xf.get("numFmtId", "0"))
                code = custom.get(fid) or BUILTIN_FORMATS.get(fid, "General")
                xfs.append((code, is_date_format(code)))
    return xfs
