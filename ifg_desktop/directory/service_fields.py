"""Every field of a service, declared once: what the other layers build their part from.

A field has one name in every layer: the attribute of ``ServiceDraft`` and ``ServiceRecord``
(tests/directory/test_service_fields.py holds the registry and the two in step), the trail's,
and, where it can be, the model's and HSDS's (``url``, not "website"). Each entry says:

- ``label``: the Dutch word for people (the history, an import's preview, a validation
  message), marked for translation and shown with ``field_label``;
- ``kind``: how its value is written to the trail and shown there (fields.py);
- ``column``: the ``service`` column that holds it, read by that name (detail.py, drafts.py,
  bulk.py) with ``read``, which takes the value as SQLAlchemy or as the driver gives it; and
  written with ``write``. None: it lives elsewhere (a child table, the organization, three
  urgency columns) and the layers read it their own way;
- ``limit``: the most characters a text may have (validation, the HSDS import);
  ``check``: what is wrong with a value (validation.py);
- ``hsds``: its name in an HSDS service document (the import reads the plain texts by it;
  None: it travels as one of our attributes, hsds/vocabulary.py). The tabular form's files
  follow HSDS's own tables (hsds/tabular.py), not the fields;
- ``group``: the editor tab it is on (the editor's widgets are its own, one per field; the
  registry tells it only where a field's validation message sends the coordinator);
  ``words``: how a value reads in the history and an import's preview, where its kind does
  not say it.

Adding a field: an entry here, a migration, the widget in the editor, and where the field
is not a plain text of the service table, its part in the HSDS mapping and the readers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ifg_desktop.directory.columns import as_bool, as_date, as_json, as_optional_bool
from ifg_desktop.directory.contact_checks import email_problem, website_problem
from ifg_desktop.directory.spoken_languages import languages_problem
from ifg_desktop.directory.spoken_languages import names as language_names
from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ifg_desktop.models.enums import ServiceStatus

CONTEXT = "ServiceField"


class Kind(StrEnum):
    """How a value is kept in the trail (as JSON) and read back."""

    TEXT = "text"  # str (or None)
    FLAG = "flag"  # bool
    MAYBE = "maybe"  # bool or None: unknown
    NUMBER = "number"  # int or None
    DATE = "date"  # date or None, ISO text in the trail
    TEXTS = "texts"  # tuple[str, ...], in order
    CODES = "codes"  # frozenset[str], sorted in the trail
    COMPOUND = "compound"  # a value of its own shape (fields.py encodes it)


class Group(StrEnum):
    """The part of the editor a field is on."""

    GENERAL = "general"
    AUDIENCE = "audience"
    CONTACT = "contact"
    HOURS = "hours"
    ALERT = "alert"


def _same(value: Any) -> Any:
    return value


def _texts(value: Any) -> tuple[str, ...]:
    return tuple(as_json(value) or ())


@dataclass(frozen=True, slots=True)
class ServiceField:
    name: str
    label: str  # Dutch, marked with QT_TRANSLATE_NOOP(CONTEXT, …)
    kind: Kind
    group: Group
    column: str | None = None
    read: Callable[[Any], Any] = _same
    write: Callable[[Any], Any] = _same
    limit: int | None = None
    check: Callable[[Any], str | None] | None = None
    hsds: str | None = None
    # A value in words for people (the history, an import's preview) where the kind alone
    # does not say it.
    words: Callable[[Any], str] | None = None

    @property
    def display_label(self) -> str:
        return translate(CONTEXT, self.label)


def _text(
    name: str,
    label: str,
    group: Group,
    limit: int,
    hsds: str | None = None,
    check: Callable[[Any], str | None] | None = None,
) -> ServiceField:
    """A text kept in a column of its own name."""
    return ServiceField(
        name,
        label,
        Kind.TEXT,
        group,
        column=name,
        limit=limit,
        check=check,
        hsds=hsds,
    )


SERVICE_FIELDS: tuple[ServiceField, ...] = (
    _text("key", QT_TRANSLATE_NOOP("ServiceField", "sleutel"), Group.GENERAL, 80),
    _text("name", QT_TRANSLATE_NOOP("ServiceField", "naam"), Group.GENERAL, 200, "name"),
    _text(
        "alternate_name",
        QT_TRANSLATE_NOOP("ServiceField", "andere naam"),
        Group.GENERAL,
        200,
        "alternate_name",
    ),
    ServiceField(
        "organization",
        QT_TRANSLATE_NOOP("ServiceField", "organisatie"),
        Kind.COMPOUND,
        Group.GENERAL,
        hsds="organization",
    ),
    _text(
        "description",
        QT_TRANSLATE_NOOP("ServiceField", "beschrijving"),
        Group.GENERAL,
        20_000,
        "description",
    ),
    ServiceField(
        "status",
        QT_TRANSLATE_NOOP("ServiceField", "status"),
        Kind.TEXT,
        Group.GENERAL,
        column="status",
        read=str,
        write=ServiceStatus,
        hsds="status",
    ),
    ServiceField(
        "professional_only",
        QT_TRANSLATE_NOOP("ServiceField", "wie mag contact opnemen"),
        Kind.FLAG,
        Group.GENERAL,
        column="professional_only",
        read=as_bool,
    ),
    _text(
        "contact_note",
        QT_TRANSLATE_NOOP("ServiceField", "hoe contact opnemen"),
        Group.GENERAL,
        5_000,
        "application_process",
    ),
    ServiceField(
        "minimum_age_months",
        QT_TRANSLATE_NOOP("ServiceField", "minimumleeftijd"),
        Kind.NUMBER,
        Group.AUDIENCE,
        column="minimum_age_months",
        hsds="minimum_age",
    ),
    ServiceField(
        "maximum_age_months",
        QT_TRANSLATE_NOOP("ServiceField", "maximumleeftijd"),
        Kind.NUMBER,
        Group.AUDIENCE,
        column="maximum_age_months",
        hsds="maximum_age",
    ),
    ServiceField(
        "ages_unknown",
        QT_TRANSLATE_NOOP("ServiceField", "leeftijden onbekend"),
        Kind.FLAG,
        Group.AUDIENCE,
        column="ages_unknown",
        read=as_bool,
    ),
    ServiceField(
        "urgency",  # three columns: columns.URGENCY_COLUMN
        QT_TRANSLATE_NOOP("ServiceField", "urgentie"),
        Kind.CODES,
        Group.AUDIENCE,
    ),
    ServiceField(
        "themes",  # the table service_theme
        QT_TRANSLATE_NOOP("ServiceField", "thema's"),
        Kind.CODES,
        Group.AUDIENCE,
    ),
    ServiceField(
        "keywords",
        QT_TRANSLATE_NOOP("ServiceField", "trefwoorden"),
        Kind.TEXTS,
        Group.AUDIENCE,
        column="keywords",
        read=_texts,
        write=list,
    ),
    ServiceField(
        "notes",
        QT_TRANSLATE_NOOP("ServiceField", "aandachtspunten"),
        Kind.TEXTS,
        Group.AUDIENCE,
        column="notes",
        read=_texts,
        write=list,
    ),
    ServiceField(
        "free_of_charge",
        QT_TRANSLATE_NOOP("ServiceField", "gratis"),
        Kind.MAYBE,
        Group.GENERAL,
        column="free_of_charge",
        read=as_optional_bool,
    ),
    ServiceField(
        "anonymous",
        QT_TRANSLATE_NOOP("ServiceField", "anoniem"),
        Kind.MAYBE,
        Group.GENERAL,
        column="anonymous",
        read=as_optional_bool,
    ),
    _text(
        "url",  # its website
        QT_TRANSLATE_NOOP("ServiceField", "website"),
        Group.CONTACT,
        500,
        "url",
        check=website_problem,
    ),
    _text(
        "email",
        QT_TRANSLATE_NOOP("ServiceField", "e-mail"),
        Group.CONTACT,
        200,
        "email",
        check=email_problem,
    ),
    _text("alert", QT_TRANSLATE_NOOP("ServiceField", "waarschuwing"), Group.ALERT, 2_000, "alert"),
    ServiceField(
        "alert_until",
        QT_TRANSLATE_NOOP("ServiceField", "waarschuwing tot"),
        Kind.DATE,
        Group.ALERT,
        column="alert_until",
        read=as_date,
    ),
    ServiceField(
        "assured_date",
        QT_TRANSLATE_NOOP("ServiceField", "laatst geverifieerd"),
        Kind.DATE,
        Group.ALERT,
        column="assured_date",
        read=as_date,
        hsds="assured_date",
    ),
    # HSDS has only assurer_email: a name travels as our attribute.
    _text("assurer", QT_TRANSLATE_NOOP("ServiceField", "geverifieerd door"), Group.ALERT, 200),
    ServiceField(
        "phones",
        QT_TRANSLATE_NOOP("ServiceField", "telefoonnummers"),
        Kind.COMPOUND,
        Group.CONTACT,
        hsds="phones",
    ),
    ServiceField(
        "locations",
        QT_TRANSLATE_NOOP("ServiceField", "adressen"),
        Kind.COMPOUND,
        Group.CONTACT,
        hsds="service_at_locations",
    ),
    ServiceField(
        "hours",
        QT_TRANSLATE_NOOP("ServiceField", "openingsuren"),
        Kind.COMPOUND,
        Group.HOURS,
        hsds="schedules",
    ),
    ServiceField(
        "schedule_note",  # the column schedule.note
        QT_TRANSLATE_NOOP("ServiceField", "opmerking bij de uren"),
        Kind.TEXT,
        Group.HOURS,
        limit=2_000,
    ),
    ServiceField(
        "languages",  # the table service_language
        QT_TRANSLATE_NOOP("ServiceField", "talen"),
        Kind.CODES,
        Group.CONTACT,
        check=languages_problem,
        words=language_names,
        hsds="languages",
    ),
)

BY_NAME: dict[str, ServiceField] = {field.name: field for field in SERVICE_FIELDS}
# The fields kept in a column of the service table of their own.
COLUMN_FIELDS: tuple[ServiceField, ...] = tuple(f for f in SERVICE_FIELDS if f.column)
# The fields the trail follows: all but the key, which names the service.
TRACKED: tuple[str, ...] = tuple(f.name for f in SERVICE_FIELDS if f.name != "key")


def field_label(name: str) -> str | None:
    """A service field's name for people in the language in use; None if it is none."""
    field = BY_NAME.get(name)
    return None if field is None else field.display_label


def column_values(draft: Any) -> dict[str, Any]:
    """The service columns of a draft, by column name, as the model takes them."""
    return {f.column: f.write(getattr(draft, f.name)) for f in COLUMN_FIELDS if f.column}


def from_columns(row: Any) -> dict[str, Any]:
    """The draft's values of the column fields from ``row`` (a mapping by column name:
    a model object's attributes, a row's ``_mapping``, a dict): by name, never position."""
    get = row.get if isinstance(row, dict) else lambda name: getattr(row, name)
    return {f.name: f.read(get(f.column)) for f in COLUMN_FIELDS if f.column}


__all__ = [
    "BY_NAME",
    "COLUMN_FIELDS",
    "SERVICE_FIELDS",
    "TRACKED",
    "Group",
    "Kind",
    "ServiceField",
    "column_values",
    "field_label",
    "from_columns",
]
