"""Where a service's facts come from: its contact, its hours, its ages."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ifg_desktop.models.base import Base


class FactSource(Base):
    """The source of one fact of a service (``fact``: contact | hours | ages), and whether
    it is to be verified (old, indirect, or itself saying so). Shown in the detail pane;
    ``check`` lists what is to be verified; "Vandaag geverifieerd" clears the mark."""

    __tablename__ = "fact_source"
    __table_args__ = (UniqueConstraint("service_id", "fact"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    fact: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(Text)
    to_verify: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)
