"""The verification worklist: never verified first, then by how overdue, then missing data."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from ifg_desktop.cli import main
from ifg_desktop.db import Database
from ifg_desktop.directory.check import (
    VERIFY_EVERY,
    CheckFinding,
    check_directory,
    problem_text,
)
from ifg_desktop.directory.editing import (
    archive_service,
    load_service,
    update_service,
    verify_today,
)
from ifg_desktop.directory.seed import open_directory


@pytest.fixture
def database(any_database: Database) -> Database:
    """Every rule here holds on both kinds of database: SQLite and PostgreSQL."""
    return any_database


TODAY = date.today()


def _set(database: Database, key: str, **changes: object) -> None:
    loaded = load_service(database, key)
    assert loaded is not None
    update_service(
        database, replace(loaded.draft, **changes), expected_version=loaded.version, by="An"
    )


def _prepare(database: Database) -> None:
    verify_today(database, "1712", by="An", today=TODAY - timedelta(days=365 + 331))
    verify_today(database, "politie", by="An", today=TODAY - timedelta(days=365 + 58))
    verify_today(database, "ocj", by="An", today=TODAY - timedelta(days=30))
    _set(database, "ocj", alert="Verhuisd", alert_until=TODAY - timedelta(days=180))
    verify_today(database, "bjb-antwerpen", by="An", today=TODAY)
    verify_today(database, "tele-onthaal", by="An", today=TODAY)
    archive_service(database, "zsg", by="An")


def test_worklist_order_and_reasons(database: Database) -> None:
    _prepare(database)
    findings = check_directory(database, TODAY)
    by_key = {f.key: f for f in findings}
    order = [f.key for f in findings]
    never = [f.key for f in findings if f.never_verified]
    assert order[: len(never)] == never and "vk" in never  # never verified first
    dated = order[len(never) : len(never) + 3]
    assert dated == ["1712", "ocj", "politie"]  # 331, 180 and 58 days past due
    assert by_key["1712"].days_overdue == 331
    assert by_key["ocj"].alert_days_overdue == 180 and by_key["ocj"].days_overdue is None
    assert problem_text(by_key["1712"], "verification_overdue").endswith("(331 dagen te laat)")
    assert problem_text(by_key["ocj"], "alert_expired") == "waarschuwing verlopen (sinds 180 dagen)"
    assert "zsg" not in by_key  # archived
    # Recently verified services only appear for missing data, last.
    assert "bjb-antwerpen" not in by_key or order.index("bjb-antwerpen") > order.index("politie")
    assert all(
        set(f.problems) <= {"hours_unknown", "no_phone", "no_contact"}
        for f in findings[len(never) + 3 :]
    )
    # Missing contact data is on the list.
    assert {"no_phone"} <= set(by_key["vk"].problems)


def test_command_line_check_reports_the_same(
    database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _prepare(database)
    expected = check_directory(database, TODAY)
    url = database.url.render_as_string(hide_password=False)
    assert main(["--db", url, "check", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["key"] for row in rows] == [f.key for f in expected]
    assert [row["problems"] for row in rows] == [list(f.problems) for f in expected]
    ocj = next(row for row in rows if row["key"] == "ocj")
    assert ocj["alert_days_overdue"] == 180
    assert main(["--db", url, "check"]) == 0
    text = capsys.readouterr().out
    assert (
        "1712: 1712\n  - laatste verificatie langer dan 12 maanden geleden (331 dagen te laat)"
        in text
    )


def test_fresh_directory_everything_never_verified(tmp_path: Path) -> None:
    database = open_directory(str(tmp_path / "vers.sqlite3"))
    try:
        findings = check_directory(database, TODAY)
        assert findings and all(f.never_verified for f in findings)
    finally:
        database.dispose()


def _reference_check(database: Database, today: date) -> list[CheckFinding]:
    """The worklist as it was read before (every service and its schedule through the ORM,
    one at a time): the set-based statement must give exactly this."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from ifg_desktop.directory.provenance import facts_to_verify
    from ifg_desktop.models import Service, ServiceStatus

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
            overdue = None
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
            alert_overdue = None
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
    return sorted(findings, key=CheckFinding.sort_key)


def test_the_set_based_worklist_is_the_reference_one(database: Database) -> None:
    """Every kind of finding and its edges: verified exactly a year ago and a day more, an
    alert without a date or expiring today, hours by appointment only (no windows), only
    exceptions, 24/7, an empty e-mail, inactive and archived services, marks to verify."""
    from sqlalchemy import text

    from ifg_desktop.directory.availability import DateException, Hours
    from ifg_desktop.directory.drafts import PhoneDraft, ServiceDraft
    from ifg_desktop.directory.editing import create_service

    _prepare(database)
    year = timedelta(days=365)
    variants = [
        ServiceDraft(key="v-jaar", name="Jaar", assured_date=TODAY - year, assurer="An"),
        ServiceDraft(key="v-jaar-1", name="Jaar plus", assured_date=TODAY - year - timedelta(1)),
        ServiceDraft(key="v-afspraak", name="Afspraak", hours=Hours(by_appointment=True)),
        ServiceDraft(
            key="v-uitz",
            name="Uitzondering",
            hours=Hours(exceptions=(DateException(TODAY, True, None, None, "dicht"),)),
        ),
        ServiceDraft(key="v-altijd", name="Altijd", hours=Hours(always_open=True)),
        ServiceDraft(key="v-site", name="Site", url="https://example.org"),
        ServiceDraft(key="v-tel", name="Tel", phones=(PhoneDraft("+3232000001"),)),
        ServiceDraft(key="v-alert-vandaag", name="Alert", alert="Let op", alert_until=TODAY),
        ServiceDraft(key="v-alert-zonder", name="Alert zonder", alert="Let op"),
        ServiceDraft(key="v-inactief", name="Inactief", status="inactive"),
    ]
    for draft in variants:
        create_service(database, draft, by="An")
    with database.begin() as session:  # what the editor never writes, but data may hold
        session.execute(text("UPDATE service SET email = '' WHERE key = 'v-jaar'"))
        session.execute(
            text("UPDATE service SET alert = '', alert_until = :d WHERE key = 'v-tel'"),
            {"d": TODAY - timedelta(days=3)},
        )
    for today in (TODAY, TODAY + timedelta(days=1), TODAY + timedelta(days=400)):
        assert check_directory(database, today) == _reference_check(database, today), today


def test_the_first_findings_are_the_worklist_s_first(database: Database) -> None:
    """Sorted by the database for the first page: the same order as the whole list."""
    from ifg_desktop.directory.check import first_findings

    _prepare(database)
    verify_today(database, "vk", by="An", today=TODAY - timedelta(days=365 + 58))  # a tie
    for today in (TODAY, TODAY + timedelta(days=200)):
        whole = check_directory(database, today)
        for limit in (1, 3, 5, len(whole), len(whole) + 5):
            assert first_findings(database, today, limit) == (whole[:limit], len(whole))


@pytest.mark.parametrize("walk", [2_000, 2])
def test_the_worklist_read_in_pages_is_the_whole_list(
    database: Database, walk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Page after page, from where the one before ended: the whole list, in its order (the
    services lacking something read along the rank's index, or, past a short walk, asked of
    a scan a few at a time)."""
    from ifg_desktop.directory import check

    monkeypatch.setattr(check, "_WALK", walk)
    monkeypatch.setattr(check, "_CANDIDATES", 1 if walk == 2 else check._CANDIDATES)
    from sqlalchemy import text

    from ifg_desktop.directory.availability import Hours
    from ifg_desktop.directory.check import count_findings, findings_page
    from ifg_desktop.directory.drafts import PhoneDraft, ServiceDraft
    from ifg_desktop.directory.editing import create_service

    _prepare(database)
    verify_today(database, "vk", by="An", today=TODAY - timedelta(days=365 + 58))  # a tie
    _set(database, "politie", alert="Verhuisd", alert_until=TODAY - timedelta(days=58))
    phone, known = (PhoneDraft("+3232000001"),), Hours(always_open=True)
    for draft in (  # verified this year: on the list only for what they lack, or an alert
        ServiceDraft(key="p-alert-zonder", name="Alert zonder", alert="Let op"),
        ServiceDraft(key="p-alert-vandaag", name="Vandaag", alert="Let op", alert_until=TODAY),
        ServiceDraft(key="p-alert-leeg", name="Leeg"),
        ServiceDraft(key="p-alert-weg", name="Weg", phones=phone, hours=known, alert="Let op"),
        ServiceDraft(key="p-in-orde", name="In orde", phones=phone, hours=known),
    ):
        create_service(database, replace(draft, assured_date=TODAY, assurer="An"), by="An")
    with database.begin() as session:
        session.execute(
            text(
                "UPDATE service SET alert_until = :d WHERE key IN ('p-alert-weg', 'p-alert-leeg')"
            ),
            {"d": TODAY - timedelta(days=2)},
        )
    for today in (TODAY, TODAY + timedelta(days=200), TODAY + timedelta(days=800)):
        whole = check_directory(database, today)
        assert count_findings(database, today) == len(whole)
        for limit in (1, 2, 3, 7, len(whole) + 5):
            pages: list[list[object]] = []
            page, after = findings_page(database, today, None, limit)
            pages.append(list(page))
            while after is not None:
                page, after = findings_page(database, today, after, limit)
                pages.append(list(page))
            assert [f for p in pages for f in p] == whole, (today, limit)
            assert all(len(p) == limit for p in pages[:-1])
