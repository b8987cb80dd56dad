"""Domain values in words, for the window and the command line (Dutch by default).

The window installs Qt's translator with ``set_translator`` so English can follow; every
phrase passes through ``_`` for that.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ifg_desktop.directory.availability import Availability, Hours, OpenState, Window

if TYPE_CHECKING:
    from ifg_desktop.directory.search_plan import SearchPlan

_translate: Callable[[str], str] = lambda text: text  # noqa: E731


def set_translator(translate: Callable[[str], str]) -> None:
    global _translate
    _translate = translate


def _(text: str) -> str:
    return _translate(text)


WEEKDAY_SHORT = ("ma", "di", "wo", "do", "vr", "za", "zo")
WEEKDAY_LONG = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

URGENCY_LABELS = {"acute": "acuut", "crisis": "crisis", "non_acute": "niet-acuut"}
STATUS_LABELS = {
    "active": "actief",
    "inactive": "niet actief",
    "temporarily_closed": "tijdelijk gesloten",
    "do_not_refer": "niet doorverwijzen",
}


def urgency_label(level: str) -> str:
    return _(URGENCY_LABELS.get(level, level))


def status_label(status: str) -> str:
    return _(STATUS_LABELS.get(status, status))


def _years_months(months: int) -> str:
    years, rest = divmod(months, 12)
    if rest == 0:
        return _("{n} jaar").format(n=years)
    if years == 0:
        return _("{n} maanden").format(n=rest) if rest != 1 else _("1 maand")
    return _("{y} jaar {m} m").format(y=years, m=rest)


def age_range(minimum: int | None, maximum: int | None, unknown: bool = False) -> str:
    """Inclusive month bounds in words: "vanaf 18 jaar", "t.e.m. 17 jaar", "zwangerschap – …"."""
    if unknown:
        return _("leeftijd onbekend")
    if maximum is None:
        upper = None
    elif maximum % 12 == 11:  # up to the last month of an age: "t.e.m. 17 jaar"
        upper = _("t.e.m. {age}").format(age=_years_months(maximum - 11))
    else:
        upper = _("tot {age}").format(age=_years_months(maximum))
    if minimum is None or minimum == 0:
        lower = None
    elif minimum < 0:
        lower = _("zwangerschap")
    else:
        lower = _years_months(minimum)
    if lower is None:
        return upper or _("alle leeftijden")
    if upper is None:
        return _("vanaf {age}").format(age=lower)
    return f"{lower} – {upper}"


def age_range_short(minimum: int | None, maximum: int | None, unknown: bool = False) -> str:
    """For a table cell: "alle", "vanaf 18 j", "≤ 17 j", "zwanger – 3 j"."""
    if unknown:
        return _("onbekend")
    if minimum is None and maximum is None:
        return _("alle")

    def short(months: int) -> str:
        whole, rest = divmod(months, 12)
        if rest == 0:
            return _("{n} j").format(n=whole)
        return _("{n} m").format(n=rest) if whole == 0 else _("{y} j {m} m").format(y=whole, m=rest)

    upper = None if maximum is None else short(maximum - 11 if maximum % 12 == 11 else maximum)
    if minimum is None or minimum == 0:
        return _("≤ {age}").format(age=upper)
    lower = _("zwanger") if minimum < 0 else short(minimum)
    if upper is None:
        return _("vanaf {age}").format(age=lower)
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
        return _("morgen {time}").format(time=clock_time(local))
    if days < 7:
        return f"{_(WEEKDAY_SHORT[local.weekday()])} {clock_time(local)}"
    return local.strftime("%d/%m %H:%M")


def state_text(state: Availability, reference: datetime) -> str:
    """The words on the badge: "Open — sluit om 16:00", "Gesloten — opent ma 09:00";
    with a part reachable day and night: "Uren onbekend · crisisopvang dag en nacht"."""
    text = _whole_state_text(state, reference)
    if state.always_open_part:
        text += " · " + _("{part} dag en nacht").format(part=state.always_open_part)
    return text


def _whole_state_text(state: Availability, reference: datetime) -> str:
    if state.state is OpenState.UNKNOWN:
        if state.reason == "by_appointment":
            return _("Op afspraak — uren onbekend")
        if state.reason == "holiday_unknown":
            return _("Feestdag — uren onbekend")
        return _("Uren onbekend")
    if state.state is OpenState.OPEN:
        if state.next_change is None:
            return _("Open — 24 op 7") if state.reason is None else _("Open")
        return _("Open — sluit {when}").format(when=_at_phrase(state.next_change, reference))
    if state.reason == "temporarily_closed":
        return _("Tijdelijk gesloten")
    prefix = _("Feestdag — gesloten") if state.reason == "holiday" else _("Gesloten")
    if state.next_change is None:
        return prefix
    return _("{prefix} — opent {when}").format(
        prefix=prefix, when=_at_phrase(state.next_change, reference)
    )


def _at_phrase(moment: datetime, reference: datetime) -> str:
    text = day_and_time(moment, reference)
    return _("om {time}").format(time=text) if text[0].isdigit() and ":" in text[:3] else text


def week_lines(hours: Hours | None) -> list[tuple[int, str]]:
    """(weekday, "09:00–16:00") for every day of the week, for the detail pane."""
    if hours is None or not hours.known:
        return [(day, _("onbekend")) for day in range(7)]
    lines = []
    for day in range(7):
        if hours.always_open:
            lines.append((day, _("dag en nacht")))
            continue
        windows = [w for w in hours.windows if w.weekday == day]
        if not windows:
            lines.append((day, _("gesloten")))
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
        text += " " + _("(tot de volgende dag)")
    if window.kind == "phone":
        text += " " + _("(telefonisch)")
    elif window.kind == "walk_in":
        text += " " + _("(vrije inloop)")
    if window.anchor is not None and not window.every_week:
        text += " " + _("(vanaf {date})").format(date=f"{window.anchor:%d-%m-%Y}")
    return text


ORDINAL_WORDS = {
    1: "eerste",
    2: "tweede",
    3: "derde",
    4: "vierde",
    5: "vijfde",
    -1: "laatste",
    -2: "voorlaatste",
}
COUNT_WORDS = {2: "twee", 3: "drie", 4: "vier"}


def _ordinal(n: int) -> str:
    if n in ORDINAL_WORDS:
        return _(ORDINAL_WORDS[n])
    return _("{n}e laatste").format(n=-n) if n < 0 else _("{n}e").format(n=n)


def _and_list(words: list[str]) -> str:
    if len(words) < 2:
        return "".join(words)
    return _("{first} en {last}").format(first=", ".join(words[:-1]), last=words[-1])


def rule_text(window: Window) -> str:
    """How often beyond every week: "eerste maandag van de maand", "laatste vrijdag van de
    maand", "om de twee weken op dinsdag"; "" for every week."""
    day = _(WEEKDAY_LONG[window.weekday])
    every = window.interval
    count = _(COUNT_WORDS[every]) if every in COUNT_WORDS else str(every)
    if window.ordinals:
        which = _and_list([_ordinal(n) for n in sorted(window.ordinals, key=_ordinal_order)])
        if every == 1:
            return _("{which} {day} van de maand").format(which=which, day=day)
        return _("om de {count} maanden op de {which} {day}").format(
            count=count, which=which, day=day
        )
    if every == 1:
        return ""
    return _("om de {count} weken op {day}").format(count=count, day=day)


def _ordinal_order(n: int) -> tuple[bool, int]:
    return (n < 0, n)  # first, second … then the last ones from the end


def repeat_text(ordinals: tuple[int, ...], interval: int) -> str:
    """A rule without its day, for a choice beside the days: "elke week", "om de twee
    weken", "de eerste van de maand", "om de twee maanden de laatste"."""
    count = _(COUNT_WORDS[interval]) if interval in COUNT_WORDS else str(interval)
    if not ordinals:
        if interval == 1:
            return _("elke week")
        return _("om de {count} weken").format(count=count)
    which = _and_list([_ordinal(n) for n in sorted(ordinals, key=_ordinal_order)])
    if interval == 1:
        return _("de {which} van de maand").format(which=which)
    return _("om de {count} maanden de {which}").format(count=count, which=which)


def verification_age(assured: date | None, today: date) -> timedelta | None:
    return None if assured is None else today - assured


def _quoted(words: Iterable[str]) -> str:
    return ", ".join(f"“{word}”" for word in words)


def search_notes(plan: SearchPlan) -> list[str]:
    """What the search made of the words typed: a typo read as another word, or a phrase
    that no service fits as a whole."""
    notes = []
    for typed, meant in plan.corrections:
        notes.append(
            _("Bedoelde je {meant}? Getoond voor {meant} in plaats van {typed}.").format(
                meant=_quoted(meant.split(" / ")), typed=_quoted([typed])
            )
        )
    if plan.partial:
        note = _("Geen dienst past bij alle woorden; deze passen bij {words}.").format(
            words=_quoted(plan.fitting)
        )
        if plan.unfitting:
            note += " " + _("Niet gevonden: {words}.").format(words=_quoted(plan.unfitting))
        notes.append(note)
    return notes
