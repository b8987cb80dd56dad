"""What is overdue: services nobody verified for a year, missing contact data, old alerts.

The coordinator's worklist in the window and ``ifg-desktop check`` are both this list, most
overdue first: never verified, then by the days the verification or an alert is past due,
then what only lacks data. Archived and inactive services are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ifg_desktop.models.enums import ServiceStatus

if TYPE_CHECKING:
    from ifg_desktop.db import Database

VERIFY_EVERY = timedelta(days=365)


@dataclass(frozen=True, slots=True)
class CheckFinding:
    key: str
    name: str
    problems: tuple[str, ...]  # codes: never_verified, verification_overdue, no_phone, …
    assured_date: date | None
    days_overdue: int | None  # days the verification is late; None = not late or never done
    alert_days_overdue: int | None = None  # days since an alert's end date; None = none expired
    to_verify: tuple[str, ...] = ()  # facts whose source is old or indirect (provenance.py)

    @property
    def never_verified(self) -> bool:
        return "never_verified" in self.problems

    @property
    def most_days_overdue(self) -> int | None:
        days = [d for d in (self.days_overdue, self.alert_days_overdue) if d is not None]
        return max(days) if days else None

    def sort_key(self) -> tuple[int, int]:
        """Never verified first, then the longest past a date, then only missing data."""
        if self.never_verified:
            return (0, 0)
        most = self.most_days_overdue
        return (1, -most) if most is not None else (2, 0)


# By problem code; shown through ``problem_text`` in the language in use.
PROBLEM_TEXT = {
    "never_verified": QT_TRANSLATE_NOOP("check", "nooit geverifieerd"),
    "verification_overdue": QT_TRANSLATE_NOOP(
        "check", "laatste verificatie langer dan 12 maanden geleden"
    ),
    "no_phone": QT_TRANSLATE_NOOP("check", "geen telefoonnummer (aan te vullen)"),
    "no_contact": QT_TRANSLATE_NOOP(
        "check", "geen enkele contactgegeven (telefoon, e-mail of website)"
    ),
    "hours_unknown": QT_TRANSLATE_NOOP("check", "openingsuren onbekend (aan te vullen)"),
    "alert_expired": QT_TRANSLATE_NOOP("check", "waarschuwing verlopen"),
    "source_to_verify": QT_TRANSLATE_NOOP("check", "bron te verifiëren"),
}


def check_directory(database: Database, today: date) -> list[CheckFinding]:
    """Findings for every service that needs a coordinator, most overdue first."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from ifg_desktop.directory.provenance import facts_to_verify
    from ifg_desktop.models import Service

    to_verify = facts_to_verify(database)
    findings = []
    with database.begin() as session:
        services = session.scalars(
            select(Service)
            .where(Service.status != ServiceStatus.INACTIVE, Service.archived_at.is_(None))
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
            alert_overdue: int | None = None
            if service.alert and service.alert_until and service.alert_until < today:
                problems.append("alert_expired")
                alert_overdue = (today - service.alert_until).days
            if service.key in to_verify:
                problems.append("source_to_verify")
            if problems:
                findings.append(
                    CheckFinding(
                        service.key,
                        service.name,
                        tuple(problems),
                        service.assured_date,
                        overdue,
                        alert_overdue,
                        to_verify.get(service.key, ()),
                    )
                )
    # A stable sort: within one rank, display order (alphabetical) stays.
    return sorted(findings, key=CheckFinding.sort_key)


def problem_text(finding: CheckFinding, problem: str) -> str:
    """One problem in words (the language in use), with how late it is where that is known."""
    text = translate("check", PROBLEM_TEXT[problem])
    if problem == "verification_overdue" and finding.days_overdue is not None:
        text += " " + translate("check", "({days} dagen te laat)").format(days=finding.days_overdue)
    elif problem == "alert_expired" and finding.alert_days_overdue is not None:
        text += " " + translate("check", "(sinds {days} dagen)").format(
            days=finding.alert_days_overdue
        )
    elif problem == "source_to_verify" and finding.to_verify:
        from ifg_desktop.directory.provenance import fact_label

        text += ": " + ", ".join(fact_label(f).lower() for f in finding.to_verify)
    return text
