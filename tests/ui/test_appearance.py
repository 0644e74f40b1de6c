"""Light and dark follow the system, and text scales with the system font (issue 8).

Three kinds of check, each shown to fail on a deliberately broken widget:

* the source holds no colour of its own (only the two chart palettes), so nothing hard-coded
  can break in one of the themes;
* on the real window, in a light and a dark palette, every visible label, button and text box
  reads at a WCAG contrast of at least 4.5:1, rich text embeds no colour but the charts', and
  the charts draw in the palette's tones, even after the palette changes at run time;
* at 1.6 times the system font, no button, check box, radio button, tab or one-line label on
  any tab is squeezed below the room its text needs, and no fixed height is shorter than a line.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bounceback.ui.common.chart_figure import is_dark, series_color
from bounceback.ui.common.charts import Bars, ChartWidget, Figure
from bounceback.ui.common.insight_section import InsightSection
from bounceback.ui.main_window import MainWindow
from bounceback.ui.search.model import HIT_ROLE
from tests.ui.walk import close_window, tiny_window


@pytest.fixture
def main_window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    """The real window on a generated store with data in every table, at 1280×900; built
    after the fixtures a test lists before this one (palette, font)."""
    window = tiny_window(qtbot, tmp_path)
    yield window
    close_window(window)


ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "bounceback"
Role = QPalette.ColorRole

# --- 1. No colour in the source -------------------------------------------------------------

# The only colours the program owns: the chart series, one set per theme.
ALLOWED_COLOURS = {"bounceback/ui/common/chart_figure.py": ("_SERIES_LIGHT", "_SERIES_DARK")}

_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\b")
_FUNCTION = re.compile(r"\b(?:rgba?|hsla?|hsva?)\s*\(", re.I)
_STYLE = re.compile(r"\b(?:color|background(?:-color)?|border(?:-[a-z]+)?)\s*[:=]\s*[\"']?"
                    r"([a-z]+)", re.I)
_CODE = re.compile(
    r"\bQt\.(?:GlobalColor|white|black|red|green|blue|cyan|magenta|yellow|gray|"
    r"dark[A-Z]\w*|light[A-Z]\w*)\b"
    r"|\bQColor(?:\.from\w+)?\(\s*(?:\d|[\"'])"  # a colour spelled out, not one passed on
    r"|\bmk(?:Pen|Brush)\(\s*[\"']"  # pyqtgraph's "w", "k", "r"...
    r"|\b(?:color|pen|brush|symbolBrush|symbolPen)\s*=\s*[\"']"  # ... also as keywords
    r"|\bsetStyleSheet\("  # style sheets override the palette: they break one theme or the other
)


def colour_names() -> set[str]:
    return {name.lower() for name in QColor.colorNames()} - {"transparent"}


def colours_in(source: str, names: set[str]) -> list[tuple[int, str]]:
    """(line, what) of every colour spelled out in Python source."""
    found: list[tuple[int, str]] = []
    lines = source.splitlines()
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:  # comments may name colours; they draw nothing
            row, col = tok.start
            lines[row - 1] = lines[row - 1][:col]
        elif tok.type == tokenize.STRING:
            text = tok.string
            hits = _HEX.findall(text) + _FUNCTION.findall(text)
            hits += [m for m in _STYLE.findall(text) if m.lower() in names]
            if text.strip("\"'rbufRBUF").strip().lower() in names:
                hits.append(text)
            found.extend((tok.start[0], hit) for hit in hits)
    for number, line in enumerate(lines, start=1):
        found.extend((number, m.group(0)) for m in _CODE.finditer(line))
    return found


def source_colours() -> list[str]:
    names = colour_names()
    problems = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        source = path.read_text(encoding="utf-8")
        allowed = ALLOWED_COLOURS.get(rel, ())
        lines = source.splitlines()
        for number, what in colours_in(source, names):
            if any(lines[number - 1].lstrip().startswith(f"{name} =") for name in allowed):
                continue
            problems.append(f"{rel}:{number}: {what}")
    return problems


def test_the_source_spells_out_no_colours() -> None:
    assert source_colours() == []


@pytest.mark.parametrize("line", [
    'label.setStyleSheet("color: white")',
    'QColor("#ff0000")',
    'QColor(255, 0, 0)',
    'text = "<span style=\'background-color:yellow\'>x</span>"',
    'painter.setPen(Qt.GlobalColor.black)',
    'pen = pg.mkPen("w")',
    'pg.TextItem(text, color="k")',
    'fill = "rgba(0, 0, 0, 0.5)"',
])
def test_the_scan_finds_a_hard_coded_colour(line: str) -> None:
    assert colours_in(line + "\n", colour_names()) != []


def test_the_scan_lets_palette_roles_through() -> None:
    ok = ("pal.color(QPalette.ColorRole.Text)\n"
          "self.setForegroundRole(QPalette.ColorRole.PlaceholderText)\n"
          "QColor(text)  # a colour passed on, not spelled out\n"
          'label = "Issue #12 is red-letter news"\n')
    assert colours_in(ok, colour_names()) == []


# --- 2. Contrast in light and dark -----------------------------------------------------------

def dark_palette() -> QPalette:
    """A dark theme as desktops ship it: dark window and fields, light text, muted
    placeholder and disabled text, a lighter link."""
    pal = QPalette()
    colours = {
        Role.Window: "#2b2b2e", Role.WindowText: "#ececec", Role.Base: "#1e1e20",
        Role.AlternateBase: "#27272a", Role.Text: "#ececec", Role.Button: "#38383c",
        Role.ButtonText: "#ececec", Role.BrightText: "#ffffff", Role.Highlight: "#3d7bd0",
        Role.HighlightedText: "#ffffff", Role.ToolTipBase: "#38383c", Role.ToolTipText: "#ececec",
        Role.Link: "#8ab4f8", Role.LinkVisited: "#c58af9", Role.PlaceholderText: "#ececec80",
        Role.Light: "#4a4a4f", Role.Midlight: "#404045", Role.Mid: "#303034",
        Role.Dark: "#1a1a1c", Role.Shadow: "#000000", Role.Accent: "#3d7bd0",
    }
    for role, name in colours.items():
        colour = QColor(name[:7])
        if len(name) == 9:
            colour.setAlpha(int(name[7:], 16))
        pal.setColor(role, colour)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7c7c80"))
    return pal


@pytest.fixture
def restore_palette(qapp) -> Iterator[None]:
    saved = QPalette(QApplication.palette())
    yield
    QApplication.setPalette(saved)
    QApplication.processEvents()
    assert QApplication.palette().color(Role.Window) == saved.color(Role.Window)


@pytest.fixture
def dark(restore_palette) -> None:
    QApplication.setPalette(dark_palette())


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def over(fg: QColor, bg: QColor) -> QColor:
    """``fg`` as it shows on ``bg`` (half-transparent placeholder text is lighter)."""
    a = fg.alphaF()
    return QColor.fromRgbF(*(f * a + b * (1 - a) for f, b in (
        (fg.redF(), bg.redF()), (fg.greenF(), bg.greenF()), (fg.blueF(), bg.blueF()))))


def contrast(fg: QColor, bg: QColor) -> float:
    high, low = sorted((luminance(over(fg, bg)), luminance(bg)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def background(w: QWidget) -> QColor:
    """What the widget's text is drawn on: its own panel, or the nearest painted ancestor."""
    if isinstance(w, QLineEdit | QAbstractSpinBox):
        return w.palette().color(Role.Base)
    if isinstance(w, QTextEdit):
        return w.viewport().palette().color(w.viewport().backgroundRole())
    if (isinstance(w, QPushButton) and not w.isFlat()) or \
            (isinstance(w, QToolButton) and not w.autoRaise()):
        return w.palette().color(Role.Button)
    at: QWidget | None = w
    while at is not None:
        if at.autoFillBackground() or at.isWindow():
            return at.palette().color(at.backgroundRole())
        at = at.parentWidget()
    return w.palette().color(Role.Window)


def foreground(w: QWidget) -> QColor:
    if isinstance(w, QLineEdit | QTextEdit | QAbstractSpinBox):
        return w.palette().color(Role.Text)
    return w.palette().color(w.foregroundRole())


def text_of(w: QWidget) -> str:
    if isinstance(w, QLabel | QAbstractButton | QLineEdit):
        return w.text()
    if isinstance(w, QTextEdit):
        return w.toPlainText()
    return ""


_EMBEDDED = re.compile(r"(?:color|background(?:-color)?)\s*[:=]\s*[\"']?([#\w]+)", re.I)


def theme_colours(w: QWidget) -> set[str]:
    """Colours rich text may carry: the chart legend's, in the widget's theme, and its
    text colour (a legend's faint marks)."""
    pal = w.palette()
    names = {series_color(i, is_dark(pal)).name() for i in range(6)}
    return names | {pal.color(role).name() for role in (Role.WindowText, Role.Text)}


def unreadable(root: QWidget) -> list[str]:
    """Visible, enabled text below 4.5:1 against what it is drawn on, or rich text that
    carries a colour of its own."""
    found = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, QLabel | QAbstractButton | QLineEdit | QTextEdit) \
                or not w.isVisibleTo(root) or not w.isEnabled() or not text_of(w).strip():
            continue
        name = f"{type(w).__name__} “{text_of(w)[:40]}”"
        ratio = contrast(foreground(w), background(w))
        if ratio < 4.5:
            found.append(f"{name}: contrast {ratio:.2f}")
        rich = w.text() if isinstance(w, QLabel) else w.toHtml() if isinstance(w, QTextEdit) \
            else ""
        allowed = theme_colours(w)
        for value in _EMBEDDED.findall(rich):
            if QColor(value).isValid() and QColor(value).name() not in allowed:
                found.append(f"{name}: embeds colour {value}")
    return found


def chart_problems(root: QWidget, dark_: bool) -> list[str]:
    """Charts whose series or plot are not in the tones of the theme."""
    found = []
    charts = [root] if isinstance(root, ChartWidget) else []
    for chart in charts + root.findChildren(ChartWidget):
        if chart.series_color(0) != series_color(0, dark_):
            found.append(f"{chart.title_label.text()}: series in the wrong theme")
        plot = chart.plot_widget
        if plot is not None and plot.backgroundBrush().color() != chart.palette().color(Role.Base):
            found.append(f"{chart.title_label.text()}: plot background not redrawn")
    return found


def settle(qtbot) -> None:
    """Let layouts finish: a change can take a few rounds of posted layout requests."""
    qtbot.wait(30)


def every_view(qtbot, window: MainWindow) -> Iterator[str]:
    """Open every tab, its "at a glance" charts and each of its sub-tabs in turn; yield
    where we are at each step, once the layouts have settled."""
    for key in window.tabs.tab_keys():
        page = window.show_tab(key)
        settle(qtbot)
        for section in page.findChildren(InsightSection):
            section.set_expanded(True)
            qtbot.waitUntil(lambda section=section: not section.loading)
        settle(qtbot)
        yield key
        for tabs in [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(page)]:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                settle(qtbot)
                yield f"{key} / {tabs.tabText(index)}"


def report(problems: dict[str, list[str]]) -> str:
    return "\n".join(f"{where}: {p}" for where, found in problems.items() for p in found)


def theme_problems(qtbot, window: MainWindow, dark_: bool) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}
    seen: set[str] = set()
    for where in every_view(qtbot, window):
        assert is_dark(window.palette()) is dark_
        new = [p for p in unreadable(window) + chart_problems(window, dark_) if p not in seen]
        seen.update(new)
        if new:
            problems[where] = new
    return problems


def test_every_tab_reads_well_in_the_light_palette(qtbot, restore_palette, main_window) -> None:
    problems = theme_problems(qtbot, main_window, dark_=False)
    assert not problems, report(problems)


def test_every_tab_reads_well_in_a_dark_palette(qtbot, dark, main_window) -> None:
    problems = theme_problems(qtbot, main_window, dark_=True)
    assert not problems, report(problems)


def test_a_switch_to_dark_while_running_redraws_everything(
        qtbot, restore_palette, main_window) -> None:
    """Built in light, then the desktop turns dark: charts and legends follow at once."""
    for _where in every_view(qtbot, main_window):
        pass
    charts = [c for c in main_window.findChildren(ChartWidget) if c.is_built]
    assert charts and chart_problems(main_window, False) == []
    QApplication.setPalette(dark_palette())
    QApplication.processEvents()
    assert chart_problems(main_window, True) == []
    problems = theme_problems(qtbot, main_window, dark_=True)
    assert not problems, report(problems)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_search_results_are_painted_in_the_palette(
        qtbot, restore_palette, ops, theme: str) -> None:
    """The search list paints its own rows from the palette it is given: every part of an
    unselected row, down to the kind of record, reads at 4.5:1 on the list's background."""
    import datetime as dt

    from bounceback.db.enums import EventKind
    from bounceback.services import applications as apps
    from bounceback.services import events
    from bounceback.ui.search import SearchDialog
    from bounceback.ui.search.delegate import PAD_X, PAD_Y
    from bounceback.ui.search.words import kind_label

    if theme == "dark":
        QApplication.setPalette(dark_palette())
    with ops.store.session() as s, s.begin():
        app = apps.create_application(s, apps.ApplicationInput("Lynx Ltd", "Editor"))
        events.add_event(s, app.id, events.EventInput(
            EventKind.INTERVIEW, dt.date(2025, 2, 14), "They asked about practice"))
    dialog = SearchDialog(ops)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.edit, "practice")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=2000)
    dialog.list.clearSelection()
    assert is_dark(dialog.list.palette()) is (theme == "dark")

    image = dialog.list.viewport().grab().toImage()
    base = dialog.list.palette().color(Role.Base)
    row = dialog.list.visualRect(dialog.model.index(0, 0))
    metrics = dialog.list.fontMetrics()
    kind = kind_label(dialog.model.index(0, 0).data(HIT_ROLE))

    def best(x0: int, y0: int, width: int, height: int) -> float:
        """The strongest contrast in the box: the core of the glyphs drawn there."""
        ratio = image.devicePixelRatio()
        return max((contrast(image.pixelColor(round(x * ratio), round(y * ratio)), base)
                    for x in range(x0, x0 + width) for y in range(y0, y0 + height)),
                   default=1.0)

    left, top = row.left() + PAD_X, row.top() + PAD_Y
    assert best(left, top, metrics.horizontalAdvance(kind), metrics.height()) >= 4.5
    assert best(row.left(), row.top(), row.width(), row.height()) >= 4.5


def reminder_card(qtbot) -> QWidget:
    """A Today card (the generated store has nothing due on the day the tests run)."""
    import datetime as dt

    from bounceback.services.reminders import Reminder, ReminderKind
    from bounceback.ui.today.card import ReminderCard

    today = dt.date(2025, 3, 10)
    reminder = Reminder(key="k", kind=ReminderKind.ACTION, title="Practise the salary question",
                        detail="From your review of Lynx Ltd", due_on=today - dt.timedelta(2),
                        app_id=1, opens="review", record_id=1, text="Practise")
    root = QWidget()
    qtbot.addWidget(root)
    QVBoxLayout(root).addWidget(ReminderCard(reminder, today, root))
    root.resize(560, 200)
    root.show()
    qtbot.waitExposed(root)
    return root


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_today_card_reads_well(qtbot, restore_palette, theme: str) -> None:
    if theme == "dark":
        QApplication.setPalette(dark_palette())
    card = reminder_card(qtbot)
    assert is_dark(card.palette()) is (theme == "dark")
    assert unreadable(card) == []


def test_the_contrast_check_catches_faint_text_and_embedded_colours(qtbot, dark) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    faint = QLabel("Hard to read", root)
    faint.setForegroundRole(Role.Mid)  # dark grey on the dark window
    painted = QLabel('<span style="color:#000000">Black on dark</span>', root)
    fine = QLabel("Easy to read", root)
    for label in (faint, painted, fine):
        layout.addWidget(label)
    root.show()
    found = unreadable(root)
    assert len(found) == 2
    assert "Hard to read" in found[0] and "contrast" in found[0]
    assert "embeds colour #000000" in found[1]


def test_the_chart_check_catches_a_chart_in_the_wrong_theme(qtbot, dark) -> None:
    class StuckInLight(ChartWidget):
        def series_color(self, index: int) -> QColor:
            return series_color(index, False)

    root = QWidget()
    qtbot.addWidget(root)
    ChartWidget("Mood", root)
    assert chart_problems(root, True) == []
    StuckInLight("Sleep", root)
    assert chart_problems(root, True) == ["Sleep: series in the wrong theme"]


# --- 3. Large fonts -----------------------------------------------------------------------

SCALE = 1.6
WINDOW = (1280, 800)


@pytest.fixture
def big_font(qapp) -> Iterator[QFont]:
    saved = QFont(QApplication.font())
    font = QFont(saved)
    font.setPointSizeF(saved.pointSizeF() * SCALE)
    QApplication.setFont(font)
    yield font
    QApplication.setFont(saved)


@pytest.fixture
def big_window(big_font, main_window) -> MainWindow:
    """The window built after the font grew, as it is when the system font is large."""
    main_window.resize(*WINDOW)
    QApplication.processEvents()
    return main_window


def _short(w: QWidget) -> str:
    text = text_of(w).replace("\n", " ")
    return f"{type(w).__name__} “{text[:40]}”" if text else type(w).__name__


def cut_off(root: QWidget) -> list[str]:
    """Visible text squeezed below the room it needs."""
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        need = None
        if isinstance(w, QPushButton | QToolButton | QCheckBox | QRadioButton) and w.text():
            need = w.minimumSizeHint().expandedTo(
                w.sizeHint() if isinstance(w, QCheckBox | QRadioButton) else w.minimumSizeHint())
        elif (isinstance(w, QLabel) and w.text() and not w.wordWrap()
              and w.pixmap().isNull()) or isinstance(w, QAbstractSpinBox):
            need = w.minimumSizeHint()
        if need is not None and (w.width() < need.width() or w.height() < need.height()):
            found.append(f"{_short(w)}: {w.width()}×{w.height()} < "
                         f"{need.width()}×{need.height()}")
        line = w.fontMetrics().height()
        margins = w.contentsMargins()
        tallest = w.maximumHeight()
        shows_text = isinstance(w, QLabel | QAbstractButton | QLineEdit | QTextEdit
                                | QAbstractSpinBox | QComboBox)
        if shows_text and tallest < line + margins.top() + margins.bottom():
            found.append(f"{_short(w)}: at most {tallest}px tall, a line needs {line}px")
        if isinstance(w, QTabBar):
            found.extend(tabs_cut_off(w))
    return found


def tabs_cut_off(bar: QTabBar) -> list[str]:
    found = []
    metrics = bar.fontMetrics()
    scrolling = any(b.isVisible() for b in bar.findChildren(QToolButton))
    for i in range(bar.count()):
        text = bar.tabText(i).replace("&&", "\0").replace("&", "").replace("\0", "&")
        rect = bar.tabRect(i)
        if rect.width() < metrics.horizontalAdvance(text) or rect.height() < metrics.height():
            found.append(f"tab “{text}”: {rect.width()}×{rect.height()} is too small")
        elif scrolling or not bar.rect().contains(rect):
            found.append(f"tab “{text}”: out of sight, the tabs don't fit")
    return found


def test_large_fonts_fit_on_every_tab(qtbot, big_window) -> None:
    window = big_window
    assert window.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF())
    problems: dict[str, list[str]] = {}
    seen: set[str] = set()
    for where in every_view(qtbot, window):
        found = cut_off(window)
        if window.width() > WINDOW[0] or window.height() > WINDOW[1]:
            found.append(f"the window can't be {WINDOW[0]}×{WINDOW[1]}: "
                         f"it needs {window.width()}×{window.height()}")
        found = [p for p in found if p not in seen]
        seen.update(found)
        if found:
            problems[where] = found
    assert not problems, report(problems)


def axis_labels(qtbot, chart: ChartWidget) -> list[str]:
    """The bar names pyqtgraph actually draws on the left axis."""
    qtbot.wait(50)  # the axes take their size from the layout
    axis = chart.plot_widget.getPlotItem().getAxis("left")
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        return [text for _rect, _flags, text in axis.generateDrawSpecs(painter)[2]]
    finally:
        painter.end()


def test_every_bar_keeps_its_name_at_large_fonts(qtbot, big_font) -> None:
    """pyqtgraph silently drops an axis label wider than the axis: long names are cut
    short with "…" instead, so no bar loses its name; names that fit stay whole."""
    chart = ChartWidget("Answered, by how you applied")
    qtbot.addWidget(chart)
    chart.resize(420, 320)
    chart.show()
    qtbot.waitExposed(chart)
    fits = ("Applied (11)", "Screening call (7)")
    chart.set_figure(Figure(bars=Bars(labels=fits, values=(11.0, 7.0))))
    assert axis_labels(qtbot, chart) == list(fits)
    names = ("Referral (71%)", "A recruiter reached out to me first (67%)")
    chart.set_figure(Figure(bars=Bars(labels=names, values=(71.0, 67.0))))
    drawn = axis_labels(qtbot, chart)
    assert len(drawn) == 2 and drawn[0] == names[0] and drawn[1].endswith("…")


def test_a_today_card_fits_large_fonts(qtbot, big_font) -> None:
    card = reminder_card(qtbot)
    settle(qtbot)
    assert cut_off(card) == []


def test_the_size_check_catches_squeezed_text(qtbot, big_font) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    button = QPushButton("Save this check-in", root)
    button.setMaximumWidth(60)
    label = QLabel("A line that is longer than its box", root)
    label.setMaximumWidth(80)
    field = QLineEdit(root)
    field.setFixedHeight(8)
    tabs = QTabWidget(root)
    tabs.setFixedWidth(120)
    for title in ("Timeline", "Check-in", "Feedback", "Review"):
        tabs.addTab(QWidget(), title)
    fine = [QLabel("Fits", root), QPushButton("Also fits", root), QCheckBox("Fits too", root)]
    for w in (button, label, field, tabs, *fine):
        layout.addWidget(w)
    root.show()
    qtbot.waitExposed(root)
    settle(qtbot)
    found = "\n".join(cut_off(root))
    assert "“Save this check-in”: 60×" in found
    assert "“A line that is longer than its box”: 80×" in found
    assert "QLineEdit: at most 8px tall" in found
    assert "tab “Review”: out of sight, the tabs don't fit" in found
    assert not any(f"“{w.text()}”" in found for w in fine)


def test_spanish_fits_on_every_tab(qtbot, main_window) -> None:
    """Spanish runs longer than English: every tab still fits without cutting words."""
    from bounceback.ui import language

    window = main_window
    window.resize(*WINDOW)
    with qtbot.waitSignal(window.retranslated):
        assert language.apply("es")
    try:
        problems: dict[str, list[str]] = {}
        seen: set[str] = set()
        for where in every_view(qtbot, window):
            found = cut_off(window)
            if window.width() > WINDOW[0] or window.height() > WINDOW[1]:
                found.append(f"the window needs {window.width()}×{window.height()}")
            found = [p for p in found if p not in seen]
            seen.update(found)
            if found:
                problems[where] = found
    finally:
        language.apply(language.SOURCE)
    assert not problems, report(problems)


# --- 4. The dialogs too -----------------------------------------------------------------------

def dialog_problems(qtbot, window: MainWindow, check) -> dict[str, list[str]]:
    """``check(dialog)`` on each page of every dialog the menus open, and the welcome."""
    from tests.ui.walk import MENU_DIALOGS, each_modal_dialog, open_menu_dialogs, pages_of

    problems: dict[str, list[str]] = {}

    def look(dialog: QWidget) -> None:
        # The size it asks for (exec's adjustSize caps it at 2/3 of the screen, and the test
        # screen is small), as long as that fits the screen the window is checked at.
        want = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
        dialog.resize(want.boundedTo(QSize(*WINDOW)))
        for page in pages_of(dialog):
            settle(qtbot)
            found = check(dialog)
            if want.width() > WINDOW[0] or want.height() > WINDOW[1]:
                found.append(f"needs {want.width()}×{want.height()}")
            if found:
                problems[f"{type(dialog).__name__} {page}".strip()] = found

    with each_modal_dialog(look) as seen:
        open_menu_dialogs(window)
        window.welcome()
        qtbot.waitUntil(lambda: "WelcomeDialog" in seen)
    assert {*MENU_DIALOGS, "WelcomeDialog"} <= set(seen)
    return problems


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_dialog_reads_well(qtbot, restore_palette, theme: str, main_window) -> None:
    if theme == "dark":
        QApplication.setPalette(dark_palette())
    problems = dialog_problems(qtbot, main_window, unreadable)
    assert not problems, report(problems)


def test_large_fonts_fit_in_every_dialog(qtbot, big_window) -> None:
    problems = dialog_problems(qtbot, big_window, cut_off)
    assert not problems, report(problems)
