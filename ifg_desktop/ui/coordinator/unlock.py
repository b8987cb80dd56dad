"""Unlocking coordinator mode: the password (set on first use) and the coordinator's name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ifg_desktop.db import Database, DatabaseProblem
from ifg_desktop.directory.auth import (
    MIN_LENGTH,
    PasswordRefused,
    change_password,
    password_is_set,
    set_first_password,
    verify_password,
)
from ifg_desktop.ui.coordinator.common import named
from ifg_desktop.ui.coordinator.widgets import MessageLabel


def _password_edit(object_name: str, accessible_name: str) -> QLineEdit:
    edit = named(QLineEdit(), object_name, accessible_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class UnlockDialog(QDialog):
    """Asks the name every change will carry, and the password; the first time, sets it."""

    def __init__(
        self, database: Database, *, name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.first_use = not password_is_set(database)
        self.coordinator: str | None = None
        named(self, "unlockDialog", self.tr("Coördinatormodus ontgrendelen"))
        self.setWindowTitle(self.tr("Coördinatormodus"))
        self.setMinimumWidth(440)
        if self.first_use:
            intro = self.tr(
                "Er is nog geen coördinatorwachtwoord. Kies er een (minstens {n} tekens): "
                "wie het kent, kan de wegwijzer wijzigen. Elke wijziging draagt uw naam."
            ).format(n=MIN_LENGTH)
        else:
            intro = self.tr(
                "Geef uw naam en het coördinatorwachtwoord. Elke wijziging draagt uw naam."
            )
        self.intro = named(QLabel(intro), "unlockIntro", self.tr("Uitleg"))
        self.intro.setWordWrap(True)
        self.name_edit = named(QLineEdit(name), "coordinatorName", self.tr("Uw naam"))
        self.password_edit = _password_edit("coordinatorPassword", self.tr("Wachtwoord"))
        self.repeat_edit = _password_edit(
            "coordinatorPasswordRepeat", self.tr("Wachtwoord herhalen")
        )
        self.message = MessageLabel("unlockMessage", self.tr("ontgrendelen"))
        self.ok_button = named(
            QPushButton(
                self.tr("Instellen en ontgrendelen") if self.first_use else self.tr("Ontgrendelen")
            ),
            "unlockButton",
            self.tr("Ontgrendelen"),
        )
        self.ok_button.setDefault(True)
        self.cancel_button = named(
            QPushButton(self.tr("Annuleren")), "unlockCancel", self.tr("Annuleren")
        )
        form = QFormLayout()
        form.addRow(self.tr("Uw naam:"), self.name_edit)
        form.addRow(self.tr("Wachtwoord:"), self.password_edit)
        if self.first_use:
            form.addRow(self.tr("Nog eens:"), self.repeat_edit)
        else:
            self.repeat_edit.hide()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(self.try_unlock)
        self.cancel_button.clicked.connect(self.reject)
        (self.password_edit if name else self.name_edit).setFocus()

    def try_unlock(self) -> bool:
        name = self.name_edit.text().strip()
        password = self.password_edit.text()
        if not name:
            self.message.show_message(self.tr("Vul uw naam in: elke wijziging draagt ze."))
            return False
        try:
            if self.first_use:
                if password != self.repeat_edit.text():
                    self.message.show_message(self.tr("De twee wachtwoorden verschillen."))
                    return False
                set_first_password(self._database, password, by=name)
            elif not verify_password(self._database, password):
                self.message.show_message(self.tr("Het wachtwoord klopt niet."))
                self.password_edit.clear()
                self.password_edit.setFocus()
                return False
        except (PasswordRefused, DatabaseProblem) as refused:
            self.message.show_message(str(refused))
            return False
        finally:
            self.repeat_edit.clear()
        self.password_edit.clear()  # not kept in the widget longer than needed
        self.coordinator = name
        self.accept()
        return True


class ChangePasswordDialog(QDialog):
    def __init__(
        self, database: Database, *, coordinator: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._coordinator = coordinator
        named(self, "changePasswordDialog", self.tr("Coördinatorwachtwoord wijzigen"))
        self.setWindowTitle(self.tr("Coördinatorwachtwoord wijzigen"))
        self.old_edit = _password_edit("oldPassword", self.tr("Huidig wachtwoord"))
        self.new_edit = _password_edit("newPassword", self.tr("Nieuw wachtwoord"))
        self.repeat_edit = _password_edit("newPasswordRepeat", self.tr("Nieuw wachtwoord herhalen"))
        self.message = MessageLabel("changePasswordMessage", self.tr("wachtwoord wijzigen"))
        self.ok_button = named(
            QPushButton(self.tr("Wijzigen")), "changePasswordButton", self.tr("Wijzigen")
        )
        self.cancel_button = named(
            QPushButton(self.tr("Annuleren")), "changePasswordCancel", self.tr("Annuleren")
        )
        form = QFormLayout()
        form.addRow(self.tr("Huidig wachtwoord:"), self.old_edit)
        form.addRow(self.tr("Nieuw wachtwoord:"), self.new_edit)
        form.addRow(self.tr("Nog eens:"), self.repeat_edit)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(self.try_change)
        self.cancel_button.clicked.connect(self.reject)

    def try_change(self) -> bool:
        if self.new_edit.text() != self.repeat_edit.text():
            self.message.show_message(self.tr("De twee nieuwe wachtwoorden verschillen."))
            return False
        try:
            change_password(
                self._database, self.old_edit.text(), self.new_edit.text(), by=self._coordinator
            )
        except (PasswordRefused, DatabaseProblem) as refused:
            self.message.show_message(str(refused))
            return False
        finally:
            for edit in (self.old_edit, self.new_edit, self.repeat_edit):
                edit.clear()
        self.accept()
        return True
