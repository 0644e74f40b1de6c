"""Form widgets the tabs share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QStyle,
    QToolButton,
    QWidget,
)

from bounceback.services.errors import ValidationError
from bounceback.ui.common.ops import translate_message

# The same window the services accept; the edit refuses anything outside it.
DATE_FORMAT = "d MMM yyyy"  # the same unambiguous form the lists use
MIN_DATE = QDate(1970, 1, 1)
MAX_DATE = QDate(2100, 12, 31)
# One day before the minimum stands for "no date" and shows the special text.
_NONE = MIN_DATE.addDays(-1)


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DateEdit(QDateEdit):
    """A date edit with a calendar popup, limited to plausible dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setDateRange(MIN_DATE, MAX_DATE)
        self.setDate(QDate.currentDate())

    def value(self) -> dt.date:
        return to_date(self.date())

    def set_value(self, value: dt.date) -> None:
        self.setDate(to_qdate(value))


class _SectionDateEdit(QDateEdit):
    """A date edit that Tab leaves when it shows its special text ("Not set").

    QDateEdit moves Tab between the day, month and year; showing its special text it has
    no section to move to and keeps Tab for ever, trapping a keyboard user.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.specialValueText() and self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a date edit showing "Not set", and a clear button."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _SectionDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setDateRange(_NONE, MAX_DATE)
        self.edit.setSpecialValueText(self.tr("Not set"))
        self.edit.setDate(_NONE)
        self.clear_button = QToolButton(self)
        self.clear_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
        )
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        self.clear_button.clicked.connect(self.clear)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.edit.dateChanged.connect(self._on_changed)
        self._on_changed()

    def _on_changed(self, *_args: object) -> None:
        self.clear_button.setEnabled(self.edit.date() != _NONE)
        self.changed.emit()

    def value(self) -> dt.date | None:
        d = self.edit.date()
        return None if d == _NONE else to_date(d)

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setDate(_NONE if value is None else to_qdate(value))

    def clear(self) -> None:
        self.edit.setDate(_NONE)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)


class ErrorLabel(QLabel):
    """An inline message under a form; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Problem with the form"))
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()

    def point_at(self, widget: QWidget, message: str) -> bool:
        """Say what is wrong and put the cursor where it can be fixed. Returns False, so a
        form's check can ``return self.error.point_at(...)``."""
        self.show_message(message)
        widget.setFocus()
        return False

    def show_validation(
        self, exc: ValidationError, fields: Mapping[str, QWidget] | None = None
    ) -> None:
        """Show a service's validation message, focusing the field it names if known."""
        self.show_message(translate_message(exc.message))
        widget = (fields or {}).get(exc.field)
        if widget is not None:
            widget.setFocus()
