"""The field registry agrees with the dataclasses and the model; and the field added through
it, the languages a service is reached in, goes everywhere a field goes."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest
from sqlalchemy import select

from ifg_desktop.db import Database
from ifg_desktop.directory import fields as trail_fields
from ifg_desktop.directory.bulk import insert_drafts, read_drafts
from ifg_desktop.directory.detail import read_service
from ifg_desktop.directory.drafts import ServiceDraft, apply_draft, draft_of, eager_load
from ifg_desktop.directory.editing import create_service, load_service, update_service
from ifg_desktop.directory.indexing import place_service, place_services
from ifg_desktop.directory.query import ServiceQuery, count_services, find_services
from ifg_desktop.directory.records import ServiceRecord
from ifg_desktop.directory.service_fields import COLUMN_FIELDS, SERVICE_FIELDS, TRACKED
from ifg_desktop.directory.spoken_languages import (
    BY_CODE,
    LANGUAGES,
    known_code,
    names,
    ordered,
)
from ifg_desktop.directory.validation import TEXT_LIMITS, validate_draft
from ifg_desktop.models import Service
from tests.conftest import brussels

MOMENT = brussels("2026-12-02 10:00")
SPOKEN = ServiceDraft(
    key="tolk-onthaal",
    name="Onthaal met tolken",
    languages=frozenset({"vgt", "fr", "nl"}),
)


# -- the registry --------------------------------------------------------------------------
def test_the_registry_names_every_field_of_a_draft_in_its_order() -> None:
    assert [f.name for f in SERVICE_FIELDS] == [f.name for f in fields(ServiceDraft)]


def test_every_field_is_a_field_of_the_record_too() -> None:
    record = {f.name for f in fields(ServiceRecord)}
    assert {f.name for f in SERVICE_FIELDS} <= record


def test_every_column_the_registry_names_is_a_column_of_the_service_table() -> None:
    table = Service.__table__.c
    assert all(f.column in table for f in COLUMN_FIELDS)


def test_a_texts_limit_is_its_columns_size() -> None:
    table = Service.__table__.c
    for field in COLUMN_FIELDS:
        length = getattr(table[str(field.column)].type, "length", None)
        if length is not None and field.limit is not None:
            assert field.limit == length, field.name
        if field.limit is not None:
            assert TEXT_LIMITS[field.name] == field.limit


def test_the_trail_follows_every_field_but_the_key() -> None:
    assert TRACKED == trail_fields.TRACKED_FIELDS
    assert tuple(f.name for f in fields(ServiceDraft))[1:] == TRACKED


def test_every_field_has_a_label_of_its_own() -> None:
    labels = [f.label for f in SERVICE_FIELDS]
    assert all(labels) and len(set(labels)) == len(labels)
    assert trail_fields.field_label("alert") == "waarschuwing"  # as the editor says it
    assert trail_fields.field_label("languages") == "talen"


# -- the languages' table ------------------------------------------------------------------
def test_codes_are_read_in_any_iso_639_form() -> None:
    assert known_code("nl") == known_code("NLD") == known_code("dut") == "nl"
    assert known_code("vgt") == "vgt"
    assert known_code("xx") is None
    assert len(BY_CODE) == len(LANGUAGES)


def test_languages_are_shown_belgiums_own_first() -> None:
    assert names({"vgt", "fr", "nl"}) == "Nederlands, Frans, Vlaamse Gebarentaal"
    assert ordered({"ar", "tr", "nl"}) == ("nl", "ar", "tr")


def test_an_unknown_code_is_refused_beside_the_field() -> None:
    problems = validate_draft(replace(SPOKEN, languages=frozenset({"nl", "klingon"})))
    assert "klingon" in problems["languages"]
    assert "languages" not in validate_draft(SPOKEN)


# -- languages through every layer ---------------------------------------------------------
def _add(database: Database, *drafts: ServiceDraft) -> None:
    with database.begin() as session:
        for draft in drafts:
            service = Service(display_rank=0)
            apply_draft(session, service, draft)
            session.add(service)
            session.flush()
            place_service(session, service)


def test_languages_are_written_and_read_back_by_every_reader(database: Database) -> None:
    _add(database, SPOKEN)
    with database.begin() as session:
        service = session.scalars(
            select(Service).where(Service.key == SPOKEN.key).options(*eager_load())
        ).one()
        assert draft_of(service) == SPOKEN
        assert read_drafts(session, [SPOKEN.key])[SPOKEN.key] == SPOKEN
    record = read_service(database, SPOKEN.key, MOMENT)
    assert record is not None and record.languages == ("nl", "fr", "vgt")


def test_bulk_writing_keeps_the_languages(database: Database) -> None:
    with database.begin() as session:
        place_services(session, insert_drafts(session, [SPOKEN]))
    with database.begin() as session:
        assert read_drafts(session, [SPOKEN.key])[SPOKEN.key] == SPOKEN


def test_the_filter_finds_a_service_that_speaks_any_of_the_languages(database: Database) -> None:
    _add(
        database,
        SPOKEN,
        ServiceDraft(key="arabisch", name="Arabisch onthaal", languages=frozenset({"ar"})),
    )

    def keys(*codes: str) -> set[str]:
        query = ServiceQuery(languages=frozenset(codes))
        return {record.key for record in find_services(database, query, clock=lambda: MOMENT)}

    assert keys("vgt") == {SPOKEN.key}
    assert keys("vgt", "ar") == {SPOKEN.key, "arabisch"}
    assert keys("tr") == set()
    assert count_services(database, ServiceQuery(languages=frozenset({"ar"}))) == 1
    everyone = count_services(database, ServiceQuery())
    assert everyone > 2  # the shipped services, which speak nothing said


def test_a_change_of_languages_is_in_the_trail(database: Database) -> None:
    created = create_service(database, SPOKEN, by="An")
    loaded = load_service(database, SPOKEN.key)
    assert loaded is not None
    update_service(
        database,
        replace(loaded.draft, languages=frozenset({"nl", "ar"})),
        expected_version=loaded.version,
        by="An",
    )
    from ifg_desktop.directory.audit import history

    entries = [e for e in history(database, SPOKEN.key) if e.field_name == "languages"]
    assert created.key == SPOKEN.key and entries
    latest = entries[0]
    assert trail_fields.value_text("languages", latest.replacement_value) == "Nederlands, Arabisch"
    assert trail_fields.value_text("languages", latest.previous_value) == (
        "Nederlands, Frans, Vlaamse Gebarentaal"
    )


@pytest.mark.parametrize("field", ["languages"])
def test_the_trail_reads_its_value_back(field: str) -> None:
    value = SPOKEN.languages
    assert trail_fields.from_json(field, trail_fields.to_json(field, value)) == value
    assert trail_fields.to_json(field, value) == '["fr","nl","vgt"]'


def test_the_registry_holds_no_csv_file_names() -> None:
    """The tabular form's files follow HSDS's own tables (hsds/tabular.py), one file for
    many fields: a file name per field would be data nothing reads."""
    import dataclasses

    from ifg_desktop.directory.service_fields import ServiceField

    assert "csv" not in {attribute.name for attribute in dataclasses.fields(ServiceField)}
