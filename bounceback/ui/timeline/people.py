"""The people of one application: interviewers, the recruiter, whoever referred you, and
whether you have thanked them and kept in touch (step 2 of the bounce-back plan)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bounceback.services.contacts import ContactRow
from bounceback.ui.common import labels
from bounceback.ui.common.empty import EmptyNote
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.common.record_panel import RecordPanel
from bounceback.ui.common.table_model import Column, ColumnKind, RowTableModel
from bounceback.ui.theme.icons import Icon


def thanked_text(row: ContactRow) -> str:
    return labels.date(row.thanked_on) if row.thanked_on else tr("Not yet")


def linkedin_text(row: ContactRow) -> str:
    if row.linkedin_connected and row.linkedin_connected_on is not None:
        return fill(tr("Connected on %1"), labels.date(row.linkedin_connected_on))
    if row.linkedin_connected:
        return tr("Connected")
    return tr("Profile known") if row.linkedin_url else "—"


def _linkedin_tip(row: ContactRow) -> str:
    """The profile's address, and the day you connected when it is known."""
    since = linkedin_text(row) if row.linkedin_connected and row.linkedin_connected_on \
        else ""
    return "\n".join(t for t in (since, row.linkedin_url) if t)


def _details(row: ContactRow) -> str:
    """The name's tooltip: what the list has no room for."""
    return "\n".join(t for t in (row.role, row.email, row.linkedin_url) if t)


def people_model() -> RowTableModel[ContactRow]:
    return RowTableModel([
        Column(tr("Name"), lambda r: r.name, tooltip=_details),
        Column(tr("Part"), lambda r: labels.contact_role(r.relation) if r.relation else ""),
        Column(tr("Thanked"), thanked_text, sort=lambda r: labels.iso(r.thanked_on),
               kind=ColumnKind.DATE),
        Column(tr("LinkedIn"), linkedin_text, tooltip=_linkedin_tip),
        Column(tr("Stay in touch"), lambda r: labels.date(r.stay_in_touch_on),
               sort=lambda r: labels.iso(r.stay_in_touch_on), kind=ColumnKind.DATE),
    ])


class PeoplePanel(RecordPanel):
    thank_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            people_model(),
            name=tr("People in this application"),
            add_text=tr("Add per&son…"),
            add_name=tr("Add a person to this application"),
            edit_name=tr("Edit the selected person"),
            delete_text=tr("Remove"),
            delete_name=tr("Remove the selected person from this application"),
            stretch_column=0,
            parent=parent,
        )
        self._has_owner = False
        self.thank_button = QPushButton(tr("Write than&k-you…"), self)
        self.thank_button.setAccessibleName(tr("Write a thank-you note to the selected person"))
        self.thank_button.setToolTip(tr(
            "Draft a short thank-you note to copy into your own mail program"))
        self.thank_button.clicked.connect(lambda: self._emit(self.thank_requested))

        self.hint = QLabel(tr(
            "A short thank-you keeps the door open. "
            "It's a good moment to connect on LinkedIn too."), self)
        self.hint.setWordWrap(True)
        self.hint.setContentsMargins(4, 6, 4, 2)
        self.hint.setAccessibleName(tr("Suggestion"))
        self.hint.hide()

        self.empty = EmptyNote(Icon.PEOPLE, parent=self)
        self.empty.setAccessibleName(tr("No people yet"))

        lay = self.layout()
        assert isinstance(lay, QVBoxLayout)
        first = lay.itemAt(0)  # RecordPanel's button bar
        bar = first.layout() if first is not None else None
        assert isinstance(bar, QHBoxLayout)
        bar.insertWidget(0, self.thank_button)
        lay.setSpacing(8)
        lay.insertWidget(0, self.hint)
        lay.addWidget(self.empty, 1)
        self.setTabOrder(self.view, self.thank_button)
        self._update_empty()

    def set_rows(self, rows: list[ContactRow]) -> None:
        super().set_rows(rows)
        self._update_empty()

    def set_enabled_for(self, has_owner: bool) -> None:
        self._has_owner = has_owner
        super().set_enabled_for(has_owner)
        self._update_empty()

    def set_hint(self, on: bool) -> None:
        """Show the gentle nudge while the plan's "stay connected" step is still open."""
        self.hint.setVisible(on)

    def add_notice(self, notice: QWidget) -> None:
        """Put a notice (an offer about these people) above the list, below the hint."""
        lay = self.layout()
        assert isinstance(lay, QVBoxLayout)
        lay.insertWidget(lay.indexOf(self.hint) + 1, notice)

    def select_first_of(self, ids: set[int]) -> bool:
        """Select the first person in the list's order whose id is in ``ids`` (the first of
        all when none is), so what is done to "the selected person" is ready; False when the
        list is empty."""
        rows = [self.proxy.mapToSource(self.proxy.index(r, 0)).row()
                for r in range(self.proxy.rowCount())]
        if not rows:
            return False
        at = next((i for i, row in enumerate(rows) if self.model.row_at(row).id in ids), 0)
        self.view.selectRow(at)
        return True

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "thank_button"):  # called from the base class before it exists
            self.thank_button.setEnabled(self.edit_button.isEnabled())

    def _update_empty(self) -> None:
        if not hasattr(self, "empty"):  # called from the base class before it exists
            return
        has_rows = self.model.rowCount() > 0
        if self._has_owner:
            self.empty.setText(tr(
                "No one here yet.\nAdd the interviewer or the recruiter you spoke with, "
                "so you can thank them and keep in touch."))
        else:
            self.empty.setText(tr(
                "Save the application first; then you can add the people you met."))
        self.empty.setVisible(not has_rows)
        self.view.setVisible(has_rows)
