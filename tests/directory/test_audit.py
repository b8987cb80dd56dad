"""The trail: every change by field, readable, and any earlier value can be put back."""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest

from ifg_desktop.db import Database
from ifg_desktop.directory import fields
from ifg_desktop.directory.audit import history, trail
from ifg_desktop.directory.availability import DateException, Hours, Window
from ifg_desktop.directory.drafts import LocationDraft, OrganizationDraft, PhoneDraft, ServiceDraft
from ifg_desktop.directory.editing import (
    EditConflict,
    EditRefused,
    archive_service,
    load_service,
    restore_value,
    update_service,
)
from ifg_desktop.directory.query import ServiceQuery, find_services, get_service


@pytest.fixture
def database(any_database: Database) -> Database:
    """Every rule here holds on both kinds of database: SQLite and PostgreSQL."""
    return any_database


FULL = ServiceDraft(
    key="volledig",
    name="Volledig",
    alternate_name="Vol",
    organization=OrganizationDraft("caw", "CAW"),
    description="Alles ingevuld.",
    status="do_not_refer",
    professional_only=True,
    contact_note="Via de politie.",
    minimum_age_months=-9,
    maximum_age_months=215,
    urgency=frozenset({"acute", "non_acute"}),
    themes=frozenset({"crisis", "partnergeweld"}),
    keywords=("nacht", "opvang"),
    notes=("Geen noodnummer",),
    free_of_charge=True,
    anonymous=None,
    url="https://example.org",
    email="info@example.org",
    alert="Verhuisd",
    alert_until=date(2027, 1, 31),
    assured_date=date(2026, 11, 1),
    assurer="An",
    phones=(PhoneDraft("+3232607280", "Onthaal", "overdag", False), PhoneDraft("116000")),
    locations=(LocationDraft("Zetel", "Straat 1", "2000", "Antwerpen"),),
    hours=Hours(
        by_appointment=True,
        closed_on_public_holidays=None,
        windows=(Window(4, time(20), time(8), "walk_in"), Window(0, time(9), time(12))),
        exceptions=(DateException(date(2026, 12, 24), False, time(9), time(12), "kerst"),),
        valid_from=date(2026, 1, 1),
    ),
    schedule_note="Nachten",
)


@pytest.mark.parametrize("field", fields.TRACKED_FIELDS)
def test_every_field_survives_json_and_back(field: str) -> None:
    value = getattr(FULL, field)
    text = fields.to_json(field, value)
    back = fields.from_json(field, text)
    if field == "hours":  # windows come back in week order: the same hours
        assert fields.to_json(field, back) == text
        assert set(back.windows) == set(value.windows)
    else:
        assert back == value
    assert fields.value_text(field, text)  # and can be read


def test_tracked_fields_are_every_draft_field_but_the_key() -> None:
    names = [f.name for f in dataclass_fields(ServiceDraft)]
    assert tuple(names[1:]) == fields.TRACKED_FIELDS and names[0] == "key"


def test_values_in_words() -> None:
    text = fields.to_json
    assert (
        fields.value_text("phones", text("phones", FULL.phones))
        == "03 260 72 80 (Onthaal), 116 000"
    )
    assert fields.value_text("minimum_age_months", text("minimum_age_months", -9)) == (
        "vanaf zwangerschap"
    )
    assert fields.value_text("maximum_age_months", "215") == "t.e.m. 17 jaar"
    assert fields.value_text("status", '"do_not_refer"') == "niet doorverwijzen"
    assert fields.value_text("anonymous", "null") == "onbekend"
    assert fields.value_text("email", None) == "(leeg)"
    hours = fields.value_text("hours", text("hours", FULL.hours))
    assert "ma 09:00–12:00" in hours and "vr 20:00–08:00 (tot de volgende dag)" in hours
    assert "op afspraak" in hours and "feestdagen onbekend" in hours
    assert "24-12-2026 09:00–12:00" in hours
    assert fields.value_text("hours", text("hours", Hours(always_open=True))).startswith("24 op 7")


def test_trail_and_restore_an_earlier_value(database: Database) -> None:
    start = load_service(database, "vk")
    assert start is not None
    first = update_service(
        database,
        replace(start.draft, email="een@example.org"),
        expected_version=start.version,
        by="An",
    )
    second = update_service(
        database,
        replace(start.draft, email="twee@example.org", phones=(PhoneDraft("1712"),)),
        expected_version=first.version,
        by="Bert",
    )
    entries = history(database, "vk")
    # Newest first; within one save, in the order of the fields.
    assert [(e.updated_by, e.field_name) for e in entries] == [
        ("Bert", "phones"),
        ("Bert", "email"),
        ("An", "email"),
    ]
    email_changes = [e for e in entries if e.field_name == "email"]
    assert [(e.previous_text, e.replacement_text) for e in email_changes] == [
        ("een@example.org", "twee@example.org"),
        ("(leeg)", "een@example.org"),
    ]
    # Put back the value from before An's change: the empty address.
    oldest = email_changes[-1]
    result = restore_value(database, oldest.id, by="Chris", expected_version=second.version)
    assert result.changed == ("email",)
    record = get_service(database, "vk")
    assert record is not None and record.email is None and record.phones[0].number == "1712"
    newest = history(database, "vk")[0]
    assert (newest.last_action_type, newest.updated_by, newest.field_name) == (
        "revert",
        "Chris",
        "email",
    )
    assert (newest.previous_text, newest.replacement_text) == ("twee@example.org", "(leeg)")
    # ... and the value An set, from the same row.
    restore_value(database, oldest.id, by="Chris", use="replacement")
    record = get_service(database, "vk")
    assert record is not None and record.email == "een@example.org"
    # A stale version is refused like any edit.
    with pytest.raises(EditConflict):
        restore_value(database, oldest.id, by="Chris", expected_version=second.version)


def test_restoring_hours_and_archive_from_the_trail(database: Database) -> None:
    start = load_service(database, "1712")
    assert start is not None and start.draft.hours is not None
    changed = update_service(
        database,
        replace(start.draft, hours=Hours(always_open=True)),
        expected_version=start.version,
        by="An",
    )
    entry = next(e for e in history(database, "1712") if e.field_name == "hours")
    restore_value(database, entry.id, by="An", expected_version=changed.version)
    again = load_service(database, "1712")
    assert again is not None
    assert fields.to_json("hours", again.draft.hours) == fields.to_json("hours", start.draft.hours)

    archive_service(database, "1712", by="An")
    archived = next(e for e in history(database, "1712") if e.field_name == fields.ARCHIVED)
    restore_value(database, archived.id, by="Bert")  # "not archived", as before
    assert "1712" in {r.key for r in find_services(database, ServiceQuery())}


def test_a_created_service_has_no_earlier_value(database: Database) -> None:
    from ifg_desktop.directory.editing import create_service

    create_service(database, FULL, by="An")
    entry = next(e for e in history(database, "volledig") if e.field_name == "name")
    with pytest.raises(EditRefused, match="geen eerdere waarde"):
        restore_value(database, entry.id, by="An")
    with pytest.raises(EditRefused, match="niet \\(meer\\)"):
        restore_value(database, 10**9, by="An")


def test_trail_filters_by_key_and_date(database: Database) -> None:
    start = load_service(database, "ocj")
    assert start is not None
    update_service(
        database,
        replace(start.draft, email="x@example.org"),
        expected_version=start.version,
        by="An",
    )
    assert [e.resource_id for e in trail(database)] == ["ocj"]
    assert trail(database, "vk") == []
    entry = trail(database, "ocj")[0]
    assert entry.last_action_date.tzinfo is not None
    assert abs(entry.last_action_date - datetime.now(UTC)) < timedelta(minutes=1)
    assert trail(database, since=datetime.now(UTC) + timedelta(hours=1)) == []
    assert len(trail(database, since=datetime.now(UTC) - timedelta(hours=1))) == 1
