"""The schema revisions this BounceBack knows, oldest first, without importing Alembic.

Opening a store that is already up to date (nearly every start) needs only to compare its
stamp with the newest revision; Alembic itself takes about 180 ms to import, so it is
loaded only when there is something to migrate. ``tests/db/test_migrations.py`` checks this
list against the migration scripts, so a new migration cannot be forgotten here.
"""

from __future__ import annotations

KNOWN: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009",
                          "0010", "0011", "0012")
HEAD = KNOWN[-1]
