"""A small base for the charts inside the tabs, drawn with pyqtgraph.

pyqtgraph (and numpy behind it) is imported only when a chart is first shown, so start-up never
pays for it: importing this module imports Qt only. Callers describe *what* to draw as a plain
:class:`Figure` and hand it to a :class:`ChartWidget`; the widget draws it when it is (or next
becomes) visible, in the colours of the current palette, light or dark.

API (stable; other tabs build on it)::

    chart = ChartWidget(title=self.tr("How you felt"), parent=self)
    chart.set_figure(Figure(
        series=(Series(points=(Point(epoch(day), 6, tip="3 Mar: 6 of 10"), ...)),),
        bars=None,                                   # or Bars(labels, values, tips)
        vmarkers=(VMarker(epoch(day), tip="Rejection: Acme"),),
        hlines=(HLine(6.0, label="Your usual"),),
        date_axis=True, y_range=(1, 10), y_label=self.tr("Overall"),
        counts=False,                                # True: whole numbers from 0 on the value axis
    ))
    chart.set_figure(None)        # or a Figure with nothing in it: the empty-state message
    chart.add_header_widget(combo)  # a chooser in the title row
    chart.add_controls(row)         # or on a line of its own under the title (long items)
    chart.save_png(path)          # -> bool; also offered as "Save as PNG…" (button, right-click)
    chart.tip_at(x, y)            # the tooltip hovering at data point (x, y) shows, or ""
    chart.is_built                # False until the first show

Points, bars and markers carry their own tooltip text (already translated by the caller).
X values of a date axis are seconds since the epoch, local time: use :func:`epoch`.
Subclasses that need more (lanes, extra items) override :meth:`ChartWidget.draw_extra`.
"""

from __future__ import annotations

import html
import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPoint,
    QPointF,
    QRectF,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from bounceback.services.files import write_private_atomically
from bounceback.ui.common.chart_axes import axis_types, number_text
from bounceback.ui.common.chart_figure import (
    Bars,
    Figure,
    HLine,
    Point,
    Series,
    VMarker,
    count_ticks,
    describe,
    epoch,
    is_dark,
    series_color,
)
from bounceback.ui.common.empty import EmptyNote
from bounceback.ui.common.file_dialogs import forget_recent_folders
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.theme.icons import Icon
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole

__all__ = [
    "Bars", "ChartWidget", "Figure", "HLine", "Point", "Series", "VMarker", "ask_png_path",
    "count_ticks", "epoch", "is_dark", "series_color",
]

HOVER_PIXELS = 14  # how close the pointer must come to a point for its tooltip


def pictures_folder() -> Path:
    """Where a chart is proposed to go: the Pictures folder, else home. A bare file name
    would open the dialog in whatever folder BounceBack happened to be started from."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def ask_png_path(parent: QWidget, suggested: str) -> str:
    """Where to save a chart; empty when cancelled. Module-level so tests can script it.

    The folder is proposed afresh each time and never remembered by BounceBack: a list of
    the folders private pictures went to is not kept anywhere of ours.
    """
    path, _filter = QFileDialog.getSaveFileName(
        parent, tr("Save chart as PNG"), str(pictures_folder() / suggested),
        tr("PNG images (*.png)"))
    forget_recent_folders()
    return path


class ChartWidget(QWidget):
    """A titled chart that builds its pyqtgraph plot the first time it is shown."""

    def __init__(self, title: str = "", parent: QWidget | None = None, *,
                 empty_text: str | None = None) -> None:
        super().__init__(parent)
        self._figure: Figure | None = None
        self._plot: Any = None  # pyqtgraph.PlotWidget once built
        self._pg: Any = None
        self.file_stem = "chart"  # suggested file name for "Save as PNG…"

        self.title_label = QLabel(title, self)
        self.title_label.setVisible(bool(title))
        set_role(self.title_label, TextRole.STRONG)
        # Charts sit side by side: at large font sizes a long title wraps, not widens the window.
        self.title_label.setWordWrap(True)
        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("Save as PNG…"))
        self.save_button.setAutoRaise(True)
        self.save_button.setToolTip(self.tr("Save this chart as a picture"))
        self.save_button.clicked.connect(self.save_png_dialog)
        self._name_save_button(title)
        self.empty_label = EmptyNote(Icon.CHART, empty_text or self.tr(
            "Not enough check-ins yet to draw this — it appears after a few."), parent=self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.setMinimumHeight(180)

        self._header = QHBoxLayout()
        self._header.setContentsMargins(0, 0, 0, 0)
        self._header.addWidget(self.title_label, 1)
        self._header.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._header)
        layout.addWidget(self.stack, 1)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self._show_page()

    # --- public ----------------------------------------------------------------------------
    @property
    def is_built(self) -> bool:
        return self._plot is not None

    @property
    def plot_widget(self) -> Any:
        """The pyqtgraph PlotWidget, or None before the first show."""
        return self._plot

    @property
    def figure(self) -> Figure | None:
        return self._figure

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title))
        self._name_save_button(title)
        self._name_plot()

    def add_header_widget(self, widget: QWidget) -> None:
        """Put a control (a chooser) in the title row, before "Save as PNG…"."""
        self._header.insertWidget(self._header.count() - 1, widget)

    def add_controls(self, widget: QWidget) -> None:
        """Put a control on a line of its own between the title and the plot: for a chooser
        whose items are too long to share the title row."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.stack), widget)

    def set_empty_text(self, text: str) -> None:
        self.empty_label.setText(text)

    def is_showing_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_label

    def set_figure(self, figure: Figure | None) -> None:
        """What to draw; None or an empty figure shows the empty-state message instead."""
        self._figure = figure
        self._show_page()
        self._name_plot()
        if self.is_built:
            self._draw()

    def text_alternative(self) -> str:
        """The chart in words (what a screen reader says of the plot)."""
        return describe(self._figure) if self._figure is not None else ""

    def ensure_built(self) -> None:
        """Build the plot now (normally the first show does it)."""
        if self._plot is None:
            self._build()
            self._show_page()
            self._draw()

    def save_png(self, path: str | Path) -> bool:
        """Write the chart (title and plot, or the empty message) to ``path`` as a PNG."""
        if self._figure is not None and not self._figure.is_empty:
            self.ensure_built()
        body = self.stack.grab()
        title = self.title_label.grab() if self.title_label.text() else QPixmap()
        image = QPixmap(max(body.width(), title.width()), body.height() + title.height())
        image.setDevicePixelRatio(body.devicePixelRatio())
        image.fill(self.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(image)
        painter.drawPixmap(0, 0, title)
        painter.drawPixmap(0, round(title.height() / max(title.devicePixelRatio(), 1)), body)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            return False
        try:
            write_private_atomically(Path(path), bytes(data.data()))
        except OSError:
            return False
        return True

    def save_png_dialog(self) -> None:
        path = ask_png_path(self, f"{self.file_stem}.png")
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if not self.save_png(path):
            QMessageBox.warning(self, self.tr("BounceBack"), self.tr(
                "The picture couldn't be saved there. Please try another folder."))

    def tip_at(self, x: float, y: float) -> str:
        """The tooltip for the data position (x, y): the nearest point within reach, else the
        bar under it, else a marker line close by; "" when nothing is there or not built."""
        if self._plot is None or self._figure is None:
            return ""
        vb = self._plot.getPlotItem().getViewBox()
        here = vb.mapViewToScene(QPointF(x, y))
        best, best_dist = "", float(HOVER_PIXELS)
        for series in self._figure.series:
            for p in series.points:
                at = vb.mapViewToScene(QPointF(p.x, p.y))
                dist = math.hypot(at.x() - here.x(), at.y() - here.y())
                if p.tip and dist <= best_dist:
                    best, best_dist = p.tip, dist
        if best:
            return best
        bars = self._figure.bars
        if bars is not None:
            for i, value in enumerate(bars.values):
                if i < len(bars.tips) and _bar_rect(bars, i, value).contains(QPointF(x, y)):
                    return bars.tips[i]
        for marker in self._figure.vmarkers:
            at = vb.mapViewToScene(QPointF(marker.x, y))
            if marker.tip and abs(at.x() - here.x()) <= 5:
                return marker.tip
        return ""

    def draw_extra(self, pg: Any, plot_item: Any) -> None:
        """Hook for subclasses: add items after the figure is drawn (colours: self.colors())."""

    def colors(self) -> dict[str, QColor]:
        """The palette's colours for the plot: background, text, faint (grid, markers)."""
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        faint = QColor(text)
        faint.setAlphaF(0.45)
        return {"background": pal.color(QPalette.ColorRole.Base), "text": text, "faint": faint}

    def series_color(self, index: int) -> QColor:
        return series_color(index, is_dark(self.palette()))

    # --- Qt --------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_built()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.is_built:
            self._draw()

    # --- inside ----------------------------------------------------------------------------
    def _show_page(self) -> None:
        empty = self._figure is None or self._figure.is_empty
        self.stack.setCurrentWidget(self.empty_label if empty or self._plot is None
                                    else self._plot)
        self.save_button.setHidden(empty)  # nothing worth a picture yet

    def _name_plot(self) -> None:
        """The plot is named by the chart's title and described in words."""
        if self._plot is None:
            return
        name = self.title_label.text() or self.tr("Chart")
        for widget in (self._plot, self._plot.viewport()):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(self.text_alternative())

    def _name_save_button(self, title: str) -> None:
        self.save_button.setAccessibleName(
            fill(self.tr("Save “%1” as PNG"), title) if title
            else self.tr("Save chart as PNG"))

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Save as PNG…"), self.save_png_dialog)
        menu.exec(self.mapToGlobal(pos))

    def _build(self) -> None:
        import pyqtgraph as pg  # here, not at the top: start-up must not load it

        self._pg = pg
        plot = pg.PlotWidget(parent=self.stack)
        item = plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        plot.scene().contextMenu = []  # pyqtgraph's own "Export…" entries; ours is simpler
        plot.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        plot.scene().sigMouseMoved.connect(self._hovered)
        self.stack.addWidget(plot)
        self._plot = plot
        self._name_plot()

    def _draw(self) -> None:
        pg, plot = self._pg, self._plot
        fig = self._figure or Figure()
        colors = self.colors()
        item = plot.getPlotItem()
        item.clear()
        plot.setBackground(colors["background"])
        # Numbers and dates as the person's language writes them ("0,5", "7 dic.").
        axes = axis_types(pg)
        bottom_type = axes.dates if fig.date_axis else axes.numbers
        if type(item.getAxis("bottom")) is not bottom_type:
            item.setAxisItems({"bottom": bottom_type(orientation="bottom")})
        if type(item.getAxis("left")) is not axes.numbers:
            item.setAxisItems({"left": axes.numbers(orientation="left")})
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(colors["faint"]))
            axis.setTextPen(pg.mkPen(colors["text"]))
            axis.setTicks(None)
        item.getAxis("left").setWidth(None)
        item.setLabel("bottom", html.escape(fig.x_label), color=colors["text"].name())
        item.setLabel("left", html.escape(fig.y_label), color=colors["text"].name())
        item.showGrid(x=False, y=True, alpha=0.15)
        vb = item.getViewBox()
        vb.setMouseEnabled(x=fig.zoom_x, y=False)
        vb.invertY(False)
        for line in fig.hlines:
            item.addItem(pg.InfiniteLine(
                pos=line.y, angle=0, pen=pg.mkPen(colors["faint"], width=1.5,
                                                  style=Qt.PenStyle.DashLine),
                label=_format_safe(line.label) or None,
                labelOpts={"position": 0.08, "color": colors["text"],
                           # pyqtgraph wants an anchor for each end of the line.
                           "anchors": [(0, 1), (0, 1)]}))
        for marker in fig.vmarkers:
            item.addItem(pg.InfiniteLine(
                pos=marker.x, angle=90, pen=pg.mkPen(self.series_color(3), width=1.5,
                                                     style=Qt.PenStyle.DashLine),
                label=_format_safe(marker.label) or None,
                labelOpts={"position": 0.95, "color": colors["text"]}))
        if fig.bars is not None and fig.bars.values:
            self._draw_bars(fig.bars)
        for series in fig.series:
            color = self.series_color(series.color)
            xs = [p.x for p in series.points]
            ys = [p.y for p in series.points]
            item.addItem(pg.PlotDataItem(
                xs, ys, pen=pg.mkPen(color, width=2) if series.line else None,
                symbol="o", symbolSize=8, symbolBrush=color,
                symbolPen=pg.mkPen(colors["background"], width=1), name=series.name or None,
                antialias=True))
        if fig.x_ticks is not None:
            item.getAxis("bottom").setTicks([list(fig.x_ticks)])
        vb.enableAutoRange()
        if fig.x_range is not None:
            vb.setXRange(*fig.x_range, padding=0.02)
        if fig.y_range is not None:
            vb.setYRange(*fig.y_range, padding=0.05)
        bars = fig.bars
        if bars is not None and bars.values and not any(bars.values) \
                and (fig.x_range if bars.horizontal else fig.y_range) is None:
            # Only bars of nothing (no change at all): pyqtgraph would zoom into ±0.0004
            # around zero; one point either way reads as what it is.
            (vb.setXRange if bars.horizontal else vb.setYRange)(-1, 1, padding=0.02)
        if fig.counts:
            self._draw_counts(fig)
        self.draw_extra(pg, item)

    def _draw_counts(self, fig: Figure) -> None:
        """Whole numbers along the value axis, from 0 to the last tick (pyqtgraph would
        happily mark 0.2, 0.4 … of one check-in)."""
        item = self._plot.getPlotItem()
        if fig.bars is not None and fig.bars.values:
            values, along_x = fig.bars.values, fig.bars.horizontal
        else:
            values, along_x = tuple(p.y for s in fig.series for p in s.points), False
        if along_x and fig.x_ticks is not None:
            return  # the caller chose its own ticks
        ticks = tuple((v, number_text(v, 0)) for v, _label in count_ticks(max(values,
                                                                                  default=0.0)))
        # No minor ticks either: between two whole numbers there is nothing to count.
        item.getAxis("bottom" if along_x else "left").setTicks([list(ticks), []])
        last = ticks[-1][0]
        if along_x and fig.x_range is None:
            item.getViewBox().setXRange(0, last, padding=0.04)
        elif not along_x and fig.y_range is None:
            item.getViewBox().setYRange(0, last, padding=0.05)

    def _draw_bars(self, bars: Bars) -> None:
        pg, item = self._pg, self._plot.getPlotItem()
        color = self.series_color(bars.color)
        rects = [_bar_rect(bars, i, v) for i, v in enumerate(bars.values)]
        item.addItem(pg.BarGraphItem(
            x0=[r.left() for r in rects], y0=[r.top() for r in rects],
            width=[r.width() for r in rects], height=[r.height() for r in rects],
            brush=color, pen=pg.mkPen(color)))
        ticks = [[(float(i), _elide(label)) for i, label in enumerate(bars.labels)]]
        axis = item.getAxis("left" if bars.horizontal else "bottom")
        axis.setTicks(ticks)
        if bars.horizontal:
            # Room for the longest label, within reason; the rest is elided.
            metrics = self.fontMetrics()
            width = min(max((metrics.horizontalAdvance(t) for _, t in ticks[0]), default=40), 244)
            # pyqtgraph drops a label wider than the axis; at large font sizes cut it short
            # instead, so every bar keeps its name (the tooltip has it in full).
            axis.setTicks([[(at, t if metrics.horizontalAdvance(t) <= width
                             else metrics.elidedText(t, Qt.TextElideMode.ElideRight, width))
                            for at, t in ticks[0]]])
            axis.setWidth(width + 16)
            item.getViewBox().invertY(True)  # first label on top, as people read a list
        item.addItem(self._pg.InfiniteLine(pos=0, angle=90 if bars.horizontal else 0,
                                           pen=self._pg.mkPen(self.colors()["text"])))

    def _hovered(self, scene_pos: QPointF) -> None:
        if self._plot is None:
            return
        vb = self._plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            QToolTip.hideText()
            return
        at = vb.mapSceneToView(scene_pos)
        tip = self.tip_at(at.x(), at.y())
        if tip:
            view_pos = self._plot.mapFromScene(scene_pos)
            QToolTip.showText(self._plot.mapToGlobal(view_pos), tip, self._plot)
        else:
            QToolTip.hideText()


def _bar_rect(bars: Bars, index: int, value: float) -> QRectF:
    """The bar's rectangle in data units: from 0 to ``value``, 0.6 wide, centred on ``index``."""
    low, span = min(0.0, value), abs(value)
    if bars.horizontal:
        return QRectF(low, index - 0.3, span, 0.6)
    return QRectF(index - 0.3, low, 0.6, span)


def _elide(label: str, limit: int = 34) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _format_safe(text: str) -> str:
    """InfiniteLine labels are format strings: braces in the text must be doubled."""
    return text.replace("{", "{{").replace("}", "}}")
