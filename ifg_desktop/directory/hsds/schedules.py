"""Opening hours both ways: our ``Hours`` as HSDS schedules and attributes, and back.

Export writes one HSDS schedule per group of weekdays with the same hours (their
description in Dutch, whatever language the window speaks), and what HSDS has no place
for (by appointment, public holidays, date exceptions …) as our attributes. Import reads
weekly, monthly and every-n-weeks schedules; one that cannot be expressed is noted and
left out, never silently dropped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
from functools import lru_cache
from typing import Any
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
from ifg_desktop.directory.hsds import vocabulary as v
from ifg_desktop.directory.hsds.field_readers import (
    LIMITS,
    Attributes,
    Record,
    attributes,
    date_field,
    number,
    objects,
    parse_date,
    parse_time,
    present,
    preview,
    report_rest,
    text,
    time_field,
)
from ifg_desktop.directory.hsds.values import attribute_document, compact
from ifg_desktop.i18n import in_source_language, translate

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAYS_NL = ("ma", "di", "wo", "do", "vr", "za", "zo")
WINDOW_KINDS = ("open", "phone", "walk_in")
DEFAULT_TIMEZONE = "Europe/Brussels"


# Export ---------------------------------------------------------------------------------


def clock(moment: time) -> str:
    return moment.strftime("%H:%M" if moment.second == 0 else "%H:%M:%S")


def hours_attributes(hours: Hours) -> list[tuple[str, str]]:
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


def schedule_documents(sid: str, hours: Hours) -> list[dict[str, Any]]:
    """One HSDS schedule per group of weekdays with the same hours (and kind, and rule:
    "1MO,-1FR" monthly, every n weeks from a dtstart)."""
    groups: list[tuple[tuple[object, ...], list[Window]]] = []
    for window in sorted(hours.windows, key=window_order):
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
            compact(
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
                        attribute_document(schedule_id, i, code, value)
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


# Import ---------------------------------------------------------------------------------

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


def read_hours(
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
                translate("hsds", "onbekende tijdzone {zone}").format(zone=preview(zone)),
            )
    exceptions = tuple(
        sorted(
            (_exception(record, path, value) for path, value in attrs.all("date_exception")),
            key=exception_order,
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
        windows=tuple(sorted(windows, key=window_order)),
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


def exception_order(e: DateException) -> tuple[date, bool, time, time, str]:
    return (e.day, e.closed, e.opens_at or time(0), e.closes_at or time(0), e.note or "")


def _schedule(record: Record, schedule: Mapping[str, Any], path: str, ours: bool) -> _Weekly | None:
    """One HSDS schedule as windows (weekly, by the month, every n weeks); None (noted)
    when it cannot be expressed."""
    attrs = attributes(record, schedule, path, ("window_kind", "always_open"))
    report_rest(record, schedule, _SCHEDULE_USED, path)
    description = text(record, schedule, "description", path)

    def skip(reason: str) -> _Weekly | None:
        shown = f" ({preview(description)})" if description else ""
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
            translate("hsds", "{parsed} is geen dag (MO, TU, WE …)").format(parsed=preview(parsed)),
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
                translate("hsds", "onbekend soort venster {kind}").format(kind=preview(kind)),
            )
        marks_always_open = bool(attrs.flag(record, "always_open"))

    if freq not in (None, "WEEKLY", "DAILY", "MONTHLY", "YEARLY", "HOURLY", "MINUTELY", "SECONDLY"):
        record.fail(
            path + "freq",
            translate("hsds", "onbekende frequentie {freq}").format(freq=preview(freq)),
        )
    if freq is not None and freq not in ("WEEKLY", "DAILY", "MONTHLY"):
        return skip(
            translate("hsds", "herhaling '{freq}' kan niet uitgedrukt worden").format(freq=freq)
        )
    extra = [name for name in _SCHEDULE_RRULE_EXTRA if present(schedule.get(name))]
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
    if present(zone):
        record.note(
            translate(
                "hsds", "{path}timezone {zone} niet overgenomen; uren gelezen als plaatselijke tijd"
            ).format(path=path, zone=preview(zone))
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
_SCHEDULE_USED = frozenset((*SCHEDULE_READ, *SCHEDULE_IGNORED))
