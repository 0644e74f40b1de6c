"""The Bounce back tab: every open plan, and the four steps of the one you pick.

Each step opens the tab where it happens, already on that application. Nothing here nags:
steps can be skipped, plans dismissed, and finished ones leave the list by themselves.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
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
from bounceback.services.plans import PlanRow
from bounceback.ui.common import labels
from bounceback.ui.common import ops as topics
from bounceback.ui.common.ops import Ops
from bounceback.ui.common.tab import TabPage, restore_widget_state, save_widget_state
from bounceback.ui.common.table_model import Column, FilterProxy, RowTableModel
from bounceback.ui.common.views import setup_row_table
from bounceback.ui.common.widgets import OptionalDateEdit
from bounceback.ui.plan.step_card import StepCard

WATCHED = frozenset({topics.PLANS, topics.APPLICATIONS, topics.EVENTS})

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
                   sort=lambda p: labels.iso(p.rejected_on)),
            Column(self.tr("Steps"), lambda p: self._progress(p), sort=lambda p: p.finished_count),
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
        self.show_all = QCheckBox(self.tr("Show &finished and put-away plans"), self)
        self.show_all.setAccessibleName(self.tr("Show finished and put-away plans"))
        self.show_all.toggled.connect(lambda _on: self.refresh())
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
        left_lay.addWidget(self.view, 1)
        left_lay.addWidget(self.list_empty, 1)
        left_lay.addWidget(self.show_all)

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.subheading = QLabel(self)
        self.subheading.setWordWrap(True)
        self.cards = [StepCard(i + 1, step, self) for i, step in enumerate(plans.STEPS)]
        for card in self.cards:
            card.open_requested.connect(self._open_step)
            card.state_requested.connect(self._set_step)

        self.reapply = OptionalDateEdit(self)
        self.reapply.setAccessibleName(self.tr("Reapply after"))
        self.reapply_save = QPushButton(self.tr("Sa&ve date"), self)
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
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(detail)

        self.placeholder = QLabel(self.tr("Pick a plan on the left."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.placeholder)
        self.right.addWidget(scroll)

        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(left)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([420, 740])
        lay = QVBoxLayout(self)
        lay.addWidget(self.split)
        self.refresh()

    def title(self) -> str:
        return self.tr("Bounce back")

    def _progress(self, plan: PlanRow) -> str:
        if plan.dismissed:
            return self.tr("Put away")
        return self.tr("%1 of 4").replace("%1", str(plan.finished_count))

    # --- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        rows = self.ops.read(plans.list_plans, open_only=not self.show_all.isChecked())
        self.model.set_rows(rows)
        has = bool(rows)
        self.view.setVisible(has)
        self.list_empty.setVisible(not has)
        self.list_empty.setText(self.tr(
            "No open plans.\nWhen a “no” comes, mark the application “Not selected” in the "
            "Timeline and a plan appears here."))
        if self._plan is not None:
            self._select(self._plan.id)
        elif has:
            first = self.proxy.mapToSource(self.proxy.index(0, 0))
            self._select(self.model.row_at(first.row()).id)
        else:
            self._show(None)

    def on_changed(self, changed: frozenset[str]) -> None:
        if changed & WATCHED:
            self.refresh()

    def _select(self, plan_id: int) -> None:
        row = self.model.row_of_id(plan_id)
        if row < 0:
            try:
                self._show(self.ops.read(plans.get_plan, plan_id))
            except NotFoundError:
                self._show(None)
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
        self.heading.setText(self.tr("After %1 — %2").replace("%1", plan.company)
                             .replace("%2", plan.role))
        when = labels.date(plan.rejected_on)
        sub = self.tr("Not selected on %1. Take the steps at your own pace; skip any that "
                      "don't fit.").replace("%1", when) if when else ""
        if plan.complete:
            sub = self.tr("All four steps are behind you. Well done for taking the time.")
        self.subheading.setText(sub)
        nxt = plan.next_step()
        for card in self.cards:
            card.set_state(plan.states[card.step])
            card.open_button.setDefault(card.step == nxt)
        detail = self.ops.read(applications.get_application, plan.application_id)
        same = previous is not None and previous.id == plan.id
        if not (same and self.reapply.value() != self._saved_reapply):
            self.reapply.set_value(detail.reapply_after)  # keep a date being typed
        self._saved_reapply = detail.reapply_after
        self._update_reapply_button()
        self.dismiss_button.setText(self.tr("Bring &back") if plan.dismissed
                                    else self.tr("&Put this plan away"))

    def show_application(self, app_id: int) -> None:
        plan = self.ops.read(plans.plan_for_application, app_id)
        if plan is None:
            return
        if not plan.is_open and not self.show_all.isChecked():
            self.show_all.setChecked(True)
        self._select(plan.id)

    # --- actions -------------------------------------------------------------------------
    def _open_step(self, step: PlanStep) -> None:
        if self._plan is not None:
            self.open_in_tab.emit(STEP_TARGETS[step], self._plan.application_id)

    def _set_step(self, step: PlanStep, state: StepState) -> None:
        if self._plan is None:
            return
        done = {StepState.DONE: self.tr("Step done. Be proud of taking it."),
                StepState.SKIPPED: self.tr("Skipped. That's fine.")}.get(state)
        self.ops.write(self, plans.set_step, self._plan.id, step, state,
                       topics={topics.PLANS}, done=done)

    def _toggle_dismissed(self) -> None:
        if self._plan is None:
            return
        put_away = not self._plan.dismissed
        done = self.tr("Put away. “Show finished and put-away plans” brings it back.") \
            if put_away else self.tr("The plan is back in your list.")
        self.ops.write(self, plans.set_dismissed, self._plan.id, put_away,
                       topics={topics.PLANS}, done=done)

    def _update_reapply_button(self) -> None:
        self.reapply_save.setEnabled(self.has_unsaved_changes())

    def _save_reapply(self) -> None:
        if self._plan is None:
            return
        when = self.reapply.value()
        done = self.tr("Saved. You'll find this company's story ready when you reapply.") \
            if when else self.tr("Reapply date cleared.")
        self.ops.write(self, applications.set_reapply_after, self._plan.application_id, when,
                       topics={topics.APPLICATIONS, topics.PLANS}, done=done)

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
