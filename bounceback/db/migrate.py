"""Alembic, driven from code: the migration scripts ship inside the package, no alembic.ini."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS = Path(__file__).with_name("migrations")


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head() -> str:
    rev = script().get_current_head()
    assert rev is not None
    return rev


def all_revisions() -> list[str]:
    """Every revision, oldest first."""
    return [r.revision for r in reversed(list(script().walk_revisions()))]


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def is_known(revision: str) -> bool:
    return revision in set(all_revisions())


def upgrade(conn: Connection, revision: str = "head") -> None:
    command.upgrade(config(conn), revision)


def downgrade(conn: Connection, revision: str) -> None:
    command.downgrade(config(conn), revision)
