"""The first-run welcome (what BounceBack is for, privacy, a passphrase, example data) and the
bar that removes the example data in one step.

Kept light: the dialog is imported only when it is shown, so attaching the store stays quick.
Nothing here calls ``exec()`` on the welcome: it opens window-modal and returns at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bounceback.ui.main_window import MainWindow
    from bounceback.ui.welcome.dialog import WelcomeDialog

# Set once the welcome has been shown (whatever was chosen in it), in the window's QSettings.
SETTING_DONE = "welcome/done"


def start_if_first_run(window: MainWindow) -> WelcomeDialog | None:
    """Show the welcome once, on a first start: a store with entries already needs none."""
    from bounceback.services import example_data

    settings = window.settings
    if window.ops is None or settings.value(SETTING_DONE, False, type=bool):
        return None
    # Once, whatever is chosen in it (Help → Welcome and example data brings it back).
    settings.setValue(SETTING_DONE, True)
    settings.sync()
    if not window.ops.read(example_data.is_empty):
        return None  # someone who has written entries already knows their way round
    return show_welcome(window)


def show_welcome(window: MainWindow) -> WelcomeDialog:
    """Open the welcome over ``window`` (also from Help → Welcome and example data)."""
    from bounceback.ui.welcome.dialog import WelcomeDialog

    assert window.ops is not None
    for earlier in window.findChildren(WelcomeDialog):
        if earlier.isVisible():
            earlier.raise_()
            return earlier
        earlier.deleteLater()  # closed; its passphrase change, if any, runs on without it
    dialog = WelcomeDialog(window.ops, window.settings, window.lock, window)
    dialog.open()
    return dialog


def install(window: MainWindow) -> None:
    """After the store is attached: the example-data bar (Help → Welcome and example data
    is one of the window's own menu items)."""
    from bounceback.ui.welcome.banner import install_banner

    install_banner(window)
