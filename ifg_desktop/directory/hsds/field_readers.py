"""Reading the values of an HSDS document into ours, one field at a time (import).

Each reader names its place in the file (``Record.fail``, ``HsdsFileError``) when a value is
malformed, and notes what cannot be taken over (``Record.note``, ``report_rest``): nothing is
silently dropped. Blank text ("" or only spaces) is the same as absent.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any, NoReturn

from ifg_desktop.directory.hsds import vocabulary as v
from ifg_desktop.directory.hsds.errors import HsdsFileError
from ifg_desktop.directory.service_fields import SERVICE_FIELDS
from ifg_desktop.directory.text import plain_line_ends, printable, unsafe_character
from ifg_desktop.directory.validation import TEXT_LIMITS
from ifg_desktop.i18n import translate

# The most characters of a text, by its name in HSDS (validation.TEXT_LIMITS by ours):
# checked as each is read, so a message names its place in the file. The whole draft is
# checked against TEXT_LIMITS afterwards (importer.py), lists and nested texts included.
LIMITS = {
    # A service's own texts, by their HSDS names (service_fields.py).
    **{f.hsds: f.limit for f in SERVICE_FIELDS if f.hsds and f.limit},
    "key": TEXT_LIMITS["key"],
    "assurer": TEXT_LIMITS["assurer"],
    "website": TEXT_LIMITS["organization.website"],
    "number": TEXT_LIMITS["phone.number"],
    "label": TEXT_LIMITS["phone.label"],
    "address_1": TEXT_LIMITS["location.address_1"],
    "postal_code": TEXT_LIMITS["location.postal_code"],
    "city": TEXT_LIMITS["location.city"],
    "timezone": TEXT_LIMITS["hours.timezone"],
    "always_open_part": TEXT_LIMITS["hours.always_open_part"],
}
# Any other text read (an id, a note …): nothing a file has reason to make longer.
OTHER_TEXT_LIMIT = TEXT_LIMITS["description"]


@dataclass(slots=True)
class Record:
    """One record being read: where it is, for messages, and what could not be taken over."""

    file: str
    label: str
    notes: list[str] = field(default_factory=list)

    def fail(self, path: str, problem: str) -> NoReturn:
        raise HsdsFileError(self.file, problem, record=self.label, field=path)

    def note(self, text: str) -> None:
        self.notes.append(text)


def preview(value: Any) -> str:
    """A few words of a value for a message: never a control character (it is printed)."""
    if isinstance(value, str):
        text = printable(" ".join(value[:1000].split()))
        return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"
    if isinstance(value, list):
        return translate("hsds", "{count} item(s)").format(count=len(value))
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str) and name.strip():
            return preview(name)
        return translate("hsds", "een object")
    return printable(str(value)[:60])


def present(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | dict):
        return bool(value)
    return True


def report_rest(record: Record, obj: Mapping[str, Any], used: frozenset[str], path: str) -> None:
    """Note every field with content that is not read (``used``): nothing silently dropped."""
    if obj.keys() <= used:  # the common case, quickly
        return
    for name, value in obj.items():  # in the file's order, so reports are the same each time
        if name not in used and present(value):
            record.note(
                translate("hsds", "{path}{name} niet overgenomen: {value}").format(
                    path=path, name=name, value=preview(value)
                )
            )


def text(
    record: Record, obj: Mapping[str, Any], name: str, path: str = "", limit: str | None = None
) -> str | None:
    value = obj.get(name)
    if value is None:
        return None
    if type(value) is int and (name == "id" or name.endswith("_id")):
        value = str(value)  # a numbered id: the tables link by it too (tabular.py)
    elif type(value) is not str:  # HSDS says string: 123 is not a name, 5 not an e-mail
        record.fail(
            path + name,
            translate("hsds", "verwacht tekst, niet {type} {value}").format(
                type=_json_type(value), value=preview(value)
            ),
        )
    if not value or value.isspace():
        return None
    return checked_text(record, path + name, value, LIMITS.get(limit or name, OTHER_TEXT_LIMIT))


def checked_text(record: Record, path: str, value: str, maximum: int) -> str:
    """A text from the file as it can be kept: not too long, no control characters (they
    would reach a terminal or the window as they are), line ends as newlines."""
    if len(value) > maximum:
        record.fail(
            path,
            translate("hsds", "te lang ({count} tekens, hoogstens {maximum})").format(
                count=len(value), maximum=maximum
            ),
        )
    value = plain_line_ends(value)
    unsafe = unsafe_character(value)
    if unsafe is not None:
        record.fail(path, unsafe)
    return value


def _json_type(value: Any) -> str:
    """What a JSON value is, for "verwacht tekst, niet {type} {value}"."""
    if isinstance(value, bool):
        return translate("hsds", "waar/onwaar")
    if isinstance(value, int | float):
        return translate("hsds", "het getal")
    if isinstance(value, list):
        return translate("hsds", "een lijst")
    if isinstance(value, dict):
        return translate("hsds", "een object")
    return translate("hsds", "iets anders")


def number(record: Record, obj: Mapping[str, Any], name: str, path: str = "") -> float | None:
    value = obj.get(name)
    if value is None:
        return None
    if isinstance(value, str):
        if not value.strip():
            return None
        try:
            value = float(value)
        except ValueError:
            record.fail(
                path + name,
                translate("hsds", "{value} is geen getal").format(value=preview(value)),
            )
    if isinstance(value, bool) or not isinstance(value, int | float):
        record.fail(path + name, translate("hsds", "verwacht een getal"))
    if not math.isfinite(value) or abs(value) > 1e6:
        record.fail(
            path + name, translate("hsds", "{value} is geen bruikbaar getal").format(value=value)
        )
    return float(value)


def parse_date(record: Record, raw: Any, path: str) -> date | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        record.fail(path, translate("hsds", "verwacht een datum (JJJJ-MM-DD)"))
    if not raw.strip():
        return None
    cleaned = raw.strip()
    day = cleaned[:10] if len(cleaned) > 10 and cleaned[10] in "T " else cleaned
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        record.fail(
            path, translate("hsds", "{raw} is geen datum (JJJJ-MM-DD)").format(raw=preview(raw))
        )
    try:
        return date.fromisoformat(day)
    except ValueError:
        record.fail(
            path, translate("hsds", "{raw} is geen datum (JJJJ-MM-DD)").format(raw=preview(raw))
        )


def date_field(record: Record, obj: Mapping[str, Any], name: str, path: str = "") -> date | None:
    return parse_date(record, obj.get(name), path + name)


_TIME = re.compile(r"(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")


_PLAIN_TIMES: dict[str, time] = {}  # "09:00" -> time(9): the same few strings, many times


def parse_time(record: Record, raw: Any, path: str) -> time | None:
    if raw is None:
        return None
    if type(raw) is str and raw in _PLAIN_TIMES:
        return _PLAIN_TIMES[raw]
    if not isinstance(raw, str):
        record.fail(path, translate("hsds", "verwacht een tijd (UU:MM)"))
    if not raw.strip():
        return None
    match = _TIME.fullmatch(raw.strip())
    if match is None:
        record.fail(path, translate("hsds", "{raw} is geen tijd (UU:MM)").format(raw=preview(raw)))
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if (hour, minute, second) == (24, 0, 0):
        return time(0)  # the end of the day: our windows end at 00:00 = midnight
    if hour > 23 or minute > 59 or second > 59:
        record.fail(path, translate("hsds", "{raw} is geen tijd (UU:MM)").format(raw=preview(raw)))
    if match[4]:
        record.note(
            translate(
                "hsds", "{path}: tijdzone {match} niet overgenomen; gelezen als plaatselijke tijd"
            ).format(path=path, match=match[4])
        )
        return time(hour, minute, second)
    if len(_PLAIN_TIMES) < 10_000:
        _PLAIN_TIMES[raw] = time(hour, minute, second)
    return time(hour, minute, second)


def time_field(record: Record, obj: Mapping[str, Any], name: str, path: str = "") -> time | None:
    return parse_time(record, obj.get(name), path + name)


def objects(record: Record, obj: Mapping[str, Any], name: str, path: str = "") -> list[Any]:
    value = obj.get(name)
    if value is None:
        return []
    if not isinstance(value, list):
        record.fail(path + name, translate("hsds", "verwacht een lijst"))
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            record.fail(f"{path}{name}[{index}]", translate("hsds", "verwacht een object"))
    return value


def an_object(
    record: Record, obj: Mapping[str, Any], name: str, path: str = ""
) -> dict[str, Any] | None:
    value = obj.get(name)
    if value is None:
        return None
    if not isinstance(value, dict):
        record.fail(path + name, translate("hsds", "verwacht een object"))
    return value


# Attributes ----------------------------------------------------------------------------


@dataclass(slots=True)
class Attributes:
    """Our attributes of one object, by code, in file order; plus the themes."""

    values: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # code -> (path, v)
    themes: list[tuple[str, str]] = field(default_factory=list)  # (key, label)

    def all(self, code: str) -> list[tuple[str, str]]:
        return self.values.get(code, [])

    def one(self, record: Record, code: str) -> tuple[str, str] | None:
        found = self.values.get(code)
        if not found:
            return None
        if len(found) > 1 and len({value for _path, value in found}) > 1:
            record.fail(
                found[1][0],
                translate("hsds", "kenmerk '{code}' staat er meer dan eens, verschillend").format(
                    code=code
                ),
            )
        return found[0] if found else None

    def flag(self, record: Record, code: str) -> bool | None:
        found = self.one(record, code)
        if found is None:
            return None
        path, value = found
        if value.strip().lower() not in ("true", "false"):
            record.fail(
                path,
                translate("hsds", "kenmerk '{code}' moet true of false zijn, niet {value}").format(
                    code=code, value=preview(value)
                ),
            )
        return value.strip().lower() == "true"

    def string(self, record: Record, code: str) -> str | None:
        found = self.one(record, code)
        return found[1] if found else None


def attributes(
    record: Record, obj: Mapping[str, Any], path: str, allowed: Iterable[str]
) -> Attributes:
    """Read the attributes of an object; foreign ones (and ours out of place) are noted."""
    result = Attributes()
    if not obj.get("attributes"):  # None or []: the common case, quickly
        if obj.get("attributes") is not None and obj["attributes"] != []:
            objects(record, obj, "attributes", path)  # a wrong type: fails
        return result
    permitted = set(allowed)
    for index, attribute in enumerate(objects(record, obj, "attributes", path)):
        where = f"{path}attributes[{index}]."
        # Ours, by term id (how we write them): straight to the value.
        term_ref = attribute.get("taxonomy_term_id")
        known = v.TERMS_BY_ID.get(term_ref) if type(term_ref) is str else None
        if known is not None and known.code in permitted and type(attribute.get("value")) is str:
            result.values.setdefault(known.code, []).append((where + "value", attribute["value"]))
            continue
        term = an_object(record, attribute, "taxonomy_term", where)
        term_id = text(record, attribute, "taxonomy_term_id", where)
        if term_id is None and term is not None:
            term_id = text(record, term, "id", where + "taxonomy_term.")
        taxonomy = text(record, term, "taxonomy", where + "taxonomy_term.") if term else None
        code = text(record, term, "code", where + "taxonomy_term.") if term else None
        value = attribute.get("value")
        if value is not None and not isinstance(value, str):
            if isinstance(value, bool) or not isinstance(value, int | float):
                record.fail(where + "value", translate("hsds", "verwacht tekst"))
            value = str(value)
        if taxonomy == v.THEME_TAXONOMY and code:
            label = text(record, term or {}, "name", where + "taxonomy_term.") or code
            if len(code) > LIMITS["key"] or len(label) > 200:
                record.fail(
                    where + "taxonomy_term", translate("hsds", "thema: sleutel of naam te lang")
                )
            result.themes.append((code, label))
            continue
        ours = v.TERMS_BY_ID.get(term_id or "")
        if ours is None and taxonomy == v.TAXONOMY and code in v.TERMS:
            ours = v.TERMS[code]
        if ours is None:
            name = (text(record, term, "name", where + "taxonomy_term.") if term else None) or (
                code or term_id or "?"
            )
            shown = f" = {preview(value)}" if present(value) else ""
            record.note(
                translate(
                    "hsds", "{path}attributes[{index}]: kenmerk '{name}'{shown} niet overgenomen"
                ).format(path=path, index=index, name=name, shown=shown)
            )
            continue
        if ours.code not in permitted:
            record.note(
                translate(
                    "hsds",
                    "{path}attributes[{index}]: kenmerk '{code}' hoort hier niet; niet overgenomen",
                ).format(path=path, index=index, code=ours.code)
            )
            continue
        if value is None:
            record.fail(
                where + "value",
                translate("hsds", "kenmerk '{code}' zonder waarde").format(code=ours.code),
            )
        result.values.setdefault(ours.code, []).append((where + "value", value))
    return result
