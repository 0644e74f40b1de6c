"""The action items of one application, whatever they came from: tick, rename, delete."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bounceback.services import actions
from bounceback.services.actions import ActionRow
from bounceback.services.errors import ValidationError
from bounceback.ui.common import dialogs
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.ops import Ops, translate_message
from bounceback.ui.common.table_model import ROW_ROLE, FilterProxy
from bounceback.ui.common.views import on_delete_key, table_look
from bounceback.ui.common.widgets import ErrorLabel
from bounceback.ui.review.editor import hint_label
from bounceback.ui.review.models import ActionsModel
from bounceback.ui.theme.icons import Icon, icon
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole


class ActionsPanel(QWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._app_id: int | None = None

        self.heading = QLabel(self.tr("Actions for this application"), self)
        set_role(self.heading, TextRole.STRONG)
        self.hide_done = QCheckBox(self.tr("Hide done ones"), self)
        self.delete_button = QPushButton(self.tr("D&elete action"), self)
        self.delete_button.setIcon(icon(Icon.DELETE))
        self.model = ActionsModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setSortingEnabled(False)
        self.view.verticalHeader().hide()
        table_look(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ActionsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ActionsModel.SOURCE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActionsModel.DUE, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setToolTip(self.tr("Tick an action when it's done; double-click to reword it."))
        self.empty = hint_label("", self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.error = ErrorLabel(self)

        self.view.setAccessibleName(self.tr("Actions for this application"))
        self.hide_done.setAccessibleName(self.tr("Hide done ones among the actions"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected action"))

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.hide_done)
        top.addWidget(self.delete_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.stack, 1)
        lay.addWidget(self.error)

        self.hide_done.toggled.connect(self._apply_filter)
        self.delete_button.clicked.connect(self.delete_selected)
        self.model.done_requested.connect(self.set_done)
        self.model.text_edited.connect(self.rename)
        self.view.selectionModel().selectionChanged.connect(self._sync)
        self.proxy.modelReset.connect(self._sync)
        self.proxy.rowsRemoved.connect(self._sync)
        on_delete_key(self.view, self.delete_selected)
        self._sync()

    # --- showing -------------------------------------------------------------------------
    def set_application(self, app_id: int | None) -> None:
        self._app_id = app_id
        self.error.clear_message()
        self.refresh()

    def refresh(self) -> None:
        rows = (
            self.ops.read(actions.list_actions, application_id=self._app_id)
            if self._app_id is not None
            else []
        )
        self.model.set_rows(rows)
        self._sync()

    def _apply_filter(self, hide: bool) -> None:
        self.proxy.set_predicate((lambda r: not r.done) if hide else None)
        self._sync()

    def _sync(self, *_args: object) -> None:
        self.delete_button.setEnabled(self.selected() is not None)
        total = self.model.rowCount()
        if total == 0:
            self.empty.setText(
                self.tr(
                    "No actions yet. When something could go better next time, mark it “to "
                    "improve” above and turn it into one small step."
                )
            )
        elif self.proxy.rowCount() == 0:
            self.empty.setText(self.tr("Every action here is done."))
        self.stack.setCurrentIndex(0 if self.proxy.rowCount() else 1)

    def selected(self) -> ActionRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def rows(self) -> list[ActionRow]:
        """The rows shown, in view order."""
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def index_of(self, action_id: int) -> QModelIndex:
        src = self.model.row_of_id(action_id)
        return self.proxy.mapFromSource(self.model.index(src, 0)) if src >= 0 else QModelIndex()

    # --- writing -------------------------------------------------------------------------
    def set_done(self, action_id: int, done: bool) -> None:
        self.error.clear_message()
        self.ops.write(
            self,
            actions.set_done,
            action_id,
            done,
            done=self.tr("Marked as done.") if done else self.tr("Marked as open."),
        )

    def rename(self, action_id: int, text: str) -> None:
        row = self.model.row_at(self.model.row_of_id(action_id))
        result = self.ops.write(
            self,
            actions.update_action,
            action_id,
            text=text,
            due_on=row.due_on,
            done=self.tr("Saved."),
            on_invalid=self._show_error,
        )
        if result is not None:
            self.error.clear_message()

    def _show_error(self, exc: ValidationError) -> None:
        self.error.show_message(translate_message(exc.message))

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not dialogs.confirm_delete(
            self,
            self.tr("Delete action"),
            fill(self.tr("Delete the action “%1”?"), row.text),
        ):
            return
        self.ops.run(
            self, actions.delete_action, row.id, done=self.tr("Action deleted.")
        )
