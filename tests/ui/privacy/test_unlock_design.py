"""The lock screen and the start-up unlock are one design (issue 19): a centred card with the
app icon, a title, the explanation, the passphrase field, Unlock, and the line under the field;
nothing of it cut off in any state (fresh, a wrong passphrase, waiting after several), at 1×
and at 1.6× the font, in English and in Spanish, on a window of a main window's size, on a
small one and on a question box's (where only the field and the buttons are shown)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)

from bounceback.db.store import Store
from bounceback.ui import appearance
from bounceback.ui.common.ops import Ops
from bounceback.ui.main_window import MainWindow
from bounceback.ui.privacy import passphrase
from bounceback.ui.privacy.lock import Curtain, LockController
from bounceback.ui.privacy.passphrase import (
    FREE_TRIES,
    ICON_SIZE,
    AppIcon,
    Guesses,
    UnlockDialog,
    UnlockForm,
)
from bounceback.ui.theme import sheet, text
from bounceback.ui.theme.tokens import TextRole
from tests.ui.privacy.layout_kit import CENTRED_PX, off_centre, problems, settle
from tests.ui.privacy.privacy_kit import SECRET, open_secret_store
from tests.ui.window_kit import make_window

WRONG = "That passphrase didn't open your data."
# The first start's size on a 1280×800 laptop (issue 19), a small window, a question box.
HOSTS = {"main window": (1180, 720), "small window": (640, 480), "question box": (400, 190)}


# --- the conditions --------------------------------------------------------------------------

class FrozenClock:
    """Time that stands still: a wait once started lasts for the whole test."""

    def __call__(self) -> float:
        return 1000.0


@pytest.fixture(autouse=True)
def guesses(monkeypatch: pytest.MonkeyPatch) -> Guesses:
    counted = Guesses(FrozenClock())
    monkeypatch.setattr(passphrase, "GUESSES", counted)
    return counted


@pytest.fixture(autouse=True)
def themed(qapp) -> Iterator[None]:
    """The theme's style sheet on, as the program always has it (its card, its fonts)."""
    saved = QPalette(QApplication.palette())
    appearance.apply(appearance.LIGHT)
    yield
    appearance.apply(appearance.SYSTEM)
    QApplication.setPalette(saved)




# --- what is looked at -----------------------------------------------------------------------

def icon_of(form: UnlockForm) -> QLabel | None:
    shown = [label for label in form.findChildren(QLabel)
             if label.isVisible() and not label.pixmap().isNull()]
    return shown[0] if len(shown) == 1 else None


def design(form: UnlockForm) -> dict[str, object]:
    """What one sees of a whole form: its parts from top to bottom, the icon, the card,
    everything on one centre line."""
    parts = {"icon": icon_of(form), "title": form.title, "explanation": form.explanation,
             "field": form.passphrase, "message": form.error, "buttons": form.buttons}
    shown = [(w.y(), name) for name, w in parts.items() if w is not None and w.isVisible()]
    icon = parts["icon"]
    buttons = QRect()
    for button in form.buttons.buttons():
        if button.isVisible():
            buttons = buttons.united(QRect(button.mapTo(form, QPoint(0, 0)), button.size()))
    middle = {"icon": icon.geometry() if isinstance(icon, QLabel) else QRect(),
              "buttons": buttons,
              "field": form.passphrase.geometry()}
    return {
        "order": [name for _y, name in sorted(shown)],
        "icon": (icon.pixmap().deviceIndependentSize().toSize()
                 if isinstance(icon, QLabel) else None),
        "a card": form.property(sheet.KIND) == sheet.Kind.CARD.value,
        # A title of the theme's type scale, not a heading of its own in rich text.
        "title": (text.role_of(form.title), form.title.textFormat()),
        "centred": {name: off_centre(rect, form.rect()) <= CENTRED_PX
                    for name, rect in middle.items()},
    }


WHOLE = {
    "order": ["icon", "title", "explanation", "field", "buttons"],
    "icon": QSize(ICON_SIZE, ICON_SIZE),
    "a card": True,
    "title": (TextRole.TITLE, Qt.TextFormat.PlainText),
    "centred": {"icon": True, "buttons": True, "field": True},
}
SAYING = WHOLE | {"order": ["icon", "title", "explanation", "field", "message", "buttons"]}


def whole(state: str) -> dict[str, object]:
    """The whole form's design in ``state``: the message line is there once there is
    something to say."""
    return WHOLE if state == "fresh" else SAYING


# --- going through the states ------------------------------------------------------------------

def type_and_enter(qtbot, form: UnlockForm, text: str) -> None:
    form.passphrase.setFocus()
    qtbot.keyClicks(form.passphrase, text)
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)


def states(qtbot, form: UnlockForm, root: QWidget) -> Iterator[str]:
    """Fresh, after a wrong passphrase, then waiting after a few more: each checked reached,
    and yielded once laid out."""
    settle(qtbot, root)
    assert not form.error.isVisible() and not form.waiting
    yield "fresh"
    type_and_enter(qtbot, form, "not it")
    settle(qtbot, root)
    if form.compact:  # no room for a sentence: the field says it
        assert form.passphrase.placeholderText() == form.tr("Please try again")
    else:
        assert form.error.isVisible() and form.error.text()
    assert not form.waiting
    yield "a wrong passphrase"
    for i in range(FREE_TRIES - 1):
        type_and_enter(qtbot, form, f"nor this {i}")
    settle(qtbot, root)
    assert form.waiting and not form.unlock_button.isEnabled()
    assert form.error.isVisible() and str(form.guesses.wait_left()) in form.error.text()
    yield "waiting"


def locked_host(qtbot, size: tuple[int, int]) -> tuple[QWidget, Curtain]:
    host = QWidget()
    qtbot.addWidget(host)
    host.setWindowTitle("BounceBack")
    host.resize(*size)
    host.show()
    qtbot.waitExposed(host)
    lock = LockController(lambda: SECRET, host)
    lock.locked = True
    curtain = Curtain(lock, host)
    return host, curtain


# --- the tests -------------------------------------------------------------------------------

@pytest.mark.parametrize("where", list(HOSTS))
def test_the_lock_screen_shows_all_of_itself_in_every_state(
        qtbot, font_scale, spoken, where) -> None:
    host, curtain = locked_host(qtbot, HOSTS[where])
    seen: dict[str, list[str]] = {}
    for state in states(qtbot, curtain.form, curtain):
        found = problems(curtain)
        form = curtain.form.geometry()
        if off_centre(form, curtain.rect()) > CENTRED_PX:
            found.append(f"the form {form.getRect()} is off-centre in {curtain.width()}px")
        if not curtain.compact and (look := design(curtain.form)) != whole(state):
            found.append(f"not the design: {look}")
        if found:
            seen[state] = found
    assert not seen, "\n".join(f"{where}, {s}: {p}" for s, found in seen.items() for p in found)
    assert curtain.geometry() == host.rect()
    # The whole form where there is room for it; only a question box gets the bare field.
    assert curtain.compact is (where == "question box")


def test_the_start_up_unlock_shows_all_of_itself_in_every_state(
        qtbot, font_scale, spoken) -> None:
    dialog = UnlockDialog(lambda _typed: WRONG)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    seen: dict[str, list[str]] = {}
    for state in states(qtbot, dialog.form, dialog):
        found = problems(dialog)
        form = dialog.form.geometry()
        if off_centre(form, dialog.rect()) > CENTRED_PX:
            found.append(f"the form {form.getRect()} is off-centre in {dialog.width()}px")
        if (look := design(dialog.form)) != whole(state):
            found.append(f"not the design: {look}")
        if found:
            seen[state] = found
    assert dialog.isVisible() and not dialog.form.compact
    assert not seen, "\n".join(f"{s}: {p}" for s, found in seen.items() for p in found)


def test_both_are_one_design_in_the_same_order(qtbot, guesses) -> None:
    """The start-up dialog and the curtain: the same card, the same parts in the same order,
    the same icon, on one centre line; a wrong passphrase said in the same place."""
    dialog = UnlockDialog(lambda _typed: WRONG)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _host, curtain = locked_host(qtbot, HOSTS["main window"])
    looks = {}
    for name, form, root in (("dialog", dialog.form, dialog), ("curtain", curtain.form, curtain)):
        settle(qtbot, root)
        fresh = design(form)
        type_and_enter(qtbot, form, "not it")
        settle(qtbot, root)
        looks[name] = (fresh, design(form))
        guesses.succeeded()
    assert looks["dialog"] == looks["curtain"]
    fresh, wrong = looks["dialog"]
    assert (fresh, wrong) == (WHOLE, SAYING)
    # The title in the type scale, larger than the words under it; the same in both.
    assert dialog.form.title.font().pointSizeF() > dialog.form.explanation.font().pointSizeF()
    assert dialog.form.title.font().bold()
    assert dialog.form.title.font() == curtain.form.title.font()


def test_the_icon_is_drawn_for_the_screen_s_scale(qtbot, monkeypatch) -> None:
    """At 2× the icon is drawn with twice the pixels, in the same room: sharp, not blown up
    from the 1× one."""
    icon = AppIcon()
    qtbot.addWidget(icon)
    assert icon.drawn.devicePixelRatio() == icon.devicePixelRatioF() == 1.0
    monkeypatch.setattr(AppIcon, "devicePixelRatioF", lambda _self: 2.0)
    QApplication.sendEvent(icon, QEvent(QEvent.Type.DevicePixelRatioChange))
    assert icon.drawn.devicePixelRatio() == 2.0
    assert icon.drawn.size() == QSize(2 * ICON_SIZE, 2 * ICON_SIZE)
    assert icon.drawn.deviceIndependentSize().toSize() == QSize(ICON_SIZE, ICON_SIZE)
    assert icon.size() == QSize(ICON_SIZE, ICON_SIZE) and not icon.pixmap().isNull()


def test_the_whole_form_s_height_is_known_before_it_is_shown(qtbot, font_scale) -> None:
    """The curtain chooses between the whole form and the bare field from the height the
    whole one would need: it must be the height the form then takes, in every state."""
    _host, curtain = locked_host(qtbot, HOSTS["main window"])
    form = curtain.form
    for _state in states(qtbot, form, curtain):
        assert not form.compact
        width = form.width()
        assert form.full_height(width) == form.heightForWidth(width) == form.height()
        # Worked out alike while compact (nothing shown to measure it by).
        form.set_compact(True)
        compact_says = form.full_height(width)
        form.set_compact(False)
        assert compact_says == form.full_height(width)


@pytest.fixture
def secret_store(data_dir) -> Iterator[Store]:
    s = open_secret_store()
    yield s
    s.close()


def test_the_locked_main_window_shows_the_card_in_its_middle(qtbot, secret_store, answers):
    window: MainWindow = make_window(qtbot, Ops(secret_store))
    window.resize(*HOSTS["main window"])
    lock = window.lock
    assert lock is not None and lock.lock_if_possible()
    [curtain] = lock.curtains()
    type_and_enter(qtbot, curtain.form, "not it")
    settle(qtbot, window)
    assert curtain.form.error.isVisible()
    assert problems(curtain) == []
    assert design(curtain.form) == SAYING
    assert off_centre(curtain.form.geometry(), curtain.rect()) <= CENTRED_PX
    field = curtain.form.passphrase
    assert isinstance(field, QLineEdit) and QApplication.focusWidget() is field
