"""Small editing widgets the service editor is built from: yes/no/unknown, an age bound,
a list of rows (phones, addresses), and a message under a field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ifg_desktop.directory import describe
from ifg_desktop.directory.drafts import LocationDraft, PhoneDraft
from ifg_desktop.directory.phones import format_phone
from ifg_desktop.directory.validation import PREGNANCY_MONTHS, phone_problem
from ifg_desktop.i18n import translate
from ifg_desktop.ui.coordinator.common import named


class MessageLabel(QLabel):
    """A field's problem, in red under it; hidden while there is none."""

    def __init__(self, object_name: str, about: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(
            self, object_name, translate("Coordinator", "Melding bij {field}").format(field=about)
        )
        self.setWordWrap(True)
        self.setStyleSheet("color: #8a0019; background: #fdecee; padding: 2px 4px;")
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setAccessibleDescription(message or "")
        self.setVisible(bool(message))


class TriStateCombo(QComboBox):
    """Yes, no, or not known: never a guess."""

    def __init__(self, object_name: str, accessible_name: str) -> None:
        super().__init__()
        named(self, object_name, accessible_name)
        self.addItem(translate("Coordinator", "onbekend"), None)
        self.addItem(translate("Coordinator", "ja"), True)
        self.addItem(translate("Coordinator", "nee"), False)

    def value(self) -> bool | None:
        data = self.currentData()
        return None if data is None else bool(data)

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])


class AgeBoundEditor(QWidget):
    """One end of an age range, in years and months, or from pregnancy (minimum only).

    Stored in months: the minimum inclusive, negative before birth (-9 = start of the
    pregnancy); the maximum inclusive, so "t.e.m. 17 jaar" is 17 x 12 + 11 = 215.
    """

    changed = Signal()

    NONE, PREGNANCY, AGE, THROUGH_YEARS = "none", "pregnancy", "age", "through_years"

    def __init__(self, which: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.which = which
        minimum = which == "minimum"
        label = (
            translate("Coordinator", "Minimumleeftijd")
            if minimum
            else translate("Coordinator", "Maximumleeftijd")
        )
        named(self, f"{which}AgeEditor", label)
        self.mode = named(
            QComboBox(),
            f"{which}AgeMode",
            translate("Coordinator", "{label}: soort").format(label=label),
        )
        if minimum:
            self.mode.addItem(translate("Coordinator", "geen ondergrens"), self.NONE)
            self.mode.addItem(translate("Coordinator", "vanaf de zwangerschap"), self.PREGNANCY)
            self.mode.addItem(translate("Coordinator", "vanaf (jaren en maanden)"), self.AGE)
        else:
            self.mode.addItem(translate("Coordinator", "geen bovengrens"), self.NONE)
            self.mode.addItem(translate("Coordinator", "tot en met … jaar"), self.THROUGH_YEARS)
            self.mode.addItem(
                translate("Coordinator", "tot en met precies (jaren en maanden)"), self.AGE
            )
        self.years = named(
            QSpinBox(),
            f"{which}AgeYears",
            translate("Coordinator", "{label}: jaren").format(label=label),
        )
        self.years.setRange(0, 130)
        self.years.setSuffix(translate("Coordinator", " jaar"))
        self.months = named(
            QSpinBox(),
            f"{which}AgeMonths",
            translate("Coordinator", "{label}: maanden").format(label=label),
        )
        self.months.setRange(0, 11)
        self.months.setSuffix(translate("Coordinator", " mnd"))
        self.pregnancy_month = named(
            QSpinBox(),
            f"{which}AgePregnancyMonth",
            translate("Coordinator", "{label}: vanaf maand van de zwangerschap").format(
                label=label
            ),
        )
        self.pregnancy_month.setRange(1, 9)
        self.pregnancy_month.setPrefix(translate("Coordinator", "maand "))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.mode, self.pregnancy_month, self.years, self.months):
            layout.addWidget(widget)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        for spin in (self.years, self.months, self.pregnancy_month):
            spin.valueChanged.connect(self.changed)
        self._mode_changed()

    def _mode_changed(self) -> None:
        mode = self.mode.currentData()
        self.years.setVisible(mode in (self.AGE, self.THROUGH_YEARS))
        self.months.setVisible(mode == self.AGE)
        self.pregnancy_month.setVisible(mode == self.PREGNANCY)
        self.changed.emit()

    def _set_mode(self, mode: str) -> None:
        self.mode.setCurrentIndex(self.mode.findData(mode))

    def value(self) -> int | None:
        mode = self.mode.currentData()
        if mode == self.PREGNANCY:
            return self.pregnancy_month.value() - 10  # month 1 = -9 … month 9 = -1
        if mode == self.THROUGH_YEARS:
            return self.years.value() * 12 + 11
        if mode == self.AGE:
            return self.years.value() * 12 + self.months.value()
        return None

    def set_value(self, months: int | None) -> None:
        if months is None:
            self._set_mode(self.NONE)
        elif months < 0 and self.which == "minimum":
            self._set_mode(self.PREGNANCY)
            self.pregnancy_month.setValue(max(1, months + 10))
        elif self.which == "maximum" and months % 12 == 11:
            self._set_mode(self.THROUGH_YEARS)
            self.years.setValue(months // 12)
        else:
            self._set_mode(self.AGE)
            self.years.setValue(max(0, months) // 12)
            self.months.setValue(max(0, months) % 12)

    def set_pregnancy(self) -> None:
        """ "Vanaf zwangerschap": from its very start."""
        self._set_mode(self.PREGNANCY)
        self.pregnancy_month.setValue(PREGNANCY_MONTHS + 10)


def age_preview(minimum: int | None, maximum: int | None, unknown: bool) -> str:
    return describe.age_range(minimum, maximum, unknown)


R = TypeVar("R", bound="RemovableRow")


class RemovableRow(QWidget):
    remove_requested = Signal(QWidget)
    changed = Signal()

    def _remove_button(self, what: str) -> QToolButton:
        button = named(
            QToolButton(),
            "removeRow",
            translate("Coordinator", "{what} verwijderen").format(what=what),
        )
        button.setText("✕")
        button.setToolTip(translate("Coordinator", "{what} verwijderen").format(what=what))
        button.clicked.connect(lambda: self.remove_requested.emit(self))
        return button


class RowList(QWidget, Generic[R]):
    """A list of rows with an "add" button; rows remove themselves."""

    changed = Signal()

    def __init__(
        self, object_name: str, accessible_name: str, add_text: str, factory: Callable[[], R]
    ) -> None:
        super().__init__()
        named(self, object_name, accessible_name)
        self._factory = factory
        self.rows: list[R] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout = QVBoxLayout()
        self._layout.addLayout(self._rows_layout)
        self.add_button = named(QPushButton(add_text), f"{object_name}Add", add_text)
        self.add_button.clicked.connect(lambda: self.add_row())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        self._layout.addLayout(buttons)

    def add_row(self) -> R:
        row = self._factory()
        row.remove_requested.connect(self._remove)
        row.changed.connect(self.changed)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        self.changed.emit()
        return row

    def _remove(self, row: QWidget) -> None:
        self.rows = [r for r in self.rows if r is not row]
        self._rows_layout.removeWidget(row)
        row.deleteLater()
        self.changed.emit()

    def clear(self) -> None:
        for row in list(self.rows):
            self._remove(row)


class PhoneRow(RemovableRow):
    """A number as typed, checked and shown formatted when the field is left."""

    def __init__(self) -> None:
        super().__init__()
        self.number = named(QLineEdit(), "phoneNumber", translate("Coordinator", "Telefoonnummer"))
        self.number.setPlaceholderText(translate("Coordinator", "03 260 72 80, 1712, 0800 …"))
        self.label = named(
            QLineEdit(), "phoneLabel", translate("Coordinator", "Label van het nummer")
        )
        self.label.setPlaceholderText(translate("Coordinator", "label (bv. Onthaal)"))
        self.description = named(
            QLineEdit(), "phoneDescription", translate("Coordinator", "Uitleg bij het nummer")
        )
        self.description.setPlaceholderText(translate("Coordinator", "uitleg"))
        self.free = TriStateCombo("phoneFree", translate("Coordinator", "Nummer gratis"))
        self.free.setToolTip(translate("Coordinator", "Gratis te bellen?"))
        self.message = MessageLabel("phoneMessage", translate("Coordinator", "telefoonnummer"))
        line = QHBoxLayout()
        for widget in (self.number, self.label, self.description):
            line.addWidget(widget, 2 if widget is self.description else 1)
        line.addWidget(QLabel(translate("Coordinator", "gratis:")))
        line.addWidget(self.free)
        line.addWidget(self._remove_button(translate("Coordinator", "Nummer")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addWidget(self.message)
        self.number.editingFinished.connect(self.check)
        for edit in (self.number, self.label, self.description):
            edit.textChanged.connect(self.changed)
        self.free.currentIndexChanged.connect(self.changed)

    def check(self) -> str | None:
        """Show the problem, or the number formatted; returns the problem."""
        stored, problem = phone_problem(self.number.text())
        self.message.show_message(problem)
        if stored is not None:
            shown = format_phone(stored)
            if shown != self.number.text():
                self.number.setText(shown)
        return problem

    def value(self) -> tuple[PhoneDraft | None, str | None]:
        stored, problem = phone_problem(self.number.text())
        if stored is None:
            return None, problem
        return (
            PhoneDraft(
                stored,
                self.label.text().strip() or None,
                self.description.text().strip() or None,
                self.free.value(),
            ),
            None,
        )

    def set_value(self, phone: PhoneDraft) -> None:
        self.number.setText(format_phone(phone.number))
        self.label.setText(phone.label or "")
        self.description.setText(phone.description or "")
        self.free.set_value(phone.free)


class LocationRow(RemovableRow):
    def __init__(self) -> None:
        super().__init__()
        self.name = named(
            QLineEdit(), "locationName", translate("Coordinator", "Naam van de plaats")
        )
        self.name.setPlaceholderText(translate("Coordinator", "naam (bv. Hoofdzetel)"))
        self.address = named(
            QLineEdit(), "locationAddress", translate("Coordinator", "Straat en nummer")
        )
        self.address.setPlaceholderText(translate("Coordinator", "straat en nummer"))
        self.postal_code = named(
            QLineEdit(), "locationPostalCode", translate("Coordinator", "Postcode")
        )
        self.postal_code.setPlaceholderText(translate("Coordinator", "postcode"))
        self.postal_code.setMaximumWidth(80)
        self.city = named(QLineEdit(), "locationCity", translate("Coordinator", "Gemeente"))
        self.city.setPlaceholderText(translate("Coordinator", "gemeente"))
        self.country = named(
            QLineEdit("BE"), "locationCountry", translate("Coordinator", "Landcode")
        )
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(40)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.name, self.address, self.postal_code, self.city, self.country):
            layout.addWidget(widget)
            widget.textChanged.connect(self.changed)
        layout.addWidget(self._remove_button(translate("Coordinator", "Adres")))

    def value(self) -> LocationDraft:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return LocationDraft(
            text(self.name),
            text(self.address),
            text(self.postal_code),
            text(self.city),
            (self.country.text().strip() or "BE").upper(),
        )

    def set_value(self, location: LocationDraft) -> None:
        self.name.setText(location.name or "")
        self.address.setText(location.address_1 or "")
        self.postal_code.setText(location.postal_code or "")
        self.city.setText(location.city or "")
        self.country.setText(location.country)
