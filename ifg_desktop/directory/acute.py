"""What the acute banner tells a worker to do, in order, and always with a number.

A critical flag puts "call the police first" in front of the worker. What comes next
depends on the conversation: for an adult, the CAW crisis team +18; with a child involved
(a child's age in the filter, or a ticked item about children), the crisis team −18, which
only a professional can call on, and the VK's standby for evenings and weekends. Their
numbers are regional and kept by the coordinators: a step whose number is not filled in
says so and sends the worker back to 101/112, never "call X" without a way to call X.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ifg_desktop.i18n import translate

if TYPE_CHECKING:
    from ifg_desktop.db import Database

POLICE = "101"
EMERGENCY = "112"

# The services of the acute path, by their shipped keys (which never change).
ADULT_CRISIS_TEAM = "crisisteam-plus18"
CHILD_CRISIS_TEAM = "crisisteam-min18"
CHILD_STANDBY = "vk"


@dataclass(frozen=True, slots=True)
class AcuteStep:
    text: str  # what to do, in a sentence
    number: str | None  # what to dial; None for a step without one (talk it over)
    number_known: bool = True  # False: the service's number is not filled in yet


@dataclass(frozen=True, slots=True)
class CrisisContact:
    """A service of the acute path as the directory has it now."""

    key: str
    number: str | None  # the number to call; None when not filled in


# The VK's standby is a number of its own: its first number is the daytime line. A word of
# the coordinators' data (a phone's label), so never translated.
STANDBY_WORD = "wachtdienst"


def crisis_contacts(database: Database) -> dict[str, CrisisContact]:
    """The services of the acute path that can be called on now: in the directory, not
    archived, active (not closed for a while, not "do not refer")."""
    keys = (ADULT_CRISIS_TEAM, CHILD_CRISIS_TEAM, CHILD_STANDBY)
    rows = database.read(  # every number of those services, in their order (one query)
        "SELECT s.key, p.number, p.label, p.description FROM service s "
        "LEFT JOIN phone p ON p.service_id = s.id "
        "WHERE s.key IN (?, ?, ?) AND s.archived_at IS NULL AND s.status = ? "
        "ORDER BY s.key, p.position",
        (*keys, "active"),
    )
    numbers: dict[str, list[str]] = {}
    for key, number, label, description in rows:
        wanted = numbers.setdefault(str(key), [])
        said = f"{label or ''} {description or ''}".lower()
        # Only a number said to be the standby's is the VK's standby.
        if number is not None and (key != CHILD_STANDBY or STANDBY_WORD in said):
            wanted.append(str(number))
    return {key: CrisisContact(key, found[0] if found else None) for key, found in numbers.items()}


def acute_path(contacts: dict[str, CrisisContact], *, children: bool) -> tuple[AcuteStep, ...]:
    """The steps, in order, for an adult or (``children``) with a child involved."""
    steps = [
        AcuteStep(
            translate(
                "acute",
                "Bel eerst de politie: {police}, of {emergency} bij levensgevaar of medische nood",
            ).format(police=POLICE, emergency=EMERGENCY),
            POLICE,
        )
    ]
    if children:
        steps.append(
            _then(
                contacts.get(CHILD_CRISIS_TEAM),
                translate("acute", "het crisisteam −18"),
                translate("acute", "enkel via een hulpverlener"),
            )
        )
        steps.append(
            _then(
                contacts.get(CHILD_STANDBY),
                translate("acute", "de wachtdienst van het VK"),
                translate("acute", "'s avonds en in het weekend, voor dringende situaties"),
            )
        )
    else:
        steps.append(
            _then(
                contacts.get(ADULT_CRISIS_TEAM), translate("acute", "het CAW-crisisteam +18"), None
            )
        )
    steps.append(
        AcuteStep(translate("acute", "Overleg met Veilig Huis of bespreek het in je team"), None)
    )
    return tuple(steps)


def _then(contact: CrisisContact | None, who: str, how: str | None) -> AcuteStep:
    """ "Then call ``who``" with its number, or, not filled in, back to 101/112."""
    detail = f" ({how})" if how else ""
    if contact is not None and contact.number:
        return AcuteStep(
            translate("acute", "Bel daarna {who}{detail}: {number}").format(
                who=who, detail=detail, number=contact.number
            ),
            contact.number,
        )
    return AcuteStep(
        translate(
            "acute",
            "Daarna {who}{detail}: nummer nog niet ingevuld in de wegwijzer. "
            "Bel intussen {police} of {emergency}",
        ).format(who=who, detail=detail, police=POLICE, emergency=EMERGENCY),
        POLICE,
        number_known=False,
    )


def banner_lines(steps: Sequence[AcuteStep]) -> list[str]:
    """The steps as the banner's lines, numbered."""
    return [f"{i}. {step.text}" for i, step in enumerate(steps, start=1)]
