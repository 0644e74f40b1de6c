"""Help → About BounceBack: the version, where the data and its backups are (with buttons
to open those folders), and the components it is made with and their licences."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bounceback import APP_NAME, __version__
from bounceback.services.documents import StoreUsage
from bounceback.ui.common import labels
from bounceback.ui.common.dialogs import GrowingDialog, fit_to_screen
from bounceback.ui.common.i18n import QT_TR_NOOP, fill, tr
from bounceback.ui.theme import icons

# The components BounceBack ships with (distribution name, shown name, licence), as in the
# installers' copyright files. A shown name with words in it is translated where it is shown.
COMPONENTS: tuple[tuple[str, str, str], ...] = (
    ("PySide6-Essentials", QT_TR_NOOP("Qt and Qt for Python (PySide6)"), "LGPL-3.0-only"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("alembic", "Alembic", "MIT"),
    ("sqlcipher3", QT_TR_NOOP("sqlcipher3 with SQLCipher"), "Zlib, BSD-3-Clause"),
    ("pyqtgraph", "pyqtgraph", "MIT"),
    ("numpy", "NumPy", "BSD-3-Clause"),
    ("pyspellchecker", "pyspellchecker", "MIT"),
    # Opens the system's Enchant library and Hunspell dictionaries (not shipped: Debian's).
    ("pyenchant", "PyEnchant", "LGPL-2.1-or-later"),
    ("icalendar", "icalendar", "BSD-2-Clause"),
    # Reads BounceBack's own JSON as it streams past (yajl inside).
    ("ijson", "ijson", "BSD-3-Clause, ISC"),
    # Shows PDF documents and reads their text for search (PDFium inside).
    ("pypdfium2", QT_TR_NOOP("pypdfium2 with PDFium"), "Apache-2.0, BSD-3-Clause"),
    ("appdirs", "appdirs", "MIT"),
)


def size_text(data_bytes: int | None, usage: StoreUsage | None) -> str:
    if data_bytes is None:
        return ""
    total = labels.file_size(data_bytes)
    if usage is None or not usage.documents:
        return fill(tr("%1, documents none yet"), total)
    text = tr("%1, of which %Ln document(s): %2", "", usage.documents)
    return fill(text, total, labels.file_size(usage.stored_bytes))


def spared_text(usage: StoreUsage | None) -> str:
    """What keeping each file once spared (the same CV sent to many places), for the tooltip:
    the line itself stays short enough for large fonts on a small screen."""
    saved = usage.attached_bytes - usage.stored_bytes if usage is not None else 0
    if saved <= 0:
        return ""
    return fill(tr("Files sent more than once are kept once, sparing %1."),
                labels.file_size(saved))


def installed_version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return ""


class AboutDialog(GrowingDialog):
    """Grows with its content: a long folder path wraps onto more lines at large fonts."""

    def __init__(self, data_dir: Path, backups_dir: Path,
                 parent: QWidget | None = None, *, data_bytes: int | None = None,
                 usage: StoreUsage | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About BounceBack"))
        heading = QLabel(f"<h3>{APP_NAME} {__version__}</h3>", self)
        blurb = QLabel(self.tr(
            "A private companion for the weeks after a job rejection. Everything you write "
            "stays on this computer: no account, no network."), self)
        blurb.setWordWrap(True)

        folders = QFormLayout()
        self.open_buttons: dict[str, QPushButton] = {}
        for key, label, path in (("data", self.tr("Your data"), data_dir),
                                 ("backups", self.tr("Backups"), backups_dir)):
            shown = QLabel(str(path), self)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            button = QPushButton(self.tr("Open folder"), self)
            button.setAccessibleName(fill(self.tr("Open the folder: %1"), label))
            button.setEnabled(path.is_dir())
            if not path.is_dir():
                button.setToolTip(self.tr("Not made yet: it appears with the first backup."))
            button.clicked.connect(lambda _=False, p=path: self.open_folder(p))
            self.open_buttons[key] = button
            # A widget of its own, not a bare layout: a form row sizes a widget's wrapped
            # text for its width, and a nested layout's not at all (the path was cut off).
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(shown, 1)
            line.addWidget(button)
            folders.addRow(label, row)

        # How big the data has grown, and how much of it is documents: the one part that can
        # grow fast (a scanned PDF is more than years of check-ins).
        self.size_label = QLabel(size_text(data_bytes, usage), self)
        self.size_label.setToolTip(spared_text(usage))
        self.size_label.setWordWrap(True)
        self.size_label.setVisible(data_bytes is not None)
        folders.addRow(self.tr("Size"), self.size_label)
        folders.labelForField(self.size_label).setVisible(data_bytes is not None)

        made_with = QLabel(self.tr(
            "BounceBack is free software under the GNU General Public License, version 3 or "
            "later. It is made with:"), self)
        made_with.setWordWrap(True)
        self.components = QTreeWidget(self)
        self.components.setRootIsDecorated(False)
        self.components.setHeaderLabels([self.tr("Component"), self.tr("Version"),
                                         self.tr("Licence")])
        self.components.setAccessibleName(self.tr("Components and their licences"))
        for dist, name, licence in COMPONENTS:
            self.components.addTopLevelItem(
                QTreeWidgetItem([tr(name), installed_version(dist), licence]))
        # Shipped as files, not as a library: its version is the one copied in.
        self.components.addTopLevelItem(QTreeWidgetItem([
            fill(self.tr("%1 (the icons)"), icons.SET_NAME), icons.SET_VERSION,
            icons.SET_LICENCE]))
        self.components.resizeColumnToContents(0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addWidget(blurb)
        lay.addLayout(folders)
        lay.addWidget(made_with)
        lay.addWidget(self.components, 1)
        lay.addWidget(buttons)
        # As wide as about sixty characters: at large fonts the lines stay as long as they
        # read at the usual size, rather than wrapping the dialog taller than the screen.
        fit_to_screen(self, max(600, 60 * self.fontMetrics().averageCharWidth()), 440)

    def open_folder(self, path: Path) -> bool:
        """Show the folder in the system's file manager (a local file URL, never the web)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
