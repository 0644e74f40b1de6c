"""The Bounce back tab: the plans on three shelves (open, finished, put away), and the four
steps of the one you pick.

Each step opens the tab where it happens, already on that application, and says what is there
for it already. Nothing here nags: steps can be skipped, plans put away. The list and the
detail always agree: the plan shown is the one selected in the list, and a plan that moves to
another shelf (finished, or back to open) is followed there; a finished plan stays findable,
with what was done.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.enums import PlanStep, StepState
from bounceback.services import applications, plans
from bounceback.services.errors import NotFoundError
from bounceback.services.plans import PlanEvidence, PlanRow, Shelf
from bounceback.ui.common import labels
from bounceback.ui.common import ops as topics
from bounceback.ui.common.empty import EmptyNote
from bounceback.ui.common.focus import give_focus
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.ops import Ops
from bounceback.ui.common.plan_offer import Notice
from bounceback.ui.common.tab import TabPage, restore_widget_state, save_widget_state
from bounceback.ui.common.table_model import Column, ColumnKind, FilterProxy, RowTableModel
from bounceback.ui.common.views import setup_row_table
from bounceback.ui.common.widgets import DateEdit, from_today
from bounceback.ui.plan.step_card import StepCard
from bounceback.ui.theme.icons import Icon, icon
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole

# Besides the plans: what each step shows as done comes from people, check-ins, feedback,
# the review and action items.
WATCHED = frozenset({topics.PLANS, topics.APPLICATIONS, topics.EVENTS, topics.CONTACTS,
                     topics.CHECKINS, topics.FEEDBACK, topics.REVIEW, topics.ACTIONS})

# Where each step happens: a tab key and the part of it to bring forward.
STEP_TARGETS: dict[PlanStep, str] = {
    PlanStep.ACCEPT: "checkin:accept",
    PlanStep.CONNECT: "timeline:people",
    PlanStep.FEEDBACK: "feedback:request",
    PlanStep.REVIEW: "review:review",
}


class PlanTab(TabPage):
    key = "plans"

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self._plan: PlanRow | None = None
        self._saved_reapply: dt.date | None = None

        self.model: RowTableModel[PlanRow] = RowTableModel([
            Column(self.tr("After"), lambda p: f"{p.company} — {p.role}"),
            Column(self.tr("Not selected on"), lambda p: labels.date(p.rejected_on),
                   sort=lambda p: labels.iso(p.rejected_on), kind=ColumnKind.DATE),
            Column(self.tr("Steps"), lambda p: self._progress(p), sort=lambda p: p.finished_count,
                   kind=ColumnKind.NUMBER),
        ], self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        setup_row_table(self.view, self.proxy, self.tr("Bounce-back plans"), 1,
                        Qt.SortOrder.DescendingOrder)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._picked)
        # Three shelves, one shown at a time: what is still to do first, what is behind you
        # and what you put away a click away. Not a button group: each is its own Tab stop
        # (an exclusive group gives Tab only the checked one); refresh keeps one checked.
        self.shelf = Shelf.OPEN
        self.shelf_buttons: dict[Shelf, QPushButton] = {}
        shelf_row = QHBoxLayout()
        shelf_row.setSpacing(4)
        for shelf in Shelf:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setChecked(shelf == self.shelf)
            button.clicked.connect(lambda _on=False, shelf=shelf: self.show_shelf(shelf))
            self.shelf_buttons[shelf] = button
            shelf_row.addWidget(button)
        shelf_row.addStretch(1)
        self._counts: dict[Shelf, int] = dict.fromkeys(Shelf, 0)
        self.list_empty = QLabel(self)
        self.list_empty.setWordWrap(True)
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        left = QWidget(self)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr(
            "A “no” hurts. These four steps help you bounce back, at your own pace."), left)
        intro.setWordWrap(True)
        left_lay.addWidget(intro)
        left_lay.addLayout(shelf_row)
        left_lay.addWidget(self.view, 1)
        left_lay.addWidget(self.list_empty, 1)

        self.heading = QLabel(self)
        set_role(self.heading, TextRole.TITLE)
        self.heading.setWordWrap(True)
        self.subheading = QLabel(self)
        self.subheading.setWordWrap(True)
        self.cards = [StepCard(i + 1, step, self) for i, step in enumerate(plans.STEPS)]
        for card in self.cards:
            card.open_requested.connect(self._open_step)
            card.state_requested.connect(self._set_step)

        # Empty, it starts six months on: a common wait before applying again.
        self.reapply = DateEdit(self, optional=True, default=from_today(months=6))
        self.reapply.setAccessibleName(self.tr("Reapply after"))
        self.reapply_save = QPushButton(self.tr("&Save date"), self)
        self.reapply_save.setIcon(icon(Icon.SAVE))
        self.reapply_save.setAccessibleName(self.tr("Save the reapply date"))
        self.reapply_save.clicked.connect(self._save_reapply)
        self.reapply.changed.connect(self._update_reapply_button)
        reapply_box = QGroupBox(self.tr("Reapply later?"), self)
        reapply_lay = QVBoxLayout(reapply_box)
        reapply_text = QLabel(self.tr(
            "A no today can be a yes later. Pick a date to consider this company "
            "again; when you do, BounceBack shows what you learned this time."), reapply_box)
        reapply_text.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Reapply after"), reapply_box))
        row.addWidget(self.reapply)
        row.addWidget(self.reapply_save)
        row.addStretch(1)
        reapply_lay.addWidget(reapply_text)
        reapply_lay.addLayout(row)

        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setAccessibleName(self.tr("Put this plan away or bring it back"))
        self.dismiss_button.clicked.connect(self._toggle_dismissed)
        self.timeline_button = QPushButton(self.tr("Show in T&imeline"), self)
        self.timeline_button.setAccessibleName(self.tr("Show this application in the Timeline"))
        self.timeline_button.clicked.connect(
            lambda: self._plan and self.open_in_tab.emit("timeline", self._plan.application_id))
        bottom = QHBoxLayout()
        bottom.addWidget(self.timeline_button)
        bottom.addStretch(1)
        bottom.addWidget(self.dismiss_button)

        detail = QWidget(self)
        detail_lay = QVBoxLayout(detail)
        detail_lay.addWidget(self.heading)
        detail_lay.addWidget(self.subheading)
        for card in self.cards:
            detail_lay.addWidget(card)
        detail_lay.addWidget(reapply_box)
        detail_lay.addLayout(bottom)
        detail_lay.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("The four steps of this plan"))
        # Tab goes straight to the controls inside; the area scrolls to whichever has focus
        # (a focusable scroll area is a silent Tab stop, and where focus lands after a save).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(detail)

        self.placeholder = EmptyNote(Icon.PLAN, self.tr("Pick a plan on the left."),
                                     parent=self)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.placeholder)
        self.right.addWidget(scroll)

        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(left)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([420, 740])
        # Moments said here, where the person is: a plan finished, a plan put away.
        self.notice = Notice(self)
        self.notice.action_clicked.connect(self._undo)
        self.notice.other_clicked.connect(self.notice.clear)
        # What the notice's Undo takes back: (plan, step, its state before), or a plan put
        # away (step None).
        self._undo_with: tuple[int, PlanStep | None, StepState] | None = None
        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addWidget(self.split, 1)
        self.refresh()

    def title(self) -> str:
        return self.tr("Bounce back")

    def _progress(self, plan: PlanRow) -> str:
        if plan.shelf == Shelf.PUT_AWAY:
            return self.tr("Put away")
        return fill(self.tr("%1 of 4"), plan.finished_count)

    def _shelf_text(self, shelf: Shelf) -> str:
        text = {
            Shelf.OPEN: self.tr("&Open (%1)"),
            Shelf.FINISHED: self.tr("Fi&nished (%1)"),
            Shelf.PUT_AWAY: self.tr("Put a&way (%1)"),
        }[shelf]
        return fill(text, self._counts[shelf])

    def _empty_texts(self) -> tuple[str, str]:
        """For an empty shelf: a word beside the list, and a few kind lines beside it that
        agree with it (never "pick a plan" beside nothing to pick)."""
        if self.shelf == Shelf.FINISHED:
            return (self.tr("No finished plans yet."), self.tr(
                "When every step of a plan is done or skipped, the plan comes here, with what "
                "you did."))
        if self.shelf == Shelf.PUT_AWAY:
            return (self.tr("Nothing put away."), self.tr(
                "A plan you put away waits here, and can come back whenever you like."))
        if self._counts[Shelf.FINISHED] or self._counts[Shelf.PUT_AWAY]:
            return (self.tr("No open plans."), self.tr(
                "Nothing open right now. Plans you finished are under “Finished”, and those "
                "you put away under “Put away”."))
        return (self.tr("No open plans."), self.tr(
            "When a “no” comes, mark the application “Not selected” in the Timeline and a "
            "plan appears here, ready when you are."))

    # --- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        self._counts = self.ops.read(plans.shelf_counts)
        shown: PlanRow | None = None
        if self._plan is not None:
            try:
                shown = self.ops.read(plans.get_plan, self._plan.id)
            except NotFoundError:
                shown = None
        # The plan shown moved to another shelf (finished, or back to open): follow it there,
        # so the list and the detail agree. One just put away goes out of sight instead.
        if shown is not None and shown.shelf != self.shelf:
            if shown.shelf == Shelf.PUT_AWAY:
                shown = None
            else:
                self.shelf = shown.shelf
        for shelf, button in self.shelf_buttons.items():
            button.setText(self._shelf_text(shelf))
            button.setAccessibleName(button.text().replace("&", ""))
            button.setChecked(shelf == self.shelf)
            # Some styles draw a checked button barely apart (dark Fusion): the words say it.
            set_role(button, TextRole.STRONG if shelf == self.shelf else TextRole.BODY)
        rows = self.ops.read(plans.list_plans, shelf=self.shelf)
        self.model.set_rows(rows)
        has = bool(rows)
        self.view.setVisible(has)
        self.list_empty.setVisible(not has)
        short, longer = self._empty_texts()
        self.list_empty.setText(short)
        self.placeholder.setText(longer if not has else self.tr("Pick a plan on the left."))
        if shown is not None and self.model.row_of_id(shown.id) >= 0:
            self._select(shown.id)
        elif has:
            first = self.proxy.mapToSource(self.proxy.index(0, 0))
            self._select(self.model.row_at(first.row()).id)
        else:
            self.view.clearSelection()
            self._show(None)

    def on_changed(self, changed: frozenset[str]) -> None:
        if changed & WATCHED:
            self.refresh()

    def show_shelf(self, shelf: Shelf) -> None:
        """The person chose a shelf: its newest plan is shown."""
        if shelf == self.shelf and self._plan is not None:
            self.shelf_buttons[shelf].setChecked(True)
            return
        self.shelf = Shelf(shelf)
        self._plan = None
        self.notice.clear()
        self.refresh()

    def _select(self, plan_id: int) -> None:
        """Select a plan of the list and show it (only ever one that is listed)."""
        row = self.model.row_of_id(plan_id)
        if row < 0:
            return
        idx = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(idx)
        self._show(self.model.row_at(row))

    def _picked(self, current, _previous) -> None:
        if current.isValid():
            self._show(self.model.row_at(self.proxy.mapToSource(current).row()))

    def _show(self, plan: PlanRow | None) -> None:
        previous, self._plan = self._plan, plan
        self.right.setCurrentIndex(0 if plan is None else 1)
        if plan is None:
            return
        self.heading.setText(fill(self.tr("After %1 — %2"), plan.company, plan.role))
        when = labels.date(plan.rejected_on)
        sub = fill(self.tr("Not selected on %1. Take the steps at your own pace; skip any that "
                           "don't fit."), when) if when else ""
        if plan.complete:
            sub = self.tr("All four steps are behind you. Well done for taking the time. "
                          "Here is what you did.")
        self.subheading.setText(sub)
        found = self.ops.read(plans.evidence, plan)
        ready = plans.ready_steps(plan, found)
        nxt = plan.next_step()
        for card in self.cards:
            card.set_state(plan.states[card.step], is_next=card.step == nxt)
            card.set_found(self._found_text(plan, card.step, found),
                           ready=card.step in ready)
            # The button to press next: "Mark done" when all the step asks for is there,
            # else the way into the tab where it happens.
            card.set_primary(None if card.step != nxt
                             else card.done_button if nxt in ready else card.open_button)
        detail = self.ops.read(applications.get_application, plan.application_id)
        same = previous is not None and previous.id == plan.id
        if not (same and self.reapply.value() != self._saved_reapply):
            self.reapply.set_value(detail.reapply_after)  # keep a date being typed
        self._saved_reapply = detail.reapply_after
        self._update_reapply_button()
        self.dismiss_button.setText(self.tr("Bring &back") if plan.dismissed
                                    else self.tr("&Put this plan away"))

    def _found_text(self, plan: PlanRow, step: PlanStep, found: PlanEvidence) -> str:
        """What is there for one step, in a sentence or two; "" when there is nothing to say."""
        open_ = plan.states[step] not in plans.FINISHED
        parts: list[str] = []
        if step == PlanStep.ACCEPT and found.checkins:
            # In English, for one: "A check-in about this “no”, with a way to cope."
            parts.append(self.tr("%Ln check-in(s) about this “no”, each with a way to cope.",
                                 "", found.checkins))
        elif step == PlanStep.CONNECT:
            if found.people and not found.to_thank:
                parts.append(fill(self.tr("Everyone you met is thanked: %1."),
                                  ", ".join(found.people)))
            elif found.to_thank and open_:
                parts.append(fill(self.tr("Still to thank: %1."), ", ".join(found.to_thank)))
            elif open_:
                parts.append(self.tr("No one here yet: add the people you met, then thank "
                                     "them."))
            if found.connected:
                parts.append(fill(self.tr("Connected on LinkedIn: %1."),
                                  ", ".join(found.connected)))
        elif step == PlanStep.FEEDBACK:
            if found.used_answers:
                parts.append(self.tr("You have an answer, what you learned from it, and a "
                                     "next step."))
            elif found.answers and open_:
                parts.append(self.tr("An answer is in. Write down what you learned and one "
                                     "next step, and it's yours to use."))
        elif step == PlanStep.REVIEW and found.review_items:
            parts.append(fill(self.tr("%1 of %Ln item(s) looked at.", "", found.review_items),
                              found.reviewed))
            if found.improvements_without_step and open_:
                # In English, for one: "One thing to improve still has no next step."
                parts.append(self.tr("%Ln thing(s) to improve still have no next step.", "",
                                     found.improvements_without_step))
        if open_ and found.met(step):
            parts.append(self.tr("That's all this step asks for."))
        done_on = found.done_on.get(step)
        if plan.states[step] == StepState.DONE and done_on is not None:
            parts.append(fill(self.tr("Done on %1."), labels.date(done_on)))
        return " ".join(parts)

    def selection(self) -> object:
        return (self.shelf, self._plan.id if self._plan is not None else None)

    def select_again(self, kept: object) -> None:
        match kept:
            case (Shelf() as shelf, int() | None as plan_id):
                self.shelf = shelf
                try:
                    self._plan = None if plan_id is None \
                        else self.ops.read(plans.get_plan, plan_id)
                except NotFoundError:
                    self._plan = None
                self.refresh()

    def show_application(self, app_id: int) -> None:
        plan = self.ops.read(plans.plan_for_application, app_id)
        if plan is None:
            return
        self.notice.clear()
        self.shelf = plan.shelf
        self._plan = plan
        self.refresh()

    # --- actions -------------------------------------------------------------------------
    def _open_step(self, step: PlanStep) -> None:
        if self._plan is not None:
            self.open_in_tab.emit(STEP_TARGETS[step], self._plan.application_id)

    def _set_step(self, step: PlanStep, state: StepState) -> None:
        if self._plan is None:
            return
        before = self._plan
        done = {StepState.DONE: self.tr("Step done. Be proud of taking it."),
                StepState.SKIPPED: self.tr("Skipped. That's fine.")}.get(state)
        # The plan's last step is said beside the plan (below), not in the status bar.
        completes = state in plans.FINISHED and all(
            before.states[s] in plans.FINISHED for s in plans.STEPS if s != step)
        card = next(c for c in self.cards if c.step == step)
        focused = QApplication.focusWidget()
        pressed = focused is card.done_button or focused is card.skip_button
        row = self.ops.write(self, plans.set_step, before.id, step, state,
                             done=None if before.complete or completes else done)
        if row is None:
            return
        if pressed and state in plans.FINISHED:
            # On to the next step's button: left on "Not done yet" (or "Undo skip"), the
            # next Space would take back what was just done.
            following = next((c.primary for c in self.cards if c.primary is not None), None)
            if following is not None:
                give_focus(following)
        if row.complete and not before.complete:
            # The moment is said here, beside the plan (it is followed to "Finished").
            self._undo_with = (row.id, step, before.states[step])
            self.notice.say(fill(self.tr(
                "That was the last step: your plan after %1 is complete. Well done for "
                "taking the time. It stays under “Finished”, with what you did."), row.company),
                self.tr("&Undo"), self.tr("Close"))

        elif before.complete and not row.complete:
            self.notice.clear()

    def _toggle_dismissed(self) -> None:
        if self._plan is None:
            return
        plan = self._plan
        put_away = not plan.dismissed
        done = None if put_away else self.tr("The plan is back in your list.")
        row = self.ops.write(self, plans.set_dismissed, plan.id, put_away,
                             done=done)
        if row is None:
            return
        if put_away:
            self._undo_with = (plan.id, None, StepState.NOT_STARTED)
            self.notice.say(self.tr("Put away. It waits under “Put away” for whenever you "
                                    "want it."), self.tr("&Undo"), self.tr("Close"))
        else:
            self.notice.clear()

    def _undo(self) -> None:
        """Take back the moment's click: the plan comes back into view where it was."""
        if self._undo_with is None:
            return
        plan_id, step, before = self._undo_with
        self._undo_with = None
        self.notice.clear()
        try:
            self._plan = self.ops.read(plans.get_plan, plan_id)  # followed once it moves
        except NotFoundError:
            return
        if step is None:
            self.ops.write(self, plans.set_dismissed, plan_id, False)
        else:
            self.ops.write(self, plans.set_step, plan_id, step, before)

    def _update_reapply_button(self) -> None:
        self.reapply_save.setEnabled(self.has_unsaved_changes())

    def _save_reapply(self) -> None:
        if self._plan is None:
            return
        when = self.reapply.value()
        done = self.tr("Saved. You'll find this company's story ready when you reapply.") \
            if when else self.tr("Reapply date cleared.")
        self.ops.write(self, applications.set_reapply_after, self._plan.application_id, when,
                       done=done)

    # --- unsaved edits -------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self._plan is not None and self.reapply.value() != getattr(
            self, "_saved_reapply", None)

    def unsaved_what(self) -> str:
        return self.tr("the reapply date")

    def save(self) -> bool:
        if self.has_unsaved_changes():
            self._save_reapply()
        return not self.has_unsaved_changes()

    def discard(self) -> None:
        self.reapply.set_value(self._saved_reapply)

    # --- layout --------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        save_widget_state(settings, "plans/split", self.split)

    def restore_state(self, settings: QSettings) -> None:
        restore_widget_state(settings, "plans/split", self.split)
