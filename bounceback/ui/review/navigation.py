"""Which checklist item the Review tab's editor shows, kept in step with the tree's selection.

This is the fiddly part of the tab, so it lives on its own: moving the selection from code must
not look like a click, and a click away from unsaved edits asks first and, if the user stays,
puts the selection back once Qt has finished selecting what was clicked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QTimer

from bounceback.services.review import ReviewItemRow
from bounceback.ui.review.checklist import ChecklistPanel
from bounceback.ui.review.editor import ItemEditor


class ItemNavigator(QObject):
    """Moves between checklist items. ``maybe_save`` is the tab's: it asks about unsaved edits
    and returns False if the user wants to stay where they are."""

    def __init__(self, checklist: ChecklistPanel, editor: ItemEditor,
                 maybe_save: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checklist = checklist
        self.editor = editor
        self._maybe_save = maybe_save
        self._quiet = 0  # >0 while the code, not the user, moves the tree's selection
        checklist.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        editor.edited.connect(self.sync_buttons)

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def show_items(self, items: list[ReviewItemRow]) -> None:
        """Show a fresh list of items; unsaved edits in the editor stay as they are."""
        with self._quietly():
            self.checklist.model.set_items(items)
            self.checklist.tree.expandAll()
        current = next((i for i in items if i.id == self.editor.item_id()), None)
        if current is None:
            self.editor.load(None)
        elif not self.editor.is_dirty():
            self.editor.load(current, keep_action=True)
        else:
            self.editor.action_area.set_count(current.action_count)
        self._select(current.id if current else None)

    def _select(self, item_id: int | None) -> None:
        tree = self.checklist.tree
        index = self.checklist.model.index_of_id(item_id)
        with self._quietly():
            if index.isValid():
                tree.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                tree.scrollTo(index)
            else:
                tree.selectionModel().clear()

    def go_to(self, item: ReviewItemRow | None) -> None:
        """Load this item (or none) into the editor and select it, without asking anything."""
        self.editor.load(item)
        self._select(item.id if item else None)
        self.sync_buttons()

    def go_to_id(self, item_id: int) -> None:
        self.go_to(self.checklist.model.item_at(self.checklist.model.index_of_id(item_id)))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        item = self.checklist.model.item_at(current)
        if item is None or item.id == self.editor.item_id():
            return  # a stage heading, or the same item
        if not self._maybe_save():
            # Again once the click has finished selecting what was clicked.
            self._select(self.editor.item_id())
            QTimer.singleShot(0, lambda: self._select(self.editor.item_id()))
            return
        # Saving reloads the model; look the item up again by id.
        self.go_to_id(item.id)

    def select_item(self, item_id: int) -> None:
        """Move to an item as if the user had clicked it."""
        self.checklist.tree.setCurrentIndex(self.checklist.model.index_of_id(item_id))

    def sync_buttons(self) -> None:
        self.checklist.delete_button.setEnabled(self.editor.item_id() is not None)
