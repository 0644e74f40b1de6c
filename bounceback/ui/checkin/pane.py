"""The right side of the Check-in tab: the form in a scroll area, the messages under it, and
Save / Undo changes / Delete. Only layout here: the tab wires the buttons.

The moments (a check-in saved, step 1 done) are said just above Save, outside the scroll
area: where the eyes are after the click, whatever part of the form is in view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bounceback.ui.checkin.moment import MomentBanner
from bounceback.ui.common.widgets import ErrorLabel
from bounceback.ui.theme.icons import Icon, icon


class EditorPane(QWidget):
    # Hides QWidget.scroll(dx, dy), which nothing calls; tests scroll through this name.
    scroll: QScrollArea  # type: ignore[assignment]

    def __init__(self, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = ErrorLabel(self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.moment = MomentBanner(self)

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setIcon(icon(Icon.SAVE))
        self.save_button.setToolTip(self.tr("Save this check-in (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("&Undo changes"), self)
        self.revert_button.setToolTip(self.tr("Go back to what was last saved"))
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setIcon(icon(Icon.DELETE))
        self.delete_button.setToolTip(self.tr("Delete this check-in (Delete)"))
        for button, name in (
            (self.save_button, self.tr("Save check-in")),
            (self.revert_button, self.tr("Undo changes")),
            (self.delete_button, self.tr("Delete check-in")),
        ):
            button.setAccessibleName(name)

        holder = QWidget(self)
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(16, 12, 16, 12)
        inner.addWidget(form)
        self.scroll = QScrollArea(self)
        self.scroll.setAccessibleName(self.tr("Check-in"))
        # Tab goes straight to the controls inside; the area scrolls to whichever has focus
        # (a focusable scroll area is a silent Tab stop, and where focus lands after a save).
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(holder)
        # The same as scroll.widget(), which is typed as possibly None.
        self.holder = holder

        messages = QVBoxLayout()
        messages.setContentsMargins(16, 0, 16, 0)
        messages.addWidget(self.moment)
        messages.addWidget(self.notice)
        messages.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(16, 0, 16, 0)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 8)
        lay.addWidget(self.scroll, 1)
        lay.addLayout(messages)
        lay.addLayout(buttons)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
