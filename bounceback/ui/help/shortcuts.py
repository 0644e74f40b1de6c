"""Help → Keyboard shortcuts: every shortcut of the window's menus, read from the menus
themselves (so the sheet can't go out of date), plus the keys that work inside lists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bounceback.ui.common.dialogs import fit_to_screen
from bounceback.ui.theme.text import font as role_font
from bounceback.ui.theme.tokens import TextRole


def plain(text: str) -> str:
    """A menu text without its mnemonic marker ("&Save" → "Save"; "&&" stays "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_shortcuts(menus: list[QMenu]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(command, keys)]) for every action with a shortcut, in menu order."""
    found = []
    for menu in menus:
        rows = [
            (plain(action.text()).rstrip("…"),
             action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            for action in menu.actions()
            if isinstance(action, QAction) and not action.isSeparator()
            and not action.shortcut().isEmpty()
        ]
        if rows:
            found.append((plain(menu.title()), rows))
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, menus: list[QMenu], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(self.tr(
            "Everything in BounceBack works from the keyboard. Tab moves between fields; "
            "the underlined letter of a label or button, with Alt, goes straight to it."), self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        in_lists = (self.tr("In lists"), [
            (self.tr("Delete the selected item (asks first)"),
             QKeySequence(QKeySequence.StandardKey.Delete).toString(
                 QKeySequence.SequenceFormat.NativeText)),
            (self.tr("Open the selected item"), self.tr("Enter")),
        ])
        for title, rows in [*menu_shortcuts(menus), in_lists]:
            group = QTreeWidgetItem([title, ""])
            group.setFont(0, role_font(TextRole.STRONG, group.font(0)))
            group.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(group)
            for command, keys in rows:
                group.addChild(QTreeWidgetItem([command, keys]))
            group.setExpanded(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.tree, 1)
        lay.addWidget(buttons)
        fit_to_screen(self, 540, 540)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, command, keys) as shown, for tests and for reading it aloud."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            assert group is not None  # i is in range
            for j in range(group.childCount()):
                child = group.child(j)
                assert child is not None
                out.append((group.text(0), child.text(0), child.text(1)))
        return out
