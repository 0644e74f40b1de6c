"""Help → User guide: the guide of docs/guide, with its pictures, read inside BounceBack.

Offline by construction: the pages and pictures are files shipped with the program
(``paths.docs_dir()``), and the browser loads nothing but files inside that folder, so a
remote picture in a page simply does not show. Links between the guide's pages open here;
a web address (the guide has none today) is never fetched here: hovering it says where it
leads, and clicking it hands it to the system's browser, which the person then sees open.
Links to files that only come with the source code (the README, the packaging notes) say so.

Languages: a translation of the guide lives in ``docs/guide/<code>/`` (``docs/guide/es/``
for Spanish), page for page with the same file names, its pictures linked as
``../../screenshots/…``. It is used when BounceBack speaks that language; a page not
translated yet falls back to the English one, and links from it lead back into the
translation where it exists.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QRectF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QImageReader,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bounceback.ui import language
from bounceback.ui.common.dialogs import fit_to_screen
from bounceback.ui.common.i18n import fill

INDEX = "README.md"
_WEB = ("http", "https", "mailto")
# Room kept beside a picture scaled to the page's width (the page's margins and a scroll bar).
_PICTURE_MARGIN = 24
GEOMETRY_KEY = "guide/geometry"
# Where a picture's own address is kept once it shows a copy scaled to the page.
_ORIGINAL = QTextFormat.Property.UserProperty + 1
_FITTED = "fitted-picture"


class GuideFiles:
    """Where the guide's pages are for a language (no Qt widgets: plain path rules)."""

    def __init__(self, docs: Path) -> None:
        self.docs = docs.resolve()
        self.root = self.docs / "guide"

    def folder(self, code: str) -> Path:
        """The pages in ``code``: its own folder when the guide is translated, else English."""
        translated = self.root / code
        if code != language.SOURCE and (translated / INDEX).is_file():
            return translated
        return self.root

    def index(self, code: str) -> Path:
        return self.folder(code) / INDEX

    def name_of(self, path: Path) -> str | None:
        """A page's name, language folder left out ("es/today.md" → "today.md"); None for
        a file outside the guide."""
        path = path.resolve()
        if not path.is_relative_to(self.root):
            return None
        parts = path.relative_to(self.root).parts
        if len(parts) == 2 and (self.root / parts[0] / INDEX).is_file():
            return parts[1]
        return parts[0] if len(parts) == 1 else None

    def page(self, path: Path, code: str) -> Path | None:
        """The page ``path`` leads to, in ``code`` where it is translated, else in English;
        None when it is no page of the guide."""
        name = self.name_of(path)
        if name is None or not name.endswith(".md"):
            return None
        for candidate in (self.folder(code) / name, self.root / name):
            if candidate.is_file():
                return candidate
        return None

    def holds(self, path: Path) -> bool:
        """A file the guide may load: a page or a picture under docs/."""
        return path.resolve().is_relative_to(self.docs) and path.is_file()


class GuideBrowser(QTextBrowser):
    """A text browser that reads the guide's own files and nothing else."""

    def __init__(self, files: GuideFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = files
        # Links are followed by GuideWindow, which decides what each one may open.
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(120)
        self._fit_timer.timeout.connect(self.fit_pictures)
        self._recolour_timer = QTimer(self)
        self._recolour_timer.setSingleShot(True)
        self._recolour_timer.timeout.connect(self._recolour)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        name = QUrl(name) if isinstance(name, str) else name
        url = self.source().resolved(name) if name.isRelative() else name
        if not url.isLocalFile() or not self.files.holds(Path(url.toLocalFile())):
            # Never the network, never a file outside the guide. Empty, not None: given
            # nothing, QTextDocument would read a local file itself.
            return QByteArray()
        return super().loadResource(kind, url)

    def _frame(self, picture: QImage) -> None:
        """A thin rim in the palette's tone, so a screenshot reads as a picture of the
        program, not as the program's own buttons."""
        painter = QPainter(picture)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawRect(QRectF(0, 0, picture.deviceIndependentSize().width() - 1,
                                picture.deviceIndependentSize().height() - 1))
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self.source().isEmpty():
            self._recolour_timer.start()

    def _recolour(self) -> None:
        """A page's links take the palette's link colour as it is read: after a switch
        between light and dark, read it again (where the person was reading)."""
        bar = self.verticalScrollBar()
        where = bar.value()
        self.reload()
        self.fit_pictures()
        bar.setValue(where)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()  # once the resizing pauses: scaling pictures takes a moment

    def fit_pictures(self) -> None:
        """Pictures as wide as the page at most (the screenshots are whole windows), scaled
        smoothly once for that width: Qt would otherwise shrink them pixel by pixel at each
        paint, and their small print would break up."""
        self._fit_timer.stop()
        room = self.viewport().width() - _PICTURE_MARGIN
        if room <= 0:
            return
        doc = self.document()
        ratio = self.devicePixelRatioF()
        changes = []
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    original = image.property(_ORIGINAL) or image.name()
                    url = self.source().resolved(QUrl(original))
                    path = url.toLocalFile() if url.isLocalFile() else ""
                    if path and self.files.holds(Path(path)):
                        natural = QImageReader(path).size()
                        width = min(natural.width(), room)
                        # Not a file address: Qt would look for the file itself (and its
                        # @2x twin) and draw the full-size picture again.
                        fitted = QUrl(f"{_FITTED}:{width}{url.path()}")
                        if width > 0 and image.name() != fitted.toString():
                            height = natural.height() * width / natural.width()
                            picture = QImage(path).scaled(
                                round(width * ratio), round(height * ratio),
                                Qt.AspectRatioMode.IgnoreAspectRatio,
                                Qt.TransformationMode.SmoothTransformation)
                            picture.setDevicePixelRatio(ratio)
                            self._frame(picture)
                            doc.addResource(QTextDocument.ResourceType.ImageResource,
                                            fitted, picture)
                            image.setProperty(_ORIGINAL, original)
                            image.setName(fitted.toString())
                            image.setWidth(width)
                            image.setHeight(height)
                            changes.append((fragment.position(), fragment.length(), image))
                it += 1
            block = block.next()
        cursor = QTextCursor(doc)
        for position, length, image in changes:
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image)


class GuideWindow(QWidget):
    """The guide in a window of its own, beside the main window (not modal: a person reads
    and does at the same time)."""

    def __init__(self, docs: Path, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("GuideWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings = settings
        self.files = GuideFiles(docs)
        self._retranslating = False

        self.back_button = QPushButton(self)
        self.forward_button = QPushButton(self)
        self.contents_button = QPushButton(self)
        self.browser = GuideBrowser(self.files, self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it quotes addresses
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)

        for button in (self.back_button, self.forward_button):
            button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.contents_button.clicked.connect(self.show_contents)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.browser.anchorClicked.connect(self.follow)
        self.browser.highlighted.connect(self._hovered)
        self.browser.sourceChanged.connect(self._shown)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)

        bar = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.contents_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.browser, 1)
        lay.addLayout(bottom)

        self._set_texts()
        geometry = settings.value(GEOMETRY_KEY) if settings is not None else None
        if not isinstance(geometry, QByteArray) or not self.restoreGeometry(geometry):
            fit_to_screen(self, 900, 720)
        self.show_contents()

    def _set_texts(self) -> None:
        self.setWindowTitle(self.tr("User guide"))  # Qt adds " — BounceBack"
        self.back_button.setText(self.tr("&Back"))
        self.forward_button.setText(self.tr("&Forward"))
        self.contents_button.setText(self.tr("&Contents"))
        # The keys QTextBrowser itself answers, named as the platform names them.
        keys = {k: QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                for k in ("Alt+Left", "Alt+Right")}
        self.back_button.setToolTip(
            fill(self.tr("The page you read before (%1)"), keys["Alt+Left"]))
        self.forward_button.setToolTip(
            fill(self.tr("The next page you had read (%1)"), keys["Alt+Right"]))
        self.browser.setAccessibleName(self.tr("User guide"))

    # --- pages ---------------------------------------------------------------------------
    def current_page(self) -> Path | None:
        source = self.browser.source()
        return Path(source.toLocalFile()) if source.isLocalFile() else None

    def show_page(self, page: Path, fragment: str = "") -> None:
        url = QUrl.fromLocalFile(str(page))
        if fragment:
            url.setFragment(fragment)
        self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)

    def show_contents(self) -> None:
        self.show_page(self.files.index(language.current()))

    def follow(self, link: QUrl) -> None:
        """Where a clicked link may lead: a page of the guide here, a web address in the
        system's browser, anything else nowhere (with a word why)."""
        if link.scheme() in _WEB:
            QDesktopServices.openUrl(link)
            return
        if link.isRelative() and not link.path():  # "#part" of this page
            self.browser.scrollToAnchor(link.fragment())
            return
        url = self.browser.source().resolved(link)
        page = self.files.page(Path(url.toLocalFile()), language.current()) \
            if url.isLocalFile() else None
        if page is None:
            self.status.setText(self._not_here())
            return
        self.show_page(page, url.fragment())

    def _not_here(self) -> str:
        return self.tr("That page comes with BounceBack's source code, not with the "
                       "program.")

    def _hovered(self, link: QUrl) -> None:
        if link.isEmpty():
            self.status.clear()
        elif link.scheme() in _WEB:
            self.status.setText(fill(self.tr("Opens in your web browser: %1"),
                                     link.toDisplayString()))

        else:
            url = self.browser.source().resolved(link)
            inside = url.isLocalFile() and self.files.page(
                Path(url.toLocalFile()), language.current()) is not None
            self.status.setText("" if inside or not link.path() else self._not_here())

    def _shown(self, _url: QUrl) -> None:
        self.status.clear()
        self.browser.fit_pictures()

    # --- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Removing and installing translators sends one event each: answer them once.
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            self._retranslating = True
            QTimer.singleShot(0, self.retranslate)

    def retranslate(self) -> None:
        """The buttons in the new language, and the same page in it where translated."""
        self._retranslating = False
        self._set_texts()
        current = self.current_page()
        page = self.files.page(current, language.current()) if current is not None else None
        if page is None:
            self.show_contents()
        elif page != current:
            self.show_page(page)

    def closeEvent(self, event: Any) -> None:
        if self.settings is not None:
            self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)


def show_guide(parent: QWidget, docs: Path, settings: QSettings | None = None) -> GuideWindow:
    """The guide's window, opened on its contents, or the one already open brought forward."""
    guide = parent.findChild(GuideWindow)
    if guide is None:
        guide = GuideWindow(docs, settings, parent)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    guide.browser.setFocus(Qt.FocusReason.OtherFocusReason)
    return guide
