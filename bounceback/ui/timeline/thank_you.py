"""A thank-you note to one person of one application (step 2 of the bounce-back plan).

The note starts from the person's own "thank_you" template, filled from the application.
BounceBack never sends it: the person copies it or opens their own mail program, then marks
it sent, which puts a dated "thank-you sent" event on the timeline. Below the note: their
LinkedIn profile, whether you connected, and a day to get back in touch.

A note that was changed but not marked sent is kept as a draft and offered back next time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.enums import PlanStep
from bounceback.services import applications, contacts, draft_keys, drafts, events, letters
from bounceback.services.contacts import ContactRow, FollowUpInput
from bounceback.services.errors import NotFoundError, ValidationError
from bounceback.services.letters import Letter
from bounceback.ui import language
from bounceback.ui.common import dialogs, labels, preferences
from bounceback.ui.common.dialogs import fit_to_screen, scrolling_body
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.letter_editor import LetterEditor
from bounceback.ui.common.ops import Ops
from bounceback.ui.common.plan_offer import StepOffer
from bounceback.ui.common.template_dialog import TemplateDialog
from bounceback.ui.common.widgets import DateEdit, ErrorLabel, from_today
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole

TEMPLATE = "thank_you"


draft_key = draft_keys.thank_you


def _join(letter: Letter) -> str:
    return f"{letter.subject}\n{letter.body}"  # a subject is one line


def _split(text: str) -> Letter:
    subject, _, body = text.partition("\n")
    return Letter(subject, body)


class ThankYouDialog(QDialog):
    def __init__(
        self, ops: Ops, app_id: int, contact_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.app_id = app_id
        self.contact_id = contact_id
        self.app = ops.read(applications.get_application, app_id)
        people = ops.read(contacts.list_for_application, app_id)
        found = next((p for p in people if p.id == contact_id), None)
        if found is None:
            raise NotFoundError("contact", contact_id)
        self.row: ContactRow = found
        self._others = [p.name for p in people if p.id != contact_id]
        self._history = ops.read(events.list_events, app_id)

        self.setWindowTitle(fill(self.tr("Thank-you note to %1"), self.row.name))
        self.setMinimumWidth(620)

        heading = QLabel(fill(self.tr("A thank-you to %1"), self.row.name), self)
        set_role(heading, TextRole.TITLE)
        intro = QLabel(self.tr(
            "Thank them, wish them well, and ask them to keep you in mind for future "
            "openings. Nothing is sent from here: copy the note, or open it in your own "
            "mail program."), self)
        intro.setWordWrap(True)
        self.thanked = QLabel(self)
        self.thanked.setWordWrap(True)
        self.thanked.setAccessibleName(self.tr("When you last thanked them"))

        self.draft_notice = QLabel(self.tr("Your unsent note from last time is back."), self)
        self.draft_notice.setWordWrap(True)
        self.afresh_button = QPushButton(self.tr("Start a&fresh from the template"), self)
        self.afresh_button.setAccessibleName(self.tr("Start again from the template"))
        self.afresh_button.clicked.connect(self.start_afresh)
        self.draft_row = QWidget(self)
        draft_lay = QHBoxLayout(self.draft_row)
        draft_lay.setContentsMargins(0, 0, 0, 0)
        draft_lay.addWidget(self.draft_notice, 1)
        draft_lay.addWidget(self.afresh_button)

        self.editor = LetterEditor(self)
        self.editor.set_known_words(self._known_words())
        self.editor.edit_template_requested.connect(self.edit_template)
        self.markers_note = QLabel(self.tr(
            "Fill in what's in [brackets] before you send it."), self)
        self.markers_note.setWordWrap(True)
        self.editor.changed.connect(self._update_markers_note)

        # Once it's sent: the timeline records it.
        self.sent_on = DateEdit(self)
        self.sent_on.setAccessibleName(self.tr("The day you sent it"))
        self.mark_button = QPushButton(self.tr("Mark as se&nt"), self)
        self.mark_button.setAccessibleName(self.tr("Mark the thank-you note as sent"))
        self.mark_button.clicked.connect(self.mark_sent)
        sent_box = QGroupBox(self.tr("Once you've sent it"), self)
        sent_label = QLabel(self.tr("Sent &on"), self)
        sent_label.setBuddy(self.sent_on)
        sent_row = QHBoxLayout()
        sent_row.addWidget(sent_label)
        sent_row.addWidget(self.sent_on, 1)
        sent_row.addWidget(self.mark_button)
        sent_note = QLabel(self.tr("It goes on the timeline, dated."), self)
        sent_note.setWordWrap(True)
        sent_lay = QVBoxLayout(sent_box)
        sent_lay.addLayout(sent_row)
        sent_lay.addWidget(sent_note)
        sent_lay.addStretch(1)

        # Staying in touch.
        self.linkedin = QLineEdit(self)
        self.linkedin.setPlaceholderText(self.tr("Their LinkedIn profile address"))
        self.linkedin.setAccessibleName(self.tr("LinkedIn profile"))
        self.connected = QCheckBox(self.tr("Connected on Linked&In"), self)
        self.connected.setAccessibleName(self.tr("Connected on LinkedIn"))
        self.stay_in_touch = DateEdit(self, optional=True, default=from_today(months=3))
        self.stay_in_touch.setAccessibleName(self.tr("Stay in touch on"))
        self.stay_in_touch.setToolTip(self.tr("A day to say hello again, if you'd like one"))
        self.save_button = QPushButton(self.tr("Sa&ve"), self)
        self.save_button.setAccessibleName(self.tr("Save the LinkedIn and stay-in-touch details"))
        self.save_button.clicked.connect(self.save)
        self.error = ErrorLabel(self)
        keep_box = QGroupBox(self.tr("Stay connected"), self)
        keep_form = QFormLayout()
        keep_form.addRow(self.tr("LinkedIn &profile"), self.linkedin)
        keep_form.addRow("", self.connected)
        keep_form.addRow(self.tr("Stay in &touch on"), self.stay_in_touch)
        keep_lay = QVBoxLayout(keep_box)
        keep_lay.addLayout(keep_form)
        keep_lay.addWidget(self.error)
        keep_lay.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        boxes = QHBoxLayout()
        boxes.addWidget(sent_box, 2)
        boxes.addWidget(keep_box, 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        # After the last thank-you: step 2 of the plan can be finished right here.
        self.plan_offer = StepOffer(ops, PlanStep.CONNECT, self)

        lay = QVBoxLayout()
        lay.setSpacing(10)
        lay.addWidget(heading)
        lay.addWidget(intro)
        lay.addWidget(self.thanked)
        lay.addWidget(self.draft_row)
        lay.addWidget(self.markers_note)
        lay.addWidget(self.editor, 1)
        lay.addLayout(boxes)
        lay.addWidget(self.plan_offer)
        # The note scrolls, the Close button stays in view, whatever the screen and font.
        self.body = scrolling_body(self, lay, self.buttons)
        for a, b in ((self.editor.template_button, self.sent_on),
                     (self.sent_on, self.mark_button), (self.mark_button, self.linkedin),
                     (self.linkedin, self.connected), (self.connected, self.stay_in_touch),
                     (self.stay_in_touch, self.save_button)):
            QWidget.setTabOrder(a, b)

        # Enter never presses a button by surprise; in the LinkedIn field it saves.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.linkedin.returnPressed.connect(self.save)
        for signal in (self.linkedin.textChanged, self.connected.toggled,
                       self.stay_in_touch.changed):
            signal.connect(self._update_buttons)
        self._show_follow_up(self.row)
        self._show_thanked()
        self._start_letter()
        fit_to_screen(self, 760, 760)
        self.editor.body.setFocus()

    # --- the letter ----------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        """What the template's placeholders are filled with; your own name comes from
        File → Your name in letters (until then it stays a visible "[my name]")."""
        return {
            "name": letters.first_name(self.row.name),
            "company": self.app.company,
            "role": self.app.role,
            "interview_date": labels.date(letters.talked_on(self._history, self.row.name)),
            **preferences.signature_values(),
        }

    def filled(self) -> Letter:
        template = self.ops.read(letters.template_for, TEMPLATE, language.current())
        return letters.fill(template, self.values())

    def _known_words(self) -> list[str]:
        return letters.known_words(self.row.name, self.app.company, self.app.role,
                                   *self._others)

    def _start_letter(self) -> None:
        draft = self.ops.read(drafts.get_draft, draft_key(self.app_id, self.contact_id))
        self._baseline = self.filled()
        if draft is not None and _split(draft.body) != self._baseline:
            self.editor.set_letter(_split(draft.body), to=self.row.email)
            self.draft_row.show()
        else:
            self.editor.set_letter(self._baseline, to=self.row.email)
            self.draft_row.hide()
        self._update_markers_note()

    def _update_markers_note(self) -> None:
        text = _join(self.editor.letter())
        self.markers_note.setVisible(
            any(letters.missing_marker(k) in text for k in letters.PLACEHOLDERS))

    def letter_changed(self) -> bool:
        """The note differs from what it started as (or was when last marked sent)."""
        return self.editor.letter() != self._baseline

    def start_afresh(self) -> None:
        self._baseline = self.filled()
        self.editor.set_letter(self._baseline, to=self.row.email)
        self.ops.write_quietly(drafts.discard_draft, draft_key(self.app_id, self.contact_id))
        self.draft_row.hide()
        self._update_markers_note()

    def _template_dialog(self) -> TemplateDialog:
        return TemplateDialog(TEMPLATE, self.ops, self)

    def edit_template(self) -> None:
        dlg = self._template_dialog()
        changed = dlg.exec() == QDialog.DialogCode.Accepted
        dlg.deleteLater()
        if not changed:
            return
        if self.letter_changed() and not self._ask_replace():
            return
        self.start_afresh()

    def _ask_replace(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Use the new template?"),
            self.tr("Start this note again from the changed template? "
                    "What you wrote here will be replaced."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _keep_draft(self) -> None:
        key = draft_key(self.app_id, self.contact_id)
        if self.letter_changed():
            self.ops.write_quietly(drafts.save_draft, key, _join(self.editor.letter()))
        else:
            self.ops.write_quietly(drafts.discard_draft, key)

    # --- marking it sent -----------------------------------------------------------------
    def _show_thanked(self) -> None:
        on = self.row.thanked_on
        self.thanked.setVisible(on is not None)
        if on is not None:
            self.thanked.setText(fill(self.tr(
                "Thanked on %1. Sending another note is fine too."), labels.date(on)))

    def mark_sent(self) -> bool:
        # The timeline says "Thank-you note to Dana", worded in whatever language is shown.
        row = self.ops.write(
            self, contacts.mark_thanked, self.app_id, self.contact_id, self.sent_on.day(),
            done=self.tr("Noted on the timeline. Well done."),
        )
        if row is None:
            return False
        self.row = row
        self._show_thanked()
        # The note has gone (the service dropped its draft with the marking).
        self._baseline = self.editor.letter()
        self.draft_row.hide()
        self.plan_offer.show_for(self.app_id)
        return True

    # --- staying in touch ----------------------------------------------------------------
    def follow_up(self) -> FollowUpInput:
        return FollowUpInput(
            linkedin_url=self.linkedin.text().strip(),
            connected=self.connected.isChecked(),
            stay_in_touch_on=self.stay_in_touch.value(),
        )

    def _show_follow_up(self, row: ContactRow) -> None:
        self.linkedin.setText(row.linkedin_url)
        self.connected.setChecked(row.linkedin_connected)
        self.stay_in_touch.set_value(row.stay_in_touch_on)
        self._loaded = self.follow_up()
        self._update_buttons()

    def has_unsaved_changes(self) -> bool:
        return self.follow_up() != self._loaded

    def _update_buttons(self) -> None:
        if hasattr(self, "_loaded"):
            self.save_button.setEnabled(self.has_unsaved_changes())

    def save(self) -> bool:
        if not self.has_unsaved_changes():
            return True
        self.error.clear_message()
        row = self.ops.write(
            self, contacts.save_follow_up, self.contact_id, self.follow_up(),
            done=self.tr("Saved."), on_invalid=self._show_error,
        )
        if row is None:
            return False
        self._show_follow_up(row)
        if self.row.thanked_on is not None:  # thanked, and now connected: maybe all done
            self.plan_offer.show_for(self.app_id)
        return True

    def _show_error(self, exc: ValidationError) -> None:
        self.error.show_validation(exc, {
            "linkedin_url": self.linkedin, "stay_in_touch_on": self.stay_in_touch})

    # --- closing -------------------------------------------------------------------------
    def reject(self) -> None:
        if self.has_unsaved_changes():
            what = fill(self.tr("how you keep in touch with %1"), self.row.name)
            answer = dialogs.ask_unsaved(self, what)
            if answer == dialogs.Unsaved.CANCEL:
                return
            if answer == dialogs.Unsaved.SAVE and not self.save():
                return
        self._keep_draft()
        super().reject()
