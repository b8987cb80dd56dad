"""One service between ``ServiceDraft`` and an HSDS 3.0 service document, both ways.

Export writes every field HSDS has a place for in that place, and the rest as attributes of
our own taxonomy (vocabulary.py). Import reads any HSDS 3.0 service, ours or anyone's:

- an HSDS field and one of our attributes that say the same thing disagree (the file was
  edited in another tool): the HSDS field wins, and that is reported;
- what HSDS can say but we cannot store (languages, service areas, yearly schedules, a
  fax number …) is reported per record, never silently dropped;
- a value that is malformed (a time "25:00", a phone number that is none, an age range
  upside down) rejects the file with a message naming the file, the record and the field.

Blank text ("" or only spaces) is the same as absent.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time
from functools import lru_cache
from typing import Any, NoReturn
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ifg_desktop.directory import describe
from ifg_desktop.directory.availability import (
    MAX_MONTHS_APART,
    MAX_WEEKS_APART,
    DateException,
    Hours,
    Window,
    window_order,
)
from ifg_desktop.directory.drafts import (
    LocationDraft,
    OrganizationDraft,
    PhoneDraft,
    ServiceDraft,
)
from ifg_desktop.directory.hsds import vocabulary as v
from ifg_desktop.directory.hsds.errors import HsdsFileError
from ifg_desktop.directory.phones import PhoneError, normalize_phone
from ifg_desktop.directory.text import plain_line_ends, printable, unsafe_character
from ifg_desktop.directory.validation import TEXT_LIMITS
from ifg_desktop.i18n import in_source_language, translate

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAYS_NL = ("ma", "di", "wo", "do", "vr", "za", "zo")
URGENCY_ORDER = ("acute", "crisis", "non_acute")
WINDOW_KINDS = ("open", "phone", "walk_in")
STATUS_TO_HSDS = {
    "active": "active",
    "inactive": "inactive",
    "temporarily_closed": "temporarily closed",
    "do_not_refer": "inactive",  # with our status attribute
}
STATUS_FROM_HSDS = {
    "active": "active",
    "inactive": "inactive",
    "temporarily closed": "temporarily_closed",
    "defunct": "inactive",  # reported: we have no "defunct"
}
DEFAULT_TIMEZONE = "Europe/Brussels"

# The most characters of a text, by its name in HSDS (validation.TEXT_LIMITS by ours):
# checked as each is read, so a message names its place in the file. The whole draft is
# checked against TEXT_LIMITS afterwards (importer.py), lists and nested texts included.
LIMITS = {
    "key": TEXT_LIMITS["key"],
    "name": TEXT_LIMITS["name"],
    "alternate_name": TEXT_LIMITS["alternate_name"],
    "description": TEXT_LIMITS["description"],
    "application_process": TEXT_LIMITS["contact_note"],
    "alert": TEXT_LIMITS["alert"],
    "url": TEXT_LIMITS["website"],
    "email": TEXT_LIMITS["email"],
    "assurer": TEXT_LIMITS["assurer"],
    "website": TEXT_LIMITS["organization.website"],
    "number": TEXT_LIMITS["phone.number"],
    "label": TEXT_LIMITS["phone.label"],
    "address_1": TEXT_LIMITS["location.address_1"],
    "postal_code": TEXT_LIMITS["location.postal_code"],
    "city": TEXT_LIMITS["location.city"],
    "timezone": TEXT_LIMITS["hours.timezone"],
    "always_open_part": TEXT_LIMITS["hours.always_open_part"],
}
# Any other text read (an id, a note …): nothing a file has reason to make longer.
OTHER_TEXT_LIMIT = TEXT_LIMITS["description"]


# ---------------------------------------------------------------------------------- export


# Years times twelve is rarely a whole number of months in floating point (0.1 * 3 …):
# closer to one than this, it is that one.
_MONTH_SLACK = 1e-6


def _hundredths(value: int) -> float | int:
    return value // 100 if value % 100 == 0 else value / 100


def years(months: int) -> float | int:
    """A minimum in months as HSDS years, two decimals, rounded down so that reading it
    back (rounded up, ``months_from_minimum``) gives the same months."""
    return _hundredths(100 * months // 12)


def maximum_years(months: int) -> float | int:
    """An inclusive upper bound: 215 months (to the last month of 17) is HSDS's 17; other
    months two decimals rounded up, so that reading back (rounded down) gives them again."""
    if months % 12 == 11:
        return (months - 11) // 12
    return _hundredths(-(-100 * months // 12))


def months_from_minimum(value: float) -> int:
    """A minimum age in years as months, rounded up: "from 17.5" lets nobody in younger."""
    return math.ceil(value * 12 - _MONTH_SLACK)


def months_from_maximum(value: float) -> int:
    """HSDS 17 means "aged 17" (through 17 years 11 months); 2.5 means 30 months; other
    values round down, to the safe side: up to 17.99 years is up to 215 months (17 years
    11 months), never 216 (18 years, an adult)."""
    if float(value).is_integer():
        return int(value) * 12 + 11
    return math.floor(value * 12 + _MONTH_SLACK)


def _rounded(value: float) -> bool:
    """Whether a number of years is no whole number of months (converting rounds it)."""
    months = value * 12
    return abs(months - round(months)) > _MONTH_SLACK


def clock(moment: time) -> str:
    return moment.strftime("%H:%M" if moment.second == 0 else "%H:%M:%S")


def _attribute(owner_id: str, index: int, code: str, value: str) -> dict[str, Any]:
    term = v.TERMS[code]
    return {
        "id": v.stable_id("attribute", owner_id, str(index)),
        "taxonomy_term_id": term.id,
        "value": value,
    }


def _flag(value: bool) -> str:
    return "true" if value else "false"


def _compact(document: dict[str, Any]) -> dict[str, Any]:
    """Leave out absent values and empty lists: HSDS treats missing and null alike."""
    return {k: val for k, val in document.items() if val is not None and val != []}


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
        attrs.extend(_hours_attributes(hours))
        schedules = _schedules(sid, hours)
        if not schedules:  # the validity needs a place of its own
            if hours.valid_from is not None:
                attrs.append(("hours_valid_from", hours.valid_from.isoformat()))
            if hours.valid_to is not None:
                attrs.append(("hours_valid_to", hours.valid_to.isoformat()))
    attributes = [_attribute(sid, i, code, value) for i, (code, value) in enumerate(attrs)]
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
    return _compact(
        {
            "id": sid,
            "organization_id": v.organization_id(organization.key) if organization else None,
            "name": draft.name,
            "alternate_name": draft.alternate_name,
            "description": draft.description,
            "url": draft.website,
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


def _hours_attributes(hours: Hours) -> list[tuple[str, str]]:
    attrs = []
    if hours.by_appointment:
        attrs.append(("by_appointment", "true"))
    holidays = {True: "closed", False: "open", None: "unknown"}[hours.closed_on_public_holidays]
    attrs.append(("public_holidays", holidays))
    if hours.always_open_part:
        attrs.append(("always_open_part", hours.always_open_part))
    if hours.timezone != DEFAULT_TIMEZONE:
        attrs.append(("timezone", hours.timezone))
    for exception in hours.exceptions:
        value = {
            "date": exception.day.isoformat(),
            "closed": exception.closed,
            "opens_at": clock(exception.opens_at) if exception.opens_at else None,
            "closes_at": clock(exception.closes_at) if exception.closes_at else None,
            "note": exception.note,
        }
        attrs.append(("date_exception", json.dumps(value, ensure_ascii=False)))
    return attrs


def _schedules(sid: str, hours: Hours) -> list[dict[str, Any]]:
    """One HSDS schedule per group of weekdays with the same hours (and kind, and rule:
    "1MO,-1FR" monthly, every n weeks from a dtstart)."""
    groups: list[tuple[tuple[object, ...], list[Window]]] = []
    for window in sorted(hours.windows, key=_window_order):
        same_as = _schedule_group(window)
        for group, members in groups:
            if group == same_as and window.weekday not in {w.weekday for w in members}:
                members.append(window)
                break
        else:
            groups.append((same_as, [window]))
    documents: list[tuple[str, str, str, str, list[tuple[str, str]], dict[str, object]]] = []
    if hours.always_open:
        documents.append(
            (
                "MO,TU,WE,TH,FR,SA,SU",
                "00:00",
                "23:59",
                "Dag en nacht bereikbaar (24 op 7).",
                [("always_open", "true")],
                {"freq": "WEEKLY"},
            )
        )
    for _group, members in groups:
        first = members[0]
        opens, closes, kind = first.opens_at, first.closes_at, first.kind
        if first.every_week:
            text = ", ".join(DAYS_NL[w.weekday] for w in members)
        else:
            with in_source_language():  # a file's text is Dutch whatever the window speaks
                text = "; ".join(describe.rule_text(w) or DAYS_NL[w.weekday] for w in members)
            if first.anchor is not None:
                text += f" (vanaf {first.anchor:%d-%m-%Y})"
        text += f": {clock(opens)}–{clock(closes)}"
        if closes <= opens:
            text += " (tot de volgende dag)"
        attrs = []
        if kind != "open":
            attrs.append(("window_kind", kind))
            text += " (telefonisch)" if kind == "phone" else " (vrije inloop)"
        byday = ",".join(
            ",".join(f"{n}{DAYS[w.weekday]}" for n in w.ordinals) or DAYS[w.weekday]
            for w in members
        )
        rule: dict[str, object] = {
            "freq": "MONTHLY" if first.ordinals else "WEEKLY",
            "interval": first.interval if first.interval != 1 else None,
            "dtstart": first.anchor.isoformat() if first.anchor else None,
        }
        documents.append((byday, clock(opens), clock(closes), text, attrs, rule))
    result = []
    for index, (byday, opens_at, closes_at, text, attrs, rule) in enumerate(documents):
        schedule_id = v.stable_id("schedule", sid, str(index))
        result.append(
            _compact(
                {
                    "id": schedule_id,
                    "valid_from": hours.valid_from.isoformat() if hours.valid_from else None,
                    "valid_to": hours.valid_to.isoformat() if hours.valid_to else None,
                    **rule,
                    "byday": byday,
                    "opens_at": opens_at,
                    "closes_at": closes_at,
                    "description": text,
                    "attributes": [
                        _attribute(schedule_id, i, code, value)
                        for i, (code, value) in enumerate(attrs)
                    ],
                }
            )
        )
    return result


def _schedule_group(window: Window) -> tuple[object, ...]:
    """What the windows of one HSDS schedule share: all but the weekday ("1MO,1WE"; the
    first Monday and the third Wednesday are two schedules, as most files write them)."""
    return (
        window.opens_at,
        window.closes_at,
        window.kind,
        window.ordinals,
        window.interval,
        window.anchor,
    )


_window_order = window_order


def _phone_document(sid: str, index: int, phone: PhoneDraft) -> dict[str, Any]:
    phone_id = v.stable_id("phone", sid, str(index))
    attrs = []
    if phone.label is not None:
        attrs.append(("phone_label", phone.label))
    if phone.free is not None:
        attrs.append(("phone_free", _flag(phone.free)))
    return _compact(
        {
            "id": phone_id,
            "number": phone.number,
            "description": phone.description,
            "attributes": [_attribute(phone_id, i, c, val) for i, (c, val) in enumerate(attrs)],
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
        "location": _compact(
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
    return _compact(
        {
            "id": oid,
            "name": organization.name,
            "description": organization.description or "",  # required by HSDS
            "email": organization.email,
            "website": organization.website,
            "attributes": [_attribute(oid, 0, "organization_key", organization.key)],
        }
    )


# ---------------------------------------------------------------------------------- import


@dataclass(slots=True)
class Record:
    """One record being read: where it is, for messages, and what could not be taken over."""

    file: str
    label: str
    notes: list[str] = field(default_factory=list)

    def fail(self, path: str, problem: str) -> NoReturn:
        raise HsdsFileError(self.file, problem, record=self.label, field=path)

    def note(self, text: str) -> None:
        self.notes.append(text)


@dataclass(frozen=True, slots=True)
class MappedService:
    draft: ServiceDraft
    notes: tuple[str, ...]
    themes: tuple[tuple[str, str], ...]  # (key, label) as the file names them
    organization_notes: tuple[str, ...] = ()


def _preview(value: Any) -> str:
    """A few words of a value for a message: never a control character (it is printed)."""
    if isinstance(value, str):
        text = printable(" ".join(value[:1000].split()))
        return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"
    if isinstance(value, list):
        return translate("hsds", "{count} item(s)").format(count=len(value))
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str) and name.strip():
            return _preview(name)
        return translate("hsds", "een object")
    return printable(str(value)[:60])


def _present(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | dict):
        return bool(value)
    return True


def report_rest(record: Record, obj: Mapping[str, Any], used: frozenset[str], path: str) -> None:
    """Note every field with content that is not read (``used``): nothing silently dropped."""
    if obj.keys() <= used:  # the common case, quickly
        return
    for name, value in obj.items():  # in the file's order, so reports are the same each time
        if name not in used and _present(value):
            record.note(
                translate("hsds", "{path}{name} niet overgenomen: {value}").format(
                    path=path, name=name, value=_preview(value)
                )
            )


def text(
    record: Record, obj: Mapping[str, Any], name: str, path: str = "", limit: str | None = None
) -> str | None:
    value = obj.get(name)
    if value is None:
        return None
    if type(value) is int and (name == "id" or name.endswith("_id")):
        value = str(value)  # a numbered id: the tables link by it too (tabular.py)
    elif type(value) is not str:  # HSDS says string: 123 is not a name, 5 not an e-mail
        record.fail(
            path + name,
            translate("hsds", "verwacht tekst, niet {type} {value}").format(
                type=_json_type(value), value=_preview(value)
            ),
        )
    if not value or value.isspace():
        return None
    return checked_text(record, path + name, value, LIMITS.get(limit or name, OTHER_TEXT_LIMIT))


def checked_text(record: Record, path: str, value: str, maximum: int) -> str:
    """A text from the file as it can be kept: not too long, no control characters (they
    would reach a terminal or the window as they are), line ends as newlines."""
    if len(value) > maximum:
        record.fail(
            path,
            translate("hsds", "te lang ({count} tekens, hoogstens {maximum})").format(
                count=len(value), maximum=maximum
            ),
        )
    value = plain_line_ends(value)
    unsafe = unsafe_character(value)
    if unsafe is not None:
        record.fail(path, unsafe)
    return value


def _json_type(value: Any) -> str:
    """What a JSON value is, for "verwacht tekst, niet {type} {value}"."""
    if isinstance(value, bool):
        return translate("hsds", "waar/onwaar")
    if isinstance(value, int | float):
        return translate("hsds", "het getal")
    if isinstance(value, list):
        return translate("hsds", "een lijst")
    if isinstance(value, dict):
        return translate("hsds", "een object")
    return translate("hsds", "iets anders")


def number(record: Record, obj: Mapping[str, Any], name: str, path: str = "") -> float | None:
    value = obj.get(name)
    if value is None:
        return None
    if isinstance(value, str):
        if not value.strip():
            return None
        try:
            value = float(value)
        except ValueError:
            record.fail(
                path + name,
                translate("hsds", "{value} is geen getal").format(value=_preview(value)),
            )
    if isinstance(value, bool) or not isinstance(value, int | float):
        record.fail(path + name, translate("hsds", "verwacht een getal"))
    if not math.isfinite(value) or abs(value) > 1e6:
        record.fail(
            path + name, translate("hsds", "{value} is geen bruikbaar getal").format(value=value)
        )
    return float(value)


def parse_date(record: Record, raw: Any, path: str) -> date | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        record.fail(path, translate("hsds", "verwacht een datum (JJJJ-MM-DD)"))
    if not raw.strip():
        return None
    cleaned = raw.strip()
    day = cleaned[:10] if len(cleaned) > 10 and cleaned[10] in "T " else cleaned
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        record.fail(
            path, translate("hsds", "{raw} is geen datum (JJJJ-MM-DD)").format(raw=_preview(raw))
        )
    try:
        return date.fromisoformat(day)
    except ValueError:
        record.fail(
            path, translate("hsds", "{raw} is geen datum (JJJJ-MM-DD)").format(raw=_preview(raw))
        )


def date_field(record: Record, obj: Mapping[str, Any], name: str, path: str = "") -> date | None:
    return parse_date(record, obj.get(name), path + name)


_TIME = re.compile(r"(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")


_PLAIN_TIMES: dict[str, time] = {}  # "09:00" -> time(9): the same few strings, many times


def parse_time(record: Record, raw: Any, path: str) -> time | None:
    if raw is None:
        return None
    if type(raw) is str and raw in _PLAIN_TIMES:
        return _PLAIN_TIMES[raw]
    if not isinstance(raw, str):
        record.fail(path, translate("hsds", "verwacht een tijd (UU:MM)"))
    if not raw.strip():
        return None
    match = _TIME.fullmatch(raw.strip())
    if match is None:
        record.fail(path, translate("hsds", "{raw} is geen tijd (UU:MM)").format(raw=_preview(raw)))
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if (hour, minute, second) == (24, 0, 0):
        return time(0)  # the end of the day: our windows end at 00:00 = midnight
    if hour > 23 or minute > 59 or second > 59:
        record.fail(path, translate("hsds", "{raw} is geen tijd (UU:MM)").format(raw=_preview(raw)))
    if match[4]:
        record.note(
            translate(
                "hsds", "{path}: tijdzone {match} niet overgenomen; gelezen als plaatselijke tijd"
            ).format(path=path, match=match[4])
        )
        return time(hour, minute, second)
    if len(_PLAIN_TIMES) < 10_000:
        _PLAIN_TIMES[raw] = time(hour, minute, second)
    return time(hour, minute, second)


def time_field(record: Record, obj: Mapping[str, Any], name: str, path: str = "") -> time | None:
    return parse_time(record, obj.get(name), path + name)


def objects(record: Record, obj: Mapping[str, Any], name: str, path: str = "") -> list[Any]:
    value = obj.get(name)
    if value is None:
        return []
    if not isinstance(value, list):
        record.fail(path + name, translate("hsds", "verwacht een lijst"))
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            record.fail(f"{path}{name}[{index}]", translate("hsds", "verwacht een object"))
    return value


def an_object(
    record: Record, obj: Mapping[str, Any], name: str, path: str = ""
) -> dict[str, Any] | None:
    value = obj.get(name)
    if value is None:
        return None
    if not isinstance(value, dict):
        record.fail(path + name, translate("hsds", "verwacht een object"))
    return value


# Attributes ----------------------------------------------------------------------------


@dataclass(slots=True)
class Attributes:
    """Our attributes of one object, by code, in file order; plus the themes."""

    values: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # code -> (path, v)
    themes: list[tuple[str, str]] = field(default_factory=list)  # (key, label)

    def all(self, code: str) -> list[tuple[str, str]]:
        return self.values.get(code, [])

    def one(self, record: Record, code: str) -> tuple[str, str] | None:
        found = self.values.get(code)
        if not found:
            return None
        if len(found) > 1 and len({value for _path, value in found}) > 1:
            record.fail(
                found[1][0],
                translate("hsds", "kenmerk '{code}' staat er meer dan eens, verschillend").format(
                    code=code
                ),
            )
        return found[0] if found else None

    def flag(self, record: Record, code: str) -> bool | None:
        found = self.one(record, code)
        if found is None:
            return None
        path, value = found
        if value.strip().lower() not in ("true", "false"):
            record.fail(
                path,
                translate("hsds", "kenmerk '{code}' moet true of false zijn, niet {value}").format(
                    code=code, value=_preview(value)
                ),
            )
        return value.strip().lower() == "true"

    def string(self, record: Record, code: str) -> str | None:
        found = self.one(record, code)
        return found[1] if found else None


def attributes(
    record: Record, obj: Mapping[str, Any], path: str, allowed: Iterable[str]
) -> Attributes:
    """Read the attributes of an object; foreign ones (and ours out of place) are noted."""
    result = Attributes()
    if not obj.get("attributes"):  # None or []: the common case, quickly
        if obj.get("attributes") is not None and obj["attributes"] != []:
            objects(record, obj, "attributes", path)  # a wrong type: fails
        return result
    permitted = set(allowed)
    for index, attribute in enumerate(objects(record, obj, "attributes", path)):
        where = f"{path}attributes[{index}]."
        # Ours, by term id (how we write them): straight to the value.
        term_ref = attribute.get("taxonomy_term_id")
        known = v.TERMS_BY_ID.get(term_ref) if type(term_ref) is str else None
        if known is not None and known.code in permitted and type(attribute.get("value")) is str:
            result.values.setdefault(known.code, []).append((where + "value", attribute["value"]))
            continue
        term = an_object(record, attribute, "taxonomy_term", where)
        term_id = text(record, attribute, "taxonomy_term_id", where)
        if term_id is None and term is not None:
            term_id = text(record, term, "id", where + "taxonomy_term.")
        taxonomy = text(record, term, "taxonomy", where + "taxonomy_term.") if term else None
        code = text(record, term, "code", where + "taxonomy_term.") if term else None
        value = attribute.get("value")
        if value is not None and not isinstance(value, str):
            if isinstance(value, bool) or not isinstance(value, int | float):
                record.fail(where + "value", translate("hsds", "verwacht tekst"))
            value = str(value)
        if taxonomy == v.THEME_TAXONOMY and code:
            label = text(record, term or {}, "name", where + "taxonomy_term.") or code
            if len(code) > LIMITS["key"] or len(label) > 200:
                record.fail(
                    where + "taxonomy_term", translate("hsds", "thema: sleutel of naam te lang")
                )
            result.themes.append((code, label))
            continue
        ours = v.TERMS_BY_ID.get(term_id or "")
        if ours is None and taxonomy == v.TAXONOMY and code in v.TERMS:
            ours = v.TERMS[code]
        if ours is None:
            name = (text(record, term, "name", where + "taxonomy_term.") if term else None) or (
                code or term_id or "?"
            )
            shown = f" = {_preview(value)}" if _present(value) else ""
            record.note(
                translate(
                    "hsds", "{path}attributes[{index}]: kenmerk '{name}'{shown} niet overgenomen"
                ).format(path=path, index=index, name=name, shown=shown)
            )
            continue
        if ours.code not in permitted:
            record.note(
                translate(
                    "hsds",
                    "{path}attributes[{index}]: kenmerk '{code}' hoort hier niet; niet overgenomen",
                ).format(path=path, index=index, code=ours.code)
            )
            continue
        if value is None:
            record.fail(
                where + "value",
                translate("hsds", "kenmerk '{code}' zonder waarde").format(code=ours.code),
            )
        result.values.setdefault(ours.code, []).append((where + "value", value))
    return result


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
                    level=_preview(level)
                ),
            )
        urgency.add(level)
    assurer = attrs.string(record, "assurer")
    assurer_email = text(record, document, "assurer_email", limit="assurer")
    if assurer is not None and assurer_email is not None and assurer_email != assurer:
        record.note(
            translate("hsds", "assurer_email {assurer_email} wint van kenmerk 'assurer'").format(
                assurer_email=_preview(assurer_email)
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

    hours, schedule_note = _hours(record, document, attrs, ours)
    organization, organization_notes = _organization(record, document, context)
    draft = ServiceDraft(
        key=key,
        name=name,
        alternate_name=text(record, document, "alternate_name"),
        organization=organization,
        description=text(record, document, "description"),
        status=status,
        professional_only=bool(attrs.flag(record, "professional_only")),
        contact_note=text(record, document, "application_process"),
        minimum_age_months=minimum,
        maximum_age_months=maximum,
        ages_unknown=bool(attrs.flag(record, "ages_unknown")),
        urgency=frozenset(urgency),
        themes=frozenset(theme for theme, _label in attrs.themes),
        keywords=tuple(value for _path, value in attrs.all("keyword")),
        notes=tuple(value for _path, value in attrs.all("note")),
        free_of_charge=attrs.flag(record, "free_of_charge"),
        anonymous=attrs.flag(record, "anonymous"),
        website=text(record, document, "url"),
        email=text(record, document, "email"),
        alert=text(record, document, "alert"),
        alert_until=alert_until,
        assured_date=date_field(record, document, "assured_date"),
        assurer=assurer,
        phones=_phones(record, document, context),
        locations=_locations(record, document, context),
        hours=hours,
        schedule_note=schedule_note,
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
        record.fail("status", translate("hsds", "onbekende status {raw}").format(raw=_preview(raw)))
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
                path, translate("hsds", "onbekende status {value}").format(value=_preview(value))
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
        rounded = value is not None and _rounded(value)
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
                    ).format(path=path, raw=_preview(raw), kind=kind)
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
            ).format(path=path, value=_preview(name or ""), kind=kind)
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
                country=_preview(country)
            ),
        )
    return LocationDraft(
        name=name,
        address_1=text(record, chosen, "address_1", where),
        postal_code=text(record, chosen, "postal_code", where),
        city=text(record, chosen, "city", where),
        country=country.strip().upper(),
    )


# Hours ---------------------------------------------------------------------------------

SCHEDULE_READ = (
    "id",
    "freq",
    "byday",
    "opens_at",
    "closes_at",
    "valid_from",
    "valid_to",
    "dtstart",
    "until",
    "interval",
    "wkst",
    "notes",
    "description",
    "attributes",
    "timezone",
    "count",
    "byweekno",
    "bymonthday",
    "byyearday",
)
SCHEDULE_IGNORED = ("service_id", "location_id", "service_at_location_id", "metadata")
_BYDAY = re.compile(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)")


@lru_cache(maxsize=1024)
def _byday(raw: str) -> tuple[tuple[int, tuple[int, ...]], ...] | str:
    """ "MO,TU" -> ((0, ()), (1, ())); "2TU,4TU" -> ((1, (2, 4)),): each day with the
    numbers before it (which of the month's such days, -1 = the last), in the order
    given; a day also named without a number is every such day. A bad token is returned
    as it is."""
    days: dict[int, list[int] | None] = {}  # None: the day without a number
    for token in (t.strip().upper() for t in raw.split(",")):
        if not token:
            continue
        match = _BYDAY.fullmatch(token)
        if match is None:
            return token
        day = DAYS.index(match[2])
        if match[1] is None:
            days[day] = None
            continue
        numbers = days.setdefault(day, [])
        if numbers is not None and int(match[1]) not in numbers:
            numbers.append(int(match[1]))
    return tuple((day, tuple(numbers or ())) for day, numbers in days.items())


@dataclass(slots=True)
class _Weekly:
    windows: list[Window]
    always_open: bool
    validity: tuple[date | None, date | None]
    notes: str | None


def _hours(
    record: Record, document: Mapping[str, Any], attrs: Attributes, ours: bool
) -> tuple[Hours | None, str | None]:
    sources = [("", document)]
    for index, sal in enumerate(objects(record, document, "service_at_locations")):
        sources.append((f"service_at_locations[{index}].", sal))
    weekly: list[_Weekly] = []
    seen: set[str] = set()
    for prefix, owner in sources:
        for index, schedule in enumerate(objects(record, owner, "schedules", prefix)):
            ident = text(record, schedule, "id", f"{prefix}schedules[{index}].")
            if ident is not None and ident in seen:
                continue
            if ident is not None:
                seen.add(ident)
            read = _schedule(record, schedule, f"{prefix}schedules[{index}].", ours)
            if read is not None:
                weekly.append(read)

    by_appointment = attrs.flag(record, "by_appointment")
    holidays_raw = attrs.one(record, "public_holidays")
    holidays: bool | None = None
    if holidays_raw is not None:
        path, value = holidays_raw
        if value not in ("closed", "open", "unknown"):
            record.fail(
                path,
                translate("hsds", "kenmerk 'public_holidays' moet closed, open of unknown zijn"),
            )
        holidays = {"closed": True, "open": False, "unknown": None}[value]
    zone_raw = attrs.one(record, "timezone")
    zone = DEFAULT_TIMEZONE
    if zone_raw is not None:
        zone = zone_raw[1]
        try:
            if len(zone) > LIMITS["timezone"]:
                raise ValueError(zone)
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            record.fail(
                zone_raw[0],
                translate("hsds", "onbekende tijdzone {zone}").format(zone=_preview(zone)),
            )
    exceptions = tuple(
        sorted(
            (_exception(record, path, value) for path, value in attrs.all("date_exception")),
            key=_exception_order,
        )
    )
    part_raw = attrs.one(record, "always_open_part")
    part = " ".join(part_raw[1].split()) or None if part_raw is not None else None
    if part_raw is not None and part is not None and len(part) > LIMITS["always_open_part"]:
        record.fail(
            part_raw[0],
            translate("hsds", "te lang (hoogstens {most} tekens)").format(
                most=LIMITS["always_open_part"]
            ),
        )
    note = attrs.string(record, "schedule_note")
    if note is None:
        texts = list(dict.fromkeys(w.notes for w in weekly if w.notes))
        note = "\n".join(texts) if texts else None

    validity: tuple[date | None, date | None] = (None, None)
    windows: list[Window] = []
    always_open = False
    if weekly:
        validities = {w.validity for w in weekly}
        if len(validities) > 1:
            record.note(
                translate(
                    "hsds",
                    "schedules: schema's met verschillende geldigheidsperiodes kunnen niet "
                    "samen uitgedrukt worden; de weekuren zijn niet overgenomen (uren "
                    "onbekend)",
                )
            )
        else:
            validity = validities.pop()
            windows = [window for w in weekly for window in w.windows]
            always_open = any(w.always_open for w in weekly)
    else:
        validity = (
            _date_attribute(record, attrs, "hours_valid_from"),
            _date_attribute(record, attrs, "hours_valid_to"),
        )
    if validity[0] and validity[1] and validity[0] > validity[1]:
        record.fail("schedules", translate("hsds", "de uren zijn geldig tot vóór ze geldig worden"))

    has_hours = bool(weekly) or any(
        attrs.all(code)
        for code in (
            "by_appointment",
            "public_holidays",
            "timezone",
            "date_exception",
            "hours_valid_from",
            "hours_valid_to",
            "always_open_part",
        )
    )
    if not has_hours and note is None:
        return None, None
    hours = Hours(
        always_open=always_open,
        by_appointment=bool(by_appointment),
        closed_on_public_holidays=holidays,
        windows=tuple(sorted(windows, key=_window_order)),
        exceptions=exceptions,
        valid_from=validity[0],
        valid_to=validity[1],
        timezone=zone,
        always_open_part=part,
    )
    return hours, note


def _date_attribute(record: Record, attrs: Attributes, code: str) -> date | None:
    found = attrs.one(record, code)
    return parse_date(record, found[1], found[0]) if found else None


def _exception(record: Record, path: str, value: str) -> DateException:
    try:
        data = json.loads(value)
    except ValueError:
        record.fail(path, translate("hsds", "kenmerk 'date_exception' is geen geldige JSON"))
    if not isinstance(data, dict):
        record.fail(path, translate("hsds", "kenmerk 'date_exception' moet een JSON-object zijn"))
    closed = data.get("closed", True)
    if not isinstance(closed, bool):
        record.fail(
            path, translate("hsds", "kenmerk 'date_exception': closed moet true of false zijn")
        )
    day = parse_date(record, data.get("date"), path + " (date)")
    if day is None:
        record.fail(path, translate("hsds", "kenmerk 'date_exception' zonder datum"))
    note = data.get("note")
    if note is not None and not isinstance(note, str):
        record.fail(path, translate("hsds", "kenmerk 'date_exception': note moet tekst zijn"))
    return DateException(
        day=day,
        closed=closed,
        opens_at=parse_time(record, data.get("opens_at"), path + " (opens_at)"),
        closes_at=parse_time(record, data.get("closes_at"), path + " (closes_at)"),
        note=note,
    )


def _exception_order(e: DateException) -> tuple[date, bool, time, time, str]:
    return (e.day, e.closed, e.opens_at or time(0), e.closes_at or time(0), e.note or "")


def _schedule(record: Record, schedule: Mapping[str, Any], path: str, ours: bool) -> _Weekly | None:
    """One HSDS schedule as windows (weekly, by the month, every n weeks); None (noted)
    when it cannot be expressed."""
    attrs = attributes(record, schedule, path, ("window_kind", "always_open"))
    report_rest(record, schedule, _SCHEDULE_USED, path)
    description = text(record, schedule, "description", path)

    def skip(reason: str) -> _Weekly | None:
        shown = f" ({_preview(description)})" if description else ""
        record.note(
            translate("hsds", "{path}: {reason}; dit schema is niet overgenomen{shown}").format(
                path=path[:-1], reason=reason, shown=shown
            )
        )
        return None

    freq = (text(record, schedule, "freq", path) or "").strip().upper() or None
    raw_days = text(record, schedule, "byday", path) or ""
    parsed = _byday(raw_days)
    if isinstance(parsed, str):
        record.fail(
            path + "byday",
            translate("hsds", "{parsed} is geen dag (MO, TU, WE …)").format(
                parsed=_preview(parsed)
            ),
        )
    days = [day for day, _numbers in parsed]
    numbered = {day: numbers for day, numbers in parsed if numbers}
    opens = time_field(record, schedule, "opens_at", path)
    closes = time_field(record, schedule, "closes_at", path)
    dates = dict.fromkeys(_SCHEDULE_DATES)
    if not schedule.keys().isdisjoint(_SCHEDULE_DATES):
        dates = {name: date_field(record, schedule, name, path) for name in _SCHEDULE_DATES}
    interval = number(record, schedule, "interval", path) if "interval" in schedule else None
    if "count" in schedule:
        number(record, schedule, "count", path)
    week_start = (text(record, schedule, "wkst", path) or "MO").strip().upper()
    zone = schedule.get("timezone")
    notes = text(record, schedule, "notes", path) if "notes" in schedule else None
    kind, marks_always_open = "open", False
    if attrs.values:
        kind = attrs.string(record, "window_kind") or "open"
        if kind not in WINDOW_KINDS:
            record.fail(
                path + "attributes",
                translate("hsds", "onbekend soort venster {kind}").format(kind=_preview(kind)),
            )
        marks_always_open = bool(attrs.flag(record, "always_open"))

    if freq not in (None, "WEEKLY", "DAILY", "MONTHLY", "YEARLY", "HOURLY", "MINUTELY", "SECONDLY"):
        record.fail(
            path + "freq",
            translate("hsds", "onbekende frequentie {freq}").format(freq=_preview(freq)),
        )
    if freq is not None and freq not in ("WEEKLY", "DAILY", "MONTHLY"):
        return skip(
            translate("hsds", "herhaling '{freq}' kan niet uitgedrukt worden").format(freq=freq)
        )
    extra = [name for name in _SCHEDULE_RRULE_EXTRA if _present(schedule.get(name))]
    if extra:
        return skip(
            translate("hsds", "herhaling met {extra} kan niet uitgedrukt worden").format(
                extra=", ".join(extra)
            )
        )
    every = 1
    if interval is not None and interval != 1:
        unit = {
            "MONTHLY": translate("hsds", "maanden"),
            "DAILY": translate("hsds", "dagen"),
        }.get(freq or "", translate("hsds", "weken"))
        if freq == "DAILY" or interval < 1 or interval != int(interval):
            return skip(
                translate(
                    "hsds", "herhaling om de {interval:g} {unit} kan niet uitgedrukt worden"
                ).format(interval=interval, unit=unit)
            )
        if interval > (MAX_MONTHS_APART if freq == "MONTHLY" else MAX_WEEKS_APART):
            return skip(
                translate(
                    "hsds", "herhaling om de {interval:g} {unit}: hoogstens eens per jaar"
                ).format(interval=interval, unit=unit)
            )
        every = int(interval)
    if numbered and freq != "MONTHLY":
        return skip(
            translate(
                "hsds", "dagen met een volgnummer (1SA …) gelden enkel maandelijks (freq MONTHLY)"
            )
        )
    if any(not (1 <= abs(n) <= 5) for numbers in numbered.values() for n in numbers):
        return skip(
            translate("hsds", "een volgnummer van een dag in de maand ligt tussen -5 en 5 (niet 0)")
        )
    if freq == "MONTHLY" and every != 1 and len(numbered) < len(days):
        return skip(
            translate(
                "hsds", "herhaling om de {every} maanden op elke dag kan niet uitgedrukt worden"
            ).format(every=every)
        )
    if every != 1 and freq != "MONTHLY" and week_start != "MO":
        return skip(
            translate(
                "hsds", "herhaling om de {every} weken met een week vanaf {week_start}"
            ).format(every=every, week_start=week_start)
        )
    if freq == "DAILY":
        days = days or list(range(7))
    if not days and dates["dtstart"] is not None and freq == "WEEKLY" and every == 1:
        days = [dates["dtstart"].weekday()]
    if not days:
        return skip(translate("hsds", "geen dagen (byday) opgegeven"))
    if opens is None or closes is None:
        return skip(translate("hsds", "geen begin- of einduur (opens_at, closes_at)"))
    if _present(zone):
        record.note(
            translate(
                "hsds", "{path}timezone {zone} niet overgenomen; uren gelezen als plaatselijke tijd"
            ).format(path=path, zone=_preview(zone))
        )
    # With a rule, dtstart is where it starts counting (the first Monday from then on, every
    # other week from that week on); without one it only says from when the hours hold.
    ruled = bool(numbered) or every != 1
    anchor = dates["dtstart"] if ruled else None
    if every != 1 and anchor is None:
        anchor = dates["valid_from"]  # the first day the hours hold is the first week
        if anchor is None:
            return skip(
                translate(
                    "hsds",
                    "herhaling om de {every} {unit} zonder begindatum (dtstart) kan niet "
                    "uitgedrukt worden",
                ).format(
                    every=every,
                    unit=translate("hsds", "maanden") if numbered else translate("hsds", "weken"),
                )
            )
    starts = [d for d in (dates["valid_from"], None if ruled else dates["dtstart"]) if d]
    ends = [d for d in (dates["valid_to"], dates["until"]) if d is not None]
    validity = (max(starts) if starts else None, min(ends) if ends else None)
    if marks_always_open or (
        not ours
        and not ruled
        and len(days) == 7
        and opens == time(0)
        and closes in (time(23, 59), time(0))
    ):
        return _Weekly([], True, validity, notes)
    windows = [
        Window(day, opens, closes, kind, numbered.get(day, ()), every, anchor)
        if day in numbered or every != 1
        else Window(day, opens, closes, kind)  # "MO" beside "1TU": every Monday
        for day in days
    ]
    return _Weekly(windows, False, validity, notes)


_SCHEDULE_DATES = ("valid_from", "valid_to", "dtstart", "until")
_SCHEDULE_RRULE_EXTRA = ("count", "byweekno", "bymonthday", "byyearday")
_SERVICE_USED = frozenset((*SERVICE_READ, *SERVICE_IGNORED))
_ORGANIZATION_USED = frozenset((*ORGANIZATION_READ, *ORGANIZATION_IGNORED))
_PHONE_USED = frozenset((*PHONE_READ, *PHONE_IGNORED))
_SAL_USED = frozenset((*SAL_READ, *SAL_IGNORED, "attributes"))
_LOCATION_USED = frozenset((*LOCATION_READ, *LOCATION_IGNORED, "attributes"))
_ADDRESS_USED = frozenset((*ADDRESS_READ, *ADDRESS_IGNORED, "attributes"))
_SCHEDULE_USED = frozenset((*SCHEDULE_READ, *SCHEDULE_IGNORED))


# Comparing ------------------------------------------------------------------------------


def canonical(draft: ServiceDraft) -> ServiceDraft:
    """The same content in one fixed order (windows and exceptions sorted)."""
    if draft.hours is None:
        return draft
    hours = replace(
        draft.hours,
        windows=tuple(sorted(draft.hours.windows, key=_window_order)),
        exceptions=tuple(sorted(draft.hours.exceptions, key=_exception_order)),
    )
    return replace(draft, hours=hours)


def themes_in(services: Sequence[MappedService]) -> dict[str, str]:
    labels: dict[str, str] = {}
    for service in services:
        for key, label in service.themes:
            labels.setdefault(key, label)
    return labels
