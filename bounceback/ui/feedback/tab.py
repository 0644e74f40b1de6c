"""The Feedback tab (being written)."""

from __future__ import annotations

from bounceback.ui.common.tab import TabPage


class FeedbackTab(TabPage):
    key = "feedback"

    def title(self) -> str:
        return self.tr("Feedback")
