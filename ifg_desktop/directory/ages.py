"""Ages of the person concerned, in months; before birth is negative."""

from __future__ import annotations

import re

from ifg_desktop.i18n import translate

# Any point in a pregnancy: matches services that start before birth (minimum < 0).
UNBORN = -1
_PATTERN = re.compile(
    r"^(?:(\d{1,3})\s*(?:j|jaar|y|years?))?\s*(?:(\d{1,4})\s*(?:m|maand|maanden|months?))?$"
)


class AgeError(ValueError):
    """A typed age that is not one; the message is for the user."""


def parse_age(text: str) -> int:
    """``34`` (years), ``18m`` (months), ``2j3m``, or ``unborn`` / ``ongeboren`` -> months."""
    cleaned = text.strip().lower()
    if cleaned in {"unborn", "ongeboren", "zwanger", "pregnant"}:
        return UNBORN
    match = _PATTERN.match(cleaned + ("j" if cleaned.isdigit() else ""))
    if not cleaned or match is None or not any(match.groups()):
        raise AgeError(
            translate(
                "ages", "'{text}' is geen leeftijd: geef jaren (34), maanden (18m) of 'ongeboren'."
            ).format(text=text)
        )
    years = int(match.group(1) or 0)
    months = int(match.group(2) or 0)
    if years > 130 or months > 130 * 12:
        raise AgeError(
            translate("ages", "'{text}' is geen realistische leeftijd.").format(text=text)
        )
    return years * 12 + months


def age_matches(age_months: int, minimum: int | None, maximum: int | None) -> bool:
    """Inclusive on both ends; a missing bound does not limit."""
    return (minimum is None or minimum <= age_months) and (maximum is None or age_months <= maximum)
