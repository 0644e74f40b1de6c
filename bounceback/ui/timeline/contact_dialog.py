"""Add or edit a person tied to an application: an interviewer, the recruiter, a referrer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.enums import ContactRole
from bounceback.services.contacts import ContactInput, ContactRow
from bounceback.services.errors import ValidationError
from bounceback.ui.common import labels
from bounceback.ui.common.widgets import DateEdit, ErrorLabel, from_today


class ContactDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        contact: ContactRow | None = None,
        company: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit person") if contact else self.tr("Add a person"))
        self.setMinimumWidth(440)
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.relation = QComboBox(self)
        for r in ContactRole:
            self.relation.addItem(labels.contact_role(r), r)
        self.role = QLineEdit(self)
        self.role.setPlaceholderText(self.tr("e.g. Design director"))
        self.company = QLineEdit(self)
        self.email = QLineEdit(self)
        self.linkedin = QLineEdit(self)
        self.linkedin.setPlaceholderText(self.tr("Their LinkedIn profile address"))
        self.connected = QCheckBox(self.tr("Connected on Linked&In"), self)
        self.stay_in_touch = DateEdit(self, optional=True, default=from_today(months=3))
        self.stay_in_touch.setToolTip(self.tr("A day to say hello again, if you'd like one"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.error = ErrorLabel(self)
        form = QFormLayout()
        for text, widget, name in (
            (self.tr("&Name"), self.name, self.tr("Name")),
            (self.tr("Their &part"), self.relation, self.tr("Their part in this application")),
            (self.tr("&Job title"), self.role, self.tr("Job title")),
            (self.tr("&Company"), self.company, self.tr("Company")),
            (self.tr("&Email"), self.email, self.tr("Email")),
            (self.tr("&LinkedIn"), self.linkedin, self.tr("LinkedIn profile")),
            ("", self.connected, self.tr("Connected on LinkedIn")),
            (self.tr("Stay in &touch on"), self.stay_in_touch, self.tr("Stay in touch on")),
            (self.tr("N&otes"), self.notes, self.tr("Notes")),
        ):
            widget.setAccessibleName(name)
            form.addRow(text, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        if contact is not None:
            self.name.setText(contact.name)
            self.role.setText(contact.role)
            self.company.setText(contact.company)
            self.email.setText(contact.email)
            self.linkedin.setText(contact.linkedin_url)
            self.notes.setPlainText(contact.notes)
            self.connected.setChecked(contact.linkedin_connected)
            self.stay_in_touch.set_value(contact.stay_in_touch_on)
            if contact.relation is not None:
                self.relation.setCurrentIndex(self.relation.findData(contact.relation))
        else:
            self.company.setText(company)
            self.relation.setCurrentIndex(self.relation.findData(ContactRole.INTERVIEWER))

    def value(self) -> ContactInput:
        return ContactInput(
            name=self.name.text().strip(),
            role=self.role.text().strip(),
            company=self.company.text().strip(),
            email=self.email.text().strip(),
            linkedin_url=self.linkedin.text().strip(),
            notes=self.notes.toPlainText().strip(),
            linkedin_connected=self.connected.isChecked(),
            stay_in_touch_on=self.stay_in_touch.value(),
        )

    def relation_value(self) -> ContactRole:
        return ContactRole(self.relation.currentData())

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.error.show_message(self.tr("What's their name? A first name is enough."))
            self.name.setFocus()
            return
        self.accept()

    def show_error(self, exc: ValidationError) -> None:
        self.error.show_validation(exc, {
            "name": self.name, "role": self.role, "company": self.company,
            "email": self.email, "linkedin_url": self.linkedin, "notes": self.notes,
            "stay_in_touch_on": self.stay_in_touch,
        })
