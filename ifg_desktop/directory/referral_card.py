"""A card for the client to take home: the chosen services, their numbers, when to call.

The card carries nothing about the client and nothing about it is stored. Professional-only
numbers never appear on it. Its **discreet** form (the default) has a neutral title and no
word that gives away what it is about: a partner who finds it in a pocket learns nothing
("Nuttige nummers", "1712 — werkdagen 09:00–16:00, gratis"). A name or a line that would
say more is replaced by a neutral one or left off, and the worker is told what was left off.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ifg_desktop.directory.availability import Hours, Window
from ifg_desktop.directory.describe import rule_text, weekday_short
from ifg_desktop.directory.records import PhoneRecord, ServiceRecord
from ifg_desktop.directory.text import fold
from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate

# Parts of words that say what the card is about (folded). The discreet card holds none.
REVEALING = (
    "geweld", "mishandel", "misbruik", "slachtoffer", "vluchthuis", "crisis", "verkracht",
    "seksu", "partner", "politie", "zelfmoord", "suicid", "stalk", "wurg", "bedreig",
    "agressie", "verslav", "drug", "dader", "pleger", "uitbuit", "ontvoer", "vermis",
    "kindermis", "eergerelateerd", "veilig huis", "vertrouwenscentrum", "noodnummer",
    "meldpunt", "trauma", "incest", "loverboy", "mensenhandel", "huwelijksdwang",
    "dwanghuwelijk", "prostitu", "vrouwenopvang", "family justice", "violence", "abus",
    "viol", "aggress",
)  # fmt: skip
# Compared on letters and digits only: "veilig-huis" in an address is "veilig huis" too.
_REVEALING_LETTERS = tuple(re.sub(r"[^a-z0-9]", "", word) for word in REVEALING)
# What a phone's description may add to a card: things for the client to know. The rest of
# a description is for the worker ("nummer uit een bron van 2021: te verifiëren").
CLIENT_NOTES = ("gratis", "verschijnt niet op de telefoonrekening", "anoniem")
_FOR_PROFESSIONALS = ("hulpverlener", "professional", "enkel prof")

# The card's fixed words in Dutch; put on the card in the language in use.
DISCREET_TITLE = QT_TRANSLATE_NOOP("referral_card", "Nuttige nummers")
OPEN_TITLE = QT_TRANSLATE_NOOP("referral_card", "Hier kun je terecht")
# What to say when calling: enough to be helped, nothing a reader of the card learns from.
WHAT_TO_SAY = QT_TRANSLATE_NOOP(
    "referral_card", "Als je belt, mag je gewoon zeggen: “Ik zou graag met iemand praten.”"
)


@dataclass(frozen=True, slots=True)
class CardEntry:
    label: str
    numbers: tuple[str, ...]  # as dialled from Belgium
    reach: str  # when the service can be reached
    notes: tuple[str, ...]  # "gratis", "je hoeft je naam niet te zeggen", …
    url: str | None  # its website


@dataclass(frozen=True, slots=True)
class ReferralCard:
    title: str
    entries: tuple[CardEntry, ...]
    # For the worker, not on the card: what was left off and why.
    left_out: tuple[str, ...]
    discreet: bool


def reveals(text: str) -> bool:
    """Whether ``text`` holds a word that gives away what the card is about."""
    letters = re.sub(r"[^a-z0-9]", "", fold(text))
    return any(word in letters for word in _REVEALING_LETTERS)


def make_card(records: Sequence[ServiceRecord], *, discreet: bool = True) -> ReferralCard:
    entries: list[CardEntry] = []
    left_out: list[str] = []
    for record in records:
        if record.professional_only:
            left_out.append(
                translate(
                    "referral_card", "{name}: enkel voor hulpverleners, niet voor de cliënt"
                ).format(name=record.name)
            )
            continue
        if record.status != "active":
            left_out.append(
                translate("referral_card", "{name}: nu niet door te verwijzen ({status})").format(
                    name=record.name, status=record.status
                )
            )
            continue
        phones = [p for p in record.phones if not _for_professionals(p)]
        numbers = tuple(phone.display for phone in phones)
        url = record.url
        if discreet and url and reveals(url):
            url = None
            if not numbers:
                left_out.append(
                    translate(
                        "referral_card", "{name}: enkel een website die het onderwerp noemt"
                    ).format(name=record.name)
                )
                continue
        if not numbers and not url:
            left_out.append(
                translate("referral_card", "{name}: geen nummer of website gekend").format(
                    name=record.name
                )
            )
            continue
        label = _label(record, len(entries) + 1, discreet)
        notes = _notes(record, phones)
        if discreet:  # judged on the Dutch, the words REVEALING knows
            notes = tuple(note for note in notes if not reveals(note))
        entries.append(
            CardEntry(
                label,
                numbers,
                reach(record.hours, discreet=discreet),
                tuple(translate("referral_card", note) for note in notes),
                url,
            )
        )
    return ReferralCard(
        translate("referral_card", DISCREET_TITLE if discreet else OPEN_TITLE),
        tuple(entries),
        tuple(left_out),
        discreet,
    )


def _label(record: ServiceRecord, number: int, discreet: bool) -> str:
    if not discreet:
        return record.name
    for name in (record.name, record.alternate_name, record.organization):
        if name and not reveals(name):
            return name
    return translate("referral_card", "Contact {number}").format(number=number)


def _for_professionals(phone: PhoneRecord) -> bool:
    said = fold(f"{phone.label or ''} {phone.description or ''}")
    return any(word in said for word in _FOR_PROFESSIONALS)


def _notes(record: ServiceRecord, phones: Sequence[PhoneRecord]) -> tuple[str, ...]:
    """The notes in Dutch: the card's own (translated when put on it) and the phones' (the
    coordinators' words, which a translation leaves as they are)."""
    notes: list[str] = []
    if record.free_of_charge or any(phone.free for phone in phones):
        notes.append(QT_TRANSLATE_NOOP("referral_card", "gratis"))
    if record.anonymous:
        notes.append(QT_TRANSLATE_NOOP("referral_card", "je hoeft je naam niet te zeggen"))
    for phone in phones:  # "Gratis; verschijnt niet op de telefoonrekening"
        parts = (part.strip() for part in (phone.description or "").split(";"))
        notes += [part for part in parts if fold(part) in CLIENT_NOTES]
    seen: dict[str, str] = {}
    for note in notes:
        seen.setdefault(fold(note), note)  # "Gratis" once, beside "gratis"
    return tuple(seen.values())


def reach(hours: Hours | None, *, discreet: bool = False) -> str:
    """When the service can be reached, in one short line ("ma–vr 09:00–16:00"); the part
    reachable day and night too, unless its name would give the card away."""
    line = _whole_reach(hours)
    if hours is not None and hours.always_open_part:
        part = translate("referral_card", "{part}: dag en nacht").format(
            part=hours.always_open_part
        )
        if not (discreet and reveals(hours.always_open_part)):
            line = part if line == _hours_not_known() else f"{line}; {part}"
    return line


def _hours_not_known() -> str:
    return translate("referral_card", "uren niet gekend")


def _whole_reach(hours: Hours | None) -> str:
    if hours is None or not hours.known:
        return _hours_not_known()
    if hours.always_open:
        return translate("referral_card", "dag en nacht")
    by_day: dict[int, str] = {}
    weekly = [w for w in hours.windows if not _repeats_otherwise(w)]
    for day in range(7):
        windows = [w for w in weekly if w.weekday == day]
        if windows:
            by_day[day] = ", ".join(f"{w.opens_at:%H:%M}–{w.closes_at:%H:%M}" for w in windows)
    parts: list[str] = []
    day = 0
    while day < 7:  # runs of days with the same hours: "ma–vr 09:00–16:00"
        if day not in by_day:
            day += 1
            continue
        end = day
        while end + 1 < 7 and by_day.get(end + 1) == by_day[day]:
            end += 1
        days = weekday_short(day) if end == day else f"{weekday_short(day)}–{weekday_short(end)}"
        parts.append(f"{days} {by_day[day]}")
        day = end + 1
    # A first-Monday window printed as "ma" would send the client on the wrong Monday.
    parts += [
        f"{rule_text(w)} {w.opens_at:%H:%M}–{w.closes_at:%H:%M}"
        for w in hours.windows
        if _repeats_otherwise(w)
    ]
    line = "; ".join(parts) if parts else _hours_not_known()
    if hours.closed_on_public_holidays:
        line += " " + translate("referral_card", "(niet op feestdagen)")
    return line


def _repeats_otherwise(window: Window) -> bool:
    """Not every week: some weekdays of the month, or every n weeks."""
    return bool(window.ordinals) or window.interval != 1


def card_text(card: ReferralCard) -> str:
    """The card as plain text (to paste in a message or a note)."""
    lines = [card.title, ""]
    for entry in card.entries:
        lines.append(entry.label)
        lines += [f"  {number}" for number in entry.numbers]
        lines.append(f"  {entry.reach}")
        if entry.notes:
            lines.append("  " + "; ".join(entry.notes))
        if entry.url:
            lines.append(f"  {entry.url}")
        lines.append("")
    lines.append(translate("referral_card", WHAT_TO_SAY))
    return "\n".join(lines) + "\n"


def card_html(card: ReferralCard) -> str:
    """The card as HTML for printing (Qt's rich text: a small subset of HTML)."""
    e = html.escape
    parts = [f"<h2>{e(card.title)}</h2>"]
    for entry in card.entries:
        parts.append(f"<p><b>{e(entry.label)}</b><br/>")
        parts += [f"<span style='font-size:14pt'><b>{e(n)}</b></span><br/>" for n in entry.numbers]
        parts.append(f"{e(entry.reach)}")
        if entry.notes:
            parts.append("<br/>" + e("; ".join(entry.notes)))
        if entry.url:
            parts.append(f"<br/>{e(entry.url)}")
        parts.append("</p>")
    parts.append(f"<p><i>{e(translate('referral_card', WHAT_TO_SAY))}</i></p>")
    return "".join(parts)
