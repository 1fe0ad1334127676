"""Whether a package can be trusted as the OPD's own: the signature rule of an import preview.

A package without a signature is normal for an OPD without a registered key (filled in a
spreadsheet). Once the OPD has a key, anything but a valid signature of that key is a trust
problem that only an administrator can accept, with a written reason.
"""
from __future__ import annotations

from kinerja_desktop.exchange import signing
from kinerja_desktop.exchange.package_format import signed_payload
from kinerja_desktop.exchange.package_reader import PackageFile


def check_signature(db, preview, package: PackageFile, agency_id: int) -> None:
    """A package without a signature is normal for an OPD without a registered key (filled in a
    spreadsheet). Once the OPD has a key, anything but a valid signature of that key is a
    trust problem: no downgrade to unsigned, no other key, no change after signing."""
    registered = db.execute("SELECT public_key FROM agency WHERE id = ?", [agency_id]).fetchone()[0]
    name, code = preview.file_name, package.opd_code
    downgrade = (" Hanya administrator yang dapat menerimanya, di jendela impor atau konsolidasi, dengan alasan "
                 "tertulis yang dicatat di riwayat perubahan.")
    if not package.signature:
        preview.signature = "unsigned"
        if registered is not None:
            preview.trust_problem = (f"Berkas '{name}': OPD {code} mempunyai kunci tanda tangan terdaftar, tetapi paket "
                                     "ini tidak bertanda tangan (tanda tangan hilang atau dihapus). Paket ditolak."
                                     + downgrade)
        return
    try:
        signer = signing.public_from_text(package.signer)
    except signing.SignatureProblem as exc:
        preview.signature = "invalid"
        preview.trust_problem = f"Berkas '{name}': tanda tangan rusak ({exc}). Paket ditolak." + downgrade
        return
    if not signing.verify(signer, signed_payload(package.digest, package.values, package.spent_values), package.signature):
        preview.signature = "invalid"
        preview.trust_problem = (f"Berkas '{name}': tanda tangan elektronik tidak sah (isi diubah sesudah "
                                 "ditandatangani). Paket ditolak." + downgrade)
        return
    if registered is None:
        preview.signature = "unregistered"
        preview.notes.append(f"Sidik kunci penanda tangan: {signing.fingerprint(signer)} (belum terdaftar).")
        return
    if bytes(registered) != signer:
        preview.signature = "invalid"
        preview.trust_problem = (f"Berkas '{name}': ditandatangani kunci {signing.fingerprint(signer)}, bukan kunci "
                                 f"terdaftar OPD {code}. Paket ditolak." + downgrade)
        return
    preview.signature = "valid"
    package.trust_values()
