"""Feedback themes: found with the curated vocabulary, counted per application."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from bounceback.db.enums import ActionSource
from bounceback.services import actions, feedback
from bounceback.services import applications as apps
from bounceback.services.insights import feedback as themes
from tests.builders import add_action
from tests.services.conftest import MakeApp

D = dt.date


def _note(session: Session, app_id: int, *, answer: str = "", reaction: str = "",
          lesson: str = "", answered_on: dt.date | None = None) -> int:
    data = feedback.FeedbackInput(asked_whom="Sam, recruiter", asked_on=D(2025, 3, 1),
                                  answer_text=answer, reaction=reaction, lesson=lesson,
                                  answered_on=answered_on)
    return feedback.create_feedback(session, app_id, data).id


@pytest.mark.parametrize(("text", "expected"), [
    ("They wanted more leadership", {"leadership"}),
    ("I led a team of five", {"leadership"}),
    # A bare "led" is not leadership.
    ("What led to the decision was timing", set()),
    ("Work on communicating trade-offs", {"communication"}),
    ("COMMUNICATION was great", {"communication"}),
    # Accents and case don't matter.
    ("Clear COMMUNICATIÓN, more Leadérship", {"communication", "leadership"}),
    ("System designs felt shallow", {"system_design"}),
    ("The systems design round", {"system_design"}),
    ("Not a culture fit", {"culture_fit"}),
    ("Your salary expectations were above our budget", {"salary"}),
    ("Pay attention to the brief", set()),
    ("This feedback is confidential", set()),
    ("More confidence, please", {"confidence"}),
    ("Unit tests were missing from the take-home", {"testing"}),
    ("Needs more years of experience with Go", {"experience"}),
    ("Your presentation of the case study", {"presentation"}),
    ("Stakeholders weren't mentioned", {"stakeholders"}),
    ("Self-assured answers", {"confidence"}),
    ("Took charge of the incident; strong coding", {"leadership", "coding"}),
    ("", set()),
])
def test_themes_in_text(text: str, expected: set[str]) -> None:
    assert themes.themes_in(text) == expected


def test_every_theme_has_a_label_and_a_term() -> None:
    assert len(themes.VOCABULARY) == len(themes.THEMES)
    for t in themes.VOCABULARY:
        assert t.label and t.terms
        for term in t.terms:
            assert themes.themes_in(term.replace("*", "")) >= {t.key}, term


def test_recurring_themes_counted_per_application(session: Session, make_app: MakeApp) -> None:
    acme = make_app("Acme", "Lead")
    beta = make_app("Beta", "Engineer")
    gamma = make_app("Gamma", "Engineer")
    # Two notes at Acme both mention leadership: still one application.
    n1 = _note(session, acme.id, answer="They wanted to see more leadership.",
               lesson="Lead with examples of leading teams", answered_on=D(2025, 3, 10))
    n2 = _note(session, acme.id, reaction="Leadership again, really?",
               lesson="Lead with examples of leading teams", answered_on=D(2025, 3, 12))
    n3 = _note(session, beta.id, answer="Strong coding, but system design was thin.",
               lesson="Practise system design", answered_on=D(2025, 4, 2))
    n4 = _note(session, gamma.id, answer="We hoped for more mentoring experience.",
               lesson="Bring up the mentoring I did", answered_on=D(2025, 4, 20))
    # Asked, no answer yet: nothing to read.
    _note(session, gamma.id)
    a1 = add_action(session, "Rewrite resume bullets to show leadership", application_id=acme.id,
                    feedback_id=n1, source=ActionSource.FEEDBACK).id
    a3 = add_action(session, "Do two system design mock interviews", application_id=beta.id,
                    feedback_id=n3, source=ActionSource.FEEDBACK).id
    actions.set_done(session, a3, True)
    manual = actions.create_action(session, actions.ActionInput("Unrelated",
                                                                application_id=acme.id))

    result = themes.feedback_themes(session)
    assert (result.notes_read, result.applications) == (4, 3)
    summary = [(t.key, t.applications, len(t.notes)) for t in result.themes]
    assert summary == [
        # Acme twice plus Gamma's "mentoring".
        ("leadership", 2, 3),
        # Ties in the vocabulary's order.
        ("system_design", 1, 1),
        ("experience", 1, 1),
        ("coding", 1, 1),
    ]
    assert [t.key for t in result.recurring] == ["leadership"]
    lead = result.themes[0]
    assert lead.recurring and lead.label == "Leadership"
    # Newest first; the same lesson twice is listed once.
    assert [n.feedback_id for n in lead.notes] == [n4, n2, n1]
    assert lead.lessons == ("Bring up the mentoring I did", "Lead with examples of leading teams")
    assert [(a.id, a.feedback_id, a.done) for a in lead.actions] == [(a1, n1, False)]
    assert lead.notes[0].company == "Gamma"
    design = next(t for t in result.themes if t.key == "system_design")
    assert [(a.id, a.text, a.done) for a in design.actions] == [
        (a3, "Do two system design mock interviews", True)]
    assert manual.id not in {a.id for t in result.themes for a in t.actions}


def test_archived_applications_can_be_left_out(session: Session, make_app: MakeApp) -> None:
    acme = make_app("Acme")
    beta = make_app("Beta")
    _note(session, acme.id, answer="More leadership")
    _note(session, beta.id, lesson="Show leadership")
    assert [(t.key, t.applications) for t in themes.feedback_themes(session).themes] == [
        ("leadership", 2)]
    apps.set_archived(session, beta.id, True)
    result = themes.feedback_themes(session, include_archived=False)
    assert [(t.key, t.applications, t.recurring) for t in result.themes] == [
        ("leadership", 1, False)]
    assert result.notes_read == 1


def test_no_feedback_no_themes(session: Session, make_app: MakeApp) -> None:
    make_app()
    result = themes.feedback_themes(session)
    assert (result.themes, result.notes_read, result.applications) == ((), 0, 0)
