"""The verification worklist: never verified first, then by how overdue, then missing data."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from ifg_desktop.cli import main
from ifg_desktop.db import Database
from ifg_desktop.directory.check import check_directory, problem_text
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
