"""The red-flag checklist's items. Only the items are stored: never what is ticked."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Enum, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ifg_desktop.models.base import Base
from ifg_desktop.models.enums import ChecklistKind
from ifg_desktop.models.service import Service, Theme

checklist_item_theme = Table(
    "checklist_item_theme",
    Base.metadata,
    Column("item_id", ForeignKey("checklist_item.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True),
)

checklist_item_service = Table(
    "checklist_item_service",
    Base.metadata,
    Column("item_id", ForeignKey("checklist_item.id", ondelete="CASCADE"), primary_key=True),
    Column("service_id", ForeignKey("service.id", ondelete="CASCADE"), primary_key=True),
)


class ChecklistItem(Base):
    __tablename__ = "checklist_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[ChecklistKind] = mapped_column(
        Enum(
            ChecklistKind,
            native_enum=False,
            length=20,
            values_callable=lambda e: [m.value for m in e],
        )
    )
    group: Mapped[str | None] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    help: Mapped[str | None] = mapped_column(Text)
    critical: Mapped[bool] = mapped_column(Boolean, default=False)
    shows_kindreflex: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    suggests_themes: Mapped[list[Theme]] = relationship(secondary=checklist_item_theme)
    suggests_services: Mapped[list[Service]] = relationship(secondary=checklist_item_service)
