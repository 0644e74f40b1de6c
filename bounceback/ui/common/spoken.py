"""What a screen reader says of a control, where Qt's accessible name is not enough."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel


def name_combo(combo: QComboBox, name: str) -> QLabel:
    """Name ``combo`` ``name`` for screen readers on every system, where no label shown beside
    it says what it is for.

    On Linux (AT-SPI) Qt gives a combo box its value as its name and ignores
    setAccessibleName, so Orca said only "All statuses, combo box": what it is for reaches
    a screen reader there only from a label whose buddy it is. This adds one that is never
    shown (screen readers read a label's name, seen or not). Call it once the combo box is in
    its layout: the label must be its sibling.
    """
    combo.setAccessibleName(name)  # what Windows and macOS say
    label = QLabel(name, combo.parentWidget())
    label.setBuddy(combo)
    label.hide()
    return label
