"""Coordinators keep the search vocabulary: checked, saved, removed, and in the trail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ifg_desktop.db import Database
from ifg_desktop.directory import audit, fields
from ifg_desktop.directory.editing import EditRefused, restore_value
from ifg_desktop.directory.vocabulary import (
    MAX_TERM_LENGTH,
    TermProblem,
    TermRecord,
    check_term,
    load_terms,
    read_terms,
    remove_term,
    save_term,
    stored_terms,
    write_terms,
)

TERM = TermRecord("Proef  Géweld", ("Partnergeweld", "intrafamiliaal geweld"), ("wurging",))


def _term_entries(database: Database) -> list[audit.AuditRecord]:
    return [e for e in audit.trail(database) if e.resource_type == audit.SEARCH_TERM]


def test_a_saved_term_is_normalized_and_in_the_trail(database: Database) -> None:
    shipped = len(read_terms(database))  # seed_data/vocabulary.json
    stored = save_term(database, TERM, by="An")
    assert stored == TermRecord(
        "proef geweld", ("partnergeweld", "intrafamiliaal geweld"), ("wurging",)
    )
    assert stored in read_terms(database)
    assert len(read_terms(database)) == shipped + 1
    [entry] = _term_entries(database)
    assert (entry.resource_id, entry.updated_by, entry.action_label) == (
        "proef geweld",
        "An",
        "aangemaakt",
    )
    assert entry.field_name == fields.SEARCH_TERM and entry.field_label == "Zoekterm"
    assert entry.previous_text == "(leeg)"
    assert entry.replacement_text == (
        "vindt: partnergeweld, intrafamiliaal geweld; signalen: wurging"
    )
    assert not entry.restorable  # a term is no service: nothing to put back on one


def test_changing_and_removing_a_term_are_recorded(database: Database) -> None:
    shipped = len(read_terms(database))
    save_term(database, TERM, by="An")
    save_term(database, TermRecord("proef geweld", ("partnergeweld",)), by="Bert")
    save_term(database, TermRecord("proef geweld", ("partnergeweld",)), by="Bert")  # same
    assert remove_term(database, "Proef geweld", by="Chris")
    assert not remove_term(database, "proef geweld", by="Chris")  # gone already
    assert len(read_terms(database)) == shipped
    created, changed, removed = _term_entries(database)
    assert (changed.action_label, changed.updated_by) == ("gewijzigd", "Bert")
    assert changed.previous_text == created.replacement_text
    assert changed.replacement_text == "vindt: partnergeweld"
    assert (removed.action_label, removed.updated_by) == ("verwijderd", "Chris")
    assert removed.previous_text == "vindt: partnergeweld"
    assert removed.replacement_text == "(leeg)"


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (TermRecord("  ", ("x",)), "Vul een woord of uitdrukking in."),
        (TermRecord("a" * (MAX_TERM_LENGTH + 1), ("x",)), "hoogstens 80 tekens"),
        (TermRecord("proefhuis", (" ", "")), "minstens één woord"),
        (TermRecord("proefhuis", ("x" * 201,)), "hoogstens 200 tekens"),
    ],
)
def test_check_term_says_what_is_wrong_in_dutch(record: TermRecord, message: str) -> None:
    with pytest.raises(TermProblem) as raised:
        check_term(record)
    assert message in str(raised.value)


def test_bad_terms_leave_the_data_alone(database: Database, db_path: Path, snapshot: Any) -> None:
    save_term(database, TERM, by="An")
    save_term(database, TermRecord("proefwurgen", ("wurging",)), by="An")
    before = snapshot(db_path)
    with pytest.raises(TermProblem, match="'verstikking' is geen signaal van de checklist"):
        save_term(database, TermRecord("proefwurgen", ("wurging",), ("verstikking",)), by="An")
    with pytest.raises(TermProblem, match="bestaat al"):  # a new term must not overwrite one
        save_term(database, TermRecord("Proef geweld", ("x",)), by="An", only_new=True)
    with pytest.raises(TermProblem, match="bestaat al"):  # nor may a renamed one
        save_term(database, TermRecord("proef geweld", ("x",)), by="An", replacing="proefwurgen")
    assert snapshot(db_path) == before


def test_an_edited_term_with_other_words_replaces_the_old_one(database: Database) -> None:
    save_term(database, TERM, by="An")
    save_term(
        database,
        TermRecord("proef thuis", ("partnergeweld",)),
        by="Bert",
        replacing="proef geweld",
    )
    terms = {t.term for t in read_terms(database)}
    assert "proef thuis" in terms and "proef geweld" not in terms
    actions = [(e.resource_id, e.last_action_type) for e in _term_entries(database)]
    assert actions[1:] == [("proef geweld", "delete"), ("proef thuis", "create")]


def test_a_term_in_the_trail_cannot_be_put_back_on_a_service(database: Database) -> None:
    save_term(database, TermRecord("vk", ("kindermishandeling",)), by="An")
    [entry] = _term_entries(database)
    with pytest.raises(EditRefused):
        restore_value(database, entry.id, by="An")
    assert audit.history(database, "vk") == []  # a service's history holds only its own


def test_write_terms_adds_and_changes_in_one_unit_of_work(database: Database) -> None:
    save_term(database, TERM, by="An")
    records = [
        check_term(TermRecord("proef geweld", ("partnergeweld",))),
        check_term(TermRecord("proefhuis", ("opvang",))),
        check_term(TermRecord("proefhuis", ("opvang",))),
    ]
    with database.begin_write() as session:
        assert write_terms(session, records, by="import") == 2
    with database.begin() as session:
        assert stored_terms(session, ["proef geweld", "proefhuis", "onbekend"]) == {
            "proef geweld": TermRecord("proef geweld", ("partnergeweld",)),
            "proefhuis": TermRecord("proefhuis", ("opvang",)),
        }
    assert [e.last_action_type for e in _term_entries(database)] == ["create", "update", "create"]


def test_a_flag_the_checklist_lost_may_stay_but_no_new_unknown_one(database: Database) -> None:
    with database.begin_write() as session:  # as an import or an older checklist left it
        load_terms(session, [TermRecord("proefwoord", ("opvang",), ("vroeger-signaal",))])
    kept = save_term(
        database,
        TermRecord("proefwoord", ("opvang", "crisisopvang"), ("vroeger-signaal",)),
        by="An",
    )
    assert kept.flags == ("vroeger-signaal",)
    with pytest.raises(TermProblem, match="'ander-signaal' is geen signaal"):
        save_term(database, TermRecord("proefwoord", ("opvang",), ("ander-signaal",)), by="An")


def test_a_term_stored_with_a_hyphen_is_found_to_remove_or_edit(database: Database) -> None:
    with database.begin_write() as session:  # a vocabulary folded by an older rule
        load_terms(session, [TermRecord("proef-partner", ("partnergeweld",))])
    save_term(
        database, TermRecord("proef-partner", ("opvang",)), by="An", replacing="proef-partner"
    )
    terms = {t.term: t for t in read_terms(database)}
    assert "proef-partner" not in terms and terms["proef partner"].finds == ("opvang",)
    assert remove_term(database, "Proef-Partner", by="An")


def test_keeping_terms_on_each_kind_of_database(any_database: Database) -> None:
    save_term(any_database, TERM, by="An")
    save_term(any_database, TermRecord("proef geweld", ("opvang",)), by="Bert")
    with any_database.begin() as session:
        assert stored_terms(session, ["proef geweld"]) == {
            "proef geweld": TermRecord("proef geweld", ("opvang",))
        }
    assert remove_term(any_database, "proef geweld", by="Chris")
    actions = [e.action_label for e in _term_entries(any_database)]
    assert actions == ["aangemaakt", "gewijzigd", "verwijderd"]
