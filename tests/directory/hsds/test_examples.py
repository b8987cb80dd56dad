"""The HSDS 3.0 specification's own examples import, JSON and CSV alike."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest

from ifg_desktop.db import Database
from ifg_desktop.directory.hsds import Action, HsdsFileError, apply_import, plan_import
from ifg_desktop.directory.query import get_service

EXAMPLE_ID = "ac148810-d857-441c-9679-408f346de14b"
SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "hsds-3.0"


@pytest.mark.parametrize(
    "name",
    ["service_full.json", "service_list.json", "organization_full.json", "tabular.json", "csv"],
)
def test_example_imports(empty_database: Database, hsds_data: Path, name: str) -> None:
    plan = plan_import(empty_database, hsds_data / "examples" / name)
    assert [(s.key, s.action) for s in plan.services] == [(EXAMPLE_ID, Action.ADDED)]
    result = apply_import(empty_database, plan, actor="test")
    assert result.written
    record = get_service(empty_database, EXAMPLE_ID)
    assert record is not None
    assert record.name == "Community Counselling"
    assert record.organization == "Example Organization Inc."
    assert (record.minimum_age_months, record.maximum_age_months) == (12 * 12, 100 * 12 + 11)
    assert record.url == "http://example.com/counselling"
    assert record.status == "active"


def test_full_example_keeps_what_it_can_and_reports_the_rest(
    empty_database: Database, hsds_data: Path
) -> None:
    plan = plan_import(empty_database, hsds_data / "examples" / "service_full.json")
    apply_import(empty_database, plan, actor="test")
    record = get_service(empty_database, EXAMPLE_ID)
    assert record is not None
    # The same phone, repeated at the location, is taken once; quotes around it are no matter.
    assert [p.number for p in record.phones] == ["+441234234567"]
    assert [loc.one_line for loc in record.locations] == [""]  # its only address is postal
    assert record.locations[0].name == "MyCity Civic Center"
    assert record.contact_note is not None and "referral letter" in record.contact_note
    assert record.hours is None  # its one schedule uses byweekno & co.: not expressible
    notes = "\n".join(plan.services[0].notes)
    for reported in (
        "languages",
        "service_areas",
        "eligibility_description",
        "fees_description",
        "byweekno",
        "extension",
        "latitude",
        "postal",
    ):
        assert reported in notes, reported
    assert any("tax_status" in note for note in plan.notes)  # the organization's, once


def test_organization_list_without_services_imports_nothing(
    empty_database: Database, hsds_data: Path
) -> None:
    plan = plan_import(empty_database, hsds_data / "examples" / "organization_list.json")
    assert plan.services == ()
    assert not plan.writes
    assert any("zonder diensten" in note for note in plan.notes)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("service_at_location_list.json", "service_at_location"),
        ("location.json", "locatie"),
    ],
)
def test_files_that_hold_no_services_are_refused_clearly(
    empty_database: Database, hsds_data: Path, name: str, words: str
) -> None:
    with pytest.raises(HsdsFileError) as raised:
        plan_import(empty_database, hsds_data / "examples" / name)
    assert name in str(raised.value) and words in str(raised.value)


def test_copies_match_the_shared_reference(hsds_data: Path) -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared/hsds-3.0 is not beside the repository")
    for copy in (hsds_data / "examples").rglob("*.*"):
        original = SHARED / "examples" / copy.relative_to(hsds_data / "examples")
        assert filecmp.cmp(copy, original, shallow=False), copy
    compiled = SHARED / "schema" / "compiled" / "service.json"
    assert filecmp.cmp(hsds_data / "schema" / "service.json", compiled, shallow=False)
