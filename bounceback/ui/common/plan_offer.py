"""Say a meaningful moment where the person is looking, and let a plan step finish itself there.

``Notice`` is a calm strip inside a tab or dialog: a few kind words, at most two buttons, no
modal box and nothing to dismiss before going on. ``StepOffer`` is a notice that watches one
step of an application's bounce-back plan: when everything that step asks for is there
(``services.plans.ready_to_finish``), it offers to mark the step done in one click, then
offers to undo that click. The plan never needs a trip back just for bookkeeping.

Shared by the Timeline (people, thank-you notes) and Feedback tabs, so it lives here rather
than in either of them.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from bounceback.db.enums import PlanStep, StepState
from bounceback.services import plans
from bounceback.services.errors import NotFoundError
from bounceback.services.plans import PlanRow
from bounceback.ui.common import labels
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.common.ops import Ops

# The steps' numbers as the plan shows them.
STEP_NUMBER = {step: i + 1 for i, step in enumerate(plans.STEPS)}


class SelectableWhenSeen(QLabel):
    """Words that can be selected (and copied) wherever they can be seen.

    A label that can be selected lays its words out as a rich-text document, several times
    the cost of a plain label's measuring, and does so again for each size it is asked
    about. A notice out of sight is still measured: a tab's pages are, each of them, for the
    tab's own size (the People tab beside an application's history, its notice given new
    names for each application opened). So the words are selectable while they are shown,
    and plain while they are not."""

    def showEvent(self, event: QShowEvent) -> None:
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)


class Notice(QFrame):
    """A few words and up to two buttons, in a strip lifted off the window by the base colour
    and marked by the palette's accent, so it reads in light and dark alike."""

    action_clicked = Signal()
    other_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        # As tall as its words: a layout's spare room goes to what is around it.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.mark = QFrame(self)
        self.mark.setFixedWidth(4)
        self.mark.setBackgroundRole(QPalette.ColorRole.Highlight)
        self.mark.setAutoFillBackground(True)
        self.text = SelectableWhenSeen(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # names are the person's own text
        self.action_button = QPushButton(self)
        self.action_button.setAutoDefault(False)
        self.other_button = QPushButton(self)
        self.other_button.setAutoDefault(False)
        self.other_button.setFlat(True)
        self.action_button.clicked.connect(self.action_clicked)
        self.other_button.clicked.connect(self.other_clicked)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 8, 0)
        lay.setSpacing(10)
        lay.addWidget(self.mark)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setContentsMargins(0, 6, 0, 6)
        self.hide()

    def say(self, text: str, action: str = "", other: str = "") -> None:
        """Show ``text`` with the buttons named (an empty name hides that button)."""
        self.text.setText(text)
        self.setAccessibleName(text)
        for button, name in ((self.action_button, action), (self.other_button, other)):
            button.setText(name)
            button.setAccessibleName(name.replace("&", ""))
            button.setVisible(bool(name))
        self.show()

    def clear(self) -> None:
        self.hide()


def offer_text(step: PlanStep) -> str:
    """Why the step can be closed now, and the question."""
    return {
        PlanStep.ACCEPT: tr("You've named what you feel and picked a way to cope. "
                            "Ready to close step 1?"),
        PlanStep.CONNECT: tr("Everyone you met is thanked — mark this step done?"),
        PlanStep.FEEDBACK: tr("You have their answer, what you learned and a next step — "
                              "mark this step done?"),
        PlanStep.REVIEW: tr("Every item is looked at, and each thing to improve has a next "
                            "step — mark this step done?"),
    }[PlanStep(step)]


def finished_text(plan: PlanRow, step: PlanStep) -> str:
    """What to say once the click is done: the step, or the whole plan when it was the last."""
    if plan.complete:
        return fill(tr("That was the last step: your plan after %1 is complete. "
                       "Well done for taking the time."), plan.company)
    return fill(tr("Step %1, “%2”, is done. Be proud of taking it."),
                STEP_NUMBER[step], labels.plan_step(step))



# show_for without ``ready`` given: read it.
_READ = object()

# "Not now", remembered per open store (one Ops) until the program closes: the question is
# put away for that plan and step wherever it would be asked (dialog and list alike).
_NOT_NOW: weakref.WeakKeyDictionary[Ops, set[tuple[int, PlanStep]]] = \
    weakref.WeakKeyDictionary()


class StepOffer(Notice):
    """Offers to finish ``step`` of the shown application's plan once what it asks for is
    there; after the click, says so with an Undo. ``show_for`` keeps it in step."""

    # The step was marked done here (the plan as it is now).
    finished = Signal(object)
    # The offer has just appeared through work on the application shown (not by opening
    # one), and has been laid out: the owner may bring it into view.
    appeared = Signal()

    def __init__(self, ops: Ops, step: PlanStep, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.step = PlanStep(step)
        self.app_id: int | None = None
        self._offered: PlanRow | None = None
        # (plan id, the state before the click) while the Undo is offered.
        self._done: tuple[int, StepState] | None = None
        self.action_clicked.connect(self._action)
        self.other_clicked.connect(self._other)

    def offered(self) -> PlanRow | None:
        """The plan whose step is offered to finish, if one is."""
        return self._offered

    def show_for(self, app_id: int | None, *,
                 ready: PlanRow | object | None = _READ) -> None:
        """Follow ``app_id`` (None: nothing shown), reading where its plan stands; ``ready``:
        ``plans.ready_to_finish`` for it when already read (with the rest of it)."""
        same_app = app_id == self.app_id
        if not same_app:
            self._done = None
        self.app_id = app_id
        if self._done is not None:
            plan_id, _before = self._done
            try:
                plan = self.ops.read(plans.get_plan, plan_id)
            except NotFoundError:
                plan = None
            if plan is not None and plan.states[self.step] == StepState.DONE:
                self._offered = None
                self.say(finished_text(plan, self.step), tr("Undo"))
                return
            self._done = None  # taken back elsewhere: offer afresh
        if ready is _READ:
            plan = self.ops.read(plans.ready_to_finish, app_id, self.step)
        else:
            plan = ready if isinstance(ready, PlanRow) else None
        if plan is not None and (plan.id, self.step) in _NOT_NOW.get(self.ops, set()):
            plan = None
        was_offering = self._offered is not None and not self.isHidden()
        self._offered = plan
        if plan is None:
            self.clear()
            return
        self.say(offer_text(self.step),
                 fill(tr("Mark step %1 done"), STEP_NUMBER[self.step]),
                 tr("Not now"))
        if same_app and not was_offering:
            # Once the layout has made room for it: before, it has no place to scroll to.
            QTimer.singleShot(0, self._appeared)

    def _appeared(self) -> None:
        if self._offered is not None and not self.isHidden():
            self.appeared.emit()

    def _action(self) -> None:
        if self._done is not None:
            self._undo()
        elif self._offered is not None:
            self._finish(self._offered)

    def _finish(self, plan: PlanRow) -> None:
        before = plan.states[self.step]
        row = self.ops.write(self, plans.set_step, plan.id, self.step, StepState.DONE)
        if row is None:
            return
        self._done = (plan.id, before)
        self._offered = None
        self.say(finished_text(row, self.step), tr("Undo"))
        self.finished.emit(row)

    def _undo(self) -> None:
        assert self._done is not None
        plan_id, before = self._done
        self._done = None
        self.ops.write(self, plans.set_step, plan_id, self.step, before,
                       done=fill(tr("Step %1 is open again."), STEP_NUMBER[self.step]))
        self.show_for(self.app_id)

    def _other(self) -> None:
        if self._offered is not None:
            _NOT_NOW.setdefault(self.ops, set()).add((self._offered.id, self.step))
            self._offered = None
        self.clear()
