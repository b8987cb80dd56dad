"""A whole service as plain, immutable input: what an editor, an import or the seed writes.

``ServiceDraft`` is the one shape in which a service's content goes *into* the database
(``apply_draft``) and comes back out for editing or export (``draft_of``); results for the
front desk are ``records.ServiceRecord``. Phone numbers in a draft are in stored form
(``phones.normalize_phone``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ifg_desktop.directory.availability import (
    DateException,
    Hours,
    Window,
    window_rule_columns,
)
from ifg_desktop.directory.columns import URGENCY_COLUMN
from ifg_desktop.directory.service_fields import column_values, from_columns
from ifg_desktop.i18n import translate
from ifg_desktop.models import (
    Location,
    Organization,
    Phone,
    Schedule,
    ScheduleException,
    ScheduleWindow,
    Service,
    ServiceLanguage,
    ServiceStatus,
    Theme,
    WindowKind,
)


@dataclass(frozen=True, slots=True)
class OrganizationDraft:
    key: str
    name: str
    description: str | None = None
    website: str | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class PhoneDraft:
    number: str  # stored form: E.164, or the digits of a short number
    label: str | None = None
    description: str | None = None
    free: bool | None = None


@dataclass(frozen=True, slots=True)
class LocationDraft:
    name: str | None = None
    address_1: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country: str = "BE"


@dataclass(frozen=True, slots=True)
class ServiceDraft:
    key: str
    name: str
    alternate_name: str | None = None
    organization: OrganizationDraft | None = None
    description: str | None = None
    status: str = ServiceStatus.ACTIVE.value
    professional_only: bool = False
    contact_note: str | None = None
    minimum_age_months: int | None = None
    maximum_age_months: int | None = None
    ages_unknown: bool = False
    urgency: frozenset[str] = frozenset()  # acute | crisis | non_acute
    themes: frozenset[str] = frozenset()  # theme keys
    keywords: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    free_of_charge: bool | None = None
    anonymous: bool | None = None
    url: str | None = None  # its website
    email: str | None = None
    alert: str | None = None
    alert_until: date | None = None
    assured_date: date | None = None
    assurer: str | None = None
    phones: tuple[PhoneDraft, ...] = ()
    locations: tuple[LocationDraft, ...] = ()
    hours: Hours | None = None  # None = opening hours unknown
    schedule_note: str | None = None
    languages: frozenset[str] = frozenset()  # codes, see spoken_languages.py


def draft_of(service: Service) -> ServiceDraft:
    """The content of a loaded service (its relationships are read: load them eagerly,
    ``eager_load``)."""
    from ifg_desktop.directory.query import hours_of, urgency_of

    org = service.organization
    return ServiceDraft(
        **from_columns(service),
        organization=OrganizationDraft(org.key, org.name, org.description, org.website, org.email)
        if org
        else None,
        urgency=frozenset(urgency_of(service)),
        themes=frozenset(theme.key for theme in service.themes),
        phones=tuple(PhoneDraft(p.number, p.label, p.description, p.free) for p in service.phones),
        locations=tuple(
            LocationDraft(loc.name, loc.address_1, loc.postal_code, loc.city, loc.country)
            for loc in service.locations
        ),
        hours=hours_of(service.schedule),
        schedule_note=service.schedule.note if service.schedule else None,
        languages=frozenset(language.code for language in service.languages),
    )


def eager_load() -> tuple[Any, ...]:
    """The loader options that read every relationship ``draft_of`` reads, up front."""
    return (
        selectinload(Service.organization),
        selectinload(Service.themes),
        selectinload(Service.phones),
        selectinload(Service.locations),
        selectinload(Service.schedule).selectinload(Schedule.windows),
        selectinload(Service.schedule).selectinload(Schedule.exceptions),
        selectinload(Service.languages),
    )


class UnknownTheme(ValueError):
    pass


def apply_draft(session: Session, service: Service, draft: ServiceDraft) -> None:
    """Write a draft's content onto ``service`` (new or loaded). Themes must exist.

    Does not place the service in display order: call ``indexing.place_service`` after, or
    ``indexing.renumber_all`` once after many.
    """
    for column, value in column_values(draft).items():
        setattr(service, column, value)
    service.organization = _organization(session, draft.organization)
    for level, column in URGENCY_COLUMN.items():
        setattr(service, column, level.value in draft.urgency)
    service.themes = _themes(session, draft.themes)
    service.phones = [
        Phone(number=p.number, label=p.label, description=p.description, free=p.free, position=i)
        for i, p in enumerate(draft.phones)
    ]
    service.locations = [
        Location(
            name=loc.name,
            address_1=loc.address_1,
            postal_code=loc.postal_code,
            city=loc.city,
            country=loc.country,
        )
        for loc in draft.locations
    ]
    current = {language.code: language for language in service.languages}
    service.languages = [
        current.get(code) or ServiceLanguage(code=code) for code in sorted(draft.languages)
    ]
    # Updated in place: a new Schedule would be inserted before the old one is deleted, and
    # schedule.service_id is unique.
    service.schedule = _schedule(draft.hours, draft.schedule_note, service.schedule)


def _organization(session: Session, draft: OrganizationDraft | None) -> Organization | None:
    if draft is None:
        return None
    pending = (o for o in session.new if isinstance(o, Organization) and o.key == draft.key)
    organization = next(pending, None)
    if organization is None:
        with session.no_autoflush:
            organization = session.scalar(select(Organization).where(Organization.key == draft.key))
    if organization is None:
        organization = Organization(key=draft.key)
        session.add(organization)
    organization.name = draft.name
    organization.description = draft.description
    organization.website = draft.website
    organization.email = draft.email
    return organization


def _themes(session: Session, keys: frozenset[str]) -> list[Theme]:
    if not keys:
        return []
    with session.no_autoflush:
        found = {t.key: t for t in session.scalars(select(Theme).where(Theme.key.in_(keys)))}
    missing = [key for key in keys if key not in found]
    if missing:
        raise UnknownTheme(
            translate("drafts", "onbekend thema: {themes}").format(themes=", ".join(missing))
        )
    return [found[key] for key in keys]


def _schedule(
    hours: Hours | None, note: str | None, schedule: Schedule | None = None
) -> Schedule | None:
    if hours is None and note is None:
        return None
    hours = hours or Hours()
    schedule = schedule or Schedule()
    schedule.always_open = hours.always_open
    schedule.by_appointment = hours.by_appointment
    schedule.closed_on_public_holidays = hours.closed_on_public_holidays
    schedule.always_open_part = hours.always_open_part
    schedule.timezone = hours.timezone
    schedule.valid_from = hours.valid_from
    schedule.valid_to = hours.valid_to
    schedule.note = note
    schedule.windows = [
        ScheduleWindow(
            weekday=w.weekday,
            opens_at=w.opens_at,
            closes_at=w.closes_at,
            kind=WindowKind(w.kind),
            **window_rule_columns(w),
        )
        for w in hours.windows
    ]
    schedule.exceptions = [
        ScheduleException(
            date=e.day, closed=e.closed, opens_at=e.opens_at, closes_at=e.closes_at, note=e.note
        )
        for e in hours.exceptions
    ]
    return schedule


__all__ = [
    "DateException",
    "LocationDraft",
    "OrganizationDraft",
    "PhoneDraft",
    "ServiceDraft",
    "UnknownTheme",
    "Window",
    "apply_draft",
    "draft_of",
    "eager_load",
]
