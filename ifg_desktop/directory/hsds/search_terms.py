"""The search vocabulary in HSDS 3.0: each term a ``taxonomy_term``, both ways.

A term of ``directory/vocabulary.py`` is written as a term of our taxonomy
``ifg-wegwijzer-zoektermen``: ``id`` a ``uuid5`` of the term, ``code`` and ``name`` the term,
``description`` in words for people, ``language`` ``nl``. What it finds and the checklist
items it names travel as its ``attributes`` (codes ``search_finds`` and ``search_flag`` of
our taxonomy ``ifg-wegwijzer``, one per word, in order), as they do on a service:

- JSON: the term documents follow the services in the exported list, each with its
  ``attributes`` nested (a property HSDS's ``taxonomy_term`` does not name; its schema
  allows more properties, and other readers can skip them);
- the tabular form: rows of ``taxonomy_terms.csv``, their attributes in ``attributes.csv``
  with ``link_entity`` ``taxonomy_term``.

Reading accepts the same in a file from anywhere; terms of other taxonomies are reported
and left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ifg_desktop.directory.hsds import vocabulary as v
from ifg_desktop.directory.hsds.field_readers import (
    Record,
    an_object,
    attributes,
    report_rest,
    text,
)
from ifg_desktop.directory.vocabulary import (
    MAX_TERM_LENGTH,
    TermProblem,
    TermRecord,
    check_term,
    normalized_term,
)
from ifg_desktop.i18n import translate

ATTRIBUTES = ("search_finds", "search_flag")
_READ = frozenset(
    (
        "id",
        "code",
        "name",
        "description",
        "taxonomy",
        "taxonomy_id",
        "taxonomy_detail",
        "language",
        "attributes",
    )
)
_IGNORED = frozenset(("metadata", "term_uri"))
_TAXONOMY_KEYS = ("taxonomy", "taxonomy_id", "taxonomy_detail")


def description(record: TermRecord) -> str:
    """The term in words, for people reading the file."""
    text_ = f"Wie '{record.term}' zoekt, vindt ook: {', '.join(record.finds)}"
    if record.flags:
        text_ += f". Signalen van de checklist: {', '.join(record.flags)}"
    return text_ + "."


def term_document(record: TermRecord) -> dict[str, Any]:
    """The HSDS ``taxonomy_term`` of one term of the vocabulary (JSON form)."""
    values = [("search_finds", word) for word in record.finds]
    values.extend(("search_flag", key) for key in record.flags)
    return our_term_document(
        v.search_term_id(record.term),
        record.term,
        record.term,
        description(record),
        (v.SEARCH_TAXONOMY, v.SEARCH_TAXONOMY_ID),
        values,
    )


def our_term_document(
    term_id: str,
    code: str,
    name: str,
    description_: str,
    taxonomy: tuple[str, str],
    values: list[tuple[str, str]],
) -> dict[str, Any]:
    """A ``taxonomy_term`` of one of our taxonomies (name, id), with its attributes nested:
    (code of our taxonomy ``ifg-wegwijzer``, value), in order."""
    return {
        "id": term_id,
        "code": code,
        "name": name,
        "description": description_,
        "taxonomy": taxonomy[0],
        "taxonomy_id": taxonomy[1],
        "language": "nl",
        "attributes": [
            {
                "id": v.stable_id("attribute", term_id, str(index)),
                "taxonomy_term_id": v.TERMS[attribute].id,
                "value": value,
            }
            for index, (attribute, value) in enumerate(values)
        ],
    }


def is_taxonomy_term(value: Mapping[str, Any]) -> bool:
    """Whether a JSON object of a file is a taxonomy term (of any taxonomy), not a service."""
    return "status" not in value and any(key in value for key in _TAXONOMY_KEYS)


def is_search_term(value: Mapping[str, Any]) -> bool:
    """Whether a taxonomy term belongs to our search vocabulary."""
    return in_taxonomy(value, v.SEARCH_TAXONOMY, v.SEARCH_TAXONOMY_ID)


def in_taxonomy(value: Mapping[str, Any], name: str, taxonomy_id: str) -> bool:
    """Whether a taxonomy term names the taxonomy ``name`` (by name or id, or in its
    ``taxonomy_detail``)."""
    detail = value.get("taxonomy_detail")
    named = [value.get("taxonomy"), value.get("taxonomy_id")]
    if isinstance(detail, dict):
        named.extend((detail.get("name"), detail.get("id")))
    return any(found in (name, taxonomy_id) for found in named)


def foreign_term_note(value: Mapping[str, Any]) -> str:
    name = value.get("name") or value.get("code") or value.get("id")
    taxonomy = value.get("taxonomy") or value.get("taxonomy_id")
    shown = f"'{' '.join(str(name).split())[:60]}'" if name else translate("hsds", "zonder naam")
    if taxonomy:
        said = translate("hsds", "taxonomieterm {name} (taxonomie '{taxonomy}') niet overgenomen")
        return said.format(name=shown, taxonomy=" ".join(str(taxonomy).split())[:60])
    return translate("hsds", "taxonomieterm {name} niet overgenomen").format(name=shown)


def term_label(index: int, value: Any) -> str:
    label = translate("hsds", "zoekterm nr. {number}").format(number=index + 1)
    if isinstance(value, dict):
        name = value.get("code") or value.get("name")
        if isinstance(name, str) and name.strip():
            label += f" '{' '.join(name.split())[:60]}'"
    return label


def read_term(record: Record, document: Mapping[str, Any]) -> TermRecord:
    """The term of one ``taxonomy_term`` of our search taxonomy; HsdsFileError when malformed
    (no term, nothing it finds, too long). Flags are checked against the checklist later."""
    an_object(record, document, "taxonomy_detail")
    attrs = attributes(record, document, "", ATTRIBUTES)
    report_rest(record, document, _READ | _IGNORED, "")
    code = text(record, document, "code")
    name = text(record, document, "name")
    term = code or name
    if term is None:
        record.fail("code", translate("hsds", "verplicht veld ontbreekt (de zoekterm)"))
    finds = [value for _path, value in attrs.all("search_finds")]
    flags = [value for _path, value in attrs.all("search_flag")]
    try:
        checked = check_term(TermRecord(term, tuple(finds), tuple(flags)))
    except TermProblem as problem:
        folded = normalized_term(term)
        about_term = not folded or len(folded) > MAX_TERM_LENGTH
        record.fail("code" if about_term else "attributes", str(problem))
    if code is not None and name is not None and normalized_term(name) != checked.term:
        record.note(
            translate(
                "hsds", "name '{name}' verschilt van code '{code}': de code is de zoekterm"
            ).format(name=name, code=code)
        )
    return checked


__all__ = [
    "ATTRIBUTES",
    "description",
    "foreign_term_note",
    "in_taxonomy",
    "is_search_term",
    "is_taxonomy_term",
    "our_term_document",
    "read_term",
    "term_document",
    "term_label",
]
