"""A draft written into the database comes back out the same."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ifg_desktop.db import Database
from ifg_desktop.directory.availability import DateException, Hours, Window
from ifg_desktop.directory.drafts import (
    LocationDraft,
    OrganizationDraft,
    PhoneDraft,
    ServiceDraft,
    apply_draft,
    draft_of,
)
from ifg_desktop.directory.indexing import place_service
from ifg_desktop.models import Schedule, Service


def test_round_trip_of_every_field(database: Database) -> None:
    draft = ServiceDraft(
        key="nachtopvang",
        name="Nachtopvang Noord",
        alternate_name="NON",
        organization=OrganizationDraft("caw", "CAW — Centrum Algemeen Welzijnswerk"),
        description="Opvang 's nachts.",
        status="temporarily_closed",
        professional_only=True,
        contact_note="Via de politie.",
        minimum_age_months=-9,
        maximum_age_months=215,
        urgency=frozenset({"acute", "crisis"}),
        themes=frozenset({"crisis", "partnergeweld"}),
        keywords=("nacht", "opvang"),
        notes=("Geen noodnummer",),
        free_of_charge=True,
        anonymous=False,
        url="https://example.org",
        email="info@example.org",
        alert="Verhuisd",
        alert_until=date(2027, 1, 31),
        assured_date=date(2026, 11, 1),
        assurer="An",
        phones=(PhoneDraft("+3232607280", "Onthaal", None, False), PhoneDraft("1712")),
        locations=(LocationDraft("Hoofdzetel", "Straat 1", "2000", "Antwerpen"),),
        hours=Hours(
            by_appointment=True,
            closed_on_public_holidays=None,
            windows=(Window(0, time(20), time(8), "walk_in"),),
            exceptions=(DateException(date(2026, 12, 24), False, time(9), time(12), "kerst"),),
            valid_from=date(2026, 1, 1),
        ),
        schedule_note="Nachten",
    )
    with database.begin() as session:
        service = Service()
        apply_draft(session, service, draft)
        session.add(service)
        place_service(session, service)
    with database.begin() as session:
        loaded = session.scalars(
            select(Service)
            .where(Service.key == "nachtopvang")
            .options(
                selectinload(Service.schedule).selectinload(Schedule.windows),
                selectinload(Service.schedule).selectinload(Schedule.exceptions),
            )
        ).one()
        assert draft_of(loaded) == draft


def test_applying_a_draft_to_a_loaded_service_replaces_hours_phones_in_place(
    database: Database,
) -> None:
    """An edit writes a draft over a service that already has a schedule (unique per service)."""
    with database.begin() as session:
        loaded = session.scalars(select(Service).where(Service.key == "1712")).one()
        before = draft_of(loaded)
        assert before.hours is not None and before.hours.windows
        changed = replace(
            before, hours=Hours(always_open=True), phones=(PhoneDraft("1712", "Nieuw label"),)
        )
        apply_draft(session, loaded, changed)
        place_service(session, loaded)
    with database.begin() as session:
        again = session.scalars(select(Service).where(Service.key == "1712")).one()
        assert draft_of(again) == changed


def test_applying_a_draft_to_a_service_with_hours_replaces_them(database: Database) -> None:
    # schedule.service_id is unique: the old schedule must be updated, not doubled.
    new_hours = Hours(windows=(Window(2, time(10), time(11)),), closed_on_public_holidays=False)
    with database.begin() as session:
        service = session.scalars(select(Service).where(Service.key == "1712")).one()
        assert service.schedule is not None
        draft = draft_of(service)
        apply_draft(session, service, replace(draft, hours=new_hours, schedule_note="Nieuw"))
    with database.begin() as session:
        loaded = session.scalars(select(Service).where(Service.key == "1712")).one()
        assert draft_of(loaded) == replace(draft, hours=new_hours, schedule_note="Nieuw")
