"""What hangs off one application: its history of events, its people and its documents, with
their dialogs."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QWidget

from bounceback.db.enums import EventKind, PlanStep, Status
from bounceback.services import contacts, events, plans
from bounceback.services.errors import NotFoundError
from bounceback.services.plans import PlanRow
from bounceback.services.related import RelatedRecords, related_records
from bounceback.ui.common import dialogs, labels
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.ops import Ops
from bounceback.ui.common.plan_offer import Notice, StepOffer
from bounceback.ui.common.steady_tabs import SteadyTabWidget
from bounceback.ui.timeline.contact_dialog import ContactDialog
from bounceback.ui.timeline.document_actions import DocumentActions
from bounceback.ui.timeline.documents import DocumentsPanel, FileDrops
from bounceback.ui.timeline.event_dialog import EventDialog
from bounceback.ui.timeline.history import HistoryPanel
from bounceback.ui.timeline.people import PeoplePanel
from bounceback.ui.timeline.thank_you import ThankYouDialog


def names_list(names: list[str]) -> str:
    return ", ".join(names)


class RelatedPanel(SteadyTabWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("History and people of this application"))
        self.ops = ops
        self.app_id: int | None = None
        self.company = ""
        self.status: Status | None = None
        self.history = HistoryPanel(self)
        self.people = PeoplePanel(self)
        self.documents = DocumentsPanel(self)
        self.addTab(self.history, self.tr("Histor&y"))  # not Alt+H: that opens Help
        self.addTab(self.people, self.tr("&People"))
        self.addTab(self.documents, self.tr("Docu&ments"))
        self.document_actions = DocumentActions(ops, self, self._open_application)
        self.documents.add_requested.connect(self.document_actions.attach_chosen)
        self.documents.edit_requested.connect(self.document_actions.view)
        self.documents.save_requested.connect(self.document_actions.save)
        self.documents.delete_requested.connect(self._remove_document)
        self.documents.files_dropped.connect(self.document_actions.attach)
        self.documents.kind_requested.connect(self.document_actions.set_kind)
        self.documents.owner_requested.connect(self.document_actions.set_owner)
        self.documents.rename_requested.connect(self._rename_document)
        # A file dropped on an event of the history belongs to that event (the e-mail of a
        # "no", the notes of an interview); below the rows, to the application.
        self.history_drops = FileDrops(self.history.view, self._dropped_on_history)
        self.history.add_requested.connect(self._add_event)
        self.history.edit_requested.connect(self._edit_event)
        self.history.delete_requested.connect(self._delete_event)
        self.people.add_requested.connect(self._add_person)
        self.people.edit_requested.connect(self._edit_person)
        self.people.delete_requested.connect(self._remove_person)
        self.people.thank_requested.connect(self.write_thank_you)
        self.thank_you: ThankYouDialog | None = None  # the one open, if any
        self._plan: PlanRow | None = None

        # Names typed as an interview's participants that are not people here yet: offered
        # once each ("Not now" puts them away until the program closes), never added twice.
        self.participants = Notice(self.people)
        self.participants.action_clicked.connect(self._add_participants)
        self.participants.other_clicked.connect(self._decline_participants)
        self._new_names: list[str] = []
        self._declined: dict[int, set[str]] = {}
        # When everyone is thanked, step 2 finishes here in one click.
        self.connect_offer = StepOffer(ops, PlanStep.CONNECT, self.people)
        self.people.add_notice(self.participants)
        self.people.add_notice(self.connect_offer)

    def show_for(self, app_id: int | None, company: str = "",
                 status: Status | None = None) -> None:
        self.app_id = app_id
        self.company = company
        self.status = status
        self.reload()

    def reload(self) -> None:
        found = self.ops.read(related_records, self.app_id) if self.app_id is not None \
            else None
        self._show(found)

    def show_records(self, app_id: int, company: str, found: RelatedRecords,
                     status: Status | None = None) -> None:
        """Like :meth:`show_for`, with the records already read (with the editor's)."""
        self.app_id = app_id
        self.company = company
        self.status = status
        self._show(found)

    def _show(self, found: RelatedRecords | None) -> None:
        has = found is not None
        self.history.set_rows(list(found.events) if found else [])
        self.people.set_rows(list(found.people) if found else [])
        self.documents.set_documents(list(found.documents) if found else [],
                                     found.events if found else ())
        self.history.set_enabled_for(has)
        self.people.set_enabled_for(has)
        self.documents.set_enabled_for(has)
        plan = found.plan if found else None
        self._plan = plan
        self.connect_offer.show_for(self.app_id if has else None,
                                    ready=found.connect_ready if found else None)
        self._show_participants(found)
        # The general nudge gives way to a notice with something to do: the list keeps room.
        self.people.set_hint(plan is not None and plan.is_open
                             and plan.states[PlanStep.CONNECT] not in plans.FINISHED
                             and self.connect_offer.isHidden()
                             and self.participants.isHidden())
        self.setTabText(1, fill(self.tr("&People (%1)"), self.people.model.rowCount())
                        if has else self.tr("&People"))
        self.setTabText(2, fill(self.tr("Docu&ments (%1)"), self.documents.model.rowCount())
                        if has else self.tr("Docu&ments"))

    def show_people(self) -> None:
        """Land on the people: step 2 of the plan, "be gracious and stay connected", with the
        first person not yet thanked selected, so "Write thank-you…" is ready."""
        self.setCurrentWidget(self.people)
        rejected_on = self._plan.rejected_on if self._plan is not None else None
        waiting = {p.id for p in plans.still_to_thank(self.people.model.rows(), rejected_on)}
        if self.people.select_first_of(waiting):
            self.people.view.setFocus()
        elif not self.participants.isHidden():
            self.participants.action_button.setFocus()  # no one yet, but names to add
        else:
            self.people.add_button.setFocus()

    # --- documents -----------------------------------------------------------------------
    def _open_application(self) -> tuple[int, str, Status] | None:
        if self.app_id is None:
            return None
        return self.app_id, self.company, self.status or Status.APPLIED

    def show_document(self, doc_id: int) -> None:
        """A search's hit, or the CV an application was sent with: open to read, and
        selected in the list when it is this application's (the CV may be another's)."""
        row = self.documents.model.row_of_id(doc_id)
        if row >= 0:
            self.setCurrentWidget(self.documents)
            index = self.documents.proxy.mapFromSource(self.documents.model.index(row, 0))
            self.documents.view.setCurrentIndex(index)
        self.document_actions.view(doc_id)

    def attach_files(self, files: list[Path]) -> None:
        """Files dropped on the application (in the list): kept with it, shown here."""
        self.setCurrentWidget(self.documents)
        self.document_actions.attach(files, None)

    def _dropped_on_history(self, files: list[Path], index: QModelIndex) -> None:
        event_id = None
        if index.isValid():
            row = self.history.model.row_at(self.history.proxy.mapToSource(index).row())
            event_id = row.id
        self.setCurrentWidget(self.documents)
        self.document_actions.attach(files, event_id)

    def _rename_document(self, doc_id: int) -> None:
        row = self.documents.selected()
        if row is not None and row.id == doc_id:
            self.document_actions.rename(doc_id, row.name)

    def _remove_document(self, doc_id: int) -> None:
        row = self.documents.selected()
        if row is not None:
            self.document_actions.remove(doc_id, row.name)

    # --- interview participants ----------------------------------------------------------
    def _show_participants(self, found: RelatedRecords | None) -> None:
        if found is None or self.app_id is None:
            self._new_names = []
            self.participants.clear()
            return
        declined = self._declined.get(self.app_id, set())
        typed = [e.interviewers for e in found.events if e.kind == EventKind.INTERVIEW]
        known = [p.name for p in found.people]
        self._new_names = [n for n in contacts.new_participants(typed, known)
                           if contacts.name_key(n) not in declined]
        if not self._new_names:
            self.participants.clear()
            return
        self.participants.say(
            fill(self.tr("You met %1 in your interviews. Add them here, so you can thank them and "
                         "keep in touch?"), names_list(self._new_names)),
            self.tr("Add to People"), self.tr("Not now"))

    def _add_participants(self) -> None:
        if self.app_id is None or not self._new_names:
            return
        self.ops.write(self, contacts.add_participants, self.app_id, list(self._new_names),
                       done=self.tr("Added to People."))

    def _decline_participants(self) -> None:
        if self.app_id is not None:
            self._declined.setdefault(self.app_id, set()).update(
                contacts.name_key(n) for n in self._new_names)
        self._new_names = []
        self.reload()

    # --- events --------------------------------------------------------------------------
    def _event_dialog(self, event: events.EventInput | None) -> EventDialog:
        # A new event starts as the next step of the story so far; names typed as its
        # participants are checked against the people already here.
        history = self.history.model.rows()
        suggested = events.next_in_story(history) if event is None else None
        return EventDialog(self, event, suggested=suggested,
                           people=[p.name for p in self.people.model.rows()])

    def _add_event(self) -> None:
        if self.app_id is None:
            return
        dlg = self._event_dialog(None)
        while dlg.exec():
            if self.ops.run(self, events.add_event, self.app_id, dlg.value(),
                            people=dlg.new_people(), done=self.tr("Event added."),
                            on_invalid=dlg.show_error):
                break

    def _edit_event(self, event_id: int) -> None:
        try:
            row = self.ops.read(events.get_event, event_id)
        except NotFoundError:
            self.reload()
            return
        # What BounceBack wrote is shown (and edited) in the window's words.
        worded = labels.event_text(row.said, row.details)
        dlg = self._event_dialog(replace(row.as_input(), details=worded))
        while dlg.exec():
            value, said = dlg.value(), ""
            if row.said and value.details == worded:
                # Its words untouched: still BounceBack's, worded in whatever language.
                value, said = replace(value, details=row.details), row.said
            if self.ops.run(self, events.update_event, event_id, value,
                            people=dlg.new_people(), said=said,
                            done=self.tr("Event saved."), on_invalid=dlg.show_error):
                break

    def _delete_event(self, event_id: int) -> None:
        if not dialogs.confirm_delete(
            self, self.tr("Delete event"),
            self.tr("Delete this event from the history? This can't be undone."),
        ):
            return
        self.ops.run(self, events.delete_event, event_id, done=self.tr("Event deleted."))

    # --- people --------------------------------------------------------------------------
    def _contact_dialog(self, contact: contacts.ContactRow | None) -> ContactDialog:
        return ContactDialog(self, contact, self.company)

    def _add_person(self) -> None:
        if self.app_id is None:
            return
        dlg = self._contact_dialog(None)
        while dlg.exec():
            added = self.ops.write(self, contacts.add_to_application, self.app_id, dlg.value(),
                                   dlg.relation_value(), done=self.tr("Person added."),
                                   on_invalid=dlg.show_error)
            if added is not None:
                # The new person, selected, with the focus: where "Write thank-you…" is ready
                # (focus fell back to the window's first control, Archive).
                if self.people.select_first_of({added.id}):
                    self.people.view.setFocus()
                break

    def _edit_person(self, contact_id: int) -> None:
        row = next((r for r in self.people.model.rows() if r.id == contact_id), None)
        if row is None or self.app_id is None:
            return
        dlg = self._contact_dialog(row)
        while dlg.exec():
            if self.ops.run(self, contacts.update_for_application, self.app_id, contact_id,
                            dlg.value(), dlg.relation_value(), done=self.tr("Saved."),
                            on_invalid=dlg.show_error):
                break

    def _remove_person(self, contact_id: int) -> None:
        row = next((r for r in self.people.model.rows() if r.id == contact_id), None)
        if row is None or self.app_id is None:
            return
        text = fill(self.tr("Remove %1 from this application? Their details are kept."),
                    row.name)

        if not dialogs.confirm_delete(self, self.tr("Remove person"), text):
            return
        self.ops.run(self, contacts.unlink_contact, self.app_id, contact_id,
                     done=self.tr("Removed."))

    # --- thank-you notes -----------------------------------------------------------------
    def _thank_you_dialog(self, contact_id: int) -> ThankYouDialog:
        assert self.app_id is not None
        return ThankYouDialog(self.ops, self.app_id, contact_id, self)

    def write_thank_you(self, contact_id: int) -> None:
        """Draft a note to one person. The dialog is window-modal but does not block, so
        the lists behind it follow what it records."""
        if self.app_id is None or self.thank_you is not None:
            return
        try:
            dlg = self._thank_you_dialog(contact_id)
        except NotFoundError:  # removed meanwhile
            self.reload()
            return
        dlg.finished.connect(lambda _result: self._dialog_closed(dlg))
        self.thank_you = dlg
        dlg.open()

    def _dialog_closed(self, dlg: ThankYouDialog) -> None:
        if self.thank_you is dlg:
            self.thank_you = None
        # Thanked, with others still to thank: the next one is selected, ready to write to.
        rejected_on = self._plan.rejected_on if self._plan is not None else None
        if not plans.still_to_thank([dlg.row], rejected_on):
            waiting = {p.id for p in plans.still_to_thank(self.people.model.rows(), rejected_on)}
            if waiting:
                self.people.select_first_of(waiting)
        dlg.deleteLater()
