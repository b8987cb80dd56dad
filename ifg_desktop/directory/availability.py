"""When a service can be reached: open, closed, or unknown — never "closed" for unknown.

Opening hours are wall-clock times in the schedule's time zone (Europe/Brussels). They are
turned into real instants one day at a time, so a window from 20:00 to 08:00 ends the next
morning, the night the clocks change is as long as it really is, and a Belgian public
holiday or a closure on a date takes the day's windows away. A window may hold on only some
of its weekdays ("first Monday of the month", "every other Tuesday"): HSDS's iCalendar
RRULE, read by dateutil for the days it falls on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")
# How far ahead "when does that change" is looked for; beyond it the answer is "not soon".
HORIZON_DAYS = 14


class OpenState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    UNKNOWN = "unknown"


# Named tuples rather than dataclasses: a page of results builds hundreds of them.
class Window(NamedTuple):
    """Hours on a weekday: every week, or as an iCalendar RRULE (HSDS) narrows it down."""

    weekday: int  # 0 = Monday
    opens_at: time
    closes_at: time  # <= opens_at: ends the next day; 00:00 = midnight
    kind: str = "open"
    # Which of the month's such weekdays (1 = first, -1 = last): the rule is then monthly
    # ("1MO", "2TU,4TU"); () = the weeks.
    ordinals: tuple[int, ...] = ()
    # Every n weeks (n months with ordinals), counted from ``anchor``'s week (month).
    interval: int = 1
    # The RRULE's dtstart: no day before it; the start of the count for an interval.
    anchor: date | None = None

    @property
    def every_week(self) -> bool:
        return not self.ordinals and self.interval == 1 and self.anchor is None


def window_order(window: Window) -> tuple[int, time, time, str, tuple[int, ...], int, date]:
    """A fixed order of windows: the week's, then the rule (a missing anchor first)."""
    return (
        window.weekday,
        window.opens_at,
        window.closes_at,
        window.kind,
        window.ordinals,
        window.interval,
        window.anchor or date.min,
    )


def ordinals_text(ordinals: tuple[int, ...]) -> str | None:
    """As stored: "1", "2,4", "-1"; None for a window of the weeks."""
    return ",".join(str(n) for n in ordinals) or None


def ordinals_from(text: str | None) -> tuple[int, ...]:
    """The stored text (commas or spaces) back as ordinals."""
    return tuple(int(n) for n in (text or "").replace(",", " ").split())


def window_rule_columns(window: Window) -> dict[str, object]:
    """The rule's columns of ``schedule_window``, for whoever writes a window."""
    return {
        "ordinals": ordinals_text(window.ordinals),
        "repeat_interval": window.interval,
        "anchor": window.anchor,
    }


class DateException(NamedTuple):
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
    # A part reachable day and night when the whole is not ("crisisopvang"); see Availability.
    always_open_part: str | None = None
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
    # A part of the service reachable day and night whatever the state ("crisisopvang").
    always_open_part: str | None = None

    @property
    def is_open(self) -> bool | None:
        return {OpenState.OPEN: True, OpenState.CLOSED: False}.get(self.state)


UNKNOWN = Availability(OpenState.UNKNOWN)


@lru_cache(maxsize=16)
def _belgian_holidays(year: int) -> frozenset[date]:
    remembered = _remembered_holidays()
    if str(year) in remembered:
        return frozenset(date.fromisoformat(day) for day in remembered[str(year)])
    import holidays  # about 0.1–0.2 s: it loads every country it knows

    found = frozenset(holidays.country_holidays("BE", years=year).keys())
    _remember_holidays(year, found)
    return found


# The holidays library's answers, kept in the user's cache folder per installed version of
# the library: importing it costs more than showing the window, and the answer for a year
# does not change until the library does.
def _holiday_cache_file() -> Path | None:
    import importlib.util
    import sys

    import platformdirs

    spec = importlib.util.find_spec("holidays")
    if spec is None or spec.origin is None:
        return None
    try:
        stamp = int(Path(spec.origin).stat().st_mtime)
    except OSError:  # a PyInstaller bundle keeps it in an archive: a new bundle, a new library
        stamp = int(Path(sys.executable).stat().st_mtime)
    folder = Path(platformdirs.user_cache_dir("ifg-desktop", appauthor=False))
    return folder / f"belgian-holidays-{stamp}.json"


@lru_cache(maxsize=1)
def _remembered_holidays() -> dict[str, list[str]]:
    path = _holiday_cache_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8")) if path else {}
    except (OSError, ValueError):
        return {}  # no cache yet, or a damaged one: ask the library
    return data if isinstance(data, dict) else {}


def _remember_holidays(year: int, days: frozenset[date]) -> None:
    path = _holiday_cache_file()
    if path is None:
        return
    remembered = dict(_remembered_holidays())
    remembered[str(year)] = sorted(day.isoformat() for day in days)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".tmp")
        partial.write_text(json.dumps(remembered), encoding="utf-8")
        partial.replace(path)
    except OSError:
        return  # a cache that cannot be written is only slower
    _remembered_holidays.cache_clear()


def keep_public_holidays(years: Iterable[int]) -> None:
    """Have the public holidays of ``years`` in the cache folder, so that no window needs
    the library for them (``ifg-desktop init`` asks for this year's and next year's: the
    library took some 20 MB in the window of a first start)."""
    for year in years:
        _belgian_holidays(year)


def is_public_holiday(day: date) -> bool:
    return day in _belgian_holidays(day.year)


# The holidays library's names for the languages shipped (ifg_desktop.i18n.LANGUAGES).
_HOLIDAY_LANGUAGES = {"nl": "nl", "en": "en_US", "fr": "fr"}


def holiday_name(day: date) -> str | None:
    """The public holiday's name in the language in use (Dutch when it has none)."""
    import holidays

    from ifg_desktop.i18n import current_language

    language = _HOLIDAY_LANGUAGES.get(current_language(), "nl")
    return holidays.country_holidays("BE", years=day.year, language=language).get(day)


@dataclass(frozen=True, slots=True)
class _Day:
    """One local date's opening intervals in wall-clock time; ``unknown`` = can't say."""

    intervals: tuple[tuple[datetime, datetime], ...]
    unknown: bool = False
    reason: str | None = None


_MIDNIGHT = time(0)


@lru_cache(maxsize=8)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _interval(day: date, opens: time, closes: time) -> tuple[datetime, datetime]:
    end_day = day if closes > opens else day + timedelta(days=1)
    return datetime.combine(day, opens), datetime.combine(end_day, closes)


def _day(hours: Hours, day: date) -> _Day:
    for exception in hours.exceptions:
        if exception.day == day:
            if exception.closed or exception.opens_at is None or exception.closes_at is None:
                return _Day((), reason="closure")
            return _Day(
                (_interval(day, exception.opens_at, exception.closes_at),), reason="special"
            )
    if (hours.valid_from and day < hours.valid_from) or (hours.valid_to and day > hours.valid_to):
        return _Day((), unknown=True, reason="outside_validity")
    if hours.always_open:
        return _Day((_interval(day, _MIDNIGHT, _MIDNIGHT),))
    weekday = day.weekday()
    found = []
    for w in hours.windows:
        if w.weekday != weekday:
            continue
        if w.ordinals or w.interval != 1 or w.anchor is not None:  # not simply every week
            falls = falls_on(w, day, hours.valid_from)
            if falls is None:
                return _Day((), unknown=True, reason="rule_unknown")
            if not falls:
                continue
        found.append(_interval(day, w.opens_at, w.closes_at))
    intervals = tuple(sorted(found))
    if intervals and is_public_holiday(day):
        if hours.closed_on_public_holidays is None:
            return _Day((), unknown=True, reason="holiday_unknown")
        if hours.closed_on_public_holidays:
            return _Day((), reason="holiday")
    return _Day(intervals)


def falls_on(window: Window, day: date, valid_from: date | None = None) -> bool | None:
    """Whether ``window`` holds on ``day`` (a day of its weekday); None: cannot be said
    (every n weeks with nothing to count from: no dtstart and no ``valid_from``)."""
    if day.weekday() != window.weekday:
        return False
    if window.every_week:
        return True
    anchor = window.anchor
    if anchor is None and window.interval != 1:
        anchor = valid_from  # HSDS: dtstart, else the schedule's first valid day
        if anchor is None:
            return None
    days = _rule_days(window.weekday, window.ordinals, window.interval, anchor, day.year, day.month)
    return day in days


@lru_cache(maxsize=4096)
def _rule_days(
    weekday: int,
    ordinals: tuple[int, ...],
    interval: int,
    anchor: date | None,
    year: int,
    month: int,
) -> frozenset[date]:
    """The days of one month that a rule falls on, as iCalendar's RRULE says (dateutil).

    Cached per month: the many services with the same rule ("first Monday") share it.
    """
    from dateutil import rrule  # only schedules with such a rule pay for the import

    first = date(year, month, 1)
    last = (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
    if anchor is not None and anchor > last:
        return frozenset()
    weekday_rule = rrule.weekdays[weekday]
    rule = rrule.rrule(
        rrule.MONTHLY if ordinals else rrule.WEEKLY,
        interval=interval,
        byweekday=[weekday_rule(n) for n in ordinals] or [weekday_rule],
        # Without an anchor the rule is every month: the month itself can start the count.
        dtstart=datetime.combine(anchor or first, _MIDNIGHT),
        wkst=rrule.MO,
    )
    found = rule.between(
        datetime.combine(first, _MIDNIGHT), datetime.combine(last, _MIDNIGHT), inc=True
    )
    return frozenset(moment.date() for moment in found)


_ALWAYS = Availability(OpenState.OPEN)


def availability(
    hours: Hours | None, moment: datetime, *, temporarily_closed: bool = False
) -> Availability:
    """The state at ``moment`` (``_availability``), with the part of the service that is
    reachable day and night when there is one."""
    state = _availability(hours, moment, temporarily_closed=temporarily_closed)
    if hours is not None and hours.always_open_part and not temporarily_closed:
        return replace(state, always_open_part=hours.always_open_part)
    return state


def reachable(state: Availability) -> bool:
    """Not known to be closed: open, unknown, or with a part reachable day and night."""
    return state.state is not OpenState.CLOSED or bool(state.always_open_part)


def _availability(
    hours: Hours | None, moment: datetime, *, temporarily_closed: bool = False
) -> Availability:
    """The state at ``moment`` (aware) and when it next changes.

    Works in wall-clock time of the schedule's zone, day by day from yesterday (whose
    windows may reach past midnight) until the state changes, so a window from 20:00 to
    08:00 ends at 08:00 whatever the clocks did that night; only the answer is turned back
    into an aware instant.
    """
    if temporarily_closed:
        return Availability(OpenState.CLOSED, reason="temporarily_closed")
    if hours is None or not hours.known:
        reason = "by_appointment" if hours is not None and hours.by_appointment else None
        return Availability(OpenState.UNKNOWN, reason=reason)
    if hours.always_open and not hours.exceptions and not hours.valid_from and not hours.valid_to:
        return _ALWAYS
    zone = _zone(hours.timezone)
    now = moment.astimezone(zone).replace(tzinfo=None)
    today = now.date()
    today_info = _day(hours, today)
    if today_info.unknown:
        return Availability(OpenState.UNKNOWN, reason=today_info.reason)
    reason = today_info.reason

    def instant(wall: datetime) -> datetime:
        return wall.replace(tzinfo=zone)

    run_end: datetime | None = None  # set while the moment lies in an opening
    horizon_days = _horizon_days(hours)
    for offset in range(-1, horizon_days + 1):
        day = today + timedelta(days=offset)
        info = today_info if offset == 0 else _day(hours, day)
        if info.unknown:
            if offset < 0:
                continue  # yesterday unknown: its night does not count
            # From this day on nothing can be said: that is the next change.
            start = datetime.combine(day, _MIDNIGHT)
            if run_end is not None:
                return Availability(OpenState.OPEN, instant(min(run_end, start)), reason)
            return Availability(OpenState.CLOSED, instant(start), reason)
        for start, end in info.intervals:
            if run_end is None:
                if end <= now:
                    continue
                if start <= now:
                    run_end = end
                    continue
                return Availability(OpenState.CLOSED, instant(start), reason)
            if start <= run_end:
                run_end = max(run_end, end)
                continue
            return Availability(OpenState.OPEN, instant(run_end), reason)
    if run_end is None:
        return Availability(OpenState.CLOSED, None, reason)
    horizon = datetime.combine(today + timedelta(days=horizon_days + 1), _MIDNIGHT)
    return Availability(OpenState.OPEN, None if run_end >= horizon else instant(run_end), reason)


# The rarest rule a schedule may hold: once a year (the importer and the editor refuse
# more), so looking for the next change never walks further than about a year.
MAX_WEEKS_APART, MAX_MONTHS_APART = 52, 12


def _horizon_days(hours: Hours) -> int:
    """How far ahead the next change is looked for: two weeks, or as far as the rarest rule
    repeats ("first Monday of the month" is up to five weeks away), so "opent …" is said."""
    longest = HORIZON_DAYS
    for window in hours.windows:
        if window.ordinals:
            longest = max(longest, 31 * window.interval + 7)
        elif window.interval > 1:
            longest = max(longest, 7 * window.interval + 7)
    return min(longest, 31 * MAX_MONTHS_APART + 7)


def is_always_open(hours: Hours | None) -> bool:
    return hours is not None and hours.always_open


def week_windows(hours: Hours, weekday: int) -> Sequence[Window]:
    return [w for w in hours.windows if w.weekday == weekday]


def upcoming_exceptions(hours: Hours, today: date, days: int = 60) -> list[DateException]:
    last = today + timedelta(days=days)
    return [e for e in hours.exceptions if today <= e.day <= last]
