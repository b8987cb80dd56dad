"""Open, closed or unknown — around holidays, nights, and the clock changes."""

from __future__ import annotations

from datetime import UTC, date, time, timedelta

import pytest

from ifg_desktop.directory.availability import (
    DateException,
    Hours,
    OpenState,
    Window,
    availability,
)
from tests.conftest import brussels

WEEKDAYS_9_16 = Hours(
    windows=tuple(Window(day, time(9), time(16)) for day in range(5)),
    closed_on_public_holidays=True,
)
NIGHTS_20_8 = Hours(windows=tuple(Window(day, time(20), time(8)) for day in range(7)))
ALWAYS = Hours(always_open=True)


@pytest.mark.parametrize(
    ("moment", "state", "next_change"),
    [
        ("2026-04-07 10:00", OpenState.OPEN, "2026-04-07 16:00"),  # a Tuesday
        ("2026-04-07 16:30", OpenState.CLOSED, "2026-04-08 09:00"),
        ("2026-04-07 16:00", OpenState.CLOSED, "2026-04-08 09:00"),  # closing time is closed
        ("2026-04-07 09:00", OpenState.OPEN, "2026-04-07 16:00"),
        ("2026-04-06 10:00", OpenState.CLOSED, "2026-04-07 09:00"),  # Easter Monday
        ("2026-11-28 23:00", OpenState.CLOSED, "2026-11-30 09:00"),  # Saturday night
        ("2026-12-25 10:00", OpenState.CLOSED, "2026-12-28 09:00"),  # Christmas (a Friday)
        ("2026-12-24 15:59", OpenState.OPEN, "2026-12-24 16:00"),
    ],
)
def test_weekday_hours_with_public_holidays(
    moment: str, state: OpenState, next_change: str
) -> None:
    result = availability(WEEKDAYS_9_16, brussels(moment))
    assert result.state is state
    assert result.next_change == brussels(next_change)


def test_public_holiday_reason_is_given() -> None:
    assert availability(WEEKDAYS_9_16, brussels("2026-04-06 10:00")).reason == "holiday"


def test_holidays_ignored_when_service_stays_open() -> None:
    hours = Hours(windows=WEEKDAYS_9_16.windows, closed_on_public_holidays=False)
    assert availability(hours, brussels("2026-04-06 10:00")).state is OpenState.OPEN


def test_unknown_holiday_policy_is_unknown_not_closed() -> None:
    hours = Hours(windows=WEEKDAYS_9_16.windows, closed_on_public_holidays=None)
    result = availability(hours, brussels("2026-04-06 10:00"))
    assert result.state is OpenState.UNKNOWN
    # On an ordinary day the known hours still count, and the unknown day stops the look-ahead.
    before = availability(hours, brussels("2026-04-03 17:00"))  # Friday before Easter Monday
    assert before.state is OpenState.CLOSED
    assert before.next_change == brussels("2026-04-06 00:00")


@pytest.mark.parametrize(
    ("moment", "state", "next_change"),
    [
        ("2026-11-28 21:00", OpenState.OPEN, "2026-11-29 08:00"),
        ("2026-11-29 07:59", OpenState.OPEN, "2026-11-29 08:00"),
        ("2026-11-29 08:00", OpenState.CLOSED, "2026-11-29 20:00"),
        ("2026-11-29 12:00", OpenState.CLOSED, "2026-11-29 20:00"),
        ("2026-11-29 00:30", OpenState.OPEN, "2026-11-29 08:00"),  # yesterday's window
    ],
)
def test_window_past_midnight(moment: str, state: OpenState, next_change: str) -> None:
    result = availability(NIGHTS_20_8, brussels(moment))
    assert result.state is state
    assert result.next_change == brussels(next_change)


def test_night_window_over_spring_clock_change_is_one_hour_shorter() -> None:
    # 29 March 2026: 02:00 becomes 03:00 in Brussels.
    result = availability(NIGHTS_20_8, brussels("2026-03-28 21:00"))
    assert result.state is OpenState.OPEN
    assert result.next_change == brussels("2026-03-29 08:00")
    elapsed = result.next_change.astimezone(UTC) - brussels("2026-03-28 21:00").astimezone(UTC)
    assert elapsed == timedelta(hours=10)
    assert availability(NIGHTS_20_8, brussels("2026-03-29 03:30")).state is OpenState.OPEN


def test_night_window_over_autumn_clock_change_is_one_hour_longer() -> None:
    # 25 October 2026: 03:00 becomes 02:00 again.
    start = brussels("2026-10-24 21:00")
    result = availability(NIGHTS_20_8, start)
    assert result.next_change == brussels("2026-10-25 08:00")
    assert result.next_change.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=12)


def test_weekday_hours_on_the_day_of_the_clock_change() -> None:
    hours = Hours(windows=(Window(6, time(1), time(4)),))  # Sunday 01:00–04:00
    inside = brussels("2026-03-29 03:30")
    assert availability(hours, inside).state is OpenState.OPEN
    assert availability(hours, inside).next_change == brussels("2026-03-29 04:00")


def test_always_open_has_no_next_change() -> None:
    result = availability(ALWAYS, brussels("2026-12-25 03:00"))
    assert result.state is OpenState.OPEN
    assert result.next_change is None


def test_closure_on_a_date_closes_even_a_24_7_service() -> None:
    hours = Hours(always_open=True, exceptions=(DateException(date(2026, 12, 31), closed=True),))
    assert availability(hours, brussels("2026-12-31 12:00")).state is OpenState.CLOSED
    result = availability(hours, brussels("2026-12-30 12:00"))
    assert result.state is OpenState.OPEN
    assert result.next_change == brussels("2026-12-31 00:00")


def test_special_hours_on_a_date() -> None:
    hours = Hours(
        windows=WEEKDAYS_9_16.windows,
        exceptions=(DateException(date(2026, 12, 24), False, time(9), time(12)),),
    )
    assert availability(hours, brussels("2026-12-24 13:00")).state is OpenState.CLOSED
    assert availability(hours, brussels("2026-12-24 11:00")).next_change == brussels(
        "2026-12-24 12:00"
    )


def test_no_hours_is_unknown_never_closed() -> None:
    assert availability(None, brussels("2026-11-28 12:00")).state is OpenState.UNKNOWN
    assert availability(Hours(), brussels("2026-11-28 12:00")).state is OpenState.UNKNOWN
    appointment = availability(Hours(by_appointment=True), brussels("2026-11-28 12:00"))
    assert appointment.state is OpenState.UNKNOWN
    assert appointment.reason == "by_appointment"


def test_temporarily_closed_wins() -> None:
    result = availability(ALWAYS, brussels("2026-11-28 12:00"), temporarily_closed=True)
    assert result.state is OpenState.CLOSED
    assert result.reason == "temporarily_closed"


def test_validity_period_bounds_what_is_known() -> None:
    hours = Hours(windows=WEEKDAYS_9_16.windows, valid_to=date(2026, 12, 31))
    assert availability(hours, brussels("2027-01-04 10:00")).state is OpenState.UNKNOWN
    assert availability(hours, brussels("2026-12-30 10:00")).state is OpenState.OPEN


def test_moment_in_another_zone_is_converted() -> None:
    from datetime import datetime

    # 08:30 UTC on a winter Tuesday is 09:30 in Brussels.
    moment = datetime(2026, 12, 1, 8, 30, tzinfo=UTC)
    assert availability(WEEKDAYS_9_16, moment).state is OpenState.OPEN


def test_belgian_holidays_are_remembered_between_starts(tmp_path: object) -> None:
    from ifg_desktop.directory import availability as module

    module._belgian_holidays.cache_clear()
    module._remembered_holidays.cache_clear()
    days = module._belgian_holidays(2031)
    assert date(2031, 4, 14) in days  # Easter Monday 2031
    path = module._holiday_cache_file()
    assert path is not None and "2031-04-14" in path.read_text()
    path.write_text("{not json")  # a damaged cache is only slower, never wrong
    module._belgian_holidays.cache_clear()
    module._remembered_holidays.cache_clear()
    assert module._belgian_holidays(2031) == days


def test_a_part_open_day_and_night_is_said_beside_the_state() -> None:
    """A CKG: nobody knows the hours of its modules, but its crisis reception is reachable
    day and night. Never "Open — 24 op 7"; never dropped by "nu open"."""
    from ifg_desktop.directory.availability import reachable
    from ifg_desktop.directory.describe import state_text

    sunday_night = brussels("2026-11-29 23:00")
    unknown = availability(
        Hours(closed_on_public_holidays=None, always_open_part="crisisopvang"), sunday_night
    )
    assert unknown.state is OpenState.UNKNOWN and unknown.always_open_part == "crisisopvang"
    assert state_text(unknown, sunday_night) == "Uren onbekend · crisisopvang dag en nacht"
    office = Hours(windows=(Window(0, time(9), time(17)),), always_open_part="crisisopvang")
    closed = availability(office, sunday_night)
    assert closed.state is OpenState.CLOSED and reachable(closed)
    assert state_text(closed, sunday_night).endswith("· crisisopvang dag en nacht")
    assert not reachable(availability(Hours(windows=office.windows), sunday_night))
