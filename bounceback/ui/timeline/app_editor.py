"""The form for one application. It knows nothing of the store: the tab loads and saves."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from bounceback.db.enums import Source, Status
from bounceback.services.applications import ApplicationInput
from bounceback.services.errors import ValidationError
from bounceback.services.sent_with import SentWith
from bounceback.ui.common import labels
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.common.widgets import DateEdit, ErrorLabel
from bounceback.ui.theme.icons import Icon, icon
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole

SALARY_MAX = 100_000_000


def sent_text(sent: SentWith) -> str:
    """"Through LinkedIn, with the CV “Jordan Lee CV.pdf”": the parts known."""
    through, cv = sent.applied_through, sent.resume_name
    if through and cv:
        return fill(tr("Through %1, with the CV “%2”"), through, cv)
    if through:
        return fill(tr("Through %1"), through)
    return fill(tr("With the CV “%1”"), cv) if cv else ""


class SentRow(QWidget):
    """How the application was sent, when an import knows: read-only, with the CV and the
    screening answers a click away. ``cv_requested`` names the CV's document."""

    cv_requested = Signal(int)
    answers_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cv: int | None = None
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)  # a CV's file name can be long
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cv_button = QPushButton(self.tr("View the CV"), self)
        self.cv_button.setIcon(icon(Icon.DOCUMENT))
        self.cv_button.setAccessibleName(self.tr("View the CV you sent"))
        self.cv_button.clicked.connect(self._view_cv)
        self.answers_button = QPushButton(self)
        self.answers_button.setAccessibleName(
            self.tr("Read your answers to the screening questions"))
        self.answers_button.clicked.connect(self.answers_requested)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.cv_button)
        lay.addWidget(self.answers_button)

    def show_sent(self, sent: SentWith) -> None:
        self._cv = sent.resume_document_id
        self.text.setText(sent_text(sent))
        self.text.setVisible(bool(self.text.text()))
        self.cv_button.setVisible(self._cv is not None)
        self.answers_button.setText(fill(self.tr("Screening answers (%1)…"), len(sent.answers)))
        self.answers_button.setVisible(bool(sent.answers))

    def _view_cv(self) -> None:
        if self._cv is not None:
            self.cv_requested.emit(self._cv)


class ApplicationForm(QWidget):
    """Company, role, status ... Emits ``edited`` whenever the user changes anything."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        set_role(self.heading, TextRole.TITLE)
        # A long company and role wrap, rather than make the whole editor as wide as them.
        self.heading.setWordWrap(True)

        self.company = QLineEdit(self)
        self.company.setMaxLength(200)
        self.company.setPlaceholderText(self.tr("e.g. Northwind"))
        self.role = QLineEdit(self)
        self.role.setMaxLength(200)
        self.role.setPlaceholderText(self.tr("e.g. Product designer"))
        self.status = QComboBox(self)
        for status in Status:
            self.status.addItem(labels.status(status), status)
        self.source = QComboBox(self)
        for source in Source:
            self.source.addItem(labels.source(source), source)
        self.applied_on = DateEdit(self, optional=True)
        # A saved job's closing date: Today reminds of it a few days before.
        self.deadline = DateEdit(self, optional=True)
        self.deadline.setToolTip(self.tr("The last day to apply, if the posting gives one"))
        # Made here, so Tab reaches its buttons where they are shown: after the dates.
        self.sent = SentRow(self)
        self.link = QLineEdit(self)
        self.link.setPlaceholderText(self.tr("The job posting's web address"))
        self.salary_min = self._salary_box()
        self.salary_max = self._salary_box()
        self.currency = QLineEdit(self)
        self.currency.setMaxLength(8)
        # The locale's own currency as a hint; none at all where the locale has none (a
        # made-up "EUR" would read as a choice BounceBack made for the person).
        self.currency.setPlaceholderText(
            QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
            or self.tr("Currency"))
        self.currency.setMaximumWidth(70)
        self.job_description = QPlainTextEdit(self)
        self.job_description.setPlaceholderText(
            self.tr("Paste the job description: it is handy when you review or reapply.")
        )
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("Anything you want to remember"))
        for w in (self.job_description, self.notes):
            w.setTabChangesFocus(True)
            w.setMinimumHeight(60)
        self.error = ErrorLabel(self)

        for widget, name in (
            (self.company, self.tr("Company")),
            (self.role, self.tr("Role")),
            (self.status, self.tr("Status")),
            (self.source, self.tr("How it started")),
            (self.applied_on, self.tr("Applied on")),
            (self.deadline, self.tr("Apply by")),
            (self.link, self.tr("Link")),
            (self.salary_min, self.tr("Salary range, from")),
            (self.salary_max, self.tr("Salary range, up to")),
            (self.currency, self.tr("Currency")),
            (self.job_description, self.tr("Job description")),
            (self.notes, self.tr("Notes")),
        ):
            widget.setAccessibleName(name)

        salary = QHBoxLayout()
        salary.setContentsMargins(0, 0, 0, 0)
        salary.addWidget(self.salary_min, 1)
        salary.addWidget(QLabel(self.tr("to"), self))
        salary.addWidget(self.salary_max, 1)
        salary.addWidget(self.currency)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.heading)
        form.addRow(self.tr("&Company"), self.company)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("Stat&us"), self.status)
        form.addRow(self.tr("How it star&ted"), self.source)
        form.addRow(self.tr("Appl&ied on"), self.applied_on)
        form.addRow(self.tr("Apply &by"), self.deadline)
        form.addRow(self.tr("Sent"), self.sent)
        self._form = form
        self.show_sent(None)
        form.addRow(self.tr("&Link"), self.link)
        salary_label = QLabel(self.tr("Salary ran&ge"), self)
        salary_label.setBuddy(self.salary_min)
        form.addRow(salary_label, salary)
        form.addRow(self.tr("&Job description"), self.job_description)
        form.addRow(self.tr("N&otes"), self.notes)
        form.addRow(self.error)

        for line in (self.company, self.role, self.link, self.currency):
            line.textEdited.connect(self.edited)
        for combo in (self.status, self.source):
            combo.activated.connect(self.edited)
        for box in (self.salary_min, self.salary_max):
            box.valueChanged.connect(self.edited)
        for text in (self.job_description, self.notes):
            text.textChanged.connect(self.edited)
        self.applied_on.changed.connect(self.edited)
        self.deadline.changed.connect(self.edited)
        self.status.currentIndexChanged.connect(self._show_dates)
        self._show_dates()

    def _saved(self) -> bool:
        return bool(self.status.currentData() == Status.SAVED)

    def _show_dates(self) -> None:
        """A saved job has a deadline and no application date yet; applying to it gives it
        one (today, unless another day is typed)."""
        saved = self._saved()
        self._form.setRowVisible(self.applied_on, not saved)
        self._form.setRowVisible(self.deadline, saved)
        if not saved and self.applied_on.value() is None and self.sender() is self.status:
            self.applied_on.set_value(dt.date.today())

    def show_sent(self, sent: SentWith | None) -> None:
        """How it was sent, beside the fields; no row at all when nothing is known."""
        if sent is not None and not sent.empty:
            self.sent.show_sent(sent)
            self._form.setRowVisible(self.sent, True)
        else:
            self._form.setRowVisible(self.sent, False)

    def _salary_box(self) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(0, SALARY_MAX)
        box.setSingleStep(1000)
        box.setGroupSeparatorShown(True)
        # 0 stands for "not given": nobody's salary range starts at zero.
        box.setSpecialValueText(self.tr("Not set"))
        return box

    def set_value(self, data: ApplicationInput, heading: str) -> None:
        blockers = [w.blockSignals(True) for w in self._inputs()]
        self.heading.setText(heading)
        self.company.setText(data.company)
        self.role.setText(data.role)
        self.status.setCurrentIndex(self.status.findData(data.status))
        self.source.setCurrentIndex(self.source.findData(data.source))
        self.applied_on.set_value(data.applied_on)
        self.deadline.set_value(data.deadline)
        self.link.setText(data.link)
        self.salary_min.setValue(data.salary_min or 0)
        self.salary_max.setValue(data.salary_max or 0)
        self.currency.setText(data.salary_currency)
        self.job_description.setPlainText(data.job_description)
        self.notes.setPlainText(data.notes)
        for w, was in zip(self._inputs(), blockers, strict=True):
            w.blockSignals(was)
        self._show_dates()
        self.error.clear_message()

    def value(self) -> ApplicationInput:
        return ApplicationInput(
            company=self.company.text().strip(),
            role=self.role.text().strip(),
            link=self.link.text().strip(),
            source=Source(self.source.currentData()),
            applied_on=None if self._saved() else self.applied_on.value(),
            salary_min=self.salary_min.value() or None,
            salary_max=self.salary_max.value() or None,
            salary_currency=self.currency.text().strip().upper(),
            job_description=self.job_description.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(),
            status=Status(self.status.currentData()),
            deadline=self.deadline.value(),
        )

    def check(self) -> bool:
        """Inline checks before saving; the service checks again."""
        if not self.company.text().strip():
            return self.error.point_at(
                self.company, self.tr("Which company is it? The name is enough.")
            )
        if not self.role.text().strip():
            return self.error.point_at(self.role, self.tr("Which role did you apply for?"))
        lo, hi = self.salary_min.value(), self.salary_max.value()
        if lo and hi and lo > hi:
            return self.error.point_at(
                self.salary_max, self.tr("The top of the salary range is below its bottom.")
            )
        self.error.clear_message()
        return True

    def show_error(self, exc: ValidationError) -> None:
        self.error.show_validation(
            exc,
            {
                "company": self.company,
                "role": self.role,
                "link": self.link,
                "applied_on": self.applied_on,
                "deadline": self.deadline,
                "salary_min": self.salary_min,
                "salary_max": self.salary_max,
                "salary_currency": self.currency,
                "job_description": self.job_description,
                "notes": self.notes,
            },
        )

    def _inputs(self) -> list[QWidget]:
        return [
            self.company,
            self.role,
            self.status,
            self.source,
            self.applied_on,
            self.deadline,
            self.link,
            self.salary_min,
            self.salary_max,
            self.currency,
            self.job_description,
            self.notes,
        ]
