"""The search vocabulary in the window: the everyday words people type, and what they find.

A coordinator filters the list, adds a term, changes or removes one. Every change goes
through ``directory.vocabulary`` (checked there, with the audit trail under the
coordinator's name); the window's views refresh on ``DataBridge.changed``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ifg_desktop.db import Database, DatabaseProblem
from ifg_desktop.directory.checklist import ChecklistItemRecord, load_items
from ifg_desktop.directory.text import fold
from ifg_desktop.directory.vocabulary import (
    MAX_TERM_LENGTH,
    TermProblem,
    TermRecord,
    read_terms,
    remove_term,
    save_term,
)
from ifg_desktop.i18n import QT_TRANSLATE_NOOP, translate
from ifg_desktop.ui.coordinator.common import named
from ifg_desktop.ui.coordinator.table_model import KEY_ROLE, RecordTableModel
from ifg_desktop.ui.coordinator.widgets import MessageLabel

TERM_ROLE = KEY_ROLE
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # everything of a row, folded, for the filter

KIND_LABELS = {
    "red_flag": QT_TRANSLATE_NOOP("TermEditorDialog", "alarmsignaal"),
    "protective": QT_TRANSLATE_NOOP("TermEditorDialog", "beschermend"),
    "signal": QT_TRANSLATE_NOOP("TermEditorDialog", "signaal"),
}


def split_finds(text: str) -> list[str]:
    """The words a term finds, as typed: apart by commas, semicolons or new lines."""
    return [part.strip() for part in re.split(r"[,;\n]", text) if part.strip()]


class TermsModel(RecordTableModel[TermRecord]):
    """The vocabulary, one term a row: the term, what it finds, the checklist items it names."""

    HEADERS = (
        QT_TRANSLATE_NOOP("TermsModel", "Zoekterm"),
        QT_TRANSLATE_NOOP("TermsModel", "Vindt"),
        QT_TRANSLATE_NOOP("TermsModel", "Signalen"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flag_texts: dict[str, str] = {}

    def set_terms(self, terms: Sequence[TermRecord], flag_texts: dict[str, str]) -> None:
        self._flag_texts = dict(flag_texts)
        self.set_records(terms)

    def term(self, row: int) -> TermRecord:
        return self.record(row)

    def row_of(self, term: str) -> int | None:
        return next((row for row, t in enumerate(self._records) if t.term == term), None)

    def key(self, record: TermRecord) -> str:
        return record.term

    def cell(self, record: TermRecord, column: int) -> Any:
        return (record.term, ", ".join(record.finds), ", ".join(record.flags))[column]

    def tooltip(self, record: TermRecord, column: int) -> Any:
        if column == 2:  # the checklist items' own words, not their keys
            return "\n".join(self._flag_texts.get(key, key) for key in record.flags) or None
        return (record.term, "\n".join(record.finds))[column]

    def role_data(self, record: TermRecord, column: int, role: int) -> Any:
        if role == SEARCH_ROLE:
            return " ".join((record.term, *record.finds, *record.flags))
        return None


class TermsFilter(QSortFilterProxyModel):
    """Rows whose term, finds or flags hold every word typed (case and accents ignored)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(0)

    def set_text(self, text: str) -> None:
        # Every word, in any order: one look-ahead per word over the row's folded text.
        words = fold(text).split()
        pattern = "".join(f"(?=.*{re.escape(word)})" for word in words)
        self.setFilterRegularExpression(QRegularExpression(f"^{pattern}" if words else ""))


class TermEditorDialog(QDialog):
    """One term: its words, what it finds, the checklist items it names. ``term`` None: new."""

    saved = Signal(str)  # the term as stored

    def __init__(
        self,
        database: Database,
        *,
        coordinator: str,
        items: Sequence[ChecklistItemRecord],
        term: TermRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._coordinator = coordinator
        self._original = term
        named(self, "termEditor", self.tr("Zoekterm bewerken"))
        self.setWindowTitle(self.tr("Nieuwe zoekterm") if term is None else self.tr("Zoekterm"))

        self.explanation = named(
            QLabel(
                self.tr(
                    "Wie deze term intypt, vindt ook de diensten met de woorden hieronder in "
                    "hun naam, beschrijving, trefwoorden of thema's; de aangevinkte signalen "
                    "toont het venster bij de checklist."
                )
            ),
            "termExplanation",
            self.tr("Uitleg"),
        )
        self.explanation.setWordWrap(True)
        self.term_edit = named(QLineEdit(), "termText", self.tr("Zoekterm"))
        self.term_edit.setMaxLength(MAX_TERM_LENGTH * 2)  # folded and checked on saving
        self.term_edit.setPlaceholderText(self.tr("een woord of uitdrukking, bv. vluchthuis"))
        self.finds_edit = named(
            QPlainTextEdit(), "termFinds", self.tr("Woorden van de wegwijzer die de term vindt")
        )
        self.finds_edit.setTabChangesFocus(True)  # Tab leaves the field: keyboard use
        self.finds_edit.setPlaceholderText(
            self.tr("gescheiden door komma's of op aparte regels, bv. partnergeweld, opvang")
        )
        self.finds_edit.setFixedHeight(self.finds_edit.fontMetrics().lineSpacing() * 5)
        self.flags_list = named(
            QListWidget(), "termFlags", self.tr("Signalen van de checklist die de term noemt")
        )
        self.flags_list.setToolTip(self.tr("Spatie vinkt het gekozen signaal aan of af"))
        self.flags_list.setWordWrap(True)  # long items wrap rather than scroll sideways
        self.flags_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        chosen = set(term.flags) if term else set()
        known = {item.key for item in items}
        for item in items:
            kind = translate("TermEditorDialog", KIND_LABELS.get(item.kind, item.kind))
            self._add_flag(item.key, f"{item.text} ({kind})", item.key in chosen)
        for key in term.flags if term else ():  # a flag the checklist no longer has
            if key not in known:
                self._add_flag(
                    key, self.tr("{key} (niet meer in de checklist)").format(key=key), True
                )
        if self.flags_list.count():
            self.flags_list.setCurrentRow(0)
        self.message = MessageLabel("termMessage", self.tr("zoekterm"))

        form = QFormLayout()
        for text, widget in (
            (self.tr("&Zoekterm:"), self.term_edit),
            (self.tr("&Vindt:"), self.finds_edit),
            (self.tr("&Signalen:"), self.flags_list),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.save_button = named(QPushButton(self.tr("Opslaan")), "termSave", self.tr("Opslaan"))
        self.save_button.setDefault(True)
        self.cancel_button = named(
            QPushButton(self.tr("Annuleren")), "termCancel", self.tr("Annuleren")
        )
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        # Ctrl+Enter saves from anywhere, the finds field included (Enter there is a new line).
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)

        if term is not None:
            self.term_edit.setText(term.term)
            self.finds_edit.setPlainText("\n".join(term.finds))
        self.term_edit.setFocus()
        self.resize(680, 600)

    def _add_flag(self, key: str, text: str, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setToolTip(key)
        self.flags_list.addItem(item)

    def checked_flags(self) -> list[str]:
        return [
            str(self.flags_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.flags_list.count())
            if self.flags_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_flag(self, key: str, checked: bool = True) -> None:
        for row in range(self.flags_list.count()):
            item = self.flags_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(key)

    def record(self) -> TermRecord:
        return TermRecord(
            self.term_edit.text(),
            tuple(split_finds(self.finds_edit.toPlainText())),
            tuple(self.checked_flags()),
        )

    def save(self) -> bool:
        try:
            stored = save_term(
                self._database,
                self.record(),
                by=self._coordinator,
                replacing=None if self._original is None else self._original.term,
                only_new=self._original is None,
            )
        except (TermProblem, DatabaseProblem) as problem:
            self.message.show_message(str(problem))
            return False
        self.message.show_message(None)
        self.saved.emit(stored.term)
        self.accept()
        return True


class TermsDialog(QDialog):
    """The vocabulary: filter, new, edit, remove. ``on_change`` is called after each change."""

    def __init__(
        self,
        database: Database,
        *,
        coordinator: str,
        on_change: Callable[[], None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._coordinator = coordinator
        self._on_change = on_change
        self._items: list[ChecklistItemRecord] = []
        self.editor: TermEditorDialog | None = None
        self.confirm_box: QMessageBox | None = None
        named(self, "termsDialog", self.tr("Zoektermen"))
        self.setWindowTitle(self.tr("Zoektermen"))
        self.intro = named(
            QLabel(
                self.tr(
                    "Woorden die mensen gebruiken, en de woorden van de wegwijzer die ze "
                    "vinden. Elke wijziging komt in het spoor op uw naam."
                )
            ),
            "termsIntro",
            self.tr("Uitleg"),
        )
        self.intro.setWordWrap(True)
        self.filter_edit = named(QLineEdit(), "termsFilter", self.tr("Zoektermen filteren"))
        self.filter_edit.setPlaceholderText(self.tr("Filteren op zoekterm, woord of signaal…"))
        self.filter_edit.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter_edit)
        self.count_label = named(QLabel(), "termsCount", self.tr("Aantal zoektermen"))
        self.model = TermsModel(self)
        self.proxy = TermsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = named(QTableView(), "termsTable", self.tr("Zoektermen"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(lambda _index: self.edit_selected())  # Enter, double click
        self.message = MessageLabel("termsMessage", self.tr("zoektermen"))
        self.new_button = named(
            QPushButton(self.tr("&Nieuw…")), "termsNew", self.tr("Nieuwe zoekterm")
        )
        self.edit_button = named(
            QPushButton(self.tr("&Bewerken…")), "termsEdit", self.tr("Zoekterm bewerken")
        )
        self.remove_button = named(
            QPushButton(self.tr("&Verwijderen…")), "termsRemove", self.tr("Zoekterm verwijderen")
        )
        self.close_button = named(QPushButton(self.tr("Sluiten")), "termsClose", self.tr("Sluiten"))
        for button in (self.new_button, self.edit_button, self.remove_button, self.close_button):
            button.setAutoDefault(False)  # Enter in the filter or list does not press one
        self.remove_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        self.remove_shortcut.activated.connect(self.remove_selected)

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.returnPressed.connect(self._to_list)
        self.new_button.clicked.connect(self.new_term)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.close_button.clicked.connect(self.accept)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.resize(860, 560)
        self.refresh()
        self.filter_edit.setFocus()

    # -- the list ----------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        keep = select or self.selected_term()
        try:
            terms = read_terms(self._database)
            self._items = load_items(self._database)
        except DatabaseProblem as problem:
            self.message.show_message(str(problem))
            return
        self.model.set_terms(terms, {item.key: item.text for item in self._items})
        self.view.resizeColumnToContents(0)
        self.view.setColumnWidth(0, min(self.view.columnWidth(0), 260))
        self.view.setColumnWidth(1, 340)
        if keep is not None:
            self.select_term(keep)
        self._show_count()
        self._selection_changed()

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._show_count()
        self._selection_changed()

    def _to_list(self) -> None:
        if self.proxy.rowCount() and self.selected_term() is None:
            self.view.selectRow(0)
        self.view.setFocus()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("{n} zoektermen").format(n=total)
            if shown == total
            else self.tr("{shown} van {n} zoektermen").format(shown=shown, n=total)
        )

    def selected_term(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return str(rows[0].data(TERM_ROLE)) if rows else None

    def select_term(self, term: str) -> bool:
        row = self.model.row_of(term)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def _selection_changed(self) -> None:
        chosen = self.selected_term() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _record(self, term: str) -> TermRecord | None:
        row = self.model.row_of(term)
        return None if row is None else self.model.term(row)

    # -- changes -----------------------------------------------------------------------------

    def new_term(self) -> TermEditorDialog:
        return self._open_editor(None)

    def edit_selected(self) -> TermEditorDialog | None:
        term = self.selected_term()
        record = None if term is None else self._record(term)
        return None if record is None else self._open_editor(record)

    def _open_editor(self, record: TermRecord | None) -> TermEditorDialog:
        editor = TermEditorDialog(
            self._database,
            coordinator=self._coordinator,
            items=self._items,
            term=record,
            parent=self,
        )
        if record is None and self.filter_edit.text().strip():
            editor.term_edit.setText(self.filter_edit.text().strip())  # what was looked for
        editor.saved.connect(self._saved)
        self.editor = editor
        editor.open()
        return editor

    def _saved(self, term: str) -> None:
        self.message.show_message(None)
        self.filter_edit.clear()
        self._on_change()
        self.refresh(select=term)
        self.view.setFocus()

    def remove_selected(self) -> QMessageBox | None:
        term = self.selected_term()
        if term is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Zoekterm verwijderen"),
            self.tr(
                "'{term}' uit de zoektermen verwijderen? Wie het intypt, vindt dan enkel nog "
                "diensten waarin het woord zelf staat."
            ).format(term=term),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        named(box, "termRemoveConfirm", self.tr("Verwijderen bevestigen"))
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(button: QAbstractButton) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self.remove(term)

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()
        return box

    def remove(self, term: str) -> bool:
        """Take ``term`` out at once (the confirmation was given)."""
        try:
            removed = remove_term(self._database, term, by=self._coordinator)
        except DatabaseProblem as problem:
            self.message.show_message(str(problem))
            return False
        if removed:
            self.message.show_message(None)
            self._on_change()
        else:
            self.message.show_message(
                self.tr("'{term}' was er al niet meer; de lijst is vernieuwd.").format(term=term)
            )
        row = self.model.row_of(term)
        self.refresh()
        if row is not None and self.proxy.rowCount():  # the next term, for the next action
            following = self.model.index(min(row, self.model.rowCount() - 1), 0)
            index = self.proxy.mapFromSource(following)
            if index.isValid():
                self.view.selectRow(index.row())
        self.view.setFocus()
        return removed

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the filter goes to the list, in the list edits the term: it presses no
        button (the term editor is a child of this dialog, with a default button of its own)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        """Closing (or locking) closes the term being edited too: unsaved, as with a service."""
        for child in (self.editor, self.confirm_box):
            if child is not None and child.isVisible():
                child.reject()
        super().done(result)


__all__ = ["TermEditorDialog", "TermsDialog", "TermsModel", "split_finds"]
