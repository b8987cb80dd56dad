"""When a service can be reached: open, closed, or unknown — never "closed" for unknown.

Opening hours are wall-clock times in the schedule's time zone (Europe/Brussels). They are
turned into real instants one day at a time, so a window from 20:00 to 08:00 ends the next
morning, the night the clocks change is as long as it really is, and a Belgian public
holiday or a closure on a date takes the day's windows away.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")
# How far ahead "when does that change" is looked for; beyond it the answer is "not soon".
HORIZON_DAYS = 14


class OpenState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Window:
    weekday: int  # 0 = Monday
    opens_at: time
    closes_at: time  # <= opens_at: ends the next day; 00:00 = midnight
    kind: str = "open"


@dataclass(frozen=True, slots=True)
class DateException:
    day: date
    closed: bool
    opens_at: time | None = None
    closes_at: time | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Hours:
    """Everything availability needs of a schedule, detached from the database."""

    always_open: bool = False
    by_appointment: bool = False
    closed_on_public_holidays: bool | None = True
    windows: tuple[Window, ...] = ()
    exceptions: tuple[DateException, ...] = ()
    valid_from: date | None = None
    valid_to: date | None = None
    timezone: str = "Europe/Brussels"

    @property
    def known(self) -> bool:
        """Whether these hours say anything about when the service can be reached."""
        return self.always_open or bool(self.windows) or bool(self.exceptions)


@dataclass(frozen=True, slots=True)
class Availability:
    state: OpenState
    # When the state changes next (aware, in the schedule's zone); None = not within the
    # horizon, or not known.
    next_change: datetime | None = None
    # Why, when it is not plain weekly hours: "holiday", "closure", "temporarily_closed",
    # "holiday_unknown", "by_appointment" …
    reason: str | None = None

    @property
    def is_open(self) -> bool | None:
        return {OpenState.OPEN: True, OpenState.CLOSED: False}.get(self.state)


UNKNOWN = Availability(OpenState.UNKNOWN)


@lru_cache(maxsize=16)
def _belgian_holidays(year: int) -> frozenset[date]:
    import holidays

    return frozenset(holidays.country_holidays("BE", years=year).keys())


def is_public_holiday(day: date) -> bool:
    return day in _belgian_holidays(day.year)


def holiday_name(day: date) -> str | None:
    import holidays

    return holidays.country_holidays("BE", years=day.year, language="nl").get(day)


@dataclass(frozen=True, slots=True)
class _Day:
    """One local date's opening intervals, as aware instants; ``unknown`` = can't say."""

    intervals: tuple[tuple[datetime, datetime], ...]
    unknown: bool = False
    reason: str | None = None


def _at(day: date, moment: time, zone: ZoneInfo) -> datetime:
    # fold=0: a wall-clock time in the spring gap (02:30) lands after the gap, one that
    # happens twice in autumn is taken at its first occurrence. Instants are compared in
    # UTC: Python compares two times of one zone by their wall clocks, wrong across a change.
    return datetime.combine(day, moment, tzinfo=zone).astimezone(UTC)


def _interval(day: date, opens: time, closes: time, zone: ZoneInfo) -> tuple[datetime, datetime]:
    start = _at(day, opens, zone)
    end_day = day if closes > opens else day + timedelta(days=1)
    return start, _at(end_day, closes, zone)


def _day(hours: Hours, day: date, zone: ZoneInfo) -> _Day:
    exception = next((e for e in hours.exceptions if e.day == day), None)
    if exception is not None:
        if exception.closed or exception.opens_at is None or exception.closes_at is None:
            return _Day((), reason="closure")
        return _Day(
            (_interval(day, exception.opens_at, exception.closes_at, zone),), reason="special"
        )
    if (hours.valid_from and day < hours.valid_from) or (hours.valid_to and day > hours.valid_to):
        return _Day((), unknown=True, reason="outside_validity")
    if hours.always_open:
        return _Day((_interval(day, time(0), time(0), zone),))
    intervals = tuple(
        _interval(day, w.opens_at, w.closes_at, zone)
        for w in hours.windows
        if w.weekday == day.weekday()
    )
    if intervals and is_public_holiday(day):
        if hours.closed_on_public_holidays is None:
            return _Day((), unknown=True, reason="holiday_unknown")
        if hours.closed_on_public_holidays:
            return _Day((), reason="holiday")
    return _Day(intervals)


def _merge(intervals: Iterable[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    merged: list[tuple[datetime, datetime]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def availability(
    hours: Hours | None, moment: datetime, *, temporarily_closed: bool = False
) -> Availability:
    """The state at ``moment`` (aware) and when it next changes."""
    if temporarily_closed:
        return Availability(OpenState.CLOSED, reason="temporarily_closed")
    if hours is None or not hours.known:
        reason = "by_appointment" if hours is not None and hours.by_appointment else None
        return Availability(OpenState.UNKNOWN, reason=reason)
    zone = ZoneInfo(hours.timezone)
    local = moment.astimezone(zone)
    moment = moment.astimezone(UTC)
    today = local.date()
    # Yesterday's windows can reach into today (past midnight).
    days = [today + timedelta(days=offset) for offset in range(-1, HORIZON_DAYS + 1)]
    per_day = {day: _day(hours, day, zone) for day in days}
    horizon_end = _at(days[-1], time(0), zone)

    # An unknown day stops the look-ahead: after it, nothing can be said.
    intervals: list[tuple[datetime, datetime]] = []
    unknown_from: datetime | None = None
    for day in days:
        info = per_day[day]
        if info.unknown:
            start = _at(day, time(0), zone)
            if day == today or start <= moment:
                if day == today:
                    return Availability(OpenState.UNKNOWN, reason=info.reason)
                continue
            unknown_from = start
            break
        intervals.extend(info.intervals)
    merged = _merge(intervals)
    limit = unknown_from or horizon_end

    today_reason = per_day[today].reason

    def local_time(instant: datetime | None) -> datetime | None:
        return None if instant is None else instant.astimezone(zone)

    for start, end in merged:
        if start <= moment < end:
            change = None if end >= limit else end
            if change is None and unknown_from is not None:
                change = unknown_from
            return Availability(OpenState.OPEN, local_time(change), reason=today_reason)
        if start > moment:
            change = start if start < limit else unknown_from
            return Availability(OpenState.CLOSED, local_time(change), reason=today_reason)
    return Availability(OpenState.CLOSED, local_time(unknown_from), reason=today_reason)


def is_always_open(hours: Hours | None) -> bool:
    return hours is not None and hours.always_open


def week_windows(hours: Hours, weekday: int) -> Sequence[Window]:
    return [w for w in hours.windows if w.weekday == weekday]


def upcoming_exceptions(hours: Hours, today: date, days: int = 60) -> list[DateException]:
    last = today + timedelta(days=days)
    return [e for e in hours.exceptions if today <= e.day <= last]
