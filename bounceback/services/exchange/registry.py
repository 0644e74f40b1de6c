"""Every export and import format by name, for the command line and the window alike."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session

from bounceback.services.exchange import csv_import, daylio, jrnl, json_format, linkedin
from bounceback.services.exchange.common import ExchangeError, ImportResult, Progress, no_progress
from bounceback.services.exchange.export_formats import EXPORTERS

__all__ = ["EXPORTERS", "IMPORTERS", "import_csv_file"]


class Importer(Protocol):
    """An import by name; the progress callback may be left out (the command line does)."""

    def __call__(
        self, session: Session, path: Path, progress: Progress = ..., /
    ) -> ImportResult: ...


def import_csv_file(
    session: Session,
    path: Path,
    progress: Progress = no_progress,
    *,
    columns: Mapping[str, str] | None = None,
) -> ImportResult:
    """A spreadsheet of applications with its columns guessed from the headers; ``columns``
    (our field → the file's header) overrides the guess."""
    table = csv_import.read_csv_table(path)
    mapping = csv_import.guess_mapping(table.headers)
    for field, header in (columns or {}).items():
        if field not in mapping:
            known = ", ".join(sorted(mapping))
            raise ExchangeError("“%1” is not a field BounceBack knows. Fields: %2.", field, known)
        if header not in table.headers:
            raise ExchangeError("There is no column “%1” in this file.", header)
        mapping[field] = header
    return csv_import.import_applications_csv(session, table, mapping, progress)


IMPORTERS: dict[str, Importer] = {
    "json": lambda s, p, progress=no_progress: json_format.import_json(s, p, progress),
    "csv": lambda s, p, progress=no_progress: import_csv_file(s, p, progress),
    "daylio": lambda s, p, progress=no_progress: daylio.import_daylio(s, p, progress),
    "jrnl": lambda s, p, progress=no_progress: jrnl.import_jrnl(s, p, progress),
    "linkedin": lambda s, p, progress=no_progress: linkedin.import_linkedin(s, p, progress),
}
