"""PostgreSQL answers a search from its indexes (migration 0007), on a connection of its own
per thread that outlives a dropped connection."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from benchmarks.generate import generate_drafts
from ifg_desktop.db import Database
from ifg_desktop.db.errors import DatabaseUnavailable
from ifg_desktop.db.search import text_match
from ifg_desktop.directory import indexing
from ifg_desktop.directory.bulk import insert_drafts
from ifg_desktop.directory.query import (
    ServiceQuery,
    _filter_sql,
    find_rows,
    search_plan,
)
from ifg_desktop.migrations import SCHEMA_REVISION
from tests.db.migrations import alembic

TRIGRAM_INDEXES = {
    "service_search_name_trgm",
    "service_search_key_trgm",
    "service_search_body_trgm",
}


def _indexes(database: Database) -> set[str]:
    rows = database.read("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")
    return {str(name) for (name,) in rows}


@pytest.fixture
def directory(pg_database: Database) -> Iterator[Database]:
    """3,000 generated services beside the shipped ones, their statistics up to date."""
    database = pg_database
    with database.begin() as session:
        indexing.place_services(session, insert_drafts(session, list(generate_drafts(3000))))
    with database.engine.connect() as connection:
        connection.execute(text("ANALYZE"))
        connection.commit()
    yield database


def _plan(database: Database, sql: str, params: tuple[object, ...]) -> str:
    rows = database.read(f"EXPLAIN {sql}", params)
    return "\n".join(str(row[0]) for row in rows)


def _indexed_plan(database: Database, sql: str, params: tuple[object, ...]) -> str:
    """The plan when the server may not read the table from end to end: at 3,000 services
    that is cheaper, at 100,000 it is not (benchmarks/shared_database.py). What this
    shows is that the index answers the very condition the engine sends."""
    with database.reading():
        database._server_reader().execute("SET LOCAL enable_seqscan = off")
        database._server_reader().execute("SET LOCAL enable_indexscan = off")
        return _plan(database, sql, params)


def test_the_migration_makes_the_indexes_and_takes_them_back(
    pg_empty_database: Database,
) -> None:
    database = pg_empty_database
    assert TRIGRAM_INDEXES | {"service_sort_name_bytes"} <= _indexes(database)
    url = database.url.render_as_string(hide_password=False)
    database.dispose()
    alembic(url, "downgrade", "0006")
    assert not (TRIGRAM_INDEXES | {"service_sort_name_bytes"}) & _indexes(database)
    assert not database.read("SELECT 1 FROM pg_tables WHERE tablename = 'search_word'")
    alembic(url, "upgrade", "head")
    assert _indexes(database) >= TRIGRAM_INDEXES
    assert database.read("SELECT 1 FROM pg_tables WHERE tablename = 'search_word'")


@pytest.mark.parametrize("typed", ["luisterlijn", "vertrouwenscentrum", "ni"])
def test_a_search_is_answered_by_the_trigram_index(directory: Database, typed: str) -> None:
    """The very condition the query engine sends, for a part of a word and for a word
    start: the server looks it up in the index instead of reading every service."""
    rule = search_plan(directory, ServiceQuery(text=typed)).rule
    match = text_match(directory.dialect, rule)
    assert match.next_rank is not None
    plan = _indexed_plan(directory, match.next_rank, (*match.next_rank_params, 0))
    source, where, params = _filter_sql(directory.dialect, ServiceQuery(text=typed), match)
    counted = _indexed_plan(directory, f"SELECT count(*) FROM {source} WHERE {where}", params)
    for explained in (plan, counted):
        assert "_trgm" in explained, explained


def test_names_typed_from_their_start_use_the_byte_order_index(directory: Database) -> None:
    statements: list[str] = []
    read = directory.read

    def recording(sql: str, params: object = ()) -> list[tuple[object, ...]]:
        statements.append(sql)
        return read(sql, params)  # type: ignore[arg-type]

    directory.read = recording  # type: ignore[method-assign]
    try:
        find_rows(directory, ServiceQuery(text="vertrouwens"), limit=5)
    finally:
        directory.read = read  # type: ignore[method-assign]
    [best] = [sql for sql in statements if 'COLLATE "C" >=' in sql]
    explained = _plan(directory, best, ("inactive", "do_not_refer", "vert", "vert\U0010ffff", 5, 0))
    assert "service_sort_name_bytes" in explained, explained


def test_a_dropped_reading_connection_is_made_again(pg_database: Database) -> None:
    """The server ends this thread's connection (a restart, an administrator): the next
    read is made on a new one; half-way through a snapshot, it says the server was away."""
    database = pg_database

    def drop_reading_connection() -> int:
        [(pid,)] = database.read("SELECT pg_backend_pid()")
        with database.engine.connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": pid})
        return int(pid)

    dropped = drop_reading_connection()
    assert database.read("SELECT pg_backend_pid()") != [(dropped,)]
    with pytest.raises(DatabaseUnavailable), database.reading():
        drop_reading_connection()  # half-way through one snapshot: no other state
        database.read("SELECT 1")
    assert database.read("SELECT 1") == [(1,)]


def test_one_snapshot_on_the_reading_connection(pg_database: Database) -> None:
    """Inside ``reading()`` the reads see one state, even when another connection commits."""
    database = pg_database
    with database.reading():
        [(before,)] = database.read("SELECT name FROM service WHERE key = ?", ("1712",))
        with database.engine.begin() as other:
            other.execute(text("UPDATE service SET name = 'Elders' WHERE key = '1712'"))
        assert database.read("SELECT name FROM service WHERE key = ?", ("1712",)) == [(before,)]
    assert database.read("SELECT name FROM service WHERE key = ?", ("1712",)) == [("Elders",)]


def test_a_typo_finds_a_name_saved_at_another_desk(pg_database: Database) -> None:
    """The directory's words (what a typo is read as) are read again in the background after
    a change elsewhere; the searches made meanwhile are not kept once they are in."""
    from dataclasses import replace

    from ifg_desktop.directory.editing import load_service, update_service
    from ifg_desktop.directory.search_plan import directory_words

    database = pg_database
    directory_words(database)  # read once, as the window's warm-up does
    other = Database(database.target)
    try:
        loaded = load_service(other, "1712")
        assert loaded is not None
        renamed = replace(loaded.draft, name="Zonnebloemhuis")
        update_service(other, renamed, expected_version=loaded.version, by="An")
    finally:
        other.dispose()
    found: list[str] = []
    deadline = time.monotonic() + 30
    while "1712" not in found and time.monotonic() < deadline:
        found = [row.key for row in find_rows(database, ServiceQuery(text="zonnebloemhuus"))]
        time.sleep(0.1)
    assert "1712" in found


def test_an_owner_of_the_tables_who_may_not_create_the_extension(postgres_server: str) -> None:
    """The tables' owner may create in the schema but not in the database (pg_trgm is not
    there yet): the database is made all the same, and searched without the index."""
    import uuid

    from sqlalchemy import create_engine

    from ifg_desktop.db import open_database

    name, role = f"test_{uuid.uuid4().hex[:12]}", f"eigenaar_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_server.format(name="postgres"), isolation_level="AUTOCOMMIT")
    inside = create_engine(postgres_server.format(name=name), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
        connection.execute(text(f'CREATE ROLE "{role}" LOGIN'))
    try:
        with inside.connect() as connection:
            connection.execute(text(f'GRANT CREATE ON SCHEMA public TO "{role}"'))
        url = postgres_server.format(name=name).replace("://ifg@", f"://{role}@")
        database = open_database(url)
        try:
            revision = database.read("SELECT version_num FROM alembic_version")
            assert revision == [(SCHEMA_REVISION,)]  # upgraded to the head all the same
            assert not TRIGRAM_INDEXES & _indexes(database)
            assert "service_sort_name_bytes" in _indexes(database)
        finally:
            database.dispose()
    finally:
        inside.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
            connection.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()


def test_the_server_keeps_the_directorys_words(pg_database: Database) -> None:
    """``search_word`` holds every word of the search text (what a typo is compared with),
    kept by the server as the text is written: no window reads every service's text."""
    database = pg_database

    def words_of_the_texts() -> set[str]:
        bodies = database.read("SELECT body FROM service_search")
        return {word for (body,) in bodies for word in body.split()}

    def kept() -> set[str]:
        return {str(word) for (word,) in database.read("SELECT word FROM search_word")}

    assert kept() == words_of_the_texts()
    with database.begin() as session:
        indexing.place_services(session, insert_drafts(session, list(generate_drafts(50))))
    assert kept() == words_of_the_texts()
