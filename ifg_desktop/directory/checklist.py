"""The red-flag checklist's content, and what a set of ticked items means.

Only the content comes from the database. What is ticked lives in the caller's memory for
one conversation and goes through ``assess`` without ever being written anywhere.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ifg_desktop.db import Database
from ifg_desktop.models import ChecklistItem
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
    """The fixed words around the items: the disclaimer, what to do when acute, Kindreflex."""

    disclaimer: str
    acute_advice: tuple[str, ...]
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
    with database.begin() as session:
        items = session.scalars(
            select(ChecklistItem)
            .options(
                selectinload(ChecklistItem.suggests_themes),
                selectinload(ChecklistItem.suggests_services),
            )
            .order_by(ChecklistItem.position, ChecklistItem.id)
        ).all()
        return [
            ChecklistItemRecord(
                key=item.key,
                kind=str(item.kind),
                group=item.group,
                text=item.text,
                help=item.help,
                critical=item.critical,
                shows_kindreflex=item.shows_kindreflex,
                suggests_themes=tuple(theme.key for theme in item.suggests_themes),
                suggests_services=tuple(
                    service.key
                    for service in item.suggests_services
                    if service.archived_at is None  # archived: suggested to nobody
                ),
            )
            for item in items
        ]


@lru_cache(maxsize=1)
def guidance() -> ChecklistGuidance:
    data = json.loads((shipped_folder("seed_data") / "checklist.json").read_text("utf-8"))
    return ChecklistGuidance(
        disclaimer=data["disclaimer"],
        acute_advice=tuple(data["acute_advice"]),
        kindreflex=tuple(step["text"] for step in data["kindreflex"]),
    )


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
