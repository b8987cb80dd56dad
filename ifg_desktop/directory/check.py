"""What is overdue: services nobody verified for a year, missing contact data, old alerts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ifg_desktop.db import Database
from ifg_desktop.models import Service, ServiceStatus

VERIFY_EVERY = timedelta(days=365)


@dataclass(frozen=True, slots=True)
class CheckFinding:
    key: str
    name: str
    problems: tuple[str, ...]  # codes: never_verified, verification_overdue, no_phone, …
    assured_date: date | None
    days_overdue: int | None  # None = never verified


PROBLEM_TEXT = {
    "never_verified": "nooit geverifieerd",
    "verification_overdue": "laatste verificatie langer dan 12 maanden geleden",
    "no_phone": "geen telefoonnummer (aan te vullen)",
    "no_contact": "geen enkele contactgegeven (telefoon, e-mail of website)",
    "hours_unknown": "openingsuren onbekend (aan te vullen)",
    "alert_expired": "waarschuwing verlopen",
}


def check_directory(database: Database, today: date) -> list[CheckFinding]:
    """Findings for every service that needs a coordinator, most overdue first."""
    findings = []
    with database.begin() as session:
        services = session.scalars(
            select(Service)
            .where(Service.status != ServiceStatus.INACTIVE)
            .options(selectinload(Service.phones), selectinload(Service.schedule))
            .order_by(Service.display_rank)
        ).all()
        for service in services:
            problems = []
            overdue: int | None = None
            if service.assured_date is None:
                problems.append("never_verified")
            elif today - service.assured_date > VERIFY_EVERY:
                problems.append("verification_overdue")
                overdue = (today - service.assured_date - VERIFY_EVERY).days
            if not service.phones:
                problems.append("no_phone")
                if not service.email and not service.url:
                    problems.append("no_contact")
            schedule = service.schedule
            if schedule is None or not (
                schedule.always_open or schedule.windows or schedule.exceptions
            ):
                problems.append("hours_unknown")
            if service.alert and service.alert_until and service.alert_until < today:
                problems.append("alert_expired")
            if problems:
                findings.append(
                    CheckFinding(
                        service.key, service.name, tuple(problems), service.assured_date, overdue
                    )
                )
    never = [f for f in findings if "never_verified" in f.problems]
    rest = [f for f in findings if "never_verified" not in f.problems]
    rest.sort(key=lambda f: -(f.days_overdue or -1))
    return never + rest
