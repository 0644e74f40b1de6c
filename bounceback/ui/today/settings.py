"""Reminder settings: how long to wait before each reminder, tray notices, archived ones.

Stored in the data folder's settings file (the ``QSettings`` the main window is given), with
the defaults of ``ReminderSettings`` when nothing was chosen yet.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bounceback.services.reminders import ReminderSettings
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.preferences import HIDE_ARCHIVED, read_bool

PREFIX = "reminders/"
TRAY = PREFIX + "tray"
DEFAULTS = ReminderSettings()
# Day fields the person can choose, with the range that makes sense for each.
DAY_FIELDS: dict[str, tuple[int, int]] = {
    "thank_you_days": (0, 14),
    "feedback_days": (1, 90),
    "no_response_days": (1, 180),
}


def _int(settings: QSettings, name: str, low: int, high: int) -> int:
    fallback = getattr(DEFAULTS, name)
    stored = settings.value(PREFIX + name, fallback)
    # value() is typed as object; int() would refuse other types with a TypeError.
    if not isinstance(stored, str | int | float):
        return fallback
    try:
        value = int(stored)
    except ValueError:
        return fallback
    return value if low <= value <= high else fallback


def load(settings: QSettings) -> ReminderSettings:
    """What was chosen, or the defaults; a hand-edited nonsense value falls back too."""
    days = {name: _int(settings, name, *span) for name, span in DAY_FIELDS.items()}
    hide = read_bool(settings, HIDE_ARCHIVED, DEFAULTS.hide_archived)
    return dataclasses.replace(DEFAULTS, hide_archived=hide, **days)


def save(settings: QSettings, value: ReminderSettings) -> None:
    for name in DAY_FIELDS:
        settings.setValue(PREFIX + name, getattr(value, name))
    settings.setValue(HIDE_ARCHIVED, value.hide_archived)
    settings.sync()


def tray_enabled(settings: QSettings) -> bool:
    """Tray notices are on unless turned off."""
    return read_bool(settings, TRAY, True)


def set_tray_enabled(settings: QSettings, on: bool) -> None:
    settings.setValue(TRAY, on)
    settings.sync()


class DaysBox(QSpinBox):
    """A number of days, with the word that fits the number after it."""

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(low, high)
        self.valueChanged.connect(self._suffix)
        self._suffix(self.value())
        # One width for every number, so the boxes line up and don't jump as the word changes.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("999" + self._word(999))
                             + 48)

    def _suffix(self, n: int) -> None:
        self.setSuffix(self._word(n))

    def _word(self, n: int) -> str:
        # The word after the number the box shows (so no %n): " day", " days".
        return self.tr(" day(s)", "", n)


class ReminderSettingsForm(QWidget):
    """The reminder choices, for the Reminders dialog and the Settings dialog's page."""

    def __init__(
        self, settings: QSettings, *, tray_available: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings

        intro = QLabel(self.tr(
            "Reminders appear in Today when something is due. Choose how long to wait "
            "before each one; nothing is ever sent anywhere."), self)
        intro.setWordWrap(True)
        self.thank_you_days = DaysBox(*DAY_FIELDS["thank_you_days"], parent=self)
        self.feedback_days = DaysBox(*DAY_FIELDS["feedback_days"], parent=self)
        self.no_response_days = DaysBox(*DAY_FIELDS["no_response_days"], parent=self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for text, box in (
            (self.tr("&Thank-you note, after an interview or a “no”"), self.thank_you_days),
            (self.tr("&Feedback request with no answer"), self.feedback_days),
            (self.tr("Application with no &response"), self.no_response_days),
        ):
            # The label's words first, as shown, then what the number is.
            box.setAccessibleName(fill(self.tr("%1: days before the reminder"),
                                       text.replace("&", "")))
            label = QLabel(text, self)
            label.setBuddy(box)
            form.addRow(label, box)

        self.tray = QCheckBox(self.tr("Show a &notification when something new is due"),
                              self)
        self.tray.setToolTip(self.tr("Only while BounceBack is open, and once for each "
                                     "reminder."))
        self.tray_note = QLabel(self.tr(
            "Your desktop has no notification area, so notices can't be shown here."), self)
        self.tray_note.setWordWrap(True)
        self.tray_note.setVisible(not tray_available)
        self.tray.setEnabled(tray_available)
        self.hide_archived = QCheckBox(self.tr("&Hide archived applications and their "
                                               "reminders"), self)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.tray)
        lay.addWidget(self.tray_note)
        lay.addWidget(self.hide_archived)
        lay.addStretch(1)
        self.show_values(load(settings), tray_enabled(settings))

    def show_values(self, value: ReminderSettings, tray: bool) -> None:
        for name in DAY_FIELDS:
            getattr(self, name).setValue(getattr(value, name))
        self.hide_archived.setChecked(value.hide_archived)
        self.tray.setChecked(tray)

    def restore_defaults(self) -> None:
        self.show_values(DEFAULTS, True)

    def value(self) -> ReminderSettings:
        days = {name: getattr(self, name).value() for name in DAY_FIELDS}
        hide = self.hide_archived.isChecked()
        return dataclasses.replace(load(self.settings), hide_archived=hide, **days)

    def changed(self) -> bool:
        return self.value() != load(self.settings) or (
            self.tray.isEnabled() and self.tray.isChecked() != tray_enabled(self.settings))

    def save(self) -> None:
        save(self.settings, self.value())
        if self.tray.isEnabled():
            set_tray_enabled(self.settings, self.tray.isChecked())


class ReminderSettingsDialog(QDialog):
    """Today's own door to the reminder choices (they are in Settings too)."""

    def __init__(
        self, settings: QSettings, *, tray_available: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Reminders"))
        self.setMinimumWidth(520)
        self.form = ReminderSettingsForm(settings, tray_available=tray_available, parent=self)
        # The form's fields, as the dialog's own (its callers and tests reach for them).
        self.thank_you_days = self.form.thank_you_days
        self.feedback_days = self.form.feedback_days
        self.no_response_days = self.form.no_response_days
        self.tray = self.form.tray
        self.tray_note = self.form.tray_note
        self.hide_archived = self.form.hide_archived

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.defaults_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.defaults_button.clicked.connect(self.form.restore_defaults)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        lay = QVBoxLayout(self)
        lay.addWidget(self.form)
        lay.addWidget(buttons)

    def value(self) -> ReminderSettings:
        return self.form.value()

    def accept(self) -> None:
        self.form.save()
        super().accept()
