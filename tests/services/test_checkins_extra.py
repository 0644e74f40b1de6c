"""How a person feels after coping, and what that teaches about which ways of coping help."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy.orm import Session

from bounceback.services import checkins
from bounceback.services.checkins import CheckInInput, CopingEffect
from bounceback.services.errors import ValidationError

AT = dt.datetime(2025, 3, 9, 21, 30)


def _checkin(session: Session, coping: str, emotions: tuple[tuple[str, int], ...],
             after: tuple[tuple[str, int], ...] = ()) -> checkins.CheckInRow:
    return checkins.create_checkin(session, CheckInInput(
        felt_at=AT, emotions=emotions, coping_method=coping, after=after))


def test_afterwards_is_kept_and_can_be_changed(session: Session) -> None:
    row = _checkin(session, "walk", (("anger", 8), ("hurt", 6)), after=(("anger", 3),))
    assert checkins.get_checkin(session, row.id).after == (("anger", 3),)
    again = checkins.update_checkin(
        session, row.id, replace(row.as_input(), after=(("anger", 2), ("hurt", 5))))
    assert dict(again.after) == {"anger": 2, "hurt": 5}
    cleared = checkins.update_checkin(session, row.id, replace(again.as_input(), after=()))
    assert cleared.after == ()


@pytest.mark.parametrize("after", [(("despair", 3),), (("anger", 0),), (("anger", 3),) * 2])
def test_afterwards_only_for_named_feelings_in_range(
    session: Session, after: tuple[tuple[str, int], ...]
) -> None:
    with pytest.raises(ValidationError) as err:
        _checkin(session, "walk", (("anger", 8),), after=after)
    assert err.value.field == "after"


def test_no_effects_without_afterwards(session: Session) -> None:
    _checkin(session, "walk", (("anger", 8),))
    _checkin(session, "", (("anger", 8),), after=(("anger", 2),))  # no way of coping named
    assert checkins.coping_effects(session) == []


def test_effects_average_per_feeling_most_helpful_first(session: Session) -> None:
    _checkin(session, "walk", (("anger", 8), ("hurt", 6)), after=(("anger", 4), ("hurt", 4)))
    _checkin(session, "walk", (("anger", 7),), after=(("anger", 4),))
    _checkin(session, "workout", (("anxiety", 5),), after=(("anxiety", 6),))
    _checkin(session, "call_friend", (("shame", 6),), after=(("shame", 5),))
    assert checkins.coping_effects(session) == [
        CopingEffect("walk", 2, -3.0),  # (-4 - 2 - 3) / 3 feelings
        CopingEffect("call_friend", 1, -1.0),
        CopingEffect("workout", 1, 1.0),
    ]


def test_steadier_feelings_growing_counts_as_easing(session: Session) -> None:
    # Calm going up and hope going down: the first helped, the second did not.
    _checkin(session, "rest", (("calm", 3),), after=(("calm", 7),))
    _checkin(session, "journal", (("hope", 6),), after=(("hope", 4),))
    effects = {e.method: e.average_change for e in checkins.coping_effects(session)}
    assert effects == {"rest": -4.0, "journal": 2.0}
