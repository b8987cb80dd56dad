"""Hours that do not hold every week: the first Monday of the month, the last Friday, the
second and fourth Tuesday, every other week from a first day — as HSDS (iCalendar RRULE)
has them, from import to "open now", the detail pane, the editor and export."""

from __future__ import annotations

import json
from datetime import UTC, date, time, timedelta
from typing import Any

import pytest

from ifg_desktop.db import Database
from ifg_desktop.directory import describe
from ifg_desktop.directory.availability import (
    DateException,
    Hours,
    OpenState,
    Window,
    availability,
    falls_on,
)
from ifg_desktop.directory.drafts import ServiceDraft
from ifg_desktop.directory.editing import create_service
from ifg_desktop.directory.hsds.field_readers import Record
from ifg_desktop.directory.hsds.service_export import service_document
from ifg_desktop.directory.hsds.service_import import (
    Context,
    MappedService,
    canonical,
    read_service,
)
from ifg_desktop.directory.query import (
    AvailabilityFilter,
    ServiceQuery,
    find_rows,
    get_service,
)
from tests.conftest import brussels

FIRST_MONDAY = Window(0, time(9), time(12), "walk_in", ordinals=(1,))
LAST_FRIDAY = Window(4, time(13), time(17), ordinals=(-1,))
SECOND_AND_FOURTH_TUESDAY = Window(1, time(9), time(12), ordinals=(2, 4))
# Every other Tuesday evening, counted from Tuesday 6 January 2026.
FORTNIGHTLY = Window(1, time(18), time(20), interval=2, anchor=date(2026, 1, 6))


def state(window: Window, moment: str, **hours: Any) -> tuple[OpenState, str | None]:
    """The state at ``moment`` and when it changes, as local text ("2026-01-05 12:00")."""
    found = availability(Hours(windows=(window,), **hours), brussels(moment))
    change = found.next_change
    return found.state, None if change is None else f"{change:%Y-%m-%d %H:%M}"


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("2026-01-05 10:00", (OpenState.OPEN, "2026-01-05 12:00")),  # the first Monday
        ("2026-01-05 08:00", (OpenState.CLOSED, "2026-01-05 09:00")),
        ("2026-01-12 10:00", (OpenState.CLOSED, "2026-02-02 09:00")),  # the second Monday
        ("2026-01-26 10:00", (OpenState.CLOSED, "2026-02-02 09:00")),
        ("2026-02-02 11:59", (OpenState.OPEN, "2026-02-02 12:00")),
    ],
)
def test_first_monday_of_the_month(moment: str, expected: tuple[OpenState, str | None]) -> None:
    assert state(FIRST_MONDAY, moment) == expected


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("2026-01-30 14:00", (OpenState.OPEN, "2026-01-30 17:00")),  # the last Friday
        ("2026-01-23 14:00", (OpenState.CLOSED, "2026-01-30 13:00")),  # one but last
        ("2026-02-20 14:00", (OpenState.CLOSED, "2026-02-27 13:00")),
    ],
)
def test_last_friday_of_the_month(moment: str, expected: tuple[OpenState, str | None]) -> None:
    assert state(LAST_FRIDAY, moment) == expected


def test_second_and_fourth_tuesday() -> None:
    assert state(SECOND_AND_FOURTH_TUESDAY, "2026-01-13 10:00")[0] is OpenState.OPEN
    assert state(SECOND_AND_FOURTH_TUESDAY, "2026-01-27 10:00")[0] is OpenState.OPEN
    assert state(SECOND_AND_FOURTH_TUESDAY, "2026-01-20 10:00") == (
        OpenState.CLOSED,
        "2026-01-27 09:00",
    )
    assert state(SECOND_AND_FOURTH_TUESDAY, "2026-01-06 10:00")[0] is OpenState.CLOSED


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("2026-01-06 19:00", (OpenState.OPEN, "2026-01-06 20:00")),  # the first day
        ("2026-01-13 19:00", (OpenState.CLOSED, "2026-01-20 18:00")),  # the week between
        ("2026-01-20 19:00", (OpenState.OPEN, "2026-01-20 20:00")),
        ("2026-03-31 19:00", (OpenState.OPEN, "2026-03-31 20:00")),  # twelve weeks on
        ("2025-12-23 19:00", (OpenState.CLOSED, "2026-01-06 18:00")),  # before its start
    ],
)
def test_every_other_week_from_its_first_day(
    moment: str, expected: tuple[OpenState, str | None]
) -> None:
    assert state(FORTNIGHTLY, moment) == expected


def test_every_other_week_counts_weeks_from_the_anchors_week() -> None:
    # dtstart on a Thursday: that week's Tuesday lies before it; the count still starts
    # in that week (RRULE, weeks from Monday), so the first evening is 20 January.
    window = FORTNIGHTLY._replace(anchor=date(2026, 1, 8))
    assert falls_on(window, date(2026, 1, 6)) is False
    assert falls_on(window, date(2026, 1, 13)) is False
    assert falls_on(window, date(2026, 1, 20)) is True


def test_every_other_week_without_a_first_day_counts_from_valid_from() -> None:
    window = FORTNIGHTLY._replace(anchor=None)
    assert state(window, "2026-01-13 19:00", valid_from=date(2026, 1, 13))[0] is OpenState.OPEN
    assert state(window, "2026-01-20 19:00", valid_from=date(2026, 1, 13))[0] is (OpenState.CLOSED)
    # Nothing to count from: which weeks is not known, so neither is the state.
    assert state(window, "2026-01-13 19:00")[0] is OpenState.UNKNOWN


def test_every_other_saturday_night_across_the_clock_change() -> None:
    # From 14 March 2026 every other Saturday 20:00–08:00; the second night is the one the
    # clocks go forward (29 March, 02:00 -> 03:00): it ends at 08:00 all the same.
    nights = Window(5, time(20), time(8), interval=2, anchor=date(2026, 3, 14))
    hours = Hours(windows=(nights,))
    early = availability(hours, brussels("2026-03-29 07:30"))
    assert early.state is OpenState.OPEN
    assert early.next_change == brussels("2026-03-29 08:00")
    assert early.next_change.astimezone(UTC).hour == 6  # summer time: UTC+2
    opened = availability(hours, brussels("2026-03-28 19:00")).next_change
    assert opened is not None  # one hour of the night does not exist: 11 hours, not 12
    assert early.next_change.astimezone(UTC) - opened.astimezone(UTC) == timedelta(hours=11)
    assert availability(hours, brussels("2026-03-22 07:30")).state is OpenState.CLOSED
    assert availability(hours, brussels("2026-04-12 07:30")).state is OpenState.OPEN


def test_last_sunday_of_march_on_the_day_the_clocks_change() -> None:
    window = Window(6, time(9), time(12), ordinals=(-1,))
    result = availability(Hours(windows=(window,)), brussels("2026-03-29 10:00"))
    assert result.state is OpenState.OPEN
    assert result.next_change is not None and result.next_change.astimezone(UTC).hour == 10


def test_public_holidays_and_dates_still_come_first() -> None:
    # Easter Monday 2026 is the first Monday of April.
    closed = availability(
        Hours(windows=(FIRST_MONDAY,), closed_on_public_holidays=True), brussels("2026-04-06 10:00")
    )
    assert (closed.state, closed.reason) == (OpenState.CLOSED, "holiday")
    unknown = availability(
        Hours(windows=(FIRST_MONDAY,), closed_on_public_holidays=None), brussels("2026-04-06 10:00")
    )
    assert unknown.state is OpenState.UNKNOWN
    moved = Hours(
        windows=(FIRST_MONDAY,),
        exceptions=(DateException(date(2026, 1, 5), True, note="verhuis"),),
    )
    assert availability(moved, brussels("2026-01-05 10:00")).state is OpenState.CLOSED


def test_detail_text_in_dutch() -> None:
    hours = Hours(windows=(FIRST_MONDAY, SECOND_AND_FOURTH_TUESDAY, FORTNIGHTLY, LAST_FRIDAY))
    lines = dict(describe.week_lines(hours))
    assert lines[0] == "eerste maandag van de maand 09:00–12:00 (vrije inloop)"
    assert lines[1] == (
        "tweede en vierde dinsdag van de maand 09:00–12:00, "
        "om de twee weken op dinsdag 18:00–20:00 (vanaf 06-01-2026)"
    )
    assert lines[4] == "laatste vrijdag van de maand 13:00–17:00"
    assert lines[2] == "gesloten"
    assert describe.rule_text(Window(2, time(9), time(12))) == ""
    state_now = availability(hours, brussels("2026-01-12 10:00"))
    assert describe.state_text(state_now, brussels("2026-01-12 10:00")) == (
        "Gesloten — opent morgen 09:00"
    )


# -- HSDS --------------------------------------------------------------------------------


def read(document: dict[str, Any]) -> MappedService:
    return read_service(Record("test.json", "dienst nr. 1"), document, Context())


def schedule(ident: str, **fields: Any) -> dict[str, Any]:
    return {"id": ident, "opens_at": "09:00", "closes_at": "12:00", **fields}


FOREIGN = {
    "id": "f1",
    "name": "Inloop elders",
    "status": "active",
    "schedules": [
        schedule("a", freq="MONTHLY", byday="1MO", description="Elke eerste maandag"),
        schedule("b", freq="MONTHLY", byday="-1FR", opens_at="13:00", closes_at="17:00"),
        schedule("c", freq="MONTHLY", byday="2TU,4TU"),
        schedule(
            "d", freq="WEEKLY", interval=2, byday="TU", dtstart="2026-01-06", opens_at="18:00",
            closes_at="20:00",
        ),
    ],
}  # fmt: skip


def rrule_fields(document: dict[str, Any]) -> set[tuple[Any, ...]]:
    return {
        (s.get("freq"), s["byday"], s.get("interval", 1), s.get("dtstart"), s["opens_at"])
        for s in document["schedules"]
    }


def test_hsds_import_reads_monthly_and_fortnightly_schedules() -> None:
    mapped = read(FOREIGN)
    assert mapped.notes == ()
    hours = mapped.draft.hours
    assert hours is not None
    assert set(hours.windows) == {
        FIRST_MONDAY._replace(kind="open"),
        LAST_FRIDAY,
        SECOND_AND_FOURTH_TUESDAY,
        FORTNIGHTLY,
    }
    assert hours.valid_from is None  # dtstart starts the count; it is no validity


def test_hsds_round_trip_keeps_freq_byday_interval_and_dtstart() -> None:
    first = read(FOREIGN).draft
    exported = json.loads(json.dumps(service_document(first, {})))
    assert rrule_fields(exported) == {
        ("MONTHLY", "1MO", 1, None, "09:00"),
        ("MONTHLY", "-1FR", 1, None, "13:00"),
        ("MONTHLY", "2TU,4TU", 1, None, "09:00"),
        ("WEEKLY", "TU", 2, "2026-01-06", "18:00"),
    }
    descriptions = {s["byday"]: s["description"] for s in exported["schedules"]}
    assert descriptions["1MO"] == "eerste maandag van de maand: 09:00–12:00"
    again = read(exported)
    assert again.notes == () and again.draft == canonical(first)
    assert rrule_fields(service_document(again.draft, {})) == rrule_fields(exported)


def test_hsds_every_other_week_from_valid_from() -> None:
    document = {**FOREIGN, "schedules": [schedule("x", byday="MO", interval=2,
                                                  valid_from="2026-01-05")]}  # fmt: skip
    hours = read(document).draft.hours
    assert hours is not None
    assert hours.windows == (Window(0, time(9), time(12), interval=2, anchor=date(2026, 1, 5)),)
    exported = service_document(read(document).draft, {})["schedules"][0]
    assert (exported["interval"], exported["dtstart"]) == (2, "2026-01-05")


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"freq": "YEARLY", "byday": "1SA"}, "YEARLY"),
        ({"freq": "WEEKLY", "byday": "1MO"}, "volgnummer"),
        ({"freq": "MONTHLY", "byday": "6MO"}, "volgnummer"),
        ({"freq": "MONTHLY", "byday": "MO", "interval": 2, "dtstart": "2026-01-05"}, "maanden"),
        ({"freq": "WEEKLY", "byday": "MO", "interval": 2}, "dtstart"),
        ({"freq": "WEEKLY", "byday": "MO", "interval": 1.5}, "om de 1.5 weken"),
        ({"freq": "DAILY", "interval": 3}, "om de 3 dagen"),
        ({"freq": "WEEKLY", "byday": "MO", "interval": 1000, "dtstart": "2026-01-05"},
         "eens per jaar"),
        ({"freq": "MONTHLY", "byday": "1MO", "interval": 13, "dtstart": "2026-01-05"},
         "eens per jaar"),
        ({"freq": "WEEKLY", "byday": "SU", "interval": 2, "dtstart": "2026-01-04",
          "wkst": "SU"}, "SU"),
    ],
)  # fmt: skip
def test_rules_that_cannot_be_kept_are_reported(fields: dict[str, Any], reason: str) -> None:
    mapped = read({**FOREIGN, "schedules": [schedule("x", description="Soms", **fields)]})
    assert mapped.draft.hours is None
    assert any(reason in note and "Soms" in note for note in mapped.notes), mapped.notes


def test_export_validates(hsds_validator: Any) -> None:
    document = service_document(read(FOREIGN).draft, {})
    assert list(hsds_validator.iter_errors(document)) == []


# -- the database ------------------------------------------------------------------------


@pytest.fixture
def database(any_database: Database) -> Database:
    return any_database


def test_saved_and_found_open_on_the_right_days(database: Database) -> None:
    hours = Hours(windows=(FIRST_MONDAY, SECOND_AND_FOURTH_TUESDAY, FORTNIGHTLY, LAST_FRIDAY))
    draft = ServiceDraft(key="maandelijkse-inloop", name="Maandelijkse inloop", hours=hours)
    assert create_service(database, draft, by="test").changed

    def open_keys(moment: str) -> set[str]:
        query = ServiceQuery(
            text="maandelijkse inloop",
            availability=AvailabilityFilter.OPEN,
            moment=brussels(moment),
        )
        return {row.key for row in find_rows(database, query)}

    assert "maandelijkse-inloop" in open_keys("2026-01-05 10:00")  # first Monday
    assert "maandelijkse-inloop" not in open_keys("2026-01-12 10:00")  # second Monday
    assert "maandelijkse-inloop" in open_keys("2026-01-20 19:00")  # every other Tuesday
    assert "maandelijkse-inloop" not in open_keys("2026-01-13 19:00")
    assert "maandelijkse-inloop" in open_keys("2026-01-30 14:00")  # last Friday
    record = get_service(database, "maandelijkse-inloop", moment=brussels("2026-01-12 10:00"))
    assert record is not None and record.hours is not None
    assert set(record.hours.windows) == set(hours.windows)
    assert record.availability.state is OpenState.CLOSED
    assert record.availability.next_change == brussels("2026-01-13 09:00")


def monday(*ordinals: int, hours: tuple[int, int] = (9, 12)) -> Window:
    return Window(0, time(hours[0]), time(hours[1]), ordinals=ordinals)


def fortnightly_tuesday(anchor: date) -> Window:
    return Window(1, time(18), time(20), interval=2, anchor=anchor)


@pytest.mark.parametrize(
    ("first", "second", "overlap"),
    [
        (monday(1), monday(3), False),
        (monday(-1), monday(4, hours=(10, 11)), True),  # the last Monday can be the fourth
        (monday(-1), monday(2, hours=(10, 11)), False),
        (monday(1), Window(0, time(10), time(11)), True),  # every Monday has a first one
        (fortnightly_tuesday(date(2026, 1, 6)), fortnightly_tuesday(date(2026, 1, 13)), False),
        (fortnightly_tuesday(date(2026, 1, 6)), fortnightly_tuesday(date(2026, 1, 20)), True),
    ],
)
def test_rules_that_never_meet_do_not_overlap(first: Window, second: Window, overlap: bool) -> None:
    from ifg_desktop.directory.validation import overlapping_windows

    assert bool(overlapping_windows([first, second])) is overlap


def test_a_rule_rarer_than_once_a_year_is_refused_and_never_walked() -> None:
    from ifg_desktop.directory.validation import hours_problem

    rare = Window(0, time(9), time(12), interval=1000, anchor=date(2020, 1, 6))
    assert hours_problem(Hours(windows=(rare,))) is not None
    # Stored anyway (an older file): the next change is looked for a year ahead at most.
    found = availability(Hours(windows=(rare,)), brussels("2026-01-07 10:00"))
    assert found.state is OpenState.CLOSED and found.next_change is None
