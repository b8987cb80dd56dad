"""SQLAlchemy 2 typed models. No Qt, no I/O policy: that lives in db/ and directory/."""

from ifg_desktop.models.audit import AuditEntry, CoordinatorSecret
from ifg_desktop.models.base import Base
from ifg_desktop.models.checklist import ChecklistItem
from ifg_desktop.models.enums import (
    AuditAction,
    ChecklistKind,
    ServiceStatus,
    Urgency,
    WindowKind,
)
from ifg_desktop.models.schedule import Schedule, ScheduleException, ScheduleWindow
from ifg_desktop.models.search import service_search
from ifg_desktop.models.service import Location, Organization, Phone, Service, Theme

__all__ = [
    "AuditAction",
    "AuditEntry",
    "Base",
    "ChecklistItem",
    "ChecklistKind",
    "CoordinatorSecret",
    "Location",
    "Organization",
    "Phone",
    "Schedule",
    "ScheduleException",
    "ScheduleWindow",
    "Service",
    "ServiceStatus",
    "Theme",
    "Urgency",
    "WindowKind",
    "service_search",
]
