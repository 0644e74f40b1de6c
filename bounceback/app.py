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
    from types import TracebackType

    from PySide6.QtWidgets import QApplication

    from bounceback.db.early_look import EarlyLook
    from bounceback.db.store import Store
    from bounceback.ui.common.ops import Ops
    from bounceback.ui.main_window import MainWindow
    from bounceback.ui.single_instance import SingleInstance

log = logging.getLogger("bounceback")

DESKTOP_ID = "org.bounceback.BounceBack"
EXIT_STORE = 2
EXIT_FAILURE = 1
# The command-line commands (bounceback.cli); kept here so the window's start never imports
# the command-line module (tests/test_cli.py checks the two agree).
COMMAND_NAMES = frozenset({
    "export", "import", "backup", "restore", "check", "encrypt", "decrypt",
    "change-passphrase", "search", "attach", "documents",
})


def _parser(*, with_commands: bool) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bounceback",
        description="BounceBack: a private companion for job seekers after a rejection. "
        "Without a command, it opens the window.",
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
    if with_commands:
        from bounceback import cli

        cli.add_subcommands(parser)
    else:
        parser.set_defaults(command=None)
    return parser


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    argv = list(argv or [])
    if any(a in COMMAND_NAMES or a in ("-h", "--help") for a in argv):
        args = _parser(with_commands=True).parse_args(argv)
        args.qt_args = []
        return args
    # The window: Qt's own options (-platform offscreen, -style ...) pass through to
    # QApplication, which is why subcommands are only parsed when one is named.
    args, qt_args = _parser(with_commands=False).parse_known_args(argv)
    args.qt_args = qt_args
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    # Everything BounceBack writes is readable by the user alone.
    if os.name == "posix":
        os.umask(0o077)
    from bounceback import logs

    logs.setup_logging(paths.log_dir(), lazy=args.command is not None)

    if args.command:
        from bounceback import cli

        return cli.run(args)  # makes the data folder only for the commands that write it
    try:
        data = paths.ensure_private_dir(paths.data_dir())
    except OSError as exc:
        print(f"BounceBack can't use the data folder {paths.data_dir()}: {exc.strerror}",
              file=sys.stderr)
        return EXIT_STORE
    from bounceback.hardening import no_core_dumps

    no_core_dumps()  # before the window can unlock a store: see bounceback/hardening.py
    return _run_gui(args, data)


def configure_application(app: QApplication, *, guard_wheel: bool = True) -> None:
    """Names, icon and style shared by the program, its screenshots and its tests.

    The window's start passes ``guard_wheel=False`` and guards the wheel once its first frame
    is on screen (:func:`guard_the_wheel`): the guard's Qt classes take 35 ms to set up, and
    the first frame has no control it looks after."""
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
    if guard_wheel:
        guard_the_wheel(app)
    # Garbage is collected on this thread, never by a background read (ui/common/collector).
    from bounceback.ui.common import collector

    collector.install(app)


def guard_the_wheel(app: QApplication) -> None:
    """The wheel scrolls the page and changes only the control being edited."""
    from bounceback.ui.common import wheel_guard

    wheel_guard.install(app)


def _install_excepthook(*, smoke_test: bool, failures: list[str]) -> None:
    """An unexpected error never kills the window silently, and never logs what the user
    wrote: only the error's type and where it happened (messages can quote SQL parameters)."""
    import traceback

    from PySide6.QtWidgets import QApplication, QMessageBox

    def hook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        where = "".join(traceback.format_tb(tb))
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
    from PySide6.QtWidgets import QApplication, QMessageBox

    from bounceback.ui import pyside_import

    pyside_import.lighten()  # before the rest is imported: see there

    from bounceback.ui.single_instance import SingleInstance

    # instance() is typed as the QCoreApplication base; the one there (a test's) is a QApplication.
    existing = QApplication.instance()
    app = (existing if isinstance(existing, QApplication)
           else QApplication([sys.argv[0], *args.qt_args]))
    configure_application(app, guard_wheel=False)  # guarded after the first frame

    if paths.is_read_only(data):
        # Before the lock below, whose file would be the first thing written there.
        from PySide6.QtCore import QSettings

        from bounceback.db.errors import StoreReadOnlyError
        from bounceback.ui import language

        language.apply_setting(QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat))
        _tell(args, None, StoreReadOnlyError(data).message)
        return EXIT_STORE

    # One window per data folder, decided before the store is touched, so a second start
    # never opens (let alone migrates) a file the first is using.
    instance = SingleInstance(data)
    if not instance.acquire():
        if args.smoke_test:
            print(f"BounceBack {__version__} FAILED: already open", file=sys.stderr)
            return EXIT_FAILURE
        if instance.notify_running():
            return 0
        QMessageBox.information(None, APP_NAME, QApplication.translate(
            "app", "BounceBack is already open with this data folder. "
            "Please switch to its window."))
        return EXIT_STORE
    try:
        return _run_window(args, app, data, instance)
    finally:
        instance.release()


def _run_window(
    args: argparse.Namespace, app: QApplication, data: Path, instance: SingleInstance
) -> int:
    from PySide6.QtCore import QSettings, QTimer

    from bounceback.ui.main_window import MainWindow
    from bounceback.ui.single_instance import bring_forward

    failures: list[str] = []
    _install_excepthook(smoke_test=args.smoke_test, failures=failures)
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    from bounceback.ui import language

    # The system's language, or the one chosen in Settings, before the first word is shown.
    language.apply_setting(settings)
    from bounceback.ui import appearance

    appearance.apply_setting(settings)  # light or dark as chosen (System: nothing to do)
    # The window paints first, empty, and the store (SQLAlchemy, the migrations check, a
    # passphrase) is opened just after: the person sees BounceBack the moment it starts.
    window = MainWindow(None, settings)
    from bounceback.ui import start_stamps

    if start_stamps.wanted():  # the benchmarks' stamps (see there); nothing otherwise
        start_stamps.watch(window, painted_signal=window.first_painted,
                           ready_signal=window.ready)
    window.show()
    instance.activated.connect(lambda: bring_forward(window))
    _quit_on_termination(app, window)
    # "exit": the store could not be opened, or the person chose to quit at its question.
    state: dict[str, int] = {"smoke": EXIT_FAILURE}

    def open_and_attach() -> None:
        if "started" in state or not window.isVisible():
            return
        state["started"] = 1
        from bounceback.db.early_look import EarlyLook

        # SQLite's check of a plain store (0.1 s and more, outside Python's lock) runs on a
        # thread of its own while SQLAlchemy and the tab are imported. Not before the first
        # frame: on a busy two-core machine it slowed that frame by a third.
        look = EarlyLook(paths.database_path())
        guard_the_wheel(app)  # before any control it looks after is made
        from bounceback.ui.common import collector

        collector.settle()  # what the first frame needed; again once the data is in
        code = _attach_store(args, app, window, failures, look)
        collector.settle()
        if code is not None:
            state["exit"] = code
            window.close()
            app.exit(code)
        elif args.smoke_test:
            QTimer.singleShot(0, report)
        else:
            ops = window.ops
            assert ops is not None
            QTimer.singleShot(1000, lambda: _daily_backup_in_background(ops))
            # Shown once, on a first start, over the window that is now filled.
            from bounceback.ui.welcome import start_if_first_run

            QTimer.singleShot(0, lambda: start_if_first_run(window))

    def report() -> None:
        ok = window.isVisible() and APP_NAME in window.windowTitle() and not failures
        if ok:
            print(f"BounceBack {__version__} OK platform={app.platformName()} data={data}")
            state["smoke"] = 0
        else:
            reason = failures[0] if failures else "the main window did not show"
            print(f"BounceBack {__version__} FAILED: {reason}", file=sys.stderr)
        window.close()
        app.quit()

    # After the first frame; the timer is a fallback for a window that is never painted
    # (started minimised, say).
    window.first_painted.connect(lambda: QTimer.singleShot(0, open_and_attach))
    QTimer.singleShot(500, open_and_attach)
    code = app.exec()
    if "exit" in state:
        return state["exit"]
    ops = window.ops
    if ops is None:
        # Closed before the store was opened: nothing to back up.
        return EXIT_FAILURE if args.smoke_test else code
    if args.smoke_test:
        code = state["smoke"]
    # On quit (the smoke test included, so CI sees it work): today's backup, if not yet made.
    _daily_backup(ops.store)
    ops.store.close()
    return code


def _quit_on_termination(app: QApplication, window: MainWindow) -> None:
    """SIGTERM (a logout, `kill`) and Ctrl+C close the window as a person would: its unsaved
    words are drafted, the day's backup taken and the single-instance socket removed, instead
    of the process dying where it stands."""
    import signal

    from PySide6.QtCore import QTimer

    if os.name != "posix":
        return

    def close(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, window.close)
        QTimer.singleShot(0, app.quit)

    signal.signal(signal.SIGTERM, close)
    signal.signal(signal.SIGINT, close)
    # Python runs a signal handler only when the interpreter has control; Qt's event loop
    # holds it otherwise, so a slow timer lets it in now and then.
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(500)


def _attach_store(
    args: argparse.Namespace,
    app: QApplication,
    window: MainWindow,
    failures: list[str],
    look: EarlyLook | None = None,
) -> int | None:
    """Open the store (asking what it needs) and fill the window: None when it worked,
    else the exit code."""
    from bounceback.db.errors import StoreOpenError
    from bounceback.db.store import StoreError
    from bounceback.ui.common.ops import Ops
    from bounceback.ui.privacy.startup import open_interactively

    try:
        store = open_interactively(
            paths.database_path(), paths.backups_dir(), ask=not args.smoke_test, parent=window,
            peek=look.revision if look is not None else None,
        )
    except StoreError as exc:
        _tell(args, window, exc.message)
        return EXIT_STORE
    except Exception as exc:
        # Whatever else stands in the way (an OS error no check foresaw): a sentence and an
        # end, never a window left waiting without its data. Logged by type only.
        log.error("Could not open the store: %s", type(exc).__name__)
        _tell(args, window, StoreOpenError(paths.data_dir()).message)
        return EXIT_STORE
    if store is None:
        return 0
    try:
        window.attach(Ops(store))
    except Exception as exc:
        if not args.smoke_test:
            raise
        print(f"BounceBack {__version__} FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        store.close()
        return EXIT_FAILURE
    return None


def _tell(args: argparse.Namespace, window: MainWindow | None, message: str) -> None:
    """Why the window can't open its data: on standard error for the smoke test, else in a
    message box (over the window, which then closes, once there is one)."""
    from PySide6.QtWidgets import QMessageBox

    from bounceback.ui.common.ops import translate_message

    if args.smoke_test:
        print(f"BounceBack {__version__} FAILED: {message}", file=sys.stderr)
    else:
        QMessageBox.critical(window, APP_NAME, translate_message(message))


def _daily_backup(store: Store) -> None:
    """At most one automatic backup a day, on start and on quit; a failure never stops us."""
    from bounceback.db import backups

    try:
        made = backups.auto_backup(store.path, store.key, store.backups_dir)
    except Exception as exc:  # A full disk must not stop the program or lose the quit.
        log.warning("Automatic backup failed: %s", type(exc).__name__)
        return
    if made is not None:
        log.info("Automatic backup %s", made.name)


def _daily_backup_in_background(ops: Ops) -> None:
    from bounceback.ui.common.background import run_in_background

    store = ops.store
    run_in_background(
        None, "", lambda _progress: _daily_backup(store), show_dialog=False,
        on_error=lambda exc: None,
    )
