"""Helpers for chart tests: what a chart really draws."""

from __future__ import annotations

from bounceback.ui.common.charts import ChartWidget


def drawn_ticks(qtbot, chart: ChartWidget, name: str) -> list[str]:
    """The tick labels pyqtgraph actually draws on one axis."""
    from PySide6.QtGui import QImage, QPainter

    qtbot.wait(30)  # the axes take their size from the layout
    axis = chart.plot_widget.getPlotItem().getAxis(name)
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        return [text for _rect, _flags, text in axis.generateDrawSpecs(painter)[2]]
    finally:
        painter.end()
