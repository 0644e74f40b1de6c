"""Saving an export: whole or not at all, readable by the user alone, with a kind message
instead of a stack trace when the folder can't take it."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from bounceback.services.exchange.common import ExchangeError
from bounceback.services.files import write_private_atomically

CANT_SAVE = (
    "BounceBack couldn't save the file there. Please check that the folder exists, "
    "that you may write to it and that there is free space, then try again."
)


def save(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` (the whole file, or its pieces as they are made) to ``path``."""
    try:
        write_private_atomically(Path(path), data)
    except OSError as exc:
        raise ExchangeError(CANT_SAVE) from exc
