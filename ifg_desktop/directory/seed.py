"""The directory the application ships with (seed_data/), loaded once into an empty database.

Later starts never load it again, so nothing a coordinator changed is overwritten.
"""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from ifg_desktop.db import Database, open_database
from ifg_desktop.directory.indexing import renumber_all
from ifg_desktop.directory.phones import normalize_phone
from ifg_desktop.models import (
    ChecklistItem,
    ChecklistKind,
    Location,
    Organization,
    Phone,
    Schedule,
    ScheduleException,
    ScheduleWindow,
    Service,
    ServiceStatus,
    Theme,
    WindowKind,
)
from ifg_desktop.paths import shipped_folder

WEEKDAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")


def seed_folder() -> Path:
    return shipped_folder("seed_data")


def open_directory(url: str | URL | None = None) -> Database:
    """Open the database and, the first time, fill it with the shipped directory."""
    database = open_database(url)
    ensure_seeded(database)
    return database


def ensure_seeded(database: Database) -> bool:
    """Load the seed when the database holds no service and no checklist item at all."""
    with database.begin() as session:
        if session.scalar(select(exists().where(Service.id.is_not(None)))) or session.scalar(
            select(exists().where(ChecklistItem.id.is_not(None)))
        ):
            return False
        load_seed(session, seed_folder())
    return True


def load_seed(session: Session, folder: Path) -> None:
    directory = json.loads((folder / "services.json").read_text(encoding="utf-8"))
    checklist = json.loads((folder / "checklist.json").read_text(encoding="utf-8"))
    themes = {
        entry["key"]: Theme(key=entry["key"], label=entry["label"], position=position)
        for position, entry in enumerate(directory["themes"])
    }
    organizations = {
        entry["key"]: Organization(
            key=entry["key"],
            name=entry["name"],
            description=entry.get("description"),
            website=entry.get("website"),
            email=entry.get("email"),
        )
        for entry in directory["organizations"]
    }
    session.add_all([*themes.values(), *organizations.values()])
    services = {}
    for rank, entry in enumerate(directory["services"], start=1):
        service = service_from_seed(entry, themes, organizations)
        service.display_rank = -rank  # placed properly by renumber_all below
        services[service.key] = service
    session.add_all(services.values())
    session.flush()
    renumber_all(session)
    for position, entry in enumerate(checklist["items"]):
        session.add(
            ChecklistItem(
                key=entry["key"],
                kind=ChecklistKind(entry["kind"]),
                group=entry.get("group"),
                text=entry["text"],
                help=entry.get("help"),
                critical=bool(entry.get("critical")),
                shows_kindreflex=bool(entry.get("shows_kindreflex")),
                position=position,
                suggests_themes=[themes[key] for key in entry.get("suggests_themes", [])],
                suggests_services=[services[key] for key in entry.get("suggests_services", [])],
            )
        )


def service_from_seed(
    entry: dict[str, Any], themes: dict[str, Theme], organizations: dict[str, Organization]
) -> Service:
    urgency = set(entry.get("urgency", []))
    alert = entry.get("alert") or {}
    service = Service(
        key=entry["key"],
        organization=organizations.get(entry.get("organization") or ""),
        name=entry["name"],
        alternate_name=entry.get("alternate_name"),
        description=entry.get("description"),
        status=ServiceStatus(entry.get("status", "active")),
        professional_only=entry.get("audience") == "professional",
        contact_note=entry.get("contact_note"),
        minimum_age_months=entry.get("minimum_age_months"),
        maximum_age_months=entry.get("maximum_age_months"),
        ages_unknown=bool(entry.get("ages_unknown")),
        handles_acute="acute" in urgency,
        handles_crisis="crisis" in urgency,
        handles_non_acute="non_acute" in urgency,
        keywords=list(entry.get("keywords", [])),
        notes=list(entry.get("notes", [])),
        free_of_charge=entry.get("free_of_charge"),
        anonymous=entry.get("anonymous"),
        url=entry.get("website"),
        email=entry.get("email"),
        alert=alert.get("text"),
        alert_until=_date(alert.get("until")),
        themes=[themes[key] for key in entry.get("themes", [])],
        phones=[
            Phone(
                number=normalize_phone(phone["number"]),
                label=phone.get("label"),
                description=phone.get("description"),
                free=phone.get("free"),
                position=position,
            )
            for position, phone in enumerate(entry.get("phones", []))
        ],
    )
    address = entry.get("address")
    if address:
        service.locations = [
            Location(
                name=address.get("name"),
                address_1=address.get("address_1"),
                postal_code=address.get("postal_code"),
                city=address.get("city"),
                country=address.get("country", "BE"),
            )
        ]
    if entry.get("schedule"):
        service.schedule = schedule_from_seed(entry["schedule"])
    return service


def schedule_from_seed(entry: dict[str, Any]) -> Schedule:
    windows = [
        ScheduleWindow(
            weekday=WEEKDAYS.index(day),
            opens_at=time.fromisoformat(window["opens"]),
            closes_at=time.fromisoformat(window["closes"]),
            kind=WindowKind(window.get("kind", "open")),
        )
        for window in entry.get("windows", [])
        for day in window["days"]
    ]
    exceptions = [
        ScheduleException(
            date=date.fromisoformat(item["date"]),
            closed=bool(item.get("closed", True)),
            opens_at=_time(item.get("opens")),
            closes_at=_time(item.get("closes")),
            note=item.get("note"),
        )
        for item in entry.get("exceptions", [])
    ]
    return Schedule(
        always_open=bool(entry.get("always_open")),
        by_appointment=bool(entry.get("by_appointment")),
        closed_on_public_holidays=entry.get("closed_on_public_holidays"),
        note=entry.get("note"),
        windows=windows,
        exceptions=exceptions,
    )


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _time(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None
