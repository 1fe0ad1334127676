"""Ed25519 signatures for packages written by an OPD installation.

Each OPD installation holds its own private key (in a file of its operating-system account,
services/office_key.py; never in a database); Bappelitbangda registers only the public key
(`agency.public_key`).
A leaked copy of the central database therefore cannot forge an OPD's package.
"""
from __future__ import annotations

import base64
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PRIVATE_KEY_SETTING = "package.signing_key"   # where session-1 installations kept it (moved out on use)


class SignatureProblem(Exception):
    """A signature that cannot be checked or does not verify; Indonesian message."""


def new_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_to_text(key: Ed25519PrivateKey) -> str:
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    return base64.b64encode(raw).decode("ascii")


def private_from_text(text: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(text))


def public_bytes(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_to_text(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def public_from_text(text: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (ValueError, TypeError) as exc:
        raise SignatureProblem("Kunci publik tidak sah (bukan teks base64).") from exc
    if len(raw) != 32:
        raise SignatureProblem("Kunci publik tidak sah (panjangnya harus 32 byte).")
    return raw


def fingerprint(raw_public: bytes) -> str:
    """Short, readable id of a public key for people comparing it by phone: XXXX-XXXX-XXXX-XXXX."""
    h = hashlib.sha256(raw_public).hexdigest()[:16].upper()
    return "-".join(h[i:i + 4] for i in range(0, 16, 4))


def sign(key: Ed25519PrivateKey, payload: bytes) -> str:
    return base64.b64encode(key.sign(payload)).decode("ascii")


def verify(raw_public: bytes, payload: bytes, signature_text: str) -> bool:
    try:
        signature = base64.b64decode(signature_text, validate=True)
        Ed25519PublicKey.from_public_bytes(raw_public).verify(signature, payload)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True
