"""Records read with plain SQL (detail.py) equal the records of the ORM-loaded services."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from benchmarks.generate import generate_drafts
from ifg_desktop.db import Database
from ifg_desktop.directory import detail
from ifg_desktop.directory.availability import (
    Availability,
    DateException,
    Hours,
    Window,
    availability,
)
from ifg_desktop.directory.detail import read_services
from ifg_desktop.directory.drafts import (
    LocationDraft,
    OrganizationDraft,
    PhoneDraft,
    ServiceDraft,
    apply_draft,
)
from ifg_desktop.directory.editing import archive_service
from ifg_desktop.directory.indexing import renumber_all
from ifg_desktop.directory.phones import format_phone
from ifg_desktop.directory.query import (
    ServiceQuery,
    find_services,
    get_service,
    hours_of,
    urgency_of,
)
from ifg_desktop.directory.records import LocationRecord, PhoneRecord, ServiceRecord, ThemeRecord
from ifg_desktop.models import Schedule, Service, ServiceStatus, Theme
from tests.conftest import brussels

STATUSES = ("active", "active", "active", "inactive", "do_not_refer", "temporarily_closed")

MOMENTS = (
    brussels("2026-04-07 16:30"),  # a Tuesday afternoon
    brussels("2026-11-11 10:00"),  # Wapenstilstand, a Belgian public holiday
    brussels("2026-12-24 10:30"),  # Christmas Eve: the date exceptions below
)

# Everything a record can carry, stored out of order where the order is the reader's work.
RICH = ServiceDraft(
    key="rijk-gevuld",
    name="Rijk gevulde dienst",
    alternate_name="RGD",
    organization=OrganizationDraft("rgd-org", "Organisatie van de rijke dienst"),
    description="Alles wat een dienst kan hebben.",
    status="temporarily_closed",
    professional_only=True,
    contact_note="Enkel na doorverwijzing; zeg \"code rood\"; komma's, puntkomma's.",
    minimum_age_months=-9,
    maximum_age_months=215,
    urgency=frozenset({"acute", "non_acute"}),
    themes=frozenset({"crisis", "partnergeweld", "juridisch"}),
    keywords=("nachtopvang", "crisis; acuut", 'zeg "hallo"'),
    notes=("Eerste nota.", "Tweede, met komma."),
    free_of_charge=False,
    anonymous=True,
    url="https://example.org/rgd",
    email="rgd@example.org",
    alert="Verhuisd naar een nieuw adres.",
    alert_until=date(2026, 12, 31),
    assured_date=date(2026, 3, 2),
    assurer="An Coördinator",
    phones=(
        PhoneDraft("+3232607280", "Onthaal", "Tijdens de kantooruren", True),
        PhoneDraft("1712", "Hulplijn", None, None),
        PhoneDraft("+32470123456", None, "GSM van de permanentie", False),
    ),
    locations=(
        LocationDraft("Hoofdzetel", "Lange Nieuwstraat 1", "2000", "Antwerpen"),
        LocationDraft(None, "Rue Neuve 2", "1000", "Brussel"),
        LocationDraft("Grensantenne", None, None, "Maastricht", "NL"),
    ),
    hours=Hours(
        by_appointment=True,
        closed_on_public_holidays=None,
        windows=(
            Window(4, time(20), time(2), "walk_in"),  # past midnight
            Window(0, time(13), time(17)),
            Window(0, time(9), time(12), "phone"),
            Window(2, time(9, 30), time(12, 15)),
        ),
        exceptions=(
            DateException(date(2026, 12, 31), True, None, None, "Oudjaar; gesloten, sorry"),
            DateException(date(2026, 12, 24), False, time(9), time(12), "Kerstavond"),
            DateException(date(2026, 11, 11), False, time(10), time(11, 30)),
        ),
        valid_from=date(2026, 1, 1),
        valid_to=date(2027, 6, 30),
    ),
    schedule_note="Op afspraak, behalve de inloop op vrijdagavond.",
)

# A schedule with nothing in it but a note; and a service with nothing to list at all.
NOTE_ONLY = ServiceDraft(key="enkel-nota", name="Enkel een nota", schedule_note="Bel eerst.")
BARE = ServiceDraft(key="kaal", name="Kale dienst")


# -- the record as the ORM sees it: what detail.py must read the same ---------------------
def _load(session: Session, statement: Select[Any]) -> Sequence[Service]:
    """Services with everything ``to_record`` reads, loaded eagerly."""
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


def to_record(service: Service, moment: datetime) -> ServiceRecord:
    """The record of a service loaded through the ORM (``_load``), field by field."""
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
        url=service.url,
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


@pytest.fixture
def populated(any_database: Database) -> Database:
    """The shipped services, 300 generated ones, the drafts above and one archived service."""
    database = any_database
    rnd = random.Random(5)
    drafts = [
        replace(draft, status=rnd.choice(STATUSES)) for draft in generate_drafts(300, seed=13)
    ]
    with database.begin() as session:
        for draft in (*drafts, RICH, NOTE_ONLY, BARE):
            service = Service(display_rank=-rnd.randrange(10**9))
            apply_draft(session, service, draft)
            session.add(service)
        session.flush()
        renumber_all(session)
        # Positions against insertion order: only the order_by can put them right.
        rich = session.scalars(select(Service).where(Service.key == RICH.key)).one()
        for phone in rich.phones:
            phone.position = 10 - phone.position
        last = session.scalars(select(Theme).where(Theme.key == "partnergeweld")).one()
        last.position = 99
    archive_service(database, "zsg", by="An Coördinator")
    return database


def orm_records(database: Database, moment: datetime) -> dict[str, ServiceRecord]:
    with database.begin() as session:
        return {s.key: to_record(s, moment) for s in _load(session, select(Service))}


def differing(expected: dict[str, ServiceRecord], got: dict[str, ServiceRecord]) -> list[str]:
    return sorted(key for key in expected.keys() | got.keys() if expected.get(key) != got.get(key))


@pytest.mark.parametrize("moment", MOMENTS, ids=["weekday", "holiday", "exception-date"])
def test_every_service_reads_as_the_orm_reads_it(populated: Database, moment: datetime) -> None:
    expected = orm_records(populated, moment)
    assert len(expected) == 17 + 300 + 3

    together = read_services(populated, list(expected), moment)
    one_by_one = {key: get_service(populated, key, moment=moment) for key in expected}

    assert differing(expected, together) == []
    assert together == expected
    assert one_by_one == expected


def test_the_comparison_covers_everything_a_record_can_carry(populated: Database) -> None:
    moment = MOMENTS[2]
    record = get_service(populated, RICH.key, moment=moment)
    assert record == orm_records(populated, moment)[RICH.key]

    assert record is not None and record.hours is not None
    assert [p.number for p in record.phones] == ["+32470123456", "1712", "+3232607280"]
    assert record.phones[2].free is True and record.phones[1].free is None
    assert [loc.city for loc in record.locations] == ["Antwerpen", "Brussel", "Maastricht"]
    assert record.theme_keys[-1] == "partnergeweld"  # moved to the end by its position
    assert record.keywords == RICH.keywords and record.notes == RICH.notes
    assert record.urgency == ("acute", "non_acute")
    assert record.alert_until == date(2026, 12, 31) and record.assured_date == date(2026, 3, 2)
    assert isinstance(record.updated_at, datetime)
    assert [w.weekday for w in record.hours.windows] == [0, 0, 2, 4]
    assert [e.note for e in record.hours.exceptions] == [
        None,
        "Kerstavond",
        "Oudjaar; gesloten, sorry",
    ]
    assert record.hours.closed_on_public_holidays is None
    assert record.availability.reason == "temporarily_closed"

    archived = get_service(populated, "zsg", moment=moment)  # still found by its key
    assert archived is not None and isinstance(archived.archived_at, datetime)
    note_only = get_service(populated, NOTE_ONLY.key, moment=moment)
    assert note_only is not None and note_only.schedule_note == "Bel eerst."
    assert note_only.hours == Hours()
    bare = get_service(populated, BARE.key, moment=moment)
    assert bare is not None and bare.hours is None and bare.schedule_note is None


def test_whole_pages_read_in_batches_as_the_orm_reads_them(
    populated: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(detail, "BATCH", 7)  # many batches, one of them not full
    moment = MOMENTS[0]
    expected = orm_records(populated, moment)
    query = ServiceQuery(moment=moment, include_not_referable=True)

    found = find_services(populated, query)
    page = find_services(populated, query, limit=40, offset=30)

    assert len(found) == len(expected) - 1  # all but the archived one
    assert found == [expected[record.key] for record in found]
    assert page == found[30:70]


def test_an_unknown_key_is_none(database: Database) -> None:
    assert get_service(database, "bestaat-niet") is None
    assert read_services(database, ["bestaat-niet", "1712"], MOMENTS[0]).keys() == {"1712"}
    assert read_services(database, [], MOMENTS[0]) == {}


def test_reading_a_service_loads_no_sqlalchemy(database: Database, db_path: Path) -> None:
    database.dispose()  # made and seeded here; the new process opens it as a later start does
    script = (
        "import sys\n"
        "from ifg_desktop.directory.query import ServiceQuery, find_services, get_service\n"
        "from ifg_desktop.directory.seed import open_directory\n"
        f"database = open_directory({str(db_path)!r})\n"
        "record = get_service(database, 'politie')\n"
        "assert record is not None and len(record.phones) == 2, record\n"
        "assert find_services(database, ServiceQuery(text='politie'))\n"
        "print(sorted(name for name in sys.modules if name.startswith('sqlalchemy')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=Path(__file__).parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
