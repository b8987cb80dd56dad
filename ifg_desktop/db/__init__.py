"""Engine, sessions, pragmas and migrations: everything that knows which database this is."""

from ifg_desktop.db.database import Database, open_database
from ifg_desktop.db.errors import (
    DatabaseLocked,
    DatabaseProblem,
    DatabaseTooNew,
    DatabaseUnreadable,
)

__all__ = [
    "Database",
    "DatabaseLocked",
    "DatabaseProblem",
    "DatabaseTooNew",
    "DatabaseUnreadable",
    "open_database",
]
