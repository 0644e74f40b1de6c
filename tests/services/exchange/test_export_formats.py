"""The one list of export formats the command line and the window share."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from bounceback.services.exchange.export_formats import EXPORTERS
from tests.services.exchange.export_sample import fill


def test_the_four_formats() -> None:
    assert set(EXPORTERS) == {"json", "csv", "markdown", "ics"}
    assert {f.suffix for f in EXPORTERS.values()} == {".json", ".csv", ".md", ".ics"}
    assert all(name == f.name and f.label for name, f in EXPORTERS.items())


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_each_writes_a_private_file_with_progress(
    session: Session, tmp_path: Path, name: str
) -> None:
    fill(session)
    target = tmp_path / f"out{EXPORTERS[name].suffix}"
    calls: list[tuple[int, int]] = []
    EXPORTERS[name](session, target, lambda d, t: calls.append((d, t)))
    assert target.stat().st_size > 0
    assert calls and calls[-1][0] == calls[-1][1] > 0
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
