"""The directory the application ships with (seed_data/), loaded once into an empty database.

Later starts never load it again, so nothing a coordinator changed is overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ifg_desktop.db import open_database
from ifg_desktop.i18n import translate
from ifg_desktop.paths import shipped_folder

if TYPE_CHECKING:
    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session

    from ifg_desktop.db import Database


def seed_folder() -> Path:
    return shipped_folder("seed_data")


# How far writing the search rows anew is: (services done, of how many); (0, 0) before the
# services are counted.
IndexingProgress = Callable[[int, int], None]


def open_directory(
    url: str | URL | None = None, *, indexing: IndexingProgress | None = None
) -> Database:
    """Open the database and, the first time, fill it with the shipped directory.
    ``indexing`` is told how far the search rows are when they are written anew (see
    ``ensure_indexed``): the caller says so, for it takes a while in a large directory."""
    database = open_database(url)
    ensure_seeded(database)
    ensure_indexed(database, indexing)
    return database


def indexing_note(done: int = 0, total: int = 0) -> str:
    """What a person is told while the search rows are written anew."""
    if total <= 0:
        return translate(
            "seed", "De zoekindex wordt bijgewerkt na de update (één keer); even geduld…"
        )
    return translate(
        "seed",
        "De zoekindex wordt bijgewerkt na de update (één keer): {done} van {total} diensten…",
    ).format(done=done, total=total)


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
        _add_vocabulary_forms(session)  # the vocabulary came with the migration
    return True


def _holds_anything(database: Database) -> bool:
    row = database.read(
        "SELECT EXISTS (SELECT 1 FROM service) OR EXISTS (SELECT 1 FROM checklist_item)"
    )
    return bool(row[0][0])


def ensure_indexed(database: Database, progress: IndexingProgress | None = None) -> bool:
    """Write the search rows anew when a migration emptied them (0003, 0011), with the
    other forms of the directory's and the vocabulary's words: with the rules of the code
    that runs, not those of the day the migration was written. About a minute at 100,000
    services; ``progress`` is told (0, 0) first, then after each slice of services."""
    if not _needs_index(database):
        return False
    if progress is not None:
        progress(0, 0)
    from ifg_desktop.directory.indexing import index_all

    with database.begin_write() as session:
        if not _needs_index(database):  # another instance wrote them meanwhile
            return False
        index_all(session, progress)
        _add_vocabulary_forms(session)
    return True


def _add_vocabulary_forms(session: Session) -> None:
    from ifg_desktop.directory.vocabulary import stored_terms
    from ifg_desktop.directory.wordforms import add_forms

    add_forms(session, [word for term in stored_terms(session) for word in term.split()])


def _needs_index(database: Database) -> bool:
    row = database.read(
        "SELECT EXISTS (SELECT 1 FROM service) AND NOT EXISTS (SELECT 1 FROM service_search)"
    )
    return bool(row[0][0])
