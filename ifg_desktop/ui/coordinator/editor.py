"""The service editor: every field of a service, checked on the field before anything is saved.

It edits a ``ServiceDraft`` and saves it through ``directory.editing`` with the version it
was loaded at, so a save over somebody else's change is refused and shown
(``ConflictDialog``). A new service is first compared with the directory: possible
duplicates are listed and the save has to be confirmed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ifg_desktop.db import Database, DatabaseProblem
from ifg_desktop.directory import describe
from ifg_desktop.directory.drafts import OrganizationDraft, ServiceDraft
from ifg_desktop.directory.editing import (
    DuplicateCandidate,
    EditableService,
    EditConflict,
    EditRefused,
    InvalidDraft,
    SaveResult,
    ServiceNotFound,
    create_service,
    editor_choices,
    find_duplicates,
    load_service,
    suggest_key,
    update_service,
)
from ifg_desktop.directory.service_fields import SERVICE_FIELDS, Group
from ifg_desktop.directory.spoken_languages import BY_CODE as LISTED_LANGUAGES
from ifg_desktop.directory.validation import (
    AGES,
    age_problem,
    email_problem,
    key_problem,
    normalize_website,
    validate_draft,
    website_problem,
)
from ifg_desktop.models import ServiceStatus
from ifg_desktop.ui.coordinator.background import BackgroundRead
from ifg_desktop.ui.coordinator.common import named
from ifg_desktop.ui.coordinator.conflict import ConflictDialog
from ifg_desktop.ui.coordinator.hours_editor import HoursEditor, OptionalDate
from ifg_desktop.ui.coordinator.widgets import (
    AgeBoundEditor,
    LocationRow,
    MessageLabel,
    PhoneRow,
    RowList,
    TriStateCombo,
    age_preview,
)
from ifg_desktop.ui.filters import language_choices

NEW_ORGANIZATION = "__new__"
URGENCY_LEVELS = ("acute", "crisis", "non_acute")

# Which tab a field is on (its group in the registry), to show the first problem.
TAB_GENERAL, TAB_AUDIENCE, TAB_CONTACT, TAB_HOURS, TAB_ALERT = range(5)
_GROUP_TABS = {
    Group.GENERAL: TAB_GENERAL,
    Group.AUDIENCE: TAB_AUDIENCE,
    Group.CONTACT: TAB_CONTACT,
    Group.HOURS: TAB_HOURS,
    Group.ALERT: TAB_ALERT,
}
FIELD_TABS = {field.name: _GROUP_TABS[field.group] for field in SERVICE_FIELDS}
FIELD_TABS[AGES] = TAB_AUDIENCE


def _text(edit: QLineEdit | QPlainTextEdit) -> str | None:
    value = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
    return value.strip() or None


def _add_choice(checklist: QListWidget, key: str, label: str) -> None:
    item = QListWidgetItem(label)
    item.setData(Qt.ItemDataRole.UserRole, key)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    checklist.addItem(item)


def _tick(checklist: QListWidget, keys: frozenset[str]) -> None:
    for index in range(checklist.count()):
        item = checklist.item(index)
        checked = item.data(Qt.ItemDataRole.UserRole) in keys
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def _ticked(checklist: QListWidget) -> frozenset[str]:
    return frozenset(
        str(checklist.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(checklist.count())
        if checklist.item(i).checkState() == Qt.CheckState.Checked
    )


class ServiceEditorDialog(QDialog):
    saved = Signal(str)  # the service's key, once it is in the database
    # A save was written or refused (written off the GUI thread): True once in the database.
    save_ended = Signal(bool)
    # A new service was compared with the directory (off the GUI thread): possible
    # duplicates are shown, or, when there are none, the save went on.
    duplicates_checked = Signal()

    def __init__(
        self,
        database: Database,
        *,
        coordinator: str,
        key: str | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._coordinator = coordinator
        self._today = today or date.today()
        self._new = key is None
        self._loaded: EditableService | None = None
        self._base: ServiceDraft | None = None  # the content this edit started from
        self._key_typed = False  # the coordinator chose the key: stop suggesting one
        self._duplicates_seen_for: ServiceDraft | None = None
        self.duplicates: list[DuplicateCandidate] = []
        self.conflict_dialog: ConflictDialog | None = None
        self._choices = editor_choices(database)

        named(self, "serviceEditor", self.tr("Dienst bewerken"))
        self.setWindowTitle(self.tr("Nieuwe dienst") if self._new else self.tr("Dienst bewerken"))
        self.messages: dict[str, MessageLabel] = {}
        self.tabs = named(QTabWidget(), "editorTabs", self.tr("Onderdelen van de dienst"))
        self.tabs.addTab(self._scrolled(self._general_tab()), self.tr("Algemeen"))
        self.tabs.addTab(self._scrolled(self._audience_tab()), self.tr("Voor wie"))
        self.tabs.addTab(self._scrolled(self._contact_tab()), self.tr("Contact"))
        self.tabs.addTab(self._scrolled(self._hours_tab()), self.tr("Openingsuren"))
        self.tabs.addTab(self._scrolled(self._alert_tab()), self.tr("Waarschuwing en verificatie"))
        # The fields that are a plain text, filled and read the same way (the rest below).
        self.text_edits: dict[str, QLineEdit | QPlainTextEdit] = {
            "alternate_name": self.alternate_name_edit,
            "description": self.description_edit,
            "contact_note": self.contact_note_edit,
            "email": self.email_edit,
            "alert": self.alert_edit,
        }

        self.archived_banner = named(
            QLabel(self.tr("Deze dienst is gearchiveerd: hij staat in geen enkele lijst.")),
            "archivedBanner",
            self.tr("Gearchiveerd"),
        )
        self.archived_banner.setStyleSheet("background: #fff3cd; color: #664d03; padding: 4px;")
        self.archived_banner.hide()
        self.general_message = MessageLabel("editorMessage", self.tr("de dienst"))
        self.duplicates_label = named(QLabel(), "duplicatesMessage", self.tr("Mogelijke dubbels"))
        self.duplicates_label.setWordWrap(True)
        self.duplicates_label.setStyleSheet("background: #fff3cd; color: #664d03; padding: 4px;")
        self.duplicates_label.hide()
        self._duplicate_check = BackgroundRead(self, self._show_checking)
        # Saves are written off the GUI thread too: the first of a process, at 100,000
        # services, reads for a while; the window keeps answering meanwhile.
        self._writer = BackgroundRead(self, self._show_saving)
        self._outside_change_pending = False  # a change noticed while our save was written
        self.saving_label = named(
            QLabel(self.tr("Bezig met opslaan…")), "savingMessage", self.tr("Opslaan")
        )
        self.saving_label.hide()
        self.save_button = named(QPushButton(self.tr("Opslaan")), "saveButton", self.tr("Opslaan"))
        self.save_button.setDefault(True)
        self.cancel_button = named(
            QPushButton(self.tr("Annuleren")), "cancelButton", self.tr("Annuleren")
        )
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.archived_banner)
        layout.addWidget(self.tabs)
        layout.addWidget(self.general_message)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.saving_label)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.resize(880, 640)

        if key is None:
            self._fill(ServiceDraft(key="", name=""))
            self.key_edit.setReadOnly(False)
        else:
            loaded = load_service(database, key)
            if loaded is None:
                raise ServiceNotFound(key)
            self.load(loaded)

    # -- building ------------------------------------------------------------------------

    def _scrolled(self, widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        # Tab goes to the fields themselves; the area scrolls to each.
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setWidget(widget)
        return area

    def _message(self, field: str, about: str) -> MessageLabel:
        label = MessageLabel(f"{field}Message", about)
        self.messages[field] = label
        return label

    def _checklist(
        self, object_name: str, accessible_name: str, choices: list[tuple[str, str]]
    ) -> QListWidget:
        """A list to tick several of: (key, label) of each choice."""
        checklist = named(QListWidget(), object_name, accessible_name)
        for key, label in choices:
            _add_choice(checklist, key, label)
        checklist.setMaximumHeight(200)
        return checklist

    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name_edit = named(QLineEdit(), "nameEdit", self.tr("Naam"))
        self.key_edit = named(QLineEdit(), "keyEdit", self.tr("Sleutel"))
        self.key_edit.setReadOnly(True)
        self.key_edit.setToolTip(self.tr("Vaste sleutel; verandert nooit na het aanmaken."))
        self.alternate_name_edit = named(QLineEdit(), "alternateNameEdit", self.tr("Andere naam"))
        self.organization_combo = named(QComboBox(), "organizationCombo", self.tr("Organisatie"))
        self.organization_combo.addItem(self.tr("(geen)"), None)
        for organization in self._choices.organizations:
            self.organization_combo.addItem(organization.name, organization.key)
        self.organization_combo.addItem(self.tr("Nieuwe organisatie…"), NEW_ORGANIZATION)
        self.new_organization_key = named(
            QLineEdit(), "newOrganizationKey", self.tr("Sleutel van de nieuwe organisatie")
        )
        self.new_organization_key.setPlaceholderText(self.tr("sleutel (bv. caw-oost)"))
        self.new_organization_name = named(
            QLineEdit(), "newOrganizationName", self.tr("Naam van de nieuwe organisatie")
        )
        self.new_organization_name.setPlaceholderText(self.tr("naam"))
        new_organization = QWidget()
        row = QHBoxLayout(new_organization)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.new_organization_key)
        row.addWidget(self.new_organization_name)
        self._new_organization_row = new_organization
        new_organization.hide()
        self.description_edit = named(QPlainTextEdit(), "descriptionEdit", self.tr("Beschrijving"))
        self.status_combo = named(QComboBox(), "statusCombo", self.tr("Status"))
        for status in ServiceStatus:
            self.status_combo.addItem(describe.status_label(status.value), status.value)
        self.audience_combo = named(
            QComboBox(), "audienceCombo", self.tr("Wie mag contact opnemen")
        )
        self.audience_combo.addItem(self.tr("Cliënten mogen zelf contact opnemen"), False)
        self.audience_combo.addItem(self.tr("Enkel professionals — niet aan de cliënt geven"), True)
        self.contact_note_edit = named(
            QPlainTextEdit(), "contactNoteEdit", self.tr("Hoe contact opnemen")
        )
        self.contact_note_edit.setMaximumHeight(70)
        self.free_combo = TriStateCombo("freeCombo", self.tr("Gratis"))
        self.anonymous_combo = TriStateCombo("anonymousCombo", self.tr("Anoniem"))

        form.addRow(self.tr("Naam:"), self.name_edit)
        form.addRow(self._message("name", self.tr("naam")))
        form.addRow(self.tr("Sleutel:"), self.key_edit)
        form.addRow(self._message("key", self.tr("sleutel")))
        form.addRow(self.tr("Andere naam:"), self.alternate_name_edit)
        form.addRow(self._message("alternate_name", self.tr("andere naam")))
        form.addRow(self.tr("Organisatie:"), self.organization_combo)
        form.addRow("", new_organization)
        form.addRow(self._message("organization", self.tr("organisatie")))
        form.addRow(self.tr("Beschrijving:"), self.description_edit)
        form.addRow(self.tr("Status:"), self.status_combo)
        form.addRow(self._message("status", self.tr("status")))
        form.addRow(self.tr("Wie mag contact opnemen:"), self.audience_combo)
        form.addRow(self.tr("Hoe contact opnemen:"), self.contact_note_edit)
        form.addRow(self.tr("Gratis:"), self.free_combo)
        form.addRow(self.tr("Anoniem:"), self.anonymous_combo)

        self.name_edit.editingFinished.connect(self._name_finished)
        self.key_edit.textEdited.connect(self._key_edited)
        self.organization_combo.currentIndexChanged.connect(self._organization_changed)
        return page

    def _audience_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.minimum_age = AgeBoundEditor("minimum")
        self.maximum_age = AgeBoundEditor("maximum")
        self.ages_unknown = named(
            QCheckBox(self.tr("Leeftijden onbekend")), "agesUnknown", self.tr("Leeftijden onbekend")
        )
        self.pregnancy_button = named(
            QPushButton(self.tr("Vanaf zwangerschap")),
            "pregnancyButton",
            self.tr("Minimumleeftijd: vanaf de zwangerschap"),
        )
        self.age_preview = named(QLabel(), "agePreview", self.tr("Leeftijd zoals getoond"))
        minimum_row = QWidget()
        minimum_layout = QHBoxLayout(minimum_row)
        minimum_layout.setContentsMargins(0, 0, 0, 0)
        minimum_layout.addWidget(self.minimum_age)
        minimum_layout.addWidget(self.pregnancy_button)
        minimum_layout.addStretch()
        self.urgency_boxes = {
            level: named(
                QCheckBox(describe.urgency_label(level)),
                f"urgency_{level}",
                self.tr("Urgentie: {level}").format(level=describe.urgency_label(level)),
            )
            for level in URGENCY_LEVELS
        }
        urgency = QWidget()
        urgency_layout = QHBoxLayout(urgency)
        urgency_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.urgency_boxes.values():
            urgency_layout.addWidget(box)
        urgency_layout.addStretch()
        self.theme_list = self._checklist(
            "themeList",
            self.tr("Thema's"),
            [(theme.key, theme.display_label) for theme in self._choices.themes],
        )
        self.keywords_edit = named(QLineEdit(), "keywordsEdit", self.tr("Trefwoorden"))
        self.keywords_edit.setPlaceholderText(self.tr("gescheiden door komma's"))
        self.notes_edit = named(QPlainTextEdit(), "notesEdit", self.tr("Aandachtspunten"))
        self.notes_edit.setPlaceholderText(self.tr("één per regel, bv. Geen noodnummer"))
        self.notes_edit.setMaximumHeight(80)

        form.addRow(self.tr("Vanaf:"), minimum_row)
        maximum_row = QWidget()
        maximum_layout = QHBoxLayout(maximum_row)
        maximum_layout.setContentsMargins(0, 0, 0, 0)
        maximum_layout.addWidget(self.maximum_age)
        maximum_layout.addStretch()
        form.addRow(self.tr("Tot en met:"), maximum_row)
        form.addRow(self.ages_unknown)
        form.addRow(self.tr("Getoond als:"), self.age_preview)
        form.addRow(self._message(AGES, self.tr("leeftijden")))
        form.addRow(self.tr("Urgentie:"), urgency)
        form.addRow(self._message("urgency", self.tr("urgentie")))
        form.addRow(self.tr("Thema's:"), self.theme_list)
        form.addRow(self._message("themes", self.tr("thema's")))
        form.addRow(self.tr("Trefwoorden:"), self.keywords_edit)
        form.addRow(self._message("keywords", self.tr("trefwoorden")))
        form.addRow(self.tr("Aandachtspunten:"), self.notes_edit)
        form.addRow(self._message("notes", self.tr("aandachtspunten")))

        self.minimum_age.changed.connect(self._check_ages)
        self.maximum_age.changed.connect(self._check_ages)
        self.ages_unknown.toggled.connect(self._check_ages)
        self.pregnancy_button.clicked.connect(self.minimum_age.set_pregnancy)
        return page

    def _contact_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.phones: RowList[PhoneRow] = RowList(
            "phoneList", self.tr("Telefoonnummers"), self.tr("Nummer toevoegen"), PhoneRow
        )
        self.url_edit = named(QLineEdit(), "urlEdit", self.tr("Website"))
        self.url_edit.setPlaceholderText(self.tr("https://www.voorbeeld.be"))
        self.email_edit = named(QLineEdit(), "emailEdit", self.tr("E-mail"))
        self.email_edit.setPlaceholderText(self.tr("info@voorbeeld.be"))
        self.locations: RowList[LocationRow] = RowList(
            "locationList", self.tr("Adressen"), self.tr("Adres toevoegen"), LocationRow
        )
        form.addRow(self.tr("Telefoon:"), self.phones)
        form.addRow(self._message("phones", self.tr("telefoonnummers")))
        form.addRow(self.tr("Website:"), self.url_edit)
        form.addRow(self._message("url", self.tr("website")))
        form.addRow(self.tr("E-mail:"), self.email_edit)
        form.addRow(self._message("email", self.tr("e-mail")))
        form.addRow(self.tr("Adressen:"), self.locations)
        form.addRow(self._message("locations", self.tr("adressen")))
        self.language_list = self._checklist(
            "languageList",
            self.tr("Talen waarin de dienst te bereiken is"),
            language_choices(),
        )
        form.addRow(self.tr("Talen:"), self.language_list)
        form.addRow(self._message("languages", self.tr("talen")))
        self.url_edit.editingFinished.connect(self._check_url)
        self.email_edit.editingFinished.connect(self._check_email)
        return page

    def _hours_tab(self) -> QWidget:
        self.hours_editor = HoursEditor()
        self.messages["hours"] = self.hours_editor.message
        return self.hours_editor

    def _alert_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.alert_edit = named(QPlainTextEdit(), "alertEdit", self.tr("Waarschuwing"))
        self.alert_edit.setPlaceholderText(
            self.tr("Tijdelijke waarschuwing voor het onthaal, bv. 'Verhuisd naar …'")
        )
        self.alert_edit.setMaximumHeight(70)
        self.alert_until = OptionalDate("alertUntil", self.tr("Tonen tot en met"))
        self.verification_label = named(
            QLabel(), "verificationLabel", self.tr("Laatst geverifieerd")
        )
        self.verified_today = named(
            QCheckBox(self.tr("Vandaag geverifieerd: ik heb alle gegevens nagekeken")),
            "verifiedTodayCheck",
            self.tr("Vandaag geverifieerd"),
        )
        form.addRow(self.tr("Waarschuwing:"), self.alert_edit)
        form.addRow("", self.alert_until)
        form.addRow(self._message("alert", self.tr("waarschuwing")))
        form.addRow(self.tr("Laatst geverifieerd:"), self.verification_label)
        form.addRow(self.verified_today)
        return page

    # -- filling and reading -------------------------------------------------------------

    def load(self, editable: EditableService, *, content: ServiceDraft | None = None) -> None:
        """Show ``editable`` (or ``content`` on top of its version) as the starting point."""
        self._loaded = editable
        self._base = editable.draft
        self.archived_banner.setVisible(editable.archived)
        self._fill(content or editable.draft)

    @property
    def version(self) -> int | None:
        return None if self._loaded is None else self._loaded.version

    @property
    def base(self) -> ServiceDraft | None:
        return self._base

    def _show_unlisted_languages(self, codes: frozenset[str]) -> None:
        """A code this version does not list (a newer one on a shared database may list
        more) gets a line of its own: ticked, a save keeps it; unticked on purpose, gone."""
        listed = len(LISTED_LANGUAGES)
        while self.language_list.count() > listed:  # the previous service's
            self.language_list.takeItem(listed)
        for code in sorted(codes - LISTED_LANGUAGES.keys()):
            label = self.tr("{code} (taal die deze versie niet kent)").format(code=code)
            _add_choice(self.language_list, code, label)

    def _fill(self, draft: ServiceDraft) -> None:
        self.name_edit.setText(draft.name)
        self.key_edit.setText(draft.key)
        for name, edit in self.text_edits.items():
            text = getattr(draft, name) or ""
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(text)
            else:
                edit.setText(text)
        self._select_organization(draft.organization)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(draft.status)))
        self.audience_combo.setCurrentIndex(1 if draft.professional_only else 0)
        self.free_combo.set_value(draft.free_of_charge)
        self.anonymous_combo.set_value(draft.anonymous)
        self.minimum_age.set_value(draft.minimum_age_months)
        self.maximum_age.set_value(draft.maximum_age_months)
        self.ages_unknown.setChecked(draft.ages_unknown)
        for level, box in self.urgency_boxes.items():
            box.setChecked(level in draft.urgency)
        _tick(self.theme_list, draft.themes)
        self._show_unlisted_languages(draft.languages)
        _tick(self.language_list, draft.languages)
        self.keywords_edit.setText(", ".join(draft.keywords))
        self.notes_edit.setPlainText("\n".join(draft.notes))
        self.phones.clear()
        for phone in draft.phones:
            self.phones.add_row().set_value(phone)
        self.locations.clear()
        for location in draft.locations:
            self.locations.add_row().set_value(location)
        self.url_edit.setText(draft.url or "")
        self.hours_editor.set_value(draft.hours, draft.schedule_note)
        self.alert_until.set_value(draft.alert_until)
        self._assured = (draft.assured_date, draft.assurer)
        if draft.assured_date is None:
            self.verification_label.setText(self.tr("nooit"))
        else:
            self.verification_label.setText(
                self.tr("{date} door {who}").format(
                    date=draft.assured_date.strftime("%d-%m-%Y"), who=draft.assurer or "?"
                )
            )
        self.verified_today.setChecked(False)
        self._check_ages()
        for label in self.messages.values():
            label.show_message(None)
        self.hours_editor.check()

    def _select_organization(self, organization: OrganizationDraft | None) -> None:
        key = None if organization is None else organization.key
        index = self.organization_combo.findData(key) if key else 0
        if index < 0:  # not in the list (made meanwhile): offer it as it is
            self.organization_combo.insertItem(
                self.organization_combo.count() - 1, organization.name if organization else "", key
            )
            index = self.organization_combo.findData(key)
        self.organization_combo.setCurrentIndex(index)

    def _organization(self) -> OrganizationDraft | None:
        key = self.organization_combo.currentData()
        if key is None:
            return None
        if key == NEW_ORGANIZATION:
            return OrganizationDraft(
                self.new_organization_key.text().strip(), self.new_organization_name.text().strip()
            )
        known = {o.key: o for o in self._choices.organizations}
        if key in known:
            return known[key]
        return OrganizationDraft(key, self.organization_combo.currentText())

    def collect(self) -> tuple[ServiceDraft, dict[str, str]]:
        """The draft as filled in, and every problem by field (empty: it may be saved)."""
        problems: dict[str, str] = {}
        phones = []
        for position, row in enumerate(self.phones.rows, start=1):
            phone, problem = row.value()
            row.message.show_message(problem)
            if phone is None:
                problems.setdefault(
                    "phones", self.tr("Nummer {n}: {problem}").format(n=position, problem=problem)
                )
            else:
                phones.append(phone)
        unknown = self.ages_unknown.isChecked()
        assured_date, assurer = self._assured
        if self.verified_today.isChecked():
            assured_date, assurer = self._today, self._coordinator
        url = normalize_website(self.url_edit.text())
        if url != self.url_edit.text():
            self.url_edit.setText(url)
        hours_problem = self.hours_editor.check()
        if hours_problem:
            problems["hours"] = hours_problem
        draft = ServiceDraft(
            key=self.key_edit.text().strip(),
            name=self.name_edit.text().strip(),
            **{name: _text(edit) for name, edit in self.text_edits.items()},
            organization=self._organization(),
            status=str(self.status_combo.currentData()),
            professional_only=bool(self.audience_combo.currentData()),
            minimum_age_months=None if unknown else self.minimum_age.value(),
            maximum_age_months=None if unknown else self.maximum_age.value(),
            ages_unknown=unknown,
            urgency=frozenset(
                level for level, box in self.urgency_boxes.items() if box.isChecked()
            ),
            themes=_ticked(self.theme_list),
            keywords=tuple(w.strip() for w in self.keywords_edit.text().split(",") if w.strip()),
            notes=tuple(
                line.strip() for line in self.notes_edit.toPlainText().splitlines() if line.strip()
            ),
            free_of_charge=self.free_combo.value(),
            anonymous=self.anonymous_combo.value(),
            url=url or None,
            alert_until=self.alert_until.value(),
            assured_date=assured_date,
            assurer=assurer,
            phones=tuple(phones),
            locations=tuple(row.value() for row in self.locations.rows),
            hours=self.hours_editor.hours(),
            schedule_note=self.hours_editor.schedule_note(),
            languages=_ticked(self.language_list),
        )
        for field, message in validate_draft(draft, new=self._new).items():
            problems.setdefault(field, message)
        return draft, problems

    def show_problems(self, problems: dict[str, str]) -> None:
        for field, label in self.messages.items():
            label.show_message(problems.get(field))
        unplaced = [m for f, m in problems.items() if f not in self.messages]
        self.general_message.show_message(" ".join(unplaced) or None)
        if problems:
            first = min((FIELD_TABS.get(f, TAB_GENERAL) for f in problems), default=TAB_GENERAL)
            self.tabs.setCurrentIndex(first)

    # -- checks on the field -------------------------------------------------------------

    def _name_finished(self) -> None:
        name = self.name_edit.text().strip()
        self.messages["name"].show_message(None if name else self.tr("Een dienst heeft een naam."))
        if self._new and not self._key_typed and name:
            self.key_edit.setText(suggest_key(self._database, name))
            self.messages["key"].show_message(None)

    def _key_edited(self) -> None:
        self._key_typed = True
        self.messages["key"].show_message(key_problem(self.key_edit.text().strip()))

    def _organization_changed(self) -> None:
        self._new_organization_row.setVisible(
            self.organization_combo.currentData() == NEW_ORGANIZATION
        )

    def _check_ages(self) -> None:
        unknown = self.ages_unknown.isChecked()
        for editor in (self.minimum_age, self.maximum_age, self.pregnancy_button):
            editor.setEnabled(not unknown)
        minimum = None if unknown else self.minimum_age.value()
        maximum = None if unknown else self.maximum_age.value()
        self.age_preview.setText(age_preview(minimum, maximum, unknown))
        self.messages[AGES].show_message(age_problem(minimum, maximum, unknown))

    def _check_url(self) -> None:
        url = normalize_website(self.url_edit.text())
        if url != self.url_edit.text():
            self.url_edit.setText(url)
        self.messages["url"].show_message(website_problem(url or None))

    def _check_email(self) -> None:
        self.messages["email"].show_message(email_problem(_text(self.email_edit)))

    # -- saving --------------------------------------------------------------------------

    def save(self) -> bool:
        """Check, warn about duplicates once, save; True once the draft is on its way to the
        database (written off the GUI thread: ``save_ended`` follows, with ``saved`` when it
        is in, else the dialog says why not).

        A new service is first compared with the directory off the GUI thread: this returns
        False then, and ``duplicates_checked`` follows; with nothing alike the save goes on
        by itself (``saved``), else the duplicates are shown and a second save confirms."""
        draft, problems = self.collect()
        self.show_problems(problems)
        if problems:
            return False
        if self._new and self._duplicates_seen_for != draft:
            if self._duplicate_check.busy:
                return False
            # Compared off the GUI thread; the save goes on when nothing looks the same.
            database = self._database
            self.save_button.setEnabled(False)
            self._duplicate_check.run(
                lambda: find_duplicates(database, draft),
                lambda found: self._duplicates_found(draft, found),
                self._duplicate_check_refused,
            )
            return False
        return self._commit(draft)

    def _show_checking(self, busy: bool) -> None:
        if busy:
            self.general_message.show_message(None)
            self.duplicates_label.setText(self.tr("Nakijken of deze dienst al bestaat…"))
            self.duplicates_label.show()
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _duplicates_found(self, draft: ServiceDraft, found: list[DuplicateCandidate]) -> None:
        self.save_button.setEnabled(True)
        self.duplicates = found
        self._duplicates_seen_for = draft
        if found:
            self._show_duplicates()
        else:
            self.duplicates_label.hide()
        self.duplicates_checked.emit()
        if not found and self.collect() == (draft, {}):  # unchanged meanwhile: save it
            self._commit(draft)

    def _duplicate_check_refused(self, problem: str) -> None:
        self.save_button.setEnabled(True)
        self.duplicates_label.hide()
        self.general_message.show_message(problem)
        self.duplicates_checked.emit()

    def done(self, result: int) -> None:
        if self._writer.busy:
            return  # a save on its way is not taken back: the dialog closes once it is in
        self._duplicate_check.wait()  # no thread outlives the dialog
        super().done(result)

    def _commit(self, draft: ServiceDraft) -> bool:
        if self._writer.busy:
            return False
        database, by, new = self._database, self._coordinator, self._new
        assert new or self._loaded is not None
        version = 0 if self._loaded is None else self._loaded.version

        def write() -> SaveResult | EditRefused:
            try:
                if new:
                    return create_service(database, draft, by=by)
                return update_service(database, draft, expected_version=version, by=by)
            except EditRefused as refused:  # said on the GUI thread, as what it is
                return refused

        self._writing(True)
        self._writer.run(write, lambda outcome: self._written(draft, outcome), self._not_written)
        return True

    def _writing(self, on: bool) -> None:
        """While a save is on its way, nothing in the form changes: what it shows is what is
        written (or, refused, what the coordinator goes on from)."""
        for widget in (self.tabs, self.save_button, self.cancel_button):
            widget.setEnabled(not on)

    def _written(self, draft: ServiceDraft, outcome: SaveResult | EditRefused) -> None:
        self._writing(False)
        self._recheck_outside_change(refused=isinstance(outcome, EditRefused))
        if isinstance(outcome, InvalidDraft):
            self.show_problems(outcome.problems)
        elif isinstance(outcome, EditConflict):
            self._show_conflict(outcome, draft)
        elif isinstance(outcome, EditRefused):
            self.general_message.show_message(str(outcome))
        else:
            self.saved.emit(outcome.key)
            self.accept()
        self.save_ended.emit(not isinstance(outcome, EditRefused))

    def _not_written(self, problem: str) -> None:
        """The database said no (locked, gone, read-only): nothing was written."""
        self._writing(False)
        self._recheck_outside_change(refused=True)
        self.general_message.show_message(problem)
        self.save_ended.emit(False)

    def _recheck_outside_change(self, *, refused: bool) -> None:
        """A change noticed while the save was on its way was perhaps somebody else's: once
        the save is refused, the early warning is given after all."""
        pending, self._outside_change_pending = self._outside_change_pending, False
        if pending and refused:
            self.note_outside_change()

    def _show_saving(self, busy: bool) -> None:
        self.saving_label.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def note_outside_change(self) -> None:
        """Somebody saved data: warn early when it was this service, before a save is refused."""
        if self._loaded is None:
            return
        if self._writer.busy:  # maybe our own save: asked again if the save is refused
            self._outside_change_pending = True
            return
        try:
            current = load_service(self._database, self._loaded.draft.key)
        except DatabaseProblem:
            return
        if current is not None and current.version != self._loaded.version:
            self.general_message.show_message(
                self.tr(
                    "Iemand anders heeft deze dienst intussen opgeslagen. Bij opslaan ziet u "
                    "wat er veranderde en kunt u de nieuwe versie laden."
                )
            )

    def _show_duplicates(self) -> None:
        lines = [
            self.tr("Bestaat deze dienst al? Mogelijke dubbels:"),
            *(
                "• {name} ({key}): {reasons}{archived}".format(
                    name=c.name,
                    key=c.key,
                    reasons=", ".join(c.reasons),
                    archived=self.tr(" — gearchiveerd") if c.archived else "",
                )
                for c in self.duplicates
            ),
            self.tr("Klik nog eens op 'Toch opslaan' als het een andere dienst is."),
        ]
        self.duplicates_label.setText("\n".join(lines))
        self.duplicates_label.show()
        self.save_button.setText(self.tr("Toch opslaan"))

    def _show_conflict(self, conflict: EditConflict, mine: ServiceDraft) -> None:
        self.general_message.show_message(str(conflict))
        dialog = ConflictDialog(conflict, base=self._base, mine=mine, parent=self)
        dialog.reload_requested.connect(lambda: self._reload_after_conflict(conflict, None))
        dialog.reapply_requested.connect(
            lambda merged: self._reload_after_conflict(conflict, merged)
        )
        self.conflict_dialog = dialog
        dialog.open()

    def _reload_after_conflict(self, conflict: EditConflict, merged: ServiceDraft | None) -> None:
        current = conflict.current
        if current is None:
            return
        verified = self.verified_today.isChecked()
        self.load(current, content=merged)
        if merged is not None:
            # What was asked stays asked: verification is also re-applied, not forgotten.
            self.verified_today.setChecked(verified)
            self._assured = (current.draft.assured_date, current.draft.assurer)
        self.general_message.show_message(
            self.tr("De nieuwe versie is geladen. Kijk ze na en sla opnieuw op.")
        )


__all__ = ["ServiceEditorDialog"]
