"""The window's tab widget, whose tabs are built the first time they are shown.

Until then each tab is a light stand-in, so the window paints at once and a tab's modules
are imported, and its rows read, only when someone looks at it (or the program needs it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from bounceback.ui.common.steady_tabs import SteadyTabWidget

if TYPE_CHECKING:
    from bounceback.ui.common.tab import TabPage


@dataclass
class TabSpec:
    key: str
    title: str  # changes with the language
    module: str  # where the tab's class is, imported when it is first built
    cls: str
    icon: QIcon | None = None  # beside the title, from the theme's one set


class Waiting(QWidget):
    """Stands in a tab's place until the tab is built."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setEnabled(False)
        # Centred by stretches rather than Qt.AlignmentFlag: the first use of PySide6's Qt
        # namespace builds all its enums (25 ms), which the first frame can do without.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.label)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)

    def text(self) -> str:
        return self.label.text()


class LazyTabs(SteadyTabWidget):
    """Tabs in ``specs`` order; ``build(spec)`` makes a tab's page when it is first needed.

    Building starts once :meth:`enable` is called (the window has its store); before that,
    looking around the tabs builds nothing.
    """

    def __init__(self, specs: list[TabSpec], waiting_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specs = specs
        self._build: Callable[[TabSpec, QWidget], TabPage] | None = None
        self._built: dict[str, TabPage] = {}
        self.setDocumentMode(True)
        for spec in specs:
            self._show_icon(self.addTab(Waiting(waiting_text), spec.title), spec)
        self.currentChanged.connect(self._shown)

    def enable(self, build: Callable[[TabSpec, QWidget], TabPage]) -> None:
        """From now on tabs are built with ``build(spec, parent)``, the one in front at once.

        ``parent`` is where the page will live (the tab widget's own stack): a page made there
        is never moved, and moving a finished page costs dear under the application's style
        sheet (Qt works out the style of every widget in it again: 30 ms for the Timeline)."""
        self._build = build
        self._shown(self.currentIndex())

    def tab_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def current_key(self) -> str:
        return self.specs[self.currentIndex()].key

    def set_current_key(self, key: str) -> None:
        self.setCurrentIndex(self.tab_keys().index(key))

    @property
    def pages(self) -> list[TabPage]:
        """The tabs built so far, in their order on screen."""
        return [self._built[s.key] for s in self.specs if s.key in self._built]

    def page(self, key: str) -> TabPage:
        """The tab with this key, built now if it has not been yet."""
        built = self._built.get(key)
        if built is not None:
            return built
        if self._build is None:
            raise RuntimeError("the tabs can't be built yet: the window has no store")
        index = self.tab_keys().index(key)
        spec = self.specs[index]
        waiting = self.widget(index)
        assert waiting is not None  # the stand-in holds the place until now
        stack = waiting.parentWidget()
        assert stack is not None  # the tab widget's stack, where each page lives
        page = self._build(spec, stack)
        self._built[key] = page
        # Put it in its stand-in's place without showing any other tab on the way: insert
        # before it (the current tab stays current), then take the stand-in out.
        current = self.currentIndex()
        self.blockSignals(True)
        self._show_icon(self.insertTab(index, page, spec.title), spec)
        if current == index:
            self.setCurrentIndex(index)
        self.removeTab(index + 1)
        self.blockSignals(False)
        waiting.deleteLater()
        return page

    def _show_icon(self, index: int, spec: TabSpec) -> None:
        if spec.icon is not None:
            self.setTabIcon(index, spec.icon)

    def retitle(self, titles: dict[str, str], waiting_text: str) -> None:
        """New words for the tabs (the language changed)."""
        for index, spec in enumerate(self.specs):
            spec.title = titles.get(spec.key, spec.title)
            self.setTabText(index, spec.title)
            widget = self.widget(index)
            if isinstance(widget, Waiting):
                widget.label.setText(waiting_text)

    def rebuild(self, waiting_text: str) -> None:
        """Build every built tab again, the one in front now and the others when shown.

        For a new language: a tab's words are set as it is built. Whoever calls this has
        made sure nothing is unsaved.
        """
        current = self.currentIndex()
        self.blockSignals(True)
        for key in list(self._built):
            index = self.tab_keys().index(key)
            page = self._built.pop(key)
            self._show_icon(self.insertTab(index, Waiting(waiting_text),
                                           self.specs[index].title), self.specs[index])
            self.removeTab(index + 1)
            page.deleteLater()
        self.setCurrentIndex(current)
        self.blockSignals(False)
        self._shown(current)

    def show_page(self, key: str) -> TabPage:
        page = self.page(key)
        self.setCurrentWidget(page)
        return page

    def _shown(self, index: int) -> None:
        if self._build is not None and 0 <= index < len(self.specs):
            self.page(self.specs[index].key)
