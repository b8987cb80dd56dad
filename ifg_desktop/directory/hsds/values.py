"""HSDS values that both directions share: ages, documents, our attributes.

HSDS gives ages in years, we keep months: ``years``/``maximum_years`` write them and
``months_from_minimum``/``months_from_maximum`` read them back, so that our own export reads
back to the same months. A document leaves out what is absent (``compact``); a field HSDS
has no place for travels as an attribute of our taxonomy (``attribute_document``,
vocabulary.py).
"""

from __future__ import annotations

import math
from typing import Any

from ifg_desktop.directory.hsds import vocabulary as v

URGENCY_ORDER = ("acute", "crisis", "non_acute")


# Years times twelve is rarely a whole number of months in floating point (0.1 * 3 …):
# closer to one than this, it is that one.
_MONTH_SLACK = 1e-6


def _hundredths(value: int) -> float | int:
    return value // 100 if value % 100 == 0 else value / 100


def years(months: int) -> float | int:
    """A minimum in months as HSDS years, two decimals, rounded down so that reading it
    back (rounded up, ``months_from_minimum``) gives the same months."""
    return _hundredths(100 * months // 12)


def maximum_years(months: int) -> float | int:
    """An inclusive upper bound: 215 months (to the last month of 17) is HSDS's 17; other
    months two decimals rounded up, so that reading back (rounded down) gives them again."""
    if months % 12 == 11:
        return (months - 11) // 12
    return _hundredths(-(-100 * months // 12))


def months_from_minimum(value: float) -> int:
    """A minimum age in years as months, rounded up: "from 17.5" lets nobody in younger."""
    return math.ceil(value * 12 - _MONTH_SLACK)


def months_from_maximum(value: float) -> int:
    """HSDS 17 means "aged 17" (through 17 years 11 months); 2.5 means 30 months; other
    values round down, to the safe side: up to 17.99 years is up to 215 months (17 years
    11 months), never 216 (18 years, an adult)."""
    if float(value).is_integer():
        return int(value) * 12 + 11
    return math.floor(value * 12 + _MONTH_SLACK)


def not_whole_months(value: float) -> bool:
    """Whether a number of years is no whole number of months (converting rounds it)."""
    months = value * 12
    return abs(months - round(months)) > _MONTH_SLACK


def attribute_document(owner_id: str, index: int, code: str, value: str) -> dict[str, Any]:
    """Our attribute ``code`` (vocabulary.TERMS), the ``index``-th of the object ``owner_id``."""
    term = v.TERMS[code]
    return {
        "id": v.stable_id("attribute", owner_id, str(index)),
        "taxonomy_term_id": term.id,
        "value": value,
    }


def compact(document: dict[str, Any]) -> dict[str, Any]:
    """Leave out absent values and empty lists: HSDS treats missing and null alike."""
    return {k: val for k, val in document.items() if val is not None and val != []}
