"""What hangs off one application: its history of events and its people, with their dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from bounceback.db.enums import PlanStep
from bounceback.services import contacts, events, plans
from bounceback.services.errors import NotFoundError
from bounceback.services.related import RelatedRecords, related_records
from bounceback.ui.common import dialogs
from bounceback.ui.common import ops as topics
from bounceback.ui.common.ops import Ops
from bounceback.ui.timeline.contact_dialog import ContactDialog
from bounceback.ui.timeline.event_dialog import EventDialog
from bounceback.ui.timeline.history import HistoryPanel
from bounceback.ui.timeline.people import PeoplePanel
from bounceback.ui.timeline.thank_you import ThankYouDialog

EVENT_TOPICS = frozenset({topics.EVENTS, topics.APPLICATIONS})



class RelatedPanel(QTabWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("History and people of this application"))
        self.ops = ops
        self.app_id: int | None = None
        self.company = ""
        self.history = HistoryPanel(self)
        self.people = PeoplePanel(self)
        self.addTab(self.history, self.tr("&History"))
        self.addTab(self.people, self.tr("&People"))
        self.history.add_requested.connect(self._add_event)
        self.history.edit_requested.connect(self._edit_event)
        self.history.delete_requested.connect(self._delete_event)
        self.people.add_requested.connect(self._add_person)
        self.people.edit_requested.connect(self._edit_person)
        self.people.delete_requested.connect(self._remove_person)
        self.people.thank_requested.connect(self.write_thank_you)
        self.thank_you: ThankYouDialog | None = None  # the one open, if any

    def show_for(self, app_id: int | None, company: str = "") -> None:
        self.app_id = app_id
        self.company = company
        self.reload()

    def reload(self) -> None:
        found = self.ops.read(related_records, self.app_id) if self.app_id is not None \
            else None
        self._show(found)

    def show_records(self, app_id: int, company: str, found: RelatedRecords) -> None:
        """Like :meth:`show_for`, with the records already read (with the editor's)."""
        self.app_id = app_id
        self.company = company
        self._show(found)

    def _show(self, found: RelatedRecords | None) -> None:
        has = found is not None
        self.history.set_rows(list(found.events) if found else [])
        self.people.set_rows(list(found.people) if found else [])
        self.history.set_enabled_for(has)
        self.people.set_enabled_for(has)
        plan = found.plan if found else None
        self.people.set_hint(plan is not None and plan.is_open
                             and plan.states[PlanStep.CONNECT] not in plans.FINISHED)
        self.setTabText(1, self.tr("&People (%1)").replace("%1", str(
            self.people.model.rowCount())) if has else self.tr("&People"))

    def show_people(self) -> None:
        """Land on the people: step 2 of the plan, "be gracious and stay connected"."""
        self.setCurrentWidget(self.people)
        self.people.view.setFocus()

    # --- events --------------------------------------------------------------------------
    def _event_dialog(self, event: events.EventInput | None) -> EventDialog:
        return EventDialog(self, event)

    def _add_event(self) -> None:
        if self.app_id is None:
            return
        dlg = self._event_dialog(None)
        while dlg.exec():
            if self.ops.run(self, events.add_event, self.app_id, dlg.value(),
                            topics=EVENT_TOPICS, done=self.tr("Event added."),
                            on_invalid=dlg.show_error):
                break

    def _edit_event(self, event_id: int) -> None:
        try:
            row = self.ops.read(events.get_event, event_id)
        except NotFoundError:
            self.reload()
            return
        dlg = self._event_dialog(row.as_input())
        while dlg.exec():
            if self.ops.run(self, events.update_event, event_id, dlg.value(),
                            topics=EVENT_TOPICS, done=self.tr("Event saved."),
                            on_invalid=dlg.show_error):
                break

    def _delete_event(self, event_id: int) -> None:
        if not dialogs.confirm_delete(
            self, self.tr("Delete event"),
            self.tr("Delete this event from the history? This can't be undone."),
        ):
            return
        self.ops.run(self, events.delete_event, event_id, topics=EVENT_TOPICS,
                     done=self.tr("Event deleted."))

    # --- people --------------------------------------------------------------------------
    def _contact_dialog(self, contact: contacts.ContactRow | None) -> ContactDialog:
        return ContactDialog(self, contact, self.company)

    def _add_person(self) -> None:
        if self.app_id is None:
            return
        dlg = self._contact_dialog(None)
        while dlg.exec():
            if self.ops.run(self, contacts.add_to_application, self.app_id, dlg.value(),
                            dlg.relation_value(), topics={topics.CONTACTS},
                            done=self.tr("Person added."), on_invalid=dlg.show_error):
                break

    def _edit_person(self, contact_id: int) -> None:
        row = next((r for r in self.people.model.rows() if r.id == contact_id), None)
        if row is None or self.app_id is None:
            return
        dlg = self._contact_dialog(row)
        while dlg.exec():
            if self.ops.run(self, contacts.update_for_application, self.app_id, contact_id,
                            dlg.value(), dlg.relation_value(), topics={topics.CONTACTS},
                            done=self.tr("Saved."), on_invalid=dlg.show_error):
                break

    def _remove_person(self, contact_id: int) -> None:
        row = next((r for r in self.people.model.rows() if r.id == contact_id), None)
        if row is None or self.app_id is None:
            return
        text = self.tr("Remove %1 from this application? Their details are kept.").replace(
            "%1", row.name)
        if not dialogs.confirm_delete(self, self.tr("Remove person"), text):
            return
        self.ops.run(self, contacts.unlink_contact, self.app_id, contact_id,
                     topics={topics.CONTACTS}, done=self.tr("Removed."))

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
        dlg.deleteLater()
