"""The HSDS tabular form: one CSV file per object, tied together by ids.

Export flattens our service documents into tables; import rebuilds the same nested
documents from the tables, so one reader (service_import.py) reads both forms. Column names
come from the HSDS 3.0 data package descriptor shipped in ``data/datapackage.json``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ifg_desktop.directory.hsds import search_terms
from ifg_desktop.directory.hsds import vocabulary as v
from ifg_desktop.directory.hsds.errors import HsdsFileError
from ifg_desktop.directory.hsds.guide_sections import is_guide_section, sections_note
from ifg_desktop.directory.hsds.service_import import Context
from ifg_desktop.i18n import translate

DESCRIPTOR = Path(__file__).parent / "data" / "datapackage.json"

Row = dict[str, Any]
Tables = dict[str, list[Row]]  # file name ("services.csv") -> rows


@cache
def descriptor() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DESCRIPTOR.read_text(encoding="utf-8"))
    return data


@cache
def columns() -> dict[str, tuple[str, ...]]:
    """File name -> column names, in the descriptor's order."""
    return {
        resource["path"]: tuple(f["name"] for f in resource["schema"]["fields"])
        for resource in descriptor()["resources"]
    }


# ---------------------------------------------------------------------------------- export


@dataclass(slots=True)
class TableWriter:
    """Collects the rows of many service documents; organizations and terms once each.
    With a ``sink``, each row goes there (table, row) as it is made, not into ``tables``."""

    tables: Tables = field(default_factory=lambda: defaultdict(list))
    sink: Callable[[str, Row], None] | None = None
    _seen: set[tuple[str, str]] = field(default_factory=set)

    def _put(self, table: str, row: Row) -> None:
        if self.sink is None:
            self.tables[table].append(row)
        else:
            self.sink(table, row)

    def _once(self, table: str, row: Row) -> None:
        marker = (table, row["id"])
        if marker not in self._seen:
            self._seen.add(marker)
            self._put(table, row)

    def _scalars(self, table: str, document: Mapping[str, Any], **links: Any) -> Row:
        names = columns()[table]
        row = {
            name: document.get(name)
            for name in names
            if not isinstance(document.get(name), list | dict)
        }
        row.update({k: val for k, val in links.items() if k in names})
        return row

    def _attributes(self, owner: Mapping[str, Any], entity: str) -> None:
        for attribute in owner.get("attributes", ()):
            term = attribute.get("taxonomy_term")
            self._put(
                "attributes.csv",
                {
                    "id": attribute["id"],
                    "link_id": owner["id"],
                    "taxonomy_term_id": attribute.get("taxonomy_term_id"),
                    "link_type": None,
                    "link_entity": entity,
                    "value": attribute.get("value"),
                },
            )
            # The terms table says in full what each of our terms means.
            if term is not None:  # a theme: its key and label
                term = v.theme_term_document(term["code"], term["name"], full=True)
            else:
                term = v.term_document(v.TERMS_BY_ID[attribute["taxonomy_term_id"]])
            self._once("taxonomy_terms.csv", self._scalars("taxonomy_terms.csv", term))
            for taxonomy in v.TAXONOMIES:
                if taxonomy["id"] == term.get("taxonomy_id"):
                    self._once("taxonomies.csv", dict(taxonomy))

    def add(self, service: Mapping[str, Any]) -> None:
        sid = service["id"]
        organization = service.get("organization")
        if organization is not None and ("organizations.csv", organization["id"]) not in self._seen:
            self._once("organizations.csv", self._scalars("organizations.csv", organization))
            self._attributes(organization, "organization")
        self._put("services.csv", self._scalars("services.csv", service))
        self._attributes(service, "service")
        for phone in service.get("phones", ()):
            self._put("phones.csv", self._scalars("phones.csv", phone, service_id=sid))
            self._attributes(phone, "phone")
        for language in service.get("languages", ()):
            row = self._scalars("languages.csv", language, service_id=sid)
            self._put("languages.csv", row)
        for schedule in service.get("schedules", ()):
            row = self._scalars("schedules.csv", schedule, service_id=sid)
            self._put("schedules.csv", row)
            self._attributes(schedule, "schedule")
        for sal in service.get("service_at_locations", ()):
            location = sal["location"]
            self._put(
                "service_at_location.csv",
                self._scalars(
                    "service_at_location.csv", sal, service_id=sid, location_id=location["id"]
                ),
            )
            self._put("locations.csv", self._scalars("locations.csv", location))
            for address in location.get("addresses", ()):
                self._put(
                    "addresses.csv",
                    self._scalars("addresses.csv", address, location_id=location["id"]),
                )

    def add_search_term(self, term: Mapping[str, Any]) -> None:
        """A term of the search vocabulary (search_terms.py): a row of the terms table, its
        taxonomy, and its attributes (what it finds, the signals it names)."""
        self._once("taxonomy_terms.csv", self._scalars("taxonomy_terms.csv", term))
        for taxonomy in v.TAXONOMIES:
            if taxonomy["id"] == term.get("taxonomy_id"):
                self._once("taxonomies.csv", dict(taxonomy))
        self._attributes(term, "taxonomy_term")


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# ---------------------------------------------------------------------------------- import


@dataclass(slots=True)
class Rebuilt:
    services: list[tuple[dict[str, Any], Context]]
    notes: list[str]
    # The search vocabulary's terms, as JSON has them (with their attributes nested).
    search_terms: list[dict[str, Any]] = field(default_factory=list)


class _Tables:
    """Rows by table with checked ids; problems name the table and the line."""

    def __init__(self, file: str, tables: Mapping[str, Sequence[Any]]) -> None:
        self.file = file
        self.tables = tables

    def rows(self, table: str) -> list[tuple[int, Row]]:
        raw = self.tables.get(table) or []
        if not isinstance(raw, list):
            raise HsdsFileError(
                self.file, translate("hsds", "verwacht een lijst van rijen"), record=table
            )
        result = []
        for index, row in enumerate(raw):
            if not isinstance(row, dict):
                raise HsdsFileError(
                    self.file,
                    translate("hsds", "verwacht een rij"),
                    record=translate("hsds", "{table} rij {number}").format(
                        table=table, number=index + 1
                    ),
                )
            result.append((index + 1, row))
        return result

    def ident(
        self, table: str, line: int, row: Row, name: str, required: bool = False
    ) -> str | None:
        value = row.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if value is not None and not isinstance(value, str):
            raise HsdsFileError(
                self.file,
                translate("hsds", "verwacht een id (tekst)"),
                record=translate("hsds", "{table} rij {line}").format(table=table, line=line),
                field=name,
            )
        if value is None or not value.strip():
            if required:
                raise HsdsFileError(
                    self.file,
                    translate("hsds", "verplicht veld ontbreekt"),
                    record=translate("hsds", "{table} rij {line}").format(table=table, line=line),
                    field=name,
                )
            return None
        return value.strip()

    def by_id(self, table: str) -> dict[str, Row]:
        result: dict[str, Row] = {}
        for line, row in self.rows(table):
            ident = self.ident(table, line, row, "id", required=True)
            assert ident is not None
            if ident in result:
                raise HsdsFileError(
                    self.file,
                    translate("hsds", "id {ident} staat er twee keer in").format(ident=ident),
                    record=translate("hsds", "{table} rij {line}").format(table=table, line=line),
                    field="id",
                )
            result[ident] = row
        return result

    def grouped(self, table: str, link: str) -> dict[str, list[Row]]:
        result: dict[str, list[Row]] = defaultdict(list)
        for line, row in self.rows(table):
            owner = self.ident(table, line, row, link)
            if owner is not None:
                result[owner].append(row)
        return result


def services_from_tables(file: str, tables: Mapping[str, Any]) -> Rebuilt:
    """Nested service documents (as in HSDS JSON) from the rows of the tabular form.

    The rows become the documents: they are changed in place, not copied (a region's
    tables are hundreds of megabytes of rows), so give rows of your own."""
    t = _Tables(file, tables)
    notes: list[str] = []
    terms = t.by_id("taxonomy_terms.csv")
    taxonomies = t.by_id("taxonomies.csv")
    for term in terms.values():
        taxonomy_id = term.get("taxonomy_id")
        if isinstance(taxonomy_id, str) and taxonomy_id in taxonomies and not term.get("taxonomy"):
            term["taxonomy"] = taxonomies[taxonomy_id].get("name")

    attributes: dict[str, list[Row]] = defaultdict(list)
    for line, row in t.rows("attributes.csv"):
        owner = t.ident("attributes.csv", line, row, "link_id", required=True)
        term_id = t.ident("attributes.csv", line, row, "taxonomy_term_id")
        for link in ("link_id", "link_type", "link_entity"):
            row.pop(link, None)
        row["taxonomy_term"] = terms.get(term_id) if term_id else None
        assert owner is not None
        attributes[owner].append(row)

    organizations = t.by_id("organizations.csv")
    locations = t.by_id("locations.csv")
    services = t.by_id("services.csv")
    sals = t.by_id("service_at_location.csv")
    programs = t.by_id("programs.csv")

    attached: set[str] = set()

    def attach(owner: Row, ident: str) -> None:
        if ident in attributes:
            owner["attributes"] = attributes[ident]
            attached.add(ident)

    for ident, organization in organizations.items():
        attach(organization, ident)
    vocabulary = []
    guide_sections = 0
    for ident, term in terms.items():
        if search_terms.is_search_term(term):
            attach(term, ident)
            vocabulary.append(term)
        elif is_guide_section(term):  # kept in the window: said once, not per attribute
            attached.add(ident)
            guide_sections += 1
    if guide_sections:
        notes.append(sections_note(guide_sections))
    for ident, location in locations.items():
        attach(location, ident)
    for table, link, target, name in (
        ("addresses.csv", "location_id", locations, "addresses"),
        ("accessibility.csv", "location_id", locations, "accessibility"),
        (
            "organization_identifiers.csv",
            "organization_id",
            organizations,
            "organization_identifiers",
        ),
        ("service_areas.csv", "service_id", services, "service_areas"),
        ("required_documents.csv", "service_id", services, "required_documents"),
        ("cost_options.csv", "service_id", services, "cost_options"),
    ):
        for owner, rows in t.grouped(table, link).items():
            if owner in target:
                target[owner].setdefault(name, []).extend(rows)
            else:
                notes.append(
                    translate(
                        "hsds", "{table}: rijen voor onbekende {link} {owner} niet overgenomen"
                    ).format(table=table, link=link, owner=owner)
                )

    # Rows that may belong to several kinds of owner go to the most specific one.
    for table, name, order in (
        (
            "phones.csv",
            "phones",
            (
                "service_id",
                "service_at_location_id",
                "location_id",
                "organization_id",
                "contact_id",
            ),
        ),
        ("schedules.csv", "schedules", ("service_id", "service_at_location_id", "location_id")),
        ("languages.csv", "languages", ("service_id", "location_id", "phone_id")),
        (
            "contacts.csv",
            "contacts",
            ("service_id", "service_at_location_id", "location_id", "organization_id"),
        ),
        ("funding.csv", "funding", ("service_id", "organization_id")),
    ):
        owners = {
            "service_id": services,
            "service_at_location_id": sals,
            "location_id": locations,
            "organization_id": organizations,
        }
        for line, item in t.rows(table):
            item_id = t.ident(table, line, item, "id")
            if item_id is not None:
                attach(item, item_id)
            for link in order:
                owner_id = t.ident(table, line, item, link)
                if owner_id is None:
                    continue
                owner_table = owners.get(link)
                if owner_table is None or owner_id not in owner_table:
                    notes.append(
                        translate(
                            "hsds",
                            "{table} rij {line}: hoort bij {link} {owner_id}; niet overgenomen",
                        ).format(table=table, line=line, link=link, owner_id=owner_id)
                    )
                else:
                    owner_table[owner_id].setdefault(name, []).append(item)
                break
            else:
                notes.append(
                    translate(
                        "hsds", "{table} rij {line}: hoort bij niets; niet overgenomen"
                    ).format(table=table, line=line)
                )

    per_service: dict[str, list[Row]] = defaultdict(list)
    for ident, sal in sals.items():
        attach(sal, ident)
        line_service = sal.get("service_id")
        if not isinstance(line_service, str) or line_service not in services:
            notes.append(
                translate(
                    "hsds",
                    "service_at_location.csv: {ident} hoort bij geen dienst; niet overgenomen",
                ).format(ident=ident)
            )
            continue
        location_id = sal.get("location_id")
        if isinstance(location_id, str) and location_id in locations:
            sal["location"] = locations[location_id]
        per_service[line_service].append(sal)

    result = []
    for ident, service in services.items():
        attach(service, ident)
        if per_service.get(ident):
            service["service_at_locations"] = per_service[ident]
        program_id = service.get("program_id")
        if isinstance(program_id, str) and program_id in programs:
            service["program"] = programs[program_id]
        result.append((service, Context(locations=locations, organizations=organizations)))
    for owner in attributes.keys() - attached:
        notes.append(
            translate(
                "hsds",
                "attributes.csv: kenmerken van {owner} (onbekend of niet gebruikt) "
                "niet overgenomen",
            ).format(owner=owner)
        )
    used = {
        s.get("organization_id")
        for s in services.values()
        if isinstance(s.get("organization_id"), str)
    }
    for ident, organization in organizations.items():
        if ident not in used:
            notes.append(
                translate(
                    "hsds", "organisatie {organization} heeft geen diensten; niet overgenomen"
                ).format(organization=_name(organization))
            )
    return Rebuilt(result, notes, vocabulary)


def _name(row: Mapping[str, Any]) -> str:
    name = row.get("name")
    return f"'{name}'" if isinstance(name, str) and name.strip() else f"{row.get('id')}"


def known_columns(table: str) -> Iterable[str]:
    return columns().get(table, ())
