"""One HSDS 3.0 service document as a ``ServiceDraft`` (import; importer.py plans the file).

Reads any HSDS 3.0 service, ours or anyone's:

- an HSDS field and one of our attributes that say the same thing disagree (the file was
  edited in another tool): the HSDS field wins, and that is reported;
- what HSDS can say but we cannot store (a language not in our list, service areas, yearly
  schedules, a fax number …) is reported per record, never silently dropped;
- a value that is malformed (a time "25:00", a phone number that is none, an age range
  upside down) rejects the file with a message naming the file, the record and the field.

The values are read by field_readers.py, the hours by schedules.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ifg_desktop.directory.availability import window_order
from ifg_desktop.directory.drafts import (
    LocationDraft,
    OrganizationDraft,
    PhoneDraft,
    ServiceDraft,
)
from ifg_desktop.directory.hsds.field_readers import (
    LIMITS,
    Attributes,
    Record,
    an_object,
    attributes,
    date_field,
    number,
    objects,
    parse_date,
    preview,
    report_rest,
    text,
)
from ifg_desktop.directory.hsds.schedules import exception_order, read_hours
from ifg_desktop.directory.hsds.values import (
    URGENCY_ORDER,
    maximum_years,
    months_from_maximum,
    months_from_minimum,
    not_whole_months,
    years,
)
from ifg_desktop.directory.phones import PhoneError, normalize_phone
from ifg_desktop.directory.service_fields import SERVICE_FIELDS, Kind
from ifg_desktop.directory.spoken_languages import known_code
from ifg_desktop.directory.text import plain_line_ends, printable
from ifg_desktop.i18n import translate

# The texts HSDS has a field of the same meaning for, read as they are (service_fields.py).
_PLAIN_TEXTS = tuple(
    f
    for f in SERVICE_FIELDS
    if f.kind is Kind.TEXT and f.column and f.hsds and f.limit and f.name != "name"
)

STATUS_FROM_HSDS = {
    "active": "active",
    "inactive": "inactive",
    "temporarily closed": "temporarily_closed",
    "defunct": "inactive",  # reported: we have no "defunct"
}


@dataclass(frozen=True, slots=True)
class MappedService:
    draft: ServiceDraft
    notes: tuple[str, ...]
    themes: tuple[tuple[str, str], ...]  # (key, label) as the file names them
    organization_notes: tuple[str, ...] = ()


# Service -------------------------------------------------------------------------------

SERVICE_READ = (
    "id",
    "name",
    "alternate_name",
    "description",
    "url",
    "email",
    "status",
    "application_process",
    "minimum_age",
    "maximum_age",
    "assured_date",
    "assurer_email",
    "alert",
    "phones",
    "languages",
    "schedules",
    "service_at_locations",
    "organization",
    "organization_id",
    "attributes",
)
# Another system's bookkeeping, not facts about the service.
SERVICE_IGNORED = ("last_modified", "metadata", "program_id")
SERVICE_ATTRIBUTES = (
    "key",
    "status",
    "professional_only",
    "urgency",
    "minimum_age_months",
    "maximum_age_months",
    "ages_unknown",
    "keyword",
    "note",
    "free_of_charge",
    "anonymous",
    "alert_until",
    "assurer",
    "schedule_note",
    "by_appointment",
    "public_holidays",
    "timezone",
    "date_exception",
    "hours_valid_from",
    "hours_valid_to",
    "always_open_part",
)


@dataclass(frozen=True, slots=True)
class Context:
    """What a service in a file can refer to: its organization and locations by id."""

    organization: dict[str, Any] | None = None
    locations: Mapping[str, dict[str, Any]] = field(default_factory=dict)
    organizations: Mapping[str, dict[str, Any]] = field(default_factory=dict)

    def read_by(self, document: Mapping[str, Any]) -> list[dict[str, Any]] | None:
        """What reading ``document`` may take from here (``_organization``, ``_locations``),
        so that a digest of the document and these covers all it is read from: the
        organization its ``organization_id`` names, the location each ``location_id``
        names (more is harmless, less is not). None around a whole organization (the JSON
        form with its services in it): that would be read whole for each service."""
        if self.organization is not None:
            return None
        used = [self.organizations.get(ref) for ref in _references(document, "organization_id")]
        places = document.get("service_at_locations")
        for place in places if isinstance(places, list) else ():
            if isinstance(place, Mapping):
                used += [self.locations.get(ref) for ref in _references(place, "location_id")]
        return [item for item in used if item is not None]


def _references(obj: Mapping[str, Any], name: str) -> list[str]:
    """Every key ``text`` can make of an id (a number becomes text; line ends change)."""
    value = obj.get(name)
    if type(value) is int:
        return [str(value)]
    if isinstance(value, str):
        return sorted({value, plain_line_ends(value)})
    return []


def record_label(index: int, obj: Any) -> str:
    label = translate("hsds", "dienst nr. {number}").format(number=index + 1)
    if isinstance(obj, dict):
        name = obj.get("name")
        if isinstance(name, str) and name.strip():
            label += f" '{printable(' '.join(name[:1000].split())[:60])}'"
        ident = obj.get("id")
        if isinstance(ident, str) and ident.strip():
            label += f" (id {printable(ident[:40])})"
    return label


def read_service(record: Record, document: dict[str, Any], context: Context) -> MappedService:
    """The draft of one HSDS service document; raises HsdsFileError on a malformed value."""
    attrs = attributes(record, document, "", SERVICE_ATTRIBUTES)
    report_rest(record, document, _SERVICE_USED, "")
    ours = attrs.one(record, "key") is not None

    ident = text(record, document, "id")
    key = attrs.string(record, "key") or ident
    if key is None:
        record.fail("id", translate("hsds", "verplicht veld ontbreekt"))
    if len(key) > LIMITS["key"] or not key.strip():
        record.fail(
            "id",
            translate("hsds", "sleutel te lang of leeg ({count} tekens, hoogstens 80)").format(
                count=len(key)
            ),
        )
    name = text(record, document, "name")
    if name is None:
        record.fail("name", translate("hsds", "verplicht veld ontbreekt"))

    status = _status(record, document, attrs)
    minimum, maximum = _ages(record, document, attrs)
    urgency = set()
    for path, level in attrs.all("urgency"):
        if level not in URGENCY_ORDER:
            record.fail(
                path,
                translate("hsds", "onbekende urgentie {level} (acute, crisis, non_acute)").format(
                    level=preview(level)
                ),
            )
        urgency.add(level)
    assurer = attrs.string(record, "assurer")
    assurer_email = text(record, document, "assurer_email", limit="assurer")
    if assurer is not None and assurer_email is not None and assurer_email != assurer:
        record.note(
            translate("hsds", "assurer_email {assurer_email} wint van kenmerk 'assurer'").format(
                assurer_email=preview(assurer_email)
            )
        )
        assurer = assurer_email
    if assurer is None:
        assurer = assurer_email
    if assurer is not None and len(assurer) > LIMITS["assurer"]:
        record.fail("attributes", translate("hsds", "kenmerk 'assurer' te lang"))
    alert_until_raw = attrs.one(record, "alert_until")
    alert_until = (
        parse_date(record, alert_until_raw[1], alert_until_raw[0]) if alert_until_raw else None
    )

    hours, schedule_note = read_hours(record, document, attrs, ours)
    organization, organization_notes = _organization(record, document, context)
    draft = ServiceDraft(
        key=key,
        name=name,
        **{f.name: text(record, document, str(f.hsds)) for f in _PLAIN_TEXTS},
        organization=organization,
        status=status,
        professional_only=bool(attrs.flag(record, "professional_only")),
        minimum_age_months=minimum,
        maximum_age_months=maximum,
        ages_unknown=bool(attrs.flag(record, "ages_unknown")),
        urgency=frozenset(urgency),
        themes=frozenset(theme for theme, _label in attrs.themes),
        keywords=tuple(value for _path, value in attrs.all("keyword")),
        notes=tuple(value for _path, value in attrs.all("note")),
        free_of_charge=attrs.flag(record, "free_of_charge"),
        anonymous=attrs.flag(record, "anonymous"),
        alert_until=alert_until,
        assured_date=date_field(record, document, "assured_date"),
        assurer=assurer,
        phones=_phones(record, document, context),
        locations=_locations(record, document, context),
        hours=hours,
        schedule_note=schedule_note,
        languages=_languages(record, document),
    )
    for word_path, word in (*attrs.all("keyword"), *attrs.all("note")):
        if not word.strip():
            record.fail(word_path, translate("hsds", "leeg trefwoord of aandachtspunt"))
    return MappedService(
        draft=draft,
        notes=tuple(record.notes),
        themes=tuple(attrs.themes),
        organization_notes=tuple(organization_notes),
    )


# A language of the service: its code is what is kept (the name is ours, in the language in
# use); a note, or a location or phone it is said of, is reported.
LANGUAGE_READ = ("id", "code", "name")
LANGUAGE_IGNORED = ("service_id", "metadata")
_LANGUAGE_USED = frozenset((*LANGUAGE_READ, *LANGUAGE_IGNORED))


def _languages(record: Record, document: Mapping[str, Any]) -> frozenset[str]:
    codes: set[str] = set()
    for index, language in enumerate(objects(record, document, "languages")):
        path = f"languages[{index}]."
        report_rest(record, language, _LANGUAGE_USED, path)
        raw = text(record, language, "code", path)
        if raw is None:  # the name alone is not read as a code: names differ per language
            record.note(
                translate(
                    "hsds", "{path}code ontbreekt: taal {name} niet overgenomen (geen code)"
                ).format(path=path, name=preview(language))
            )
            continue
        code = known_code(raw)
        if code is None:
            record.note(
                translate(
                    "hsds",
                    "{path}code {code} niet overgenomen: geen taal van de lijst "
                    "(ISO 639, zoals nl, fr of vgt)",
                ).format(path=path, code=preview(raw))
            )
            continue
        codes.add(code)
    return frozenset(codes)


def _status(record: Record, document: Mapping[str, Any], attrs: Attributes) -> str:
    raw = text(record, document, "status")
    if raw is None:
        record.fail(
            "status",
            translate(
                "hsds", "verplicht veld ontbreekt (active, inactive, defunct, temporarily closed)"
            ),
        )
    status = STATUS_FROM_HSDS.get(raw.strip().lower())
    if status is None:
        record.fail("status", translate("hsds", "onbekende status {raw}").format(raw=preview(raw)))
    if raw.strip().lower() == "defunct":
        record.note(
            translate(
                "hsds", "status 'defunct' (opgeheven) opgeslagen als 'inactive' (niet actief)"
            )
        )
    ours = attrs.one(record, "status")
    if ours is not None:
        path, value = ours
        if value != "do_not_refer":
            record.fail(
                path, translate("hsds", "onbekende status {value}").format(value=preview(value))
            )
        if status == "inactive":
            return value
        record.note(
            translate("hsds", "status '{raw}' wint van kenmerk 'status' = 'do_not_refer'").format(
                raw=raw
            )
        )
    return status


def _ages(
    record: Record, document: Mapping[str, Any], attrs: Attributes
) -> tuple[int | None, int | None]:
    bounds: list[int | None] = []
    for hsds_name, code, to_months, to_years in (
        ("minimum_age", "minimum_age_months", months_from_minimum, years),
        ("maximum_age", "maximum_age_months", months_from_maximum, maximum_years),
    ):
        value = number(record, document, hsds_name)
        exact = attrs.one(record, code)
        months = None if value is None else to_months(value)
        rounded = value is not None and not_whole_months(value)
        if exact is not None:
            path, raw = exact
            if not re.fullmatch(r"-?\d{1,5}", raw.strip()):
                record.fail(
                    path,
                    translate(
                        "hsds", "kenmerk '{code}' moet een geheel aantal maanden zijn"
                    ).format(code=code),
                )
            ours = int(raw)
            if value is not None and abs(to_years(ours) - value) < 0.005:
                months, rounded = ours, False  # our own export: the exact months went along
            else:
                record.note(
                    translate(
                        "hsds", "{hsds_name} {value} wint van kenmerk '{code}' = {ours}"
                    ).format(
                        hsds_name=hsds_name,
                        value=value if value is not None else translate("hsds", "(leeg)"),
                        code=code,
                        ours=ours,
                    )
                )
        if months is not None and not -12 <= months <= 130 * 12 + 11:
            record.fail(
                hsds_name,
                translate("hsds", "{value} is geen realistische leeftijd").format(value=value),
            )
        if rounded and months is not None:
            if hsds_name == "minimum_age":
                rounding = translate(
                    "hsds",
                    "{hsds_name} {value} jaar is geen geheel aantal maanden: naar boven "
                    "afgerond tot {months} maanden ({age}), zodat niemand buiten de "
                    "leeftijdsgrens naar deze dienst gaat",
                )
            else:
                rounding = translate(
                    "hsds",
                    "{hsds_name} {value} jaar is geen geheel aantal maanden: naar beneden "
                    "afgerond tot {months} maanden ({age}), zodat niemand buiten de "
                    "leeftijdsgrens naar deze dienst gaat",
                )
            record.note(
                rounding.format(
                    hsds_name=hsds_name, value=value, months=months, age=_age_words(months)
                )
            )
        bounds.append(months)
    minimum, maximum = bounds
    if minimum is not None and maximum is not None and minimum > maximum:
        record.fail(
            "minimum_age", translate("hsds", "de minimumleeftijd is groter dan de maximumleeftijd")
        )
    return minimum, maximum


def _age_words(months: int) -> str:
    whole, rest = divmod(months, 12)
    if months < 0:
        return translate("hsds", "{months} maanden voor de geboorte").format(months=-months)
    if rest:
        return translate("hsds", "{years} jaar en {months} maanden").format(
            years=whole, months=rest
        )
    return translate("hsds", "{years} jaar").format(years=whole)


# Organization --------------------------------------------------------------------------

ORGANIZATION_READ = ("id", "name", "description", "email", "website", "attributes")
ORGANIZATION_IGNORED = ("metadata", "services", "locations")


def _organization(
    record: Record, document: Mapping[str, Any], context: Context
) -> tuple[OrganizationDraft | None, list[str]]:
    nested = an_object(record, document, "organization")
    path = "organization."
    if nested is None:
        reference = text(record, document, "organization_id")
        if reference is not None and reference in context.organizations:
            nested = context.organizations[reference]
        elif context.organization is not None:
            nested = context.organization
        elif reference is not None:
            record.fail(
                "organization_id",
                translate("hsds", "organisatie {reference} staat niet in het bestand").format(
                    reference=reference
                ),
            )
        else:
            return None, []
        path = "organisatie."
    own = Record(record.file, record.label)
    attrs = attributes(own, nested, path, ("organization_key",))
    report_rest(own, nested, _ORGANIZATION_USED, path)
    ident = text(record, nested, "id", path)
    key = attrs.string(own, "organization_key") or ident
    if key is None:
        record.fail(path + "id", translate("hsds", "verplicht veld ontbreekt"))
    if len(key) > LIMITS["key"]:
        record.fail(path + "id", translate("hsds", "sleutel te lang (hoogstens 80 tekens)"))
    name = text(record, nested, "name", path)
    if name is None:
        record.fail(path + "name", translate("hsds", "verplicht veld ontbreekt"))
    draft = OrganizationDraft(
        key=key,
        name=name,
        description=text(record, nested, "description", path),
        website=text(record, nested, "website", path),
        email=text(record, nested, "email", path),
    )
    return draft, own.notes


# Phones --------------------------------------------------------------------------------

PHONE_READ = ("id", "number", "description", "type", "attributes")
PHONE_IGNORED = (
    "location_id",
    "service_id",
    "organization_id",
    "contact_id",
    "service_at_location_id",
    "metadata",
)
VOICE_TYPES = ("voice", "cell", "mobile", "phone")


def _phones(
    record: Record, document: Mapping[str, Any], context: Context
) -> tuple[PhoneDraft, ...]:
    sources = [("", document)]
    for index, sal in enumerate(objects(record, document, "service_at_locations")):
        sources.append((f"service_at_locations[{index}].", sal))
    phones: list[PhoneDraft] = []
    seen: set[str] = set()
    for prefix, owner in sources:
        for index, phone in enumerate(objects(record, owner, "phones", prefix)):
            path = f"{prefix}phones[{index}]."
            attrs = attributes(record, phone, path, ("phone_label", "phone_free"))
            report_rest(record, phone, _PHONE_USED, path)
            raw = text(record, phone, "number", path, limit="number")
            kind = text(record, phone, "type", path)
            if raw is None:
                record.fail(path + "number", translate("hsds", "verplicht veld ontbreekt"))
            if kind is not None and kind.strip().lower() not in VOICE_TYPES:
                record.note(
                    translate(
                        "hsds", "{path}number {raw} van het type '{kind}' niet overgenomen"
                    ).format(path=path, raw=preview(raw), kind=kind)
                )
                continue
            try:
                number_ = normalize_phone(raw.strip().strip('"').strip("'"))
            except PhoneError as error:
                record.fail(path + "number", str(error))
            ident = text(record, phone, "id", path)
            identity = ident or f"{number_}\x1f{index}\x1f{prefix}"
            if ident is not None and identity in seen:
                continue  # the same phone repeated at the location: once is enough
            seen.add(identity)
            label = attrs.string(record, "phone_label")
            if label is not None and len(label) > LIMITS["label"]:
                record.fail(path + "attributes", translate("hsds", "kenmerk 'phone_label' te lang"))
            phones.append(
                PhoneDraft(
                    number=number_,
                    label=label,
                    description=text(record, phone, "description", path),
                    free=attrs.flag(record, "phone_free"),
                )
            )
    return tuple(phones)


# Locations -----------------------------------------------------------------------------

SAL_READ = ("id", "location", "location_id", "phones", "schedules", "service_id")
SAL_IGNORED = ("metadata",)
LOCATION_READ = ("id", "location_type", "name", "addresses")
LOCATION_IGNORED = ("organization_id", "metadata")
ADDRESS_READ = (
    "id",
    "location_id",
    "address_1",
    "city",
    "postal_code",
    "country",
    "address_type",
)
ADDRESS_IGNORED = ("metadata",)


def _locations(
    record: Record, document: Mapping[str, Any], context: Context
) -> tuple[LocationDraft, ...]:
    result = []
    for index, sal in enumerate(objects(record, document, "service_at_locations")):
        path = f"service_at_locations[{index}]."
        attributes(record, sal, path, ())
        report_rest(record, sal, _SAL_USED, path)
        location = an_object(record, sal, "location", path)
        where = path + "location."
        if location is None:
            reference = text(record, sal, "location_id", path)
            if reference is None:
                record.fail(path + "location", translate("hsds", "verplicht veld ontbreekt"))
            if reference not in context.locations:
                record.fail(
                    path + "location_id",
                    translate("hsds", "locatie {reference} staat niet in het bestand").format(
                        reference=reference
                    ),
                )
            location = context.locations[reference]
        draft = _location(record, location, where)
        if draft is not None:
            result.append(draft)
    return tuple(result)


def _location(record: Record, location: Mapping[str, Any], path: str) -> LocationDraft | None:
    attributes(record, location, path, ())
    report_rest(record, location, _LOCATION_USED, path)
    kind = (text(record, location, "location_type", path) or "physical").strip().lower()
    name = text(record, location, "name", path)
    if kind != "physical":
        record.note(
            translate(
                "hsds", "{path}: locatie {value} van het type '{kind}' niet overgenomen"
            ).format(path=path, value=preview(name or ""), kind=kind)
        )
        return None
    chosen: dict[str, Any] | None = None
    where = path
    for index, address in enumerate(objects(record, location, "addresses", path)):
        here = f"{path}addresses[{index}]."
        address_type = (text(record, address, "address_type", here) or "physical").lower()
        if address_type != "physical" or chosen is not None:
            record.note(
                translate("hsds", "{here}: nog een adres ({address_type}) niet overgenomen").format(
                    here=here[:-1], address_type=address_type
                )
            )
            continue
        chosen, where = address, here
        attributes(record, address, where, ())
        report_rest(record, address, _ADDRESS_USED, where)
    if chosen is None:
        return LocationDraft(name=name)
    country = text(record, chosen, "country", where) or "BE"
    if len(country.strip()) != 2 or not country.strip().isalpha():
        record.fail(
            where + "country",
            translate("hsds", "{country} is geen landcode van twee letters (BE)").format(
                country=preview(country)
            ),
        )
    return LocationDraft(
        name=name,
        address_1=text(record, chosen, "address_1", where),
        postal_code=text(record, chosen, "postal_code", where),
        city=text(record, chosen, "city", where),
        country=country.strip().upper(),
    )


_SERVICE_USED = frozenset((*SERVICE_READ, *SERVICE_IGNORED))
_ORGANIZATION_USED = frozenset((*ORGANIZATION_READ, *ORGANIZATION_IGNORED))
_PHONE_USED = frozenset((*PHONE_READ, *PHONE_IGNORED))
_SAL_USED = frozenset((*SAL_READ, *SAL_IGNORED, "attributes"))
_LOCATION_USED = frozenset((*LOCATION_READ, *LOCATION_IGNORED, "attributes"))
_ADDRESS_USED = frozenset((*ADDRESS_READ, *ADDRESS_IGNORED, "attributes"))


# Comparing ------------------------------------------------------------------------------


def canonical(draft: ServiceDraft) -> ServiceDraft:
    """The same content in one fixed order (windows and exceptions sorted)."""
    if draft.hours is None:
        return draft
    hours = replace(
        draft.hours,
        windows=tuple(sorted(draft.hours.windows, key=window_order)),
        exceptions=tuple(sorted(draft.hours.exceptions, key=exception_order)),
    )
    return replace(draft, hours=hours)
