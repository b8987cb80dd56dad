"""Editing the directory: every change saved once, by name, and never over somebody else's."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest

from ifg_desktop.db import Database
from ifg_desktop.directory.audit import history
from ifg_desktop.directory.availability import Hours, Window
from ifg_desktop.directory.check import check_directory
from ifg_desktop.directory.checklist import load_items
from ifg_desktop.directory.drafts import OrganizationDraft, PhoneDraft, ServiceDraft
from ifg_desktop.directory.editing import (
    DuplicateCandidate,
    EditConflict,
    EditRefused,
    InvalidDraft,
    KeyTaken,
    ServiceNotFound,
    archive_service,
    create_service,
    editor_choices,
    find_duplicates,
    list_archived,
    load_service,
    restore_service,
    suggest_key,
    update_service,
    verify_today,
)
from ifg_desktop.directory.query import ServiceQuery, find_services, get_service
from ifg_desktop.directory.seed import open_directory


@pytest.fixture
def database(any_database: Database) -> Database:
    """Every rule here holds on both kinds of database: SQLite and PostgreSQL."""
    return any_database


NEW = ServiceDraft(
    key="nachtopvang-noord",
    name="Nachtopvang Noord",
    organization=OrganizationDraft("caw", "wordt genegeerd"),
    urgency=frozenset({"crisis"}),
    themes=frozenset({"partnergeweld"}),
    phones=(PhoneDraft("+3232607281", "Onthaal"),),
    hours=Hours(windows=(Window(4, time(20), time(8)),), closed_on_public_holidays=False),
)


def keys(database: Database, text: str = "") -> set[str]:
    return {r.key for r in find_services(database, ServiceQuery(text=text))}


def test_create_shows_the_service_everywhere_and_records_every_field(database: Database) -> None:
    result = create_service(database, NEW, by="An Coördinator")
    assert result.key == "nachtopvang-noord" and result.version >= 1
    assert "nachtopvang-noord" in keys(database, "nachtopvang")  # in the search index
    record = get_service(database, "nachtopvang-noord")
    assert record is not None and record.organization == "CAW — Centrum Algemeen Welzijnswerk"
    trail = history(database, "nachtopvang-noord")
    assert {entry.field_name for entry in trail} == set(result.changed)
    # What was filled in; fields left blank are not in the trail until they get a value.
    assert set(result.changed) == {
        "name", "organization", "urgency", "themes", "phones", "hours",
    }  # fmt: skip
    assert all(e.updated_by == "An Coördinator" and e.last_action_type == "create" for e in trail)
    assert all(e.previous_value is None for e in trail)


def test_create_refuses_bad_input_and_taken_keys(database: Database) -> None:
    with pytest.raises(InvalidDraft) as raised:
        create_service(database, replace(NEW, email="geen-adres"), by="An")
    assert raised.value.problems == {
        "email": "'geen-adres' is geen e-mailadres (zoals info@voorbeeld.be)."
    }
    with pytest.raises(KeyTaken):
        create_service(database, replace(NEW, key="1712"), by="An")
    with pytest.raises(InvalidDraft) as raised:
        create_service(database, replace(NEW, themes=frozenset({"bestaat-niet"})), by="An")
    assert "themes" in raised.value.problems
    assert "nachtopvang-noord" not in keys(database)
    with pytest.raises(ValueError):  # a change without a name is a bug in the caller
        create_service(database, NEW, by=" ")


def test_update_records_only_what_changed(database: Database) -> None:
    loaded = load_service(database, "bjb-antwerpen")
    assert loaded is not None
    draft = replace(loaded.draft, email="bjb@example.org", phones=(PhoneDraft("1712"),))
    result = update_service(database, draft, expected_version=loaded.version, by="Bert")
    assert set(result.changed) == {"email", "phones"}
    assert result.version > loaded.version
    trail = history(database, "bjb-antwerpen")
    assert sorted((e.field_name, e.previous_text, e.replacement_text) for e in trail) == [
        ("email", "bjb@balieantwerpen.be", "bjb@example.org"),
        ("phones", "03 260 72 80 (Onthaal)", "1712"),
    ]
    assert {e.resource_version for e in trail} == {result.version}
    # Saving the same again changes nothing and records nothing.
    again = update_service(database, draft, expected_version=result.version, by="Bert")
    assert again.changed == () and again.version == result.version
    assert len(history(database, "bjb-antwerpen")) == 2


def test_a_phone_only_change_still_moves_the_version(database: Database) -> None:
    loaded = load_service(database, "1712")
    assert loaded is not None
    draft = replace(loaded.draft, phones=(*loaded.draft.phones, PhoneDraft("+3278150100")))
    result = update_service(database, draft, expected_version=loaded.version, by="An")
    assert result.changed == ("phones",) and result.version > loaded.version
    with pytest.raises(EditConflict):  # the old version is stale now
        update_service(database, loaded.draft, expected_version=loaded.version, by="Bert")


def test_renaming_moves_the_service_in_display_order_and_search(database: Database) -> None:
    loaded = load_service(database, "politie")
    assert loaded is not None
    update_service(
        database,
        replace(loaded.draft, name="Aaa Politie"),
        expected_version=loaded.version,
        by="An",
    )
    records = find_services(database, ServiceQuery())
    assert [r.key for r in records][:2] == ["1712", "politie"]  # digits sort first
    assert "politie" in keys(database, "aaa")


def test_lost_update_two_instances_on_one_file(db_path: Path) -> None:
    """Two coordinators open the same service; the second save is refused, not merged."""
    first, second = open_directory(str(db_path)), open_directory(str(db_path))
    try:
        mine = load_service(first, "vk")
        theirs = load_service(second, "vk")
        assert mine is not None and theirs is not None and mine.version == theirs.version
        update_service(
            second,
            replace(theirs.draft, email="vk@example.org", description="Nieuw"),
            expected_version=theirs.version,
            by="Bert",
        )
        with pytest.raises(EditConflict) as raised:
            update_service(
                first,
                replace(mine.draft, email="ander@example.org"),
                expected_version=mine.version,
                by="An",
            )
        conflict = raised.value
        assert "gewijzigd door Bert" in str(conflict)
        changes = {c.field: c for c in conflict.changes_by_field}
        assert set(changes) == {"email", "description"}
        assert changes["email"].before_text == "(leeg)"
        assert changes["email"].after_text == "vk@example.org"
        assert changes["email"].by == ("Bert",)
        assert conflict.current is not None and conflict.current.draft.email == "vk@example.org"
        # Nothing of the refused save was written, the other person's save stands.
        record = get_service(first, "vk")
        assert record is not None and record.email == "vk@example.org"
        assert {e.updated_by for e in history(first, "vk")} == {"Bert"}
        # Reloading and saving again works.
        fresh = load_service(first, "vk")
        assert fresh is not None
        update_service(
            first,
            replace(fresh.draft, email="ander@example.org"),
            expected_version=fresh.version,
            by="An",
        )
        record = get_service(second, "vk")
        assert record is not None and record.email == "ander@example.org"
        assert record.description == "Nieuw"
    finally:
        first.dispose()
        second.dispose()


def test_simultaneous_saves_exactly_one_wins(db_path: Path) -> None:
    """Both threads read the same version; the write lock lets only one of them save."""
    databases = [open_directory(str(db_path)) for _ in range(2)]
    start = load_service(databases[0], "ocj")
    assert start is not None
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def save(index: int) -> None:
        barrier.wait()
        try:
            update_service(
                databases[index],
                replace(start.draft, contact_note=f"door {index}"),
                expected_version=start.version,
                by=f"Coördinator {index}",
            )
            outcomes.append("saved")
        except EditConflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=save, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    try:
        assert sorted(outcomes) == ["conflict", "saved"]
        assert len(history(databases[0], "ocj")) == 1
    finally:
        for database in databases:
            database.dispose()


def test_archive_hides_everywhere_and_restore_brings_it_back_exactly(database: Database) -> None:
    before = load_service(database, "zsg")
    assert before is not None
    archive_service(database, "zsg", by="An", expected_version=before.version)
    assert "zsg" not in {
        r.key for r in find_services(database, ServiceQuery(include_not_referable=True))
    }
    assert "zsg" not in {f.key for f in check_directory(database, date(2026, 11, 28))}
    assert all("zsg" not in item.suggests_services for item in load_items(database))
    archived = list_archived(database)
    assert [a.key for a in archived] == ["zsg"]
    record = get_service(database, "zsg")  # still found by its key
    assert record is not None and record.archived_at is not None
    with pytest.raises(EditRefused, match="al gearchiveerd"):
        archive_service(database, "zsg", by="An")
    restore_service(database, "zsg", by="Bert", expected_version=archived[0].version)
    after = load_service(database, "zsg")
    assert after is not None and after.draft == before.draft and not after.archived
    assert "zsg" in keys(database)
    assert [(e.last_action_type, e.updated_by) for e in history(database, "zsg")] == [
        ("restore", "Bert"),
        ("archive", "An"),
    ]


def test_verified_today_sets_date_and_coordinator(database: Database) -> None:
    today = date(2026, 11, 28)
    result = verify_today(database, "1712", by="An", today=today)
    assert set(result.changed) == {"assured_date", "assurer"}
    record = get_service(database, "1712")
    assert record is not None and record.assured_date == today and record.assurer == "An"
    assert {e.last_action_type for e in history(database, "1712")} == {"verify"}
    assert "1712" not in {f.key for f in check_directory(database, today) if f.never_verified}
    with pytest.raises(ServiceNotFound):
        verify_today(database, "bestaat-niet", by="An", today=today)


def test_duplicates_same_name_similar_name_same_phone(database: Database) -> None:
    found = {
        c.key: c.reasons
        for c in find_duplicates(
            database,
            ServiceDraft(key="nieuw", name="Politie", phones=(PhoneDraft("+3232607280"),)),
        )
    }
    assert found["politie"] == ("zelfde naam",)
    assert found["bjb-antwerpen"] == ("zelfde nummer +3232607280",)
    similar = {
        c.key for c in find_duplicates(database, ServiceDraft(key="n", name="Kind en Gezinn"))
    }
    assert "kind-en-gezin" in similar
    assert find_duplicates(database, ServiceDraft(key="n", name="Iets heel anders")) == []
    # A service is not its own duplicate.
    loaded = load_service(database, "politie")
    assert loaded is not None
    assert "politie" not in {c.key for c in find_duplicates(database, loaded.draft)}


def test_suggested_keys_are_free(database: Database) -> None:
    assert suggest_key(database, "Nachtopvang Nóórd!") == "nachtopvang-noord"
    assert suggest_key(database, "1712") == "1712-2"


def test_editor_choices(database: Database) -> None:
    choices = editor_choices(database)
    assert choices.themes[0].key == "partnergeweld"
    assert {o.key for o in choices.organizations} == {"caw", "kind-en-gezin", "politie"}


def test_linking_an_organization_never_rewrites_it(database: Database) -> None:
    create_service(database, NEW, by="An")  # NEW names caw "wordt genegeerd"
    assert {o.name for o in editor_choices(database).organizations} >= {
        "CAW — Centrum Algemeen Welzijnswerk"
    }


def _reference_duplicates(database: Database, draft: ServiceDraft) -> list[DuplicateCandidate]:
    """The duplicate check as it was (every service read and compared): the indexed one
    must find the same for names that share the start of a word."""
    from difflib import SequenceMatcher

    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from ifg_desktop.directory.text import index_body
    from ifg_desktop.models import Service

    def similar(first: str, second: str) -> bool:
        if not first or not second:
            return False
        shorter, longer = sorted((first, second), key=len)
        if len(shorter) >= 4 and f" {shorter} " in f" {longer} ":
            return True
        return SequenceMatcher(None, first, second).ratio() >= 0.85

    name = index_body(draft.name)
    numbers = {phone.number for phone in draft.phones}
    found = []
    with database.begin() as session:
        services = session.scalars(
            select(Service)
            .where(Service.key != draft.key)
            .options(selectinload(Service.phones))
            .order_by(Service.id)
        ).all()
        for service in services:
            reasons = []
            names = [index_body(service.name), index_body(service.alternate_name)]
            if name and name in names:
                reasons.append("zelfde naam")
            elif any(similar(name, other) for other in names):
                reasons.append("gelijkaardige naam")
            reasons.extend(
                f"zelfde nummer {phone.number}"
                for phone in service.phones
                if phone.number in numbers
            )
            if reasons:
                found.append(
                    DuplicateCandidate(
                        service.key, service.name, tuple(reasons), service.archived_at is not None
                    )
                )
    return found


def test_indexed_duplicates_are_the_reference_ones(database: Database) -> None:
    """Same names, names a letter off, a name inside another, either way, alternate names,
    archived services, numbers in common, and a service's own key left out."""
    archive_service(database, "zsg", by="An")
    records = find_services(database, ServiceQuery(include_not_referable=True))
    drafts = [ServiceDraft(key="nieuw", name="Iets heel anders")]
    for record in records:
        loaded = load_service(database, record.key)
        assert loaded is not None
        name = loaded.draft.name
        drafts += [
            ServiceDraft(key="nieuw", name=name, phones=loaded.draft.phones[:1]),
            ServiceDraft(key="nieuw", name=name + "s"),  # a letter more at the end
            ServiceDraft(key="nieuw", name=name[:-1]),  # a letter less
            ServiceDraft(key="nieuw", name=f"{name} Antwerpen"),  # it, in a longer name
            ServiceDraft(key="nieuw", name=name.split()[0]),  # its first word
            ServiceDraft(key="nieuw", name=loaded.draft.alternate_name or name),
            loaded.draft,  # not its own duplicate
        ]
    drafts.append(ServiceDraft(key="nieuw", name="Zelfmoordlijn 1813"))  # archived: zsg
    for draft in drafts:
        assert find_duplicates(database, draft) == _reference_duplicates(database, draft), (
            draft.name
        )
