"""The trail of every change (HSDS ``metadata``) and the coordinator's password hash."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, Enum, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ifg_desktop.models.base import Base, utcnow
from ifg_desktop.models.enums import AuditAction


class AuditEntry(Base):
    """One field of one resource changed once: who, when, from what, to what.

    The HSDS 3.0 ``metadata`` object, extended with ``resource_version``: the service's
    version once the change was saved, so "what changed since version N" is one query.
    Values are JSON text of the field as it is in a ``ServiceDraft`` (see
    ``directory/fields.py``); ``previous_value`` is NULL for a field that did not exist yet.
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    resource_type: Mapped[str] = mapped_column(String(40), default="service")
    resource_id: Mapped[str] = mapped_column(String(80), index=True)  # the service key
    resource_version: Mapped[int | None] = mapped_column(Integer)
    field_name: Mapped[str] = mapped_column(String(80))
    previous_value: Mapped[str | None] = mapped_column(Text)
    replacement_value: Mapped[str | None] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(200))
    last_action_date: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True
    )
    last_action_type: Mapped[AuditAction] = mapped_column(
        Enum(
            AuditAction,
            native_enum=False,
            length=20,
            values_callable=lambda e: [m.value for m in e],
        )
    )


class CoordinatorSecret(Base):
    """The one coordinator password, as a salted scrypt hash (see directory/auth.py)."""

    __tablename__ = "coordinator_secret"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    password_hash: Mapped[str] = mapped_column(String(300))
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
