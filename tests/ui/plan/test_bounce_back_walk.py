"""The whole journey in the real main window: an application is turned down, and the person
walks all four steps of the plan and sets a reapply date. Every step's result must be in the
store and on the application's timeline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt

from bounceback import paths
from bounceback.db.enums import ContactRole, EventKind, PlanStep, Status, StepState
from bounceback.services import applications, checkins, contacts, events, feedback, plans
from bounceback.services.plans import Shelf
from bounceback.ui.main_window import MainWindow


def test_rejected_then_all_four_steps_and_a_reapply_date(qtbot, ops, answers):
    settings = QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(ops, settings)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    with qtbot.waitActive(w):  # shortcuts only reach the active window
        w.show()
        w.activateWindow()

    # The application, typed into the Timeline.
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(w.timeline.form.company, "Northwind")
    qtbot.keyClicks(w.timeline.form.role, "Designer")
    qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (app,) = ops.read(applications.list_applications)
    dana = ops.write(None, contacts.add_to_application, app.id,
                     contacts.ContactInput(name="Dana Reyes", email="dana@example.org"),
                     ContactRole.INTERVIEWER)

    # "We went with another candidate."
    form = w.timeline.form
    form.status.setCurrentIndex(form.status.findData(Status.REJECTED))
    w.save_current()
    # Said above the form, where the person is looking.
    assert w.timeline.context.sorry()
    plan = ops.read(plans.plan_for_application, app.id)
    assert plan is not None and plan.is_open
    w.timeline.context.plan.button.click()
    assert w.tabs.currentWidget() is w.plans
    cards = {c.step: c for c in w.plans.cards}

    # 1 · Accept your emotions: a check-in about this rejection, then "ready to move on".
    cards[PlanStep.ACCEPT].open_button.click()
    assert w.tabs.currentWidget() is w.checkin
    qtbot.mouseClick(w.checkin.form.emotions.chips["disbelief"], Qt.MouseButton.LeftButton)
    w.save_current()
    (felt,) = ops.read(checkins.list_checkins, application_id=app.id)
    assert felt.rejection_event_id == plan.rejection_event_id
    w.checkin.form.accept.ready_button.click()

    # 2 · Be gracious: a thank-you to Dana, marked sent; the step finishes right there.
    w.open_in_tab("plans", app.id)
    cards[PlanStep.CONNECT].open_button.click()
    assert w.tabs.currentWidget() is w.timeline
    people = w.timeline.related.people
    assert w.timeline.related.currentWidget() is people
    assert people.selected_id() == dana.id  # landed ready to write
    people.thank_button.click()
    note = w.timeline.related.thank_you
    assert "Northwind" in note.editor.letter().body
    note.mark_button.click()
    note.plan_offer.action_button.click()
    note.close()
    w.open_in_tab("plans", app.id)

    # 3 · Ask for feedback: a request, asked.
    cards[PlanStep.FEEDBACK].open_button.click()
    assert w.tabs.currentWidget() is w.feedback
    qtbot.keyClicks(w.feedback.form.whom, "Sam")
    qtbot.keyClicks(w.feedback.form.request.body, "What could I improve?")
    w.feedback.form.status_row.asked_button.click()
    w.open_in_tab("plans", app.id)
    cards[PlanStep.FEEDBACK].done_button.click()

    # 4 · Review start to finish.
    cards[PlanStep.REVIEW].open_button.click()
    assert w.tabs.currentWidget() is w.review
    w.review.empty.start_button.click()
    w.review.step_bar.finish_button.click()

    # Reapply, some day.
    w.open_in_tab("plans", app.id)
    w.plans.reapply.set_value(dt.date(2027, 6, 1))
    w.plans.reapply_save.click()

    plan = ops.read(plans.get_plan, plan.id)
    assert set(plan.states.values()) == {StepState.DONE}
    assert not plan.is_open
    assert ops.read(applications.get_application, app.id).reapply_after == dt.date(2027, 6, 1)
    (asked,) = ops.read(feedback.list_feedback, app.id)
    assert asked.asked_whom == "Sam"
    kinds = [e.kind for e in ops.read(events.list_events, app.id)]
    for kind in (EventKind.REJECTION, EventKind.THANK_YOU_SENT, EventKind.FEEDBACK_REQUESTED):
        assert kind in kinds
    assert kinds.count(EventKind.PLAN_STEP) == 4
    # The finished plan is followed to "Finished", where it stays findable; the open list
    # beside it is empty, and says so.
    assert w.plans.shelf == Shelf.FINISHED and w.plans.model.rowCount() == 1
    w.plans.show_shelf(Shelf.OPEN)
    assert w.plans.model.rowCount() == 0 and w.plans.right.currentIndex() == 0
