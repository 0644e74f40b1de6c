"""The welcome: what BounceBack is for, that everything stays here, and two choices.

Two short pages: the four steps BounceBack is built around, then a passphrase (the same flow
as File → Privacy and security) and example data to explore. Finishing applies the choices;
skipping changes nothing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from bounceback.services import example_data
from bounceback.ui.common.background import Task
from bounceback.ui.common.ops import Ops
from bounceback.ui.privacy.lock import LockController
from bounceback.ui.privacy.settings_dialog import protect_with_passphrase


def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class WelcomeDialog(QWizard):
    def __init__(
        self,
        ops: Ops,
        settings: QSettings,
        lock: LockController | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.settings = settings
        self.lock = lock
        # The passphrase change running after the welcome closed, if one was chosen.
        self.task: Task | None = None
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to BounceBack"))
        self.setMinimumWidth(560)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Skip"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start"))
        self.addPage(self._about_page())
        self.addPage(self._choices_page())
        self.accepted.connect(self.apply_choices)

    def _about_page(self) -> QWizardPage:
        page = QWizardPage(self)
        page.setTitle(self.tr("Welcome to BounceBack"))
        layout = QVBoxLayout(page)
        layout.addWidget(_label(self.tr(
            "BounceBack keeps your whole job search in one place, and after a “no” it walks "
            "with you through four steps:"
        ), page))
        layout.addWidget(_label(self.tr(
            "<ol>"
            "<li><b>Accept your emotions.</b> Name what you feel and how strongly, and pick a "
            "way to cope that suits you.</li>"
            "<li><b>Be gracious and stay connected.</b> Thank the people you met, and keep in "
            "touch for the next opening.</li>"
            "<li><b>Ask for feedback.</b> Ask what you could improve, then put the answer to "
            "use.</li>"
            "<li><b>Review the process.</b> Look back from the application to the answer and "
            "turn each finding into a next step.</li>"
            "</ol>"
        ), page))
        self.privacy_note = _label(self.tr(
            "<b>Everything stays on this computer: no account, no network.</b>"
        ), page)
        layout.addWidget(self.privacy_note)
        layout.addStretch(1)
        return page

    def _choices_page(self) -> QWizardPage:
        page = QWizardPage(self)
        page.setTitle(self.tr("Before you start"))
        page.setSubTitle(self.tr("Both are optional, and you can change your mind later."))
        layout = QVBoxLayout(page)

        self.passphrase = QCheckBox(self.tr("Protect it with a passphrase"), page)
        self.passphrase.setObjectName("welcomePassphrase")
        protected = self.ops.store.encrypted
        self.passphrase.setVisible(not protected)
        layout.addWidget(self.passphrase)
        layout.addWidget(_label(self.tr(
            "Your entries are already protected by your passphrase."
        ) if protected else self.tr(
            "Nobody who opens your files can read them without it. BounceBack asks for it each "
            "time it starts, and it can't be recovered. You can turn this on or off later in "
            "File → Privacy and security."
        ), page))
        layout.addSpacing(12)

        self.example = QCheckBox(
            self.tr("Add example data to explore (you can remove it in one step)"), page)
        self.example.setObjectName("welcomeExample")
        already = self.ops.read(example_data.has_example_data)
        self.example.setEnabled(not already)
        layout.addWidget(self.example)
        layout.addWidget(_label(self.tr(
            "The example data is already here. The bar at the top of the window removes it."
        ) if already else self.tr(
            "A made-up search with one rejection and its bounce-back plan, partly done. "
            "Everything in it says “Example”, and a bar at the top of the window removes it "
            "all at once, leaving whatever you wrote yourself."
        ), page))
        layout.addStretch(1)
        return page

    def apply_choices(self) -> None:
        """Finished: example data first (it needs the store as it is), then the passphrase,
        which replaces the store file on a worker."""
        window = self.parentWidget()
        if self.example.isChecked() and self.example.isEnabled():
            marks = example_data.Marks(
                company=self.tr("Example: %1"), person=self.tr("%1 (example)"),
                text=self.tr("Example: %1"))
            self.ops.run(window, example_data.add_example_data, dt.date.today(), marks,
                         done=self.tr("Example data added. The bar at the top removes it."))
        if self.passphrase.isChecked() and not self.ops.store.encrypted:
            self.task = protect_with_passphrase(window, self.ops, self.settings, self.lock)

