"""Opening hours: windows of the week (or of the month, every n weeks) plus what HSDS
cannot say (24/7, past midnight, dates).

All times are local wall-clock times in ``Schedule.timezone`` (Europe/Brussels); the rules
that turn them into "open now" live in ``directory/availability.py``.
"""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, Enum, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ifg_desktop.models.base import Base
from ifg_desktop.models.enums import WindowKind

if TYPE_CHECKING:
    from ifg_desktop.models.service import Service


class Schedule(Base):
    __tablename__ = "schedule"

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), unique=True
    )
    always_open: Mapped[bool] = mapped_column(Boolean, default=False)
    by_appointment: Mapped[bool] = mapped_column(Boolean, default=False)
    # None = not known; on a public holiday the state is then "unknown", never guessed.
    closed_on_public_holidays: Mapped[bool | None] = mapped_column(Boolean)
    # A part of the service reachable day and night when the service as a whole is not
    # ("crisisopvang" of a CKG): shown beside its state, never as "open 24/7".
    always_open_part: Mapped[str | None] = mapped_column(String(120))
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Brussels")
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    service: Mapped[Service] = relationship(back_populates="schedule")
    windows: Mapped[list[ScheduleWindow]] = relationship(
        back_populates="schedule",
        cascade="all, delete-orphan",
        order_by="(ScheduleWindow.weekday, ScheduleWindow.opens_at)",
    )
    exceptions: Mapped[list[ScheduleException]] = relationship(
        back_populates="schedule", cascade="all, delete-orphan", order_by="ScheduleException.date"
    )


class ScheduleWindow(Base):
    """One opening window on a weekday; ``closes_at <= opens_at`` means it ends the next
    day."""

    __tablename__ = "schedule_window"

    id: Mapped[int] = mapped_column(primary_key=True)
    schedule_id: Mapped[int] = mapped_column(
        ForeignKey("schedule.id", ondelete="CASCADE"), index=True
    )
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday … 6 = Sunday
    opens_at: Mapped[time] = mapped_column(Time)
    closes_at: Mapped[time] = mapped_column(Time)
    kind: Mapped[WindowKind] = mapped_column(
        Enum(
            WindowKind, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e]
        ),
        default=WindowKind.OPEN,
    )
    # Not every week (HSDS/iCalendar RRULE, see availability.Window): which of the month's
    # such weekdays ("1", "2,4", "-1" = last; NULL = the weeks), every n weeks or months,
    # and the dtstart the count starts from.
    ordinals: Mapped[str | None] = mapped_column(String(40))
    repeat_interval: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    anchor: Mapped[date | None] = mapped_column(Date)

    schedule: Mapped[Schedule] = relationship(back_populates="windows")


class ScheduleException(Base):
    """A date that differs from the week: closed all day, or open other hours."""

    __tablename__ = "schedule_exception"

    id: Mapped[int] = mapped_column(primary_key=True)
    schedule_id: Mapped[int] = mapped_column(
        ForeignKey("schedule.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[date] = mapped_column(Date)
    closed: Mapped[bool] = mapped_column(Boolean, default=True)
    opens_at: Mapped[time | None] = mapped_column(Time)
    closes_at: Mapped[time | None] = mapped_column(Time)
    note: Mapped[str | None] = mapped_column(Text)

    schedule: Mapped[Schedule] = relationship(back_populates="exceptions")
