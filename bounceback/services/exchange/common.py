"""What every import and export shares: the error type, the import report, progress."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bounceback.services.errors import ServiceError

# Called with (done, total) so a progress dialog can follow along; may be a no-op.
Progress = Callable[[int, int], None]


def no_progress(_done: int, _total: int) -> None:
    return None


class ExchangeError(ServiceError):
    """The file can't be imported or exported; ``message`` is fit to show the user.

    ``problems`` lists bad rows; when it is not empty nothing was imported.
    """

    def __init__(self, message: str, *values: object,
                 problems: list[RowProblem] | None = None) -> None:
        super().__init__(message, *values)
        self.problems = problems or []


@dataclass(frozen=True)
class RowProblem:
    """One bad row: its line number in the file (1 = the first line) and what is wrong;
    ``file`` names the file when an import reads several (an archive's)."""

    line: int
    message: str
    file: str = ""

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}" if self.file else f"Line {self.line}"
        return f"{where}: {self.message}"


@dataclass
class ImportResult:
    """What an import did, by kind of record: ``added`` new, ``skipped`` already there."""

    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str, n: int = 1) -> None:
        self.added[kind] = self.added.get(kind, 0) + n

    def skip(self, kind: str, n: int = 1) -> None:
        self.skipped[kind] = self.skipped.get(kind, 0) + n

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_skipped(self) -> int:
        return sum(self.skipped.values())
