"""Domain values in words, for the window and the command line (Dutch by default).

Every phrase passes through ``translate("describe", …)`` (ifg_desktop.i18n), so it follows
the language the window or the command line installed; the codes (urgency, status, weekday
numbers) stay the identifiers and are put in words only here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ifg_desktop.directory.availability import Availability, Hours, OpenState, Window
from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from ifg_desktop.directory.search_plan import SearchPlan


# The Dutch names; shown through ``weekday_short``/``weekday_long`` in the language in use.
WEEKDAY_SHORT = (
    QT_TRANSLATE_NOOP("describe", "ma"),
    QT_TRANSLATE_NOOP("describe", "di"),
    QT_TRANSLATE_NOOP("describe", "wo"),
    QT_TRANSLATE_NOOP("describe", "do"),
    QT_TRANSLATE_NOOP("describe", "vr"),
    QT_TRANSLATE_NOOP("describe", "za"),
    QT_TRANSLATE_NOOP("describe", "zo"),
)
WEEKDAY_LONG = (
    QT_TRANSLATE_NOOP("describe", "maandag"),
    QT_TRANSLATE_NOOP("describe", "dinsdag"),
    QT_TRANSLATE_NOOP("describe", "woensdag"),
    QT_TRANSLATE_NOOP("describe", "donderdag"),
    QT_TRANSLATE_NOOP("describe", "vrijdag"),
    QT_TRANSLATE_NOOP("describe", "zaterdag"),
    QT_TRANSLATE_NOOP("describe", "zondag"),
)

URGENCY_LABELS = {
    "acute": QT_TRANSLATE_NOOP("describe", "acuut"),
    "crisis": QT_TRANSLATE_NOOP("describe", "crisis"),
    "non_acute": QT_TRANSLATE_NOOP("describe", "niet-acuut"),
}
STATUS_LABELS = {
    "active": QT_TRANSLATE_NOOP("describe", "actief"),
    "inactive": QT_TRANSLATE_NOOP("describe", "niet actief"),
    "temporarily_closed": QT_TRANSLATE_NOOP("describe", "tijdelijk gesloten"),
    "do_not_refer": QT_TRANSLATE_NOOP("describe", "niet doorverwijzen"),
}


def weekday_short(day: int) -> str:
    """The short name of a weekday (0 = Monday) in the language in use: "ma"."""
    return translate("describe", WEEKDAY_SHORT[day])


def weekday_long(day: int) -> str:
    """The name of a weekday (0 = Monday) in the language in use: "maandag"."""
    return translate("describe", WEEKDAY_LONG[day])


def urgency_label(level: str) -> str:
    return translate("describe", URGENCY_LABELS.get(level, level))


def status_label(status: str) -> str:
    return translate("describe", STATUS_LABELS.get(status, status))


def _years_months(months: int) -> str:
    years, rest = divmod(months, 12)
    if rest == 0:
        return translate("describe", "{n} jaar").format(n=years)
    if years == 0:
        return (
            translate("describe", "{n} maanden").format(n=rest)
            if rest != 1
            else translate("describe", "1 maand")
        )
    return translate("describe", "{y} jaar {m} m").format(y=years, m=rest)


def age_range(minimum: int | None, maximum: int | None, unknown: bool = False) -> str:
    """Inclusive month bounds in words: "vanaf 18 jaar", "t.e.m. 17 jaar", "zwangerschap – …"."""
    if unknown:
        return translate("describe", "leeftijd onbekend")
    if maximum is None:
        upper = None
    elif maximum % 12 == 11:  # up to the last month of an age: "t.e.m. 17 jaar"
        upper = translate("describe", "t.e.m. {age}").format(age=_years_months(maximum - 11))
    else:
        upper = translate("describe", "tot {age}").format(age=_years_months(maximum))
    if minimum is None or minimum == 0:
        lower = None
    elif minimum < 0:
        lower = translate("describe", "zwangerschap")
    else:
        lower = _years_months(minimum)
    if lower is None:
        return upper or translate("describe", "alle leeftijden")
    if upper is None:
        return translate("describe", "vanaf {age}").format(age=lower)
    return f"{lower} – {upper}"


def age_range_short(minimum: int | None, maximum: int | None, unknown: bool = False) -> str:
    """For a table cell: "alle", "vanaf 18 j", "≤ 17 j", "zwanger – 3 j"."""
    if unknown:
        return translate("describe", "onbekend")
    if minimum is None and maximum is None:
        return translate("describe", "alle")

    def short(months: int) -> str:
        whole, rest = divmod(months, 12)
        if rest == 0:
            return translate("describe", "{n} j").format(n=whole)
        return (
            translate("describe", "{n} m").format(n=rest)
            if whole == 0
            else translate("describe", "{y} j {m} m").format(y=whole, m=rest)
        )

    upper = None if maximum is None else short(maximum - 11 if maximum % 12 == 11 else maximum)
    if minimum is None or minimum == 0:
        return translate("describe", "≤ {age}").format(age=upper)
    lower = translate("describe", "zwanger") if minimum < 0 else short(minimum)
    if upper is None:
        return translate("describe", "vanaf {age}").format(age=lower)
    return f"{lower} – {upper}"


def clock_time(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def day_and_time(moment: datetime, reference: datetime) -> str:
    """``16:00`` today, ``morgen 09:00``, ``ma 09:00`` within a week, else a date."""
    local = moment.astimezone(reference.tzinfo)
    days = (local.date() - reference.date()).days
    if days == 0:
        return clock_time(local)
    if days == 1:
        return translate("describe", "morgen {time}").format(time=clock_time(local))
    if days < 7:
        return f"{weekday_short(local.weekday())} {clock_time(local)}"
    return local.strftime("%d/%m %H:%M")


def state_text(state: Availability, reference: datetime) -> str:
    """The words on the badge: "Open — sluit om 16:00", "Gesloten — opent ma 09:00";
    with a part reachable day and night: "Uren onbekend · crisisopvang dag en nacht"."""
    text = _whole_state_text(state, reference)
    if state.always_open_part:
        text += " · " + translate("describe", "{part} dag en nacht").format(
            part=state.always_open_part
        )
    return text


def _whole_state_text(state: Availability, reference: datetime) -> str:
    if state.state is OpenState.UNKNOWN:
        if state.reason == "by_appointment":
            return translate("describe", "Op afspraak — uren onbekend")
        if state.reason == "holiday_unknown":
            return translate("describe", "Feestdag — uren onbekend")
        return translate("describe", "Uren onbekend")
    if state.state is OpenState.OPEN:
        if state.next_change is None:
            return (
                translate("describe", "Open — 24 op 7")
                if state.reason is None
                else translate("describe", "Open")
            )
        return translate("describe", "Open — sluit {when}").format(
            when=_at_phrase(state.next_change, reference)
        )
    if state.reason == "temporarily_closed":
        return translate("describe", "Tijdelijk gesloten")
    prefix = (
        translate("describe", "Feestdag — gesloten")
        if state.reason == "holiday"
        else translate("describe", "Gesloten")
    )
    if state.next_change is None:
        return prefix
    return translate("describe", "{prefix} — opent {when}").format(
        prefix=prefix, when=_at_phrase(state.next_change, reference)
    )


def _at_phrase(moment: datetime, reference: datetime) -> str:
    text = day_and_time(moment, reference)
    return (
        translate("describe", "om {time}").format(time=text)
        if text[0].isdigit() and ":" in text[:3]
        else text
    )


def week_lines(hours: Hours | None) -> list[tuple[int, str]]:
    """(weekday, "09:00–16:00") for every day of the week, for the detail pane."""
    if hours is None or not hours.known:
        return [(day, translate("describe", "onbekend")) for day in range(7)]
    lines = []
    for day in range(7):
        if hours.always_open:
            lines.append((day, translate("describe", "dag en nacht")))
            continue
        windows = [w for w in hours.windows if w.weekday == day]
        if not windows:
            lines.append((day, translate("describe", "gesloten")))
            continue
        lines.append((day, ", ".join(window_text(window) for window in windows)))
    return lines


def window_text(window: Window) -> str:
    """A window in words: "09:00–12:00", "eerste maandag van de maand 09:00–12:00"."""
    text = f"{window.opens_at:%H:%M}–{window.closes_at:%H:%M}"
    rule = rule_text(window)
    if rule:
        text = f"{rule} {text}"
    if window.closes_at <= window.opens_at:
        text += " " + translate("describe", "(tot de volgende dag)")
    if window.kind == "phone":
        text += " " + translate("describe", "(telefonisch)")
    elif window.kind == "walk_in":
        text += " " + translate("describe", "(vrije inloop)")
    if window.anchor is not None and not window.every_week:
        text += " " + translate("describe", "(vanaf {date})").format(
            date=f"{window.anchor:%d-%m-%Y}"
        )
    return text


ORDINAL_WORDS = {
    1: QT_TRANSLATE_NOOP("describe", "eerste"),
    2: QT_TRANSLATE_NOOP("describe", "tweede"),
    3: QT_TRANSLATE_NOOP("describe", "derde"),
    4: QT_TRANSLATE_NOOP("describe", "vierde"),
    5: QT_TRANSLATE_NOOP("describe", "vijfde"),
    -1: QT_TRANSLATE_NOOP("describe", "laatste"),
    -2: QT_TRANSLATE_NOOP("describe", "voorlaatste"),
}
COUNT_WORDS = {
    2: QT_TRANSLATE_NOOP("describe", "twee"),
    3: QT_TRANSLATE_NOOP("describe", "drie"),
    4: QT_TRANSLATE_NOOP("describe", "vier"),
}


def _ordinal(n: int) -> str:
    if n in ORDINAL_WORDS:
        return translate("describe", ORDINAL_WORDS[n])
    return (
        translate("describe", "{n}e laatste").format(n=-n)
        if n < 0
        else translate("describe", "{n}e").format(n=n)
    )


def _and_list(words: list[str]) -> str:
    if len(words) < 2:
        return "".join(words)
    return translate("describe", "{first} en {last}").format(
        first=", ".join(words[:-1]), last=words[-1]
    )


def rule_text(window: Window) -> str:
    """How often beyond every week: "eerste maandag van de maand", "laatste vrijdag van de
    maand", "om de twee weken op dinsdag"; "" for every week."""
    day = weekday_long(window.weekday)
    every = window.interval
    count = translate("describe", COUNT_WORDS[every]) if every in COUNT_WORDS else str(every)
    if window.ordinals:
        which = _and_list([_ordinal(n) for n in sorted(window.ordinals, key=_ordinal_order)])
        if every == 1:
            return translate("describe", "{which} {day} van de maand").format(which=which, day=day)
        return translate("describe", "om de {count} maanden op de {which} {day}").format(
            count=count, which=which, day=day
        )
    if every == 1:
        return ""
    return translate("describe", "om de {count} weken op {day}").format(count=count, day=day)


def _ordinal_order(n: int) -> tuple[bool, int]:
    return (n < 0, n)  # first, second … then the last ones from the end


def repeat_text(ordinals: tuple[int, ...], interval: int) -> str:
    """A rule without its day, for a choice beside the days: "elke week", "om de twee
    weken", "de eerste van de maand", "om de twee maanden de laatste"."""
    count = (
        translate("describe", COUNT_WORDS[interval]) if interval in COUNT_WORDS else str(interval)
    )
    if not ordinals:
        if interval == 1:
            return translate("describe", "elke week")
        return translate("describe", "om de {count} weken").format(count=count)
    which = _and_list([_ordinal(n) for n in sorted(ordinals, key=_ordinal_order)])
    if interval == 1:
        return translate("describe", "de {which} van de maand").format(which=which)
    return translate("describe", "om de {count} maanden de {which}").format(
        count=count, which=which
    )


def verification_age(assured: date | None, today: date) -> timedelta | None:
    return None if assured is None else today - assured


def _quoted(words: Iterable[str]) -> str:
    return ", ".join(f"“{word}”" for word in words)


def search_notes(plan: SearchPlan) -> list[str]:
    """What the search made of the words typed: a typo read as another word, a word read as
    the vocabulary's phrases with it, or a phrase that no service fits as a whole."""
    notes = []
    for typed, meant in plan.corrections:
        notes.append(
            translate(
                "describe", "Bedoelde je {meant}? Getoond voor {meant} in plaats van {typed}."
            ).format(meant=_quoted(meant.split(" / ")), typed=_quoted([typed]))
        )
    for typed, phrase in plan.read_as_phrases:
        notes.append(
            translate(
                "describe",
                "Geen dienst vermeldt {typed} zelf: gelezen als wat zoektermen met dat woord "
                "vinden, zoals {phrase}.",
            ).format(typed=_quoted([typed]), phrase=_quoted([phrase]))
        )
    if plan.partial:
        note = translate(
            "describe", "Geen dienst past bij alle woorden; deze passen bij {words}."
        ).format(words=_quoted(plan.fitting))
        if plan.unfitting:
            note += " " + translate("describe", "Niet gevonden: {words}.").format(
                words=_quoted(plan.unfitting)
            )
        notes.append(note)
    return notes
