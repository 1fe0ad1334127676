"""The archive check refuses every unsafe or foreign file before a parser sees it."""
from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from kinerja_desktop.exchange.safe_zip import Limits, NotAWorkbook, UnsafeWorkbook, check_archive


@pytest.fixture
def good_xlsx(tmp_path):
    path = tmp_path / "good.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "halo"
    wb.save(path)
    return path


def _rezip(src, dst, add=(), drop=(), replace=None):
    """Copy an xlsx, adding (name, bytes) parts, dropping names, or replacing contents."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in drop:
                continue
            data = zin.read(info)
            if replace and info.filename in replace:
                data = replace[info.filename](data)
            zout.writestr(info.filename, data)
        for name, data in add:
            zout.writestr(name, data)
    return dst


def test_a_plain_workbook_passes_and_its_checked_bytes_are_returned(good_xlsx):
    assert check_archive(good_xlsx) == good_xlsx.read_bytes()


def test_text_file_renamed(tmp_path):
    path = tmp_path / "catatan.xlsx"
    path.write_text("No;Kode;Realisasi\n1;A;5\n", encoding="utf-8")
    with pytest.raises(NotAWorkbook, match="catatan.xlsx.*bukan buku kerja"):
        check_archive(path)


def test_empty_file(tmp_path):
    path = tmp_path / "kosong.xlsx"
    path.write_bytes(b"")
    with pytest.raises(NotAWorkbook, match="kosong"):
        check_archive(path)


def test_legacy_xls(tmp_path):
    path = tmp_path / "lama.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "Workbook".encode("utf-16-le"))
    with pytest.raises(NotAWorkbook, match=r"\.xls"):
        check_archive(path)


def test_encrypted_workbook(tmp_path):
    path = tmp_path / "sandi.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(UnsafeWorkbook, match="kata sandi"):
        check_archive(path)


def test_ods(tmp_path):
    path = tmp_path / "calc.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<x/>")
    with pytest.raises(NotAWorkbook, match=r"\.ods"):
        check_archive(path)


def test_zip_of_other_files(tmp_path):
    path = tmp_path / "foto.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("foto.jpg", b"\xff\xd8\xff")
        z.writestr("surat.txt", "halo")
    with pytest.raises(NotAWorkbook, match="arsip zip berisi berkas lain"):
        check_archive(path)


def test_damaged_archive(good_xlsx, tmp_path):
    data = good_xlsx.read_bytes()
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(NotAWorkbook, match="rusak"):
        check_archive(path)


def test_corrupted_compressed_data(good_xlsx, tmp_path):
    data = bytearray(good_xlsx.read_bytes())
    for i in range(200, 400):  # scribble over the first part's deflate stream
        data[i] ^= 0x5A
    path = tmp_path / "acak.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(NotAWorkbook, match="rusak"):
        check_archive(path)


def test_macro_workbook_renamed(good_xlsx, tmp_path):
    path = _rezip(good_xlsx, tmp_path / "makro.xlsx", add=[("xl/vbaProject.bin", b"\x00" * 64)])
    with pytest.raises(UnsafeWorkbook, match="makro"):
        check_archive(path)


def test_macro_content_type_without_binary(good_xlsx, tmp_path):
    path = _rezip(good_xlsx, tmp_path / "makro2.xlsx", replace={
        "[Content_Types].xml": lambda b: b.replace(b"sheet.main+xml", b"sheet.macroEnabled.main+xml")})
    with pytest.raises(UnsafeWorkbook, match="bermakro"):
        check_archive(path)


def test_other_binaries(good_xlsx, tmp_path):
    path = _rezip(good_xlsx, tmp_path / "ole.xlsx", add=[("xl/embeddings/oleObject1.bin", b"\x00" * 64)])
    with pytest.raises(UnsafeWorkbook):
        check_archive(path)


def test_printer_settings_from_excel_are_fine(good_xlsx, tmp_path):
    path = _rezip(good_xlsx, tmp_path / "printer.xlsx", add=[("xl/printerSettings/printerSettings1.bin", b"\x01" * 64)])
    check_archive(path)


def test_xml_entity_attack(good_xlsx, tmp_path):
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
            b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>')
    path = _rezip(good_xlsx, tmp_path / "entitas.xlsx", add=[("xl/sharedStrings.xml", bomb)])
    with pytest.raises(UnsafeWorkbook, match="ENTITY"):
        check_archive(path)


def test_zip_bomb_by_declared_size(good_xlsx, tmp_path):
    path = _rezip(good_xlsx, tmp_path / "bom.xlsx", add=[("xl/worksheets/sheet9.xml", b"<a>" + b" " * 3_000_000 + b"</a>")])
    with pytest.raises(UnsafeWorkbook, match="bom zip"):
        check_archive(path, Limits(max_total_size=2_000_000, max_entry_size=2_000_000))


def test_zip_bomb_by_ratio(good_xlsx, tmp_path):
    path = _rezip(good_xlsx, tmp_path / "rasio.xlsx", add=[("xl/worksheets/sheet9.xml", b"<a>" + b" " * 3_000_000 + b"</a>")])
    with pytest.raises(UnsafeWorkbook, match="tidak wajar"):
        check_archive(path)


def test_zip_bomb_with_lying_directory(good_xlsx, tmp_path):
    """The directory says the part is small; the check counts what actually comes out."""
    path = _rezip(good_xlsx, tmp_path / "bohong.xlsx", add=[("xl/worksheets/sheet9.xml", b"<a>" + b"x" * 5_000_000 + b"</a>")])
    data = bytearray(path.read_bytes())
    # Patch the uncompressed size of sheet9 in the central directory and local header to 100 bytes.
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("xl/worksheets/sheet9.xml")
    real = info.file_size.to_bytes(4, "little")
    data = bytearray(bytes(data).replace(real, (100).to_bytes(4, "little")))
    path.write_bytes(bytes(data))
    with pytest.raises((UnsafeWorkbook, NotAWorkbook)):
        check_archive(path, Limits(max_entry_size=1_000_000, max_total_size=1_000_000))


def test_too_many_entries(good_xlsx, tmp_path):
    path = _rezip(good_xlsx, tmp_path / "banyak.xlsx", add=[(f"xl/media/image{i}.png", b"x") for i in range(1100)])
    with pytest.raises(UnsafeWorkbook, match="bagian"):
        check_archive(path)


def test_missing_file(tmp_path):
    with pytest.raises(NotAWorkbook, match="tidak dapat dibuka"):
        check_archive(tmp_path / "tidak-ada.xlsx")


def test_openpyxl_parses_with_defusedxml():
    """Whoever reads a workbook with openpyxl gets defusedxml (entity attacks refused)."""
    assert openpyxl.DEFUSEDXML is True
