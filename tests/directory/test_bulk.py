"""Bulk writing reads back exactly as the ORM path writes: insert_drafts == apply_draft."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import selectinload

from ifg_desktop.db import Database
from ifg_desktop.directory.availability import DateException, Hours, Window
from ifg_desktop.directory.bulk import insert_drafts, update_drafts
from ifg_desktop.directory.drafts import (
    LocationDraft,
    OrganizationDraft,
    PhoneDraft,
    ServiceDraft,
    UnknownTheme,
    apply_draft,
    draft_of,
)
from ifg_desktop.directory.indexing import place_service, place_services
from ifg_desktop.directory.query import ServiceQuery, find_services
from ifg_desktop.models import Organization, Schedule, Service

FULL = ServiceDraft(
    key="nachtopvang",
    name="Nachtopvang Noord",
    alternate_name="NON",
    organization=OrganizationDraft("caw", "CAW — nieuw", "Beschrijving", "https://caw.be"),
    description="Opvang 's nachts.",
    status="do_not_refer",
    professional_only=True,
    contact_note="Via de politie.",
    minimum_age_months=-9,
    maximum_age_months=215,
    ages_unknown=True,
    urgency=frozenset({"acute", "crisis"}),
    themes=frozenset({"crisis", "partnergeweld"}),
    keywords=("nacht", "opvang"),
    notes=("Geen noodnummer",),
    free_of_charge=True,
    anonymous=False,
    url="https://example.org",
    email="info@example.org",
    alert="Verhuisd",
    alert_until=date(2027, 1, 31),
    assured_date=date(2026, 11, 1),
    assurer="An",
    phones=(PhoneDraft("+3232607280", "Onthaal", "Dag en nacht", False), PhoneDraft("1712")),
    locations=(LocationDraft("Hoofdzetel", "Straat 1", "2000", "Antwerpen"), LocationDraft()),
    hours=Hours(
        by_appointment=True,
        closed_on_public_holidays=None,
        windows=(Window(0, time(9), time(12), "phone"), Window(0, time(20), time(8), "walk_in")),
        exceptions=(DateException(date(2026, 12, 24), False, time(9), time(12), "kerst"),),
        valid_from=date(2026, 1, 1),
        valid_to=date(2027, 6, 30),
    ),
    schedule_note="Nachten",
)


def _read(database: Database, key: str) -> ServiceDraft:
    with database.begin() as session:
        service = session.scalars(
            select(Service)
            .where(Service.key == key)
            .options(
                selectinload(Service.schedule).selectinload(Schedule.windows),
                selectinload(Service.schedule).selectinload(Schedule.exceptions),
            )
        ).one()
        return draft_of(service)


@pytest.mark.parametrize(
    "draft",
    [
        FULL,
        ServiceDraft(key="kaal", name="Kaal"),
        ServiceDraft(key="enkel-notitie", name="Notitie", schedule_note="Bel eerst"),
        ServiceDraft(key="altijd", name="Altijd", hours=Hours(always_open=True)),
    ],
    ids=["full", "bare", "note-only", "always-open"],
)
def test_bulk_reads_back_as_apply_draft_writes(database: Database, draft: ServiceDraft) -> None:
    orm_key = draft.key + "-orm"
    with database.begin() as session:
        service = Service()
        apply_draft(session, service, _keyed(draft, orm_key))
        session.add(service)
        place_service(session, service)
    with database.begin() as session:
        ids = insert_drafts(session, [draft])
        place_services(session, ids)
    assert _keyed(_read(database, draft.key), orm_key) == _read(database, orm_key)


def _keyed(draft: ServiceDraft, key: str) -> ServiceDraft:
    return replace(draft, key=key)


def test_unknown_theme_is_refused(database: Database) -> None:
    with pytest.raises(UnknownTheme), database.begin() as session:
        insert_drafts(session, [ServiceDraft(key="x", name="X", themes=frozenset({"nope"}))])


def test_organizations_are_created_once_and_updated(database: Database) -> None:
    drafts = [
        FULL,
        ServiceDraft(key="tweede", name="Tweede", organization=FULL.organization),
        ServiceDraft(key="derde", name="Derde", organization=OrganizationDraft("nieuw", "Nieuw")),
    ]
    with database.begin() as session:
        place_services(session, insert_drafts(session, drafts))
    with database.begin() as session:
        caw = session.scalars(select(Organization).where(Organization.key == "caw")).one()
        assert (caw.name, caw.website) == ("CAW — nieuw", "https://caw.be")
        count = len(session.scalars(select(Organization).where(Organization.key == "nieuw")).all())
        assert count == 1
    # Found by the organization's new name, like any placed service.
    keys = {r.key for r in find_services(database, ServiceQuery(text="nieuw tweede"))}
    assert keys == {"tweede"}


def test_a_failing_batch_callback_stops_the_insert(database: Database) -> None:
    class Stop(Exception):
        pass

    def stop(_done: int) -> None:
        raise Stop

    with pytest.raises(Stop), database.begin() as session:
        insert_drafts(session, [FULL], after_batch=stop)
    with database.begin() as session:
        assert session.scalar(select(Service.id).where(Service.key == FULL.key)) is None


def test_bulk_rows_are_stored_exactly_as_the_orm_stores_them(database: Database) -> None:
    # Not only read back alike: the same text in the file (times, dates, enums, JSON).
    with database.begin() as session:
        service = Service()
        apply_draft(session, service, _keyed(FULL, "via-orm"))
        session.add(service)
        place_service(session, service)
    with database.begin() as session:
        place_services(session, insert_drafts(session, [_keyed(FULL, "via-bulk")]))

    assert _rows(database, "via-bulk") == _rows(database, "via-orm")


BARE = ServiceDraft(key="kaal", name="Kaal")
CHANGED = replace(
    FULL,
    name="Nachtopvang Zuid",
    organization=OrganizationDraft("ander", "Andere organisatie"),
    urgency=frozenset({"non_acute"}),
    themes=frozenset({"partnergeweld"}),
    phones=(PhoneDraft("1712", "Hulplijn"),),
    locations=(),
    hours=Hours(windows=(Window(2, time(13), time(17), "phone"),)),
    schedule_note=None,
    languages=frozenset({"nl", "fr"}),
)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (FULL, BARE),
        (BARE, FULL),
        (FULL, CHANGED),
        (CHANGED, FULL),
        (BARE, replace(BARE, schedule_note="Bel")),
    ],
    ids=["full-to-bare", "bare-to-full", "full-changed", "changed-back", "note-added"],
)
def test_update_writes_what_apply_draft_writes(
    any_database: Database, before: ServiceDraft, after: ServiceDraft
) -> None:
    """An import's changed services go through ``update_drafts``: the same content and
    rows as ``apply_draft`` on the loaded service, on SQLite and PostgreSQL, and a new
    version (``apply_draft`` leaves that to the ORM, which moves it only when a column of
    the service changes)."""
    from ifg_desktop.directory.drafts import eager_load

    database = any_database
    with database.begin() as session:
        place_services(
            session, insert_drafts(session, [_keyed(before, "via-orm"), _keyed(before, "via-bulk")])
        )
    with database.begin() as session:
        service = session.scalars(
            select(Service).where(Service.key == "via-orm").options(*eager_load())
        ).one()
        apply_draft(session, service, _keyed(after, "via-orm"))
        session.flush()
        place_service(session, service)
    with database.begin() as session:
        created = session.scalar(select(Service.created_at).where(Service.key == "via-bulk"))
        ids = update_drafts(session, [_keyed(after, "via-bulk"), _keyed(after, "er-niet")])
        assert len(ids) == 1  # a key that is not there is skipped
        place_services(session, ids)

    assert _keyed(_read(database, "via-bulk"), "via-orm") == _read(database, "via-orm")
    assert _rows(database, "via-bulk") == _rows(database, "via-orm")
    with database.begin() as session:
        bulk = session.scalars(select(Service).where(Service.key == "via-bulk")).one()
        assert bulk.version == 2
        assert bulk.created_at == created
        assert bulk.updated_at > created
    # Found by its new name: the search text is written anew.
    asked = ServiceQuery(text=after.name, include_not_referable=True)
    assert {r.key for r in find_services(database, asked)} >= {"via-bulk", "via-orm"}


def test_an_update_replaces_every_table_of_a_service_s_content() -> None:
    """A table added under ``service`` is either part of its content (``CONTENT_TABLES``,
    which ``_insert_children`` writes and an update clears) or kept on purpose: otherwise
    an import that changes a service would leave its old rows beside the new ones."""
    import importlib
    import pkgutil

    import ifg_desktop.models
    from ifg_desktop.directory.bulk import CONTENT_TABLES
    from ifg_desktop.models.base import Base

    for module in pkgutil.iter_modules(ifg_desktop.models.__path__):  # loaded lazily
        importlib.import_module(f"ifg_desktop.models.{module.name}")
    naming_a_service = {
        table.name
        for table in Base.metadata.tables.values()
        if any(key.column.table.name == "service" for key in table.foreign_keys)
    }
    # Where its content came from, the checklist's suggestions, the sources of its facts.
    kept = {"service_source", "checklist_item_service", "fact_source"}
    assert naming_a_service == {table.name for table in CONTENT_TABLES} | kept


def test_update_refuses_an_unknown_theme_and_writes_nothing(database: Database) -> None:
    with database.begin() as session:
        place_services(session, insert_drafts(session, [FULL]))
    with pytest.raises(UnknownTheme), database.begin() as session:
        update_drafts(session, [replace(FULL, name="Anders", themes=frozenset({"nope"}))])
    assert _read(database, FULL.key) == FULL


def _rows(database: Database, key: str) -> dict[str, list[tuple[object, ...]]]:
    """A service's stored rows (phones, locations, themes, languages, hours) without ids."""
    found = {}
    with database.begin() as session:
        sid = session.scalar(select(Service.id).where(Service.key == key))
        scheduled = "schedule_id IN (SELECT id FROM schedule WHERE service_id = :s)"
        for table, where in (
            ("phone", "service_id = :s"),
            ("location", "service_id = :s"),
            ("service_theme", "service_id = :s"),
            ("service_language", "service_id = :s"),
            ("schedule", "service_id = :s"),
            ("schedule_window", scheduled),
            ("schedule_exception", scheduled),
        ):
            result = session.execute(text(f"SELECT * FROM {table} WHERE {where}"), {"s": sid})
            skip = {"id", "service_id", "schedule_id"}
            keep = [i for i, name in enumerate(result.keys()) if name not in skip]
            found[table] = sorted((tuple(row[i] for i in keep) for row in result), key=repr)
    return found


def test_read_drafts_reads_as_draft_of(database: Database) -> None:
    """The importer compares with ``read_drafts`` (Core, in bulk): the same drafts as
    ``draft_of`` of the loaded services, order of phones, locations and hours included."""
    from benchmarks.generate import generate_drafts
    from ifg_desktop.directory.bulk import read_drafts

    with database.begin() as session:
        ids = insert_drafts(session, [FULL, *generate_drafts(40)])
        place_services(session, ids)
    with database.begin() as session:
        services = session.scalars(
            select(Service).options(
                selectinload(Service.organization),
                selectinload(Service.themes),
                selectinload(Service.phones),
                selectinload(Service.locations),
                selectinload(Service.schedule).selectinload(Schedule.windows),
                selectinload(Service.schedule).selectinload(Schedule.exceptions),
            )
        ).all()
        expected = {service.key: draft_of(service) for service in services}
        assert read_drafts(session, [*expected, "er-niet"]) == expected


def test_inserts_returning_rows_use_a_few_statement_texts_whatever_the_counts(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every text SQLite prepares stays in its statement cache: one text per count of rows
    # held megabytes at 10,000 services. Small batches and pages here, the same rule.
    from sqlalchemy import event

    from ifg_desktop.directory import bulk

    monkeypatch.setattr(bulk, "BATCH", 37)
    monkeypatch.setattr(bulk, "RETURNING_PAGE", 8)
    # Each batch has its own number of services with hours: 0 up to 37.
    drafts = [
        ServiceDraft(
            key=f"dienst-{n:03}",
            name=f"Dienst {n}",
            organization=OrganizationDraft(f"org-{n % 23}", f"Organisatie {n % 23}"),
            hours=Hours(always_open=True) if (n * 7) % 37 < (n // 37) % 37 else None,
        )
        for n in range(37 * 12 + 5)
    ]
    texts: dict[str, set[str]] = {}

    def remember(_c: object, _cursor: object, statement: str, *_rest: object) -> None:
        if "RETURNING" in statement:
            texts.setdefault(statement.split()[2], set()).add(statement)

    engine = database.engine
    event.listen(engine, "before_cursor_execute", remember)
    try:
        with database.begin() as session:
            ids = insert_drafts(session, drafts)
            place_services(session, ids)
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    # A page of 8, then 4, 2 and 1: at most four texts a table.
    assert set(texts) == {"service", "schedule", "organization"}
    assert all(len(shapes) <= 4 for shapes in texts.values()), {
        table: len(shapes) for table, shapes in texts.items()
    }
    with database.begin() as session:
        stored = {row.key: row.id for row in session.execute(select(Service.key, Service.id))}
        with_hours = set(session.scalars(select(Schedule.service_id)))
    assert [stored[draft.key] for draft in drafts] == ids
    assert {stored[d.key] for d in drafts if d.hours is not None} == with_hours & set(ids)
