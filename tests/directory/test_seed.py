"""The shipped directory: exactly the reference services, nothing invented."""

from __future__ import annotations

import json

import pytest

from ifg_desktop.db import Database
from ifg_desktop.directory.checklist import assess, guidance, load_items
from ifg_desktop.directory.query import ServiceQuery, find_services
from ifg_desktop.directory.seed import seed_folder
from ifg_desktop.paths import _PACKAGE


@pytest.fixture
def database(any_database: Database) -> Database:
    """Every rule here holds on both kinds of database: SQLite and PostgreSQL."""
    return any_database


REFERENCE_KEYS = {
    "1712", "crisisteam-plus18", "crisisteam-min18", "caw-slachtofferhulp", "vk", "ocj",
    "kind-en-gezin", "ckg", "child-focus", "zsg", "veilig-huis", "de-sleutel",
    "zorggarantie-jonge-kind", "politie", "tele-onthaal", "zelfmoordlijn", "bjb-antwerpen",
}  # fmt: skip
# The only numbers the reference material gives (services.md); anything else is invented.
KNOWN_NUMBERS = {"1712", "078 15 01 00", "116 000", "101", "112", "106", "1813", "03 260 72 80"}


def test_reference_keys_exactly(database: Database) -> None:
    records = find_services(database, ServiceQuery(include_not_referable=True))
    assert {record.key for record in records} == REFERENCE_KEYS


def test_no_invented_phone_numbers(database: Database) -> None:
    records = find_services(database, ServiceQuery())
    numbers = {phone.display for record in records for phone in record.phones}
    assert numbers == KNOWN_NUMBERS
    unknown = {record.key for record in records if not record.phones}
    assert {"crisisteam-plus18", "vk", "zsg", "veilig-huis", "de-sleutel"} <= unknown


def test_no_invented_hours_or_addresses(database: Database) -> None:
    by_key = {r.key: r for r in find_services(database, ServiceQuery())}
    for key in ("caw-slachtofferhulp", "ocj", "kind-en-gezin", "veilig-huis", "vk"):
        assert by_key[key].hours is None or not by_key[key].hours.known, key
    # The only address known; a shelter's address must never be stored.
    addresses = {loc.one_line for r in by_key.values() for loc in r.locations}
    assert addresses == {"Bolivarplaats 20, 2000 Antwerpen"}


def test_professional_only_services(database: Database) -> None:
    professional = {r.key for r in find_services(database, ServiceQuery()) if r.professional_only}
    assert professional == {"crisisteam-min18", "vk", "veilig-huis", "zorggarantie-jonge-kind"}


def test_checklist_critical_flags_match_the_ground_rules(database: Database) -> None:
    items = load_items(database)
    critical = [item for item in items if item.critical]
    assert len(critical) == 7  # strangulation, threats to kill, weapons, stalking,
    # escalation, honour-related violence, the person's own fear
    assert {item.kind for item in items} == {"red_flag", "protective", "signal"}
    assert all(item.kind == "red_flag" for item in critical)


def test_assessment_of_ticked_items(database: Database) -> None:
    items = load_items(database)
    strangulation = next(i for i in items if "wurg" in i.text.lower())
    children = next(i for i in items if i.key == "kinderen-aanwezig")
    result = assess(items, {strangulation.key})
    assert result.acute and not result.show_kindreflex
    assert "politie" in result.services
    result = assess(items, {children.key})
    assert not result.acute and result.show_kindreflex
    assert assess(items, set(), child_involved=True).show_kindreflex
    assert not assess(items, set()).acute


def test_guidance_has_six_kindreflex_steps() -> None:
    assert len(guidance().kindreflex) == 6


def test_seed_json_is_valid_and_references_exist() -> None:
    services = json.loads((seed_folder() / "services.json").read_text("utf-8"))
    checklist = json.loads((seed_folder() / "checklist.json").read_text("utf-8"))
    service_keys = {s["key"] for s in services["services"]}
    theme_keys = {t["key"] for t in services["themes"]}
    for item in checklist["items"]:
        assert set(item["suggests_services"]) <= service_keys
        assert set(item["suggests_themes"]) <= theme_keys
    assert seed_folder().parent in (_PACKAGE, _PACKAGE.parent)
