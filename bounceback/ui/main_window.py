"""The main window: assembles the four tabs, the menus and the status bar. It implements no
feature itself."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox, QTabWidget, QWidget

from bounceback import APP_NAME, __version__
from bounceback.ui.checkin.tab import CheckInTab
from bounceback.ui.common import preferences
from bounceback.ui.common.icons import app_icon
from bounceback.ui.common.ops import ALL, Ops
from bounceback.ui.common.tab import TabPage
from bounceback.ui.feedback.tab import FeedbackTab
from bounceback.ui.plan.tab import PlanTab
from bounceback.ui.privacy import store_changes
from bounceback.ui.privacy.lock import LockController
from bounceback.ui.privacy.restore_dialog import RestoreDialog
from bounceback.ui.privacy.settings_dialog import PrivacyDialog, idle_minutes
from bounceback.ui.review.tab import ReviewTab
from bounceback.ui.timeline.tab import TimelineTab
from bounceback.ui.today.tab import TodayTab
from bounceback.ui.today.tray import TrayNotifier

STATUS_TIMEOUT_MS = 4000


class MainWindow(QMainWindow):
    def __init__(self, ops: Ops, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.settings = settings
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setObjectName("MainWindow")
        self._search: QWidget | None = None

        self.today = TodayTab(ops, settings)
        self.plans = PlanTab(ops)
        self.timeline = TimelineTab(ops)
        self.checkin = CheckInTab(ops)
        self.feedback = FeedbackTab(ops)
        self.review = ReviewTab(ops)
        self.pages: list[TabPage] = [
            self.today, self.plans, self.timeline, self.checkin, self.feedback, self.review
        ]

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for page in self.pages:
            self.tabs.addTab(page, page.title())
            page.open_in_tab.connect(self.open_in_tab)
        self.setCentralWidget(self.tabs)

        self.lock = LockController(lambda: self.ops.store.key, self)
        self.lock.set_idle_minutes(idle_minutes(settings) if ops.store.encrypted else 0)
        self.lock.locked_changed.connect(self._locked)
        self.tray = TrayNotifier(ops, settings, self)
        self.tray.show_today.connect(self.show_today)
        self.today.settings_changed.connect(self._reminder_settings_changed)
        self.lock.locked_changed.connect(self.tray.set_locked)
        QTimer.singleShot(0, self.tray.start)
        self._build_menus()
        ops.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_TIMEOUT_MS))
        self.statusBar().showMessage(self.tr("Everything stays on this computer."))
        self._restore()

    # --- menus ---------------------------------------------------------------------------
    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: object) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self._action(
            self.tr("&New application"), QKeySequence.StandardKey.New, self.new_application))
        file_menu.addAction(self._action(
            self.tr("New &check-in"), "Ctrl+Shift+N", self.new_checkin))
        file_menu.addAction(self._action(
            self.tr("&Save"), QKeySequence.StandardKey.Save, self.save_current))
        file_menu.addSeparator()
        file_menu.addAction(self._action(
            self.tr("&Back up now"), "Ctrl+Shift+B", self.back_up_now))
        file_menu.addAction(self._action(
            self.tr("&Restore from a backup…"), None, self.restore_backup))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Export…"), "Ctrl+E", self.export_data))
        file_menu.addAction(self._action(self.tr("&Import…"), "Ctrl+I", self.import_data))
        file_menu.addSeparator()
        file_menu.addAction(self._action(
            self.tr("Your &name in letters…"), None, self.ask_my_name))
        file_menu.addAction(self._action(
            self.tr("Re&minders…"), None, self.today.open_settings))
        file_menu.addAction(self._action(
            self.tr("&Privacy and security…"), None, self.privacy_settings))
        file_menu.addAction(self._action(self.tr("&Lock now"), "Ctrl+L", self.lock_now))
        file_menu.addSeparator()
        quit_act = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        quit_act.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(quit_act)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self._action(self.tr("&Search everything…"), "Ctrl+K", self.search))
        view_menu.addSeparator()
        for i, page in enumerate(self.pages):
            act = self._action(page.title(), f"Ctrl+{i + 1}",
                               lambda _=False, i=i: self.tabs.setCurrentIndex(i))
            view_menu.addAction(act)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = self._action(self.tr("&About BounceBack"), None, self.about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    # --- commands ------------------------------------------------------------------------
    def current_page(self) -> TabPage:
        page = self.tabs.currentWidget()
        assert isinstance(page, TabPage)
        return page

    def new_application(self) -> None:
        self.tabs.setCurrentWidget(self.timeline)
        self.timeline.new_application()

    def new_checkin(self) -> None:
        self.tabs.setCurrentWidget(self.checkin)
        self.checkin.new_checkin()

    def save_current(self) -> None:
        self.current_page().save()

    def open_in_tab(self, key: str, app_id: int) -> None:
        """``key`` is a tab's key, optionally with a section: ``"timeline:people"``."""
        tab_key, _, section = key.partition(":")
        for page in self.pages:
            if page.key == tab_key:
                self.tabs.setCurrentWidget(page)
                page.show_application(app_id)
                if section:
                    page.show_section(section)
                return

    def show_today(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.tabs.setCurrentWidget(self.today)

    def _reminder_settings_changed(self) -> None:
        self.tray.apply_settings()
        # "Hide archived applications" changes what every tab lists.
        self.ops.changed.emit(ALL)

    def search(self) -> None:
        from bounceback.ui.search import SearchDialog

        if self._search is None:
            self._search = SearchDialog(self.ops, self)
            self._search.open_record.connect(self.open_record)
        self._search.start()

    def open_record(self, kind: str, ident: int, app_id: int) -> None:
        """A search result or a reminder: the tab that shows that kind of record."""
        target = {
            "checkin": self.checkin,
            "feedback": self.feedback,
            "review": self.review,
            "action": self.review,
        }.get(kind, self.timeline)
        self.tabs.setCurrentWidget(target)
        target.show_record(kind, ident, app_id or None)

    def back_up_now(self) -> None:
        store_changes.back_up_now(self, self.ops)

    def _all_saved(self) -> bool:
        """Before the data file is replaced, every open edit is saved or set aside."""
        for page in self.pages:
            if page.has_unsaved_changes():
                self.tabs.setCurrentWidget(page)
                if not page.maybe_save():
                    return False
        return True

    def export_data(self) -> None:
        from bounceback.ui import exchange

        exchange.export_data(self, self.ops)

    def import_data(self) -> None:
        from bounceback.ui import exchange

        if self._all_saved():
            exchange.import_data(self, self.ops)

    def restore_backup(self) -> None:
        if self._all_saved():
            dialog = RestoreDialog(self.ops, self)
            dialog.exec()
            dialog.deleteLater()

    def privacy_settings(self) -> None:
        if self._all_saved():
            dialog = PrivacyDialog(self.ops, self.settings, self.lock, self)
            dialog.exec()
            dialog.deleteLater()

    def _locked(self, locked: bool) -> None:
        # Covered is not enough: hidden, the entries are out of reach of screen readers and
        # other programs that read windows, too. Nothing is closed, so nothing is lost.
        self.tabs.setVisible(not locked)
        self.menuBar().setEnabled(not locked)

    def lock_now(self) -> None:
        if not self.lock.lock_if_possible():
            self.statusBar().showMessage(self.tr(
                "To lock BounceBack, first set a passphrase in File → Privacy and security."
            ), STATUS_TIMEOUT_MS * 2)

    def ask_my_name(self) -> None:
        """Letters are signed with this name; it stays in the data folder, nowhere else."""
        name, ok = QInputDialog.getText(
            self, self.tr("Your name in letters"),
            self.tr("How should your thank-you notes and feedback requests be signed?"),
            text=preferences.my_name(),
        )
        if ok:
            preferences.set_my_name(name)
            self.statusBar().showMessage(self.tr("Saved. New letters will be signed with it."),
                                         STATUS_TIMEOUT_MS)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About BounceBack"),
            self.tr(
                "<h3>BounceBack %1</h3>"
                "<p>A private companion for the weeks after a job rejection.</p>"
                "<p>Everything you write stays on this computer. "
                "No account, no network.</p>"
            ).replace("%1", __version__),
        )

    # --- window state --------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        # A first start opens on the Timeline: there is nothing to bounce back from yet.
        # Remembered by key, not position, so a new tab never moves someone to the wrong one.
        key = self.settings.value("window/tab_key", self.timeline.key)
        page = next((p for p in self.pages if p.key == key), self.timeline)
        self.tabs.setCurrentWidget(page)
        for page in self.pages:
            page.restore_state(self.settings)

    def _save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/tab_key", self.current_page().key)
        for page in self.pages:
            page.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.lock.locked:
            # A locked window shows nothing, so it asks nothing: it closes only when there
            # is nothing unsaved to ask about.
            if any(page.has_unsaved_changes() for page in self.pages):
                for curtain in self.lock.curtains():
                    curtain.error.show_message(self.tr(
                        "Please unlock first: there are changes to save before closing."))
                event.ignore()
                return
        elif not self._all_saved():
            event.ignore()
            return
        self._save_layout()
        event.accept()


