"""Shared helpers for the service tests: quick ways to make the records most tests need."""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from bounceback.services import applications as apps
from tests.builders import add_application

MakeApp = Callable[..., apps.ApplicationDetail]


@pytest.fixture
def make_app(session: Session) -> MakeApp:
    """``tests.builders.add_application`` in the test's session: ``make_app("Globex",
    status=Status.REJECTED)``."""
    return functools.partial(add_application, session)
