"""What leaves the database: plain, immutable records. No lazy load can fire from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ifg_desktop.directory.availability import Availability, Hours
from ifg_desktop.i18n import translate


@dataclass(frozen=True, slots=True)
class PhoneRecord:
    number: str  # stored form, see phones.py
    display: str  # as dialled from Belgium: "03 260 72 80"
    label: str | None = None
    description: str | None = None
    free: bool | None = None


@dataclass(frozen=True, slots=True)
class LocationRecord:
    name: str | None
    address_1: str | None
    postal_code: str | None
    city: str | None
    country: str = "BE"

    @property
    def one_line(self) -> str:
        town = " ".join(part for part in (self.postal_code, self.city) if part)
        return ", ".join(part for part in (self.address_1, town) if part)


@dataclass(frozen=True, slots=True)
class ThemeRecord:
    key: str
    label: str  # as stored: what exports, JSON and searches use

    @property
    def display_label(self) -> str:
        """The label as shown: a shipped theme's in the language in use (tools/translations.py
        files them under "themes"); one a coordinator wrote or changed stays as written."""
        return translate("themes", self.label)


@dataclass(frozen=True, slots=True)
class ServiceRecord:
    key: str
    name: str
    alternate_name: str | None
    organization: str | None
    description: str | None
    status: str
    professional_only: bool
    contact_note: str | None
    minimum_age_months: int | None
    maximum_age_months: int | None
    ages_unknown: bool
    urgency: tuple[str, ...]
    themes: tuple[ThemeRecord, ...]
    keywords: tuple[str, ...]
    notes: tuple[str, ...]
    free_of_charge: bool | None
    anonymous: bool | None
    url: str | None  # its website
    email: str | None
    alert: str | None
    alert_until: date | None
    assured_date: date | None
    assurer: str | None
    updated_at: datetime | None
    version: int
    phones: tuple[PhoneRecord, ...]
    locations: tuple[LocationRecord, ...]
    hours: Hours | None
    schedule_note: str | None
    # The state at the moment the query asked about.
    availability: Availability
    # Set when a coordinator archived it: then it is in no list, only found by its key.
    archived_at: datetime | None = None
    # The languages it can be reached in: codes in the order they are shown
    # (spoken_languages.py).
    languages: tuple[str, ...] = ()

    @property
    def main_phone(self) -> PhoneRecord | None:
        return self.phones[0] if self.phones else None

    @property
    def always_open(self) -> bool:
        return self.hours is not None and self.hours.always_open

    def alert_active(self, today: date) -> bool:
        return bool(self.alert) and (self.alert_until is None or today <= self.alert_until)

    @property
    def theme_keys(self) -> tuple[str, ...]:
        return tuple(theme.key for theme in self.themes)
