"""The service tables as the plain-SQL reads see them (query.py for the list, detail.py for
whole records): which column holds which urgency, and the values as the drivers hand them
back, read as SQLAlchemy's column types would read them. SQLite answers 0/1 and ISO or JSON
text; PostgreSQL (through Database.read) gives the Python objects already, and those pass
through.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any

from ifg_desktop.models.enums import Urgency

URGENCY_COLUMN = {
    Urgency.ACUTE: "handles_acute",
    Urgency.CRISIS: "handles_crisis",
    Urgency.NON_ACUTE: "handles_non_acute",
}


def as_bool(value: Any) -> bool:
    # SQLite answers 1/0 (or "1"/"0" as text), PostgreSQL true/false (or "true"/"false").
    return value in (True, 1, "1", "true", "t")


def as_optional_bool(value: Any) -> bool | None:
    return None if value is None else as_bool(value)


@lru_cache(maxsize=4096)
def parse_time(text: str) -> time:
    return time.fromisoformat(text)


def as_time(value: Any) -> Any:  # Any, as as_date: a window's times are never NULL
    return parse_time(value) if isinstance(value, str) else value


def as_date(value: Any) -> Any:
    return date.fromisoformat(value) if isinstance(value, str) else value


def as_datetime(value: Any) -> datetime | None:
    # As SQLAlchemy reads SQLite's DATETIME text: naive (UTC) even for timezone=True columns.
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def as_json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value
