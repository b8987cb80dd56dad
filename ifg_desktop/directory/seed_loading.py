"""Reading the shipped seed files (seed_data/) into the database, the first time only."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ifg_desktop.directory.availability import DateException, Hours, Window
from ifg_desktop.directory.drafts import (
    LocationDraft,
    OrganizationDraft,
    PhoneDraft,
    ServiceDraft,
    apply_draft,
)
from ifg_desktop.directory.indexing import renumber_all
from ifg_desktop.directory.phones import normalize_phone
from ifg_desktop.models import ChecklistItem, ChecklistKind, FactSource, Service, Theme

WEEKDAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")


def load_seed(session: Session, folder: Path) -> None:
    directory = json.loads((folder / "services.json").read_text(encoding="utf-8"))
    checklist = json.loads((folder / "checklist.json").read_text(encoding="utf-8"))
    themes = {
        entry["key"]: Theme(key=entry["key"], label=entry["label"], position=position)
        for position, entry in enumerate(directory["themes"])
    }
    session.add_all(themes.values())
    session.flush()
    organizations = {
        entry["key"]: OrganizationDraft(
            key=entry["key"],
            name=entry["name"],
            description=entry.get("description"),
            website=entry.get("website"),
            email=entry.get("email"),
        )
        for entry in directory["organizations"]
    }
    services = {}
    for rank, entry in enumerate(directory["services"], start=1):
        service = Service(display_rank=-rank)  # placed properly by renumber_all below
        apply_draft(session, service, draft_from_seed(entry, organizations))
        session.add(service)
        services[service.key] = service
    session.flush()
    renumber_all(session)
    sources_file = folder / "sources.json"
    if sources_file.is_file():
        sources = json.loads(sources_file.read_text(encoding="utf-8"))["services"]
        for key, facts in sources.items():
            if key in services:
                session.add_all(
                    FactSource(
                        service_id=services[key].id,
                        fact=fact,
                        source=value["source"],
                        to_verify=bool(value["to_verify"]),
                        note=value.get("note"),
                    )
                    for fact, value in facts.items()
                )
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


def draft_from_seed(
    entry: dict[str, Any], organizations: dict[str, OrganizationDraft]
) -> ServiceDraft:
    alert = entry.get("alert") or {}
    address = entry.get("address")
    return ServiceDraft(
        key=entry["key"],
        organization=organizations.get(entry.get("organization") or ""),
        name=entry["name"],
        alternate_name=entry.get("alternate_name"),
        description=entry.get("description"),
        status=entry.get("status", "active"),
        professional_only=entry.get("audience") == "professional",
        contact_note=entry.get("contact_note"),
        minimum_age_months=entry.get("minimum_age_months"),
        maximum_age_months=entry.get("maximum_age_months"),
        ages_unknown=bool(entry.get("ages_unknown")),
        urgency=frozenset(entry.get("urgency", [])),
        themes=frozenset(entry.get("themes", [])),
        keywords=tuple(entry.get("keywords", [])),
        notes=tuple(entry.get("notes", [])),
        free_of_charge=entry.get("free_of_charge"),
        anonymous=entry.get("anonymous"),
        url=entry.get("website"),
        email=entry.get("email"),
        alert=alert.get("text"),
        alert_until=_date(alert.get("until")),
        phones=tuple(
            PhoneDraft(
                number=normalize_phone(phone["number"]),
                label=phone.get("label"),
                description=phone.get("description"),
                free=phone.get("free"),
            )
            for phone in entry.get("phones", [])
        ),
        locations=(
            LocationDraft(
                name=address.get("name"),
                address_1=address.get("address_1"),
                postal_code=address.get("postal_code"),
                city=address.get("city"),
                country=address.get("country", "BE"),
            ),
        )
        if address
        else (),
        hours=hours_from_seed(entry["schedule"]) if entry.get("schedule") else None,
        schedule_note=(entry.get("schedule") or {}).get("note"),
    )


def hours_from_seed(entry: dict[str, Any]) -> Hours:
    return Hours(
        always_open=bool(entry.get("always_open")),
        by_appointment=bool(entry.get("by_appointment")),
        closed_on_public_holidays=entry.get("closed_on_public_holidays"),
        always_open_part=entry.get("always_open_part"),
        windows=tuple(
            Window(
                weekday=WEEKDAYS.index(day),
                opens_at=time.fromisoformat(window["opens"]),
                closes_at=time.fromisoformat(window["closes"]),
                kind=window.get("kind", "open"),
            )
            for window in entry.get("windows", [])
            for day in window["days"]
        ),
        exceptions=tuple(
            DateException(
                day=date.fromisoformat(item["date"]),
                closed=bool(item.get("closed", True)),
                opens_at=_time(item.get("opens")),
                closes_at=_time(item.get("closes")),
                note=item.get("note"),
            )
            for item in entry.get("exceptions", [])
        ),
    )


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _time(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None
