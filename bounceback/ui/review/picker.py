"""The Review tab's application picker, on its own so the tab doesn't have to tell its own
moves of the combo box apart from the user's: rebuilding the list after a change elsewhere,
or following another tab's "show this application", never looks like the user picked one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget


class ApplicationPicker(QComboBox):
    """The applications by name, with their ids as item data.

    ``picked`` (an id, or None for no choice) is emitted only when the user picks; ``set_choices``
    and ``set_current`` move the box quietly.
    """

    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[tuple[int, str]] = []
        self._quiet = 0  # >0 while the code, not the user, moves the box
        self.setPlaceholderText(self.tr("Choose an application…"))
        self.setMinimumContentsLength(32)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setAccessibleName(self.tr("Application to review"))
        self.currentIndexChanged.connect(self._on_index_changed)

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def _on_index_changed(self, index: int) -> None:
        if not self._quiet:
            self.picked.emit(self.itemData(index) if index >= 0 else None)

    def set_choices(self, choices: list[tuple[int, str]]) -> None:
        """Show these ``(id, text)`` choices; the list is rebuilt only if they changed."""
        if choices == self._choices:
            return
        self._choices = choices
        with self._quietly():
            self.clear()
            for app_id, text in choices:
                self.addItem(text, app_id)

    def has(self, app_id: int) -> bool:
        return self.findData(app_id) >= 0

    def set_current(self, app_id: int | None) -> None:
        """Show this application (or none) as chosen, without emitting ``picked``."""
        with self._quietly():
            self.setCurrentIndex(self.findData(app_id) if app_id else -1)
