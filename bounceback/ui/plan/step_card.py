"""One step of a plan: what it is, where it stands, and a way into the tab where it happens."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from bounceback.db.enums import PlanStep, StepState
from bounceback.ui.common import labels
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.theme import sheet
from bounceback.ui.theme.sheet import Kind, State
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole


def step_text(step: PlanStep) -> str:
    """What the step asks, in a few warm words (from the brief)."""
    return {
        PlanStep.ACCEPT: tr(
            "Take time to name what you feel and how strongly, and pick a way to cope that "
            "suits you. A hiring decision weighs many things and is rarely personal. "
            "When you're ready, move on."
        ),
        PlanStep.CONNECT: tr(
            "Send a short thank-you to the people you met: wish them well and ask them to "
            "keep you in mind. A good moment to connect on LinkedIn."
        ),
        PlanStep.FEEDBACK: tr(
            "Ask what you could improve — positively, never “why not me?”. A recruiter is "
            "often the best person to ask. Then use what you hear."
        ),
        PlanStep.REVIEW: tr(
            "Go from the first message to the last. Don't dwell on what went wrong: turn "
            "each finding into something you'll do next time."
        ),
    }[step]


def open_text(step: PlanStep) -> str:
    return {
        PlanStep.ACCEPT: tr("&Check in…"),
        PlanStep.CONNECT: tr("&Thank people…"),
        PlanStep.FEEDBACK: tr("As&k for feedback…"),
        PlanStep.REVIEW: tr("&Review…"),
    }[step]


class StepCard(QFrame):
    # The person wants to do this step: open its tab.
    open_requested = Signal(object)
    # The person set the step's state.
    state_requested = Signal(object, object)

    def __init__(self, number: int, step: PlanStep, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setFrameShape(QFrame.Shape.StyledPanel)
        sheet.mark(self, Kind.CARD)
        self.title = QLabel(f"{number} · {labels.plan_step(step)}", self)
        set_role(self.title, TextRole.SUBHEADING)
        # The state as a small tinted label with its word (never by colour alone).
        self.state = QLabel(self)
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sheet.mark(self.state, Kind.CHIP)
        set_role(self.state, TextRole.CAPTION)
        self.text = QLabel(step_text(step), self)
        self.text.setWordWrap(True)
        # What is there for this step (from the store), and when it is all there, so.
        self.found = QLabel(self)
        self.found.setWordWrap(True)
        self.found.setTextFormat(Qt.TextFormat.PlainText)  # names are the person's own text
        self.found.setAccessibleName(tr("What you've done for this step"))
        self.found.hide()
        self.open_button = QPushButton(open_text(step), self)
        # Said with the words it shows ("Check in…", not "Go to step", which a screen
        # reader's user would not find on it), and the step it is for.
        shown = open_text(step).replace("&", "").rstrip("…").strip()
        self.open_button.setAccessibleName(
            fill(tr("%1: %2", "a step card's button: its own words, then the step"), shown,
                 labels.plan_step(step)))
        self.done_button = QPushButton(tr("Mark done"), self)
        self.done_button.setAccessibleName(
            fill(tr("Mark step done: %1"), labels.plan_step(step)))
        self.skip_button = QPushButton(tr("Skip"), self)
        self.skip_button.setToolTip(tr("Not every step fits every time. That's fine."))
        self.skip_button.setAccessibleName(
            fill(tr("Skip step: %1"), labels.plan_step(step)))
        # The button to press next on this card, if it is the next step's (see set_primary).
        self.primary: QPushButton | None = None
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.step))
        self.done_button.clicked.connect(self._toggle_done)
        self.skip_button.clicked.connect(self._toggle_skip)
        self._current = StepState.NOT_STARTED

        grid = QGridLayout(self)
        grid.addWidget(self.title, 0, 0, 1, 3)
        grid.addWidget(self.state, 0, 3)
        grid.addWidget(self.text, 1, 0, 1, 4)
        grid.addWidget(self.found, 2, 0, 1, 4)
        grid.addWidget(self.open_button, 3, 0)
        grid.setColumnStretch(1, 1)
        # "Mark done" first, then "Skip": the step's own action before the way round it, in
        # the order Tab takes them (the order they were made in); together at the right edge,
        # so a lone "Not done yet" (Skip hidden) sits where the last button does.
        ends = QHBoxLayout()
        ends.addWidget(self.done_button)
        ends.addWidget(self.skip_button)
        grid.addLayout(ends, 3, 2, 1, 2, Qt.AlignmentFlag.AlignRight)

    def set_state(self, state: StepState, *, is_next: bool = False) -> None:
        """Show ``state``; ``is_next``: the step to take now, edged in the accent colour
        and said so in its state ("Next")."""
        self._current = state
        mark = {StepState.DONE: "✓ ", StepState.SKIPPED: "– "}.get(state, "")
        words = labels.step_state(state)
        if is_next and state not in (StepState.DONE, StepState.SKIPPED):
            words = fill(tr("Next · %1"), words)
        self.state.setText(mark + words)
        sheet.mark(self.state, Kind.CHIP, str(state.value))
        sheet.mark(self, Kind.CARD, State.NEXT.value if is_next else "")
        done = state == StepState.DONE
        self.done_button.setText(tr("Not done yet") if done else tr("Mark done"))
        # Said as it does: "Not done yet" takes the step back (it was announced as "Mark
        # step done", the opposite).
        self.done_button.setAccessibleName(
            fill(tr("Not done yet: %1"), labels.plan_step(self.step)) if done
            else fill(tr("Mark step done: %1"), labels.plan_step(self.step)))
        skipped = state == StepState.SKIPPED
        self.skip_button.setText(tr("Undo skip") if skipped else tr("Skip"))
        self.skip_button.setAccessibleName(
            fill(tr("Undo skip: %1"), labels.plan_step(self.step)) if skipped
            else fill(tr("Skip step: %1"), labels.plan_step(self.step)))
        # A finished step keeps its words in full colour: greyed out, they could no longer be
        # read (and what was done is worth reading again). The mark and the state say it.
        self.skip_button.setVisible(state != StepState.DONE)
        self.done_button.setVisible(state != StepState.SKIPPED)

    def set_primary(self, button: QPushButton | None) -> None:
        """``button`` (this card's "Check in…" or "Mark done"), or None: the one to press next,
        said in bold. Not a default button: Fusion draws that as it draws the focus, so a
        second button would look focused beside the one that is."""
        self.primary = button
        for each in (self.open_button, self.done_button):
            set_role(each, TextRole.STRONG if each is button else TextRole.BODY)

    def set_found(self, text: str, *, ready: bool) -> None:
        """What is there for the step; ``ready``: all it asks for is there (said in bold, so
        it is seen without being looked for)."""
        self.found.setText(text)
        self.found.setVisible(bool(text))
        set_role(self.found, TextRole.STRONG if ready else TextRole.BODY)

    def _toggle_done(self) -> None:
        back = StepState.IN_PROGRESS if self._current == StepState.DONE else StepState.DONE
        self.state_requested.emit(self.step, back)

    def _toggle_skip(self) -> None:
        back = (StepState.NOT_STARTED if self._current == StepState.SKIPPED
                else StepState.SKIPPED)
        self.state_requested.emit(self.step, back)
