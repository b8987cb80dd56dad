"""SQLAlchemy 2 typed models. No Qt, no I/O policy: that lives in db/ and directory/.

The model classes are loaded on first use (all at once, so the metadata is whole);
``ifg_desktop.models.enums`` can be imported without SQLAlchemy, as the window does
before its first results are on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ifg_desktop.models.enums import (
    AuditAction,
    ChecklistKind,
    ServiceStatus,
    Urgency,
    WindowKind,
)

if TYPE_CHECKING:
    from ifg_desktop.models.audit import AuditEntry, CoordinatorSecret
    from ifg_desktop.models.base import Base
    from ifg_desktop.models.checklist import ChecklistItem
    from ifg_desktop.models.guide import GuideSection
    from ifg_desktop.models.provenance import FactSource
    from ifg_desktop.models.schedule import Schedule, ScheduleException, ScheduleWindow
    from ifg_desktop.models.search import service_search
    from ifg_desktop.models.service import (
        Location,
        Organization,
        Phone,
        Service,
        ServiceLanguage,
        Theme,
    )
    from ifg_desktop.models.vocabulary import SearchTerm, word_form

_WHERE = {
    "AuditEntry": "audit",
    "CoordinatorSecret": "audit",
    "Base": "base",
    "ChecklistItem": "checklist",
    "GuideSection": "guide",
    "FactSource": "provenance",
    "Schedule": "schedule",
    "ScheduleException": "schedule",
    "ScheduleWindow": "schedule",
    "service_search": "search",
    "Location": "service",
    "Organization": "service",
    "Phone": "service",
    "Service": "service",
    "ServiceLanguage": "service",
    "Theme": "service",
    "SearchTerm": "vocabulary",
    "word_form": "vocabulary",
}

__all__ = [
    "AuditAction",
    "AuditEntry",
    "Base",
    "ChecklistItem",
    "ChecklistKind",
    "CoordinatorSecret",
    "FactSource",
    "GuideSection",
    "Location",
    "Organization",
    "Phone",
    "Schedule",
    "ScheduleException",
    "ScheduleWindow",
    "SearchTerm",
    "Service",
    "ServiceLanguage",
    "ServiceStatus",
    "Theme",
    "Urgency",
    "WindowKind",
    "service_search",
    "word_form",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'ifg_desktop.models' has no attribute {name!r}")
    from importlib import import_module

    for module in sorted(set(_WHERE.values())):  # every table, so relationships resolve
        import_module(f"ifg_desktop.models.{module}")
    return getattr(import_module(f"ifg_desktop.models.{_WHERE[name]}"), name)
