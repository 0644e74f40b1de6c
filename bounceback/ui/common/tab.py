"""What the main window expects of each tab. Tabs never import each other: they talk to the
window through these methods and to each other only through ``Ops.changed`` and
``open_application`` requests."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from bounceback.ui.common import dialogs
from bounceback.ui.common.ops import Ops


class TabPage(QWidget):
    # Ask the window to show an application in another tab: (tab key, application id).
    open_in_tab = Signal(str, int)

    key = ""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        # What changed while this tab was out of sight; it catches up when it is shown.
        self._pending: frozenset[str] = frozenset()
        ops.changed.connect(self._changed)

    def _changed(self, topics: frozenset[str]) -> None:
        # One write would otherwise reload every tab in the window: a tab the person can't
        # see (another one is in front) waits until it is shown. A tab on its own (no window
        # around it) always refreshes at once.
        if self.window() is not self and not self.isVisible():
            self._pending |= topics
            return
        self.on_changed(topics)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            topics, self._pending = self._pending, frozenset()
            self.on_changed(topics)

    def title(self) -> str:
        raise NotImplementedError

    def on_changed(self, topics: frozenset[str]) -> None:
        """Refresh what ``topics`` touch. Called after every write anywhere."""

    def show_application(self, app_id: int) -> None:
        """Focus this tab on one application, if it can."""

    def show_section(self, name: str) -> None:
        """After ``show_application``: bring one part of the tab forward (a step of the plan
        lands there). Unknown names are ignored."""

    def show_record(self, kind: str, ident: int, app_id: int | None) -> None:
        """Open one record (a search result, a reminder): by default its application."""
        if app_id:
            self.show_application(app_id)

    # --- unsaved edits -------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return False

    def unsaved_what(self) -> str:
        return self.tr("this item")

    def save(self) -> bool:
        """Save the open editor; True when saved (or nothing to save)."""
        return True

    def discard(self) -> None:
        """Throw away unsaved edits."""

    def maybe_save(self) -> bool:
        """Before the editor's content is replaced or the window closes: True to go on."""
        if not self.has_unsaved_changes():
            return True
        # Called through the module so tests can script the answer.
        answer = dialogs.ask_unsaved(self, self.unsaved_what())
        if answer is dialogs.Unsaved.SAVE:
            return self.save()
        if answer is dialogs.Unsaved.DISCARD:
            self.discard()
            return True
        return False

    # --- what is selected, across a change of language -----------------------------------
    def selection(self) -> object:
        """What is selected in this tab (the record open, the list or page in front), for
        the tab built anew to select again: a new language builds every tab again
        (MainWindow.retranslate). None when there is nothing to keep."""
        return None

    def select_again(self, kept: object) -> None:
        """In a tab just built, select what :meth:`selection` gave. A record deleted
        meanwhile is simply not selected."""

    # --- layout between runs -------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        """Store splitter sizes, column widths ... under ``self.key``."""

    def restore_state(self, settings: QSettings) -> None:
        pass


def save_widget_state(settings: QSettings, key: str, widget: QSplitter | QHeaderView) -> None:
    """Splitters and header views both offer saveState(); keep them under one key."""
    settings.setValue(key, widget.saveState())


def restore_widget_state(
    settings: QSettings, key: str, widget: QSplitter | QHeaderView
) -> None:
    state = settings.value(key)
    if state is not None:
        # value() is typed as object; what is stored here is saveState()'s QByteArray (anything
        # else still makes restoreState raise, as before).
        widget.restoreState(cast(QByteArray, state))
