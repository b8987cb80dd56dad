"""One service as an HSDS 3.0 service document (export; exporter.py writes the directory).

Every field HSDS has a place for goes in that place, the rest as attributes of our own
taxonomy (vocabulary.py); the hours as schedules (schedules.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ifg_desktop.directory.drafts import (
    LocationDraft,
    OrganizationDraft,
    PhoneDraft,
    ServiceDraft,
)
from ifg_desktop.directory.hsds import vocabulary as v
from ifg_desktop.directory.hsds.schedules import hours_attributes, schedule_documents
from ifg_desktop.directory.hsds.values import (
    URGENCY_ORDER,
    attribute_document,
    compact,
    maximum_years,
    years,
)
from ifg_desktop.directory.spoken_languages import BY_CODE, ordered

STATUS_TO_HSDS = {
    "active": "active",
    "inactive": "inactive",
    "temporarily_closed": "temporarily closed",
    "do_not_refer": "inactive",  # with our status attribute
}


def _flag(value: bool) -> str:
    return "true" if value else "false"


def service_document(draft: ServiceDraft, theme_labels: Mapping[str, str]) -> dict[str, Any]:
    """The HSDS 3.0 service document of a draft (with its organization, nested)."""
    sid = v.service_id(draft.key)
    attrs: list[tuple[str, str]] = [("key", draft.key)]
    if draft.status == "do_not_refer":
        attrs.append(("status", draft.status))
    attrs.append(("professional_only", _flag(draft.professional_only)))
    attrs.extend(("urgency", level) for level in URGENCY_ORDER if level in draft.urgency)
    if draft.minimum_age_months is not None:
        attrs.append(("minimum_age_months", str(draft.minimum_age_months)))
    if draft.maximum_age_months is not None:
        attrs.append(("maximum_age_months", str(draft.maximum_age_months)))
    if draft.ages_unknown:
        attrs.append(("ages_unknown", "true"))
    attrs.extend(("keyword", word) for word in draft.keywords)
    attrs.extend(("note", note) for note in draft.notes)
    if draft.free_of_charge is not None:
        attrs.append(("free_of_charge", _flag(draft.free_of_charge)))
    if draft.anonymous is not None:
        attrs.append(("anonymous", _flag(draft.anonymous)))
    if draft.alert_until is not None:
        attrs.append(("alert_until", draft.alert_until.isoformat()))
    if draft.assurer is not None:
        attrs.append(("assurer", draft.assurer))
    if draft.schedule_note is not None:
        attrs.append(("schedule_note", draft.schedule_note))
    schedules: list[dict[str, Any]] = []
    hours = draft.hours
    if hours is not None:
        attrs.extend(hours_attributes(hours))
        schedules = schedule_documents(sid, hours)
        if not schedules:  # the validity needs a place of its own
            if hours.valid_from is not None:
                attrs.append(("hours_valid_from", hours.valid_from.isoformat()))
            if hours.valid_to is not None:
                attrs.append(("hours_valid_to", hours.valid_to.isoformat()))
    attributes = [attribute_document(sid, i, code, value) for i, (code, value) in enumerate(attrs)]
    attributes.extend(
        {
            "id": v.stable_id("attribute", sid, "theme", key),
            "taxonomy_term_id": v.theme_term_id(key),
            "taxonomy_term": v.theme_term_document(key, theme_labels.get(key, key)),
            "value": key,
        }
        for key in sorted(draft.themes)
    )
    organization = draft.organization
    return compact(
        {
            "id": sid,
            "organization_id": v.organization_id(organization.key) if organization else None,
            "name": draft.name,
            "alternate_name": draft.alternate_name,
            "description": draft.description,
            "url": draft.url,
            "email": draft.email,
            "status": STATUS_TO_HSDS[draft.status],
            "application_process": draft.contact_note,
            "minimum_age": years(draft.minimum_age_months)
            if draft.minimum_age_months is not None
            else None,
            "maximum_age": maximum_years(draft.maximum_age_months)
            if draft.maximum_age_months is not None
            else None,
            "assured_date": draft.assured_date.isoformat() if draft.assured_date else None,
            "assurer_email": draft.assurer if _looks_like_email(draft.assurer) else None,
            "alert": draft.alert,
            "phones": [_phone_document(sid, i, phone) for i, phone in enumerate(draft.phones)],
            "languages": [_language_document(sid, code) for code in ordered(draft.languages)],
            "schedules": schedules,
            "service_at_locations": [
                _location_document(sid, i, loc) for i, loc in enumerate(draft.locations)
            ],
            "organization": _organization_document(organization) if organization else None,
            "attributes": attributes,
        }
    )


def _looks_like_email(text: str | None) -> bool:
    return bool(text) and re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", text or "") is not None


def _phone_document(sid: str, index: int, phone: PhoneDraft) -> dict[str, Any]:
    phone_id = v.stable_id("phone", sid, str(index))
    attrs = []
    if phone.label is not None:
        attrs.append(("phone_label", phone.label))
    if phone.free is not None:
        attrs.append(("phone_free", _flag(phone.free)))
    return compact(
        {
            "id": phone_id,
            "number": phone.number,
            "description": phone.description,
            "attributes": [
                attribute_document(phone_id, i, c, val) for i, (c, val) in enumerate(attrs)
            ],
        }
    )


def _language_document(sid: str, code: str) -> dict[str, Any]:
    """A language the service speaks; its name in Dutch, as every text of the file."""
    language = BY_CODE.get(code)
    return compact(
        {
            "id": v.stable_id("language", sid, code),
            "name": language.name if language is not None else None,
            "code": code,
        }
    )


def _location_document(sid: str, index: int, location: LocationDraft) -> dict[str, Any]:
    location_id = v.stable_id("location", sid, str(index))
    has_address = any((location.address_1, location.postal_code, location.city)) or (
        location.country != "BE"
    )
    address = {
        "id": v.stable_id("address", sid, str(index)),
        # Required by HSDS; blank when we do not know it (blank reads back as unknown).
        "address_1": location.address_1 or "",
        "city": location.city or "",
        "state_province": "",
        "postal_code": location.postal_code or "",
        "country": location.country,
        "address_type": "physical",
    }
    return {
        "id": v.stable_id("service_at_location", sid, str(index)),
        "location": compact(
            {
                "id": location_id,
                "location_type": "physical",
                "name": location.name,
                "addresses": [address] if has_address else [],
            }
        ),
    }


def _organization_document(organization: OrganizationDraft) -> dict[str, Any]:
    oid = v.organization_id(organization.key)
    return compact(
        {
            "id": oid,
            "name": organization.name,
            "description": organization.description or "",  # required by HSDS
            "email": organization.email,
            "website": organization.website,
            "attributes": [attribute_document(oid, 0, "organization_key", organization.key)],
        }
    )
