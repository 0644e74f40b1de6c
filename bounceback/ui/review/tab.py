"""The Review tab (being written)."""

from __future__ import annotations

from bounceback.ui.common.tab import TabPage


class ReviewTab(TabPage):
    key = "review"

    def title(self) -> str:
        return self.tr("Review")
