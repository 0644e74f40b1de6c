"""Small, consistent questions: confirm a delete, keep or discard unsaved changes."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLayout,
    QMessageBox,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from bounceback.ui.common.i18n import fill, tr


def confirm_delete(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before deleting; Cancel is the default so Enter never deletes by accident."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    delete = box.addButton(tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is delete


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None, what: str) -> Unsaved:
    """``what`` names the thing being edited, e.g. "this check-in"."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Unsaved changes"),
        fill(tr("You have changes to %1 that aren't saved yet. Save them?"), what),
        parent=parent,
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


class GrowingDialog(QDialog):
    """A dialog that grows to show all it holds whenever that changes (an error appears, a
    language with longer words is chosen), and can't be made smaller than that.

    Qt sizes a window with wrapped text only when it is first shown; after that, a message
    that appears squeezes the fields and cuts the text off instead of making room.
    """

    def needed_height(self, width: int) -> int:
        layout = self.layout()
        if layout is None:
            return 0
        need = layout.totalMinimumSize().height()
        if layout.hasHeightForWidth():
            need = max(need, layout.totalHeightForWidth(width))
        return need

    def fit_content(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        # Never narrower than the fields and their labels (a minimum width set by hand, or
        # the screen's cap on a window's first size, would squeeze them), nor shorter than
        # the text wrapped at that width.
        least = layout.totalMinimumSize().width()
        if self.minimumWidth() < least:
            self.setMinimumWidth(least)
        width = max(self.width(), least)
        need = self.needed_height(width)
        if self.minimumHeight() != need:
            self.setMinimumHeight(need)
        if self.width() < width or self.height() < need:
            self.resize(width, max(self.height(), need))
            self._stay_on_screen()

    def _stay_on_screen(self) -> None:
        """Grown downwards past the screen's edge, the dialog moves up to show it all."""
        screen = self.screen()
        if screen is None or not self.isVisible():
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry()
        if frame.bottom() > area.bottom():
            self.move(self.x(), max(area.top(), self.y() - (frame.bottom() - area.bottom())))

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit_content()
        return handled

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_content()  # narrower, the text wraps onto more lines


def scrolling_body(dialog: QDialog, body: QLayout, *below: QWidget) -> QScrollArea:
    """Lay ``dialog`` out as ``body`` in a scroll area with ``below`` (its buttons) under it,
    always in view, and open it no larger than the screen's free area: at large fonts on a
    small screen (2× on 1280×800) the content scrolls instead of the buttons falling off
    the screen."""
    holder = QWidget(dialog)
    holder.setLayout(body)
    area = QScrollArea(dialog)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; it follows them
    area.setWidget(holder)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area, 1)
    for widget in below:
        row = QVBoxLayout()
        margin = dialog.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        row.setContentsMargins(margin, 0, margin, margin)
        row.addWidget(widget)
        outer.addLayout(row)
    return area


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """``window.resize(width, height)``, no larger than the screen's free area."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        # Room for the window's frame and title bar, which the size given leaves out.
        width = min(width, area.width() - 16)
        height = min(height, area.height() - 48)
    window.resize(width, height)
