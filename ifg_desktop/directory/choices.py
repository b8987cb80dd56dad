"""What a search can ask for beyond free values, as plain enums: no rules, nothing to load,
so that the window's filter row is built before the rules are (see ui/deferred.py)."""

from __future__ import annotations

from enum import StrEnum


class AvailabilityFilter(StrEnum):
    ANY = "any"
    OPEN = "open"  # open at the moment asked; unknown hours are kept (never taken as closed)
    ALWAYS_OPEN = "always_open"  # explicitly 24/7
