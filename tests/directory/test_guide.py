"""The conversation guide: shipped with the database, found from the search box by the
same rule as the services, kept by coordinators with the audit trail."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from ifg_desktop.db import Database
from ifg_desktop.directory.audit import trail
from ifg_desktop.directory.guide import (
    GUIDE_SECTION,
    GuideProblem,
    GuideSectionRecord,
    load_guide,
    save_section,
    sections_for,
)
from ifg_desktop.directory.search_plan import plan_for
from ifg_desktop.paths import shipped_folder

TOPICS = (  # what the deck asks a front desk to know, by the words a worker types
    ("vluchthuis", "opvang-vluchthuis"),
    ("huisverbod", "juridische-maatregelen"),
    ("intieme terreur", "situationeel-vs-intiem-terreur"),
    ("reddersreflex", "gesprek-voeren"),
    ("vluchtplan", "veiligheidsplan"),
    ("kindreflex", "kinderen"),
    ("geweld is bij wet verboden", "wat-je-zegt"),
)


def found(database: Database, text: str) -> list[str]:
    plan = plan_for(database, text)
    return [s.key for s in sections_for(load_guide(database), plan.rule, plan.typed)]


def test_the_shipped_guide_is_in_the_database_with_its_sources(any_database: Database) -> None:
    shipped = json.loads((shipped_folder("seed_data") / "guide.json").read_text("utf-8"))
    sections = load_guide(any_database)
    assert [s.key for s in sections] == [s["key"] for s in shipped["sections"]]
    for section in sections:
        assert section.points and section.source.startswith("Basisvorming IFG"), section.key


@pytest.mark.parametrize(("typed", "key"), TOPICS)
def test_a_topic_typed_finds_its_section(any_database: Database, typed: str, key: str) -> None:
    assert key in found(any_database, typed)


def test_nothing_for_letters_still_being_typed(database: Database) -> None:
    assert found(database, "vl") == []
    assert found(database, "zzqxw") == []


def test_a_coordinator_edit_is_audited_and_checked(any_database: Database) -> None:
    section = load_guide(any_database)[0]
    edited = replace(section, points=(*section.points, "Een punt van de coördinator."))
    assert save_section(any_database, edited, by="An")
    assert not save_section(any_database, edited, by="An")  # nothing changed
    assert load_guide(any_database)[0].points[-1] == "Een punt van de coördinator."
    entries = [e for e in trail(any_database, section.key) if e.resource_type == GUIDE_SECTION]
    assert [(e.field_name, e.updated_by) for e in entries] == [("points", "An")]
    for bad in (
        replace(section, title=" "),
        replace(section, points=()),
        replace(section, source=""),
    ):
        with pytest.raises(GuideProblem):
            save_section(any_database, bad, by="An")
    assert load_guide(any_database)[0] == edited


def test_a_changed_section_is_found_by_its_new_words_only(database: Database) -> None:
    """The folded search texts are worked out once per record: a changed record (the
    editor's, or replace()) must be matched by its new text, never its old."""
    section = load_guide(database)[0]
    changed = replace(section, title="Zebrapad", summary="", points=("Giraf",), keywords=())

    def fits(record: GuideSectionRecord, text: str) -> bool:
        plan = plan_for(database, text)
        return bool(sections_for([record], plan.rule, plan.typed))

    assert fits(section, section.title) and not fits(changed, section.title)
    assert fits(changed, "zebrapad") and fits(changed, "giraf")
    assert changed.title_text == " zebrapad " and changed == replace(changed)
