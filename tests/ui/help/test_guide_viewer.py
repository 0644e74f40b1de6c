"""Help → User guide: the guide of docs/guide read inside BounceBack, through the real window.

Opened with F1 and from the Help menu with the mouse; pages followed by clicking their links
and by Tab and Enter; every page's pictures shown; nothing fetched from the network, web
addresses handed to the system's browser only when clicked; a translated guide used for
its language, page by page.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from bounceback import paths
from bounceback.ui import appearance, language
from bounceback.ui.common.chart_figure import is_dark
from bounceback.ui.help.guide import GuideWindow, show_guide
from tests.ui.screen_kit import clashes, cut_off, unreadable

GUIDE = paths.docs_dir() / "guide"


@pytest.fixture
def opened(qtbot, window) -> GuideWindow:
    """The guide as F1 opens it from the main window."""
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(GuideWindow)
    assert guide is not None
    qtbot.waitExposed(guide)
    return guide


@pytest.fixture
def english() -> Iterator[None]:
    yield
    language.apply(language.SOURCE)


def page_name(guide: GuideWindow) -> str:
    page = guide.current_page()
    assert page is not None
    return page.relative_to(guide.files.root).as_posix()


def links(guide: GuideWindow) -> list[tuple[str, str, int]]:
    """(address, words, position) of every link on the page shown."""
    found = []
    block = guide.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isAnchor() and fmt.anchorHref():
                found.append((fmt.anchorHref(), fragment.text(), fragment.position()))
            it += 1
        block = block.next()
    return found


def pictures(guide: GuideWindow) -> list[tuple[str, float]]:
    """(name, width) of every picture on the page shown."""
    found = []
    block = guide.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                image = fmt.toImageFormat()
                found.append((image.name(), image.width()))
            it += 1
        block = block.next()
    return found


def click_link(qtbot, guide: GuideWindow, words: str) -> None:
    """Click, with the mouse, the link that reads ``words``."""
    [position] = [pos for _href, text, pos in links(guide) if text == words]
    cursor = QTextCursor(guide.browser.document())
    cursor.setPosition(position + 1)
    guide.browser.setTextCursor(cursor)
    guide.browser.ensureCursorVisible()
    spot = guide.browser.cursorRect(cursor).center() + QPoint(2, 0)
    qtbot.mouseClick(guide.browser.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def test_f1_opens_the_guide_on_its_contents(qtbot, opened) -> None:
    guide = opened
    assert guide.isVisible() and guide.isWindow()
    assert not guide.isModal()  # read while doing
    assert page_name(guide) == "README.md"
    assert guide.browser.toPlainText().startswith("BounceBack user guide")
    # A heading, a numbered list of pages and a table: Markdown, rendered.
    assert guide.browser.document().toMarkdown().startswith("# BounceBack user guide")
    assert any(href == "applications.md" for href, _text, _pos in links(guide))
    assert guide.browser.hasFocus()  # the arrow and page keys scroll it at once


def test_the_help_menu_opens_it_and_f1_brings_the_same_one_forward(qtbot, window) -> None:
    assert window.findChildren(GuideWindow) == []
    bar = window.menuBar()
    menu = window.help_menu
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    [entry] = [a for a in menu.actions() if a.text() == "&User guide"]
    assert entry.shortcut().toString() == "F1"
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(entry).center())
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2000)
    [guide] = window.findChildren(GuideWindow)
    assert guide.isVisible() and page_name(guide) == "README.md"
    guide.show_page(GUIDE / "today.md")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.findChildren(GuideWindow) == [guide]  # one guide, where it was
    assert page_name(guide) == "today.md"


def test_every_page_shows_its_pictures_within_the_page(qtbot, opened) -> None:
    guide = opened
    guide.resize(700, 600)
    room = guide.browser.viewport().width()
    for page in sorted(GUIDE.glob("*.md")):
        guide.show_page(page)
        wanted = page.read_text("utf-8").count("](../screenshots/")
        shown = pictures(guide)
        assert len(shown) == wanted, page.name
        for name, width in shown:
            picture = guide.browser.document().resource(
                QTextDocument.ResourceType.ImageResource, QUrl(name))
            assert not picture.isNull(), (page.name, name)
            assert 0 < width <= room, (page.name, name, width)
            assert picture.width() == round(width * guide.browser.devicePixelRatioF())


def test_clicking_links_moves_between_pages_and_back(qtbot, opened) -> None:
    guide = opened
    click_link(qtbot, guide, "Recording your applications")
    qtbot.waitUntil(lambda: page_name(guide) == "applications.md", timeout=2000)
    assert guide.browser.toPlainText().startswith("Recording your applications")
    assert pictures(guide)  # this page's pictures too
    click_link(qtbot, guide, "Today and reminders")  # "Next:" at the top of the page
    qtbot.waitUntil(lambda: page_name(guide) == "today.md", timeout=2000)
    qtbot.mouseClick(guide.back_button, Qt.MouseButton.LeftButton)
    assert page_name(guide) == "applications.md"
    qtbot.mouseClick(guide.back_button, Qt.MouseButton.LeftButton)
    assert page_name(guide) == "README.md"
    assert not guide.back_button.isEnabled() and guide.forward_button.isEnabled()
    qtbot.mouseClick(guide.forward_button, Qt.MouseButton.LeftButton)
    assert page_name(guide) == "applications.md"
    qtbot.mouseClick(guide.contents_button, Qt.MouseButton.LeftButton)
    assert page_name(guide) == "README.md"


def test_tab_and_enter_follow_a_link(qtbot, opened) -> None:
    guide = opened
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow, timeout=2000)
    qtbot.keyClick(guide.browser, Qt.Key.Key_Tab)  # to the first link: "Installing…"
    assert guide.browser.textCursor().selectedText() == "Installing and starting"
    qtbot.keyClick(guide.browser, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page_name(guide) == "installing.md", timeout=2000)
    qtbot.keyClick(guide.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page_name(guide) == "README.md"


def test_every_link_between_pages_opens_its_page_here(qtbot, opened) -> None:
    guide = opened
    for page in sorted(GUIDE.glob("*.md")):
        guide.show_page(page)
        for href, _text, _pos in links(guide):
            guide.show_page(page)
            guide.follow(QUrl(href))
            target = (page.parent / QUrl(href).path()).resolve()
            if target.is_relative_to(GUIDE.resolve()):
                assert guide.current_page() == target, (page.name, href)
                assert guide.status.text() == ""
            else:  # the README or the packaging notes: only in the source code
                assert guide.current_page() == page, (page.name, href)
                assert "source code" in guide.status.text(), (page.name, href)


def test_escape_closes_it_and_its_size_is_remembered(qtbot, window, opened) -> None:
    opened.resize(640, 500)
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow, timeout=2000)
    qtbot.keyClick(opened.browser, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.findChildren(GuideWindow), timeout=2000)
    again = show_guide(window, paths.docs_dir(), window.settings)
    assert (again.width(), again.height()) == (640, 500)


def test_its_alt_letters_each_go_to_one_place(opened, english) -> None:
    assert clashes(opened) == {}
    keys = [b.text() for b in (opened.back_button, opened.forward_button,
                               opened.contents_button)]
    assert all("&" in k for k in keys)
    assert language.apply("es")
    QApplication.processEvents()
    assert clashes(opened) == {}


@pytest.fixture
def following_the_system(qapp) -> Iterator[None]:
    yield
    appearance.apply(appearance.SYSTEM)


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_it_reads_well_in_light_and_dark(qtbot, opened, following_the_system, mode) -> None:
    opened.show_page(GUIDE / "import-export.md")  # links, a table, code and pictures
    appearance.apply(mode)
    qtbot.waitUntil(lambda: is_dark(opened.browser.palette()) is (mode == "dark"))
    qtbot.wait(50)  # the page is read again in the new colours
    assert page_name(opened) == "import-export.md"
    assert unreadable(opened) == []
    assert cut_off(opened) == []


# --- a guide made for the test: web links, remote pictures, translations ----------------------

def write_guide(root: Path) -> Path:
    docs = root / "docs"
    (docs / "guide" / "es").mkdir(parents=True)
    (docs / "screenshots").mkdir()
    (docs / "guide" / "README.md").write_text(
        "# The guide\n\n[Today](today.md) · [a website](https://example.org/help) · "
        "[the code](../../README.md)\n\n![remote](https://example.org/tracker.png)\n\n"
        "![elsewhere](../../elsewhere.png)\n\n![ours](../screenshots/ours.png)\n", "utf-8")
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor(10, 120, 200))
    for where in (root / "elsewhere.png", docs / "screenshots" / "ours.png"):
        assert picture.save(str(where))
    (docs / "guide" / "today.md").write_text(
        "# Today in English\n\n[Back to the guide](README.md)\n", "utf-8")
    (docs / "guide" / "es" / "README.md").write_text(
        "# La guía\n\n[Hoy](today.md)\n", "utf-8")
    return docs


@pytest.fixture
def made(qtbot, tmp_path) -> GuideWindow:
    guide = GuideWindow(write_guide(tmp_path), QSettings(str(tmp_path / "s.ini"),
                                                         QSettings.Format.IniFormat))
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    return guide


def test_a_web_link_is_never_fetched_here_only_handed_to_the_browser(
        qtbot, made, monkeypatch) -> None:
    handed: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: handed.append(url.toString()) or True))
    guide = made
    # Only the guide's own pictures are loaded: not the remote one, not a file elsewhere
    # on the computer.
    remote, elsewhere, ours = (name for name, _width in pictures(guide))
    assert remote == "https://example.org/tracker.png"
    assert elsewhere == "../../elsewhere.png" and ours.endswith("/screenshots/ours.png")
    assert guide.browser.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl(remote)).isEmpty()

    def loaded(name: str) -> bool:
        found = guide.browser.document().resource(
            QTextDocument.ResourceType.ImageResource, QUrl(name))
        return found is not None and not found.isNull()

    assert not loaded(remote) and not loaded(elsewhere) and loaded(ours)
    # Pointing at the link says where it goes; clicking it opens the browser, not a page.
    guide._hovered(QUrl("https://example.org/help"))
    assert guide.status.text() == "Opens in your web browser: https://example.org/help"
    click_link(qtbot, guide, "a website")
    assert handed == ["https://example.org/help"]
    assert page_name(guide) == "README.md"
    # A file outside the guide is not opened either, and says why.
    click_link(qtbot, guide, "the code")
    assert page_name(guide) == "README.md"
    assert "source code" in guide.status.text()
    assert handed == ["https://example.org/help"]


def test_the_guide_follows_the_language_page_by_page(qtbot, made, english) -> None:
    guide = made
    assert guide.browser.toPlainText().startswith("The guide")
    assert language.apply("es")
    qtbot.waitUntil(lambda: page_name(guide) == "es/README.md", timeout=2000)
    assert guide.browser.toPlainText().startswith("La guía")
    click_link(qtbot, guide, "Hoy")  # not translated yet: the English page
    qtbot.waitUntil(lambda: page_name(guide) == "today.md", timeout=2000)
    click_link(qtbot, guide, "Back to the guide")  # and back into the translation
    qtbot.waitUntil(lambda: page_name(guide) == "es/README.md", timeout=2000)
    assert language.apply(language.SOURCE)
    qtbot.waitUntil(lambda: page_name(guide) == "README.md", timeout=2000)
