"""Start-up only: parse arguments, build the QApplication, open the store, show the window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bounceback import APP_NAME, __version__, paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger("bounceback")

DESKTOP_ID = "org.bounceback.BounceBack"
EXIT_STORE = 2
EXIT_FAILURE = 1


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bounceback",
        description="BounceBack: a private companion for job seekers after a rejection.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"keep the data in DIR instead of the default folder (or set {paths.ENV_DATA_DIR})",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, show the window, run the event loop once, report and exit",
    )
    # Qt's own options (-platform, -style ...) pass through to QApplication.
    args, qt_args = parser.parse_known_args(argv)
    args.qt_args = qt_args
    return args


def _setup_logging() -> None:
    # Only book-keeping goes to the log, never anything the user wrote.
    level = os.environ.get("BOUNCEBACK_LOG", "WARNING").upper()
    logging.basicConfig(level=getattr(logging, level, logging.WARNING),
                        format="%(levelname)s %(name)s: %(message)s")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    _setup_logging()
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    # Everything BounceBack writes is readable by the user alone.
    if os.name == "posix":
        os.umask(0o077)

    try:
        data = paths.ensure_private_dir(paths.data_dir())
    except OSError as exc:
        print(f"BounceBack can't use the data folder {paths.data_dir()}: {exc.strerror}",
              file=sys.stderr)
        return EXIT_STORE
    return _run_gui(args, data)


def configure_application(app: QApplication) -> None:
    """Names, icon and style shared by the program, its screenshots and its tests."""
    from PySide6.QtWidgets import QStyleFactory

    from bounceback.ui.common.icons import app_icon

    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    # Without a desktop theme Qt falls back to its plain "Windows" look; Fusion is the
    # well-kept cross-platform style, and it follows the light/dark palette.
    if app.style().name().lower() == "windows" and "Fusion" in list(QStyleFactory.keys()):
        app.setStyle("Fusion")


def _install_excepthook(*, smoke_test: bool, failures: list[str]) -> None:
    """An unexpected error never kills the window silently, and never logs what the user
    wrote: only the error's type and where it happened (messages can quote SQL parameters)."""
    import traceback

    from PySide6.QtWidgets import QApplication, QMessageBox

    def hook(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
        where = "".join(traceback.format_tb(tb))  # type: ignore[arg-type]
        log.error("Unexpected %s\n%s", exc_type.__name__, where)
        failures.append(exc_type.__name__)
        if smoke_test:
            return
        QMessageBox.critical(
            QApplication.activeWindow(),
            APP_NAME,
            QApplication.translate(
                "app",
                "Something unexpected went wrong. Everything you saved is safe. If it happens "
                "again, restarting BounceBack usually helps.",
            ),
        )

    sys.excepthook = hook


def _run_gui(args: argparse.Namespace, data: Path) -> int:
    # Imported here so that --version and --help stay instant and need no display.
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from bounceback.db.store import StoreError, open_store
    from bounceback.ui.common.ops import Ops
    from bounceback.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *args.qt_args])
    configure_application(app)

    try:
        store = open_store(paths.database_path(), backups=paths.backups_dir())
    except StoreError as exc:
        if args.smoke_test:
            print(f"BounceBack {__version__} FAILED: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, QApplication.translate("app", str(exc)))
        return EXIT_STORE

    failures: list[str] = []
    _install_excepthook(smoke_test=args.smoke_test, failures=failures)
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    ops = Ops(store)
    try:
        window = MainWindow(ops, settings)
        window.show()
    except Exception as exc:
        if not args.smoke_test:
            raise
        print(f"BounceBack {__version__} FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        store.close()
        return EXIT_FAILURE

    if args.smoke_test:
        result: dict[str, int] = {}

        def report() -> None:
            ok = window.isVisible() and APP_NAME in window.windowTitle() and not failures
            if ok:
                print(f"BounceBack {__version__} OK platform={app.platformName()} data={data}")
                result["code"] = 0
            else:
                reason = failures[0] if failures else "the main window did not show"
                print(f"BounceBack {__version__} FAILED: {reason}", file=sys.stderr)
                result["code"] = EXIT_FAILURE
            window.close()
            app.quit()

        QTimer.singleShot(0, report)
        app.exec()
        code = result.get("code", EXIT_FAILURE)
    else:
        code = app.exec()
    store.close()
    return code
