"""Whole service records read with plain SQL: the detail pane never loads SQLAlchemy.

``read_services`` reads any number of services in at most six statements per batch of keys
(the services with their organization and schedule, then their phones, locations, themes,
weekly windows and date exceptions), each ordered as the model's relationship is (its
``order_by`` in models/), so a record equals the one made from the service loaded through
the ORM (tests/directory/test_detail.py holds the two equal). Values arrive as the driver
gives them (SQLite: 0/1, ISO text, JSON text) and are read as SQLAlchemy's column types
read them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ifg_desktop.directory.availability import (
    DateException,
    Hours,
    Window,
    availability,
    ordinals_from,
)
from ifg_desktop.directory.columns import (
    URGENCY_COLUMN,
    as_bool,
    as_date,
    as_datetime,
    as_json,
    as_optional_bool,
    as_time,
)
from ifg_desktop.directory.phones import format_phone
from ifg_desktop.directory.records import (
    LocationRecord,
    PhoneRecord,
    ServiceRecord,
    ThemeRecord,
)
from ifg_desktop.models.enums import ServiceStatus

if TYPE_CHECKING:
    from ifg_desktop.db import Database

# Keys (or ids) bound in one statement: well below any driver's limit on parameters.
BATCH = 500

_HEAD = (
    "s.id", "s.key", "s.name", "s.alternate_name", "o.name", "s.description", "s.status",
    "s.professional_only", "s.contact_note", "s.minimum_age_months", "s.maximum_age_months",
    "s.ages_unknown",
)  # fmt: skip
_URGENCY = tuple(f"s.{column}" for column in URGENCY_COLUMN.values())
_TAIL = (
    "s.keywords", "s.notes", "s.free_of_charge", "s.anonymous", "s.url", "s.email", "s.alert",
    "s.alert_until", "s.assured_date", "s.assurer", "s.updated_at", "s.version",
    "s.archived_at",
)  # fmt: skip
_SCHEDULE = (
    "sc.id", "sc.always_open", "sc.by_appointment", "sc.closed_on_public_holidays",
    "sc.timezone", "sc.valid_from", "sc.valid_to", "sc.note", "sc.always_open_part",
)  # fmt: skip
_SERVICES_SQL = (
    f"SELECT {', '.join(_HEAD + _URGENCY + _TAIL + _SCHEDULE)} "
    "FROM service s LEFT JOIN organization o ON o.id = s.organization_id "
    "LEFT JOIN schedule sc ON sc.service_id = s.id "
    "WHERE s.key IN ({marks})"
)
# Where each part of a row of _SERVICES_SQL starts.
_AT_URGENCY = len(_HEAD)
_AT_TAIL = _AT_URGENCY + len(_URGENCY)
_AT_SCHEDULE = _AT_TAIL + len(_TAIL)
_AT_NOTE = _AT_SCHEDULE + _SCHEDULE.index("sc.note")

# Ordered as the relationships are; the trailing id only settles ties their order_by leaves.
_PHONES_SQL = (
    "SELECT service_id, number, label, description, free FROM phone "
    "WHERE service_id IN ({marks}) ORDER BY service_id, position, id"
)
_LOCATIONS_SQL = (
    "SELECT service_id, name, address_1, postal_code, city, country FROM location "
    "WHERE service_id IN ({marks}) ORDER BY service_id, id"
)
_THEMES_SQL = (
    "SELECT st.service_id, t.key, t.label FROM service_theme st "
    "JOIN theme t ON t.id = st.theme_id "
    "WHERE st.service_id IN ({marks}) ORDER BY st.service_id, t.position, t.id"
)
_WINDOWS_SQL = (
    "SELECT schedule_id, weekday, opens_at, closes_at, kind, ordinals, repeat_interval, anchor "
    "FROM schedule_window "
    "WHERE schedule_id IN ({marks}) ORDER BY schedule_id, weekday, opens_at, id"
)
_EXCEPTIONS_SQL = (
    "SELECT schedule_id, date, closed, opens_at, closes_at, note FROM schedule_exception "
    "WHERE schedule_id IN ({marks}) ORDER BY schedule_id, date, id"
)

Rows = list[tuple[Any, ...]]


def read_service(database: Database, key: str, moment: datetime) -> ServiceRecord | None:
    """The service ``key``, archived or not (a key always finds its service); else None."""
    return read_services(database, (key,), moment).get(key)


def read_services(
    database: Database, keys: Sequence[str], moment: datetime
) -> dict[str, ServiceRecord]:
    """Those of ``keys`` that exist, by key, with their availability at ``moment``."""
    records: dict[str, ServiceRecord] = {}
    with database.reading():  # a service's name, numbers and hours from one state
        for batch in _batches(list(dict.fromkeys(keys))):
            records.update(_read_batch(database, batch, moment))
    return records


def _read_batch(
    database: Database, keys: Sequence[str], moment: datetime
) -> dict[str, ServiceRecord]:
    services = _select(database, _SERVICES_SQL, keys)
    if not services:
        return {}
    ids = [row[0] for row in services]
    phones = _by_owner(_select(database, _PHONES_SQL, ids))
    locations = _by_owner(_select(database, _LOCATIONS_SQL, ids))
    themes = _by_owner(_select(database, _THEMES_SQL, ids))
    schedule_ids = [row[_AT_SCHEDULE] for row in services if row[_AT_SCHEDULE] is not None]
    windows = _by_owner(_select(database, _WINDOWS_SQL, schedule_ids))
    exceptions = _by_owner(_select(database, _EXCEPTIONS_SQL, schedule_ids))
    records = {}
    for row in services:
        schedule = row[_AT_SCHEDULE:]
        hours = (
            None
            if schedule[0] is None
            else _hours(schedule, windows.get(schedule[0], []), exceptions.get(schedule[0], []))
        )
        records[row[1]] = _record(
            row,
            hours,
            phones.get(row[0], []),
            locations.get(row[0], []),
            themes.get(row[0], []),
            moment,
        )
    return records


def _record(
    row: Sequence[Any],
    hours: Hours | None,
    phones: Rows,
    locations: Rows,
    themes: Rows,
    moment: datetime,
) -> ServiceRecord:
    (
        _id, key, name, alternate_name, organization, description, status,
        professional_only, contact_note, minimum_age, maximum_age, ages_unknown,
    ) = row[:_AT_URGENCY]  # fmt: skip
    handled = row[_AT_URGENCY:_AT_TAIL]
    (
        keywords, notes, free_of_charge, anonymous, url, email, alert, alert_until,
        assured_date, assurer, updated_at, version, archived_at,
    ) = row[_AT_TAIL:_AT_SCHEDULE]  # fmt: skip
    return ServiceRecord(
        key=key,
        name=name,
        alternate_name=alternate_name,
        organization=organization,
        description=description,
        status=status,
        professional_only=as_bool(professional_only),
        contact_note=contact_note,
        minimum_age_months=minimum_age,
        maximum_age_months=maximum_age,
        ages_unknown=as_bool(ages_unknown),
        urgency=tuple(
            level.value
            for level, flag in zip(URGENCY_COLUMN, handled, strict=True)
            if as_bool(flag)
        ),
        themes=tuple(ThemeRecord(theme_key, label) for theme_key, label in themes),
        keywords=tuple(as_json(keywords) or ()),
        notes=tuple(as_json(notes) or ()),
        free_of_charge=as_optional_bool(free_of_charge),
        anonymous=as_optional_bool(anonymous),
        website=url,
        email=email,
        alert=alert,
        alert_until=as_date(alert_until),
        assured_date=as_date(assured_date),
        assurer=assurer,
        updated_at=as_datetime(updated_at),
        version=version,
        phones=tuple(
            PhoneRecord(number, format_phone(number), label, text, as_optional_bool(free))
            for number, label, text, free in phones
        ),
        locations=tuple(LocationRecord(*location) for location in locations),
        hours=hours,
        schedule_note=row[_AT_NOTE],  # NULL without a schedule
        availability=availability(
            hours, moment, temporarily_closed=status == ServiceStatus.TEMPORARILY_CLOSED
        ),
        archived_at=as_datetime(archived_at),
    )


def _hours(schedule: Sequence[Any], windows: Rows, exceptions: Rows) -> Hours:
    _id, always_open, by_appointment, holidays, zone, valid_from, valid_to, _note, part = schedule
    return Hours(
        always_open_part=part or None,
        always_open=as_bool(always_open),
        by_appointment=as_bool(by_appointment),
        closed_on_public_holidays=as_optional_bool(holidays),
        windows=tuple(
            Window(
                weekday,
                as_time(opens),
                as_time(closes),
                kind,
                ordinals_from(ordinals),
                int(interval),
                as_date(anchor),
            )
            for weekday, opens, closes, kind, ordinals, interval, anchor in windows
        ),
        exceptions=tuple(
            DateException(as_date(day), as_bool(closed), as_time(opens), as_time(closes), note)
            for day, closed, opens, closes, note in exceptions
        ),
        valid_from=as_date(valid_from),
        valid_to=as_date(valid_to),
        timezone=zone,
    )


def _select(database: Database, sql: str, values: Sequence[object]) -> Rows:
    """``sql`` with its ``IN ({marks})`` bound to ``values``; no statement for none."""
    if not values:
        return []
    return database.read(sql.format(marks=", ".join("?" * len(values))), values)


def _by_owner(rows: Rows) -> dict[Any, Rows]:
    """Rows by their first column (the id of the service or schedule they belong to)."""
    grouped: dict[Any, Rows] = defaultdict(list)
    for owner, *rest in rows:
        grouped[owner].append(tuple(rest))
    return grouped


def _batches(keys: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(keys), BATCH):
        yield keys[start : start + BATCH]


__all__ = ["BATCH", "read_service", "read_services"]
