"""A slim bar at the top of the window while example data is there, to remove it in one step.

It asks first, removes every example record in one transaction, and every tab refreshes from
the change signal. What the person wrote themselves stays.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QToolBar, QWidget

from bounceback.services import example_data
from bounceback.ui.common import dialogs
from bounceback.ui.common.ops import ACTIONS, ALL, APPLICATIONS, CHECKINS, CONTACTS

if TYPE_CHECKING:
    from bounceback.ui.main_window import MainWindow

# What example data is made of (services/example_data.py marks these records).
EXAMPLE_TOPICS = frozenset({APPLICATIONS, CONTACTS, CHECKINS, ACTIONS})


class ExampleDataBar(QToolBar):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        self.setObjectName("exampleDataBar")
        # A notice, not a toolbar to arrange: it stays put and is not in the window's menu
        # of toolbars (it goes by itself once the example data is gone).
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.label = QLabel(self)
        self.label.setContentsMargins(8, 0, 8, 0)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeExampleData")
        self.remove_button.clicked.connect(self.remove)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(self.label)
        self.addWidget(self.remove_button)
        self.addWidget(spacer)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Example data"))
        self.label.setText(self.tr("You are looking at example data."))
        self.remove_button.setText(self.tr("Remove example data"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def refresh(self, topics: frozenset[str] = ALL) -> None:
        ops = self.main.ops
        if ops is None or ops.busy:
            return
        # Example data arrives only with new applications, people, check-ins or actions
        # (added from the welcome, or imported); while there is none, other saves (a plan
        # step, a review item, a reminder) need no query here.
        if self.isHidden() and not topics & EXAMPLE_TOPICS:
            return
        locked = self.main.lock is not None and self.main.lock.locked
        # Hidden while locked, like the tabs: covered is not enough for screen readers.
        self.setVisible(not locked and ops.read(example_data.has_example_data))

    def lock_changed(self, _locked: bool) -> None:
        self.refresh()

    def remove(self) -> None:
        ops = self.main.ops
        # Edits in progress are saved or set aside first: they may be on an example.
        if ops is None or not self.main.all_saved():
            return
        if not dialogs.confirm_delete(
            self.main,
            self.tr("Remove example data"),
            self.tr(
                "Remove all the example data: its applications, check-ins, people, feedback "
                "and actions? Everything you wrote yourself stays."
            ),
        ):
            return
        ops.run(self.main, example_data.remove_example_data, dt.date.today(),
                done=self.tr("The example data has been removed."))


def install_banner(window: MainWindow) -> ExampleDataBar:
    """Put the bar at the top of ``window`` (once its store is attached), shown only while
    there is example data."""
    assert window.ops is not None
    bar = ExampleDataBar(window)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    window.ops.changed.connect(bar.refresh)
    if window.lock is not None:
        window.lock.locked_changed.connect(bar.lock_changed)
    bar.refresh()
    return bar
