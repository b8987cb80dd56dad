"""The directory the application ships with (seed_data/), loaded once into an empty database.

Later starts never load it again, so nothing a coordinator changed is overwritten.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ifg_desktop.db import open_database
from ifg_desktop.paths import shipped_folder

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from ifg_desktop.db import Database


def seed_folder() -> Path:
    return shipped_folder("seed_data")


def open_directory(url: str | URL | None = None) -> Database:
    """Open the database and, the first time, fill it with the shipped directory."""
    database = open_database(url)
    ensure_seeded(database)
    return database


def ensure_seeded(database: Database) -> bool:
    """Load the seed when the database holds no service and no checklist item at all."""
    # Every start asks; only the very first one needs SQLAlchemy to write the seed.
    if _holds_anything(database):
        return False
    from ifg_desktop.directory.seed_loading import load_seed

    with database.begin_write() as session:
        if _holds_anything(database):  # another instance seeded it meanwhile
            return False
        load_seed(session, seed_folder())
    return True


def _holds_anything(database: Database) -> bool:
    row = database.read(
        "SELECT EXISTS (SELECT 1 FROM service) OR EXISTS (SELECT 1 FROM checklist_item)"
    )
    return bool(row[0][0])
