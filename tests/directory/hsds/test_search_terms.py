"""The search vocabulary travels in HSDS: taxonomy terms out, the same terms back in."""

from __future__ import annotations

import csv
import io
import json
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ifg_desktop.db import Database
from ifg_desktop.directory import audit
from ifg_desktop.directory.hsds import (
    Action,
    HsdsFileError,
    PlanOutdated,
    apply_import,
    export_directory,
    plan_import,
)
from ifg_desktop.directory.hsds import vocabulary as v
from ifg_desktop.directory.hsds.search_terms import term_document
from ifg_desktop.directory.vocabulary import TermRecord, read_terms, save_term

Snapshot = Callable[[Path], list[str]]

PROEF = TermRecord("proef woord", ("partnergeweld", "opvang"), ("wurging", "wapens"))


def _terms(database: Database) -> dict[str, TermRecord]:
    return {term.term: term for term in read_terms(database)}


def _db_file(database: Database) -> Path:
    assert database.url.database is not None
    return Path(database.url.database)


def _write(path: Path, documents: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps(documents, ensure_ascii=False), encoding="utf-8")
    return path


def _rows(archive: zipfile.ZipFile, table: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(archive.read(table).decode("utf-8"))))


def test_a_term_in_json_is_a_taxonomy_term_of_our_taxonomy(
    database: Database, tmp_path: Path
) -> None:
    save_term(database, PROEF, by="An")
    target = tmp_path / "uit.json"
    export_directory(database, target)
    documents = json.loads(target.read_text(encoding="utf-8"))
    [document] = [d for d in documents if d.get("code") == "proef woord"]
    expected_id = str(uuid.uuid5(v.NAMESPACE, "search_term\x1fproef woord"))
    assert {k: document[k] for k in ("id", "code", "name", "taxonomy", "language")} == {
        "id": expected_id,
        "code": "proef woord",
        "name": "proef woord",
        "taxonomy": "ifg-wegwijzer-zoektermen",
        "language": "nl",
    }
    assert document["taxonomy_id"] == v.SEARCH_TAXONOMY_ID
    assert document["description"] == (
        "Wie 'proef woord' zoekt, vindt ook: partnergeweld, opvang. "
        "Signalen van de checklist: wurging, wapens."
    )
    carried = [
        (v.TERMS_BY_ID[a["taxonomy_term_id"]].code, a["value"]) for a in document["attributes"]
    ]
    assert carried == [
        ("search_finds", "partnergeweld"),
        ("search_finds", "opvang"),
        ("search_flag", "wurging"),
        ("search_flag", "wapens"),
    ]
    codes = [d.get("code") for d in documents if d.get("taxonomy") == v.SEARCH_TAXONOMY]
    assert codes == sorted(codes) and len(codes) == len(read_terms(database))


def test_a_term_in_the_tabular_form(database: Database, tmp_path: Path) -> None:
    save_term(database, PROEF, by="An")
    target = tmp_path / "uit.zip"
    export_directory(database, target)
    term_id = v.search_term_id("proef woord")
    with zipfile.ZipFile(target) as archive:
        terms = {row["id"]: row for row in _rows(archive, "taxonomy_terms.csv")}
        attributes = [r for r in _rows(archive, "attributes.csv") if r["link_id"] == term_id]
        taxonomies = {row["id"]: row for row in _rows(archive, "taxonomies.csv")}
    row = terms[term_id]
    assert (row["code"], row["name"], row["taxonomy"], row["taxonomy_id"]) == (
        "proef woord",
        "proef woord",
        v.SEARCH_TAXONOMY,
        v.SEARCH_TAXONOMY_ID,
    )
    assert taxonomies[v.SEARCH_TAXONOMY_ID]["name"] == v.SEARCH_TAXONOMY
    assert [
        (a["link_entity"], terms[a["taxonomy_term_id"]]["code"], a["value"]) for a in attributes
    ] == [
        ("taxonomy_term", "search_finds", "partnergeweld"),
        ("taxonomy_term", "search_finds", "opvang"),
        ("taxonomy_term", "search_flag", "wurging"),
        ("taxonomy_term", "search_flag", "wapens"),
    ]


@pytest.mark.parametrize("name", ["uit.json", "uit.zip", "uit-map"])
def test_import_adds_and_changes_terms_with_the_trail(
    database: Database, empty_database: Database, tmp_path: Path, name: str
) -> None:
    save_term(database, PROEF, by="An")
    save_term(database, TermRecord("wurgen", ("wurging",)), by="An")  # a shipped one, changed
    source = tmp_path / name
    export_directory(database, source)
    others = _terms(empty_database)
    plan = plan_import(empty_database, source)
    planned = {t.term: t for t in plan.terms if t.action is not Action.UNCHANGED}
    assert {term: t.action for term, t in planned.items()} == {
        "proef woord": Action.ADDED,
        "wurgen": Action.CHANGED,
    }
    change = planned["wurgen"].changes[0]
    assert change.new_text == "vindt: wurging" and change.old_text.startswith("vindt: ")
    assert plan.summary.endswith(
        f"; zoektermen: 1 nieuw, 1 gewijzigd, {len(others) - 1} ongewijzigd"
    )
    assert plan.writes
    apply_import(empty_database, plan, actor="Bea")
    assert _terms(empty_database) == _terms(database)  # nothing lost on the way
    entries = [e for e in audit.trail(empty_database) if e.resource_type == audit.SEARCH_TERM]
    assert [(e.resource_id, e.action_label, e.updated_by) for e in entries] == [
        ("proef woord", "aangemaakt", "Bea"),
        ("wurgen", "gewijzigd", "Bea"),
    ]
    again = plan_import(empty_database, source)
    assert not again.writes  # the second time, nothing to do


def test_terms_not_in_the_file_stay(database: Database, tmp_path: Path) -> None:
    save_term(database, PROEF, by="An")
    source = _write(tmp_path / "een.json", [term_document(TermRecord("ander woord", ("opvang",)))])
    plan = plan_import(database, source)
    assert [(t.term, t.action) for t in plan.terms] == [("ander woord", Action.ADDED)]
    assert plan.services == ()
    apply_import(database, plan, actor="Bea")
    terms = _terms(database)
    assert terms["proef woord"] == PROEF and terms["ander woord"].finds == ("opvang",)


def test_a_flag_this_checklist_lacks_is_kept_and_said(database: Database, tmp_path: Path) -> None:
    record = TermRecord("proef woord", ("opvang",), ("bestaat-hier-niet",))
    plan = plan_import(database, _write(tmp_path / "t.json", [term_document(record)]))
    [term] = plan.terms
    assert term.new == record
    assert term.notes == (
        "bewaard, maar signaal 'bestaat-hier-niet' staat (nog) niet in de checklist van deze "
        "databank",
    )
    apply_import(database, plan, actor="Bea")
    assert _terms(database)["proef woord"] == record


def test_other_taxonomies_terms_are_reported_not_taken(database: Database, tmp_path: Path) -> None:
    foreign = {
        "id": str(uuid.uuid4()),
        "code": "BD-1800",
        "name": "Domestic Violence Hotlines",
        "description": "AIRS",
        "taxonomy": "AIRS/211 LA County",
    }
    before = _terms(database)
    plan = plan_import(database, _write(tmp_path / "vreemd.json", [foreign]))
    assert plan.terms == () and not plan.writes
    assert plan.notes == (
        "taxonomieterm 'Domestic Violence Hotlines' (taxonomie 'AIRS/211 LA County') "
        "niet overgenomen",
    )
    assert _terms(database) == before


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda d: d.update(attributes=[]),
            "zoekterm nr. 1 'proef woord', veld attributes: Vul minstens één woord",
        ),
        (lambda d: d.update(code=" ", name=None), "veld code: verplicht veld ontbreekt"),
        (lambda d: d.update(code="x" * 81), "veld code: Een zoekterm is hoogstens 80 tekens lang"),
        (
            lambda d: d["attributes"][0].update(value=["lijst"]),
            "attributes[0].value: verwacht tekst",
        ),
        (lambda d: d.update(attributes=5), "veld attributes: verwacht een lijst"),
    ],
)
def test_a_malformed_term_rejects_the_file(
    database: Database,
    tmp_path: Path,
    snapshot: Snapshot,
    change: Callable[[dict[str, Any]], None],
    problem: str,
) -> None:
    document = term_document(PROEF)
    change(document)
    path = tmp_path / "slecht.json"
    _write(path, [document])
    before = snapshot(_db_file(database))
    with pytest.raises(HsdsFileError) as raised:
        plan_import(database, path)
    assert "slecht.json" in str(raised.value) and problem in str(raised.value)
    assert snapshot(_db_file(database)) == before


def test_the_same_term_twice_must_agree(database: Database, tmp_path: Path) -> None:
    one = term_document(PROEF)
    other = term_document(TermRecord("Proef  Woord", ("opvang",)))
    plan = plan_import(database, _write(tmp_path / "dubbel.json", [one, dict(one)]))
    assert len(plan.terms) == 1  # the same twice: once
    with pytest.raises(HsdsFileError, match="dezelfde zoekterm 'proef woord'"):
        plan_import(database, _write(tmp_path / "strijdig.json", [one, other]))


def test_a_term_changed_after_the_preview_is_not_overwritten(
    database: Database, tmp_path: Path, snapshot: Snapshot
) -> None:
    source = _write(tmp_path / "t.json", [term_document(PROEF)])
    plan = plan_import(database, source)
    save_term(database, TermRecord("proef woord", ("vluchthuis",)), by="Chris")  # meanwhile
    before = snapshot(_db_file(database))
    with pytest.raises(PlanOutdated):
        apply_import(database, plan, actor="Bea")
    assert snapshot(_db_file(database)) == before
