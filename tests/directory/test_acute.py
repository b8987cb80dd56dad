"""The acute path names a number at every step: the crisis team's when it is filled in,
101/112 when it is not; the child's path when a child is involved."""

from __future__ import annotations

from dataclasses import replace

from ifg_desktop.db import Database
from ifg_desktop.directory.acute import (
    ADULT_CRISIS_TEAM,
    CHILD_CRISIS_TEAM,
    acute_path,
    banner_lines,
    crisis_contacts,
)
from ifg_desktop.directory.drafts import PhoneDraft
from ifg_desktop.directory.editing import archive_service, load_service, update_service


def add_phone(database: Database, key: str, number: str) -> None:
    loaded = load_service(database, key)
    assert loaded is not None
    draft = replace(loaded.draft, phones=(PhoneDraft(number, "Crisislijn"),))
    update_service(database, draft, expected_version=loaded.version, by="Test")


def test_an_adult_unknown_number_falls_back_to_the_police(database: Database) -> None:
    """As shipped, the crisis team's number is regional and not filled in: the banner
    says so and sends the worker to 101/112, never "call the crisis team" alone."""
    steps = acute_path(crisis_contacts(database), children=False)
    assert steps[0].number == "101" and "112" in steps[0].text
    crisis = steps[1]
    assert "crisisteam +18" in crisis.text
    assert not crisis.number_known and crisis.number == "101"
    assert "nog niet ingevuld" in crisis.text and "101" in crisis.text
    assert all(step.number for step in steps[:-1])  # every call step has a number to dial


def test_an_adult_known_number_is_named(database: Database) -> None:
    add_phone(database, ADULT_CRISIS_TEAM, "+3232607281")
    steps = acute_path(crisis_contacts(database), children=False)
    assert steps[1].number_known and steps[1].number == "+3232607281"
    assert steps[1].text.endswith("+3232607281")
    assert banner_lines(steps)[1].startswith("2. Bel daarna het CAW-crisisteam +18")


def test_a_child_involved_takes_the_childs_path(database: Database) -> None:
    add_phone(database, CHILD_CRISIS_TEAM, "+3232000000")
    steps = acute_path(crisis_contacts(database), children=True)
    texts = [step.text for step in steps]
    assert texts[0].startswith("Bel eerst de politie: 101")
    assert "crisisteam −18 (enkel via een hulpverlener): +3232000000" in texts[1]
    assert "wachtdienst van het VK" in texts[2] and not steps[2].number_known
    assert steps[2].number == "101"  # the VK's number is not known: back to the police
    assert not any("+18" in text for text in texts)


def test_an_archived_crisis_team_counts_as_unknown(database: Database) -> None:
    add_phone(database, ADULT_CRISIS_TEAM, "+3232607281")
    loaded = load_service(database, ADULT_CRISIS_TEAM)
    assert loaded is not None
    archive_service(database, ADULT_CRISIS_TEAM, expected_version=loaded.version, by="Test")
    steps = acute_path(crisis_contacts(database), children=False)
    assert not steps[1].number_known and steps[1].number == "101"


def test_only_a_standby_number_is_the_vk_standby(database: Database) -> None:
    """The VK's first number is its daytime line: the standby step names only a number said
    to be the standby's, and a crisis team that is not active counts as not filled in."""
    loaded = load_service(database, "vk")
    assert loaded is not None
    daytime = replace(loaded.draft, phones=(PhoneDraft("+3232000001", "Onthaal"),))
    update_service(database, daytime, expected_version=loaded.version, by="Test")
    steps = acute_path(crisis_contacts(database), children=True)
    assert not steps[2].number_known and "+3232000001" not in steps[2].text
    loaded = load_service(database, "vk")
    assert loaded is not None
    standby = replace(
        loaded.draft,
        phones=(PhoneDraft("+3232000001", "Onthaal"), PhoneDraft("+3232000002", "Wachtdienst")),
    )
    update_service(database, standby, expected_version=loaded.version, by="Test")
    steps = acute_path(crisis_contacts(database), children=True)
    assert steps[2].number == "+3232000002"

    add_phone(database, ADULT_CRISIS_TEAM, "+3232607281")
    loaded = load_service(database, ADULT_CRISIS_TEAM)
    assert loaded is not None
    closed = replace(loaded.draft, status="temporarily_closed")
    update_service(database, closed, expected_version=loaded.version, by="Test")
    assert not acute_path(crisis_contacts(database), children=False)[1].number_known
