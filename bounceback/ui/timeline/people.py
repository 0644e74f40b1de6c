"""The people of one application: interviewers, the recruiter, whoever referred you."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from bounceback.services.contacts import ContactRow
from bounceback.ui.common import labels
from bounceback.ui.common.record_panel import RecordPanel
from bounceback.ui.common.table_model import Column, RowTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("PeoplePanel", text)


def people_model() -> RowTableModel[ContactRow]:
    return RowTableModel([
        Column(_t("Name"), lambda r: r.name),
        Column(_t("Part"), lambda r: labels.contact_role(r.relation) if r.relation else ""),
        Column(_t("Job title"), lambda r: r.role),
        Column(_t("Email"), lambda r: r.email),
        Column(_t("LinkedIn"), lambda r: r.linkedin_url),
    ])


class PeoplePanel(RecordPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            people_model(),
            name=_t("People in this application"),
            add_text=_t("Add &person…"),
            add_name=_t("Add a person to this application"),
            edit_name=_t("Edit the selected person"),
            delete_text=_t("Remove"),
            delete_name=_t("Remove the selected person from this application"),
            stretch_column=4,
            parent=parent,
        )
