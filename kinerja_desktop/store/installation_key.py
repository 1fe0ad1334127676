"""The installation's own Ed25519 key for seals: a file in the account's key folder (mode 0600),
never in the database; made on first use.

A seal signed with it shows that this installation wrote what it covers. Whoever can read this
file and write the database can forge seals (docs/security.md); everyone else cannot.
When the folder cannot be written the key is unavailable: seals are then written unsigned and
`kinerja check` says so, rather than refusing the user's save.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from kinerja_desktop.exchange import signing
from kinerja_desktop.store.key_files import key_dir, write_private

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

FILE_NAME = "installation-seal.key"
_cache: dict[Path, "Ed25519PrivateKey"] = {}


def key_path() -> Path:
    return key_dir() / FILE_NAME


def installation_key(create: bool = True) -> "Ed25519PrivateKey | None":
    """This account's seal key (cached per file), made when missing; None when it cannot be
    read or written."""
    path = key_path()
    if path in _cache:
        return _cache[path]
    try:
        key = signing.private_from_text(path.read_text(encoding="ascii").strip())
    except FileNotFoundError:
        if not create:
            return None
        try:
            key = _create(path)
        except (OSError, ValueError):
            return None
    except (OSError, ValueError):
        return None
    _cache[path] = key
    return key


def public_key(create: bool = True) -> bytes | None:
    key = installation_key(create)
    return None if key is None else signing.public_bytes(key)


def _create(path: Path):
    """A new key, unless another process made one meanwhile: written whole under a name of this
    process, then linked to the key's name, which fails if the name is taken (then that key is used)."""
    key = signing.new_private_key()
    mine = path.with_name(f"{path.name}.{os.getpid()}.new")
    write_private(mine, signing.private_to_text(key))
    try:
        os.link(mine, path)
    except FileExistsError:
        key = signing.private_from_text(path.read_text(encoding="ascii").strip())
    finally:
        mine.unlink(missing_ok=True)
    return key
