"""Edit a letter template: the person's own copy, or put the original back."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bounceback.services import letters
from bounceback.services.errors import ValidationError
from bounceback.ui import language
from bounceback.ui.common import spelling
from bounceback.ui.common.dialogs import fit_to_screen
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.common.ops import Ops, translate_message


def template_title(name: str) -> str:
    """The template's name as people see it."""
    titles = {
        "thank_you": tr("Thank-you note"),
        "feedback_request": tr("Feedback request"),
    }
    return titles.get(name, name)


def placeholder_help() -> list[tuple[str, str]]:
    return [
        ("{name}", tr("the person you're writing to")),
        ("{company}", tr("the company")),
        ("{role}", tr("the role you applied for")),
        ("{interview_date}", tr("the day of the interview")),
        ("{my_name}", tr("your own name")),
    ]


def ask_reset(parent: QWidget | None, title: str) -> bool:
    """Ask before putting the original template back (tests replace this)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Put back the original?"),
        fill(tr("Put back the original text of the %1 template? Your changes to it will be lost."),
             title.lower()),

        parent=parent,
    )
    put_back = box.addButton(tr("Put back"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is put_back


class TemplateDialog(QDialog):
    """Edit template ``name``; Save keeps the person's copy in the store.

    ``exec()`` returns Accepted when the template changed (saved or put back).
    """

    def __init__(self, name: str, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.ops = ops
        title = template_title(name)
        self.setWindowTitle(fill(self.tr("Edit template: %1"), title))

        intro = QLabel(
            self.tr(
                "Change the words to sound like you. New letters start from this text; "
                "the first line can be the subject."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(self.tr("Template text"))
        self.edit.setTabChangesFocus(True)
        self.edit.setPlainText(ops.read(letters.template_for, name, language.current()))
        self.speller = spelling.Speller(language.current)
        self.highlighter = spelling.SpellHighlighter(self.edit.document(), self.speller)
        self.highlighter.set_underline_color(self.palette().color(QPalette.ColorRole.Accent))

        rows = "".join(
            f"<tr><td><code>{key}</code>&nbsp;&nbsp;</td><td>{what}</td></tr>"
            for key, what in placeholder_help()
        )
        self.placeholders = QLabel(
            "<p>" + self.tr("These are filled in from the application:") + "</p>"
            f"<table>{rows}</table>",
            self,
        )
        self.placeholders.setWordWrap(True)
        self.placeholders.setAccessibleName(self.tr("Placeholders"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save the template"))
        self.reset_button = self.buttons.addButton(
            self.tr("&Put back the original"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.reset_button.setAccessibleName(self.tr("Put back the original template"))
        self.reset_button.setEnabled(ops.read(letters.is_customised, name))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(self.reset)
        self.edit.textChanged.connect(self._update_buttons)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.placeholders)
        lay.addWidget(self.buttons)
        fit_to_screen(self, 640, 520)
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.toPlainText()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(bool(self.text().strip()))

    def save(self) -> None:
        if not self.text().strip():
            return
        # A failure (a full disk, say) is told by Ops; the text stays here to try again.
        if self.ops.run(self, letters.save_template, self.name, self.text(),
                        on_invalid=self._invalid):
            self.accept()

    def _invalid(self, error: ValidationError) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), translate_message(error.message))

    def reset(self) -> None:
        if not ask_reset(self, template_title(self.name)):
            return
        if not self.ops.run(self, letters.reset_template, self.name):
            return
        self.edit.setPlainText(
            self.ops.read(letters.template_for, self.name, language.current()))
        self.accept()
