"""fill(): translated text with parts, filled in one pass, so a part that holds a place
marker of its own ("%2 Labs") is shown as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback import messages
from bounceback.messages import Message, fill
from bounceback.services import applications
from bounceback.services.applications import ApplicationInput
from bounceback.ui.timeline.tab import TimelineTab


def test_a_value_holding_a_marker_is_kept_as_it_is():
    assert fill("Delete %1 at %2?", "%2 Labs", "Designer") == "Delete %2 Labs at Designer?"
    assert fill("%2 before %1", "a", "%1") == "%1 before a"


def test_a_marker_used_twice_is_filled_both_times():
    assert fill("%1, and %1 again", "Acme") == "Acme, and Acme again"


def test_markers_take_their_own_value_whatever_their_order_in_the_text():
    assert fill("%2 before %1", "a", "b") == "b before a"
    # A translation may leave a marker out: the others still take their own value.
    assert fill("%1 %3", "a", "b", "c") == "a c"


def test_a_marker_without_a_value_stays_as_written():
    assert fill("%1 of %2", "a") == "a of %2"
    assert fill("%1 and %2") == "%1 and %2"
    assert fill("%1", "a", "b") == "a"


def test_two_digit_markers():
    ten = [str(i) for i in range(1, 11)]
    assert fill("%10 %1", *ten) == "10 1"
    # %10 is marker ten, never %1 then "0".
    assert fill("%10 and %1", "a") == "%10 and a"
    assert fill("%99", *range(1, 100)) == "99"


def test_other_percent_signs_are_left_alone():
    assert fill("%n left, 50% done, %0", "a") == "%n left, 50% done, %0"
    assert fill("100%", "a") == "100%"
    # "%%" is no escape, as for QString::arg: the marker after it is still a marker.
    assert fill("%%1", "a") == "%a"


def test_values_go_through_str():
    assert fill("%1 of %2 in %3", 3, 4.5, Path("data")) == "3 of 4.5 in data"
    assert fill("%1", None) == "None"


def test_the_ui_fills_with_the_same_function():
    from bounceback.ui.common import i18n

    assert i18n.fill is messages.fill


def test_a_message_fills_its_template_in_one_pass():
    made = Message("%2 at %1", "Acme", "%1 Labs")
    assert made == "%1 Labs at Acme"
    assert made.template == "%2 at %1"
    assert made.values == ("Acme", "%1 Labs")


def test_translate_message_fills_in_one_pass(qapp):
    from bounceback.ui.common.ops import translate_message

    assert translate_message(Message("%1 at %2", "%2 Labs", "Designer")) == (
        "%2 Labs at Designer")


@pytest.fixture
def tab(qtbot, ops, answers) -> TimelineTab:
    t = TimelineTab(ops)
    qtbot.addWidget(t)
    t.resize(1100, 700)
    t.show()
    return t


def test_delete_question_shows_a_company_and_role_with_markers_literally(tab, ops, answers):
    detail = ops.write(None, applications.create_application,
                       ApplicationInput(company="%2 Labs", role="%1 Lead"))
    assert detail is not None
    tab.show_application(detail.id)
    answers.delete = False
    tab.delete_button.click()
    # Filled one marker after the other, this read "… at %1 Lead Labs for %1 Lead?".
    assert answers.asked == [
        "delete: Delete the application at %2 Labs for %1 Lead?\n\nIts history, feedback "
        "notes and review are deleted with it. Action items you made from it are kept. If "
        "you only want it out of sight, archive it instead."
    ]
