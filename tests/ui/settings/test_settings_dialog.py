"""File → Settings: every preference in one dialog; OK keeps, Cancel forgets."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bounceback.ui import language
from bounceback.ui.common import preferences
from bounceback.ui.settings.dialog import PAGES, SettingsDialog
from bounceback.ui.today import settings as reminder_settings
from tests.ui.window_kit import answer_modal


def open_with(window, act, page: str = "general") -> None:
    answer_modal(act)
    window.open_settings(page)


def test_ok_keeps_reminders_and_the_name(qtbot, window) -> None:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.reminders.feedback_days.setValue(12)
        dialog.reminders.hide_archived.setChecked(False)
        qtbot.keyClicks(dialog.general.name, "Sam Lee")
        dialog.ok_button.click()

    open_with(window, act)
    stored = reminder_settings.load(window.settings)
    assert stored.feedback_days == 12 and not stored.hide_archived
    assert preferences.my_name() == "Sam Lee"
    assert language.chosen(window.settings) == language.SYSTEM  # untouched


def test_cancel_forgets_everything(qtbot, window) -> None:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.reminders.feedback_days.setValue(30)
        dialog.general.language.setCurrentIndex(dialog.general.language.findData("es"))
        qtbot.keyClicks(dialog.general.name, "Nobody")
        dialog.reject()

    open_with(window, act)
    assert reminder_settings.load(window.settings).feedback_days == 7
    assert preferences.my_name() == ""
    assert language.current() == language.SOURCE
    assert window.settings.value(language.SETTING) is None


def test_each_page_can_be_opened_directly(qtbot, window) -> None:
    seen: list[int] = []
    for page in PAGES:
        open_with(window, lambda d: (seen.append(d.pages.currentIndex()), d.reject()), page)
    assert seen == [0, 1, 2]
    # Privacy and security from the File menu lands on its page.
    answer_modal(lambda d: (seen.append(d.pages.currentIndex()), d.reject()))
    window.privacy_settings()
    assert seen[-1] == 2
