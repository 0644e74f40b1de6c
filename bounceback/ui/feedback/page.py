"""The right-hand side of the Feedback tab: a kind empty page, or the note being edited with
its Save/Revert buttons and its action items, in a scroll area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.enums import PlanStep
from bounceback.ui.common.empty import EmptyNote
from bounceback.ui.common.ops import Ops
from bounceback.ui.common.plan_offer import StepOffer
from bounceback.ui.feedback.action_panel import ActionPanel
from bounceback.ui.feedback.editor import FeedbackForm
from bounceback.ui.theme.icons import Icon, icon

# The pages.
EMPTY, EDITOR = range(2)


class NotePages(QStackedWidget):
    """The widgets only; the tab connects them and does the loading and saving."""

    # Hides QWidget.scroll(dx, dy), which nothing calls; tests scroll through this name.
    scroll: QScrollArea  # type: ignore[assignment]

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        empty = EmptyNote(Icon.FEEDBACK, self.tr(
            "Nothing asked yet.\nA short, positive request often gets an answer — recruiters "
            "are a good first person to ask."), parent=self)
        self.empty_label = empty.sentence
        # The list, with its own "Ask for feedback", is hidden while this page shows.
        self.empty_button = empty.add_button(self.tr("Ask for feedback"))
        self.empty_button.setIcon(icon(Icon.SEND))
        self.addWidget(empty)

        self.form = FeedbackForm()
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setAccessibleName(self.tr("Revert unsaved changes"))
        # No mnemonic: Ctrl+S saves, and Alt+S goes to the request's subject.
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setIcon(icon(Icon.SAVE))
        self.save_button.setToolTip(self.tr("Save the note (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save the feedback note"))
        self.actions_panel = ActionPanel(ops)
        # Below the action items, where the last piece of step 3 is usually added: once an
        # answer, its lesson and a next step are there, the step finishes here in one click.
        self.plan_offer = StepOffer(ops, PlanStep.FEEDBACK)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)

        page = QWidget()
        page.setMaximumWidth(900)
        page_lay = QVBoxLayout(page)
        page_lay.setContentsMargins(12, 6, 12, 12)
        page_lay.setSpacing(12)
        page_lay.addWidget(self.form)
        page_lay.addLayout(save_row)
        page_lay.addWidget(self.actions_panel)
        page_lay.addWidget(self.plan_offer)
        page_lay.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setAccessibleName(self.tr("Feedback note"))
        # Tab goes straight to the fields; the area scrolls to whichever has focus.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(page)
        self.addWidget(self.scroll)
        QWidget.setTabOrder(self.form.lesson, self.revert_button)
        QWidget.setTabOrder(self.revert_button, self.save_button)
