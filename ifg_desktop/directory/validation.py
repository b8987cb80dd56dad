"""What a coordinator types, checked field by field before anything is saved.

Each check returns a sentence in the language in use saying what is wrong (None when all is
well), so the editor can show it beside the field and the domain can refuse the same draft
with the same words. ``validate_draft`` gathers them: ``{field name: message}``, empty when
the draft may be saved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, time, timedelta
from math import gcd

from ifg_desktop.directory import describe
from ifg_desktop.directory.availability import (
    MAX_MONTHS_APART,
    MAX_WEEKS_APART,
    DateException,
    Hours,
    Window,
)

# One address at a time (the editor checks a field as it is left): kept where they were.
from ifg_desktop.directory.contact_checks import email_problem as email_problem
from ifg_desktop.directory.contact_checks import normalize_website as normalize_website
from ifg_desktop.directory.contact_checks import website_problem as website_problem
from ifg_desktop.directory.drafts import ServiceDraft
from ifg_desktop.directory.phones import PhoneError, normalize_phone
from ifg_desktop.directory.service_fields import BY_NAME, SERVICE_FIELDS, Kind
from ifg_desktop.directory.text import unsafe_character
from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ifg_desktop.models import ServiceStatus, Urgency, WindowKind

# The start of a pregnancy: the earliest a service can be for (see seed_data/README.md).
PREGNANCY_MONTHS = -9
OLDEST_MONTHS = 130 * 12

_KEY = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$")
_BELGIAN_POSTAL_CODE = re.compile(r"^[1-9]\d{3}$")

AGES = "ages"  # the one message for the age range (minimum and maximum together)

# The most characters each text of a service may have: an import, the editor and the
# detail pane all go by this one table. Where the column has a size, the limit is that
# size (PostgreSQL refuses more); otherwise it is what a front desk can still read.
# The texts of the service itself are the registry's (service_fields.py); here those nested
# in its lists and parts.
_SERVICE_TEXTS = tuple(f for f in SERVICE_FIELDS if f.kind is Kind.TEXT and f.limit)
TEXT_LIMITS: dict[str, int] = {
    **{f.name: f.limit for f in _SERVICE_TEXTS if f.limit},
    "keyword": 200,
    "note": 1_000,
    "organization.key": 80,
    "organization.name": 200,
    "organization.description": 20_000,
    "organization.website": 500,
    "organization.email": 200,
    "phone.number": 40,
    "phone.label": 100,
    "phone.description": 500,
    "location.name": 200,
    "location.address_1": 200,
    "location.postal_code": 20,
    "location.city": 100,
    "location.country": 2,
    "hours.always_open_part": 120,
    "hours.timezone": 64,
    "hours.exception_note": 500,
}
# The most items of each list of a service.
COUNT_LIMITS: dict[str, int] = {"keywords": 200, "notes": 100, "phones": 50, "locations": 50}

# The names of the texts that are no field of the service's own (those are the registry's).
TEXT_LABELS: dict[str, str] = {
    "keyword": QT_TRANSLATE_NOOP("validation", "trefwoord"),
    "note": QT_TRANSLATE_NOOP("validation", "aandachtspunt"),
    "organization.key": QT_TRANSLATE_NOOP("validation", "sleutel van de organisatie"),
    "organization.name": QT_TRANSLATE_NOOP("validation", "naam van de organisatie"),
    "organization.description": QT_TRANSLATE_NOOP("validation", "beschrijving van de organisatie"),
    "organization.website": QT_TRANSLATE_NOOP("validation", "webadres van de organisatie"),
    "organization.email": QT_TRANSLATE_NOOP("validation", "e-mailadres van de organisatie"),
    "phone.number": QT_TRANSLATE_NOOP("validation", "telefoonnummer"),
    "phone.label": QT_TRANSLATE_NOOP("validation", "naam bij het telefoonnummer"),
    "phone.description": QT_TRANSLATE_NOOP("validation", "uitleg bij het telefoonnummer"),
    "location.name": QT_TRANSLATE_NOOP("validation", "naam van het adres"),
    "location.address_1": QT_TRANSLATE_NOOP("validation", "straat en nummer"),
    "location.postal_code": QT_TRANSLATE_NOOP("validation", "postcode"),
    "location.city": QT_TRANSLATE_NOOP("validation", "gemeente"),
    "location.country": QT_TRANSLATE_NOOP("validation", "land"),
    "hours.always_open_part": QT_TRANSLATE_NOOP(
        "validation", "deel dat dag en nacht bereikbaar is"
    ),
    "hours.timezone": QT_TRANSLATE_NOOP("validation", "tijdzone"),
    "hours.exception_note": QT_TRANSLATE_NOOP("validation", "opmerking bij een afwijkende datum"),
}


def _texts(draft: ServiceDraft) -> Iterator[tuple[str, str, str | None]]:
    """(field of the draft, entry of TEXT_LIMITS, text) for every text a draft holds."""
    for field in _SERVICE_TEXTS:
        yield field.name, field.name, getattr(draft, field.name)
    for word in draft.keywords:
        yield "keywords", "keyword", word
    for note in draft.notes:
        yield "notes", "note", note
    organization = draft.organization
    if organization is not None:
        for name in ("key", "name", "description", "website", "email"):
            yield "organization", f"organization.{name}", getattr(organization, name)
    for phone in draft.phones:
        for name in ("number", "label", "description"):
            yield "phones", f"phone.{name}", getattr(phone, name)
    for location in draft.locations:
        for name in ("name", "address_1", "postal_code", "city", "country"):
            yield "locations", f"location.{name}", getattr(location, name)
    hours = draft.hours
    if hours is not None:
        yield "hours", "hours.always_open_part", hours.always_open_part
        yield "hours", "hours.timezone", hours.timezone
        for exception in hours.exceptions:
            yield "hours", "hours.exception_note", exception.note


def text_label(entry: str) -> str:
    """The name of a text (``entry`` of TEXT_LIMITS) for people, in the language in use."""
    field = BY_NAME.get(entry)
    if field is not None:
        return field.display_label
    return translate("validation", TEXT_LABELS.get(entry, entry))


def text_problem(entry: str, value: str) -> str | None:
    """What is wrong with one text (``entry`` of TEXT_LIMITS): too long, or a character
    that is not text; in a few Dutch words, starting with the field's name."""
    label = text_label(entry)
    maximum = TEXT_LIMITS.get(entry)
    if maximum is not None and len(value) > maximum:
        return translate(
            "validation", "{label}: te lang ({count} tekens, hoogstens {most})"
        ).format(label=label, count=len(value), most=maximum)
    unsafe = unsafe_character(value)
    if unsafe is not None:
        return f"{label} {unsafe}"
    return None


def text_problems(draft: ServiceDraft, *, key: bool = True) -> dict[str, str]:
    """Every text of a draft too long or holding a control character, and every list too
    long: ``{field of the draft: what is wrong}``, the first problem of each field.
    ``key=False``: an existing service's key is not the editor's to change."""
    problems: dict[str, str] = {}
    for field, entry, value in _texts(draft):
        if field in problems or not value or (field == "key" and not key):
            continue
        message = text_problem(entry, value)
        if message is not None:
            problems[field] = message
    for field, maximum in COUNT_LIMITS.items():
        count = len(getattr(draft, field))
        if field not in problems and count > maximum:
            problems[field] = translate(
                "validation", "{label}: te veel ({count}, hoogstens {most})"
            ).format(label=text_label(field), count=count, most=maximum)
    return problems


def key_problem(key: str) -> str | None:
    if not _KEY.match(key):
        return translate(
            "validation",
            "De sleutel bestaat uit kleine letters, cijfers en koppeltekens "
            "(bijvoorbeeld 'caw-antwerpen'), hoogstens 80 tekens.",
        )
    return None


def phone_problem(text: str) -> tuple[str | None, str | None]:
    """(stored form, None) for a number that can be called, (None, message) otherwise."""
    if not text.strip():
        return None, translate("validation", "Vul een telefoonnummer in of verwijder de lege rij.")
    try:
        return normalize_phone(text), None
    except PhoneError as error:
        return None, str(error)


def age_problem(minimum: int | None, maximum: int | None, unknown: bool) -> str | None:
    if unknown:
        if minimum is not None or maximum is not None:
            return translate(
                "validation", "De leeftijden zijn ofwel onbekend, ofwel ingevuld: niet allebei."
            )
        return None
    for bound in (minimum, maximum):
        if bound is not None and bound < PREGNANCY_MONTHS:
            return translate(
                "validation", "Een leeftijd kan niet vroeger beginnen dan de zwangerschap."
            )
        if bound is not None and bound > OLDEST_MONTHS:
            return translate(
                "validation", "Een leeftijd van meer dan 130 jaar is niet realistisch."
            )
    if minimum is not None and maximum is not None and minimum > maximum:
        return translate(
            "validation",
            "De minimumleeftijd ({minimum}) ligt boven de maximumleeftijd ({maximum}).",
        ).format(
            minimum=describe.age_range(minimum, None), maximum=describe.age_range(None, maximum)
        )
    return None


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


WEEK = 7 * 24 * 60


def _span(window: Window) -> tuple[int, int]:
    """Minutes since Monday 00:00; a window past midnight ends the next day."""
    start = window.weekday * 24 * 60 + _minutes(window.opens_at)
    length = (_minutes(window.closes_at) - _minutes(window.opens_at)) % (24 * 60) or 24 * 60
    return start, start + length


def _window_text(window: Window) -> str:
    text = (
        f"{describe.weekday_long(window.weekday)} {window.opens_at:%H:%M}–{window.closes_at:%H:%M}"
    )
    if window.closes_at <= window.opens_at:
        text += " " + translate("describe", "(tot de volgende dag)")
    return text


def overlapping_windows(windows: Iterable[Window]) -> list[tuple[Window, Window]]:
    """Pairs of windows of the same kind that share a moment (the week wraps around)."""
    found = []
    listed = list(windows)
    for i, first in enumerate(listed):
        a_start, a_end = _span(first)
        for second in listed[i + 1 :]:
            if second.kind != first.kind:
                continue  # walk-in moments inside opening hours are normal
            if not _may_fall_on_one_day(first, second):
                continue  # the first and the third Monday of the month, say
            b_start, b_end = _span(second)
            if any(
                a_start < b_end + shift and b_start + shift < a_end for shift in (-WEEK, 0, WEEK)
            ):
                found.append((first, second))
    return found


# The positions a weekday counted from the month's end can have counted from its start
# (the last Monday is the fourth or the fifth).
_FROM_THE_END = {-1: {4, 5}, -2: {3, 4}, -3: {2, 3}, -4: {1, 2}, -5: {1}}


def _may_fall_on_one_day(first: Window, second: Window) -> bool:
    """Whether two windows' rules can meet on one date; overnight windows are taken to."""
    if first.closes_at <= first.opens_at or second.closes_at <= second.opens_at:
        return True
    if first.ordinals and second.ordinals and first.interval == second.interval == 1:
        return any(_same_position(a, b) for a in first.ordinals for b in second.ordinals)
    if first.ordinals or second.ordinals:
        return True
    if first.anchor is None or second.anchor is None:
        return True
    # Every n weeks from an anchor's week: two rules meet only in a common week.
    weeks_apart = (_monday_of(first.anchor) - _monday_of(second.anchor)).days // 7
    return weeks_apart % gcd(first.interval, second.interval) == 0


def _monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _same_position(a: int, b: int) -> bool:
    if a == b:
        return True
    if a > 0 > b:
        return a in _FROM_THE_END.get(b, set())
    if b > 0 > a:
        return b in _FROM_THE_END.get(a, set())
    return False


def _exception_problem(exception: DateException) -> str | None:
    when = exception.day.strftime("%d-%m-%Y")
    if exception.closed:
        return None
    if exception.opens_at is None or exception.closes_at is None:
        return translate(
            "validation", "Op {date}: geef een begin- en einduur, of duid 'gesloten' aan."
        ).format(date=when)
    return None


def hours_problem(hours: Hours | None) -> str | None:
    if hours is None:
        return None
    kinds = {kind.value for kind in WindowKind}
    for window in hours.windows:
        if not 0 <= window.weekday <= 6 or window.kind not in kinds:
            return translate("validation", "Een venster heeft een onbekende dag of soort.")
        rarest = MAX_MONTHS_APART if window.ordinals else MAX_WEEKS_APART
        if not 1 <= window.interval <= rarest:
            return translate(
                "validation",
                "Een venster herhaalt hoogstens eens per jaar (om de 52 weken, 12 maanden).",
            )
    overlaps = overlapping_windows(hours.windows)
    if overlaps:
        first, second = overlaps[0]
        text = translate("validation", "{first} overlapt met {second}.").format(
            first=_window_text(first), second=_window_text(second)
        )
        return text[0].upper() + text[1:]
    seen: set[date] = set()
    for exception in hours.exceptions:
        if exception.day in seen:
            return translate(
                "validation", "{date} staat meer dan eens bij de uitzonderingen."
            ).format(date=f"{exception.day:%d-%m-%Y}")
        seen.add(exception.day)
        problem = _exception_problem(exception)
        if problem:
            return problem
    if hours.valid_from and hours.valid_to and hours.valid_from > hours.valid_to:
        return translate("validation", "De uren gelden 'vanaf' een datum na hun 'tot'-datum.")
    if hours.always_open_part is not None and len(hours.always_open_part) > PART_MAX_LENGTH:
        return translate(
            "validation", "Het deel dat dag en nacht bereikbaar is: hoogstens {most} tekens."
        ).format(most=PART_MAX_LENGTH)
    if hours.always_open_part is not None and hours.always_open:
        return translate(
            "validation",
            "Een dienst die zelf dag en nacht open is, heeft geen apart deel dat het is.",
        )
    return None


# The part of a service reachable day and night ("crisisopvang"): the column's length.
PART_MAX_LENGTH = 120


def validate_draft(draft: ServiceDraft, *, new: bool = False) -> dict[str, str]:
    """Every problem of a draft, by field name (``AGES`` for the age range)."""
    problems: dict[str, str] = {}

    def add(field: str, message: str | None) -> None:
        if message and field not in problems:
            problems[field] = message

    if new:
        add("key", key_problem(draft.key))
    if not draft.name.strip():
        add("name", translate("validation", "Een dienst heeft een naam."))
    elif len(draft.name) > 200:
        add("name", translate("validation", "Een naam heeft hoogstens 200 tekens."))
    if draft.alternate_name and len(draft.alternate_name) > 200:
        add(
            "alternate_name",
            translate("validation", "Een andere naam heeft hoogstens 200 tekens."),
        )
    if draft.status not in {status.value for status in ServiceStatus}:
        add(
            "status",
            translate("validation", "Onbekende status '{status}'.").format(status=draft.status),
        )
    unknown_levels = draft.urgency - {level.value for level in Urgency}
    if unknown_levels:
        add(
            "urgency",
            translate("validation", "Onbekende urgentie: {levels}.").format(
                levels=", ".join(sorted(unknown_levels))
            ),
        )
    if draft.organization is not None:
        add("organization", key_problem(draft.organization.key))
        if not draft.organization.name.strip():
            add("organization", translate("validation", "Een organisatie heeft een naam."))
    for position, phone in enumerate(draft.phones, start=1):
        stored, message = phone_problem(phone.number)
        if message:
            add(
                "phones",
                translate("validation", "Nummer {position}: {problem}").format(
                    position=position, problem=message
                ),
            )
        elif stored != phone.number:
            add(
                "phones",
                translate(
                    "validation", "Nummer {position} staat niet in de bewaarde vorm ({stored})."
                ).format(position=position, stored=stored),
            )
    for checked in SERVICE_FIELDS:
        if checked.check is not None:
            add(checked.name, checked.check(getattr(draft, checked.name)))
    add(AGES, age_problem(draft.minimum_age_months, draft.maximum_age_months, draft.ages_unknown))
    add("hours", hours_problem(draft.hours))
    if any(not word.strip() for word in draft.keywords):
        add("keywords", translate("validation", "Een trefwoord is leeg."))
    if any(not note.strip() for note in draft.notes):
        add("notes", translate("validation", "Een aandachtspunt is leeg."))
    if draft.alert_until is not None and not (draft.alert or "").strip():
        add(
            "alert",
            translate("validation", "Een einddatum zonder waarschuwing: vul de waarschuwing in."),
        )
    for field, message in text_problems(draft, key=new).items():
        add(field, message[:1].upper() + message[1:] + ".")
    for location in draft.locations:
        code = location.postal_code
        if location.country == "BE" and code and not _BELGIAN_POSTAL_CODE.match(code):
            add(
                "locations",
                translate("validation", "'{code}' is geen Belgische postcode.").format(
                    code=location.postal_code
                ),
            )
        if not any((location.name, location.address_1, location.postal_code, location.city)):
            add("locations", translate("validation", "Een adres is helemaal leeg."))
        if not re.match(r"^[A-Z]{2}$", location.country):
            add(
                "locations",
                translate("validation", "'{code}' is geen landcode (zoals BE).").format(
                    code=location.country
                ),
            )
    return problems
