"""Step 4 of the bounce-back plan, seen from the Review tab: one quiet button to say the
review is finished. It shows only while that step is open, and never counts or nags."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from bounceback.db.enums import PlanStep
from bounceback.services.plans import FINISHED, PlanRow


class ReviewStepBar(QWidget):
    finish_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: PlanRow | None = None
        self.finish_button = QPushButton(self.tr("Review finished"), self)
        self.finish_button.setAccessibleName(self.tr("Review finished"))
        self.finish_button.setToolTip(self.tr(
            "Close step 4 of the bounce-back plan for this application. What you want to "
            "carry forward stays in the actions below."))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.finish_button)
        self.finish_button.clicked.connect(self.finish_requested)
        self.show_plan(None, started=False)

    def plan(self) -> PlanRow | None:
        return self._plan

    def show_plan(self, plan: PlanRow | None, *, started: bool) -> None:
        """Offer the button while the review of a rejected application is under way."""
        open_step = (
            plan is not None
            and not plan.dismissed
            and not plan.archived
            and plan.states[PlanStep.REVIEW] not in FINISHED
        )
        self._plan = plan if open_step else None
        self.setVisible(open_step and started)
