"""Reminder settings: stored in the data folder's settings file, defaults when unset."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from bounceback.services.reminders import ReminderSettings
from bounceback.ui.today import settings as rs
from bounceback.ui.today.settings import ReminderSettingsDialog


@pytest.fixture
def qsettings(data_dir: Path) -> QSettings:
    data_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


def reopened(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


def test_defaults_when_nothing_was_chosen(qsettings: QSettings) -> None:
    assert rs.load(qsettings) == ReminderSettings(
        thank_you_days=1, feedback_days=7, no_response_days=21, hide_archived=True)
    assert rs.tray_enabled(qsettings)


def test_hand_edited_nonsense_falls_back(qsettings: QSettings) -> None:
    qsettings.setValue("reminders/feedback_days", "soon")
    qsettings.setValue("reminders/no_response_days", 5000)
    qsettings.setValue("reminders/thank_you_days", 3)
    assert rs.load(qsettings) == ReminderSettings(thank_you_days=3)


def test_the_dialog_shows_and_stores_choices(qtbot, qsettings: QSettings,
                                             data_dir: Path) -> None:
    dialog = ReminderSettingsDialog(qsettings)
    qtbot.addWidget(dialog)
    assert (dialog.thank_you_days.value(), dialog.feedback_days.value(),
            dialog.no_response_days.value()) == (1, 7, 21)
    assert dialog.thank_you_days.suffix() == " day"
    assert dialog.feedback_days.suffix() == " days"
    assert dialog.tray.isChecked() and dialog.hide_archived.isChecked()
    assert dialog.tray_note.isHidden()

    dialog.thank_you_days.setValue(2)
    dialog.feedback_days.setValue(10)
    dialog.no_response_days.setValue(30)
    dialog.tray.setChecked(False)
    dialog.hide_archived.setChecked(False)
    assert dialog.thank_you_days.suffix() == " days"
    dialog.ok_button.click()

    stored = reopened(data_dir)
    assert rs.load(stored) == ReminderSettings(
        thank_you_days=2, feedback_days=10, no_response_days=30, hide_archived=False)
    assert not rs.tray_enabled(stored)

    again = ReminderSettingsDialog(reopened(data_dir))
    qtbot.addWidget(again)
    assert again.feedback_days.value() == 10 and not again.tray.isChecked()


def test_cancel_keeps_what_was_there(qtbot, qsettings: QSettings, data_dir: Path) -> None:
    dialog = ReminderSettingsDialog(qsettings)
    qtbot.addWidget(dialog)
    dialog.feedback_days.setValue(40)
    dialog.reject()
    assert rs.load(reopened(data_dir)).feedback_days == 7


def test_restore_defaults(qtbot, qsettings: QSettings, data_dir: Path) -> None:
    rs.save(qsettings, ReminderSettings(feedback_days=30, hide_archived=False))
    rs.set_tray_enabled(qsettings, False)
    dialog = ReminderSettingsDialog(qsettings)
    qtbot.addWidget(dialog)
    assert dialog.feedback_days.value() == 30
    dialog.defaults_button.click()
    assert dialog.feedback_days.value() == 7
    assert dialog.hide_archived.isChecked() and dialog.tray.isChecked()
    dialog.ok_button.click()
    assert rs.load(reopened(data_dir)) == ReminderSettings()
    assert rs.tray_enabled(reopened(data_dir))


def test_without_a_notification_area_the_tray_choice_is_left_alone(
    qtbot, qsettings: QSettings, data_dir: Path
) -> None:
    rs.set_tray_enabled(qsettings, False)
    dialog = ReminderSettingsDialog(qsettings, tray_available=False)
    qtbot.addWidget(dialog)
    assert not dialog.tray.isEnabled()
    assert not dialog.tray_note.isHidden()
    dialog.ok_button.click()
    assert not rs.tray_enabled(reopened(data_dir))


def test_day_ranges_refuse_the_impossible(qtbot, qsettings: QSettings) -> None:
    dialog = ReminderSettingsDialog(qsettings)
    qtbot.addWidget(dialog)
    dialog.feedback_days.setValue(0)
    dialog.no_response_days.setValue(999)
    assert dialog.value().feedback_days == 1
    assert dialog.value().no_response_days == 180
