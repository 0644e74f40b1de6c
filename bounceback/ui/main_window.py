"""The main window: assembles the four tabs, the menus and the status bar. It implements no
feature itself."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QRect, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QImage, QPaintEvent, QPixmap
from PySide6.QtWidgets import QApplication, QFrame, QMainWindow, QScrollArea, QWidget

from bounceback import APP_NAME
from bounceback.ui.common.dialogs import fit_to_screen
from bounceback.ui.common.focus import KeepInSight, as_the_keyboard_left_it
from bounceback.ui.common.icons import app_icon
from bounceback.ui.lazy_tabs import LazyTabs, TabSpec
from bounceback.ui.menus import WindowMenus

if TYPE_CHECKING:
    from bounceback.ui.checkin.tab import CheckInTab
    from bounceback.ui.common.ops import Ops
    from bounceback.ui.common.tab import TabPage
    from bounceback.ui.feedback.tab import FeedbackTab
    from bounceback.ui.plan.tab import PlanTab
    from bounceback.ui.privacy.lock import LockController
    from bounceback.ui.review.tab import ReviewTab
    from bounceback.ui.search import SearchDialog
    from bounceback.ui.timeline.tab import TimelineTab
    from bounceback.ui.today.tab import TodayTab
    from bounceback.ui.today.tray import TrayNotifier

STATUS_TIMEOUT_MS = 4000


def first_size(area: QSize) -> QSize:
    """The window at its first start, for a screen's free ``area``: 1180×720 on a 1280×800
    laptop (the lists and forms side by side need that much), a comfortable 1440×870 on a
    1920×1080 monitor (not a wall of grey), never more than the area."""
    width = min(max(1180, round(area.width() * 0.75)), 1440, area.width() - 16)
    height = min(max(760, round(area.height() * 0.83)), 920, area.height() - 48)
    return QSize(width, height)


def _room_for_an_icon() -> QIcon:
    """An empty picture that keeps a tab's room for its icon in the first frame: the icons
    (drawn from SVG, 50 ms at start) come with the store, and the titles don't move then."""
    blank = QImage(16, 16, QImage.Format.Format_ARGB32_Premultiplied)
    blank.fill(0)  # transparent
    return QIcon(QPixmap.fromImage(blank))


class MainWindow(QMainWindow):
    # The first frame is on screen (the start-up opens the store after it).
    first_painted = Signal()
    # The store is attached and the tab in front shows its data.
    ready = Signal()
    # The window speaks a new language (parts of it outside the tabs follow this).
    retranslated = Signal()

    def __init__(
        self, ops: Ops | None, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        """Without ``ops`` the window shows at once, empty, and :meth:`attach` fills it
        when the store is open: the start-up paints before it imports the storage."""
        super().__init__(parent)
        self.ops: Ops | None = None
        self.settings = settings
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setObjectName("MainWindow")
        self._search: SearchDialog | None = None
        self._painted = False
        self._retranslating = False
        # What each tab had selected before a new language built it again (by tab key),
        # selected again in the new tab when it is built (see retranslate).
        self._kept_selection: dict[str, object] = {}
        self.lock: LockController | None = None
        self.tray: TrayNotifier | None = None

        # In this order on screen; Ctrl+1 … Ctrl+6 follow it.
        titles = self._tab_titles()
        self.tabs = LazyTabs([
            TabSpec(key, titles[key], f"bounceback.ui.{module}.tab", cls, _room_for_an_icon())
            for key, module, cls in (
                ("today", "today", "TodayTab"),
                ("plans", "plan", "PlanTab"),
                ("timeline", "timeline", "TimelineTab"),
                ("checkin", "checkin", "CheckInTab"),
                ("feedback", "feedback", "FeedbackTab"),
                ("review", "review", "ReviewTab"),
            )
        ], self.tr("Opening your journal…"), self)
        # A Tab stop as screen readers see it (its tab bar takes the focus): named, like
        # every tab widget inside it.
        self.tabs.setAccessibleName(self.tr("Main tabs"))
        # The tabs in a scroll area of their own: at large fonts on a small screen (2× on
        # 1366×768) what a tab needs can be taller or wider than the screen, and the window
        # must still fit it; the page then scrolls instead. Normally it never shows a bar.
        self.frame = QScrollArea(self)
        self.frame.setObjectName("tabsFrame")
        self.frame.setWidgetResizable(True)
        self.frame.setFrameShape(QFrame.Shape.NoFrame)
        self.frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frame.setAccessibleName(APP_NAME)
        self.frame.setWidget(self.tabs)
        self.setCentralWidget(self.frame)
        # Wherever the focus goes in the window, its scroll areas bring it into sight.
        self.keep_in_sight = KeepInSight(self)
        # The menus' titles are in the first frame; what is in them comes with the store
        # (building the actions and their shortcuts costs more than the rest of the frame).
        self.menus = WindowMenus(self)
        self.file_menu, self.view_menu, self.help_menu = (
            self.menus.file, self.menus.view, self.menus.help)
        self.menuBar().setEnabled(False)
        self.statusBar().showMessage(self.tr("Everything stays on this computer."))
        self._restore()
        if ops is not None:
            self.attach(ops)

    def _tab_titles(self) -> dict[str, str]:
        return {
            "today": self.tr("Today"),
            "plans": self.tr("Bounce back"),
            "timeline": self.tr("Timeline"),
            "checkin": self.tr("Check-in"),
            "feedback": self.tr("Feedback"),
            "review": self.tr("Review"),
        }

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Removing and installing translators sends one event each: answer them once.
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            self._retranslating = True
            # With the window as context: a window closed and deleted meanwhile (a language
            # switched just as it went) is simply skipped.
            QTimer.singleShot(0, self, self.retranslate)

    def retranslate(self) -> None:
        """Every word again, in the language now installed.

        The tabs are built again (each sets its words as it is built) rather than each
        widget keeping a list of its texts; the caller (Settings) saves open edits first,
        and each tab's layout is kept, and what it had selected (TabPage.selection): the
        tab in front selects it again now, the others when they are next shown.
        """
        self._retranslating = False
        self.setWindowTitle(APP_NAME)
        self.tabs.retitle(self._tab_titles(), self.tr("Opening your journal…"))
        self.tabs.setAccessibleName(self.tr("Main tabs"))
        self.menus.set_titles()
        self.statusBar().showMessage(self.tr("Everything stays on this computer."))
        if self.ops is None:
            return
        for page in self.pages:
            page.save_state(self.settings)
            kept = page.selection()
            if kept is not None:
                self._kept_selection[page.key] = kept
        self.menus.clear()
        self.menus.build()
        if self.tray is not None:
            self.tray.retranslate()
        if self._search is not None:
            self._search.deleteLater()
            self._search = None
        self.tabs.rebuild(self.tr("Opening your journal…"))
        self.retranslated.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def attach(self, ops: Ops) -> None:
        """The store is open: build the tab in front, the lock and the tray."""
        from bounceback.ui.privacy.lock import LockController
        from bounceback.ui.privacy.settings_dialog import idle_minutes
        from bounceback.ui.today.tray import TrayNotifier

        self.ops = ops
        from bounceback.ui.common import spelling

        spelling.use_store(ops)  # words added to the dictionary are kept in this store
        self.lock = LockController(lambda: ops.store.key, self)
        self.lock.set_idle_minutes(idle_minutes(self.settings) if ops.store.encrypted else 0)
        self.lock.locked_changed.connect(self._locked)
        self.tray = TrayNotifier(ops, self.settings, self)
        self.tray.show_today.connect(self.show_today)
        self.lock.locked_changed.connect(self.tray.set_locked)
        # The tray checks the reminders after the first frame with data, not before it.
        QTimer.singleShot(0, self.tray.start)
        ops.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_TIMEOUT_MS))
        self._picture_tabs()
        self.menus.build()
        self.menuBar().setEnabled(True)
        self.tabs.enable(self._build_page)
        from bounceback.ui import welcome

        welcome.install(self)  # the bar shown while there is example data
        QTimer.singleShot(0, self.ready.emit)

    def _picture_tabs(self) -> None:
        """Each tab's icon, in the place kept for it in the first frame."""
        from bounceback.ui.theme.icons import Icon, icon

        pictures = {"today": Icon.TODAY, "plans": Icon.PLAN, "timeline": Icon.TIMELINE,
                    "checkin": Icon.CHECK_IN, "feedback": Icon.FEEDBACK, "review": Icon.REVIEW}
        for index, spec in enumerate(self.tabs.specs):
            spec.icon = icon(pictures[spec.key])
            self.tabs.setTabIcon(index, spec.icon)

    # --- tabs, built when first shown -----------------------------------------------------
    def _build_page(self, spec: TabSpec, parent: QWidget) -> TabPage:
        assert self.ops is not None
        cls = getattr(importlib.import_module(spec.module), spec.cls)
        page: TabPage = (cls(self.ops, self.settings, parent) if spec.key == "today"
                         else cls(self.ops, parent))
        page.open_in_tab.connect(self.open_in_tab)
        if spec.key == "today":
            cast("TodayTab", page).settings_changed.connect(self._reminder_settings_changed)
        page.restore_state(self.settings)
        kept = self._kept_selection.pop(spec.key, None)
        if kept is not None:
            page.select_again(kept)
        return page

    def page(self, key: str) -> TabPage:
        """The tab with this key, built now if it has not been shown yet."""
        return self.tabs.page(key)

    @property
    def pages(self) -> list[TabPage]:
        """The tabs built so far, in their order on screen."""
        return self.tabs.pages

    def show_tab(self, key: str) -> TabPage:
        return self.tabs.show_page(key)

    # The tabs by key, as their own classes: each key's class is fixed by the tab specs above.
    @property
    def today(self) -> TodayTab:
        return cast("TodayTab", self.page("today"))

    @property
    def plans(self) -> PlanTab:
        return cast("PlanTab", self.page("plans"))

    @property
    def timeline(self) -> TimelineTab:
        return cast("TimelineTab", self.page("timeline"))

    @property
    def checkin(self) -> CheckInTab:
        return cast("CheckInTab", self.page("checkin"))

    @property
    def feedback(self) -> FeedbackTab:
        return cast("FeedbackTab", self.page("feedback"))

    @property
    def review(self) -> ReviewTab:
        return cast("ReviewTab", self.page("review"))

    # --- commands ------------------------------------------------------------------------
    def current_page(self) -> TabPage:
        return self.page(self.tabs.current_key())

    def new_application(self) -> None:
        self.show_tab("timeline")
        self.timeline.new_application()

    def new_checkin(self) -> None:
        self.show_tab("checkin")
        self.checkin.new_checkin()

    def save_current(self) -> None:
        self.current_page().save()

    def open_in_tab(self, key: str, app_id: int) -> None:
        """``key`` is a tab's key, optionally with a section: ``"timeline:people"``."""
        tab_key, _, section = key.partition(":")
        if tab_key not in self.tabs.tab_keys():
            return
        # Opened from the keyboard (a plan step's button, say), the place it lands on is
        # ringed as the keyboard's focus: the page moves the focus there itself.
        with as_the_keyboard_left_it(self):
            page = self.show_tab(tab_key)
            page.show_application(app_id)
            if section:
                page.show_section(section)

    def all_events(self) -> None:
        """Every event of the search, newest first: the Timeline with "All events" on."""
        timeline = self.timeline
        self.show_tab("timeline")
        timeline.all_button.setChecked(True)
        timeline.all_events.view.setFocus()

    def show_today(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.show_tab("today")

    def _reminder_settings_changed(self) -> None:
        if self.tray is not None:
            self.tray.apply_settings()
        # "Hide archived applications" changes what every tab lists.
        from bounceback.ui.common.ops import ALL

        assert self.ops is not None
        self.ops.changed.emit(ALL)

    def search(self) -> None:
        from bounceback.ui.search import SearchDialog

        assert self.ops is not None
        if self._search is None:
            self._search = SearchDialog(self.ops, self)
            self._search.open_record.connect(self.open_record)
        self._search.start()

    def open_record(self, kind: str, ident: int, app_id: int) -> None:
        """A search result or a reminder: the tab that shows that kind of record."""
        target = self.show_tab({
            "checkin": "checkin",
            "feedback": "feedback",
            "review": "review",
            "action": "review",
        }.get(kind, "timeline"))
        target.show_record(kind, ident, app_id or None)

    def back_up_now(self) -> None:
        from bounceback.ui.privacy import store_changes

        assert self.ops is not None
        store_changes.back_up_now(self, self.ops)

    def all_saved(self) -> bool:
        """Before the data file is replaced, every open edit is saved or set aside."""
        for page in self.pages:
            if page.has_unsaved_changes():
                self.tabs.setCurrentWidget(page)
                if not page.maybe_save():
                    return False
        return True

    def export_data(self) -> None:
        from bounceback.ui import exchange

        assert self.ops is not None
        exchange.export_data(self, self.ops)

    def import_data(self) -> None:
        from bounceback.ui import exchange

        if self.all_saved():
            assert self.ops is not None  # the menus exist only once the store is attached
            exchange.import_data(self, self.ops)

    def restore_backup(self) -> None:
        from bounceback.ui.privacy.restore_dialog import RestoreDialog

        if self.all_saved():
            assert self.ops is not None
            dialog = RestoreDialog(self.ops, self)
            dialog.exec()
            dialog.deleteLater()

    def privacy_settings(self) -> None:
        self.open_settings("privacy")

    def open_settings(self, page: str = "general") -> None:
        """Every preference in one dialog; General and Reminders apply on OK."""
        from bounceback.ui import language
        from bounceback.ui.settings.dialog import SettingsDialog

        # Saved first: a passphrase change rewrites the data file, and a new language
        # builds the tabs again.
        if not self.all_saved():
            return
        assert self.ops is not None and self.lock is not None
        dialog = SettingsDialog(self.ops, self.settings, self.lock, page, self)
        if dialog.exec():
            if dialog.reminders_changed:
                self._reminder_settings_changed()
            if dialog.language_changed:
                language.apply_setting(self.settings)
        dialog.deleteLater()

    def _locked(self, locked: bool) -> None:
        # Covered is not enough: hidden, the entries are out of reach of screen readers and
        # other programs that read windows, too. Nothing is closed, so nothing is lost.
        self.frame.setVisible(not locked)
        self.menuBar().setEnabled(not locked)

    def lock_now(self) -> None:
        if self.lock is None or not self.lock.lock_if_possible():
            self.statusBar().showMessage(self.tr(
                "To lock BounceBack, first set a passphrase in File → Privacy and security."
            ), STATUS_TIMEOUT_MS * 2)

    def welcome(self) -> None:
        from bounceback.ui.welcome import show_welcome

        show_welcome(self)

    def user_guide(self) -> None:
        from bounceback import paths
        from bounceback.ui.help.guide import show_guide

        show_guide(self, paths.docs_dir(), self.settings)

    def keyboard_shortcuts(self) -> None:
        from bounceback.ui.help.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog([self.file_menu, self.view_menu, self.help_menu], self)
        dialog.exec()
        dialog.deleteLater()

    def about(self) -> None:
        from bounceback import paths
        from bounceback.services import documents
        from bounceback.ui.help.about import AboutDialog

        size, usage = None, None
        if self.ops is not None:
            store = self.ops.store
            files = [store.path, store.path.with_name(store.path.name + "-wal")]
            size = sum(f.stat().st_size for f in files if f.exists())
            usage = self.ops.read(documents.usage)
        dialog = AboutDialog(paths.data_dir(), paths.backups_dir(), self, data_bytes=size,
                             usage=usage)
        dialog.exec()
        dialog.deleteLater()

    # --- window state --------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        # Never larger than the screen's free area: a first start on a small screen (or one
        # with large fonts and scaling), or a size kept from a bigger monitor.
        screen = self.screen() or QApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
        want = self.size() if geometry is not None else first_size(area.size())
        fit_to_screen(self, want.width(), want.height())
        if geometry is None:  # a first start: in the middle of the screen
            frame = self.frameGeometry()
            frame.moveCenter(area.center())
            self.move(frame.topLeft())
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        # A first start opens on the Timeline: there is nothing to bounce back from yet.
        # Remembered by key, not position, so a new tab never moves someone to the wrong one.
        key = self.settings.value("window/tab_key", "timeline")
        self.tabs.set_current_key(key if key in self.tabs.tab_keys() else "timeline")
        # Each tab restores its own splitters and columns when it is built.

    def _save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/tab_key", self.tabs.current_key())
        for page in self.pages:
            page.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.lock is not None and self.lock.locked:
            # A locked window shows nothing, so it asks nothing: it closes only when there
            # is nothing unsaved to ask about.
            if any(page.has_unsaved_changes() for page in self.pages):
                for curtain in self.lock.curtains():
                    curtain.error.show_message(self.tr(
                        "Please unlock first: there are changes to save before closing."))
                event.ignore()
                return
        elif not self.all_saved():
            event.ignore()
            return
        self._save_layout()
        event.accept()


