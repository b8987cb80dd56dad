"""The one query engine: which services fit this person, now. CLI and window both use it."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, or_, select
from sqlalchemy.orm import Session, selectinload

from ifg_desktop.db import Database
from ifg_desktop.db.search import matching_ranks
from ifg_desktop.directory.availability import (
    BRUSSELS,
    Availability,
    DateException,
    Hours,
    OpenState,
    Window,
    availability,
)
from ifg_desktop.directory.phones import format_phone
from ifg_desktop.directory.records import (
    LocationRecord,
    PhoneRecord,
    ServiceRecord,
    ThemeRecord,
)
from ifg_desktop.directory.text import search_terms
from ifg_desktop.models import Schedule, Service, ServiceStatus, Theme, Urgency
from ifg_desktop.models.service import service_theme

Clock = Callable[[], datetime]


def brussels_now() -> datetime:
    return datetime.now(BRUSSELS)


class AvailabilityFilter(StrEnum):
    ANY = "any"
    OPEN = "open"  # open at the moment asked; unknown hours are kept (never taken as closed)
    ALWAYS_OPEN = "always_open"  # explicitly 24/7


NOT_REFERABLE = (ServiceStatus.INACTIVE, ServiceStatus.DO_NOT_REFER)


@dataclass(frozen=True, slots=True)
class ServiceQuery:
    text: str = ""
    age_months: int | None = None  # negative = unborn, see ages.py
    urgency: Urgency | None = None
    availability: AvailabilityFilter = AvailabilityFilter.ANY
    # The moment the states are computed for (and the OPEN filter asks about); None = now.
    moment: datetime | None = None
    client_contact_only: bool = False  # only services a client may contact themselves
    themes: frozenset[str] = field(default_factory=frozenset)  # any of these theme keys
    include_not_referable: bool = False  # also "inactive" and "do not refer"


def find_services(
    database: Database,
    query: ServiceQuery,
    *,
    limit: int | None = None,
    offset: int = 0,
    clock: Clock = brussels_now,
) -> list[ServiceRecord]:
    """Services that fit ``query``, in display order (alphabetical)."""
    moment = query.moment or clock()
    with database.begin() as session:
        if query.availability is not AvailabilityFilter.OPEN:
            statement = _filtered(database.dialect, query).offset(offset)
            if limit is not None:
                statement = statement.limit(limit)
            services = _load(session, statement)
            return [to_record(service, moment) for service in services]
        wanted = None if limit is None else offset + limit
        found: list[ServiceRecord] = []
        for record in _open_records(session, database.dialect, query, moment):
            found.append(record)
            if wanted is not None and len(found) >= wanted:
                break
        return found[offset:]


def count_services(
    database: Database,
    query: ServiceQuery,
    *,
    cap: int | None = None,
    clock: Clock = brussels_now,
) -> int:
    """How many services fit; with ``cap``, counting stops there ("1000+")."""
    with database.begin() as session:
        if query.availability is AvailabilityFilter.OPEN:
            moment = query.moment or clock()
            count = 0
            for _record in _open_records(session, database.dialect, query, moment):
                count += 1
                if cap is not None and count >= cap:
                    break
            return count
        inner = _filtered(database.dialect, query).with_only_columns(Service.id)
        if cap is not None:
            inner = inner.limit(cap)
        return session.scalar(select(func.count()).select_from(inner.subquery())) or 0


def get_service(
    database: Database, key: str, *, moment: datetime | None = None, clock: Clock = brussels_now
) -> ServiceRecord | None:
    with database.begin() as session:
        services = _load(session, select(Service).where(Service.key == key))
        return to_record(services[0], moment or clock()) if services else None


def _open_records(
    session: Session, dialect: str, query: ServiceQuery, moment: datetime
) -> Iterator[ServiceRecord]:
    """Matches in display order, keeping those not known to be closed at ``moment``."""
    batch = 200
    after = None
    base = _filtered(dialect, query)
    while True:
        statement = base if after is None else base.where(Service.display_rank > after)
        services = _load(session, statement.limit(batch))
        for service in services:
            record = to_record(service, moment)
            if record.availability.state is not OpenState.CLOSED:
                yield record
        if len(services) < batch:
            return
        after = services[-1].display_rank
        batch = min(batch * 2, 2000)


def _filtered(dialect: str, query: ServiceQuery) -> Select[Any]:
    statement = select(Service)
    ranks = matching_ranks(dialect, search_terms(query.text))
    if ranks is not None:
        matched = ranks.subquery("matched")
        statement = statement.join(matched, matched.c.rank == Service.display_rank)
    statement = statement.where(*_conditions(query)).order_by(Service.display_rank)
    return statement


def _conditions(query: ServiceQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Service.archived_at.is_(None)]  # never archived
    if not query.include_not_referable:
        conditions.append(Service.status.not_in(NOT_REFERABLE))
    if query.age_months is not None:
        age = query.age_months
        conditions.append(
            or_(Service.minimum_age_months.is_(None), Service.minimum_age_months <= age)
        )
        conditions.append(
            or_(Service.maximum_age_months.is_(None), Service.maximum_age_months >= age)
        )
    if query.urgency is not None:
        conditions.append(_URGENCY_COLUMN[query.urgency].is_(True))
    if query.client_contact_only:
        conditions.append(Service.professional_only.is_(False))
    if query.themes:
        conditions.append(
            exists()
            .where(service_theme.c.service_id == Service.id)
            .where(service_theme.c.theme_id == Theme.id)
            .where(Theme.key.in_(sorted(query.themes)))
        )
    if query.availability is AvailabilityFilter.ALWAYS_OPEN:
        conditions.append(Service.status != ServiceStatus.TEMPORARILY_CLOSED)
        conditions.append(
            exists().where(Schedule.service_id == Service.id, Schedule.always_open.is_(True))
        )
    return conditions


_URGENCY_COLUMN = {
    Urgency.ACUTE: Service.handles_acute,
    Urgency.CRISIS: Service.handles_crisis,
    Urgency.NON_ACUTE: Service.handles_non_acute,
}


def _load(session: Session, statement: Select[Any]) -> Sequence[Service]:
    services: Sequence[Service] = (
        session.scalars(
            statement.options(
                selectinload(Service.organization),
                selectinload(Service.themes),
                selectinload(Service.phones),
                selectinload(Service.locations),
                selectinload(Service.schedule).selectinload(Schedule.windows),
                selectinload(Service.schedule).selectinload(Schedule.exceptions),
            )
        )
        .unique()
        .all()
    )
    return services


def hours_of(schedule: Schedule | None) -> Hours | None:
    if schedule is None:
        return None
    return Hours(
        always_open=schedule.always_open,
        by_appointment=schedule.by_appointment,
        closed_on_public_holidays=schedule.closed_on_public_holidays,
        windows=tuple(
            Window(w.weekday, w.opens_at, w.closes_at, str(w.kind)) for w in schedule.windows
        ),
        exceptions=tuple(
            DateException(e.date, e.closed, e.opens_at, e.closes_at, e.note)
            for e in schedule.exceptions
        ),
        valid_from=schedule.valid_from,
        valid_to=schedule.valid_to,
        timezone=schedule.timezone,
    )


def urgency_of(service: Service) -> tuple[str, ...]:
    return tuple(
        level.value for level, column in _URGENCY_COLUMN.items() if getattr(service, column.key)
    )


def to_record(service: Service, moment: datetime) -> ServiceRecord:
    hours = hours_of(service.schedule)
    state: Availability = availability(
        hours, moment, temporarily_closed=service.status == ServiceStatus.TEMPORARILY_CLOSED
    )
    return ServiceRecord(
        key=service.key,
        name=service.name,
        alternate_name=service.alternate_name,
        organization=service.organization.name if service.organization else None,
        description=service.description,
        status=str(service.status),
        professional_only=service.professional_only,
        contact_note=service.contact_note,
        minimum_age_months=service.minimum_age_months,
        maximum_age_months=service.maximum_age_months,
        ages_unknown=service.ages_unknown,
        urgency=urgency_of(service),
        themes=tuple(ThemeRecord(t.key, t.label) for t in service.themes),
        keywords=tuple(service.keywords or ()),
        notes=tuple(service.notes or ()),
        free_of_charge=service.free_of_charge,
        anonymous=service.anonymous,
        website=service.url,
        email=service.email,
        alert=service.alert,
        alert_until=service.alert_until,
        assured_date=service.assured_date,
        assurer=service.assurer,
        updated_at=service.updated_at,
        version=service.version,
        phones=tuple(
            PhoneRecord(p.number, format_phone(p.number), p.label, p.description, p.free)
            for p in service.phones
        ),
        locations=tuple(
            LocationRecord(loc.name, loc.address_1, loc.postal_code, loc.city, loc.country)
            for loc in service.locations
        ),
        hours=hours,
        schedule_note=service.schedule.note if service.schedule else None,
        availability=state,
        archived_at=service.archived_at,
    )


__all__ = [
    "AvailabilityFilter",
    "Clock",
    "ServiceQuery",
    "brussels_now",
    "count_services",
    "find_services",
    "get_service",
    "to_record",
]
