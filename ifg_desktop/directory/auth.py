"""The coordinator password: set on first use, checked, changed, reset from the command line.

Only a salted scrypt hash is stored (standard library, no extra dependency), in the
self-describing form ``scrypt$n=32768,r=8,p=1$<salt>$<hash>`` so the cost can be raised later
without locking anyone out. The password guards the window's coordinator mode; whoever can
write the database file can reset it (``ifg-desktop reset-coordinator-password``), which
is the documented recovery, and the reset is recorded in the trail.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ifg_desktop.db import Database
from ifg_desktop.directory import audit
from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ifg_desktop.models import AuditAction, CoordinatorSecret
from ifg_desktop.models.base import utcnow

MIN_LENGTH = 8
# scrypt cost: 2**15 x 8 x 128 bytes = 32 MiB per check, about 0.1 s (OWASP's floor is 2**17
# for a web server under attack; a desktop check that a person waits for can afford this).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
SALT_BYTES, HASH_BYTES = 16, 32
_MAXMEM = 128 * 1024 * 1024


class PasswordRefused(Exception):
    """A password that cannot be set or is not right; ``str()`` is a Dutch sentence."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=length
    )


def hash_password(password: str) -> str:
    """A fresh salt and the slow hash, as one string that says how it was made."""
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, HASH_BYTES)
    return f"scrypt$n={SCRYPT_N},r={SCRYPT_R},p={SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def check_password(password: str, stored: str) -> bool:
    """Whether ``password`` is the one ``stored`` was made from (constant-time compare)."""
    try:
        scheme, params, salt_text, digest_text = stored.split("$")
        costs = dict(part.split("=") for part in params.split(","))
        n, r, p = int(costs["n"]), int(costs["r"]), int(costs["p"])
        salt, digest = base64.b64decode(salt_text), base64.b64decode(digest_text)
    except (ValueError, KeyError) as error:  # a damaged row is a bug or tampering: loud
        raise ValueError("the stored coordinator password hash is damaged") from error
    if scheme != "scrypt":
        raise ValueError(f"unknown password hash scheme {scheme!r}")
    return hmac.compare_digest(_scrypt(password, salt, n, r, p, len(digest)), digest)


def _require_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise PasswordRefused(
            translate("auth", "Kies een wachtwoord van minstens {count} tekens.").format(
                count=MIN_LENGTH
            )
        )
    if password.strip() != password:
        raise PasswordRefused(
            translate("auth", "Een wachtwoord begint of eindigt niet met een spatie.")
        )


def password_is_set(database: Database) -> bool:
    with database.begin() as session:
        return session.get(CoordinatorSecret, 1) is not None


def _record(session: Session, by: str, what: str) -> None:
    """The trail says who set, changed or reset the password, and when; never the password.
    ``what`` is kept in Dutch and put in words by ``fields.value_text``."""
    audit.record(
        session,
        key="wachtwoord",
        action=AuditAction.PASSWORD,
        by=by,
        changes=[("password", None, json.dumps(what))],
        version=None,
        resource_type=audit.COORDINATOR,
    )


def set_first_password(database: Database, password: str, *, by: str) -> None:
    """The very first password; refused once there is one (two first users at once too)."""
    _require_strength(password)
    hashed = hash_password(password)  # slow: before the write lock is taken
    try:
        with database.begin_write() as session:
            if session.get(CoordinatorSecret, 1) is not None:
                raise PasswordRefused(_already_set())
            session.add(CoordinatorSecret(id=1, password_hash=hashed, changed_at=utcnow()))
            _record(session, by, QT_TRANSLATE_NOOP("fields", "ingesteld"))
    except IntegrityError as error:
        raise PasswordRefused(_already_set()) from error


def _already_set() -> str:
    return translate("auth", "Er is al een coördinatorwachtwoord ingesteld.")


def verify_password(database: Database, password: str) -> bool:
    with database.begin() as session:
        stored = session.scalar(select(CoordinatorSecret.password_hash))
    return stored is not None and check_password(password, stored)


def change_password(database: Database, old: str, new: str, *, by: str) -> None:
    _require_strength(new)
    if not verify_password(database, old):
        raise PasswordRefused(translate("auth", "Het huidige wachtwoord klopt niet."))
    hashed = hash_password(new)
    with database.begin_write() as session:
        secret = session.get(CoordinatorSecret, 1)
        if secret is None or not check_password(old, secret.password_hash):
            raise PasswordRefused(translate("auth", "Het huidige wachtwoord klopt niet."))
        secret.password_hash = hashed
        secret.changed_at = utcnow()
        _record(session, by, QT_TRANSLATE_NOOP("fields", "gewijzigd"))


def reset_password(database: Database, new: str, *, by: str) -> None:
    """Recovery from the command line: needs only write access to the database."""
    _require_strength(new)
    hashed = hash_password(new)
    with database.begin_write() as session:
        secret = session.get(CoordinatorSecret, 1)
        if secret is None:
            session.add(CoordinatorSecret(id=1, password_hash=hashed, changed_at=utcnow()))
        else:
            secret.password_hash = hashed
            secret.changed_at = utcnow()
        _record(session, by, QT_TRANSLATE_NOOP("fields", "hersteld via de opdrachtregel"))


__all__ = [
    "MIN_LENGTH",
    "PasswordRefused",
    "change_password",
    "check_password",
    "hash_password",
    "password_is_set",
    "reset_password",
    "set_first_password",
    "verify_password",
]
