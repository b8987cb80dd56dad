"""The environment's errors: shown to the user as one clear sentence, data left as it was.

Anything else that goes wrong is a bug and is allowed to fail loudly. Which is which is
told by the driver's error code (SQLite's result code, PostgreSQL's SQLSTATE), never by
its English text: a typo in our own SQL must not pass for a damaged file.
"""

from __future__ import annotations

from typing import ClassVar

from ifg_desktop.i18n import translate


def one_line(text: object) -> str:
    """``text`` on one line: a driver's message may carry newlines (and a caret line)."""
    return " ".join(str(text).split())


class DatabaseProblem(Exception):
    """The database cannot be used as it is; ``str(error)`` is a Dutch sentence for the user."""

    # True when the same action may well succeed a moment later (a lock, a lost connection).
    retry_later: ClassVar[bool] = False

    def __init__(self, message: object = "") -> None:
        super().__init__(one_line(message))


class DatabaseTooNew(DatabaseProblem):
    pass


class DatabaseLocked(DatabaseProblem):
    retry_later = True


class DatabaseUnreadable(DatabaseProblem):
    pass


class DatabaseReadOnly(DatabaseProblem):
    """Read-only media, a read-only file or a role without the right to write."""


class DatabaseFull(DatabaseProblem):
    pass


class DatabaseUnavailable(DatabaseProblem):
    """The server or the disk did not answer: a connection lost, a server shutting down."""

    retry_later = True


# SQLite's primary result codes (the low byte of an extended code), https://sqlite.org/rescode.html
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_NOMEM = 7
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_PROTOCOL = 15
_SQLITE_NOLFS = 22
_SQLITE_AUTH = 23
_SQLITE_NOTADB = 26


def database_problem(error: BaseException, where: str) -> DatabaseProblem | None:
    """The sentence for an error of the environment; None for anything else (a bug).

    ``error`` is a driver error, or SQLAlchemy's wrapper of one (``.orig``).
    """
    orig = getattr(error, "orig", None)
    driver_error = orig if isinstance(orig, BaseException) else error
    detail = one_line(driver_error)
    code = getattr(driver_error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _sqlite_problem(code & 0xFF, where, detail)
    if hasattr(driver_error, "sqlstate"):
        return _postgresql_problem(driver_error, where, detail)
    return None


def explain_operational_error(error: BaseException, where: str) -> DatabaseProblem:
    """The DatabaseProblem to raise for a driver error; any other error (a bug in our SQL,
    say) is raised again as it is."""
    problem = database_problem(error, where)
    if problem is None:
        raise error
    return problem


def _locked(where: str) -> DatabaseLocked:
    return DatabaseLocked(
        translate(
            "db",
            "De databank {where} is vergrendeld door een ander programma. "
            "Probeer het over enkele ogenblikken opnieuw.",
        ).format(where=where)
    )


def _full(where: str) -> DatabaseFull:
    return DatabaseFull(
        translate(
            "db",
            "De schijf is vol: de databank {where} kan niet groeien; er is niets gewijzigd. "
            "Maak ruimte vrij en probeer het opnieuw.",
        ).format(where=where)
    )


def _read_only(where: str) -> DatabaseReadOnly:
    return DatabaseReadOnly(
        translate(
            "db",
            "De databank {where} is alleen-lezen (of u mag er niet in schrijven); "
            "er is niets gewijzigd.",
        ).format(where=where)
    )


def _unreadable(where: str) -> DatabaseUnreadable:
    return DatabaseUnreadable(
        translate(
            "db",
            "Het bestand {where} is geen leesbare IFG-wegwijzer-databank "
            "(beschadigd of een ander soort bestand).",
        ).format(where=where)
    )


def _sqlite_problem(code: int, where: str, detail: str) -> DatabaseProblem | None:
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_PROTOCOL):
        return _locked(where)
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return _unreadable(where)
    if code == _SQLITE_READONLY:
        return _read_only(where)
    if code == _SQLITE_FULL:
        return _full(where)
    if code in (_SQLITE_PERM, _SQLITE_AUTH):
        return DatabaseUnreadable(
            translate(
                "db", "De databank {where} kan niet gebruikt worden: geen toegang ({detail})."
            ).format(where=where, detail=detail)
        )
    if code == _SQLITE_CANTOPEN:
        return DatabaseUnreadable(
            translate(
                "db",
                "De databank {where} kan niet geopend worden: bestaat de map, en mag u erin "
                "lezen en schrijven? ({detail})",
            ).format(where=where, detail=detail)
        )
    if code in (_SQLITE_IOERR, _SQLITE_NOMEM, _SQLITE_NOLFS):
        return DatabaseUnavailable(
            translate(
                "db",
                "De databank {where} kon niet gelezen of geschreven worden (schijf, netwerk of "
                "geheugen: {detail}). Probeer het opnieuw.",
            ).format(where=where, detail=detail)
        )
    return None


def _postgresql_problem(error: BaseException, where: str, detail: str) -> DatabaseProblem | None:
    state = getattr(error, "sqlstate", None)
    if not state:
        # psycopg: no SQLSTATE at all when the server was never reached.
        # (psycopg's ConnectionTimeout too, a kind of OperationalError.)
        if any(kind.__name__ == "OperationalError" for kind in type(error).__mro__):
            return _unreachable(where, detail)
        return None
    state = str(state).upper()
    if state in ("40001", "40P01", "55P03", "57014"):
        return DatabaseLocked(
            translate(
                "db",
                "De databank {where} is bezet door een ander programma (een gelijktijdige "
                "wijziging). Probeer het over enkele ogenblikken opnieuw; er is niets gewijzigd.",
            ).format(where=where)
        )
    if state == "53100":
        return _full(where)
    if state == "42501":  # insufficient_privilege: a role that may only read (db/roles.py)
        return DatabaseReadOnly(
            translate(
                "db",
                "Uw aanmelding bij de databank {where} mag dit niet wijzigen (ze mag enkel "
                "lezen); er is niets gewijzigd. Vraag de beheerder om een coördinatoraanmelding.",
            ).format(where=where)
        )
    if state == "25006":
        return _read_only(where)
    if state.startswith("28"):
        return DatabaseUnavailable(
            translate(
                "db",
                "Aanmelden bij de databank {where} is mislukt; controleer de gebruiker en het "
                "wachtwoord ({detail}).",
            ).format(where=where, detail=detail)
        )
    if state == "3D000":
        return DatabaseUnavailable(
            translate("db", "De databank {where} bestaat niet op de server ({detail}).").format(
                where=where, detail=detail
            )
        )
    if state.startswith(("08", "53", "57P", "58")):
        return _unreachable(where, detail)
    if state in ("XX001", "XX002"):
        return _unreadable(where)
    return None


def _unreachable(where: str, detail: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        translate(
            "db",
            "De databankserver van {where} is niet bereikbaar of overbelast ({detail}). "
            "Probeer het over enkele ogenblikken opnieuw.",
        ).format(where=where, detail=detail)
    )
