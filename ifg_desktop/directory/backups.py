"""A copy of the open directory on demand, and a copy put back: the window's "Bestand" menu.

The window reaches the database's files through here, never through ``db.backup`` itself
(the import contracts in pyproject.toml): the copying, the checks and their messages live in
``db.backup``, which the command line shares.
"""

from __future__ import annotations

from pathlib import Path

from ifg_desktop.db import Database, backup


def make_backup(database: Database, target: Path) -> Path:
    """Copy the open database to ``target`` and return it.

    DatabaseProblem, with a message for the person, when the copy can't be made (not a SQLite
    file, the target is the database itself or not a plain file, the disk is full).
    """
    return backup.make_backup(database, target)


def restore_database(database: Database, file: Path) -> Path | None:
    """Put the copy ``file`` back as the open database, which then reads the restored data.

    Returns the copy kept of the database it replaced (None when there was none yet);
    DatabaseProblem when ``file`` is no backup of this program, the database as it was.
    """
    return backup.restore_backup(database.target, file)
