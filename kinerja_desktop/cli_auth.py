"""The command line acts as a person: `--user NAME`, the password from a prompt (or from
KINERJA_PASSWORD for scripts), checked exactly as the log-in window checks it (argon2id, the
growing delay after failures, inactive accounts refused), then the role rules of the command.

    add_user_option(parser)                      every command that changes data
    user = sign_in(db, args, ROLES_CHANGE)       -> User, or CliRefused (exit 1, nothing done)
"""
from __future__ import annotations

import getpass
import os
import sys

import sqlite_utils

from kinerja_desktop.domain.entities import User
from kinerja_desktop.domain.workflow import ROLE_LABELS

PASSWORD_ENV = "KINERJA_PASSWORD"

ROLES_ADMIN = ("administrator",)
ROLES_BAPPEDA = ("administrator", "planner")             # issue, consolidate
ROLES_CHANGE = ("administrator", "planner", "operator")  # anyone but a viewer


class CliRefused(Exception):
    """The command is not run for this person; Indonesian message."""


def add_user_option(parser) -> None:
    parser.add_argument("--user", required=True,
                        help=f"nama pengguna yang menjalankan perintah ini; kata sandinya ditanyakan "
                             f"(untuk skrip: variabel lingkungan {PASSWORD_ENV})")


def read_password(username: str) -> str:
    """From KINERJA_PASSWORD, else asked on the terminal without echo."""
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if sys.stdin is None or not sys.stdin.isatty():
        raise CliRefused(f"Kata sandi pengguna '{username}' tidak dapat ditanyakan karena tidak ada terminal; "
                         f"untuk skrip, isi variabel lingkungan {PASSWORD_ENV}.")
    try:
        return getpass.getpass(f"Kata sandi {username}: ")
    except EOFError as exc:
        raise CliRefused("Kata sandi tidak diisi; perintah tidak dijalankan.") from exc


def sign_in(db: sqlite_utils.Database, username: str, roles: tuple[str, ...] = ROLES_CHANGE,
            what: str = "menjalankan perintah ini") -> User:
    """The person behind `--user`, checked like the log-in window, with one of `roles`."""
    from kinerja_desktop.services.users import LoginFailed, authenticate

    password = read_password(username)
    try:
        user = authenticate(db, username, password)
    except LoginFailed as exc:
        raise CliRefused(str(exc)) from exc
    if user.role not in roles:
        allowed = ", ".join(ROLE_LABELS[r] for r in roles)
        raise CliRefused(f"Pengguna '{user.username}' ({ROLE_LABELS.get(user.role, user.role)}) tidak boleh {what}; "
                         f"hanya {allowed}.")
    return user

