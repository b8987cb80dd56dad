"""The languages a service is reached in, through HSDS: ``languages`` objects and
languages.csv; left out where a service has none, so earlier exports stay as they were."""

from __future__ import annotations

import json
from typing import Any

from ifg_desktop.directory.drafts import ServiceDraft
from ifg_desktop.directory.hsds.service_export import service_document
from ifg_desktop.directory.hsds.tabular import TableWriter
from tests.directory.hsds.test_mapping import read, through_csv

SPOKEN = ServiceDraft(key="tolk", name="Onthaal", languages=frozenset({"vgt", "nl", "fr"}))


def test_languages_are_exported_as_hsds_language_objects(hsds_validator: Any) -> None:
    document = service_document(SPOKEN, {})
    hsds_validator.validate(document)
    assert [(lang["code"], lang["name"]) for lang in document["languages"]] == [
        ("nl", "Nederlands"),
        ("fr", "Frans"),
        ("vgt", "Vlaamse Gebarentaal"),
    ]
    assert len({lang["id"] for lang in document["languages"]}) == 3
    writer = TableWriter()
    writer.add(document)
    rows = writer.tables["languages.csv"]
    assert [row["code"] for row in rows] == ["nl", "fr", "vgt"]
    assert {row["service_id"] for row in rows} == {document["id"]}


def test_a_service_without_languages_has_no_languages_at_all() -> None:
    document = service_document(ServiceDraft(key="stil", name="Stil"), {})
    assert "languages" not in document
    writer = TableWriter()
    writer.add(document)
    assert not writer.tables.get("languages.csv")


def test_languages_come_back_from_json_and_csv() -> None:
    document = json.loads(json.dumps(service_document(SPOKEN, {})))
    for mapped in (read(document), through_csv(document)):
        assert mapped.draft.languages == SPOKEN.languages
        assert mapped.notes == ()


def test_another_systems_codes_are_read_and_the_rest_reported() -> None:
    document = {
        "id": "x1",
        "name": "Elders",
        "status": "active",
        "languages": [
            {"id": "l1", "name": "Dutch", "code": "nld"},
            {"id": "l2", "name": "Arabic", "code": "ar", "note": "op dinsdag"},
            {"id": "l3", "name": "Klingon", "code": "tlh"},
            {"id": "l4", "name": "Urdu"},
        ],
    }
    mapped = read(document)
    assert mapped.draft.languages == frozenset({"nl", "ar"})
    notes = "\n".join(mapped.notes)
    assert "languages[1].note" in notes  # what we cannot keep is said, not dropped
    assert "languages[2].code 'tlh' niet overgenomen" in notes
    # Without a code, the name is named as a name, not quoted as if it were the code.
    assert "languages[3].code ontbreekt: taal 'Urdu' niet overgenomen (geen code)" in notes
    assert "code 'Urdu'" not in notes
