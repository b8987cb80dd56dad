"""One service between a draft and HSDS: nothing lost, nothing invented."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from ifg_desktop.directory.availability import Hours, Window
from ifg_desktop.directory.drafts import ServiceDraft
from ifg_desktop.directory.hsds.errors import HsdsFileError
from ifg_desktop.directory.hsds.field_readers import Record
from ifg_desktop.directory.hsds.service_export import service_document
from ifg_desktop.directory.hsds.service_import import (
    Context,
    MappedService,
    canonical,
    read_service,
)
from ifg_desktop.directory.hsds.tabular import TableWriter, cell, services_from_tables
from ifg_desktop.directory.hsds.values import (
    maximum_years,
    months_from_maximum,
    months_from_minimum,
    years,
)
from tests.directory.hsds.strategies import THEMES, drafts

LABELS = {key: key.replace("-", " ").title() for key in THEMES}


def read(document: dict[str, Any]) -> MappedService:
    return read_service(Record("test.json", "dienst nr. 1"), document, Context())


def through_csv(document: dict[str, Any]) -> MappedService:
    writer = TableWriter()
    writer.add(document)
    tables = {
        name: [{k: cell(val) for k, val in row.items()} for row in rows]
        for name, rows in writer.tables.items()
    }
    rebuilt = services_from_tables("test.zip", tables)
    [(service, context)] = rebuilt.services
    return read_service(Record("test.zip", "dienst nr. 1"), service, context)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts())
def test_every_draft_survives_json_and_csv(draft: ServiceDraft) -> None:
    document = json.loads(json.dumps(service_document(draft, LABELS), ensure_ascii=False))
    for mapped in (read(document), through_csv(document)):
        assert mapped.draft == canonical(draft)
        assert mapped.notes == ()  # ours: nothing to report
        assert dict(mapped.themes) == {key: LABELS[key] for key in draft.themes}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts())
def test_every_export_validates(hsds_validator: Any, draft: ServiceDraft) -> None:
    errors = list(hsds_validator.iter_errors(service_document(draft, LABELS)))
    assert errors == []


def test_months_survive_years() -> None:
    for months in range(-12, 1572):
        assert months_from_minimum(years(months)) == months
        # A whole number of years is ambiguous as a maximum; the exact months go along then.
        assert months_from_maximum(maximum_years(months)) == months or months % 12 == 0


@pytest.mark.parametrize(
    ("minimum", "maximum", "months"),
    [
        (12, 17, (144, 215)),  # "12 to 17": through 17 years 11 months, like our seed's 215
        (0, 2.5, (0, 30)),  # decimals are exact ages
        (-0.75, 0, (-9, 11)),  # before birth
        (18, None, (216, None)),
    ],
)
def test_foreign_ages_in_years(
    minimum: float, maximum: float | None, months: tuple[int, int | None]
) -> None:
    document = {"id": "x", "name": "X", "status": "active", "minimum_age": minimum}
    if maximum is not None:
        document["maximum_age"] = maximum
    draft = read(document).draft
    assert (draft.minimum_age_months, draft.maximum_age_months) == months


def ours(draft: ServiceDraft) -> dict[str, Any]:
    return service_document(draft, LABELS)


def test_hsds_field_wins_over_a_stale_attribute_and_says_so() -> None:
    document = ours(ServiceDraft(key="a", name="A", maximum_age_months=36))
    assert document["maximum_age"] == 3  # HSDS reads "3" as "through 3": our 36 goes along
    assert read(document).draft.maximum_age_months == 36
    document["maximum_age"] = 5  # edited elsewhere; the attribute still says 36
    mapped = read(document)
    assert mapped.draft.maximum_age_months == 5 * 12 + 11
    assert any("wint" in note for note in mapped.notes)


def test_do_not_refer_travels_as_inactive_plus_attribute() -> None:
    document = ours(ServiceDraft(key="a", name="A", status="do_not_refer"))
    assert document["status"] == "inactive"
    assert read(document).draft.status == "do_not_refer"
    document["status"] = "active"  # re-activated in another tool: HSDS wins
    mapped = read(document)
    assert mapped.draft.status == "active" and mapped.notes


def test_past_midnight_and_24_7_and_kinds_round_trip() -> None:
    hours = Hours(
        always_open=True,
        closed_on_public_holidays=False,
        windows=(Window(4, time(20), time(8), "phone"), Window(5, time(20), time(8), "phone")),
    )
    document = ours(ServiceDraft(key="a", name="A", hours=hours))
    marker, night = document["schedules"]
    assert (marker["opens_at"], marker["closes_at"], marker["byday"]) == (
        "00:00",
        "23:59",
        "MO,TU,WE,TH,FR,SA,SU",
    )
    assert (night["byday"], night["opens_at"], night["closes_at"]) == ("FR,SA", "20:00", "08:00")
    assert "volgende dag" in night["description"]
    assert read(document).draft.hours == hours


def foreign(**fields: Any) -> dict[str, Any]:
    return {"id": "f1", "name": "Elders", "status": "active", **fields}


def schedule(**fields: Any) -> dict[str, Any]:
    return {"id": "s1", "freq": "WEEKLY", "opens_at": "09:00", "closes_at": "17:00", **fields}


def test_foreign_weekly_schedules() -> None:
    mapped = read(
        foreign(
            schedules=[
                schedule(byday="MO,TU", valid_from="2026-01-01", until="2026-06-30"),
                schedule(id="s2", byday="WE", opens_at="13:00:00", closes_at="24:00",
                         valid_from="2026-01-01", valid_to="2026-06-30", notes="Niet in juli"),
            ]
        )
    )  # fmt: skip
    hours = mapped.draft.hours
    assert hours is not None
    assert hours.windows == (
        Window(0, time(9), time(17)),
        Window(1, time(9), time(17)),
        Window(2, time(13), time(0)),  # 24:00 is midnight, the end of the day
    )
    assert (hours.valid_from, hours.valid_to) == (date(2026, 1, 1), date(2026, 6, 30))
    assert hours.closed_on_public_holidays is None  # HSDS does not say: unknown, not guessed
    assert mapped.draft.schedule_note == "Niet in juli"
    assert mapped.notes == ()


def test_foreign_round_the_clock_is_24_7() -> None:
    every_day = schedule(byday="MO,TU,WE,TH,FR,SA,SU", opens_at="00:00", closes_at="23:59")
    hours = read(foreign(schedules=[every_day])).draft.hours
    assert hours is not None and hours.always_open and hours.windows == ()


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"freq": "YEARLY", "byday": "1SA"}, "YEARLY"),
        ({"byday": "MO", "interval": 2}, "om de 2 weken"),  # no dtstart to count from
        ({"byday": "1MO"}, "volgnummer"),  # a number only by the month
        ({"byday": "MO", "bymonthday": "1"}, "bymonthday"),
        ({"byday": "", "freq": "WEEKLY"}, "geen dagen"),
        ({"byday": "MO", "closes_at": None}, "einduur"),
    ],
)
def test_what_cannot_be_expressed_is_reported(fields: dict[str, Any], reason: str) -> None:
    mapped = read(foreign(schedules=[schedule(description="Elke eerste zaterdag", **fields)]))
    assert mapped.draft.hours is None
    assert any(reason in note and "Elke eerste zaterdag" in note for note in mapped.notes)


def test_differing_validity_leaves_hours_unknown_and_says_so() -> None:
    mapped = read(
        foreign(
            schedules=[schedule(byday="MO", valid_to="2026-12-20"), schedule(id="s2", byday="TU")]
        )
    )
    assert mapped.draft.hours is not None and mapped.draft.hours.windows == ()
    assert any("geldigheid" in note for note in mapped.notes)


def test_daily_and_dtstart() -> None:
    daily = read(foreign(schedules=[schedule(freq="DAILY")])).draft.hours
    assert daily is not None and {w.weekday for w in daily.windows} == set(range(7))
    weekly = read(foreign(schedules=[schedule(dtstart="2026-11-27")])).draft.hours  # a Friday
    assert weekly is not None and [w.weekday for w in weekly.windows] == [4]


def test_fax_numbers_are_not_phones_to_call() -> None:
    mapped = read(foreign(phones=[{"id": "p", "number": "03 260 72 80", "type": "fax"},
                                  {"id": "q", "number": "1712", "type": "voice"}]))  # fmt: skip
    assert [p.number for p in mapped.draft.phones] == ["1712"]
    assert any("fax" in note for note in mapped.notes)


def test_unknown_fields_and_foreign_attributes_are_reported() -> None:
    mapped = read(
        foreign(
            extra_field="iets",
            attributes=[{"id": "a", "taxonomy_term": {"id": "t", "name": "Doelgroep",
                                                       "description": "d"}, "value": "jongeren"}],
        )
    )  # fmt: skip
    assert any("extra_field" in note for note in mapped.notes)
    assert any("Doelgroep" in note and "jongeren" in note for note in mapped.notes)


def test_defunct_is_kept_as_inactive_and_reported() -> None:
    mapped = read(foreign(status="defunct"))
    assert mapped.draft.status == "inactive" and any("defunct" in n for n in mapped.notes)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": ""}, "name"),
        ({"status": "open"}, "status"),
        ({"status": None}, "status"),
        ({"minimum_age": 20, "maximum_age": 10}, "minimum_age"),
        ({"minimum_age": "twaalf"}, "minimum_age"),
        ({"minimum_age": float("nan")}, "minimum_age"),
        ({"phones": [{"id": "p", "number": "geen nummer"}]}, "phones[0].number"),
        ({"phones": "1712"}, "phones"),
        ({"schedules": [schedule(byday="MO", opens_at="25:00")]}, "schedules[0].opens_at"),
        ({"schedules": [schedule(byday="maandag")]}, "schedules[0].byday"),
        ({"schedules": [schedule(byday="MO", valid_from="morgen")]}, "schedules[0].valid_from"),
        ({"assured_date": "2026-13-01"}, "assured_date"),
        ({"id": "x" * 81}, "id"),
        ({"name": "x" * 201}, "name"),
        ({"organization": {"id": "o"}}, "organization.name"),
        ({"organization_id": "onbekend"}, "organization_id"),
        ({"service_at_locations": [{"id": "l", "location": {"id": "l", "addresses": [
            {"id": "a", "country": "België"}]}}]}, "country"),
    ],
)  # fmt: skip
def test_malformed_values_name_file_record_and_field(fields: dict[str, Any], field: str) -> None:
    with pytest.raises(HsdsFileError) as raised:
        read(foreign(**fields))
    message = str(raised.value)
    assert message.startswith("test.json, dienst nr. 1")
    assert field in (raised.value.field or ""), message
    assert "\n" not in message


def test_our_key_and_ids_are_stable() -> None:
    draft = ServiceDraft(key="veilig-huis", name="Veilig Huis")
    first, second = ours(draft), ours(replace(draft, name="Anders"))
    assert first["id"] == second["id"] != "veilig-huis"
    assert read(first).draft.key == "veilig-huis"
    foreign_id = "ac148810-d857-441c-9679-408f346de14b"
    assert ours(replace(draft, key=foreign_id))["id"] == foreign_id  # kept as it came
