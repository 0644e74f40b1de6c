"""The main window's File, View and Help menus: their titles (in the first frame) and what
is in them (built with the store, and again in a new language)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
)

if TYPE_CHECKING:
    from bounceback.ui.main_window import MainWindow
    from bounceback.ui.theme.icons import Icon


_TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


class WindowMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.file: QMenu = bar.addMenu("")
        self.view: QMenu = bar.addMenu("")
        self.help: QMenu = bar.addMenu("")
        self.appearance: QMenu | None = None  # View → Appearance, built with the rest
        self.set_titles()
        # The menus' shortcuts, which text fields must not keep for themselves (below).
        self._keys: set[str] = set()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_titles(self) -> None:
        self.file.setTitle(self.tr("&File"))
        self.view.setTitle(self.tr("&View"))
        self.help.setTitle(self.tr("&Help"))

    def _action(self, menu: QMenu, text: str,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                slot: Callable[..., object],
                role: QAction.MenuRole | None = None, which: Icon | None = None) -> QAction:
        # Owned by the window too, so the shortcut works wherever the focus is in it.
        act = QAction(text, self.window)
        if which is not None:
            from bounceback.ui.theme.icons import icon  # built after the first frame

            act.setIcon(icon(which))
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
            self._keys.add(act.shortcut().toString())
        if role is not None:
            act.setMenuRole(role)
        act.triggered.connect(slot)
        self.window.addAction(act)
        menu.addAction(act)
        return act

    def build(self) -> None:
        from bounceback.ui.theme.icons import Icon

        w, key, role = self.window, QKeySequence.StandardKey, QAction.MenuRole
        menu = self.file
        self._action(menu, self.tr("&New application"), key.New, w.new_application,
                     which=Icon.NEW)
        self._action(menu, self.tr("New &check-in"), "Ctrl+Shift+N", w.new_checkin,
                     which=Icon.CHECK_IN)
        self._action(menu, self.tr("&Save"), key.Save, w.save_current, which=Icon.SAVE)
        menu.addSeparator()
        self._action(menu, self.tr("&Back up now"), "Ctrl+Shift+B", w.back_up_now,
                     which=Icon.BACK_UP)
        self._action(menu, self.tr("&Restore from a backup…"), None, w.restore_backup,
                     which=Icon.RESTORE)
        menu.addSeparator()
        self._action(menu, self.tr("&Export…"), "Ctrl+E", w.export_data, which=Icon.EXPORT)
        self._action(menu, self.tr("&Import…"), "Ctrl+I", w.import_data, which=Icon.IMPORT)
        menu.addSeparator()
        self._action(menu, self.tr("Se&ttings…"), key.Preferences, w.open_settings,
                     role.PreferencesRole, Icon.SETTINGS)
        self._action(menu, self.tr("&Privacy and security…"), None, w.privacy_settings,
                     which=Icon.PRIVACY)
        self._action(menu, self.tr("&Lock now"), "Ctrl+L", w.lock_now, which=Icon.LOCK)
        menu.addSeparator()
        self._action(menu, self.tr("&Quit"), key.Quit, w.close, role.QuitRole, Icon.QUIT)

        menu = self.view
        self._action(menu, self.tr("&Search everything…"), "Ctrl+K", w.search, which=Icon.SEARCH)
        # The Timeline's "All events" button, from any screen (its own letter would be
        # View's, Alt+V, which every screen leaves to the menu bar).
        self._action(menu, self.tr("All &events"), "Ctrl+Shift+E", w.all_events,
                     which=Icon.EVENTS)
        menu.addSeparator()
        for i, spec in enumerate(w.tabs.specs):
            act = self._action(menu, spec.title, f"Ctrl+{i + 1}",
                               lambda _=False, i=i: w.tabs.setCurrentIndex(i))
            if spec.icon is not None:
                act.setIcon(spec.icon)
        menu.addSeparator()
        self.appearance = self._appearance_menu(menu)

        menu = self.help
        self._action(menu, self.tr("&User guide"), key.HelpContents, w.user_guide,
                     which=Icon.GUIDE)
        self._action(menu, self.tr("&Welcome and example data…"), None, w.welcome,
                     which=Icon.WELCOME)
        menu.addSeparator()
        self._action(menu, self.tr("&Keyboard shortcuts"), "Ctrl+/", w.keyboard_shortcuts,
                     which=Icon.SHORTCUTS)
        menu.addSeparator()
        self._action(menu, self.tr("&About BounceBack"), None, w.about, role.AboutRole, Icon.ABOUT)

    def _appearance_menu(self, parent: QMenu) -> QMenu:
        """System / Light / Dark, one of them ticked: the saved choice."""
        from bounceback.ui import appearance

        menu = parent.addMenu(self.tr("&Appearance"))
        group = QActionGroup(menu)  # exclusive: radio items
        chosen = appearance.chosen(self.window.settings)
        for mode, text in ((appearance.SYSTEM, self.tr("&Same as the system")),
                           (appearance.LIGHT, self.tr("&Light")),
                           (appearance.DARK_MODE, self.tr("&Dark"))):
            act = QAction(text, menu)
            act.setCheckable(True)
            act.setChecked(mode == chosen)
            act.setData(mode)
            group.addAction(act)
            menu.addAction(act)
        group.triggered.connect(lambda act: self._choose_appearance(act.data()))
        return menu

    def _choose_appearance(self, mode: str) -> None:
        from bounceback.ui import appearance

        appearance.save(self.window.settings, mode)
        appearance.apply(mode)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A text field claims some Ctrl+letters for itself (Ctrl+E: end of line, Ctrl+K:
        # delete to its end), so Export and Search did nothing while typing. The window's
        # own shortcuts win there: the field is not asked (its editing keys, Ctrl+C, Ctrl+Z
        # and the rest, are no shortcuts of ours and stay the field's).
        # Every event of the program passes here: the cheap checks come first (an event's
        # type() makes a Python enum member each time it is asked).
        return (isinstance(event, QKeyEvent) and isinstance(watched, _TEXT_FIELDS)
                and event.type() == QEvent.Type.ShortcutOverride
                and watched.window() is self.window
                and QKeySequence(event.keyCombination()).toString() in self._keys)

    def clear(self) -> None:
        self._keys.clear()
        for menu in (self.file, self.view, self.help):
            for act in menu.actions():
                self.window.removeAction(act)
                if act.menu() is not None:
                    act.menu().deleteLater()  # a submenu, with its own actions
                elif not act.isSeparator():
                    act.deleteLater()
            menu.clear()
