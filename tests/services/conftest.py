"""Shared helpers for the service tests: quick ways to make the records most tests need."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from bounceback.db.enums import Source, Status
from bounceback.services import applications as apps

MakeApp = Callable[..., apps.ApplicationDetail]


@pytest.fixture
def make_app(session: Session) -> MakeApp:
    """Create an application in the test's session; keyword arguments override the input."""

    def make(company: str = "Acme", role: str = "Engineer", **kw: object) -> apps.ApplicationDetail:
        kw.setdefault("applied_on", dt.date(2025, 3, 1))
        kw.setdefault("source", Source.DIRECT)
        kw.setdefault("status", Status.APPLIED)
        return apps.create_application(
            session, apps.ApplicationInput(company=company, role=role, **kw)  # type: ignore[arg-type]
        )

    return make
