"""Engine, sessions, pragmas and migrations: everything that knows which database this is.

The names below are loaded when first used, so that importing ``ifg_desktop.db`` (for an
error class, say) does not import SQLAlchemy on the way to the window's first results.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ifg_desktop.db.errors import (
    DatabaseLocked,
    DatabaseProblem,
    DatabaseTooNew,
    DatabaseUnreadable,
)

if TYPE_CHECKING:
    from ifg_desktop.db.database import Database, open_database, sqlite_file_to_make

__all__ = [
    "Database",
    "DatabaseLocked",
    "DatabaseProblem",
    "DatabaseTooNew",
    "DatabaseUnreadable",
    "open_database",
    "sqlite_file_to_make",
]


def __getattr__(name: str) -> Any:
    if name in ("Database", "open_database", "sqlite_file_to_make"):
        from ifg_desktop.db import database

        return getattr(database, name)
    raise AttributeError(f"module 'ifg_desktop.db' has no attribute {name!r}")
