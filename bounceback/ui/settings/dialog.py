"""File → Settings: every preference BounceBack has, in one place.

General (language, the name letters are signed with) and Reminders apply when the person
presses OK; Privacy and security acts at once, as each change there is a step of its own
(a passphrase set or removed can't wait for OK).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bounceback.ui import language
from bounceback.ui.common import preferences
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.ops import Ops
from bounceback.ui.privacy.lock import LockController
from bounceback.ui.privacy.settings_dialog import PrivacyPanel
from bounceback.ui.today.settings import ReminderSettingsForm
from bounceback.ui.today.tray import tray_available

PAGES = ("general", "reminders", "privacy")


class GeneralPage(QWidget):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = QComboBox(self)
        # The language the system choice means here, by its own name.
        spoken = language.resolve(language.SYSTEM)
        self.language.addItem(fill(self.tr("Same as this computer (%1)"),
                                   language.LANGUAGES[spoken]), language.SYSTEM)

        for code, name in language.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(language.chosen(settings))))
        self.name = QLineEdit(preferences.my_name(), self)
        self.name.setPlaceholderText(self.tr("For example, Alex Morgan"))
        self.name.setMaxLength(200)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        label = QLabel(self.tr("&Your name in letters:"), self)
        label.setBuddy(self.name)
        form.addRow(label, self.name)
        hint = QLabel(self.tr(
            "Thank-you notes and feedback requests are signed with it. It stays in your "
            "data folder, like everything else."), self)
        hint.setWordWrap(True)
        form.addRow(hint)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def changed(self) -> bool:
        return (self.chosen_language() != language.chosen(self.settings)
                or self.name.text().strip() != preferences.my_name())

    def save(self) -> None:
        self.settings.setValue(language.SETTING, self.chosen_language())
        self.settings.sync()
        preferences.set_my_name(self.name.text())


class SettingsDialog(QDialog):
    def __init__(self, ops: Ops, settings: QSettings, lock: LockController,
                 page: str = "general", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.general = GeneralPage(settings, self)
        self.reminders = ReminderSettingsForm(
            settings, tray_available=tray_available(), parent=self)
        self.privacy = PrivacyPanel(ops, settings, lock, self)
        self.pages = QTabWidget(self)
        self.pages.setAccessibleName(self.tr("Settings pages"))
        for widget, title in ((self.general, self.tr("&General")),
                              (self.reminders, self.tr("Re&minders")),
                              (self.privacy, self.tr("&Privacy and security"))):
            holder = QWidget(self.pages)
            lay = QVBoxLayout(holder)
            lay.addWidget(widget)
            self.pages.addTab(holder, title)
        self.pages.setCurrentIndex(PAGES.index(page) if page in PAGES else 0)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)
        # What OK changed, for the window to act on.
        self.language_changed = False
        self.reminders_changed = False

    def accept(self) -> None:
        self.language_changed = (self.general.chosen_language()
                                 != language.chosen(self.settings))
        self.reminders_changed = self.reminders.changed()
        self.general.save()
        self.reminders.save()
        super().accept()
