"""The people of one application: interviewers, the recruiter, whoever referred you, and
whether you have thanked them and kept in touch (step 2 of the bounce-back plan)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from bounceback.services.contacts import ContactRow
from bounceback.ui.common import labels
from bounceback.ui.common.record_panel import RecordPanel
from bounceback.ui.common.table_model import Column, RowTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("PeoplePanel", text)


def thanked_text(row: ContactRow) -> str:
    return labels.date(row.thanked_on) if row.thanked_on else _t("Not yet")


def linkedin_text(row: ContactRow) -> str:
    if row.linkedin_connected:
        return _t("Connected")
    return _t("Profile known") if row.linkedin_url else "—"


def _details(row: ContactRow) -> str:
    """The name's tooltip: what the list has no room for."""
    return "\n".join(t for t in (row.role, row.email, row.linkedin_url) if t)


def people_model() -> RowTableModel[ContactRow]:
    return RowTableModel([
        Column(_t("Name"), lambda r: r.name, tooltip=_details),
        Column(_t("Part"), lambda r: labels.contact_role(r.relation) if r.relation else ""),
        Column(_t("Thanked"), thanked_text, sort=lambda r: labels.iso(r.thanked_on)),
        Column(_t("LinkedIn"), linkedin_text, tooltip=lambda r: r.linkedin_url),
        Column(_t("Stay in touch"), lambda r: labels.date(r.stay_in_touch_on),
               sort=lambda r: labels.iso(r.stay_in_touch_on)),
    ])


class PeoplePanel(RecordPanel):
    thank_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            people_model(),
            name=_t("People in this application"),
            add_text=_t("Add &person…"),
            add_name=_t("Add a person to this application"),
            edit_name=_t("Edit the selected person"),
            delete_text=_t("Remove"),
            delete_name=_t("Remove the selected person from this application"),
            stretch_column=0,
            parent=parent,
        )
        self._has_owner = False
        self.thank_button = QPushButton(_t("&Write thank-you…"), self)
        self.thank_button.setAccessibleName(_t("Write a thank-you note to the selected person"))
        self.thank_button.setToolTip(_t(
            "Draft a short thank-you note to copy into your own mail program"))
        self.thank_button.clicked.connect(lambda: self._emit(self.thank_requested))

        self.hint = QLabel(_t(
            "A short thank-you keeps the door open. "
            "It's a good moment to connect on LinkedIn too."), self)
        self.hint.setWordWrap(True)
        self.hint.setContentsMargins(4, 6, 4, 2)
        self.hint.setAccessibleName(_t("Suggestion"))
        self.hint.hide()

        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(_t("No people yet"))

        lay = self.layout()
        bar = lay.itemAt(0).layout()
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

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "thank_button"):  # called from the base class before it exists
            self.thank_button.setEnabled(self.edit_button.isEnabled())

    def _update_empty(self) -> None:
        if not hasattr(self, "empty"):  # called from the base class before it exists
            return
        has_rows = self.model.rowCount() > 0
        if self._has_owner:
            self.empty.setText(_t(
                "No one here yet.\nAdd the interviewer or the recruiter you spoke with, "
                "so you can thank them and keep in touch."))
        else:
            self.empty.setText(_t(
                "Save the application first; then you can add the people you met."))
        self.empty.setVisible(not has_rows)
        self.view.setVisible(has_rows)
