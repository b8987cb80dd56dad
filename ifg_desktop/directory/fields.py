"""A service's fields one by one: as JSON for the trail, in words for people, and compared.

The trail (``audit.py``) stores each changed field of a ``ServiceDraft`` as JSON text, so
that any earlier value can be put back exactly. Encoding is canonical (sorted sets, weekly
windows in week order), so two drafts that mean the same thing compare equal.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date, time
from typing import Any

from ifg_desktop.directory import describe
from ifg_desktop.directory.availability import DateException, Hours, Window, window_order
from ifg_desktop.directory.drafts import LocationDraft, OrganizationDraft, PhoneDraft, ServiceDraft
from ifg_desktop.directory.phones import format_phone
from ifg_desktop.directory.service_fields import BY_NAME, SERVICE_FIELDS, TRACKED, Kind
from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate

# The pseudo-field an archive or a restore is recorded under.
ARCHIVED = "archived"

# Every field of a draft the trail follows: all but the key, which names the service.
TRACKED_FIELDS: tuple[str, ...] = TRACKED

# The trail's one line for a service that came in with an import: the file's name.
IMPORTED_FROM = "imported_from"

# A term of the search vocabulary (vocabulary.py), kept under resource type "search_term":
# JSON {"finds": [directory words], "flags": [checklist item keys]}; None = no such term.
SEARCH_TERM = "zoekterm"

# What the trail records beside the fields of a service (those are named by the registry,
# service_fields.py).
FIELD_LABELS = {
    IMPORTED_FROM: QT_TRANSLATE_NOOP("fields", "ingevoerd uit bestand"),
    ARCHIVED: QT_TRANSLATE_NOOP("fields", "gearchiveerd"),
    "password": QT_TRANSLATE_NOOP("fields", "coördinatorwachtwoord"),
    SEARCH_TERM: QT_TRANSLATE_NOOP("fields", "Zoekterm"),
}


def field_label(name: str) -> str:
    """A field's name for people, in the language in use (the field's own name if unknown)."""
    field = BY_NAME.get(name)
    if field is not None:
        return field.display_label
    return translate("fields", FIELD_LABELS.get(name, name))


# -- to JSON and back ----------------------------------------------------------------------


def _time_text(value: time | None) -> str | None:
    return None if value is None else value.strftime("%H:%M")


def _window_plain(window: Window) -> dict[str, Any]:
    plain: dict[str, Any] = {
        "weekday": window.weekday,
        "opens": _time_text(window.opens_at),
        "closes": _time_text(window.closes_at),
        "kind": window.kind,
    }
    # Only a rule beyond every week: a weekly window reads as it always has in the trail.
    if window.ordinals:
        plain["ordinals"] = list(window.ordinals)
    if window.interval != 1:
        plain["interval"] = window.interval
    if window.anchor is not None:
        plain["anchor"] = window.anchor.isoformat()
    return plain


def _hours_plain(hours: Hours | None) -> dict[str, Any] | None:
    if hours is None:
        return None
    windows = sorted(hours.windows, key=window_order)
    exceptions = sorted(hours.exceptions, key=lambda e: (e.day, e.opens_at or time(0)))
    return {
        "always_open": hours.always_open,
        "by_appointment": hours.by_appointment,
        "closed_on_public_holidays": hours.closed_on_public_holidays,
        "windows": [_window_plain(w) for w in windows],
        "exceptions": [
            {
                "date": e.day.isoformat(),
                "closed": e.closed,
                "opens": _time_text(e.opens_at),
                "closes": _time_text(e.closes_at),
                "note": e.note,
            }
            for e in exceptions
        ],
        "valid_from": hours.valid_from.isoformat() if hours.valid_from else None,
        "valid_to": hours.valid_to.isoformat() if hours.valid_to else None,
        "timezone": hours.timezone,
        "always_open_part": hours.always_open_part,
    }


def _hours_from(plain: dict[str, Any] | None) -> Hours | None:
    if plain is None:
        return None
    return Hours(
        always_open=plain["always_open"],
        by_appointment=plain["by_appointment"],
        closed_on_public_holidays=plain["closed_on_public_holidays"],
        windows=tuple(
            Window(
                w["weekday"],
                time.fromisoformat(w["opens"]),
                time.fromisoformat(w["closes"]),
                w["kind"],
                tuple(w.get("ordinals", ())),
                w.get("interval", 1),
                date.fromisoformat(w["anchor"]) if w.get("anchor") else None,
            )
            for w in plain["windows"]
        ),
        exceptions=tuple(
            DateException(
                date.fromisoformat(e["date"]),
                e["closed"],
                time.fromisoformat(e["opens"]) if e["opens"] else None,
                time.fromisoformat(e["closes"]) if e["closes"] else None,
                e["note"],
            )
            for e in plain["exceptions"]
        ),
        valid_from=date.fromisoformat(plain["valid_from"]) if plain["valid_from"] else None,
        valid_to=date.fromisoformat(plain["valid_to"]) if plain["valid_to"] else None,
        # Not in what audit entries written before 0004 hold.
        always_open_part=plain.get("always_open_part"),
        timezone=plain["timezone"],
    )


def _date_plain(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date_from(plain: str | None) -> date | None:
    return date.fromisoformat(plain) if plain else None


def _same(value: Any) -> Any:
    return value


# How each kind of value is kept in the trail and read back; the compound ones below.
_KIND_TO_PLAIN: dict[Kind, Callable[[Any], Any]] = {
    Kind.DATE: _date_plain,
    Kind.TEXTS: list,
    Kind.CODES: sorted,
}
_KIND_FROM_PLAIN: dict[Kind, Callable[[Any], Any]] = {
    Kind.DATE: _date_from,
    Kind.TEXTS: tuple,
    Kind.CODES: frozenset,
}

_TO_PLAIN: dict[str, Callable[[Any], Any]] = {
    **{f.name: _KIND_TO_PLAIN[f.kind] for f in SERVICE_FIELDS if f.kind in _KIND_TO_PLAIN},
    "organization": lambda o: (
        None
        if o is None
        else {
            "key": o.key,
            "name": o.name,
            "description": o.description,
            "website": o.website,
            "email": o.email,
        }
    ),
    "phones": lambda phones: [
        {"number": p.number, "label": p.label, "description": p.description, "free": p.free}
        for p in phones
    ],
    "locations": lambda locations: [
        {
            "name": loc.name,
            "address_1": loc.address_1,
            "postal_code": loc.postal_code,
            "city": loc.city,
            "country": loc.country,
        }
        for loc in locations
    ],
    "hours": _hours_plain,
}

_FROM_PLAIN: dict[str, Callable[[Any], Any]] = {
    **{f.name: _KIND_FROM_PLAIN[f.kind] for f in SERVICE_FIELDS if f.kind in _KIND_FROM_PLAIN},
    "organization": lambda o: None if o is None else OrganizationDraft(**o),
    "phones": lambda phones: tuple(PhoneDraft(**p) for p in phones),
    "locations": lambda locations: tuple(LocationDraft(**loc) for loc in locations),
    "hours": _hours_from,
}


def to_json(field: str, value: Any) -> str:
    """The canonical JSON text of one field's value."""
    plain = _TO_PLAIN.get(field, _same)(value)
    return json.dumps(plain, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def from_json(field: str, text: str | None) -> Any:
    """The draft value back from its JSON text; None when there was no value at all."""
    if text is None:
        return None
    plain = json.loads(text)
    decode = _FROM_PLAIN.get(field)
    return plain if decode is None else decode(plain)


def changed_fields(
    before: ServiceDraft | None, after: ServiceDraft
) -> list[tuple[str, str | None, str]]:
    """(field, old JSON, new JSON) for every field that differs.

    For a new service (``before`` None) the fields filled in, that is, those that differ
    from a blank draft, with None as their old value: there was none.
    """
    blank = ServiceDraft(key=after.key, name="")
    changes: list[tuple[str, str | None, str]] = []
    for field in TRACKED_FIELDS:
        new = to_json(field, getattr(after, field))
        old = to_json(field, getattr(before or blank, field))
        if old != new:
            changes.append((field, None if before is None else old, new))
    return changes


# -- in words ------------------------------------------------------------------------------

# The Dutch text; shown as ``empty_text()`` in the language in use.
EMPTY = QT_TRANSLATE_NOOP("fields", "(leeg)")


def empty_text() -> str:
    """What a history shows for no value: "(leeg)"."""
    return translate("fields", EMPTY)


def _yes_no(value: bool) -> str:
    return translate("fields", "ja") if value else translate("fields", "nee")


def _yes_no_unknown(value: bool | None) -> str:
    return translate("fields", "onbekend") if value is None else _yes_no(value)


def _hours_text(hours: Hours | None) -> str:
    if hours is None:
        return translate("fields", "onbekend")
    parts = []
    if hours.always_open:
        parts.append(translate("fields", "24 op 7"))
    if hours.always_open_part:
        parts.append(translate("fields", "{part} dag en nacht").format(part=hours.always_open_part))
    if hours.by_appointment:
        parts.append(translate("fields", "op afspraak"))
    if hours.windows:
        days = [
            f"{describe.weekday_short(day)} {text}"
            for day, text in describe.week_lines(hours)
            if text != translate("describe", "gesloten")  # as week_lines says it
        ]
        if not hours.always_open:
            parts.append("; ".join(days))
    holidays = {
        True: translate("fields", "feestdagen gesloten"),
        False: translate("fields", "feestdagen open"),
        None: translate("fields", "feestdagen onbekend"),
    }[hours.closed_on_public_holidays]
    parts.append(holidays)
    for exception in hours.exceptions:
        when = exception.day.strftime("%d-%m-%Y")
        if exception.closed or exception.opens_at is None or exception.closes_at is None:
            parts.append(translate("fields", "{date} gesloten").format(date=when))
        else:
            parts.append(
                f"{when} {_time_text(exception.opens_at)}–{_time_text(exception.closes_at)}"
            )
    return ", ".join(parts) if parts else translate("fields", "onbekend")


def search_term_text(finds: Iterable[str], flags: Iterable[str]) -> str:
    """ "vindt: partnergeweld, intrafamiliaal geweld; signalen: wurging" """
    parts = []
    found, named = [str(word) for word in finds], [str(key) for key in flags]
    if found:
        parts.append(translate("fields", "vindt: {words}").format(words=", ".join(found)))
    if named:
        parts.append(translate("fields", "signalen: {flags}").format(flags=", ".join(named)))
    return "; ".join(parts) or empty_text()


def _search_term_text(value: Any) -> str:
    if not isinstance(value, dict):
        return str(value)
    return search_term_text(value.get("finds") or (), value.get("flags") or ())


def value_text(field: str, text: str | None) -> str:
    """One stored value, as a coordinator reads it in the history."""
    if text is None:
        return empty_text()
    value = from_json(field, text)
    if field == SEARCH_TERM:
        return _search_term_text(value)
    kind = BY_NAME[field].kind if field in BY_NAME else None
    in_words = BY_NAME[field].words if field in BY_NAME else None
    if in_words is not None and value:
        return in_words(value)
    if kind is Kind.MAYBE:
        return _yes_no_unknown(value)
    if value is None or value == () or value == frozenset() or value == "":
        return empty_text()
    if field == "password":  # what auth.py recorded: "ingesteld", "gewijzigd", …
        return translate("fields", str(value))
    if field == "professional_only":
        return (
            translate("fields", "enkel professionals")
            if value
            else translate("fields", "cliënten zelf")
        )
    if kind is Kind.FLAG or field == ARCHIVED:
        return _yes_no(bool(value))
    if field == "status":
        return describe.status_label(value)
    if field == "minimum_age_months":
        return describe.age_range(value, None)
    if field == "maximum_age_months":
        return describe.age_range(None, value)
    if field == "urgency":
        return ", ".join(describe.urgency_label(level) for level in sorted(value))
    if field in ("themes", "keywords"):
        return ", ".join(sorted(value) if field == "themes" else value)
    if field == "notes":
        return "; ".join(value)
    if kind is Kind.DATE:
        return str(value.strftime("%d-%m-%Y"))
    if field == "organization":
        return str(value.name)
    if field == "phones":
        return ", ".join(
            format_phone(p.number) + (f" ({p.label})" if p.label else "") for p in value
        )
    if field == "locations":
        return "; ".join(
            ", ".join(
                part
                for part in (loc.address_1, " ".join(x for x in (loc.postal_code, loc.city) if x))
                if part
            )
            or (loc.name or empty_text())
            for loc in value
        )
    if field == "hours":
        return _hours_text(value)
    return str(value)
