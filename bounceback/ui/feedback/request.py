"""Filling the feedback request from the person's "feedback_request" template: what the
placeholders are filled with, the question asked before a typed request is replaced, and the
``Drafter`` that does it for the tab."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from bounceback.services import events, letters
from bounceback.services.applications import ApplicationDetail
from bounceback.services.events import EventRow
from bounceback.services.letters import Letter
from bounceback.ui import language
from bounceback.ui.common import labels, preferences
from bounceback.ui.common.i18n import tr
from bounceback.ui.common.ops import Ops
from bounceback.ui.common.template_dialog import TemplateDialog
from bounceback.ui.feedback.editor import FeedbackForm

TEMPLATE = "feedback_request"

# Words that start a role rather than a name: "the recruiter" is not "Hi the,".


def template_values(
    app: ApplicationDetail, history: list[EventRow], whom: str, contact_name: str | None
) -> dict[str, str]:
    """The placeholders, filled from the application and your own name (until you give it in
    File → Your name in letters, it stays a visible "[my name]")."""
    person = contact_name or whom
    talk = letters.talked_on(history, contact_name or "")
    return {
        "name": letters.first_name(person),
        "company": app.company,
        "role": app.role,
        "interview_date": labels.date(talk) if talk else "",
        **preferences.signature_values(),
    }


def known_words(app: ApplicationDetail, names: list[str]) -> list[str]:
    return letters.known_words(app.company, app.role, *names)


def ask_replace(parent: QWidget | None) -> bool:
    """Ask before the template replaces a request the person wrote (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        tr("Start from the template?"),
        tr("Replace your request with a fresh draft from the template? "
           "What you wrote will be lost."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class Drafter(QObject):
    """Fills the form's request from the template, and opens the template for editing.

    A request still exactly as the template filled it follows the person it is for; one the
    person has written in is only replaced after asking.
    """

    def __init__(self, ops: Ops, form: FeedbackForm, parent: QWidget) -> None:
        super().__init__(parent)
        self.ops = ops
        self.form = form
        self.window = parent
        self.app: ApplicationDetail | None = None
        # The request as the template last filled it, while the person hasn't changed it.
        self.last_fill: Letter | None = None
        form.draft_requested.connect(self.draft_from_template)
        form.person_changed.connect(self._person_changed)
        form.request.edit_template_requested.connect(self.edit_template)

    def set_app(self, app: ApplicationDetail | None) -> None:
        self.app = app

    def forget(self) -> None:
        """Another note (or its saved text) is shown: its request is the person's own."""
        self.last_fill = None

    def filled(self) -> Letter:
        assert self.app is not None
        history = self.ops.read(events.list_events, self.app.id)
        person = self.form.chosen_contact()
        values = template_values(
            self.app, history, self.form.whom.text().strip(), person.name if person else None)
        template = self.ops.read(letters.template_for, TEMPLATE, language.current())
        return letters.fill(template, values)

    def _untouched(self) -> bool:
        current = self.form.request.letter()
        blank = not (current.body.strip() or current.subject.strip())
        return blank or current == self.last_fill

    def draft_from_template(self) -> None:
        if self.app is None:
            return
        if not self._untouched() and not ask_replace(self.window):
            return
        self._fill()
        self.form.request.body.setFocus()

    def _fill(self) -> None:
        self.last_fill = self.filled()
        self.form.set_request(self.last_fill)

    def _person_changed(self) -> None:
        if self.last_fill is not None and self.form.request.letter() == self.last_fill:
            self._fill()

    def template_dialog(self) -> TemplateDialog:
        return TemplateDialog(TEMPLATE, self.ops, self.window)

    def edit_template(self) -> None:
        dlg = self.template_dialog()
        changed = dlg.exec() == QDialog.DialogCode.Accepted
        dlg.deleteLater()
        if changed and self.app is not None and self._untouched():
            self._fill()
