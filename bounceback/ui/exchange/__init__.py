"""File → Export… and File → Import…: dialogs over ``bounceback.services.exchange``."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bounceback.ui.common.ops import Ops
from bounceback.ui.exchange.export_dialog import ExportDialog
from bounceback.ui.exchange.import_dialog import ImportDialog

__all__ = ["ExportDialog", "ImportDialog", "export_data", "import_data"]


def export_data(parent: QWidget, ops: Ops) -> None:
    ExportDialog(ops, parent).exec()


def import_data(parent: QWidget, ops: Ops) -> None:
    ImportDialog(ops, parent).exec()
