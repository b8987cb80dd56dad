"""The closed vocabularies of the data model, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class ServiceStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    TEMPORARILY_CLOSED = "temporarily_closed"
    DO_NOT_REFER = "do_not_refer"


class Urgency(StrEnum):
    ACUTE = "acute"
    CRISIS = "crisis"
    NON_ACUTE = "non_acute"


class WindowKind(StrEnum):
    OPEN = "open"  # the service can be reached
    PHONE = "phone"  # only the phone is answered
    WALK_IN = "walk_in"  # walk in without appointment


class ChecklistKind(StrEnum):
    RED_FLAG = "red_flag"
    PROTECTIVE = "protective"
    SIGNAL = "signal"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    ARCHIVE = "archive"
    RESTORE = "restore"  # an archived service brought back
    VERIFY = "verify"
    REVERT = "revert"  # an earlier value put back from the trail
    PASSWORD = "password"  # the coordinator password set, changed or reset
    DELETE = "delete"  # a search term taken out of the vocabulary
