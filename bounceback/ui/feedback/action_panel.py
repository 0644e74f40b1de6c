"""The action items that came from one feedback note: tick them off, add, edit, delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.enums import ActionSource
from bounceback.services import actions
from bounceback.services.actions import ActionInput, ActionRow
from bounceback.services.errors import ValidationError
from bounceback.ui.common import dialogs
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.ops import Ops, translate_message
from bounceback.ui.common.table_model import FilterProxy
from bounceback.ui.common.views import on_delete_key, table_look
from bounceback.ui.common.widgets import DateEdit, ErrorLabel, from_today
from bounceback.ui.feedback.models import ActionModel
from bounceback.ui.theme.icons import Icon, icon

ACTION_LIMIT = 2000


class ActionDialog(QDialog):
    """Change an action item's text and due date. ``save`` writes and says whether it worked."""

    def __init__(
        self,
        parent: QWidget,
        row: ActionRow,
        save: Callable[[ActionDialog, str, dt.date | None], bool],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit action item"))
        self._save = save
        self.text = QLineEdit(row.text, self)
        self.text.setMaxLength(ACTION_LIMIT)
        self.text.setAccessibleName(self.tr("Action"))
        self.text.setMinimumWidth(360)
        self.due = DateEdit(self, optional=True, default=from_today(days=7))
        self.due.set_value(row.due_on)
        self.due.setAccessibleName(self.tr("Due date"))
        self.error = ErrorLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Action"), self.text)
        form.addRow(self.tr("&Due"), self.due)
        form.addRow(self.error)
        form.addRow(buttons)

    def accept(self) -> None:
        text = self.text.text().strip()
        if not text:
            self.show_message(self.tr("What is the step? A few words are enough."))
            return
        if self._save(self, text, self.due.value()):
            super().accept()

    def show_message(self, text: str) -> None:
        self.error.show_message(text)
        self.text.setFocus()


class ActionPanel(QGroupBox):
    """Action items of one feedback note. Disabled, with a hint, until the note is saved."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Action items from this feedback"))
        self.ops = ops
        self.app_id: int | None = None
        self.feedback_id: int | None = None
        self.answered = False
        self.dialog: ActionDialog | None = None

        self.model = ActionModel(self)
        self.model.done_toggled.connect(self._set_done)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.hint = QLabel(self)
        self.hint.setWordWrap(True)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        table_look(self.view)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.view.setAccessibleName(self.tr("Action items"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)

        self.text = QLineEdit(self)
        self.text.setMaxLength(ACTION_LIMIT)
        self.text.setPlaceholderText(self.tr("A next step, e.g. Practise the salary question"))
        self.text.setAccessibleName(self.tr("New action item"))
        self.text.returnPressed.connect(self.add)
        self.text.textChanged.connect(self._update_buttons)
        self.due = DateEdit(self, optional=True, default=from_today(days=7))
        self.due.setAccessibleName(self.tr("Due date of the new action item"))
        self.due.setToolTip(self.tr("Due date (optional)"))
        self.add_button = QPushButton(self.tr("Add ste&p"), self)
        self.add_button.setIcon(icon(Icon.NEW))
        self.add_button.setAccessibleName(self.tr("Add step to the action items"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Ed&it…"), self)
        self.edit_button.setIcon(icon(Icon.EDIT))
        self.edit_button.setAccessibleName(self.tr("Edit the selected action item"))
        self.edit_button.clicked.connect(self.edit_selected)
        # No mnemonic: the Delete key on the list does it, and Alt+T is "reaction" above.
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setIcon(icon(Icon.DELETE))
        self.delete_button.setAccessibleName(self.tr("Delete the selected action item"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.error = ErrorLabel(self)

        on_delete_key(self.view, self.delete_selected)

        entry = QHBoxLayout()
        entry.addWidget(self.text, 1)
        due_label = QLabel(self.tr("due"), self)
        due_label.setBuddy(self.due)
        entry.addWidget(due_label)
        entry.addWidget(self.due)
        entry.addWidget(self.add_button)
        row_buttons = QHBoxLayout()
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.edit_button)
        row_buttons.addWidget(self.delete_button)

        # Tab follows the eye: the list, what to do with its selection, then adding one.
        for a, b in (
            (self.view, self.edit_button),
            (self.edit_button, self.delete_button),
            (self.delete_button, self.text),
            (self.text, self.due),
            (self.due, self.add_button),
        ):
            QWidget.setTabOrder(a, b)

        lay = QVBoxLayout(self)
        lay.addWidget(self.hint)
        lay.addWidget(self.view)
        lay.addLayout(row_buttons)
        lay.addLayout(entry)
        lay.addWidget(self.error)
        self.set_note(None, None)

    # --- what is shown -------------------------------------------------------------------
    def set_note(
        self, app_id: int | None, feedback_id: int | None, answered: bool = False
    ) -> None:
        """Show a saved note's action items; ``feedback_id`` None means "save the note first".
        ``answered``: the feedback is in, so it is time to decide what to do with it."""
        changed = feedback_id != self.feedback_id
        self.app_id, self.feedback_id, self.answered = app_id, feedback_id, answered
        if changed:
            self.text.clear()
            self.due.clear()
            self.error.clear_message()
        self.refresh()

    def refresh(self) -> None:
        rows = (
            self.ops.read(actions.list_actions, feedback_id=self.feedback_id)
            if self.feedback_id is not None
            else []
        )
        self.model.set_rows(rows)
        self._fit_height(len(rows))
        saved = self.feedback_id is not None
        for w in (self.view, self.text, self.due):
            w.setEnabled(saved)
        if not saved:
            self.hint.setText(
                self.tr(
                    "Save this note first; then you can turn what you learned into action items."
                )
            )
        elif not rows and self.answered:
            self.hint.setText(
                self.tr("What will you do with this? e.g. emphasise leadership in answers; "
                        "rephrase resume bullets.")
            )
        elif not rows:
            self.hint.setText(
                self.tr("What will you do with this feedback? Small, concrete steps work best.")
            )
        else:
            open_count = sum(1 for r in rows if not r.done)
            self.hint.setText(
                # The count is of what is left ("Queda 1 de 3" in Spanish, "Quedan 2 de 3").
                fill(self.tr("%Ln of %1 still to do.", "", open_count), len(rows))
                if open_count
                else self.tr("All of these are done.")
            )
        self._update_buttons()

    def has_items(self) -> bool:
        return self.model.rowCount() > 0

    def _fit_height(self, count: int) -> None:
        # Tall enough for the items (3 to 8 rows); the page scrolls, not this little list.
        rows = max(3, min(count, 8))
        height = (
            self.view.horizontalHeader().sizeHint().height()
            + rows * self.view.verticalHeader().defaultSectionSize()
            + 2 * self.view.frameWidth()
        )
        self.view.setFixedHeight(height)

    def _update_buttons(self, *_args: object) -> None:
        saved = self.feedback_id is not None
        self.add_button.setEnabled(saved and bool(self.text.text().strip()))
        has = self.current_row() is not None
        self.edit_button.setEnabled(saved and has)
        self.delete_button.setEnabled(saved and has)

    def current_row(self) -> ActionRow | None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(idx).row())

    def select_id(self, ident: int) -> None:
        row = self.model.row_of_id(ident)
        if row >= 0:
            self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    # --- writes --------------------------------------------------------------------------
    def add(self) -> None:
        text = self.text.text().strip()
        if self.feedback_id is None or not text:
            return
        data = ActionInput(
            text=text,
            due_on=self.due.value(),
            source=ActionSource.FEEDBACK,
            application_id=self.app_id,
            feedback_id=self.feedback_id,
        )
        result = self.ops.write(
            self,
            actions.create_action,
            data,
            done=self.tr("Action item added."),
            on_invalid=self._show_error,
        )
        if result is not None:
            self.text.clear()
            self.due.clear()
            self.error.clear_message()
            self.select_id(result.id)
            self.text.setFocus()

    def _show_error(self, exc: ValidationError) -> None:
        self.error.show_message(translate_message(exc.message))
        self.text.setFocus()

    def _set_done(self, action_id: int, done: bool) -> None:
        # On failure the store is unchanged; reloading puts the box back as it was.
        if (
            self.ops.write(self, actions.set_done, action_id, done)
            is None
        ):
            self.refresh()

    def edit_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self.dialog = ActionDialog(
            self, row, lambda dlg, text, due: self._update(dlg, row.id, text, due)
        )
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _update(self, dlg: ActionDialog, action_id: int, text: str, due: dt.date | None) -> bool:
        result = self.ops.write(
            dlg,
            actions.update_action,
            action_id,
            text=text,
            due_on=due,
            done=self.tr("Saved."),
            on_invalid=lambda exc: dlg.show_message(translate_message(exc.message)),
        )
        return result is not None

    def delete_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if not dialogs.confirm_delete(
            self,
            self.tr("Delete action item"),
            fill(self.tr("Delete this action item?\n\n“%1”"), row.text),
        ):
            return
        source_row = self.model.row_of_id(row.id)
        self.ops.write(
            self,
            actions.delete_action,
            row.id,
            done=self.tr("Action item deleted."),
        )
        # The write returns nothing either way; the reloaded list tells whether it worked.
        if self.model.row_of_id(row.id) < 0:
            # Keep the keyboard where it was: select the item that took its place.
            count = self.model.rowCount()
            if count:
                self.view.setCurrentIndex(
                    self.proxy.mapFromSource(self.model.index(min(source_row, count - 1), 0))
                )
