"""What surrounds one application: its bounce-back plan, and earlier tries at the company.

Shown above the application's form. Reapplying goes better with last time's feedback,
lessons and action items at hand, so they appear as soon as the company is known.
"""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bounceback.services import plans, reapply
from bounceback.services.plans import PlanRow
from bounceback.services.reapply import PastAttempt
from bounceback.ui.common import labels
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.ops import LatestRead, Ops

# Wait for a pause in typing the company before looking up its history.
LOOKUP_DELAY_MS = 400


# show_for without a plan given: read it.
_READ = object()

class PlanStrip(QFrame):
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Open the &plan"), self)
        self.button.setAccessibleName(self.tr("Open the bounce-back plan"))
        self.button.clicked.connect(self.open_requested)
        lay = QHBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.button)


class LessonsText(QLabel):
    """Rich, wrapped words that remember how tall they are at each width until they change.

    Qt lays a rich label's whole document out again each time a layout asks its height for
    a width, even the width it asked about a moment before; every application opened asks
    several times (the editor below it changes), and a few earlier tries with their lessons
    make a long document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
        super().setText(text)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        self._heights.clear()  # another font, style or language: other heights
        super().changeEvent(event)


class HistoryBox(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = LessonsText(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Earlier applications at this company"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)

    def show_attempts(self, attempts: list[PastAttempt]) -> None:
        parts = [
            "<b>" + html.escape(self.tr("You applied here before. Here's what you learned:"))
            + "</b>"
        ]
        for a in attempts:
            when = labels.date(a.rejected_on or a.applied_on)
            line = f"{html.escape(a.role)} · {html.escape(labels.status(a.status))}"
            parts.append(f"<p>{line}{' · ' + when if when else ''}</p><ul>")
            for lesson in a.lessons:
                if lesson.answer:
                    said = fill(self.tr("%1 said: %2"), lesson.whom, lesson.answer)
                    parts.append(f"<li>{html.escape(said)}</li>")
                if lesson.lesson:
                    text = fill(self.tr("Lesson: %1"), lesson.lesson)
                    parts.append(f"<li>{html.escape(text)}</li>")
            for action in a.actions:
                mark = "✓" if action.done else "○"
                state = self.tr("done") if action.done else self.tr("still open")
                parts.append(f"<li>{mark} {html.escape(action.text)} ({html.escape(state)})</li>")
            if not a.lessons and not a.actions:
                parts.append("<li>" + html.escape(self.tr(
                    "No feedback or action items were recorded that time.")) + "</li>")
            parts.append("</ul>")
        self.text.setText("".join(parts))


class ApplicationContext(QWidget):
    """The plan strip and the earlier-attempts box; each hides itself when it has nothing."""

    open_plan = Signal(int)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.app_id: int | None = None
        self.company = ""
        self.plan = PlanStrip(self)
        self.plan.open_requested.connect(
            lambda: self.app_id is not None and self.open_plan.emit(self.app_id))
        self.history = HistoryBox(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.plan)
        lay.addWidget(self.history)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self._load_history)
        self._history_read = LatestRead(ops, self)
        # The application shown and whether it had a plan: a plan appearing while the same
        # application stays open is a "no" just recorded here, and is met with kind words.
        self._seen: tuple[int | None, bool] = (None, False)
        self._sorry = False
        self.show_for(None, "")

    def show_for(
        self, app_id: int | None, company: str, *, plan: PlanRow | object | None = _READ
    ) -> None:
        """``plan``: the application's plan when already read (with the rest of it)."""
        self.app_id = app_id
        self.company = company
        self._load_plan(plan)
        self._load_history()

    def company_typed(self, company: str) -> None:
        """The company field changed: look up its history once typing pauses."""
        self.company = company
        self._timer.start()

    def _load_plan(self, known: PlanRow | object | None = _READ) -> None:
        if known is not _READ:
            plan = known if isinstance(known, PlanRow) else None
        else:
            plan = self.ops.read(plans.plan_for_application, self.app_id) \
                if self.app_id else None
        seen_app, had_plan = self._seen
        if seen_app != self.app_id or plan is None or plan.finished_count:
            self._sorry = False
        elif not had_plan and self.app_id is not None:
            self._sorry = True
        self._seen = (self.app_id, plan is not None)
        if plan is None or plan.dismissed:
            self.plan.hide()
            return
        if plan.complete:
            text = self.tr("Bounce-back plan: all four steps are behind you.")
        elif self._sorry:
            # Said here, where the "no" was just recorded, until the person moves on.
            text = self.tr("I'm sorry it was a no. Take a breath: when you're ready, four "
                           "small steps can help you bounce back, at your own pace.")
        else:
            text = fill(self.tr("Bounce-back plan: %1 of 4 steps done. Take them at your own "
                                "pace."), plan.finished_count)

        self.plan.text.setText(text)
        self.plan.show()

    def say_sorry(self) -> None:
        """A "no" was just recorded for the application shown (saved as "Not selected")."""
        self._sorry = True
        self._seen = (self.app_id, True)
        self._load_plan()

    def sorry(self) -> bool:
        """The kind words for a "no" just recorded are showing."""
        return self._sorry and not self.plan.isHidden()

    def _load_history(self) -> None:
        # Looked up on a worker: it compares this company with every closed application,
        # which on a long search takes longer than opening the application itself.
        self._timer.stop()
        if not self.company.strip():
            self._history_read.cancel()
            self._show_history([])
            return
        self._history_read.start(partial(reapply.history_for, company=self.company,
                                         exclude_app_id=self.app_id), self._show_history)

    def _show_history(self, attempts: list[PastAttempt]) -> None:
        self.history.setVisible(bool(attempts))
        if attempts:
            self.history.show_attempts(attempts)
