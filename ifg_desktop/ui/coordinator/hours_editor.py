"""The opening-hours editor: weekly windows (past midnight too), every other week or a day
of the month ("de eerste maandag"), 24/7, by appointment, walk-in moments, public holidays,
and dates that differ (closures, special hours).

A row of the week holds several days with the same hours ("ma–vr 09:00–17:00"); it
becomes one window per ticked day. Unknown stays unknown: with "Openingsuren bekend" off
the service has no hours, and the front desk sees "Uren onbekend", never "Gesloten".
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ifg_desktop.directory import describe
from ifg_desktop.directory.availability import DateException, Hours, Window, window_order
from ifg_desktop.directory.validation import PART_MAX_LENGTH, hours_problem
from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ifg_desktop.ui.coordinator.common import named
from ifg_desktop.ui.coordinator.widgets import (
    MessageLabel,
    RemovableRow,
    RowList,
)

KIND_LABELS = (
    ("open", QT_TRANSLATE_NOOP("Coordinator", "open")),
    ("phone", QT_TRANSLATE_NOOP("Coordinator", "enkel telefonisch")),
    ("walk_in", QT_TRANSLATE_NOOP("Coordinator", "vrije inloop")),
)
# How often a row's days hold: (ordinals, interval) as availability.Window has them. A rule
# read from elsewhere that is none of these ("2TU,4TU") gets its own choice in its row.
REPEAT_CHOICES: tuple[tuple[tuple[int, ...], int], ...] = (
    ((), 1),
    ((), 2),
    ((1,), 1),
    ((2,), 1),
    ((3,), 1),
    ((4,), 1),
    ((-1,), 1),
)
HOLIDAY_CHOICES = (
    (True, QT_TRANSLATE_NOOP("Coordinator", "gesloten")),
    (False, QT_TRANSLATE_NOOP("Coordinator", "open zoals op een gewone dag")),
    (None, QT_TRANSLATE_NOOP("Coordinator", "onbekend")),
)
HOLIDAY_VALUES = tuple(value for value, _label in HOLIDAY_CHOICES)


def _qtime(value: time | None) -> QTime:
    return QTime(0, 0) if value is None else QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _time_edit(object_name: str, accessible_name: str) -> QTimeEdit:
    edit = named(QTimeEdit(), object_name, accessible_name)
    edit.setDisplayFormat("HH:mm")
    return edit


class WindowRow(RemovableRow):
    """The same hours on one or more days of the week: every week, every other week from
    a first day, or one of the month's such days ("de eerste van de maand")."""

    def __init__(self) -> None:
        super().__init__()
        self.days = [
            named(
                QCheckBox(describe.weekday_short(day)),
                f"windowDay{day}",
                describe.weekday_long(day),
            )
            for day in range(7)
        ]
        self.opens = _time_edit("windowOpens", translate("Coordinator", "Opent om"))
        self.closes = _time_edit("windowCloses", translate("Coordinator", "Sluit om"))
        self.kind = named(QComboBox(), "windowKind", translate("Coordinator", "Soort venster"))
        for value, label in KIND_LABELS:
            self.kind.addItem(translate("Coordinator", label), value)
        self.next_day = named(
            QLabel(), "windowNextDay", translate("Coordinator", "Eindigt de volgende dag")
        )
        self.repeat = named(QComboBox(), "windowRepeat", translate("Coordinator", "Hoe vaak"))
        self._rules = list(REPEAT_CHOICES)
        for ordinals, interval in self._rules:
            self.repeat.addItem(describe.repeat_text(ordinals, interval))
        # Where "every n weeks" counts from (HSDS's dtstart); a monthly rule read with a
        # dtstart keeps it unseen.
        self.anchor = named(QDateEdit(), "windowAnchor", translate("Coordinator", "Eerste keer op"))
        self.anchor.setDisplayFormat("dd-MM-yyyy")
        self.anchor.setCalendarPopup(True)
        self.anchor.setToolTip(
            translate("Coordinator", "Eerste keer op (vanaf die week om de zoveel weken)")
        )
        self.anchor.setDate(QDate.currentDate())
        self._kept_anchor: date | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in self.days:
            layout.addWidget(box)
            box.toggled.connect(self.changed)
        # Every row the same up to "Hoe vaak" (its width fixed): the columns line up, and
        # what only some rows show (a first day, "tot de volgende dag") comes after.
        self.repeat.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.repeat.setMinimumContentsLength(26)
        layout.addWidget(self.opens)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.closes)
        layout.addWidget(self.kind)
        layout.addWidget(self.repeat)
        layout.addWidget(self.anchor)
        layout.addWidget(self.next_day)
        layout.addStretch()
        layout.addWidget(self._remove_button(translate("Coordinator", "Venster")))
        for edit in (self.opens, self.closes):
            edit.timeChanged.connect(self._times_changed)
        self.kind.currentIndexChanged.connect(self.changed)
        self.repeat.currentIndexChanged.connect(self._repeat_changed)
        self.anchor.dateChanged.connect(self.changed)
        self._repeat_changed()
        self.opens.setTime(QTime(9, 0))
        self.closes.setTime(QTime(17, 0))

    def _times_changed(self) -> None:
        overnight = self.closes.time() <= self.opens.time()
        self.next_day.setText(
            translate("Coordinator", "(tot de volgende dag)") if overnight else ""
        )
        self.changed.emit()

    def _repeat_changed(self) -> None:
        self.anchor.setVisible(self._rule()[1] != 1)
        self.changed.emit()

    def _rule(self) -> tuple[tuple[int, ...], int]:
        return self._rules[max(0, self.repeat.currentIndex())]

    def windows(self) -> list[Window]:
        opens, closes = _time(self.opens.time()), _time(self.closes.time())
        kind = str(self.kind.currentData())
        ordinals, interval = self._rule()
        anchor = _date(self.anchor.date()) if interval != 1 else None
        if interval == 1 and ordinals:
            anchor = self._kept_anchor
        return [
            Window(day, opens, closes, kind, ordinals, interval, anchor)
            for day, box in enumerate(self.days)
            if box.isChecked()
        ]

    def set_value(
        self,
        days: list[int],
        opens: time,
        closes: time,
        kind: str,
        rule: tuple[tuple[int, ...], int] = ((), 1),
        anchor: date | None = None,
    ) -> None:
        for day, box in enumerate(self.days):
            box.setChecked(day in days)
        self.opens.setTime(_qtime(opens))
        self.closes.setTime(_qtime(closes))
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        if rule not in self._rules:  # kept as it came, and shown in words
            self._rules.append(rule)
            self.repeat.addItem(describe.repeat_text(*rule))
        self._kept_anchor = anchor if rule[0] else None
        if anchor is not None:
            self.anchor.setDate(_qdate(anchor))
        self.repeat.setCurrentIndex(self._rules.index(rule))


class ExceptionRow(RemovableRow):
    """One date that differs from the week: closed, or open other hours."""

    def __init__(self) -> None:
        super().__init__()
        self.day = named(QDateEdit(), "exceptionDate", translate("Coordinator", "Datum"))
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setCalendarPopup(True)
        self.day.setDate(QDate.currentDate())
        self.closed = named(
            QCheckBox(translate("Coordinator", "gesloten")),
            "exceptionClosed",
            translate("Coordinator", "Gesloten die dag"),
        )
        self.closed.setChecked(True)
        self.opens = _time_edit("exceptionOpens", translate("Coordinator", "Opent die dag om"))
        self.closes = _time_edit("exceptionCloses", translate("Coordinator", "Sluit die dag om"))
        self.note = named(
            QLineEdit(), "exceptionNote", translate("Coordinator", "Opmerking bij de datum")
        )
        self.note.setPlaceholderText(translate("Coordinator", "bv. Kerstmis, verhuis"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.day, self.closed, self.opens, QLabel("–"), self.closes, self.note):
            layout.addWidget(widget)
        layout.addWidget(self._remove_button(translate("Coordinator", "Datum")))
        self.closed.toggled.connect(self._closed_changed)
        self.day.dateChanged.connect(self.changed)
        self.opens.timeChanged.connect(self.changed)
        self.closes.timeChanged.connect(self.changed)
        self.note.textChanged.connect(self.changed)
        self.opens.setTime(QTime(9, 0))
        self.closes.setTime(QTime(12, 0))
        self._closed_changed()

    def _closed_changed(self) -> None:
        closed = self.closed.isChecked()
        self.opens.setEnabled(not closed)
        self.closes.setEnabled(not closed)
        self.changed.emit()

    def value(self) -> DateException:
        closed = self.closed.isChecked()
        return DateException(
            _date(self.day.date()),
            closed,
            None if closed else _time(self.opens.time()),
            None if closed else _time(self.closes.time()),
            self.note.text().strip() or None,
        )

    def set_value(self, exception: DateException) -> None:
        self.day.setDate(_qdate(exception.day))
        self.closed.setChecked(exception.closed)
        if exception.opens_at is not None:
            self.opens.setTime(_qtime(exception.opens_at))
        if exception.closes_at is not None:
            self.closes.setTime(_qtime(exception.closes_at))
        self.note.setText(exception.note or "")


class OptionalDate(QWidget):
    """A date that may be absent: a check box and a date."""

    def __init__(self, object_name: str, label: str) -> None:
        super().__init__()
        named(self, object_name, label)
        self.enabled = named(QCheckBox(label), f"{object_name}Set", label)
        self.date = named(QDateEdit(), f"{object_name}Date", label)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setCalendarPopup(True)
        self.date.setDate(QDate.currentDate())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.date)
        layout.addStretch()
        self.enabled.toggled.connect(self.date.setEnabled)
        self.date.setEnabled(False)

    def value(self) -> date | None:
        return _date(self.date.date()) if self.enabled.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.date.setDate(_qdate(value))


class HoursEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "hoursEditor", translate("Coordinator", "Openingsuren"))
        self._timezone = "Europe/Brussels"
        self.known = named(
            QCheckBox(translate("Coordinator", "Openingsuren bekend")),
            "hoursKnown",
            translate("Coordinator", "Openingsuren bekend"),
        )
        self.always_open = named(
            QCheckBox(translate("Coordinator", "24 op 7 (dag en nacht)")),
            "hoursAlwaysOpen",
            translate("Coordinator", "24 op 7"),
        )
        self.by_appointment = named(
            QCheckBox(translate("Coordinator", "Op afspraak")),
            "hoursByAppointment",
            translate("Coordinator", "Op afspraak"),
        )
        self.holidays = named(
            QComboBox(), "hoursHolidays", translate("Coordinator", "Op feestdagen")
        )
        for value, label in HOLIDAY_CHOICES:
            self.holidays.addItem(translate("Coordinator", label), value)
        self.windows: RowList[WindowRow] = RowList(
            "hoursWindows",
            translate("Coordinator", "Weekuren"),
            translate("Coordinator", "Uren toevoegen"),
            WindowRow,
        )
        self.exceptions: RowList[ExceptionRow] = RowList(
            "hoursExceptions",
            translate("Coordinator", "Afwijkende dagen"),
            translate("Coordinator", "Datum toevoegen"),
            ExceptionRow,
        )
        self.valid_from = OptionalDate("hoursValidFrom", translate("Coordinator", "Geldig vanaf"))
        self.valid_to = OptionalDate("hoursValidTo", translate("Coordinator", "Geldig tot en met"))
        self.note = named(
            QLineEdit(), "hoursNote", translate("Coordinator", "Opmerking bij de uren")
        )
        # Outside the hours themselves: a CKG's crisis reception is reachable day and night
        # also when nobody knows the hours of the rest.
        self.part = named(
            QLineEdit(),
            "hoursAlwaysOpenPart",
            translate("Coordinator", "Deel dat dag en nacht bereikbaar is"),
        )
        self.part.setPlaceholderText(translate("Coordinator", "bv. crisisopvang (leeg: geen)"))
        self.part.setMaxLength(PART_MAX_LENGTH)
        self.message = MessageLabel("hoursMessage", translate("Coordinator", "openingsuren"))

        self._details = QWidget()
        form = QFormLayout(self._details)
        form.addRow(self.always_open)
        form.addRow(self.by_appointment)
        form.addRow(translate("Coordinator", "Op feestdagen:"), self.holidays)
        week = QGroupBox(
            translate(
                "Coordinator",
                "Weekuren (sluit het vóór het openen, dan loopt het door na middernacht)",
            )
        )
        week_layout = QVBoxLayout(week)
        week_layout.addWidget(self.windows)
        form.addRow(week)
        dates = QGroupBox(
            translate("Coordinator", "Afwijkende dagen: sluiting of andere uren op een datum")
        )
        dates_layout = QVBoxLayout(dates)
        dates_layout.addWidget(self.exceptions)
        form.addRow(dates)
        form.addRow(self.valid_from)
        form.addRow(self.valid_to)

        layout = QVBoxLayout(self)
        layout.addWidget(self.known)
        layout.addWidget(self._details)
        part_label = QLabel(
            translate(
                "Coordinator", "&Deel dag en nacht bereikbaar (als de dienst zelf dat niet is):"
            )
        )
        part_label.setBuddy(self.part)
        layout.addWidget(part_label)
        layout.addWidget(self.part)
        layout.addWidget(QLabel(translate("Coordinator", "Opmerking bij de uren:")))
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addStretch()

        self.known.toggled.connect(self._details.setEnabled)
        for box in (self.known, self.always_open, self.by_appointment):
            box.toggled.connect(self._changed)
        self.holidays.currentIndexChanged.connect(self._changed)
        self.windows.changed.connect(self._changed)
        self.exceptions.changed.connect(self._changed)
        for optional in (self.valid_from, self.valid_to):
            optional.enabled.toggled.connect(self._changed)
            optional.date.dateChanged.connect(self._changed)
        self.note.textChanged.connect(self.changed)
        self.part.textChanged.connect(self._changed)
        self._details.setEnabled(False)

    def _changed(self) -> None:
        self.check()
        self.changed.emit()

    def check(self) -> str | None:
        problem = None
        if self.known.isChecked() and any(not row.windows() for row in self.windows.rows):
            problem = translate("Coordinator", "Duid bij elke rij uren minstens één dag aan.")
        problem = problem or hours_problem(self.hours())
        self.message.show_message(problem)
        return problem

    def hours(self) -> Hours | None:
        part = " ".join(self.part.text().split()) or None
        if not self.known.isChecked():
            return (
                None
                if part is None
                else Hours(closed_on_public_holidays=None, always_open_part=part)
            )
        return Hours(
            always_open_part=part,
            always_open=self.always_open.isChecked(),
            by_appointment=self.by_appointment.isChecked(),
            closed_on_public_holidays=HOLIDAY_VALUES[self.holidays.currentIndex()],
            windows=tuple(w for row in self.windows.rows for w in row.windows()),
            exceptions=tuple(row.value() for row in self.exceptions.rows),
            valid_from=self.valid_from.value(),
            valid_to=self.valid_to.value(),
            timezone=self._timezone,
        )

    def schedule_note(self) -> str | None:
        return self.note.text().strip() or None

    def set_value(self, hours: Hours | None, note: str | None) -> None:
        self.windows.clear()
        self.exceptions.clear()
        self.known.setChecked(hours is not None)
        self._details.setEnabled(hours is not None)
        shown = hours or Hours(closed_on_public_holidays=None)
        self.part.setText(shown.always_open_part or "")
        self._timezone = shown.timezone
        self.always_open.setChecked(shown.always_open)
        self.by_appointment.setChecked(shown.by_appointment)
        self.holidays.setCurrentIndex(HOLIDAY_VALUES.index(shown.closed_on_public_holidays))
        # Days with the same hours (and rule) share a row, in the order of the week.
        groups: dict[
            tuple[time, time, str, tuple[tuple[int, ...], int], date | None], list[int]
        ] = {}
        for window in sorted(shown.windows, key=window_order):
            same = (
                window.opens_at,
                window.closes_at,
                window.kind,
                (window.ordinals, window.interval),
                window.anchor,
            )
            groups.setdefault(same, []).append(window.weekday)
        for (opens, closes, kind, rule, anchor), days in groups.items():
            self.windows.add_row().set_value(days, opens, closes, kind, rule, anchor)
        for exception in shown.exceptions:
            self.exceptions.add_row().set_value(exception)
        self.valid_from.set_value(shown.valid_from)
        self.valid_to.set_value(shown.valid_to)
        self.note.setText(note or "")
        self.check()
