"""Display order and search rows, maintained in bulk: the same result as one at a time."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.orm import selectinload

from benchmarks.generate import generate_drafts
from ifg_desktop.db import Database
from ifg_desktop.db.search import MERGE_AFTER_ROWS, text_matches
from ifg_desktop.directory import indexing
from ifg_desktop.directory.bulk import insert_drafts
from ifg_desktop.directory.drafts import ServiceDraft
from ifg_desktop.directory.indexing import (
    RANK_STEP,
    SearchText,
    place_services,
    renumber_all,
    search_bodies,
    search_body,
)
from ifg_desktop.directory.query import ServiceQuery, find_rows, find_services, search_plan
from ifg_desktop.directory.text import fold
from ifg_desktop.models import Service
from ifg_desktop.models.search import service_search


def _state(database: Database) -> tuple[list[tuple[str, int]], dict[int, str]]:
    with database.begin() as session:
        ranks = [(s.key, s.display_rank) for s in session.scalars(select(Service))]
        rows = dict(session.execute(select(service_search.c.rank, service_search.c.body)).all())
    return sorted(ranks, key=lambda item: item[1]), rows


def _assert_consistent(database: Database) -> None:
    """Ranks follow (folded name, key), every service has exactly its search row."""
    with database.begin() as session:
        services = session.scalars(
            select(Service).options(
                selectinload(Service.organization), selectinload(Service.themes)
            )
        ).all()
        ordered = sorted(services, key=lambda s: (fold(s.name), s.key))
        assert [s.display_rank for s in ordered] == sorted(s.display_rank for s in services)
        assert all(s.display_rank > 0 and s.sort_name == fold(s.name) for s in services)
        columns = (service_search.c.name_text, service_search.c.key_text, service_search.c.body)
        rows = {
            row[0]: SearchText(*row[1:])
            for row in session.execute(select(service_search.c.rank, *columns))
        }
        assert rows == {s.display_rank: search_body(s) for s in services}
        fts = session.execute(text("SELECT count(*) FROM service_fts_sub")).scalar()
        assert fts == len(services)


@contextmanager
def _writes(database: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(database.engine, "before_cursor_execute", count)


def test_seeded_directory_is_consistent(database: Database) -> None:
    _assert_consistent(database)


def test_renumbering_a_consistent_directory_writes_nothing(database: Database) -> None:
    before = _state(database)
    with _writes(database) as writes, database.begin() as session:
        renumber_all(session)
    assert writes == []
    assert _state(database) == before


def test_bulk_bodies_equal_the_orm_bodies(database: Database) -> None:
    with database.begin() as session:
        services = session.scalars(select(Service)).all()
        assert search_bodies(session) == {s.id: search_body(s) for s in services}
        some = [services[0], services[3]]
        assert search_bodies(session, [s.id for s in some]) == {s.id: search_body(s) for s in some}


def test_new_services_slot_into_gaps_without_moving_others(database: Database) -> None:
    before = dict(_state(database)[0])
    with database.begin() as session:
        ids = insert_drafts(
            session,
            [ServiceDraft(key="aaa", name="Aardbei"), ServiceDraft(key="mmm", name="Muizenhuis")],
        )
        place_services(session, ids)
    after = dict(_state(database)[0])
    assert {k: v for k, v in after.items() if k in before} == before
    _assert_consistent(database)
    assert [r.key for r in find_services(database, ServiceQuery(text="muizenhuis"))] == ["mmm"]


def test_no_gap_left_moves_the_neighbours_not_everything(database: Database) -> None:
    """More new services than a gap holds: the service after the gap moves with them (and
    the next, until there is room); the rest of the directory keeps its ranks."""
    before = dict(_state(database)[0])
    many = [ServiceDraft(key=f"a{i:04}", name=f"Aa {i:04}") for i in range(RANK_STEP + 5)]
    with database.begin() as session:
        place_services(session, insert_drafts(session, many))
    _assert_consistent(database)
    after = dict(_state(database)[0])
    moved = [key for key, rank in before.items() if after[key] != rank]
    assert 1 <= len(moved) <= 2, moved
    new_ranks = sorted(after[d.key] for d in many)
    assert len(set(new_ranks)) == len(many)


def test_a_renamed_service_moves_and_is_found_by_its_new_name(database: Database) -> None:
    with database.begin() as session:
        service = session.scalars(select(Service).where(Service.key == "1712")).one()
        service.name = "Zzz hulplijn"
        session.flush()
        place_services(session, [service.id])
    _assert_consistent(database)
    assert _state(database)[0][-1][0] == "1712"
    assert [r.key for r in find_services(database, ServiceQuery(text="zzz"))] == ["1712"]


def test_a_bulk_write_leaves_one_index_segment(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def segments() -> tuple[int, ...]:
        return tuple(  # type: ignore[return-value]
            database.read(f"SELECT count(DISTINCT segid) FROM {table}_idx")[0][0]
            for table in (
                "service_fts_sub",
                "service_fts_word",
                "service_fts_name",
                "service_fts_key",
            )
        )

    monkeypatch.setattr(indexing, "MERGE_AFTER_ROWS", 10**9)
    for seed in range(3):  # three small imports: a segment each
        with database.begin() as session:
            drafts = [replace(d, key=f"{seed}-{d.key}") for d in generate_drafts(5, seed=seed)]
            place_services(session, insert_drafts(session, drafts))
    assert min(segments()) > 1
    monkeypatch.setattr(indexing, "MERGE_AFTER_ROWS", MERGE_AFTER_ROWS)
    with database.begin() as session:
        drafts = list(generate_drafts(MERGE_AFTER_ROWS, seed=9))
        place_services(session, insert_drafts(session, drafts))
    assert segments() == (1, 1, 1, 1)
    query = ServiceQuery(text="geweld")
    rule = search_plan(database, query).rule
    found = {row.key for row in find_rows(database, query)}
    assert found == {  # the merged index finds all
        row.key
        for row in find_rows(database, ServiceQuery())
        if text_matches(database.dialect, rule, row.body)
    }


def _display_order_holds(database: Database) -> None:
    with database.begin() as session:
        rows = session.execute(select(Service.key, Service.name).order_by(Service.display_rank))
        shown = [(fold(name), key) for key, name in rows]
    assert shown == sorted(shown)


def test_display_order_is_the_folded_names_whatever_the_servers_collation(
    pg_database: Database,
) -> None:
    """The services that keep their place are read in order from the server, which sorts
    text by its own collation (ICU's sorts "_" before "-"): display
    order stays the folded name's characters, as Python compares them."""
    with pg_database.begin() as session:
        session.execute(
            text('ALTER TABLE service ALTER COLUMN sort_name TYPE varchar(200) COLLATE "und-x-icu"')
        )
    # C: "-" (0x2d) before "." before "_" (0x5f); ICU's root order: "_" before "-" before ".".
    first = [("t-1", "Ab_x"), ("t-2", "Ab-x"), ("t-3", "Ab.x")]
    then = [("t-4", "Ab-y"), ("t-5", "Ab_w")]
    for batch in (first, then):
        with pg_database.begin() as session:
            drafts = [ServiceDraft(key=key, name=name) for key, name in batch]
            place_services(session, insert_drafts(session, drafts))
        _display_order_holds(pg_database)
    # One service at a time, as the editor saves it.
    for key, name in (("t-6", "Ab_v"), ("t-7", "Ab-z")):
        with pg_database.begin() as session:
            service = Service(key=key, name=name, display_rank=None)
            session.add(service)
            indexing.place_service(session, service)
        _display_order_holds(pg_database)


def test_a_service_renamed_elsewhere_moves_with_the_next_placing(database: Database) -> None:
    """Its stored sort name says it was renamed without being placed (an older program, a
    write of another kind): the next placing puts it where its name belongs."""
    with database.begin() as session:
        session.execute(text("UPDATE service SET name = 'Zzz elders hernoemd' WHERE key = '1712'"))
        place_services(session, insert_drafts(session, [ServiceDraft(key="b-1", name="Bbb")]))
    _assert_consistent(database)
    assert _state(database)[0][-1][0] == "1712"


def test_a_service_renamed_elsewhere_in_place_is_found_by_its_new_name(
    database: Database,
) -> None:
    """Renamed without being placed, but still between the same neighbours: it may keep
    its rank, and its search text is written anew all the same."""
    before = dict(_state(database)[0])
    with database.begin() as session:
        session.execute(text("UPDATE service SET name = name || ' qwxz' WHERE key = '1712'"))
        place_services(session, insert_drafts(session, [ServiceDraft(key="z-1", name="Zzz")]))
    _assert_consistent(database)
    assert dict(_state(database)[0])["1712"] == before["1712"]
    assert [r.key for r in find_services(database, ServiceQuery(text="qwxz"))] == ["1712"]
