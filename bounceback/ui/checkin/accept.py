"""Step 1 of the bounce-back plan inside a check-in: the reframe from the brief, in a calm box,
and — while the step is open — a way to close it when the person feels ready. No counting,
no reminders: "Not now" simply puts the question away."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bounceback.db.enums import PlanStep, StepState
from bounceback.services import plans
from bounceback.services.plans import PlanRow
from bounceback.ui.checkin.emotions import small
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.ops import Ops
from bounceback.ui.theme import sheet
from bounceback.ui.theme.sheet import Kind
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole


class AcceptBox(QFrame):
    ready_requested = Signal()
    not_now_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A frame drawn by the style: it reads in light and dark palettes alike.
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A card of the theme: lifted off the window, edged, rounded (ui/theme/sheet.py).
        sheet.mark(self, Kind.CARD)
        self.step = QLabel(self)
        set_role(self.step, TextRole.STRONG)
        self.step.setWordWrap(True)
        self.reframe = QLabel(self.tr(
            "A hiring decision weighs many things — salary expectations, experience level, "
            "personality fit, sometimes a gut feeling. It is rarely about you as a person."),
            self)
        self.reframe.setWordWrap(True)
        set_role(self.reframe, TextRole.EMPHASIS)
        self.hint = small(QLabel(self.tr(
            "Take the time you need. When the feelings have had their say, you can close this "
            "step."), self))
        self.hint.setWordWrap(True)
        self.ready_button = QPushButton(self.tr("Ready to &move on"), self)
        self.ready_button.setAccessibleName(self.tr("Ready to move on"))
        self.ready_button.setToolTip(self.tr("Close step 1 of the bounce-back plan"))
        self.ready_button.setAutoDefault(False)
        self.not_now_button = QPushButton(self.tr("Not now"), self)
        self.not_now_button.setAccessibleName(self.tr("Not now"))
        self.not_now_button.setFlat(True)
        self.not_now_button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 4, 0, 0)
        buttons.addWidget(self.ready_button)
        buttons.addWidget(self.not_now_button)
        buttons.addStretch(1)
        self.plan_part = QWidget(self)
        part = QVBoxLayout(self.plan_part)
        part.setContentsMargins(0, 0, 0, 0)
        part.addWidget(self.hint)
        part.addLayout(buttons)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.setSpacing(4)
        lay.addWidget(self.step)
        lay.addWidget(self.reframe)
        lay.addWidget(self.plan_part)
        self.ready_button.clicked.connect(self.ready_requested)
        self.not_now_button.clicked.connect(self.not_now_requested)
        self.show_step(None)

    def show_step(self, application: str | None) -> None:
        """Offer to close step 1 for ``application`` ("Company — Role"); None: only the
        reframe."""
        self.step.setText(
            fill(self.tr("Step 1 of your bounce-back plan: %1"), application)
            if application else "")
        self.step.setVisible(application is not None)
        self.plan_part.setVisible(application is not None)
        self.step.setTextFormat(Qt.TextFormat.PlainText)

    def offering(self) -> bool:
        return not self.plan_part.isHidden()


class AcceptStep(QObject):
    """Keeps the box in step with the plan of the application the check-in is about."""

    def __init__(self, ops: Ops, box: AcceptBox, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.box = box
        self._app_id: int | None = None
        self._plan: PlanRow | None = None
        # Plans whose question was put away with "Not now", until the program restarts.
        self._not_now: set[int] = set()
        box.not_now_requested.connect(self._put_away)

    def plan(self) -> PlanRow | None:
        """The plan whose step 1 is offered to close, if one is."""
        return self._plan

    def follow(self, app_id: int | None) -> None:
        self._app_id = app_id
        self.refresh()

    def refresh(self) -> None:
        plan = (self.ops.read(plans.plan_for_application, self._app_id)
                if self._app_id is not None else None)
        offer = (plan is not None and plan.is_open and plan.id not in self._not_now
                 and plan.states[PlanStep.ACCEPT] not in plans.FINISHED)
        self._plan = plan if offer else None
        self.box.show_step(f"{plan.company} — {plan.role}" if plan and offer else None)

    def close_step(self, parent: QWidget) -> bool:
        """Step 1 is done; the box goes back to the reframe alone."""
        if self._plan is None:
            return False
        done = self.ops.write(
            parent, plans.set_step, self._plan.id, PlanStep.ACCEPT, StepState.DONE,
            done=self.tr("Step 1 is done. The rest can wait until you're ready."))
        self.refresh()
        return done is not None

    def _put_away(self) -> None:
        if self._plan is not None:
            self._not_now.add(self._plan.id)
        self.refresh()
