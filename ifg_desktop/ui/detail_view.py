"""Everything a worker needs about one service: numbers large, each one copyable."""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ifg_desktop.directory.phones import dial_string
from ifg_desktop.directory.spoken_languages import names as language_names
from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ifg_desktop.ui.deferred import availability, check, describe
from ifg_desktop.ui.style import BADGE_COLOURS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ifg_desktop.directory.provenance import FactSourceRecord
    from ifg_desktop.directory.records import ServiceRecord


# The most characters of one text shown, as validation.TEXT_LIMITS allows a description:
# a longer value stored before that limit (or by another program) would freeze the pane.
SHOWN_MAX = 20_000
SHOWN_ITEMS = 100  # of a list (notes, addresses)
CUT = QT_TRANSLATE_NOOP("ServiceDetail", " … (ingekort)")


def _capped(text: str, limit: int = SHOWN_MAX) -> str:
    return text if len(text) <= limit else text[:limit] + _cut()


def _cut() -> str:
    return translate("ServiceDetail", CUT)


def _label(text: str = "", object_name: str | None = None, rich: bool = False) -> QLabel:
    """Plain text is capped here; rich text is made of values capped one by one."""
    label = QLabel(text if rich else _capped(text))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


class ServiceDetail(QScrollArea):
    """The selected service. ``copied`` tells the window a number went to the clipboard."""

    copied = Signal(str)
    card_requested = Signal()  # "Kaart meegeven…": a card for the client to take home

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceDetail")
        self.setAccessibleName(self.tr("Gegevens van de gekozen dienst"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._record: ServiceRecord | None = None
        self.copy_buttons: list[QPushButton] = []
        self.show_record(None, datetime.now())

    @property
    def record(self) -> ServiceRecord | None:
        return self._record

    def show_record(
        self,
        record: ServiceRecord | None,
        moment: datetime,
        sources: Sequence[FactSourceRecord] = (),
    ) -> None:
        """``sources``: where its contact, hours and ages come from (provenance.py)."""
        self._record = record
        self.copy_buttons = []
        body = QWidget()
        body.setObjectName("serviceDetailBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        if record is None:
            hint = _label(self.tr("Kies een dienst in de lijst om alle gegevens te zien."))
            hint.setObjectName("detailPlaceholder")
            layout.addWidget(hint)
            layout.addStretch(1)
            self.setWidget(body)
            return
        today = moment.date()

        title = _label(record.name, "detailTitle")
        layout.addWidget(title)
        if record.alternate_name or record.organization:
            subtitle = " · ".join(p for p in (record.alternate_name, record.organization) if p)
            layout.addWidget(_label(subtitle, "detailSubtitle"))

        if record.professional_only:
            banner = _label(
                self.tr("Enkel voor professionals — geef dit nummer niet aan de cliënt."),
                "professionalBanner",
            )
            banner.setAccessibleName(banner.text())
            layout.addWidget(banner)
        if record.status != "active":
            layout.addWidget(
                _label(
                    self.tr("Status: {status}").format(status=describe.status_label(record.status)),
                    "statusBanner",
                )
            )
        if record.alert_active(today):
            until = (
                self.tr(" (tot {date})").format(date=record.alert_until.strftime("%d/%m/%Y"))
                if record.alert_until
                else ""
            )
            layout.addWidget(_label(f"⚠ {record.alert}{until}", "alertBanner"))

        state = record.availability
        background, foreground = BADGE_COLOURS[state.state.value]
        badge = _label(describe.state_text(state, moment), "detailState")
        badge.setStyleSheet(
            f"background:{background}; color:{foreground}; border-radius:6px; padding:4px 8px;"
        )
        layout.addWidget(badge)

        layout.addLayout(self._phones(record))
        card = QPushButton(self.tr("Kaart meegeven… (Ctrl+P)"))
        card.setObjectName("referralCardButton")
        card.setAccessibleName(self.tr("Kaart voor de cliënt maken"))
        card.setToolTip(
            self.tr("Afdrukken of als PDF bewaren: nummers en uren, discreet als je wilt.")
        )
        card.clicked.connect(self.card_requested)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignLeft)
        contact = []
        if record.url:
            if len(record.url) <= SHOWN_MAX:
                url = escape(record.url)
                contact.append(f'<a href="{url}">{url}</a>')
            else:  # no link to a cut-off address
                contact.append(escape(_capped(record.url)))
        if record.email:
            contact.append(escape(_capped(record.email)))
        for location in record.locations[:SHOWN_ITEMS]:
            contact.append(escape(_capped(location.one_line)))
        if len(record.locations) > SHOWN_ITEMS:
            contact.append(escape(_cut().strip()))
        if contact:
            links = _label("<br>".join(contact), "detailContact", rich=True)
            links.setOpenExternalLinks(True)
            links.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            layout.addWidget(links)

        for note in record.notes[:SHOWN_ITEMS]:
            layout.addWidget(_label(f"• {note}", "detailNote"))
        if len(record.notes) > SHOWN_ITEMS:
            layout.addWidget(_label(_cut().strip(), "detailNote"))
        if record.contact_note:
            layout.addWidget(_label(record.contact_note, "detailContactNote"))

        facts = [
            (
                self.tr("Leeftijd"),
                describe.age_range(
                    record.minimum_age_months, record.maximum_age_months, record.ages_unknown
                ),
            ),
            (
                self.tr("Urgentie"),
                ", ".join(describe.urgency_label(u) for u in record.urgency) or "–",
            ),
            (self.tr("Thema's"), ", ".join(t.display_label for t in record.themes) or "–"),
        ]
        if record.languages:  # none means nobody said which: nothing to show
            facts.append((self.tr("Talen"), language_names(record.languages)))
        if record.free_of_charge is not None:
            facts.append(
                (self.tr("Gratis"), self.tr("ja") if record.free_of_charge else self.tr("nee"))
            )
        if record.anonymous is not None:
            facts.append(
                (self.tr("Anoniem"), self.tr("ja") if record.anonymous else self.tr("nee"))
            )
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for row, (name, value) in enumerate(facts):
            caption = _label(name, "detailCaption")
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_label(value), row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        if record.description:
            layout.addWidget(_label(record.description, "detailDescription"))

        layout.addWidget(_label(self.tr("Openingsuren"), "detailHeading"))
        layout.addWidget(self._hours(record, today))

        layout.addWidget(self._verified(record, today))
        if sources:
            layout.addWidget(_label(self.tr("Bronnen"), "detailHeading"))
            for source in sources:
                layout.addWidget(self._source(source))
        layout.addStretch(1)
        self.setWidget(body)

    def _source(self, source: FactSourceRecord) -> QLabel:
        """ "Uren: <source> — te verifiëren": a mark in orange where the source is old or
        indirect."""
        text = f"<b>{escape(source.label)}:</b> {escape(_capped(source.source))}"
        if source.to_verify:
            mark = escape(self.tr("te verifiëren"))
            # Its own background: readable on a dark (high-contrast) palette too.
            style = "background-color:#fff7ed; color:#7c2d12; font-weight:bold"
            text += f' — <span style="{style}">{mark}</span>'
            if source.note:
                text += f" ({escape(_capped(source.note))})"
        label = _label(text, "detailSource", rich=True)
        plain = f"{source.label}: {source.source}"
        label.setAccessibleName(plain + (self.tr(" — te verifiëren") if source.to_verify else ""))
        return label

    def _phones(self, record: ServiceRecord) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        if not record.phones:
            missing = _label(self.tr("Telefoonnummer: aan te vullen (niet gekend)"), "phoneMissing")
            grid.addWidget(missing, 0, 0)
            return grid
        for index, phone in enumerate(record.phones):
            number = _label(phone.display, "phoneNumber")
            number.setWordWrap(False)
            number.setAccessibleName(
                self.tr("Telefoon {label}: {number}").format(
                    label=phone.label or "", number=phone.display
                )
            )
            button = QPushButton(self.tr("Kopieer"))
            button.setObjectName("copyPhoneButton")
            button.setAccessibleName(self.tr("Kopieer {number}").format(number=phone.display))
            button.clicked.connect(lambda _=False, n=phone.number: self._copy(n))
            self.copy_buttons.append(button)
            grid.addWidget(number, 2 * index, 0)
            grid.addWidget(button, 2 * index, 1, Qt.AlignmentFlag.AlignLeft)
            extra = " · ".join(
                part
                for part in (
                    phone.label,
                    self.tr("gratis") if phone.free else None,
                    phone.description,
                )
                if part
            )
            if extra:
                grid.addWidget(_label(extra, "phoneLabel"), 2 * index + 1, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        return grid

    def _copy(self, stored: str) -> None:
        text = dial_string(stored)
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)

    def _hours(self, record: ServiceRecord, today: date) -> QLabel:
        hours = record.hours
        part = ""
        if hours is not None and hours.always_open_part:
            shown = _capped(hours.always_open_part)
            part = (
                "<b>"
                + escape(
                    self.tr("{part}: dag en nacht bereikbaar.").format(
                        part=shown[:1].upper() + shown[1:]
                    )
                )
                + "</b><br>"
            )
        if hours is None or not hours.known:
            text = part + self.tr("Openingsuren onbekend — aan te vullen.")
            if hours is not None and hours.by_appointment:
                text = part + self.tr("Op afspraak; vaste uren niet gekend.")
            if record.schedule_note:
                text += "<br>" + escape(_capped(record.schedule_note))
            return _label(text, "detailHours", rich=True)
        rows = []
        for day, text in describe.week_lines(hours):
            name = describe.weekday_long(day)
            if day == today.weekday():
                today_word = escape(self.tr("vandaag"))
                rows.append(
                    f"<tr><td><b>{escape(name)}</b>&nbsp;&nbsp;</td>"
                    f"<td><b>{escape(text)}</b> ({today_word})</td></tr>"
                )
            else:
                rows.append(f"<tr><td>{escape(name)}&nbsp;&nbsp;</td><td>{escape(text)}</td></tr>")
        html = part + "<table>" + "".join(rows) + "</table>"
        if hours.by_appointment:
            html += escape(self.tr("Ook op afspraak.")) + "<br>"
        if hours.closed_on_public_holidays is True and not hours.always_open:
            html += escape(self.tr("Gesloten op wettelijke feestdagen.")) + "<br>"
        elif hours.closed_on_public_holidays is None and not hours.always_open:
            html += escape(self.tr("Open op feestdagen: niet gekend.")) + "<br>"
        ahead = availability.upcoming_exceptions(hours, today)
        for exception in ahead:
            when = exception.day.strftime("%d/%m")
            if exception.closed or exception.opens_at is None or exception.closes_at is None:
                line = self.tr("{date}: gesloten").format(date=when)
            else:
                line = self.tr("{date}: {start}–{end}").format(
                    date=when,
                    start=exception.opens_at.strftime("%H:%M"),
                    end=exception.closes_at.strftime("%H:%M"),
                )
            if exception.note:
                line += f" ({_capped(exception.note)})"
            html += escape(line) + "<br>"
        if record.schedule_note:
            html += escape(_capped(record.schedule_note))
        return _label(html, "detailHours", rich=True)

    def _verified(self, record: ServiceRecord, today: date) -> QLabel:
        if record.assured_date is None:
            label = _label(
                self.tr("Nog nooit geverifieerd — gegevens met voorzichtigheid gebruiken."),
                "verifiedWarning",
            )
        elif today - record.assured_date > check.VERIFY_EVERY:
            label = _label(
                self.tr("Laatst geverifieerd op {date} — meer dan 12 maanden geleden.").format(
                    date=record.assured_date.strftime("%d/%m/%Y")
                ),
                "verifiedWarning",
            )
        else:
            by = f" ({record.assurer})" if record.assurer else ""
            label = _label(
                self.tr("Laatst geverifieerd op {date}{by}.").format(
                    date=record.assured_date.strftime("%d/%m/%Y"), by=by
                ),
                "verifiedOk",
            )
        return label
