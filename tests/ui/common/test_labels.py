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
