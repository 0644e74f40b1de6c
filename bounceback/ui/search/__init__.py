"""One search over everything (Ctrl+K): a dialog with results that open in their tab."""

from bounceback.ui.search.dialog import SearchDialog

__all__ = ["SearchDialog"]
