"""Help → Keyboard shortcuts: the sheet lists what the menus really do, and no two commands
share a key."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from bounceback.ui.help.shortcuts import ShortcutsDialog, menu_shortcuts, plain
from tests.ui.window_kit import make_window


def test_plain_drops_the_mnemonic_marker() -> None:
    assert plain("&Save") == "Save"
    assert plain("Re&minders…") == "Reminders…"
    assert plain("Fish && &Chips") == "Fish & Chips"


def test_the_sheet_lists_every_menu_shortcut(qtbot, ops) -> None:
    w = make_window(qtbot, ops)
    menus = [w.file_menu, w.view_menu, w.help_menu]
    dialog = ShortcutsDialog(menus, w)
    qtbot.addWidget(dialog)
    shown = dialog.rows()
    listed = {(command, keys) for _group, command, keys in shown}
    wanted = {
        (plain(a.text()).rstrip("…"), a.shortcut().toString())
        for menu in menus for a in menu.actions()
        if isinstance(a, QAction) and not a.shortcut().isEmpty()
    }
    assert wanted and wanted <= listed
    assert ("File", "New application", "Ctrl+N") in shown
    assert ("View", "Search everything", "Ctrl+K") in shown
    assert ("View", "Timeline", "Ctrl+3") in shown
    assert ("Help", "Keyboard shortcuts", "Ctrl+/") in shown
    assert ("Help", "User guide", "F1") in shown
    assert any(group == "In lists" and keys == "Del" for group, _c, keys in shown)
    assert dialog.tree.accessibleName() == "Keyboard shortcuts"


def test_no_two_commands_share_a_key(qtbot, ops) -> None:
    w = make_window(qtbot, ops)
    keys = [keys for _menu, rows in menu_shortcuts([w.file_menu, w.view_menu, w.help_menu])
            for _command, keys in rows]
    assert len(keys) == len(set(keys)), keys


def test_ctrl_slash_opens_the_sheet_from_the_window(qtbot, ops) -> None:
    w = make_window(qtbot, ops)
    seen: list[list[tuple[str, str, str]]] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ShortcutsDialog)
        seen.append(dialog.rows())
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    qtbot.keyClick(w, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    assert seen and seen[0]
