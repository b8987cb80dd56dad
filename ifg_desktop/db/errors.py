"""The environment's errors: shown to the user as one clear sentence, data left as it was.

Anything else that goes wrong is a bug and is allowed to fail loudly.
"""

from __future__ import annotations


class DatabaseProblem(Exception):
    """The database cannot be used as it is; ``str(error)`` is a Dutch sentence for the user."""


class DatabaseTooNew(DatabaseProblem):
    pass


class DatabaseLocked(DatabaseProblem):
    pass


class DatabaseUnreadable(DatabaseProblem):
    pass


def explain_operational_error(error: BaseException, where: str) -> DatabaseProblem:
    """Turn a driver error into the sentence a user can act on."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(
            f"De databank {where} is vergrendeld door een ander programma. "
            "Probeer het over enkele ogenblikken opnieuw."
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseUnreadable(
            f"Het bestand {where} is geen leesbare IFG-wegwijzer-databank "
            "(beschadigd of een ander soort bestand)."
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return DatabaseUnreadable(
            f"De databank {where} kan niet beschreven worden (alleen-lezen of geen toegang)."
        )
    if "unable to open" in text or "no such file" in text:
        return DatabaseUnreadable(f"De databank {where} kan niet geopend worden.")
    return DatabaseUnreadable(f"De databank {where} kan niet gebruikt worden: {error}")
