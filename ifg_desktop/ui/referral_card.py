"""The referral card dialog: choose services, see the card, print it, save it as PDF, copy it.

Nothing of it is stored: the dialog holds the card while it is open, and the only file it
makes is the one the worker chose.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from PySide6.QtCore import QMarginsF, Qt, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ifg_desktop.directory.referral_card import ReferralCard, card_html, card_text, make_card
from ifg_desktop.i18n import translate

if TYPE_CHECKING:
    from ifg_desktop.directory.records import ServiceRecord

# A card that fits a pocket or a wallet.
CARD_PAGE = QPageSize.PageSizeId.A6


def _document(card: ReferralCard) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(card_html(card))
    return document


def write_pdf(card: ReferralCard, path: Path) -> None:
    """The card as a PDF at ``path``, whole or not at all (written beside it, then renamed)."""
    handle, temporary = tempfile.mkstemp(prefix=".kaart-", suffix=".pdf", dir=path.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(CARD_PAGE),
                QPageLayout.Orientation.Portrait,
                QMarginsF(8, 8, 8, 8),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setTitle(card.title)
        writer.setCreator("IFG-wegwijzer" if not card.discreet else "")
        _document(card).print_(writer)
        del writer  # the file is complete once the writer is gone
        with open(temporary, "rb") as written:  # Qt says nothing when a write fails
            whole = written.read(5) == b"%PDF-" and b"%%EOF" in _tail(written)
        if not whole:
            incomplete = translate(
                "ReferralCardDialog", "de PDF kon niet volledig geschreven worden"
            )
            raise OSError(errno.EIO, incomplete)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _tail(handle: BinaryIO) -> bytes:
    handle.seek(0, os.SEEK_END)
    handle.seek(max(0, handle.tell() - 1024))
    return handle.read()


class ReferralCardDialog(QDialog):
    """``records``: the services to choose from; ``chosen``: the keys ticked at first.
    ``hide_requested``: F12 was pressed (the dialog closes; the window hides itself)."""

    hide_requested = Signal()

    def __init__(
        self, records: Sequence[ServiceRecord], chosen: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referralCardDialog")
        self.setWindowTitle(self.tr("Kaart voor de cliënt"))
        self.setAccessibleName(self.windowTitle())
        self._records = list(records)

        self.services = QListWidget()
        self.services.setObjectName("cardServices")
        self.services.setAccessibleName(self.tr("Diensten op de kaart"))
        for record in self._records:
            item = QListWidgetItem(record.name)
            item.setData(Qt.ItemDataRole.UserRole, record.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if record.key in chosen else Qt.CheckState.Unchecked
            )
            if record.professional_only:
                item.setText(record.name + self.tr(" — enkel voor hulpverleners, niet op de kaart"))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.services.addItem(item)
        self.services.itemChanged.connect(self._update)

        self.discreet = QCheckBox(self.tr("Discreet: neutrale titel, geen woorden over geweld"))
        self.discreet.setObjectName("cardDiscreet")
        self.discreet.setChecked(True)
        self.discreet.toggled.connect(self._update)

        self.preview = QTextBrowser()
        self.preview.setObjectName("cardPreview")
        self.preview.setAccessibleName(self.tr("Voorbeeld van de kaart"))
        self.left_out = QLabel()
        self.left_out.setObjectName("cardLeftOut")
        self.left_out.setWordWrap(True)

        buttons = QDialogButtonBox()
        buttons.addButton(QPushButton(self.tr("Sluiten")), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        self.print_button = QPushButton(self.tr("Afdrukken…"))
        self.pdf_button = QPushButton(self.tr("Opslaan als PDF…"))
        self.copy_button = QPushButton(self.tr("Kopiëren als tekst"))
        for button in (self.print_button, self.pdf_button, self.copy_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_card)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.copy_button.clicked.connect(self.copy_text)

        choose = QVBoxLayout()
        choose.addWidget(QLabel(self.tr("Welke diensten komen op de kaart?")))
        choose.addWidget(self.services)
        choose.addWidget(self.discreet)
        choose.addWidget(self.left_out)
        row = QHBoxLayout()
        row.addLayout(choose, 1)
        row.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(760, 480)
        quick_hide = QShortcut(QKeySequence("F12"), self)
        quick_hide.activated.connect(self._hide)
        self._update()

    def _hide(self) -> None:
        self.reject()
        self.hide_requested.emit()

    def chosen(self) -> list[ServiceRecord]:
        keys = {
            self.services.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.services.count())
            if self.services.item(i).checkState() == Qt.CheckState.Checked
        }
        return [record for record in self._records if record.key in keys]

    def card(self) -> ReferralCard:
        return make_card(self.chosen(), discreet=self.discreet.isChecked())

    def _update(self) -> None:
        card = self.card()
        self.preview.setHtml(card_html(card))
        notes = list(card.left_out)
        if not card.entries:
            notes.insert(0, self.tr("Kies minstens één dienst met een nummer."))
        self.left_out.setText("\n".join(notes))
        for button in (self.print_button, self.pdf_button, self.copy_button):
            button.setEnabled(bool(card.entries))

    # -- handing it over --------------------------------------------------------------------
    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(card_text(self.card()))

    def save_pdf(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Kaart opslaan als PDF"), self.tr("kaart.pdf"), self.tr("PDF (*.pdf)")
        )
        if name:
            self.save_pdf_to(Path(name))

    def save_pdf_to(self, path: Path) -> bool:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_pdf(self.card(), path)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Kaart niet opgeslagen"),
                self.tr("De kaart kon niet worden opgeslagen in {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                ),
            )
            return False
        return True

    def print_card(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        printer.setPageSize(QPageSize(CARD_PAGE))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            _document(self.card()).print_(printer)
