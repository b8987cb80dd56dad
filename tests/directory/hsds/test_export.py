"""Our export is valid HSDS 3.0, complete, and the same every time."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from ifg_desktop.db import Database
from ifg_desktop.directory.guide import load_guide
from ifg_desktop.directory.hsds import ExportCancelled, HsdsFileError, export_directory
from ifg_desktop.directory.hsds.tabular import columns
from ifg_desktop.directory.hsds.vocabulary import (
    GUIDE_TAXONOMY,
    SEARCH_TAXONOMY,
    TAXONOMY,
    TERMS_BY_ID,
    THEME_TAXONOMY,
)
from ifg_desktop.directory.vocabulary import read_terms


@pytest.fixture(scope="session")
def term_validator(hsds_validator: Any) -> Any:
    """Validates one HSDS 3.0 taxonomy_term (the schema the compiled service schema nests)."""
    import jsonschema

    attribute = hsds_validator.schema["properties"]["attributes"]["items"]
    schema = {"$schema": hsds_validator.schema.get("$schema")} | attribute["properties"][
        "taxonomy_term"
    ]
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_json_export_validates_against_the_schema(
    database: Database, tmp_path: Path, hsds_validator: Any, term_validator: Any
) -> None:
    terms = len(read_terms(database))  # the search vocabulary follows the services
    sections = len(load_guide(database))  # and the guide after it
    assert terms > 0 and sections > 0
    target = tmp_path / "wegwijzer.json"
    assert export_directory(database, target) == 17
    documents = json.loads(target.read_text(encoding="utf-8"))
    assert len(documents) == 17 + terms + sections
    for document in documents[:17]:
        errors = [f"{list(e.path)}: {e.message}" for e in hsds_validator.iter_errors(document)]
        assert errors == [], document["name"]
    for document in documents[17:]:
        assert document["taxonomy"] == (
            SEARCH_TAXONOMY if documents.index(document) < 17 + terms else GUIDE_TAXONOMY
        )
        errors = [f"{list(e.path)}: {e.message}" for e in term_validator.iter_errors(document)]
        assert errors == [], document["name"]


def test_extensions_travel_as_attributes_of_our_taxonomy(
    database: Database, tmp_path: Path
) -> None:
    target = tmp_path / "wegwijzer.json"
    export_directory(database, target)
    by_key = {}
    for document in json.loads(target.read_text(encoding="utf-8"))[:17]:
        codes: dict[str, list[str]] = {}
        for attribute in document["attributes"]:
            term = attribute.get("taxonomy_term") or {}
            if term.get("taxonomy") == THEME_TAXONOMY:
                codes.setdefault("theme", []).append(term["code"])
            else:  # our fixed terms go by their stable id (README, and the CSV terms table)
                code = TERMS_BY_ID[attribute["taxonomy_term_id"]].code
                codes.setdefault(code, []).append(attribute["value"])
        by_key[codes["key"][0]] = (document, codes)
    _document, codes = by_key["veilig-huis"]
    assert codes["professional_only"] == ["true"]
    _document, codes = by_key["crisisteam-plus18"]
    assert "crisis" in codes["urgency"] and codes["theme"]
    politie, _codes = by_key["politie"]
    assert politie["phones"][0]["number"] == "101"


def test_csv_terms_table_explains_every_term_used(database: Database, tmp_path: Path) -> None:
    target = tmp_path / "wegwijzer.zip"
    export_directory(database, target)
    with zipfile.ZipFile(target) as archive:
        terms = {
            row["id"]: row
            for row in csv.DictReader(io.StringIO(archive.read("taxonomy_terms.csv").decode()))
        }
        used = {
            row["taxonomy_term_id"]
            for row in csv.DictReader(io.StringIO(archive.read("attributes.csv").decode()))
        }
        taxonomies = list(csv.DictReader(io.StringIO(archive.read("taxonomies.csv").decode())))
    assert used <= terms.keys()
    assert all(terms[i]["name"] and terms[i]["description"] for i in used)
    assert {t["name"] for t in taxonomies} == {
        TAXONOMY,
        THEME_TAXONOMY,
        SEARCH_TAXONOMY,
        GUIDE_TAXONOMY,
    }


@pytest.mark.parametrize("name", ["wegwijzer.json", "wegwijzer.zip"])
def test_the_guide_travels_in_the_export_and_is_said_on_import(
    database: Database, tmp_path: Path, name: str
) -> None:
    """Each section a taxonomy term of our guide taxonomy, with its points and source; a
    file read back leaves the guide as the window keeps it, and says so once."""
    from ifg_desktop.directory.hsds import plan_import

    target = tmp_path / name
    export_directory(database, target)
    if name.endswith(".json"):
        documents = json.loads(target.read_text(encoding="utf-8"))
        guide = [d for d in documents if d.get("taxonomy") == GUIDE_TAXONOMY]
        sections = load_guide(database)
        assert [d["code"] for d in guide] == [s.key for s in sections]
        values = [a["value"] for a in guide[0]["attributes"]]
        assert sections[0].points[0] in values and sections[0].source in values
    plan = plan_import(database, target)
    notes = [note for note in plan.notes if "leidraad" in note]
    assert len(notes) == 1 and notes[0].startswith(f"{len(load_guide(database))} sectie(s)")
    assert not [note for note in plan.notes if "niet overgenomen" in note]


def test_export_is_deterministic(database: Database, tmp_path: Path) -> None:
    export_directory(database, tmp_path / "a.json")
    export_directory(database, tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


@pytest.mark.parametrize("name", ["wegwijzer.json", "wegwijzer.zip"])
def test_export_is_dutch_in_every_language(database: Database, tmp_path: Path, name: str) -> None:
    """The file is data, not the window's text: the same bytes whatever language is in use
    (schedule descriptions such as "eerste maandag van de maand" included)."""
    from datetime import date, time

    from ifg_desktop import i18n
    from ifg_desktop.directory.availability import Hours, Window
    from ifg_desktop.directory.drafts import ServiceDraft
    from ifg_desktop.directory.editing import create_service
    from ifg_desktop.languages import use_on_command_line

    hours = Hours(
        windows=(
            Window(0, time(9), time(12), "walk_in", ordinals=(1,)),
            Window(4, time(13), time(17), ordinals=(-1,)),
            Window(1, time(18), time(20), interval=2, anchor=date(2026, 1, 6)),
        )
    )
    draft = ServiceDraft(key="maandelijkse-inloop", name="Maandelijkse inloop", hours=hours)
    assert create_service(database, draft, by="test").changed
    written = {}
    try:
        for language in ("nl", "en", "fr"):
            use_on_command_line(language)
            assert i18n.current_language() == language
            export_directory(database, tmp_path / language / name)
            written[language] = (tmp_path / language / name).read_bytes()
    finally:
        use_on_command_line(i18n.SOURCE_LANGUAGE)
    assert b"eerste maandag van de maand" in written["nl"] or name.endswith(".zip")
    assert written["en"] == written["nl"] and written["fr"] == written["nl"]


def test_csv_export_is_the_tabular_form(database: Database, tmp_path: Path) -> None:
    target = tmp_path / "wegwijzer.zip"
    export_directory(database, target)
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        assert names == {*columns(), "datapackage.json"}
        package = json.loads(archive.read("datapackage.json"))
        assert package["name"] == "human_services_data"
        for table, header in columns().items():
            rows = list(csv.reader(io.StringIO(archive.read(table).decode("utf-8"))))
            assert tuple(rows[0]) == header, table
        services = list(csv.DictReader(io.StringIO(archive.read("services.csv").decode())))
    assert len(services) == 17
    assert all(row["organization_id"] or row["name"] for row in services)


def test_csv_export_to_a_folder(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "tabel"
    export_directory(database, folder)
    assert (folder / "services.csv").is_file() and (folder / "datapackage.json").is_file()


@pytest.mark.parametrize("name", ["half.json", "half.zip", "halve-map"])
def test_a_cancelled_export_leaves_no_file(database: Database, tmp_path: Path, name: str) -> None:
    folder = tmp_path / "uit"
    with pytest.raises(ExportCancelled):
        export_directory(database, folder / name, cancel=lambda: True)
    assert list(folder.iterdir()) == []  # not even the temporary file or the CSV rows


def test_a_csv_export_that_cannot_be_written_leaves_nothing(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Disk full halfway through the rows: a clear error, and the rows written so far
    are gone with their folder."""
    from ifg_desktop.directory.hsds import files

    written = 0
    real = files.TableSpool._open

    class FullDisk:
        def __init__(self, writer: Any) -> None:
            self.writer = writer

        def writerow(self, row: list[str]) -> None:
            nonlocal written
            written += 1
            if written == 50:
                raise OSError(28, "No space left on device")
            self.writer.writerow(row)

    def open_full(self: files.TableSpool, table: str) -> FullDisk:
        writer = FullDisk(real(self, table))
        self._writers[table] = writer
        return writer

    monkeypatch.setattr(files.TableSpool, "_open", open_full)
    folder = tmp_path / "uit"
    folder.mkdir()
    with pytest.raises(HsdsFileError, match=r"kan niet geschreven worden.*No space left"):
        export_directory(database, folder / "vol.zip")
    assert written == 50
    assert list(folder.iterdir()) == []


def test_a_csv_export_holds_its_rows_on_disk_not_in_memory(
    database: Database, tmp_path: Path
) -> None:
    """The rows go to the files as the services are read: what an export holds does not
    grow with the directory. (With every row kept until the end, and each file made as one
    text, twice the services took 16 MB more here.)"""
    import tracemalloc

    from ifg_desktop.directory.bulk import insert_drafts
    from ifg_desktop.directory.drafts import ServiceDraft
    from ifg_desktop.directory.indexing import place_services

    long = "Een beschrijving die een dienst uitlegt. " * 50

    def add(first: int) -> None:
        with database.begin() as session:
            more = [
                ServiceDraft(key=f"d{n:05}", name=f"Dienst {n}", description=long)
                for n in range(first, first + 1_500)
            ]
            place_services(session, insert_drafts(session, more))

    def export_peak(name: str) -> tuple[int, int]:
        target = tmp_path / name
        tracemalloc.start()
        try:
            export_directory(database, target)
            _now, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        with zipfile.ZipFile(target) as archive:
            return peak, archive.getinfo("services.csv").file_size

    add(0)
    export_peak("warm.zip")  # statements compiled, caches filled
    peak, size = export_peak("1500.zip")
    add(1_500)
    peak_twice, size_twice = export_peak("3000.zip")
    assert size_twice - size > 3_000_000
    assert peak_twice - peak < (size_twice - size) / 3, (peak, peak_twice)


def test_an_unwritable_target_is_a_clear_error(database: Database, tmp_path: Path) -> None:
    (tmp_path / "bestand").write_text("")
    with pytest.raises(HsdsFileError) as raised:
        export_directory(database, tmp_path / "bestand" / "x.json")
    assert "x.json" in str(raised.value)


def test_readme_documents_every_extension() -> None:
    import re

    from ifg_desktop.directory.hsds.vocabulary import TERMS

    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("**Onze uitbreidingen**") :]
    documented = set(re.findall(r"`([a-z_]+)`", table.split("Thema's zijn termen")[0]))
    assert set(TERMS) <= documented
