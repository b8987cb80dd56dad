"""The filter row: who the person is, how urgent, when, who may call, which themes, which
languages.

Each control turns into part of a ``ServiceQuery``; no rule lives here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cmp_to_key
from typing import TYPE_CHECKING

from PySide6.QtCore import QCollator, QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QToolButton,
    QWidget,
)

from ifg_desktop.directory.ages import UNBORN
from ifg_desktop.directory.choices import AvailabilityFilter
from ifg_desktop.directory.spoken_languages import display_order
from ifg_desktop.i18n import translate
from ifg_desktop.models.enums import Urgency
from ifg_desktop.ui.deferred import availability
from ifg_desktop.ui.flow_layout import FlowLayout

if TYPE_CHECKING:
    from ifg_desktop.directory.records import ThemeRecord


def display_locale() -> QLocale:
    """The locale the language choice made the default, for day names; where none was
    chosen and the system says C, Dutch (the source language) rather than English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)
    return locale


def language_choices() -> list[tuple[str, str]]:
    """(code, name) of the spoken languages as the filter and the editor list them:
    Belgium's own first, then by name in the language in use, accents and case sorted the
    locale's way (not after "Z" as plain text would)."""
    collator = QCollator(display_locale())
    return [
        (language.code, language.display_name)
        for language in display_order(cmp_to_key(collator.compare))
    ]


def _name(widget: QWidget, object_name: str, accessible: str) -> None:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)


class AgeFilter(QWidget):
    """Years and months of the person concerned, or "ongeboren"; empty = any age."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _name(self, "ageFilter", self.tr("Leeftijd van de betrokkene"))
        self.years = QSpinBox()
        self.years.setRange(-1, 120)
        self.years.setSpecialValueText(self.tr("–"))  # -1: no age given
        self.years.setValue(-1)
        self._suffix_years(-1)
        # As wide as the plural from the start, so the row does not shift when it changes.
        self.years.setMinimumWidth(self.years.sizeHint().width())
        _name(self.years, "ageYears", self.tr("Leeftijd in jaren"))
        self.years.setAccessibleDescription(self.tr("Streepje: elke leeftijd."))
        self.months = QSpinBox()
        self.months.setRange(0, 11)
        self.months.setSuffix(self.tr(" m"))
        _name(self.months, "ageMonths", self.tr("en maanden"))
        self.unborn = QCheckBox(self.tr("ongeboren"))
        _name(self.unborn, "ageUnborn", self.tr("Ongeboren kind (zwangerschap)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.years, self.months, self.unborn):
            layout.addWidget(widget)
        self.years.valueChanged.connect(self._suffix_years)
        self.years.valueChanged.connect(self._on_change)
        self.months.valueChanged.connect(self._on_change)
        self.unborn.toggled.connect(self._on_change)
        self._sync_enabled()

    def _suffix_years(self, years: int) -> None:
        # "1 an", "2 ans": the unit agrees with the number (the Dutch "j" is both).
        if years == 1:
            self.years.setSuffix(translate("AgeFilter.singular", " j"))
        else:
            self.years.setSuffix(translate("AgeFilter.plural", " j"))

    def _sync_enabled(self) -> None:
        self.years.setEnabled(not self.unborn.isChecked())
        self.months.setEnabled(not self.unborn.isChecked() and self.years.value() >= 0)

    def _on_change(self) -> None:
        self._sync_enabled()
        self.changed.emit()

    def age_months(self) -> int | None:
        if self.unborn.isChecked():
            return UNBORN
        if self.years.value() < 0:
            return None
        return self.years.value() * 12 + self.months.value()

    def clear(self) -> None:
        for widget in (self.years, self.months, self.unborn):
            widget.blockSignals(True)
        self.years.setValue(-1)
        self.months.setValue(0)
        self.unborn.setChecked(False)
        for widget in (self.years, self.months, self.unborn):
            widget.blockSignals(False)
        self._sync_enabled()


class _StayOpenMenu(QMenu):
    """A menu of check boxes that stays open while several are ticked."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class ChoiceFilter(QToolButton):
    """A button that opens a list to tick several of; a service matches any one ticked.
    What the button says is its subclass's (``_describe``), in that class's words."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = _StayOpenMenu(self)
        self.setMenu(self._menu)
        self._actions: dict[str, QAction] = {}

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        """(key, label) of each choice, in the order shown; what was ticked stays ticked."""
        chosen = self.selected()
        self._menu.clear()
        self._actions = {}
        for key, label in choices:
            action = QAction(label, self._menu)
            action.setCheckable(True)
            action.setChecked(key in chosen)
            action.setData(key)
            action.toggled.connect(self._on_toggled)
            self._menu.addAction(action)
            self._actions[key] = action
        self._update_text()

    def selected(self) -> frozenset[str]:
        return frozenset(key for key, action in self._actions.items() if action.isChecked())

    def set_selected(self, keys: frozenset[str]) -> None:
        for key, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(key in keys)
            action.blockSignals(False)
        self._update_text()
        self.changed.emit()

    def _on_toggled(self) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        chosen = [a.text() for a in self._actions.values() if a.isChecked()]
        text, tip = self._describe(chosen)
        self.setText(text)
        self.setToolTip(tip)

    def _describe(self, chosen: list[str]) -> tuple[str, str]:
        """(the button's text, its tooltip) with these labels ticked."""
        raise NotImplementedError


class ThemeFilter(ChoiceFilter):
    """Several themes at once; a service matches when it has any of them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _name(self, "themeFilter", self.tr("Thema's"))
        self.setAccessibleDescription(
            self.tr("Opent een lijst: vink een of meer thema's aan; een dienst met één ervan telt.")
        )
        self._update_text()

    def set_themes(self, themes: Sequence[ThemeRecord]) -> None:
        self.set_choices([(theme.key, theme.display_label) for theme in themes])

    def _describe(self, chosen: list[str]) -> tuple[str, str]:
        if not chosen:
            text = self.tr("Alle thema's")
        elif len(chosen) == 1:
            text = chosen[0]
        else:
            text = self.tr("{n} thema's").format(n=len(chosen))
        return text, "\n".join(chosen) or self.tr("Geen thema gekozen: alle diensten")


class LanguageFilter(ChoiceFilter):
    """Several languages at once; a service matches when it speaks any of them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _name(self, "languageFilter", self.tr("Talen"))
        self.setAccessibleDescription(
            self.tr(
                "Opent een lijst: vink een of meer talen aan; een dienst die één ervan "
                "spreekt telt."
            )
        )
        self._menu.setAccessibleName(self.tr("Talen"))
        self.set_choices(language_choices())

    def _describe(self, chosen: list[str]) -> tuple[str, str]:
        if not chosen:
            text = self.tr("Alle talen")
        elif len(chosen) == 1:
            text = chosen[0]
        else:
            text = self.tr("{n} talen").format(n=len(chosen))
        return text, "\n".join(chosen) or self.tr("Geen taal gekozen: alle diensten")


class FilterBar(QWidget):
    """All filters in one row; ``changed`` fires on any change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.age = AgeFilter()
        self.urgency = QComboBox()
        _name(self.urgency, "urgencyFilter", self.tr("Urgentie"))
        urgencies: tuple[tuple[str, Urgency | None], ...] = (
            (self.tr("Alle urgenties"), None),
            (self.tr("Acuut"), Urgency.ACUTE),
            (self.tr("Crisis"), Urgency.CRISIS),
            (self.tr("Niet-acuut"), Urgency.NON_ACUTE),
        )
        for text, level in urgencies:
            self.urgency.addItem(text, level)
        self.availability = QComboBox()
        _name(self.availability, "availabilityFilter", self.tr("Beschikbaarheid"))
        self.availability.setAccessibleDescription(
            self.tr("Alle diensten, nu open, open op een gekozen moment, of dag en nacht.")
        )
        for text, value in (
            (self.tr("Alle (ook gesloten)"), AvailabilityFilter.ANY),
            (self.tr("Nu open"), AvailabilityFilter.OPEN),
            (self.tr("Open op…"), "at"),
            (self.tr("24 op 7"), AvailabilityFilter.ALWAYS_OPEN),
        ):
            self.availability.addItem(text, value)
        self.moment = QDateTimeEdit()
        _name(self.moment, "momentEdit", self.tr("Open op dit moment"))
        self.moment.setCalendarPopup(True)
        self.moment.setLocale(display_locale())  # day names and calendar in the language
        self.moment.setDisplayFormat("ddd dd/MM/yyyy HH:mm")
        self.moment.setVisible(False)
        self.audience = QComboBox()
        _name(self.audience, "audienceFilter", self.tr("Wie mag contact opnemen"))
        self.audience.setAccessibleDescription(
            self.tr("Diensten die enkel voor professionals zijn tonen of weglaten.")
        )
        self.audience.addItem(self.tr("Ook enkel voor professionals"), False)
        self.audience.addItem(self.tr("Enkel wat de cliënt zelf mag bellen"), True)
        self.themes = ThemeFilter()
        self.languages = LanguageFilter()
        self.reset = QToolButton()
        self.reset.setText(self.tr("Filters wissen"))
        _name(self.reset, "resetFiltersButton", self.tr("Alle filters wissen"))
        self.reset.setAccessibleDescription(self.tr("Zoekterm en checklist blijven (Ctrl+R)."))
        self.reset.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        # Each caption stays with its control; the groups wrap onto a next row when the
        # window is narrow (1024 pixels at 150 %), so every filter stays in view.
        layout = FlowLayout(self)
        for label, widget, extra in (
            (self.tr("&Leeftijd"), self.age, None),
            (self.tr("&Urgentie"), self.urgency, None),
            (self.tr("Be&reikbaar"), self.availability, self.moment),
            (self.tr("&Wie"), self.audience, None),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget.years if widget is self.age else widget)
            group = QWidget()
            group_layout = QHBoxLayout(group)
            group_layout.setContentsMargins(0, 0, 0, 0)
            group_layout.setSpacing(6)
            group_layout.addWidget(caption)
            group_layout.addWidget(widget)
            if extra is not None:
                group_layout.addWidget(extra)
            layout.addWidget(group)
        layout.addWidget(self.themes)
        layout.addWidget(self.languages)
        layout.addWidget(self.reset)

        self.age.changed.connect(self.changed)
        self.urgency.currentIndexChanged.connect(self.changed)
        self.availability.currentIndexChanged.connect(self._on_availability)
        self.moment.dateTimeChanged.connect(self.changed)
        self.audience.currentIndexChanged.connect(self.changed)
        self.themes.changed.connect(self.changed)
        self.languages.changed.connect(self.changed)
        self.reset.clicked.connect(self.clear)

    def _on_availability(self) -> None:
        picking = self.availability.currentData() == "at"
        if picking and self.moment.isHidden():  # just chosen: start from now
            self.moment.blockSignals(True)
            self.moment.setDateTime(QDateTime.currentDateTime())
            self.moment.blockSignals(False)
        self.moment.setVisible(picking)
        self.changed.emit()

    # -- what the filters say ----------------------------------------------------------------
    def age_months(self) -> int | None:
        return self.age.age_months()

    def urgency_value(self) -> Urgency | None:
        value = self.urgency.currentData()
        return Urgency(value) if value else None

    def availability_value(self) -> AvailabilityFilter:
        value = self.availability.currentData()
        return AvailabilityFilter.OPEN if value == "at" else AvailabilityFilter(value)

    def chosen_moment(self) -> datetime | None:
        """The moment picked with "Open op…"; None = now."""
        if self.availability.currentData() != "at":
            return None
        picked = self.moment.dateTime().toPython()
        assert isinstance(picked, datetime)
        return picked.replace(tzinfo=availability.BRUSSELS)

    def client_only(self) -> bool:
        return bool(self.audience.currentData())

    def clear(self) -> None:
        """Back to no filter at all, with one ``changed``."""
        widgets = (self.urgency, self.availability, self.audience, self.moment)
        for widget in widgets:
            widget.blockSignals(True)
        self.age.clear()
        self.urgency.setCurrentIndex(0)
        self.availability.setCurrentIndex(0)
        self.audience.setCurrentIndex(0)
        self.moment.setVisible(False)
        for widget in widgets:
            widget.blockSignals(False)
        for choices in (self.themes, self.languages):
            choices.blockSignals(True)
            choices.set_selected(frozenset())
            choices.blockSignals(False)
        self.changed.emit()

    def set_moment(self, moment: datetime) -> None:
        """Pick "Open op…" at ``moment``."""
        self.blockSignals(True)
        self.availability.setCurrentIndex(self.availability.findData("at"))
        self.blockSignals(False)
        self.moment.blockSignals(True)
        local = moment.astimezone(availability.BRUSSELS)
        self.moment.setDateTime(
            QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
        )
        self.moment.blockSignals(False)
        self.changed.emit()
