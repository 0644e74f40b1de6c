"""The Timeline tab (being written)."""

from __future__ import annotations

from bounceback.ui.common.tab import TabPage


class TimelineTab(TabPage):
    key = "timeline"

    def title(self) -> str:
        return self.tr("Timeline")

    def new_application(self) -> None:
        pass
