"""Our namespace inside HSDS: stable ids, and the taxonomy that carries what HSDS cannot say.

HSDS identifiers are UUIDs; ours are readable keys ("veilig-huis"). An exported id is the key
itself when the key is a UUID (a service that came from another HSDS source keeps its id),
else a UUID derived from the key (``uuid5``), so every export of the same data has the same
ids. The key travels too, as an attribute, so it comes back unchanged.

Fields HSDS has no place for travel as HSDS ``attributes`` whose taxonomy term belongs to the
taxonomy ``ifg-wegwijzer`` (themes: ``ifg-wegwijzer-thema``). README.md lists them.

The search vocabulary travels as the terms of the taxonomy ``ifg-wegwijzer-zoektermen``
(code = name = the term), each with what it finds and the checklist items it names as its
attributes ``search_finds`` and ``search_flag`` (search_terms.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

NAMESPACE = uuid.UUID("ae368b27-e4dc-4315-9069-9efbb4a1cb1c")
TAXONOMY = "ifg-wegwijzer"
THEME_TAXONOMY = "ifg-wegwijzer-thema"
SEARCH_TAXONOMY = "ifg-wegwijzer-zoektermen"
GUIDE_TAXONOMY = "ifg-wegwijzer-leidraad"
TAXONOMY_URI = "urn:ifg-wegwijzer:hsds:1"
THEME_TAXONOMY_URI = "urn:ifg-wegwijzer:hsds:1:thema"
SEARCH_TAXONOMY_URI = "urn:ifg-wegwijzer:hsds:1:zoekterm"
GUIDE_TAXONOMY_URI = "urn:ifg-wegwijzer:hsds:1:leidraad"


def stable_id(kind: str, *parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "\x1f".join((kind, *parts))))


def is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def service_id(key: str) -> str:
    return key if is_uuid(key) else stable_id("service", key)


def organization_id(key: str) -> str:
    return key if is_uuid(key) else stable_id("organization", key)


TAXONOMY_ID = stable_id("taxonomy", TAXONOMY)
THEME_TAXONOMY_ID = stable_id("taxonomy", THEME_TAXONOMY)
SEARCH_TAXONOMY_ID = stable_id("taxonomy", SEARCH_TAXONOMY)
GUIDE_TAXONOMY_ID = stable_id("taxonomy", GUIDE_TAXONOMY)


@dataclass(frozen=True, slots=True)
class Term:
    code: str
    name: str  # Dutch, for people reading the file
    description: str

    @property
    def id(self) -> str:
        return stable_id("term", self.code)


_TERMS = (
    # On a service
    Term("key", "Sleutel", "De vaste sleutel van de dienst in IFG-wegwijzer."),
    Term("status", "Status", "Status die HSDS niet kent: do_not_refer (niet doorverwijzen)."),
    Term(
        "professional_only",
        "Enkel voor professionals",
        "true: enkel professionals mogen contact opnemen, niet aan de cliënt geven.",
    ),
    Term("urgency", "Urgentie", "Een urgentie die de dienst behandelt: acute, crisis, non_acute."),
    Term(
        "minimum_age_months",
        "Minimumleeftijd in maanden",
        "Inclusief; negatief = voor de geboorte (-9 = begin van de zwangerschap).",
    ),
    Term("maximum_age_months", "Maximumleeftijd in maanden", "Inclusief; 215 = tot 18 jaar."),
    Term("ages_unknown", "Leeftijden onbekend", "true: de bron kent de leeftijden niet."),
    Term("keyword", "Trefwoord", "Een extra zoekwoord, in volgorde."),
    Term("note", "Aandachtspunt", "Een korte waarschuwing voor het onthaal, in volgorde."),
    Term("free_of_charge", "Gratis", "true of false."),
    Term("anonymous", "Anoniem", "true of false."),
    Term("alert_until", "Melding geldig tot", "Datum (JJJJ-MM-DD) tot wanneer alert geldt."),
    Term("assurer", "Geverifieerd door", "Wie de gegevens het laatst nakeek."),
    Term("schedule_note", "Opmerking bij de uren", "Vrije tekst bij de openingsuren."),
    Term("by_appointment", "Op afspraak", "true: enkel op afspraak."),
    Term(
        "public_holidays",
        "Op Belgische feestdagen",
        "closed (gesloten), open (de gewone uren) of unknown (onbekend).",
    ),
    Term("timezone", "Tijdzone", "IANA-tijdzone van de uren als die niet Europe/Brussels is."),
    Term(
        "always_open_part",
        "Deel dag en nacht bereikbaar",
        "Het deel van de dienst dat dag en nacht bereikbaar is als de dienst zelf dat niet is "
        "(bv. crisisopvang); de uren gelden voor de rest.",
    ),
    Term(
        "date_exception",
        "Afwijking op een datum",
        'JSON: {"date": "JJJJ-MM-DD", "closed": true|false, "opens_at": "UU:MM"|null, '
        '"closes_at": "UU:MM"|null, "note": tekst|null}; de dag volgt dan niet de week.',
    ),
    Term("hours_valid_from", "Uren geldig vanaf", "Datum, als er geen schema is om ze te dragen."),
    Term("hours_valid_to", "Uren geldig tot", "Datum, als er geen schema is om ze te dragen."),
    # On a schedule
    Term("window_kind", "Soort venster", "phone (enkel telefonisch) of walk_in (vrije inloop)."),
    Term("always_open", "Dag en nacht", "true: dit schema betekent 24 op 7."),
    # On a phone
    Term("phone_label", "Label", "Korte naam van het nummer (Onthaal, Hulplijn …)."),
    Term("phone_free", "Gratis nummer", "true of false."),
    # On an organization
    Term("organization_key", "Sleutel van de organisatie", "De vaste sleutel in IFG-wegwijzer."),
    # On a term of the search vocabulary (taxonomy ifg-wegwijzer-zoektermen)
    Term(
        "search_finds",
        "Vindt",
        "Een woord van de wegwijzer dat wie de zoekterm intypt ook vindt, in volgorde.",
    ),
    Term(
        "search_flag",
        "Signaal",
        "De sleutel van een item van de checklist dat de zoekterm noemt (wurging …).",
    ),
    # On a section of the conversation guide (taxonomy ifg-wegwijzer-leidraad)
    Term("guide_point", "Punt", "Een punt van de sectie, in volgorde."),
    Term("guide_say", "Zeggen", "Een zin die de medewerker tegen de cliënt kan zeggen."),
    Term("guide_source", "Bron", "Waar de sectie vandaan komt (de dia's van de vorming)."),
    Term("guide_keyword", "Zoekwoord", "Een woord waarop de sectie gevonden wordt."),
)

TERMS = {term.code: term for term in _TERMS}
TERMS_BY_ID = {term.id: term for term in _TERMS}


def theme_term_id(key: str) -> str:
    return stable_id("theme", key)


def search_term_id(term: str) -> str:
    """The id of a term of the search vocabulary (the term folded, as it is stored)."""
    return stable_id("search_term", term)


def term_document(term: Term) -> dict[str, str]:
    return {
        "id": term.id,
        "code": term.code,
        "name": term.name,
        "description": term.description,
        "taxonomy": TAXONOMY,
        "taxonomy_id": TAXONOMY_ID,
    }


def theme_term_document(key: str, label: str, *, full: bool = False) -> dict[str, str]:
    """A theme's term: nested in every theme attribute (short), or in a terms table (full)."""
    document = {
        "id": theme_term_id(key),
        "code": key,
        "name": label,
        "description": label,
        "taxonomy": THEME_TAXONOMY,
    }
    if full:
        document["description"] = f"Thema in IFG-wegwijzer: {label}"
        document["taxonomy_id"] = THEME_TAXONOMY_ID
    return document


TAXONOMIES = (
    {
        "id": TAXONOMY_ID,
        "name": TAXONOMY,
        "description": "Velden van IFG-wegwijzer waarvoor HSDS 3.0 geen plaats heeft.",
        "uri": TAXONOMY_URI,
        "version": "1",
    },
    {
        "id": THEME_TAXONOMY_ID,
        "name": THEME_TAXONOMY,
        "description": "De thema's waarop IFG-wegwijzer filtert.",
        "uri": THEME_TAXONOMY_URI,
        "version": "1",
    },
    {
        "id": SEARCH_TAXONOMY_ID,
        "name": SEARCH_TAXONOMY,
        "description": "De zoektermen van IFG-wegwijzer: woorden die mensen gebruiken, en de "
        "woorden van de wegwijzer die ze vinden.",
        "uri": SEARCH_TAXONOMY_URI,
        "version": "1",
    },
    {
        "id": GUIDE_TAXONOMY_ID,
        "name": GUIDE_TAXONOMY,
        "description": "De leidraad van IFG-wegwijzer: korte secties over het gesprek aan het "
        "onthaal, elk met haar bron.",
        "uri": GUIDE_TAXONOMY_URI,
        "version": "1",
    },
)
