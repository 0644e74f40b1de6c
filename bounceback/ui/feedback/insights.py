"""The Feedback tab's insights: topics that keep coming up across all your feedback ("leadership
came up for three applications"), each with the lessons and action items written about it.

The themes come from ``services/insights/feedback.py``; this module only shows them.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bounceback.services.insights import feedback as themes
from bounceback.services.insights.feedback import FeedbackThemes, Theme
from bounceback.ui.common import labels
from bounceback.ui.common import ops as topics
from bounceback.ui.common.chart_figure import count_ticks
from bounceback.ui.common.charts import Bars, ChartWidget, Figure
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.common.insight_section import InsightSection
from bounceback.ui.common.ops import Ops, Reader
from bounceback.ui.theme.text import font as role_font
from bounceback.ui.theme.tokens import TextRole

APP_ROLE = Qt.ItemDataRole.UserRole  # the application a row belongs to, where it has one
THEME_ROLE = Qt.ItemDataRole.UserRole + 1


def theme_label(theme: Theme) -> str:
    return QCoreApplication.translate("insights", theme.label)


def _applications(count: int) -> str:
    return tr("%Ln application(s)", "", count)


def summary_text(data: FeedbackThemes) -> str:
    """The line beside the section's title: the recurring themes, most frequent first."""
    if not data.themes:
        return tr("No themes yet.")
    recurring = data.recurring
    if not recurring:
        return tr("No theme has come up more than once yet.")
    first, *rest = recurring[:3]
    text = fill(tr("“%1” came up for %2"), theme_label(first), _applications(first.applications))
    for theme in rest:
        text += fill(tr(", “%1” for %2"), theme_label(theme), theme.applications)
    return text + "."


def themes_figure(data: FeedbackThemes) -> Figure | None:
    if not data.themes:
        return None
    top = max(2, max(t.applications for t in data.themes))
    tips = []
    for theme in data.themes:
        companies = sorted({n.company for n in theme.notes}, key=str.casefold)
        tips.append(fill(tr("Came up for %1: %2"), _applications(theme.applications),
                         ", ".join(companies)))
    return Figure(
        bars=Bars(labels=tuple(f"{theme_label(t)} ({t.applications})" for t in data.themes),
                  values=tuple(float(t.applications) for t in data.themes),
                  tips=tuple(tips), color=4),
        x_label=tr("Applications"), x_range=(0, top), x_ticks=count_ticks(top),
    )



class ThemeChart(ChartWidget):
    """Themes as bars; clicking a bar asks to show that theme's details."""

    bar_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("How often each theme came up"), parent, empty_text=tr(
            "No themes yet. They show up once some feedback has words in it: an answer, "
            "your reaction or a lesson."))
        self.file_stem = "feedback-themes"
        self._connected = False

    def draw_extra(self, pg: Any, plot_item: Any) -> None:
        if not self._connected:
            self.plot_widget.scene().sigMouseClicked.connect(self._clicked)
            self._connected = True

    def bar_at(self, y: float) -> int | None:
        bars = self.figure.bars if self.figure else None
        row = round(y)
        return row if bars is not None and 0 <= row < len(bars.values) else None

    def _clicked(self, event: Any) -> None:
        vb = self.plot_widget.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        at: QPointF = vb.mapSceneToView(event.scenePos())
        row = self.bar_at(at.y())
        if row is not None:
            self.bar_clicked.emit(row)


class FeedbackInsights(InsightSection):
    """The "at a glance" strip under the Feedback tab."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, key="feedback", title=tr("Themes in your feedback"),
                         topics=frozenset({topics.FEEDBACK, topics.ACTIONS,
                                           topics.APPLICATIONS}),
                         open_tab="feedback", parent=parent)
        self.data: FeedbackThemes | None = None
        self.chart = ThemeChart(self)
        self.chart.bar_clicked.connect(self.show_theme)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([tr("Theme, lessons and action items")])
        self.tree.setAccessibleName(tr("Themes with their lessons and action items"))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.itemActivated.connect(self._activated)
        note = QLabel(tr("A theme is a topic that came up, not a verdict: the lessons beside it "
                         "say what to do with it. Double-click where it came up to open it."),
                      self)
        note.setWordWrap(True)
        note.setForegroundRole(self.summary.foregroundRole())
        right = QWidget(self)
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addWidget(self.tree, 1)
        right_lay.addWidget(note)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.chart)
        split.addWidget(right)
        split.setSizes([420, 560])
        self.body.setMinimumHeight(300)
        self.body_layout.addWidget(split)

    def reader(self) -> Reader[FeedbackThemes]:
        return partial(themes.feedback_themes,
                       include_archived=self.include_archived.isChecked())

    def show_summary(self, data: FeedbackThemes) -> None:
        self.set_summary(summary_text(data))

    def show_body(self, data: FeedbackThemes) -> None:
        self.chart.set_figure(themes_figure(data))
        self._fill_tree(data)

    def _fill_tree(self, data: FeedbackThemes) -> None:
        self.tree.clear()
        for theme in data.themes:
            top = QTreeWidgetItem([fill(tr("%1 — %2"), theme_label(theme),
                                        _applications(theme.applications))])

            top.setData(0, THEME_ROLE, theme.key)
            if theme.recurring:
                top.setFont(0, role_font(TextRole.STRONG, top.font(0)))
            self.tree.addTopLevelItem(top)
            self._group(top, tr("Lessons"), [(lesson, None) for lesson in theme.lessons],
                        tr("No lesson written yet"))
            apps = {n.feedback_id: n.application_id for n in theme.notes}
            self._group(top, tr("Action items"), [
                (("✓ " if a.done else "○ ") + a.text, apps.get(a.feedback_id))
                for a in theme.actions], tr("No action items yet"))
            self._group(top, tr("Where it came up"), [
                (f"{n.company} — {n.role}" + (f", {labels.date(n.on)}" if n.on else ""),
                 n.application_id) for n in theme.notes], "")
            # The recurring ones are what the person came for: open them.
            top.setExpanded(theme.recurring)

    def _group(self, parent: QTreeWidgetItem, title: str,
               rows: list[tuple[str, int | None]], empty: str) -> None:
        if not rows and not empty:
            return
        group = QTreeWidgetItem([f"{title} ({len(rows)})" if rows else f"{title}: {empty}"])
        parent.addChild(group)
        for text, app_id in rows:
            child = QTreeWidgetItem([text])
            child.setToolTip(0, text)
            if app_id is not None:
                child.setData(0, APP_ROLE, app_id)
            group.addChild(child)
        group.setExpanded(bool(rows))

    def show_theme(self, index: int) -> None:
        """Bring one theme forward in the list, opened (from a click on its bar)."""
        if not 0 <= index < self.tree.topLevelItemCount():
            return
        item = self.tree.topLevelItem(index)
        assert item is not None  # index is in range (checked above)
        item.setExpanded(True)
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        app_id = item.data(0, APP_ROLE)
        if isinstance(app_id, int):
            self.open_application.emit(app_id)
