"""The conversation guide in HSDS 3.0: each section a ``taxonomy_term`` of our taxonomy
``ifg-wegwijzer-leidraad`` (export only).

``code`` is the section's key, ``name`` its title, ``description`` its summary; its points,
sentences to say, source and search words travel as ``attributes`` (codes ``guide_point``,
``guide_say``, ``guide_source``, ``guide_keyword`` of our taxonomy ``ifg-wegwijzer``), in
order, as the search vocabulary's terms do (search_terms.py). Reading a file back leaves the
guide as it is in the database: a coordinator keeps it in the window, with the audit trail,
and an import says so instead of listing every section as a foreign term.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ifg_desktop.directory.guide import GuideSectionRecord
from ifg_desktop.directory.hsds import vocabulary as v
from ifg_desktop.directory.hsds.search_terms import in_taxonomy, our_term_document
from ifg_desktop.i18n import translate


def section_document(section: GuideSectionRecord) -> dict[str, Any]:
    values = [("guide_point", point) for point in section.points]
    values += [("guide_say", said) for said in section.say]
    values.append(("guide_source", section.source))
    values += [("guide_keyword", word) for word in section.keywords]
    return our_term_document(
        v.stable_id("guide_section", section.key),
        section.key,
        section.title,
        section.summary,
        (v.GUIDE_TAXONOMY, v.GUIDE_TAXONOMY_ID),
        values,
    )


def is_guide_section(value: Mapping[str, Any]) -> bool:
    """Whether a taxonomy term of a file is a section of our guide."""
    return in_taxonomy(value, v.GUIDE_TAXONOMY, v.GUIDE_TAXONOMY_ID)


def sections_note(count: int) -> str:
    return translate(
        "hsds",
        "{count} sectie(s) van de leidraad niet ingelezen: de leidraad wordt in het venster "
        "bijgehouden (Coördinator → Leidraad bewerken…)",
    ).format(count=count)
