"""Organizations, services and how to reach them (HSDS 3.0 names, extended).

Extensions to HSDS: ages in months (negative = before birth), ``professional_only``,
``urgency`` levels, the status "do not refer", ``display_rank`` (the order results are shown
in, which the full-text index shares so a page of results is read without sorting).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ifg_desktop.models.base import Base, utcnow
from ifg_desktop.models.enums import ServiceStatus

if TYPE_CHECKING:
    from ifg_desktop.models.schedule import Schedule


def _values(enum: type[ServiceStatus]) -> list[str]:
    return [member.value for member in enum]


service_theme = Table(
    "service_theme",
    Base.metadata,
    Column("service_id", ForeignKey("service.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True),
)

service_source = Table(
    "service_source",
    Base.metadata,
    # The document an import read a service from (directory/hsds/importer.py): its digest,
    # and the service's version, organization (a digest) and themes as written then. The
    # same document again, into a service at that version, is not read a second time.
    Column("service_id", ForeignKey("service.id", ondelete="CASCADE"), primary_key=True),
    Column("digest", String(64), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("organization", String(64)),
    Column("themes", JSON, nullable=False),  # [[key, label], …] as the file names them
)


class Organization(Base):
    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(200))

    services: Mapped[list[Service]] = relationship(back_populates="organization")


class Theme(Base):
    """A theme to filter on (an HSDS taxonomy term of our own taxonomy)."""

    __tablename__ = "theme"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Service(Base):
    __tablename__ = "service"
    __table_args__ = (
        CheckConstraint(
            "minimum_age_months IS NULL OR maximum_age_months IS NULL "
            "OR minimum_age_months <= maximum_age_months",
            name="age_range",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL")
    )
    name: Mapped[str] = mapped_column(String(200))
    alternate_name: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[ServiceStatus] = mapped_column(
        Enum(ServiceStatus, native_enum=False, length=30, values_callable=_values),
        default=ServiceStatus.ACTIVE,
    )
    # Who may contact it: False = clients themselves, True = professionals only.
    professional_only: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_note: Mapped[str | None] = mapped_column(Text)
    # Age of the person concerned, inclusive, in months; negative = before birth.
    minimum_age_months: Mapped[int | None] = mapped_column(Integer)
    maximum_age_months: Mapped[int | None] = mapped_column(Integer)
    ages_unknown: Mapped[bool] = mapped_column(Boolean, default=False)
    # Urgency levels handled: one column each, so a filter is a plain indexed predicate.
    handles_acute: Mapped[bool] = mapped_column(Boolean, default=False)
    handles_crisis: Mapped[bool] = mapped_column(Boolean, default=False)
    handles_non_acute: Mapped[bool] = mapped_column(Boolean, default=False)
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[list[str]] = mapped_column(JSON, default=list)
    free_of_charge: Mapped[bool | None] = mapped_column(Boolean)
    anonymous: Mapped[bool | None] = mapped_column(Boolean)
    url: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(200))
    alert: Mapped[str | None] = mapped_column(Text)
    alert_until: Mapped[date | None] = mapped_column(Date)
    # HSDS assured_date / assurer: when and by whom the record was last verified.
    assured_date: Mapped[date | None] = mapped_column(Date)
    assurer: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    # The name folded (lower case, no diacritics): what display order sorts on.
    sort_name: Mapped[str] = mapped_column(String(200), default="", index=True)
    # Position in the result list; shared with the full-text index (see db/search.py).
    display_rank: Mapped[int] = mapped_column(Integer, unique=True)
    # Archived (soft-deleted): hidden everywhere but the archive, whatever the status; clearing
    # it restores the service exactly as it was. A status cannot do that: it has a meaning.
    archived_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it once)

    organization: Mapped[Organization | None] = relationship(back_populates="services")
    themes: Mapped[list[Theme]] = relationship(secondary=service_theme, order_by=Theme.position)
    phones: Mapped[list[Phone]] = relationship(
        back_populates="service", cascade="all, delete-orphan", order_by="Phone.position"
    )
    locations: Mapped[list[Location]] = relationship(
        back_populates="service", cascade="all, delete-orphan", order_by="Location.id"
    )
    schedule: Mapped[Schedule | None] = relationship(
        back_populates="service", cascade="all, delete-orphan", uselist=False
    )
    languages: Mapped[list[ServiceLanguage]] = relationship(
        cascade="all, delete-orphan", order_by="ServiceLanguage.code"
    )


class ServiceLanguage(Base):
    """A language the service can be reached in (HSDS ``language``): one row per code, so
    "who speaks Arabic" is an index look-up (directory/spoken_languages.py has the codes)."""

    __tablename__ = "service_language"
    __table_args__ = (Index("ix_service_language_code", "code", "service_id"),)

    service_id: Mapped[int] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(8), primary_key=True)


class Phone(Base):
    __tablename__ = "phone"

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    # Normal form: E.164 ("+3232607280"), or the bare digits of a Belgian short number ("1712").
    number: Mapped[str] = mapped_column(String(40))
    label: Mapped[str | None] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
    free: Mapped[bool | None] = mapped_column(Boolean)
    position: Mapped[int] = mapped_column(Integer, default=0)

    service: Mapped[Service] = relationship(back_populates="phones")


class Location(Base):
    """Where a service can be visited (HSDS location with its physical address inline)."""

    __tablename__ = "location"

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str | None] = mapped_column(String(200))
    address_1: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2), default="BE")

    service: Mapped[Service] = relationship(back_populates="locations")
