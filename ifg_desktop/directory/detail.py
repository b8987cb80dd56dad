"""Whole service records read with plain SQL: the detail pane never loads SQLAlchemy.

``read_services`` reads any number of services in at most seven statements per batch of
keys (the services with their organization and schedule, then their phones, locations,
themes, languages, weekly windows and date exceptions), each ordered as the model's
relationship is (its ``order_by`` in models/), so a record equals the one made from the
service loaded through the ORM (tests/directory/test_detail.py holds the two equal). A row
is read by the names of its columns (the registry's, service_fields.py), never by position.
Values arrive as the driver gives them (SQLite: 0/1, ISO text, JSON text) and are read as
SQLAlchemy's column types read them.
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
from ifg_desktop.directory.service_fields import COLUMN_FIELDS, from_columns
from ifg_desktop.directory.spoken_languages import ordered
from ifg_desktop.models.enums import ServiceStatus

if TYPE_CHECKING:
    from ifg_desktop.db import Database

# Keys (or ids) bound in one statement: well below any driver's limit on parameters.
BATCH = 500

# Every column of a row of _SERVICES_SQL, by the name the row is read by (never by its
# position): the service's own columns (the registry's, service_fields.py), its urgency
# columns, its organization's name and its schedule's columns.
_SERVICE = (
    "id",
    *(field.column for field in COLUMN_FIELDS if field.column),
    *URGENCY_COLUMN.values(),
    "updated_at",
    "version",
    "archived_at",
)
_SCHEDULE = (
    "id", "always_open", "by_appointment", "closed_on_public_holidays", "timezone",
    "valid_from", "valid_to", "note", "always_open_part",
)  # fmt: skip
_NAMES = (*_SERVICE, "organization", *(f"schedule_{column}" for column in _SCHEDULE))
_SELECTED = (*(f"s.{c}" for c in _SERVICE), "o.name", *(f"sc.{c}" for c in _SCHEDULE))
_SERVICES_SQL = (
    f"SELECT {', '.join(_SELECTED)} "
    "FROM service s LEFT JOIN organization o ON o.id = s.organization_id "
    "LEFT JOIN schedule sc ON sc.service_id = s.id "
    "WHERE s.key IN ({marks})"
)

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
_LANGUAGES_SQL = "SELECT service_id, code FROM service_language WHERE service_id IN ({marks})"
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
    services = [
        dict(zip(_NAMES, row, strict=True)) for row in _select(database, _SERVICES_SQL, keys)
    ]
    if not services:
        return {}
    ids = [row["id"] for row in services]
    phones = _by_owner(_select(database, _PHONES_SQL, ids))
    locations = _by_owner(_select(database, _LOCATIONS_SQL, ids))
    themes = _by_owner(_select(database, _THEMES_SQL, ids))
    languages = _by_owner(_select(database, _LANGUAGES_SQL, ids))
    schedule_ids = [row["schedule_id"] for row in services if row["schedule_id"] is not None]
    windows = _by_owner(_select(database, _WINDOWS_SQL, schedule_ids))
    exceptions = _by_owner(_select(database, _EXCEPTIONS_SQL, schedule_ids))
    records = {}
    for row in services:
        schedule_id = row["schedule_id"]
        hours = (
            None
            if schedule_id is None
            else _hours(row, windows.get(schedule_id, []), exceptions.get(schedule_id, []))
        )
        service_id = row["id"]
        records[row["key"]] = _record(
            row,
            hours,
            phones.get(service_id, []),
            locations.get(service_id, []),
            themes.get(service_id, []),
            [code for (code,) in languages.get(service_id, [])],
            moment,
        )
    return records


def _record(
    row: dict[str, Any],
    hours: Hours | None,
    phones: Rows,
    locations: Rows,
    themes: Rows,
    languages: list[str],
    moment: datetime,
) -> ServiceRecord:
    status = row["status"]
    return ServiceRecord(
        **from_columns(row),
        organization=row["organization"],
        urgency=tuple(
            level.value for level, column in URGENCY_COLUMN.items() if as_bool(row[column])
        ),
        themes=tuple(ThemeRecord(theme_key, label) for theme_key, label in themes),
        updated_at=as_datetime(row["updated_at"]),
        version=row["version"],
        phones=tuple(
            PhoneRecord(number, format_phone(number), label, text, as_optional_bool(free))
            for number, label, text, free in phones
        ),
        locations=tuple(LocationRecord(*location) for location in locations),
        hours=hours,
        schedule_note=row["schedule_note"],  # NULL without a schedule
        availability=availability(
            hours, moment, temporarily_closed=status == ServiceStatus.TEMPORARILY_CLOSED
        ),
        archived_at=as_datetime(row["archived_at"]),
        languages=ordered(languages),
    )


def _hours(row: dict[str, Any], windows: Rows, exceptions: Rows) -> Hours:
    return Hours(
        always_open_part=row["schedule_always_open_part"] or None,
        always_open=as_bool(row["schedule_always_open"]),
        by_appointment=as_bool(row["schedule_by_appointment"]),
        closed_on_public_holidays=as_optional_bool(row["schedule_closed_on_public_holidays"]),
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
        valid_from=as_date(row["schedule_valid_from"]),
        valid_to=as_date(row["schedule_valid_to"]),
        timezone=row["schedule_timezone"],
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
