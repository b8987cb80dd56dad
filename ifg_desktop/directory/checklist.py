"""The red-flag checklist's content, and what a set of ticked items means.

Only the content comes from the database. It is shipped content (seed_data/checklist.json),
so its texts pass through ``translate("checklist", …)`` when read: the shipped Dutch has a
translation (``tools/translations.py`` files it under that context), a text a coordinator
changed stays as written. What is ticked lives in the caller's memory for
one conversation and goes through ``assess`` without ever being written anywhere.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ifg_desktop.db import Database
from ifg_desktop.i18n import translate
from ifg_desktop.paths import shipped_folder


@dataclass(frozen=True, slots=True)
class ChecklistItemRecord:
    key: str
    kind: str  # red_flag | protective | signal
    group: str | None
    text: str
    help: str | None
    critical: bool
    shows_kindreflex: bool
    suggests_themes: tuple[str, ...]
    suggests_services: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ChecklistGuidance:
    """The fixed words around the items: the disclaimer and Kindreflex (what to do when
    acute depends on the directory's numbers: acute.py)."""

    disclaimer: str
    kindreflex: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Assessment:
    """What the ticked items ask of the worker right now."""

    acute: bool  # a critical flag is ticked: call 101/112 first
    critical_items: tuple[str, ...]  # their texts
    show_kindreflex: bool
    themes: tuple[str, ...]  # theme keys suggested, in checklist order
    services: tuple[str, ...]  # service keys suggested
    red_flags: int
    protective: int
    signals: int


def load_items(database: Database) -> list[ChecklistItemRecord]:
    """The checklist's items in order (plain SQL: the window needs them at start)."""
    themes: dict[int, list[str]] = {}
    for item, key in database.read(
        "SELECT ct.item_id, t.key FROM checklist_item_theme ct JOIN theme t ON t.id = ct.theme_id "
        "ORDER BY t.position, t.key"
    ):
        themes.setdefault(item, []).append(key)
    services: dict[int, list[str]] = {}
    for item, key in database.read(
        "SELECT cs.item_id, s.key FROM checklist_item_service cs "
        "JOIN service s ON s.id = cs.service_id "
        "WHERE s.archived_at IS NULL "  # archived: suggested to nobody
        "ORDER BY s.display_rank"
    ):
        services.setdefault(item, []).append(key)
    return [
        ChecklistItemRecord(
            key=key,
            kind=kind,
            group=_shipped(group),
            text=translate("checklist", text),
            help=_shipped(help_text),
            critical=bool(critical),
            shows_kindreflex=bool(kindreflex),
            suggests_themes=tuple(themes.get(item, ())),
            suggests_services=tuple(services.get(item, ())),
        )
        for item, key, kind, group, text, help_text, critical, kindreflex in database.read(
            'SELECT id, key, kind, "group", text, help, critical, shows_kindreflex '
            "FROM checklist_item ORDER BY position, id"
        )
    ]


def _shipped(text: str | None) -> str | None:
    """A text of the shipped checklist in the language in use; None stays None."""
    return None if text is None else translate("checklist", text)


def guidance() -> ChecklistGuidance:
    """The disclaimer and Kindreflex's steps in the language in use."""
    data = _guidance_file()
    return ChecklistGuidance(
        disclaimer=translate("checklist", data["disclaimer"]),
        kindreflex=tuple(translate("checklist", step["text"]) for step in data["kindreflex"]),
    )


@lru_cache(maxsize=1)
def _guidance_file() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (shipped_folder("seed_data") / "checklist.json").read_text("utf-8")
    )
    return data


def assess(
    items: Iterable[ChecklistItemRecord], ticked: Iterable[str], *, child_involved: bool = False
) -> Assessment:
    """The consequences of ``ticked`` (item keys); ``child_involved`` = a child's age entered."""
    chosen = set(ticked)
    selected = [item for item in items if item.key in chosen]
    critical = tuple(item.text for item in selected if item.critical)
    return Assessment(
        acute=bool(critical),
        critical_items=critical,
        show_kindreflex=child_involved or any(item.shows_kindreflex for item in selected),
        themes=tuple(dict.fromkeys(t for item in selected for t in item.suggests_themes)),
        services=tuple(dict.fromkeys(s for item in selected for s in item.suggests_services)),
        red_flags=sum(item.kind == "red_flag" for item in selected),
        protective=sum(item.kind == "protective" for item in selected),
        signals=sum(item.kind == "signal" for item in selected),
    )
