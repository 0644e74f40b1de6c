"""Every stored value has a human label: a new enum member without one breaks the window."""

from __future__ import annotations

import pytest

from bounceback.db import enums
from bounceback.ui.common import labels

CASES = [
    (enums.Status, labels.status), (enums.Source, labels.source),
    (enums.EventKind, labels.event_kind), (enums.ContactRole, labels.contact_role),
    (enums.Channel, labels.channel), (enums.ReviewStage, labels.review_stage),
    (enums.Outcome, labels.outcome), (enums.ActionSource, labels.action_source),
    (enums.StepState, labels.step_state), (enums.PlanStep, labels.plan_step),
    (enums.FeedbackStatus, labels.feedback_status),
]


@pytest.mark.parametrize(("enum", "label"), CASES, ids=[c[0].__name__ for c in CASES])
def test_every_member_has_a_label(qapp, enum, label):
    for member in enum:
        assert label(member).strip()


def test_the_words_lists_show_follow_the_language_of_the_moment(qapp):
    """Kept untranslated and translated when asked for: a language chosen later is the one
    spoken, and going back brings the English words back."""
    from bounceback.ui import language

    assert language.apply("es")
    try:
        assert labels.status(enums.Status.REJECTED) == "No seleccionado/a"
        assert labels.event_kind(enums.EventKind.INTERVIEW) == "Entrevista"
        assert labels.document_kind(enums.DocumentKind.COVER_LETTER) == "Carta de presentación"
        assert labels.contact_role(enums.ContactRole.HIRING_MANAGER) \
            == "Responsable de contratación"
    finally:
        language.apply(language.SOURCE)
    assert labels.status(enums.Status.REJECTED) == "Not selected"
    assert labels.event_kind(enums.EventKind.INTERVIEW) == "Interview"
