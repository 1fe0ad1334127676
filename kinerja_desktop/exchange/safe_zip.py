"""Checking an .xlsx archive before any parser (openpyxl, python-calamine) touches it.

openpyxl and calamine trust the archive: a zip bomb would be inflated in full, a macro
workbook renamed to .xlsx would be read as if harmless, and calamine parses XML without
defusedxml. So every entry is inflated here once, in chunks, with hard caps on what is
actually produced (declared sizes in the zip directory can lie), and any DTD (the door to
entity-expansion attacks) is refused in every XML part.

    data = check_archive(path)   # the checked bytes, or NotAWorkbook / UnsafeWorkbook
"""
from __future__ import annotations

import contextlib
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # Compound File: .xls, or an encrypted .xlsx
ZIP_MAGIC = b"PK\x03\x04"
CHUNK = 256 * 1024


@dataclass(frozen=True)
class Limits:
    max_entries: int = 1000
    max_entry_size: int = 64 * 1024 * 1024      # bytes, one part inflated
    max_total_size: int = 128 * 1024 * 1024     # bytes, all parts inflated
    max_ratio: int = 200                        # inflated / compressed, for parts over ratio_floor
    ratio_floor: int = 1024 * 1024
    max_file_size: int = 64 * 1024 * 1024       # the .xlsx itself


DEFAULT_LIMITS = Limits()


class WorkbookProblem(Exception):
    """A file that will not be read; str() is an Indonesian message naming the file."""


class NotAWorkbook(WorkbookProblem):
    """Not an .xlsx at all (text, .xls, .ods, a zip of other files, damaged)."""


class UnsafeWorkbook(WorkbookProblem):
    """An .xlsx that may harm the reader: zip bomb, macros, binaries, XML entity tricks."""


# Parts allowed in a workbook besides XML: pictures, printer settings Excel adds on save.
_IMAGE = re.compile(r"\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg)$", re.IGNORECASE)
_XML = re.compile(r"(\.xml|\.rels|\.vml)$", re.IGNORECASE)
_PRINTER = re.compile(r"^xl/printerSettings/printerSettings\d+\.bin$", re.IGNORECASE)
_DANGEROUS_TYPES = (b"macroenabled", b"vbaproject", b"activex", b"oleobject", b"vbadata", b"ms-excel.macrosheet",
                    b"ms-excel.intlmacrosheet", b"ms-office.vbaproject")
_DTD = re.compile(rb"<!\s*(doctype|entity)", re.IGNORECASE)


def check_archive(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Refuse anything that is not a plain, sane .xlsx; return the bytes that were checked, for
    the parser to read (io.BytesIO) instead of opening the file again by path."""
    with open_checked(path, limits) as archive:
        return archive.raw


@contextlib.contextmanager
def open_checked(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[zipfile.ZipFile]:
    """The archive, opened once and checked in full, for a reader to take its parts from."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise NotAWorkbook(f"Berkas '{name}' tidak dapat dibuka: {exc.strerror or exc}.") from exc
    if size == 0:
        raise NotAWorkbook(f"Berkas '{name}' kosong (0 byte), bukan buku kerja Excel.")
    if head.startswith(OLE_MAGIC):
        raise _ole_problem(path)
    if not head.startswith(ZIP_MAGIC):
        raise NotAWorkbook(
            f"Berkas '{name}' bukan buku kerja Excel (.xlsx); isinya tampak seperti teks atau berkas lain. "
            "Simpan ulang dari Excel atau LibreOffice Calc sebagai .xlsx."
        )
    if size > limits.max_file_size:
        raise UnsafeWorkbook(f"Berkas '{name}' terlalu besar ({size // 1_048_576} MB) untuk sebuah paket.")
    try:
        with path.open("rb") as fh:
            data = fh.read(limits.max_file_size + 1)   # the checked bytes are the parsed bytes
        if len(data) > limits.max_file_size:   # grew since it was measured above
            raise UnsafeWorkbook(f"Berkas '{name}' terlalu besar untuk sebuah paket.")
        archive = CheckedZip(io.BytesIO(data))
        archive.raw = data
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        # NotImplementedError: a directory claiming a zip version or method Python cannot read.
        raise NotAWorkbook(f"Berkas '{name}' rusak (arsip tidak utuh: {exc}). Minta kiriman ulang berkasnya.") from exc
    with archive:
        _checked(name, archive, limits)
        yield archive


class CheckedZip(zipfile.ZipFile):
    """A zip whose XML parts were inflated once by the check; a reader gets those bytes again
    instead of inflating the part a second time. `raw` is the whole file as read once, for a
    reader (calamine) that parses the archive itself: the file is never opened again by path,
    so what is parsed is exactly what was checked."""
    parts: dict[str, bytes]
    raw: bytes = b""

    def read(self, name, pwd=None):
        key = name.filename if isinstance(name, zipfile.ZipInfo) else name
        data = getattr(self, "parts", {}).get(key)
        return data if data is not None else super().read(name, pwd)


def _checked(name: str, archive: zipfile.ZipFile, limits: Limits) -> None:
    try:
        infos = archive.infolist()
        _check_directory(name, infos, limits)
        _check_parts(name, archive, infos)
        _inflate_all(name, archive, infos, limits)
    except WorkbookProblem:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError,
            RuntimeError) as exc:
        # zlib.error is a subclass of Exception only; caught below.
        raise NotAWorkbook(f"Berkas '{name}' rusak (arsip tidak utuh: {exc}). Minta kiriman ulang berkasnya.") from exc
    except Exception as exc:  # zlib.error and other decompressor failures
        if type(exc).__module__ == "zlib" or "zlib" in type(exc).__name__.lower():
            raise NotAWorkbook(f"Berkas '{name}' rusak (data terkompresi tidak utuh). Minta kiriman ulang berkasnya.") from exc
        raise


def _ole_problem(path: Path) -> WorkbookProblem:
    # An encrypted .xlsx is an OLE container holding the streams EncryptionInfo/EncryptedPackage.
    with path.open("rb") as fh:
        data = fh.read(4 * 1024 * 1024)
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        return UnsafeWorkbook(
            f"Berkas '{path.name}' dilindungi kata sandi (terenkripsi) dan tidak dapat dibaca. "
            "Buka di Excel, hapus kata sandi berkas (Info > Protect Workbook > Encrypt), lalu simpan ulang."
        )
    return NotAWorkbook(
        f"Berkas '{path.name}' adalah format Excel lama (.xls). Buka di Excel atau LibreOffice Calc "
        "dan simpan sebagai .xlsx (Buku Kerja Excel)."
    )


def _check_directory(name: str, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_entries:
        raise UnsafeWorkbook(f"Berkas '{name}' berisi {len(infos)} bagian, jauh di atas batas wajar; tidak dibaca.")
    declared = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise UnsafeWorkbook(f"Berkas '{name}' berisi bagian terenkripsi ({info.filename}); tidak dibaca.")
        declared += info.file_size
        if info.file_size > limits.max_entry_size or declared > limits.max_total_size:
            raise UnsafeWorkbook(
                f"Berkas '{name}' menyatakan isi terlalu besar bila dibuka ({declared // 1_048_576} MB); "
                "kemungkinan bom zip. Tidak dibaca."
            )
        if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise UnsafeWorkbook(
                f"Berkas '{name}': bagian {info.filename} terkompresi secara tidak wajar "
                f"({info.file_size // max(info.compress_size, 1)}:1); kemungkinan bom zip. Tidak dibaca."
            )


def _check_parts(name: str, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    names = {info.filename for info in infos}
    if "mimetype" in names and b"opendocument" in archive.read("mimetype")[:200]:
        raise NotAWorkbook(
            f"Berkas '{name}' adalah lembar kerja OpenDocument (.ods). Di LibreOffice Calc pilih "
            "Simpan Sebagai > Excel 2007-365 (.xlsx)."
        )
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        what = "dokumen Word" if "word/document.xml" in names else (
            "presentasi PowerPoint" if "ppt/presentation.xml" in names else "arsip zip berisi berkas lain")
        raise NotAWorkbook(f"Berkas '{name}' bukan buku kerja Excel (.xlsx) melainkan {what}.")
    for part in names:
        if part.endswith("/"):
            continue
        base = part.rsplit("/", 1)[-1].lower()
        binary = base.endswith((".bin", ".exe", ".dll", ".ocx", ".js", ".vbs")) and not _PRINTER.match(part)
        if base == "vbaproject.bin" or binary:
            raise UnsafeWorkbook(
                f"Berkas '{name}' berisi makro atau program ({part}); kemungkinan buku kerja bermakro yang "
                "diganti namanya menjadi .xlsx. Tidak dibaca. Simpan ulang sebagai .xlsx tanpa makro."
            )
        if not (_XML.search(part) or _IMAGE.search(part) or _PRINTER.match(part)):
            raise UnsafeWorkbook(f"Berkas '{name}' berisi bagian yang tidak lazim ({part}); tidak dibaca.")


def _inflate_all(name: str, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    total = 0
    if isinstance(archive, CheckedZip):
        archive.parts = {}
    for info in infos:
        if info.is_dir():
            continue
        is_xml = _XML.search(info.filename) is not None
        produced = 0
        tail = b""
        kept = [] if is_xml and isinstance(archive, CheckedZip) else None
        with archive.open(info) as member:
            while True:
                chunk = member.read(CHUNK)
                if not chunk:
                    break
                produced += len(chunk)
                total += len(chunk)
                if kept is not None:
                    kept.append(chunk)
                if produced > limits.max_entry_size or total > limits.max_total_size:
                    raise UnsafeWorkbook(
                        f"Berkas '{name}': isi yang dibuka melebihi batas ({total // 1_048_576} MB); "
                        "kemungkinan bom zip. Tidak dibaca."
                    )
                if is_xml and produced == len(chunk) and (chunk[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in chunk[:4]):
                    # UTF-16/32 XML would hide a DTD from the byte scan below; Excel and Calc write UTF-8.
                    raise UnsafeWorkbook(f"Berkas '{name}': bagian {info.filename} tidak berkode UTF-8; tidak dibaca.")
                if is_xml:
                    window = tail + chunk
                    if b"<!" in window and _DTD.search(window):
                        raise UnsafeWorkbook(
                            f"Berkas '{name}': bagian {info.filename} memuat deklarasi DTD/ENTITY "
                            "(serangan entitas XML). Tidak dibaca."
                        )
                    if info.filename == "[Content_Types].xml" and any(t in window.lower() for t in _DANGEROUS_TYPES):
                        raise UnsafeWorkbook(
                            f"Berkas '{name}' adalah buku kerja bermakro (jenis isi makro/ActiveX) yang diganti "
                            "namanya menjadi .xlsx. Tidak dibaca."
                        )
                    tail = chunk[-32:]
        if produced > limits.ratio_floor and produced > limits.max_ratio * max(info.compress_size, 1):
            raise UnsafeWorkbook(
                f"Berkas '{name}': bagian {info.filename} terkompresi secara tidak wajar; kemungkinan bom zip."
            )
        if kept is not None:
            archive.parts[info.filename] = b"".join(kept)
