"""The Review tab: look back over one application from start to finish, item by item, and turn
what could go better into concrete next steps.

Browsing never writes: the checklist is created only when the user starts the review, and new
interviews from the timeline are added only when asked.
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.enums import DocumentKind, Outcome, PlanStep, ReviewStage, StepState
from bounceback.services import applications, documents, plans, review, sent_with
from bounceback.services.errors import NotFoundError
from bounceback.ui.common import dialogs, labels, preferences
from bounceback.ui.common import ops as ops_module
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.ops import Ops
from bounceback.ui.common.plan_offer import StepOffer
from bounceback.ui.common.screening import ScreeningAnswersWindow
from bounceback.ui.common.tab import TabPage, restore_widget_state, save_widget_state
from bounceback.ui.review.actions_panel import ActionsPanel
from bounceback.ui.review.checklist import ChecklistPanel, EmptyState
from bounceback.ui.review.compare import CompareWindow
from bounceback.ui.review.editor import ItemEditor
from bounceback.ui.review.insights import ReviewInsights
from bounceback.ui.review.navigation import ItemNavigator
from bounceback.ui.review.picker import ApplicationPicker
from bounceback.ui.review.plan_step import ReviewStepBar

REFRESH_ON = frozenset({ops_module.APPLICATIONS, ops_module.EVENTS, ops_module.REVIEW,
                        ops_module.ACTIONS, ops_module.PLANS})
# Review writes can move the application's bounce-back plan along (step 4).
EMPTY_PAGE, CHECKLIST_PAGE = range(2)


class ReviewTab(TabPage):
    key = "review"
    # Hides QWidget.actions(), which nothing calls on this tab; tests reach the panel by it.
    actions: ActionsPanel  # type: ignore[assignment]

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self._app_id: int | None = None
        # The application's screening questions and answers, read with its checklist.
        self._answers: tuple[sent_with.ScreeningRow, ...] = ()
        self.answers_window: ScreeningAnswersWindow | None = None

        self.picker = ApplicationPicker(self)
        picker_label = QLabel(self.tr("A&pplication"), self)
        picker_label.setBuddy(self.picker)
        self.progress = QLabel(self)
        self.progress.setAccessibleName(self.tr("Review progress"))
        self.step_bar = ReviewStepBar(self)

        self.empty = EmptyState(self)
        self.checklist = ChecklistPanel(self)
        self.editor = ItemEditor(self)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("The item you're looking at"))
        # Tab goes straight to the controls inside; the area scrolls to whichever has focus
        # (a focusable scroll area is a silent Tab stop, and where focus lands after a save).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.hsplit = QSplitter(Qt.Orientation.Horizontal, self)
        self.hsplit.addWidget(self.checklist)
        self.hsplit.addWidget(scroll)
        self.hsplit.setStretchFactor(0, 3)
        self.hsplit.setStretchFactor(1, 2)
        self.hsplit.setChildrenCollapsible(False)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.hsplit)
        self.actions = ActionsPanel(ops, self)
        self.vsplit = QSplitter(Qt.Orientation.Vertical, self)
        self.vsplit.addWidget(self.pages)
        self.vsplit.addWidget(self.actions)
        self.vsplit.setStretchFactor(0, 3)
        self.vsplit.setStretchFactor(1, 1)
        self.vsplit.setChildrenCollapsible(False)
        self.vsplit.setSizes([520, 200])
        self.hsplit.setSizes([640, 480])

        top = QHBoxLayout()
        top.addWidget(picker_label)
        top.addWidget(self.picker)
        top.addSpacing(16)
        top.addWidget(self.progress)
        top.addStretch(1)
        top.addWidget(self.step_bar)
        # Once every item is looked at and each thing to improve has a step, the plan's
        # step 4 offers to finish itself here, where the last one was assessed.
        self.plan_offer = StepOffer(ops, PlanStep.REVIEW, self)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.plan_offer)
        lay.addWidget(self.vsplit, 1)
        lay.addWidget(ReviewInsights(ops, self))

        self.picker.picked.connect(self._on_picked)
        self.nav = ItemNavigator(self.checklist, self.editor, self.maybe_save, self)
        self.checklist.add_requested.connect(self.add_item)
        self.checklist.delete_requested.connect(self.delete_item)
        self.checklist.interviews_requested.connect(self.add_new_interviews)
        self.empty.start_button.clicked.connect(self.start_review)
        self.editor.save_requested.connect(self.save)
        self.editor.action_requested.connect(self.make_action)
        self.editor.compare_requested.connect(self.compare)
        self.editor.answers_requested.connect(self.show_screening_answers)
        self.step_bar.finish_requested.connect(self.finish_review)
        self._set_tab_order()
        self.refresh()

    def title(self) -> str:
        return self.tr("Review")

    def _set_tab_order(self) -> None:
        c, e, a = self.checklist, self.editor, self.actions
        chain = [self.picker, self.step_bar.finish_button, self.empty.start_button, c.tree,
                 c.interviews_button, c.delete_button, c.stage, c.new_label, c.add_button,
                 e.label, e.compare_button, e.answers_button, *e.radios, e.note,
                 e.revert_button, e.save_button, e.action_area.text, e.action_area.due,
                 e.action_area.add_button, a.hide_done, a.delete_button, a.view]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- showing -------------------------------------------------------------------------
    def application_id(self) -> int | None:
        return self._app_id

    def show_application(self, app_id: int) -> None:
        if app_id == self._app_id or not self.maybe_save() or not self.picker.has(app_id):
            return
        self.picker.set_current(app_id)
        self._open(app_id)

    def _on_picked(self, app_id: int | None) -> None:
        if app_id == self._app_id:
            return
        if not self.maybe_save():
            self.picker.set_current(self._app_id)
            return
        self._open(app_id)

    def _open(self, app_id: int | None) -> None:
        """Show another application's checklist, starting at the first item not looked at."""
        self._app_id = app_id
        self.editor.load(None)
        self.refresh()
        items = self.checklist.model.items()
        first = next((i for i in items if i.outcome is None), items[0] if items else None)
        self.nav.go_to(first)

    def refresh(self) -> None:
        """Reload everything shown; unsaved edits in the editor stay as they are."""
        choices = self.ops.read(
            applications.list_choices, include_archived=not preferences.hide_archived())
        self.picker.set_choices(choices)
        if self._app_id is not None and not self.picker.has(self._app_id):
            self._app_id = None
        self.picker.set_current(self._app_id)
        self.picker.setEnabled(bool(choices))

        items = self.ops.read(review.list_items, self._app_id) if self._app_id else []
        self._answers = self.ops.read(sent_with.screening_answers, self._app_id) \
            if items and self._app_id else ()
        self.editor.set_screening_answers(bool(self._answers))
        self.nav.show_items(items)
        self.progress.setText(self.checklist.progress_text())
        if not choices:
            self.empty.show_nothing_yet()
        elif self._app_id is None:
            self.empty.show_choose()
        elif not items:
            self.empty.show_ready()
        self.pages.setCurrentIndex(CHECKLIST_PAGE if items else EMPTY_PAGE)
        self.actions.set_application(self._app_id)
        # Before a review starts, an empty action list would only be clutter.
        self.actions.setVisible(
            self._app_id is not None and bool(items or self.actions.model.rowCount()))
        self.checklist.set_new_interviews(
            self.ops.read(review.new_interview_count, self._app_id) if items else 0)
        plan = self.ops.read(plans.plan_for_application, self._app_id) if self._app_id else None
        self.step_bar.show_plan(plan, started=bool(items))
        self.plan_offer.show_for(self._app_id)
        self.nav.sync_buttons()

    def on_changed(self, topics: frozenset[str]) -> None:
        if topics & REFRESH_ON:
            self.refresh()

    def compare(self, kind: DocumentKind) -> CompareWindow | None:
        """What was sent, beside the job it was sent for (not modal: the item stays open to
        write in)."""
        if self._app_id is None:
            return None
        try:
            found = self.ops.read(documents.sent_beside, self._app_id, kind)
        except NotFoundError:
            return None
        company = self.picker.currentText().split(" — ")[0]
        window = CompareWindow(found, kind, company, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.compare_window = window
        window.show()
        return window

    def show_screening_answers(self) -> ScreeningAnswersWindow | None:
        """The application form's questions and the answers given, to read beside the item
        (not modal, as the comparison)."""
        if self._app_id is None or not self._answers:
            return None
        company = self.picker.currentText().split(" — ")[0]
        window = ScreeningAnswersWindow(self._answers, company, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.answers_window = window
        window.show()
        return window

    def show_record(self, kind: str, ident: int, app_id: int | None) -> None:
        if app_id:
            self.show_application(app_id)
        if kind == "review" and app_id == self._app_id:
            self.select_item(ident)

    def select_item(self, item_id: int) -> None:
        """Move to an item as if the user had clicked it."""
        self.nav.select_item(item_id)

    def selection(self) -> object:
        item = self.checklist.current_item()
        return (self._app_id, item.id if item is not None else None) if self._app_id else None

    def select_again(self, kept: object) -> None:
        match kept:
            case (int() as app_id, int() | None as item_id):
                self.show_application(app_id)
                if item_id is not None and self._app_id == app_id:
                    self.select_item(item_id)

    # --- unsaved edits -------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.editor.is_dirty()

    def unsaved_what(self) -> str:
        return self.tr("this checklist item")

    def save(self) -> bool:
        item_id = self.editor.item_id()
        if item_id is None or not self.editor.is_dirty():
            return True
        if not self.editor.check():
            return False
        data = self.editor.value()
        loaded = self.editor.loaded()
        # A finding to improve with no step yet: say so kindly, and save all the same.
        nudge = data.outcome == Outcome.TO_IMPROVE and loaded is not None \
            and not loaded.action_count
        done = (self.tr("Saved. When you're ready, turn it into one small step.") if nudge
                else self.tr("Saved."))
        following = self._next_to_assess(item_id) if (
            loaded is not None and loaded.outcome is None
            and data.outcome in (Outcome.WENT_WELL, Outcome.NOT_APPLICABLE)) else None
        row = self.ops.write(self, review.update_item, item_id, data, done=done,
                             on_invalid=self.editor.show_error)
        if row is None:
            return False
        self.editor.load(row, keep_action=True)
        if nudge:
            self.editor.action_area.show_nudge()
        elif following is not None:
            # Assessed, with nothing to plan: on to the next one still to look at, as a
            # person working down a checklist expects (once the list has caught up).
            QTimer.singleShot(0, lambda: self.nav.go_to_id(following))
        return True

    def _next_to_assess(self, item_id: int) -> int | None:
        """The first item after ``item_id`` (then from the top) not yet assessed."""
        items = self.checklist.model.items()
        at = next((n for n, i in enumerate(items) if i.id == item_id), -1)
        later = items[at + 1:] + items[:max(at, 0)]
        return next((i.id for i in later if i.outcome is None and i.id != item_id), None)

    def discard(self) -> None:
        self.editor.revert()

    def show_section(self, name: str) -> None:
        """``review``: the plan's step 4 lands on the start button, or on the first item
        not yet looked at."""
        if name != "review" or self._app_id is None:
            return
        items = self.checklist.model.items()
        if not items:
            self.empty.start_button.setFocus()
            return
        first = next((i for i in items if i.outcome is None), None)
        if first is not None and first.id != self.editor.item_id():
            self.select_item(first.id)  # asks about unsaved edits first, like a click
        self.checklist.tree.setFocus()

    def finish_review(self) -> None:
        plan = self.step_bar.plan()
        if plan is None or not self.maybe_save():
            return
        self.ops.write(self, plans.set_step, plan.id, PlanStep.REVIEW, StepState.DONE,
                       done=self.tr("Step 4 is done. What you carry forward is in your "
                                    "actions."))

    # --- writes --------------------------------------------------------------------------
    def start_review(self) -> None:
        if self._app_id is None:
            return
        items = self.ops.write(self, review.ensure_checklist, self._app_id,
                               done=self.tr("Your checklist is ready. Take it one item at a time."))
        if items:
            self.nav.go_to(items[0])
            self.checklist.tree.setFocus()

    def add_new_interviews(self) -> None:
        if self._app_id is None:
            return
        before = {i.id for i in self.checklist.model.items()}
        items = self.ops.write(self, review.ensure_checklist, self._app_id,
                               done=self.tr("Added from the timeline."))
        added = [i for i in items or [] if i.id not in before]
        if added and self.maybe_save():
            self.nav.go_to(added[0])

    def add_item(self, stage: ReviewStage, label: str) -> None:
        if self._app_id is None:
            return
        row = self.ops.write(self, review.add_item, self._app_id, stage, label,
                             done=self.tr("Item added."),
                             on_invalid=lambda exc: self.checklist.error.show_message(
                                 ops_module.translate_message(exc.message)))
        if row is None:
            return
        self.checklist.added()
        if self.maybe_save():
            self.nav.go_to_id(row.id)

    def delete_item(self) -> None:
        item = self.editor.loaded()
        if item is None:
            return
        text = fill(self.tr("Delete “%1” from this checklist? Its note goes with it; actions you "
                            "made from it stay."), labels.review_item(item))
        if not dialogs.confirm_delete(self, self.tr("Delete item"), text):
            return
        # The refresh after the write notices the item is gone and clears the editor.
        self.ops.run(self, review.delete_item, item.id, done=self.tr("Item deleted."))

    def make_action(self, text: str, due_on: dt.date | None) -> None:
        item_id = self.editor.item_id()
        if item_id is None or not self.save():
            return
        action = self.ops.write(self, review.make_action, item_id, text, due_on,
                                done=self.tr("Added to your actions."),
                                on_invalid=self.editor.action_area.show_error)
        if action is None:
            return
        loaded = self.editor.loaded()
        self.editor.action_area.reset(loaded.action_count if loaded else 0)
        index = self.actions.index_of(action.id)
        if index.isValid():
            self.actions.view.selectRow(index.row())

    # --- layout between runs -------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        save_widget_state(settings, f"{self.key}/vsplit", self.vsplit)
        save_widget_state(settings, f"{self.key}/hsplit", self.hsplit)
        save_widget_state(settings, f"{self.key}/tree", self.checklist.tree.header())
        settings.setValue(f"{self.key}/hide_done", self.actions.hide_done.isChecked())
        settings.setValue(f"{self.key}/application", self._app_id or 0)

    def restore_state(self, settings: QSettings) -> None:
        restore_widget_state(settings, f"{self.key}/vsplit", self.vsplit)
        restore_widget_state(settings, f"{self.key}/hsplit", self.hsplit)
        restore_widget_state(settings, f"{self.key}/tree", self.checklist.tree.header())
        # bool(): type=bool makes it one already, but value() is typed as object.
        self.actions.hide_done.setChecked(
            bool(settings.value(f"{self.key}/hide_done", False, type=bool)))
        app_id = settings.value(f"{self.key}/application", 0, type=int)
        if isinstance(app_id, int) and app_id:  # type=int makes it one; value() says object
            self.show_application(app_id)
