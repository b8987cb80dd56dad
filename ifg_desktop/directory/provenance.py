"""Where a service's facts come from (its contact, hours and ages), and which of them are
to be verified: shown in the detail pane, listed by ``check`` and the worklist.

Shipped for the seeded services (seed_data/sources.json). "Vandaag geverifieerd" clears a
service's marks: the coordinator has checked its facts against a current source.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ifg_desktop.db import Database

FACTS = ("contact", "hours", "ages")
FACT_LABELS = {
    "contact": QT_TRANSLATE_NOOP("provenance", "Contact"),
    "hours": QT_TRANSLATE_NOOP("provenance", "Uren"),
    "ages": QT_TRANSLATE_NOOP("provenance", "Leeftijden"),
}


def fact_label(fact: str) -> str:
    """A fact's name ("Uren") in the language in use."""
    return translate("provenance", FACT_LABELS.get(fact, fact))


@dataclass(frozen=True, slots=True)
class FactSourceRecord:
    fact: str  # contact | hours | ages
    source: str
    to_verify: bool
    note: str | None = None

    @property
    def label(self) -> str:
        return fact_label(self.fact)


def sources_of(database: Database, key: str) -> tuple[FactSourceRecord, ...]:
    """The sources of one service's facts, in the order of ``FACTS``."""
    rows = database.read(
        "SELECT f.fact, f.source, f.to_verify, f.note FROM fact_source f "
        "JOIN service s ON s.id = f.service_id WHERE s.key = ?",
        (key,),
    )
    found = [
        FactSourceRecord(str(fact), str(source), bool(verify), note)
        for fact, source, verify, note in rows
    ]
    return tuple(
        sorted(found, key=lambda r: FACTS.index(r.fact) if r.fact in FACTS else len(FACTS))
    )


def facts_to_verify(database: Database) -> dict[str, tuple[str, ...]]:
    """Per service key, the facts whose source is to be verified (in ``FACTS`` order)."""
    found: dict[str, list[str]] = {}
    for key, fact in database.read(
        "SELECT s.key, f.fact FROM fact_source f JOIN service s ON s.id = f.service_id "
        "WHERE f.to_verify = ?",
        (True,),
    ):
        found.setdefault(str(key), []).append(str(fact))
    order = {fact: i for i, fact in enumerate(FACTS)}
    return {
        key: tuple(sorted(facts, key=lambda f: order.get(f, len(FACTS))))
        for key, facts in found.items()
    }


def mark_verified(session: Session, service_id: int) -> int:
    """Clear a service's "to be verified" marks (it was verified today); how many."""
    from sqlalchemy import update

    from ifg_desktop.models import FactSource

    result = session.execute(
        update(FactSource)
        .where(FactSource.service_id == service_id, FactSource.to_verify.is_(True))
        .values(to_verify=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class VerificationSummary:
    """How current the directory is, for "Waar komen de gegevens vandaan" in the window."""

    services: int  # not archived
    never_verified: int
    last_verified: date | None  # the most recent "Vandaag geverifieerd" or import's date
    facts_with_source: int
    facts_to_verify: int


def verification_summary(database: Database) -> VerificationSummary:
    """Counts over the services in use (archived ones left out)."""
    ((services, never, last),) = database.read(
        "SELECT COUNT(*), SUM(CASE WHEN assured_date IS NULL THEN 1 ELSE 0 END), "
        "MAX(assured_date) FROM service WHERE archived_at IS NULL"
    )
    ((facts, to_verify),) = database.read(
        "SELECT COUNT(*), SUM(CASE WHEN f.to_verify = ? THEN 1 ELSE 0 END) FROM fact_source f "
        "JOIN service s ON s.id = f.service_id WHERE s.archived_at IS NULL",
        (True,),
    )
    if isinstance(last, str):  # SQLite hands dates back as text
        last = date.fromisoformat(last[:10])
    return VerificationSummary(
        services=int(services or 0),
        never_verified=int(never or 0),
        last_verified=last if isinstance(last, date) else None,
        facts_with_source=int(facts or 0),
        facts_to_verify=int(to_verify or 0),
    )
