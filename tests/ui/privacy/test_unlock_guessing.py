"""Guessing the passphrase: after a few wrong tries, each next one waits a little longer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bounceback.ui.privacy import passphrase
from bounceback.ui.privacy.passphrase import Guesses, UnlockDialog, UnlockForm

RIGHT = "the right one"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def dialog(qtbot, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> UnlockDialog:
    guesses = Guesses(clock)
    monkeypatch.setattr(passphrase, "GUESSES", guesses)
    tried: list[str] = []

    def check(typed: str) -> str | None:
        tried.append(typed)
        return None if typed == RIGHT else "That passphrase didn't open your data."

    d = UnlockDialog(check)
    d.tried = tried  # type: ignore[attr-defined]
    qtbot.addWidget(d)
    d.show()
    return d


def type_and_enter(qtbot, form: UnlockForm, text: str) -> None:
    form.passphrase.clear()
    qtbot.keyClicks(form.passphrase, text)
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)


def test_a_script_typing_thirty_guesses_gets_only_a_few_tries(qtbot, dialog) -> None:
    for i in range(30):
        type_and_enter(qtbot, dialog.form, f"guess {i}")
    assert len(dialog.tried) == passphrase.FREE_TRIES
    assert not dialog.unlock_button.isEnabled()
    assert dialog.form.waiting
    # Clicking is refused too, not only Enter.
    dialog.unlock_button.click()
    assert len(dialog.tried) == passphrase.FREE_TRIES


def test_two_mistypes_never_slow_anyone_down(qtbot, dialog) -> None:
    type_and_enter(qtbot, dialog.form, "typo one")
    type_and_enter(qtbot, dialog.form, "typo two")
    assert dialog.unlock_button.isEnabled() and not dialog.form.waiting
    type_and_enter(qtbot, dialog.form, RIGHT)
    assert dialog.tried[-1] == RIGHT and dialog.result() == UnlockDialog.DialogCode.Accepted


def test_the_wait_doubles_is_said_kindly_and_ends(qtbot, dialog, clock: Clock) -> None:
    form = dialog.form
    waits = []
    for i in range(8):
        type_and_enter(qtbot, form, f"guess {i}")
        left = form.guesses.wait_left()
        waits.append(left)
        if left:
            assert str(left) in form.error.text() and form.error.isVisible()
            assert not dialog.unlock_button.isEnabled()
            clock.now += left - 1
            form.retry_timer.timeout.emit()
            assert form.waiting and " 1 " in form.error.text()
            clock.now += 1
            form.retry_timer.timeout.emit()  # the timer's tick, without waiting for it
            assert not form.waiting and dialog.unlock_button.isEnabled()
            assert str(left) not in form.error.text() or left == 1
    assert waits == [0, 0, 2, 4, 8, 16, 30, 30]


def test_the_right_passphrase_resets_the_count(qtbot, dialog, clock: Clock) -> None:
    for i in range(3):
        type_and_enter(qtbot, dialog.form, f"guess {i}")
    clock.now += 60
    dialog.form.retry_timer.timeout.emit()
    type_and_enter(qtbot, dialog.form, RIGHT)
    assert dialog.form.guesses.failures == 0
    assert dialog.form.guesses.wait_left() == 0


def test_a_second_window_s_form_waits_too(qtbot, dialog, clock: Clock) -> None:
    for i in range(3):
        type_and_enter(qtbot, dialog.form, f"guess {i}")
    other = UnlockForm("Locked.")
    qtbot.addWidget(other)
    assert other.waiting and not other.unlock_button.isEnabled()
