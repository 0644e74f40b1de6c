"""Every export format in one list, so the command line and the window offer the same ones.

``EXPORTERS["json"](session, path, progress)`` writes a file; ``label`` is English text the
UI translates, ``suffix`` the file name ending a save dialog suggests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from bounceback.services.exchange import csv_export, ics, json_format, markdown
from bounceback.services.exchange.common import Progress, no_progress

Writer = Callable[[Session, Path, Progress], None]


@dataclass(frozen=True)
class ExportFormat:
    name: str
    label: str
    suffix: str
    write: Writer

    def __call__(self, session: Session, path: Path, progress: Progress = no_progress) -> None:
        self.write(session, path, progress)


EXPORTERS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("json", "Everything, as BounceBack JSON (can be imported again)",
                     json_format.SUFFIX, json_format.write_json),
        ExportFormat("csv", "Applications, as a spreadsheet (CSV)",
                     csv_export.SUFFIX, csv_export.write_applications_csv),
        ExportFormat("markdown", "Journal and feedback, as Markdown",
                     markdown.SUFFIX, markdown.write_markdown),
        ExportFormat("ics", "Interviews and reminders, as a calendar (iCalendar)",
                     ics.SUFFIX, ics.write_ics),
    )
}
