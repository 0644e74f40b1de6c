"""Every list looks designed (issue 19): rows of comfortable height, dates and numbers lined up
at the right, text cut short ending in "…" and whole on hover, and a status as a small label in
its tone's colours with its word on it, readable in light and dark, selected or not.

Checked on the real widgets, drawn: the application list over a real store, the list of every
event, and every list of the main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QTreeView,
)

from bounceback.db.enums import FeedbackStatus, Outcome, Status
from bounceback.services import applications, events
from bounceback.ui import appearance
from bounceback.ui.common import labels, tones
from bounceback.ui.common.cells import (
    CHIP_PAD_X,
    CellDelegate,
    StatusDelegate,
    row_height,
    text_margin,
)
from bounceback.ui.common.ops import Ops
from bounceback.ui.main_window import MainWindow
from bounceback.ui.theme.palette import is_dark, status_chip
from bounceback.ui.theme.tokens import SPACE_S, StatusTone
from bounceback.ui.timeline.all_events import AllEventsPanel
from bounceback.ui.timeline.app_list import COMPANY, LAST_ACTIVITY, STATUS, ApplicationList
from tests.builders import add_application
from tests.ui.screen_kit import contrast

LONG_NAME = "Northwind Traders International Holdings and Logistics Group"



@pytest.fixture
def no_tooltip() -> Iterator[None]:
    yield
    QToolTip.hideText()


def app_list(qtbot, ops: Ops, width: int = 640) -> ApplicationList:
    """The Timeline's list of applications over the test's store, shown."""
    widget = ApplicationList()
    qtbot.addWidget(widget)
    widget.set_rows(ops.read(applications.list_applications))
    widget.resize(width, 420)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.view.viewport().width() > width // 2)
    return widget


def row_of(widget: ApplicationList, company: str) -> int:
    proxy = widget.proxy
    return next(r for r in range(proxy.rowCount())
                if widget.model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()).company
                == company)


def picture(view: QTableView) -> QImage:
    image = view.viewport().grab().toImage()
    # Pixels as laid out, whatever the screen's scale.
    return image.scaled(view.viewport().size()) if image.devicePixelRatio() != 1 else image


def best_contrast(image: QImage, box: QRect, against: QColor) -> float:
    """The strongest contrast in ``box`` against ``against``: the core of the glyphs there."""
    return max((contrast(image.pixelColor(x, y), against)
                for x in range(box.left(), box.right() + 1)
                for y in range(box.top(), box.bottom() + 1)), default=1.0)


def chip_fill_at(image: QImage, view: QTableView, cell: QRect) -> QColor:
    """The colour inside a status label, left of its word, at the middle of the row."""
    return image.pixelColor(cell.left() + text_margin_of(view) + CHIP_PAD_X // 2,
                            cell.center().y())


def text_margin_of(view: QTableView) -> int:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.widget = view
    return text_margin(option)


# --- a status is a small coloured label with its word ------------------------------------


def test_every_status_has_a_tone_and_an_ending_is_never_alarming() -> None:
    assert {tones.status(s) for s in Status} == set(StatusTone)
    assert tones.status(Status.REJECTED) is StatusTone.QUIET
    assert tones.status(Status.GHOSTED) is StatusTone.QUIET
    assert tones.status(Status.OFFER) is StatusTone.GOOD
    assert tones.status(Status.INTERVIEWING) is StatusTone.ACTIVE
    assert tones.status(Status.APPLIED) is StatusTone.NEUTRAL
    assert all(tones.feedback_status(s) in StatusTone for s in FeedbackStatus)
    assert all(tones.outcome(o) in StatusTone for o in [*Outcome, None])


def test_the_status_is_a_tinted_label_with_its_word(qtbot, ops: Ops, mode: str) -> None:
    add_application(ops, "Lynx Ltd", "Editor", status=Status.INTERVIEWING)
    add_application(ops, "Acme", "Analyst", status=Status.REJECTED)
    add_application(ops, "Globex", "Designer", status=Status.OFFER)
    widget = app_list(qtbot, ops)
    view = widget.view
    assert isinstance(view.itemDelegateForColumn(STATUS), StatusDelegate)
    # With room, every label is whole (the list shares its width out once it is shown).
    assert view.columnWidth(STATUS) >= view.sizeHintForColumn(STATUS)
    widget.select_id(None)
    palette = view.palette()
    assert is_dark(palette) is (mode == appearance.DARK_MODE)
    fills = {}
    for company, status in (("Lynx Ltd", Status.INTERVIEWING), ("Acme", Status.REJECTED),
                            ("Globex", Status.OFFER)):
        row = row_of(widget, company)
        index = widget.proxy.index(row, STATUS)
        assert index.data() == labels.status(status)  # the word, for every reader
        image = picture(view)
        cell = view.visualRect(index)
        fill = chip_fill_at(image, view, cell)
        expected = status_chip(palette, tones.status(status))
        assert fill == expected.fill, company
        row_colour = image.pixelColor(cell.right() - 2, cell.top() + 2)
        assert fill != row_colour  # tinted, not the row's own background
        # The word is drawn on the label, and reads on it.
        metrics = view.fontMetrics()
        word = QRect(cell.left() + text_margin_of(view) + CHIP_PAD_X, cell.top(),
                     metrics.horizontalAdvance(labels.status(status)), cell.height())
        assert best_contrast(image, word, fill) >= 4.5, company
        fills[status] = fill.name()
    # Each tone in colours of its own.
    assert len(set(fills.values())) == 3

    # Selected, the row takes the highlight; the label keeps its colours, and its word reads.
    row = row_of(widget, "Lynx Ltd")
    view.selectRow(row)
    qtbot.waitUntil(lambda: bool(view.selectionModel().selectedRows()))
    image = picture(view)
    cell = view.visualRect(widget.proxy.index(row, STATUS))
    fill = chip_fill_at(image, view, cell)
    assert fill == status_chip(palette, StatusTone.ACTIVE).fill
    assert image.pixelColor(cell.right() - 2, cell.top() + 2) == palette.color(
        QPalette.ColorRole.Highlight)
    word = QRect(cell.left() + text_margin_of(view) + CHIP_PAD_X, cell.top(),
                 view.fontMetrics().horizontalAdvance(labels.status(Status.INTERVIEWING)),
                 cell.height())
    assert best_contrast(image, word, fill) >= 4.5


def test_a_status_label_is_drawn_once_then_copied_in_its_colours_and_size(qtbot) -> None:
    """Labels are drawn once per word, colours, size, font and pixel ratio, then copied: a
    list repaints a dozen at every scroll. A change of any of them draws it anew."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QFont

    from bounceback.ui.common.cells import _chip
    from bounceback.ui.theme.palette import ChipColours

    colours = ChipColours(QColor("#dbeafe"), QColor("#1e3a8a"), QColor("#9fb5e0"))
    other = ChipColours(QColor("#fde2e2"), QColor("#7f1d1d"), QColor("#e0a0a0"))
    font = QFont()
    size = QSize(80, 22)
    first = _chip("Applied", colours, size, font, 1.0)
    assert _chip("Applied", colours, size, font, 1.0).cacheKey() == first.cacheKey()
    for changed in (_chip("Offer", colours, size, font, 1.0),
                    _chip("Applied", other, size, font, 1.0),
                    _chip("Applied", colours, QSize(90, 22), font, 1.0)):
        assert changed.cacheKey() != first.cacheKey()
    # The fill inside the hairline, in the label's own colour; outside its rounded corner,
    # nothing (the row shows through).
    image = first.toImage()
    assert image.pixelColor(size.width() // 2, 3) == colours.fill
    assert image.pixelColor(0, 0).alpha() == 0
    sharp = _chip("Applied", colours, size, font, 2.0)
    assert sharp.devicePixelRatio() == 2.0
    assert (sharp.width(), sharp.height()) == (160, 44)


def test_a_status_label_takes_the_font_its_model_gives(qtbot, monkeypatch) -> None:
    """A model's own font for a status (a review step not looked at yet, in italics) is the
    label's, as Qt's delegate would take it; without one, the list's font."""
    from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

    from bounceback.ui.common import cells
    from bounceback.ui.common.table_model import TONE_ROLE

    model = QStandardItemModel(2, 1)
    for row, italic in ((0, True), (1, False)):
        item = QStandardItem("Not yet looked at" if italic else "Went well")
        item.setData(StatusTone.NEUTRAL.value, TONE_ROLE)
        if italic:
            font = QFont()
            font.setItalic(True)
            item.setData(font, Qt.ItemDataRole.FontRole)
        model.setItem(row, 0, item)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    cells.show_statuses(view, 0)
    view.resize(400, 200)
    drawn: dict[str, bool] = {}
    real = cells._chip

    def chip(word, colours, size, font, ratio):  # type: ignore[no-untyped-def]
        drawn[word] = font.italic()
        return real(word, colours, size, font, ratio)

    monkeypatch.setattr(cells, "_chip", chip)
    view.setColumnWidth(0, 300)
    view.show()
    qtbot.waitExposed(view)
    view.viewport().grab()
    assert drawn == {"Not yet looked at": True, "Went well": False}


def test_a_status_label_cut_short_shows_its_word_on_hover(
        qtbot, ops: Ops, no_tooltip: None) -> None:
    add_application(ops, "Acme", "Analyst", status=Status.INTERVIEWING)
    widget = app_list(qtbot, ops)
    view = widget.view
    index = widget.proxy.index(0, STATUS)
    view.horizontalHeader().resizeSection(STATUS, view.fontMetrics().horizontalAdvance("Int"))
    QApplication.processEvents()
    assert tooltip_at(qtbot, view, index) == labels.status(Status.INTERVIEWING)


# --- rows of comfortable height -----------------------------------------------------------


def test_rows_have_room_to_breathe_and_one_fixed_height(qtbot, ops: Ops) -> None:
    add_application(ops, "Acme", "Analyst")
    widget = app_list(qtbot, ops)
    line = widget.view.fontMetrics().lineSpacing()
    # Company and role, stacked, with room above and below.
    assert widget.view.rowHeight(0) >= 2 * line + 2 * SPACE_S
    assert widget.view.rowHeight(0) == row_height(widget.view.fontMetrics(), 2)
    assert widget.view.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed

    panel = AllEventsPanel()
    qtbot.addWidget(panel)
    panel.set_rows(ops.read(events.list_all_events))
    panel.show()
    assert panel.view.rowHeight(0) >= line + 2 * SPACE_S


def every_list(window: MainWindow) -> Iterator[tuple[str, QTableView | QTreeView]]:
    """Each tab opened, and every list (a table, or a tree of rows) in it."""
    for key in window.tabs.tab_keys():
        page = window.show_tab(key)
        QApplication.processEvents()
        for view in page.findChildren(QTableView):
            yield f"{key}: {view.accessibleName()}", view
        # Trees of rows (the review's checklist); not the outlines of words (QTreeWidget).
        for tree in page.findChildren(QTreeView):
            if type(tree) is QTreeView:
                yield f"{key}: {tree.accessibleName()}", tree


def test_every_list_in_the_window_looks_the_same(qtbot, window: MainWindow) -> None:
    seen = []
    for where, view in every_list(window):
        seen.append(where)
        assert isinstance(view.itemDelegate(), CellDelegate), where
        assert view.textElideMode() == Qt.TextElideMode.ElideRight, where
        assert not view.wordWrap(), where
        comfortable = view.fontMetrics().lineSpacing() + 2 * SPACE_S
        if isinstance(view, QTableView):
            rows = view.verticalHeader()
            assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed, where
            assert rows.defaultSectionSize() >= comfortable, where
        else:
            assert view.uniformRowHeights(), where
    # The lists of every tab were there to look at.
    assert len(seen) >= 8, seen


# --- dates and numbers line up at the right ----------------------------------------------


def test_dates_end_at_the_same_place_row_under_row(qtbot, ops: Ops) -> None:
    short = add_application(ops, "Acme", "Analyst", applied_on=dt.date(2025, 5, 7))
    wide = add_application(ops, "Globex", "Designer", applied_on=dt.date(2025, 5, 28))
    panel = AllEventsPanel()
    qtbot.addWidget(panel)
    panel.set_rows(ops.read(events.list_all_events))
    panel.resize(900, 300)
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.view
    date = panel.proxy.index(0, 0)
    assert date.data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert panel.proxy.headerData(0, Qt.Orientation.Horizontal,
                                  Qt.ItemDataRole.TextAlignmentRole) == date.data(
        Qt.ItemDataRole.TextAlignmentRole)
    # Words stay at the left.
    assert panel.proxy.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None
    image = picture(view)
    ends = {}
    for row in range(panel.proxy.rowCount()):
        cell = view.visualRect(panel.proxy.index(row, 0))
        app_id = panel.model.row_at(panel.proxy.mapToSource(panel.proxy.index(row, 0)).row())
        background = image.pixelColor(cell.left() + 1, cell.top() + 1)
        inked = [x for x in range(cell.left(), cell.right() - 1)
                 for y in range(cell.top(), cell.bottom())
                 if contrast(image.pixelColor(x, y), background) > 2]
        ends[app_id.application_id] = (min(inked), max(inked))
    assert abs(ends[short.id][1] - ends[wide.id][1]) <= 1  # the same right edge
    assert ends[wide.id][0] < ends[short.id][0]  # "28 May" starts further left than "7 May"


def test_the_application_list_puts_its_dates_at_the_right(qtbot, ops: Ops) -> None:
    add_application(ops, "Acme", "Analyst")
    widget = app_list(qtbot, ops)
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert widget.proxy.index(0, LAST_ACTIVITY).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert widget.proxy.index(0, STATUS).data(Qt.ItemDataRole.TextAlignmentRole) is None


# --- text cut short ends in "…" and shows whole on hover ----------------------------------


def tooltip_at(qtbot, view: QTableView, index) -> str:
    """What a person sees on resting the pointer over ``index``: the tooltip, or ""."""
    QToolTip.hideText()  # it fades: gone for good before asking again
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    rect = view.visualRect(index)
    local = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, local, view.viewport().mapToGlobal(local))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_long_name_ends_in_an_ellipsis_and_shows_whole_on_hover(
        qtbot, ops: Ops, no_tooltip: None) -> None:
    add_application(ops, LONG_NAME, "Analyst", applied_on=dt.date(2025, 5, 7))
    add_application(ops, "Acme", "Analyst", applied_on=dt.date(2025, 5, 6))
    panel = AllEventsPanel()
    qtbot.addWidget(panel)
    panel.set_rows(ops.read(events.list_all_events))
    panel.resize(900, 300)
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.view
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    header = view.horizontalHeader()
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(1, view.fontMetrics().horizontalAdvance("Northwind Traders"))
    QApplication.processEvents()
    rows = {panel.proxy.index(r, 1).data(): r for r in range(panel.proxy.rowCount())}
    long_cell = panel.proxy.index(rows[LONG_NAME], 1)
    short_cell = panel.proxy.index(rows["Acme"], 1)
    assert long_cell.data(Qt.ItemDataRole.ToolTipRole) is None  # the view's doing, not a tip
    assert tooltip_at(qtbot, view, long_cell) == LONG_NAME
    # A name shown whole needs no tooltip.
    assert tooltip_at(qtbot, view, short_cell) == ""
    # Widened, the long name is whole too, and its tooltip goes.
    header.resizeSection(1, view.fontMetrics().horizontalAdvance(LONG_NAME) + 40)
    QApplication.processEvents()
    assert tooltip_at(qtbot, view, long_cell) == ""


def test_the_application_list_names_the_whole_company_on_hover(
        qtbot, ops: Ops, no_tooltip: None) -> None:
    add_application(ops, LONG_NAME, "Analyst")
    widget = app_list(qtbot, ops, width=320)
    index = widget.proxy.index(0, COMPANY)
    assert widget.view.visualRect(index).width() < widget.view.fontMetrics().horizontalAdvance(
        LONG_NAME)
    assert LONG_NAME in tooltip_at(qtbot, widget.view, index)
