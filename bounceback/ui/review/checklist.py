"""The left side of the Review tab: the checklist tree and its buttons, and the friendly page
shown instead when there is nothing to review yet. No store access: the tab does the writes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.enums import ReviewStage
from bounceback.services.review import ReviewItemRow
from bounceback.ui.common import labels
from bounceback.ui.common.cells import show_statuses
from bounceback.ui.common.empty import EmptyNote
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.spoken import name_combo
from bounceback.ui.common.views import on_delete_key, tree_look
from bounceback.ui.common.widgets import ErrorLabel
from bounceback.ui.review.models import ChecklistModel
from bounceback.ui.theme.icons import Icon, icon
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole


class ChecklistPanel(QWidget):
    add_requested = Signal(object, str)  # ReviewStage, label
    delete_requested = Signal()
    interviews_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ChecklistModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAllColumnsShowFocus(True)
        tree_look(self.tree)
        show_statuses(self.tree, ChecklistModel.OUTCOME)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(ChecklistModel.ITEM, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ChecklistModel.OUTCOME, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(ChecklistModel.ITEM, 420)

        self.interviews_button = QPushButton(self)
        self.delete_button = QPushButton(self.tr("&Delete item"), self)
        self.delete_button.setIcon(icon(Icon.DELETE))
        self.stage = QComboBox(self)
        for stage in ReviewStage:
            self.stage.addItem(labels.review_stage(stage), stage)
        self.stage.setCurrentIndex(self.stage.findData(ReviewStage.OTHER))
        self.new_label = QLineEdit(self)
        self.new_label.setMaxLength(500)
        self.new_label.setPlaceholderText(self.tr("Something else to look back on"))
        self.add_button = QPushButton(self.tr("&Add item"), self)
        self.add_button.setIcon(icon(Icon.NEW))
        self.error = ErrorLabel(self)

        self.tree.setAccessibleName(self.tr("Review checklist"))
        self.interviews_button.setAccessibleName(
            self.tr("Add new messages and interviews from the timeline"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected item"))
        self.new_label.setAccessibleName(self.tr("New item"))
        self.add_button.setAccessibleName(self.tr("Add item"))

        tools = QHBoxLayout()
        tools.addWidget(self.interviews_button)
        tools.addStretch(1)
        tools.addWidget(self.delete_button)
        add = QHBoxLayout()
        add.addWidget(self.stage)
        add.addWidget(self.new_label, 1)
        add.addWidget(self.add_button)
        # Named once it has its parent: on Linux only a buddy label names a combo box.
        name_combo(self.stage, self.tr("Stage of the new item"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tree, 1)
        lay.addLayout(tools)
        lay.addLayout(add)
        lay.addWidget(self.error)

        self.add_button.clicked.connect(self._request_add)
        self.new_label.returnPressed.connect(self._request_add)
        self.delete_button.clicked.connect(self.delete_requested)
        self.interviews_button.clicked.connect(self.interviews_requested)
        on_delete_key(self.tree, self.delete_requested)
        self.set_new_interviews(0)

    def _request_add(self) -> None:
        text = self.new_label.text().strip()
        if not text:
            self.error.show_message(self.tr("Write a few words about what to look back on."))
            self.new_label.setFocus()
            return
        self.error.clear_message()
        self.add_requested.emit(ReviewStage(self.stage.currentData()), text)

    def added(self) -> None:
        self.new_label.clear()
        self.error.clear_message()

    def set_new_interviews(self, count: int) -> None:
        # Messages count too: the checklist goes through each one, like each interview.
        text = self.tr("Add %Ln new message(s) or interview(s) from the time&line", "", count)
        self.interviews_button.setText(text)
        self.interviews_button.setVisible(count > 0)

    def progress_text(self) -> str:
        items = self.model.items()
        looked = sum(1 for i in items if i.outcome is not None)
        if not items:
            return ""
        if looked == len(items):
            return self.tr("All %Ln looked at", "", len(items))
        return fill(self.tr("%1 of %2 looked at"), looked, len(items))

    def current_item(self) -> ReviewItemRow | None:
        return self.model.item_at(self.tree.currentIndex())


class EmptyState(EmptyNote):
    """A calm page in place of the checklist: a heading, a few words, maybe one button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Icon.REVIEW, parent=parent)
        set_role(self.heading, TextRole.TITLE)
        self.start_button = self.add_button(self.tr("S&tart the review"))
        self.start_button.setAccessibleName(self.tr("Start the review"))

    def show_nothing_yet(self) -> None:
        self.show_state(
            self.tr("Nothing to look back on yet"),
            self.tr("When you add an application on the Timeline tab, you can review it "
                    "here, from the first message to the last."))

    def show_choose(self) -> None:
        self.show_state(
            self.tr("Which application would you like to look back on?"),
            self.tr("Choose one above. Take it at your own pace: a few items today is plenty."))

    def show_ready(self) -> None:
        self.show_state(
            self.tr("Ready when you are"),
            self.tr("Looking back from the first message to the last helps you find one or "
                    "two things to carry forward. The checklist is built from this "
                    "application's timeline: how it started, your resume and cover letter, "
                    "each message and interview, thank-you notes, and the common reasons "
                    "offers don't come."),
            can_start=True)

    def show_state(self, heading: str, text: str, *, can_start: bool = False) -> None:
        self.set_heading(heading)
        self.setText(text)
        self.start_button.setVisible(can_start)
