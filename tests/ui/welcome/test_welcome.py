"""The first-run welcome, driven like a person would: example data to explore, the bar that
removes it in one step, the passphrase choice, and being shown only once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget, QWizard

from bounceback import paths
from bounceback.db.store import Store, is_encrypted
from bounceback.services import applications, checkins, example_data
from bounceback.ui.common.ops import Ops
from bounceback.ui.main_window import MainWindow
from bounceback.ui.privacy.passphrase import NewPassphraseDialog
from bounceback.ui.welcome import SETTING_DONE, start_if_first_run
from bounceback.ui.welcome.banner import ExampleDataBar
from bounceback.ui.welcome.dialog import WelcomeDialog
from tests.builders import add_application
from tests.ui.privacy.privacy_kit import SECRET, open_secret_store
from tests.ui.screen_kit import unnamed
from tests.ui.window_kit import answer_modal, click, make_window, tick


def bar_of(window: MainWindow) -> ExampleDataBar:
    bar = window.findChild(ExampleDataBar)
    assert bar is not None
    return bar


def listed(window: MainWindow) -> list[str]:
    proxy = window.timeline.list.proxy
    return sorted(proxy.index(r, 0).data() for r in range(proxy.rowCount()))


def stored_companies(ops: Ops) -> list[str]:
    flt = applications.ApplicationFilter(include_archived=True)
    return sorted(r.company for r in ops.read(applications.list_applications, flt))


def finish(qtbot, dialog: WelcomeDialog, *, example: bool = False,
           passphrase: bool = False) -> None:
    """Page one, Next, tick what is wanted on page two, Start."""
    assert dialog.currentId() == dialog.pageIds()[0]
    click(qtbot, dialog.button(QWizard.WizardButton.NextButton))
    assert dialog.currentId() == dialog.pageIds()[1]
    if example:
        tick(qtbot, dialog.example)
        assert dialog.example.isChecked()
    if passphrase:
        tick(qtbot, dialog.passphrase)
        assert dialog.passphrase.isChecked()
    click(qtbot, dialog.button(QWizard.WizardButton.FinishButton))


def welcome(qtbot, window: MainWindow) -> WelcomeDialog:
    dialog = start_if_first_run(window)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_the_welcome_says_what_bounceback_is_for(qtbot, ops, answers):
    window = make_window(qtbot, ops)
    dialog = welcome(qtbot, window)
    # Opened, not exec()'d: the start-up carries on while it shows.
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    page = dialog.currentPage()
    texts = " ".join(w.text() for w in page.findChildren(QWidget) if hasattr(w, "text"))
    for step in ("Accept your emotions", "Be gracious and stay connected", "Ask for feedback",
                 "Review the process"):
        assert step in texts
    assert "Everything stays on this computer: no account, no network." in texts
    assert unnamed(dialog) == []
    click(qtbot, dialog.button(QWizard.WizardButton.CancelButton))
    assert not dialog.isVisible()
    assert stored_companies(ops) == []  # skipping adds nothing
    assert not bar_of(window).isVisible()


def test_example_data_shows_everywhere_and_goes_in_one_step(qtbot, ops, answers, store: Store):
    mine = add_application(store, "Northwind Traders", "Designer").id  # the person's own, same name
    window = make_window(qtbot, ops)
    dialog = WelcomeDialog(ops, window.settings, window.lock, window)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not bar_of(window).isVisible()

    finish(qtbot, dialog, example=True)

    assert not dialog.isVisible()
    assert ops.read(example_data.has_example_data)
    window.show_tab("timeline")
    qtbot.waitUntil(lambda: "Example: Northwind Traders" in listed(window))
    assert "Northwind Traders" in listed(window)
    assert len(listed(window)) == 6
    assert bar_of(window).isVisible()
    assert "example data" in bar_of(window).label.text()
    window.show_tab("checkin")
    assert ops.read(checkins.list_checkins)

    # Cancelling the question keeps everything.
    answers.delete = False
    click(qtbot, bar_of(window).remove_button)
    assert len(answers.asked) == 1 and "Everything you wrote yourself stays" in answers.asked[0]
    assert len(stored_companies(ops)) == 6 and bar_of(window).isVisible()

    answers.delete = True
    click(qtbot, bar_of(window).remove_button)
    assert len(answers.asked) == 2
    assert stored_companies(ops) == ["Northwind Traders"]
    assert not ops.read(example_data.has_example_data)
    window.show_tab("timeline")
    qtbot.waitUntil(lambda: listed(window) == ["Northwind Traders"])
    assert [a.id for a in ops.read(applications.list_applications)] == [mine]
    assert ops.read(checkins.list_checkins) == []
    assert not bar_of(window).isVisible()
    assert "removed" in window.statusBar().currentMessage()


def test_an_example_being_edited_is_asked_about_before_removing(qtbot, ops, answers):
    ops.write(None, example_data.add_example_data, dt.date.today())
    window = make_window(qtbot, ops)
    assert bar_of(window).isVisible()
    window.show_tab("timeline")
    qtbot.waitUntil(lambda: len(listed(window)) == 5)
    window.timeline.list.view.setCurrentIndex(window.timeline.list.proxy.index(0, 0))
    qtbot.keyClicks(window.timeline.form.notes, " more")
    click(qtbot, bar_of(window).remove_button)
    assert [a.split(":")[0] for a in answers.asked] == ["unsaved", "delete"]
    assert stored_companies(ops) == []
    qtbot.waitUntil(lambda: listed(window) == [])


def test_the_welcome_is_shown_once(qtbot, ops, answers):
    window = make_window(qtbot, ops)
    dialog = welcome(qtbot, window)
    click(qtbot, dialog.button(QWizard.WizardButton.CancelButton))
    assert window.settings.value(SETTING_DONE, type=bool)
    assert start_if_first_run(window) is None
    # The next start reads the same settings file.
    again = MainWindow(ops, QSettings(str(paths.data_dir() / "settings.ini"),
                                      QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert start_if_first_run(again) is None


def test_a_store_with_entries_gets_no_welcome(qtbot, ops, answers, store: Store):
    add_application(store, "Acme", "Designer")
    window = make_window(qtbot, ops)
    assert start_if_first_run(window) is None
    assert window.settings.value(SETTING_DONE, type=bool)


def test_the_help_menu_offers_the_welcome_again(qtbot, ops, answers):
    ops.write(None, example_data.add_example_data, dt.date.today())
    window = make_window(qtbot, ops)
    [act] = [a for a in window.help_menu.actions()
             if a.text() == "&Welcome and example data…"]
    assert isinstance(act, QAction)
    act.trigger()
    dialog = window.findChild(WelcomeDialog)
    assert dialog is not None and dialog.isVisible()
    click(qtbot, dialog.button(QWizard.WizardButton.NextButton))
    assert not dialog.example.isEnabled()  # one example set at a time
    click(qtbot, dialog.button(QWizard.WizardButton.FinishButton))
    assert len(stored_companies(ops)) == 5


def test_choosing_a_passphrase_protects_the_store(qtbot, ops, answers):
    window = make_window(qtbot, ops)
    dialog = welcome(qtbot, window)
    asked: list[str] = []

    def act(d: QWidget) -> None:
        assert isinstance(d, NewPassphraseDialog)
        asked.append(d.windowTitle())
        qtbot.keyClicks(d.new, SECRET)
        qtbot.keyClicks(d.repeat, SECRET)
        tick(qtbot, d.understood)
        click(qtbot, d.ok_button)

    answer_modal(act)
    finish(qtbot, dialog, example=True, passphrase=True)
    assert asked == ["Protect with a passphrase"]
    qtbot.waitUntil(lambda: ops.store.encrypted, timeout=30_000)
    assert dialog.task is not None
    qtbot.waitUntil(lambda: not dialog.task.running, timeout=30_000)
    assert is_encrypted(paths.database_path())
    assert ops.store.key == SECRET
    # The example data went in first, and is there in the protected store.
    assert "Example: Northwind Traders" in stored_companies(ops)
    assert bar_of(window).isVisible()
    assert window.lock.can_lock()


def test_changing_ones_mind_about_the_passphrase_changes_nothing(qtbot, ops, answers):
    window = make_window(qtbot, ops)
    dialog = welcome(qtbot, window)
    answer_modal(lambda d: d.reject())
    finish(qtbot, dialog, passphrase=True)
    assert dialog.task is None
    assert not ops.store.encrypted and not is_encrypted(paths.database_path())


def test_a_protected_store_is_not_offered_a_passphrase(qtbot, data_dir, answers):
    secret = open_secret_store()
    try:
        window = make_window(qtbot, Ops(secret))
        dialog = welcome(qtbot, window)
        click(qtbot, dialog.button(QWizard.WizardButton.NextButton))
        assert not dialog.passphrase.isVisible()
        assert dialog.example.isVisible()
        dialog.reject()
    finally:
        secret.close()
