"""Unlocking at start derives the key on a worker: the dialog says it is opening the journal,
keeps painting and answering meanwhile, and then opens the store, or says the passphrase was
wrong, as before. The derivation is held on a gate (an Event the test opens), so what the
dialog shows while it runs is seen for certain, with no timing in the test."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from bounceback import paths
from bounceback.db import backups
from bounceback.db.store import Store
from bounceback.ui import appearance
from bounceback.ui.privacy import passphrase, startup
from bounceback.ui.privacy.passphrase import Guesses, UnlockDialog
from bounceback.ui.privacy.startup import open_interactively
from tests.db.storekit import COMPANY, fill, journals
from tests.ui.privacy.layout_kit import CENTRED_PX, off_centre, problems, settle
from tests.ui.privacy.privacy_kit import (
    CHECK_TIMEOUT_MS,
    SECRET,
    answered,
    company_names,
    open_secret_store,
    press,
)
from tests.ui.window_kit import answer_modal, click

WRONG = "correct horsE"
OPENING = "Opening your journal…"


class Gate:
    """A slow function held on the worker until the test opens the gate: which threads it
    ran on, and with what, are noted."""

    def __init__(self, real: Callable[..., Any]) -> None:
        self.real = real
        self.open = threading.Event()
        self.entered = threading.Event()
        self.threads: list[int] = []
        self.keys: list[object] = []

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.threads.append(threading.get_ident())
        # open_store(path, passphrase=…), latest_good_backup(folder, passphrase)
        self.keys.append(kwargs.get("passphrase", args[1] if len(args) > 1 else None))
        self.entered.set()
        # Never stuck for good: a failing test must not hang the run.
        self.open.wait(CHECK_TIMEOUT_MS / 1000)
        return self.real(*args, **kwargs)


@pytest.fixture(autouse=True)
def guesses(monkeypatch: pytest.MonkeyPatch) -> Guesses:
    """Wrong tries counted for this test alone: none waits because of another's."""
    counted = Guesses()
    monkeypatch.setattr(passphrase, "GUESSES", counted)
    return counted


@pytest.fixture
def secret_file(data_dir) -> Path:
    s = open_secret_store()
    fill(s, checkins_count=2)
    s.close()
    return paths.database_path()


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate(startup.open_store)
    monkeypatch.setattr(startup, "open_store", held)
    yield held
    held.open.set()


def start(opened: list[Store]) -> Store | None:
    store = open_interactively(paths.database_path(), paths.backups_dir())
    if store is not None:
        opened.append(store)
    return store


def type_and_enter(qtbot, d: UnlockDialog, text: str) -> None:
    qtbot.keyClicks(d.passphrase, text)
    qtbot.keyClick(d.passphrase, Qt.Key.Key_Return)


def busy_look(d: UnlockDialog) -> dict[str, object]:
    form = d.form
    return {
        "says": form.busy_words.text() if form.busy_words.isVisible() else "",
        "bar": form.busy_bar.isVisible() and form.busy_bar.maximum() == 0,  # busy, no end
        "field": form.passphrase.isEnabled(),
        "unlock": d.unlock_button.isEnabled(),
        "quit": d.quit_button.isEnabled(),
        "problem": form.error.text() if form.error.isVisible() else "",
    }


BUSY = {"says": OPENING, "bar": True, "field": False, "unlock": False, "quit": False,
        "problem": ""}
READY = {"says": "", "bar": False, "field": True, "unlock": True, "quit": True}


class Paints(QObject):
    """Paint events a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def turns_while_held(qtbot, d: UnlockDialog, gate: Gate) -> dict[str, object]:
    """While the derivation is held: a timer on the UI thread keeps firing, and the dialog
    keeps painting. Returned as seen, the gate still shut."""
    ticks: list[int] = []
    timer = QTimer(d)
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(threading.get_ident()))
    timer.start()
    paints = Paints(d.form.busy_bar)
    qtbot.waitUntil(lambda: len(ticks) >= 5)
    d.form.busy_bar.update()
    d.update()
    qtbot.waitUntil(lambda: paints.count >= 1)
    timer.stop()
    return {
        "ticks on the UI thread": set(ticks) == {threading.get_ident()},
        "painted": paints.count >= 1,
        "still held": not gate.open.is_set() and d.busy,
    }


TURNED = {"ticks on the UI thread": True, "painted": True, "still held": True}


def test_the_right_passphrase_opens_the_store_off_the_ui_thread(
    qtbot, qapp, secret_file, opened, gate
):
    seen: dict[str, object] = {}

    def right(d: QWidget) -> None:
        assert isinstance(d, UnlockDialog)
        try:
            type_and_enter(qtbot, d, SECRET)
            assert gate.entered.wait(CHECK_TIMEOUT_MS / 1000)
            seen["busy"] = busy_look(d)
            seen["turned"] = turns_while_held(qtbot, d, gate)
            seen["cursor"] = d.cursor().shape()
        finally:
            gate.open.set()
        answered(qtbot, d)
        seen["closed"] = not d.isVisible()

    answer_modal(right)
    store = start(opened)
    assert seen == {"busy": BUSY, "turned": TURNED, "cursor": Qt.CursorShape.BusyCursor,
                    "closed": True}
    assert gate.threads and threading.get_ident() not in gate.threads
    # Opened on the worker, read here on the UI thread.
    assert store is not None and store.key == SECRET
    assert company_names(store) == [COMPANY]
    assert len(journals(store)) == 2


def test_a_wrong_passphrase_is_said_and_the_field_takes_the_next_try(
    qtbot, qapp, secret_file, opened, gate
):
    seen: dict[str, object] = {}

    def wrong_then_right(d: QWidget) -> None:
        assert isinstance(d, UnlockDialog)
        try:
            type_and_enter(qtbot, d, WRONG)
            assert gate.entered.wait(CHECK_TIMEOUT_MS / 1000)
            seen["busy"] = busy_look(d)
        finally:
            gate.open.set()
        answered(qtbot, d)
        seen["after"] = busy_look(d) | {"typed": d.passphrase.text(),
                                        "focus": QApplication.focusWidget() is d.passphrase,
                                        "open": d.isVisible()}
        type_and_enter(qtbot, d, SECRET)
        answered(qtbot, d)

    answer_modal(wrong_then_right)
    store = start(opened)
    assert seen == {
        "busy": BUSY,
        "after": READY | {
            "problem": "That passphrase didn't open your data. Passphrases are "
                       "case-sensitive; please check it and try again. Nothing has been "
                       "changed.",
            "typed": "", "focus": True, "open": True},
    }
    assert gate.keys == [WRONG, SECRET]
    assert store is not None and company_names(store) == [COMPANY]


def test_quitting_while_the_key_is_derived_waits_and_leaves_nothing_open(
    qtbot, qapp, secret_file, opened, gate
):
    """Escape, closing the window and Quit do nothing while the passphrase is checked (Quit
    can't be pressed): the store is never left opened behind a dialog that went away."""
    seen: dict[str, object] = {}

    def cancel_while_busy(d: QWidget) -> None:
        assert isinstance(d, UnlockDialog)
        try:
            type_and_enter(qtbot, d, SECRET)
            assert gate.entered.wait(CHECK_TIMEOUT_MS / 1000)
            qtbot.keyClick(d, Qt.Key.Key_Escape)
            d.close()
            click(qtbot, d.quit_button)
            d.reject()
            qtbot.wait(20)
            seen["after cancelling"] = {"open": d.isVisible(), "busy": d.busy}
        finally:
            gate.open.set()
        answered(qtbot, d)

    answer_modal(cancel_while_busy)
    store = start(opened)
    assert seen == {"after cancelling": {"open": True, "busy": True}}
    # The try that was under way went through: the store is open, and it works.
    assert store is not None and company_names(store) == [COMPANY]


def test_wrong_tries_checked_on_the_worker_still_make_the_next_wait(qtbot, guesses) -> None:
    """The growing waits after a few wrong passphrases (test_unlock_guessing.py) count the
    tries answered later, on the worker, as they count those answered at once."""
    tried: list[str] = []

    def wrong(typed: str) -> str | None:
        tried.append(typed)
        return "That passphrase didn't open your data."

    d = UnlockDialog(wrong, in_background=True)
    qtbot.addWidget(d)
    d.show()
    for i in range(passphrase.FREE_TRIES):
        type_and_enter(qtbot, d, f"guess {i}")
        answered(qtbot, d)
    assert guesses.failures == passphrase.FREE_TRIES
    assert d.form.waiting and not d.unlock_button.isEnabled()
    type_and_enter(qtbot, d, "one more")
    assert not d.busy and len(tried) == passphrase.FREE_TRIES


def test_quit_once_answered_still_quits(qtbot, qapp, secret_file, opened, gate):
    def wrong_then_quit(d: QWidget) -> None:
        assert isinstance(d, UnlockDialog)
        gate.open.set()
        type_and_enter(qtbot, d, WRONG)
        answered(qtbot, d)
        press(qtbot, d, "Quit")

    answer_modal(wrong_then_quit)
    assert start(opened) is None


def test_a_store_opened_after_the_person_left_is_closed(qtbot) -> None:
    """The event loop told to end (the system logging out) while a check runs: the dialog
    is gone, and the store the worker opens afterwards is closed, not kept."""
    found = startup._Found()
    closed: list[str] = []

    class FakeStore:
        def __init__(self, name: str) -> None:
            self.name = name

        def close(self) -> None:
            closed.append(self.name)

    found.keep(FakeStore("in time"))  # type: ignore[arg-type]
    found.give_up()
    found.keep(FakeStore("too late"))  # type: ignore[arg-type]
    assert closed == ["in time", "too late"] and found.stores == []


def test_a_failing_check_gives_the_form_back(qtbot, qapp) -> None:
    """A bug in the check (not a wrong passphrase) is raised on the UI thread, where the
    program's excepthook says it kindly; the form takes tries again and counts nothing."""

    def broken(_typed: str) -> str | None:
        raise RuntimeError("a bug")

    d = UnlockDialog(broken, in_background=True)
    qtbot.addWidget(d)
    d.show()
    with qtbot.capture_exceptions() as raised:
        type_and_enter(qtbot, d, "anything")
        answered(qtbot, d)
    assert [type(exc) for _t, exc, _tb in raised] == [RuntimeError]
    assert busy_look(d) == READY | {"problem": ""}
    assert d.isVisible() and d.form.guesses.failures == 0


def test_the_backups_passphrase_is_checked_off_the_ui_thread_and_once(
    qtbot, qapp, data_dir, opened, monkeypatch
):
    """An emptied encrypted store: its backups' passphrase is asked with the same dialog,
    checked on the worker, and the backup found then is the one offered (not looked for
    again with the passphrase, which would derive its key once more)."""
    s = open_secret_store()
    fill(s, checkins_count=3)
    backups.take_backup(s.path, SECRET, s.backups_dir, backups.AUTO)
    s.close()
    paths.database_path().write_bytes(b"")
    held = Gate(backups.latest_good_backup)
    monkeypatch.setattr(backups, "latest_good_backup", held)
    seen: dict[str, object] = {}

    def unlock(d: QWidget) -> None:
        assert isinstance(d, UnlockDialog)
        try:
            type_and_enter(qtbot, d, SECRET)
            assert held.entered.wait(CHECK_TIMEOUT_MS / 1000)
            seen["busy"] = busy_look(d)
        finally:
            held.open.set()
        answered(qtbot, d)
        answer_modal(lambda box: press(qtbot, box, "Restore the backup"))

    answer_modal(unlock)
    again = start(opened)
    assert seen == {"busy": BUSY}
    assert held.keys == [SECRET]
    assert threading.get_ident() not in held.threads
    assert again is not None and again.key == SECRET
    assert len(journals(again)) == 3


@pytest.fixture
def themed(qapp) -> Iterator[None]:
    """The theme's style sheet on, as the program always has it (its card, its fonts)."""
    saved = QPalette(QApplication.palette())
    appearance.apply(appearance.LIGHT)
    yield
    appearance.apply(appearance.SYSTEM)
    QApplication.setPalette(saved)


def test_the_busy_dialog_shows_all_of_itself(qtbot, themed, font_scale, spoken) -> None:
    """While the key is derived: the words and the moving bar in the card, under the field,
    named for a screen reader, nothing cut off, at 1× and 1.6× the font, in both languages."""
    release = threading.Event()

    def slow(_typed: str) -> str | None:
        release.wait(CHECK_TIMEOUT_MS / 1000)
        return "That passphrase didn't open your data."

    d = UnlockDialog(slow, in_background=True)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    form = d.form
    try:
        type_and_enter(qtbot, d, "not it")
        settle(qtbot, d)
        busy = {
            "busy": d.busy,
            "problems": problems(d),
            "under the field": form.passphrase.y() < form.busy_row.y() < form.buttons.y(),
            "centred": off_centre(form.busy_row.geometry(), form.rect()) <= CENTRED_PX,
            "says": form.busy_words.text(),
            "named": form.busy_bar.accessibleName() == form.busy_words.text(),
            "height known": form.full_height(form.width()) == form.height(),
        }
    finally:
        release.set()
    answered(qtbot, d)
    settle(qtbot, d)
    says = {"en": OPENING, "es": "Abriendo tu diario…"}[spoken]  # the tabs' words, reused
    assert busy == {"busy": True, "problems": [], "under the field": True, "centred": True,
                    "says": says, "named": True, "height known": True}
    assert not form.busy_row.isVisible() and form.error.isVisible()
    assert problems(d) == []
