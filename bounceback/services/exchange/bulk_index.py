"""The search index filled once at the end of a large import, not a row at a time.

The index (an FTS5 table, see migration 0004) is kept in step by triggers: each row inserted
into an indexed table inserts its entry. For an import of years of journals that is the
slowest way there is: FTS5 writes out what it has gathered at the start of every statement,
each write becomes a small segment, and merging those again and again was the largest part
of the import's time. And the import writes the rows as its file lists them, an action item
before the application whose heading its entry holds. So, inside the import's own
transaction, the insert triggers of the tables it writes to are dropped, and at the end
each trigger's own statement runs once for all the rows the import added (``NEW`` becomes
the table itself, limited to those rows, in key order). Then the triggers are created again
from the text the store keeps for them (``sqlite_master``), which is the migrations' text
exactly. Everything happens in the one transaction: should
anything fail or the program stop, the rollback brings the triggers back with everything
else, and a store is never left without them.

The entries are the ones the triggers would have made (the same statement over the same
rows), and what a rebuild of the index makes; the one difference is that they are made once
every row is in, so an entry that names the application a row belongs to finds it even when
the file listed the row first.

While the entries are written, FTS5 merges its segments :data:`AUTOMERGE` at a time instead
of its usual 4 (fewer passes over the same data), and goes back to the store's own setting
afterwards.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from bounceback.services.exchange.common import Progress, no_progress

INDEX = "search_index"  # services.search.INDEX_TABLE: the name migration 0004 gave it

# An insert trigger of the index as the migrations write them:
#   CREATE TRIGGER <name> AFTER INSERT ON <table> BEGIN
#   INSERT INTO search_index (<columns>) SELECT <values of NEW> [WHERE <condition>]; END
_TRIGGER = re.compile(
    r"CREATE\s+TRIGGER\s+(?P<name>\w+)\s+AFTER\s+INSERT\s+ON\s+(?P<table>\w+)\s+BEGIN\s+"
    rf"(?P<insert>INSERT\s+INTO\s+{INDEX}\s*\([^()]*\))\s+SELECT\s+(?P<select>.*?);\s*END",
    re.IGNORECASE | re.DOTALL,
)
_AFTER_INSERT = re.compile(r"\bAFTER\s+INSERT\s+ON\b", re.IGNORECASE)
_WHERE = re.compile(r"WHERE\b", re.IGNORECASE)

# Rows whose entries are made by one statement: enough to cost nothing more (FTS5 writes a
# segment every few hundred journals anyway), few enough for the progress bar to move.
KEYS_AT_ONCE = 5000

# FTS5 merges its segments (one is written each time what it gathered in memory fills up)
# AUTOMERGE at a time while the entries are written, instead of its usual 4: each entry is
# rewritten about half as often. Not more: a level holds up to AUTOMERGE - 1 segments at
# the end, and one of 16 (FTS5's "crisismerge") would be merged whole at the next save.
# With no merging at all (0) writing is no quicker (docs/performance.md), and it leaves
# hundreds of segments, so that whole merge, seconds long, for the next small save.
AUTOMERGE = 16
# FTS5's own value (fts5Int.h: FTS5_DEFAULT_AUTOMERGE).
DEFAULT_AUTOMERGE = 4


@dataclass(frozen=True)
class Trigger:
    """An insert trigger of the index: its text as kept by the store, and its statement
    for many rows at once (their keys as a JSON list, the one parameter)."""

    name: str
    table: str
    sql: str
    bulk: str


def index_triggers(connection: Connection, tables: Collection[str]) -> list[Trigger]:
    """The insert triggers of the index on ``tables``, as the store has them. Any other
    insert trigger on them is left alone (and fires row by row as usual)."""
    found = []
    rows = connection.exec_driver_sql(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
    for name, table, sql in rows:
        if table not in tables or not _AFTER_INSERT.search(sql):
            continue
        trigger = understood(sql)
        if trigger is not None and trigger.name == name and trigger.table == table:
            found.append(trigger)
    return found


def understood(sql: str) -> Trigger | None:
    """``sql`` read as an insert trigger of the index, or None if it is another kind."""
    match = _TRIGGER.fullmatch(sql.strip())
    if match is None:
        return None
    table = match["table"]
    values, condition = _split_where(match["select"])
    limit = "NEW.rowid IN (SELECT value FROM json_each(?))"
    if condition is not None:
        limit += f" AND ({condition})"
    bulk = (f"{match['insert']} SELECT {values} FROM {table} AS NEW WHERE {limit} "
            "ORDER BY NEW.rowid")
    return Trigger(match["name"], table, sql, bulk)


def _split_where(select: str) -> tuple[str, str | None]:
    """A ``SELECT`` without ``FROM``: its values and its ``WHERE`` condition (the last WHERE
    outside brackets and quotes; the values may hold subqueries with their own)."""
    depth = 0
    quote = ""
    found = -1
    for i, char in enumerate(select):
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0 and char in "wW" and (i == 0 or not select[i - 1].isalnum()) \
                and _WHERE.match(select, i):
            found = i
    if found < 0:
        return select.strip(), None
    return select[:found].strip(), select[found + len("WHERE"):].strip()


class Later:
    """The keys of the rows added to each table whose entries wait for the end: ``keys``
    has a list for each table whose insert triggers were dropped, to add them to."""

    def __init__(self, triggers: list[Trigger]) -> None:
        self.triggers = triggers
        self.keys: dict[str, list[int]] = {t.table: [] for t in triggers}


@contextlib.contextmanager
def filled_at_the_end(
    session: Session, tables: Collection[str], progress: Progress = no_progress
) -> Iterator[Later]:
    """Within the block, rows inserted into ``tables`` get no index entries by their
    triggers; their keys are noted in the :class:`Later` yielded. When the block ends
    without an error, each trigger's statement runs for its table's noted rows (a statement
    per :data:`KEYS_AT_ONCE` of them, ``progress`` told of each) and the triggers are made
    again, all in the session's transaction. On an error nothing is put back here: the
    caller rolls the transaction back, triggers included."""
    connection = session.connection()
    triggers = index_triggers(connection, tables)
    for trigger in triggers:
        connection.exec_driver_sql(f'DROP TRIGGER "{trigger.name}"')
    later = Later(triggers)
    yield later
    total = sum(len(keys) for keys in later.keys.values())
    done = 0
    progress(done, total)
    with _merging_fewer_times(connection):
        for trigger in triggers:
            keys = sorted(later.keys[trigger.table])
            for start in range(0, len(keys), KEYS_AT_ONCE):
                some = keys[start:start + KEYS_AT_ONCE]
                connection.exec_driver_sql(trigger.bulk, (json.dumps(some),))
                done += len(some)
                progress(done, total)
    for trigger in triggers:
        connection.exec_driver_sql(trigger.sql)


@contextlib.contextmanager
def _merging_fewer_times(connection: Connection) -> Iterator[None]:
    """FTS5's ``automerge`` at :data:`AUTOMERGE` for the block, then the store's own again:
    a value it had is set back, one it didn't have removed (FTS5's default again)."""
    kept = connection.execute(
        text(f"SELECT v FROM {INDEX}_config WHERE k = 'automerge'")).scalar()
    _automerge(connection, AUTOMERGE)
    yield
    if kept is not None:
        _automerge(connection, kept)
    else:
        # The default first, so that this connection's FTS5 (which keeps its settings in
        # memory) has it too; then the row goes, as if the setting had never been made.
        _automerge(connection, DEFAULT_AUTOMERGE)
        connection.exec_driver_sql(f"DELETE FROM {INDEX}_config WHERE k = 'automerge'")


def _automerge(connection: Connection, value: Any) -> None:
    connection.execute(text(f"INSERT INTO {INDEX} ({INDEX}, rank) VALUES ('automerge', :v)"),
                       {"v": value})
