"""The Check-in tab (being written)."""

from __future__ import annotations

from bounceback.ui.common.tab import TabPage


class CheckInTab(TabPage):
    key = "checkin"

    def title(self) -> str:
        return self.tr("Check-in")

    def new_checkin(self) -> None:
        pass
