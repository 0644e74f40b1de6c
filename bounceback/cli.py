"""The command-line subcommands: backups, exports, imports, the passphrase and search, without
a window.

``bounceback [--data-dir DIR] <command> ...`` never imports Qt, so it runs on a server, over
SSH or in a test. Errors go to standard error with a non-zero exit, and nothing is changed
when a command fails.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from bounceback import paths
from bounceback.db import backups, cipher
from bounceback.db.errors import NotEncryptedError, StoreError, WrongPassphraseError
from bounceback.db.store import Store, is_encrypted, open_store
from bounceback.instance import DataFolderLock
from bounceback.services import search
from bounceback.services.errors import ServiceError

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_DAMAGED = 1

EXPORT_FORMATS = ("json", "csv", "markdown", "ics")
IMPORT_FORMATS = ("json", "csv", "daylio", "jrnl")


class CommandError(Exception):
    """A problem to report on standard error; nothing has been changed."""


def add_subcommands(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument(
            "--passphrase-stdin", action="store_true",
            help="read the passphrase from standard input, one line (for change-passphrase: "
                 "the current one, then the new one)",
        )
        return p

    p = command("export", "write your data to a file (exports are not encrypted)")
    p.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    p.add_argument("--output", required=True, metavar="FILE", type=Path)
    p = command("import", "add the records of a file to your data")
    p.add_argument("--format", required=True, choices=IMPORT_FORMATS)
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument(
        "--column", action="append", default=[], metavar="FIELD=HEADER",
        help="for csv: which column holds a field, when the headers don't say "
             "(e.g. --column company=Employer); fields: company, role, applied_on, status, "
             "status_on, link, source, notes, job_description, salary_min, salary_max, "
             "salary_currency",
    )
    command("backup", "make a backup now and print its path")
    p = command("restore", "replace your data by a backup (the current data is kept as a backup)")
    p.add_argument("backup", metavar="BACKUP", type=Path)
    command("check", "check the data file (exit 0: sound, 1: damaged)")
    p = command("encrypt", "protect your data and backups with a passphrase")
    p.add_argument("--delete-backups", action="store_true",
                   help="delete the existing backups instead of encrypting them")
    command("decrypt", "remove the passphrase from your data and backups")
    command("change-passphrase", "change the passphrase of your data and backups")
    p = command("search", "print the records that match, one line each: kind, date, title and "
                          "snippet, separated by tabs, matches in [brackets]")
    p.add_argument("query", nargs="+", metavar="QUERY",
                   help='words match as prefixes ("practis" finds "practised"); '
                        'put a phrase in "quotes"')
    p.add_argument("--limit", type=int, default=50, metavar="N",
                   help="at most N lines, best matches first (default 50)")


def run(args: argparse.Namespace, *, stdin: TextIO | None = None) -> int:
    """Run ``args.command``; returns the exit code."""
    handler = _COMMANDS[args.command]
    reader = _Passphrases(args.passphrase_stdin, stdin or sys.stdin)
    # Commands that replace the data file hold the data folder's lock throughout, so no
    # window opens on a file that is about to be swapped out (and none is open now).
    lock = DataFolderLock(paths.data_dir()) if args.command in _REPLACING else None
    if lock is not None and not lock.acquire(timeout=1):
        print(f"bounceback {args.command}: BounceBack is open on this data. "
              "Please close it first; nothing was changed.", file=sys.stderr)
        return EXIT_FAILURE
    try:
        return handler(args, reader)
    except (StoreError, ServiceError, CommandError) as exc:
        print(f"bounceback {args.command}: {_message(exc)}", file=sys.stderr)
        for problem in getattr(exc, "problems", [])[:50]:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_FAILURE
    except OSError as exc:
        print(f"bounceback {args.command}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        if lock is not None:
            lock.release()


def _message(exc: Exception) -> str:
    return exc.message if isinstance(exc, ServiceError) else str(exc)


class _Passphrases:
    """Passphrases from standard input (one per line) or typed without echo on a terminal."""

    def __init__(self, from_stdin: bool, stream: TextIO) -> None:
        self.from_stdin = from_stdin
        self.stream = stream

    def read(self, prompt: str, *, confirm: bool = False) -> str:
        if self.from_stdin:
            line = self.stream.readline()
            if not line:
                raise CommandError("Expected a passphrase on standard input, found none.")
            return line.rstrip("\r\n")
        if not self.stream.isatty():
            raise CommandError(
                "A passphrase is needed. Type it at a terminal, or pass --passphrase-stdin "
                "and give it on standard input."
            )
        first = getpass.getpass(f"{prompt}: ")
        if confirm and getpass.getpass("Type it again: ") != first:
            raise CommandError("The two passphrases are not the same. Nothing was changed.")
        return first


def _store_key(reader: _Passphrases) -> str | None:
    """The store's passphrase, asked only when the store has one."""
    db = paths.database_path()
    if is_encrypted(db):
        return reader.read("Passphrase")
    return None


def _open(reader: _Passphrases) -> Store:
    db = paths.database_path()
    if not db.exists():
        raise CommandError(f"There is no BounceBack data in {db.parent} yet.")
    return open_store(db, backups=paths.backups_dir(), passphrase=_store_key(reader))


def _export(args: argparse.Namespace, reader: _Passphrases) -> int:
    from bounceback.services.exchange.registry import EXPORTERS

    store = _open(reader)
    try:
        with store.session() as s:
            EXPORTERS[args.format](s, args.output)
    finally:
        store.close()
    print(f"Wrote {args.output} (not encrypted: keep it somewhere private).", file=sys.stderr)
    return EXIT_OK


def _import(args: argparse.Namespace, reader: _Passphrases) -> int:
    from bounceback.services.exchange.registry import IMPORTERS, import_csv_file

    if not args.file.is_file():
        raise CommandError(f"There is no file {args.file}.")
    if args.column and args.format != "csv":
        raise CommandError("--column is for --format csv only.")
    columns = {}
    for pair in args.column:
        field, sep, header = pair.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise CommandError(f"--column takes FIELD=HEADER, not “{pair}”.")
        columns[field.strip()] = header.strip()
    store = _open(reader)
    try:
        with store.session() as s, s.begin():
            if columns:
                result = import_csv_file(s, args.file, columns=columns)
            else:
                result = IMPORTERS[args.format](s, args.file)
    finally:
        store.close()
    added = ", ".join(f"{n} {kind}" for kind, n in sorted(result.added.items())) or "nothing new"
    print(f"Imported {added}; {result.total_skipped} already there.")
    return EXIT_OK


def _backup(args: argparse.Namespace, reader: _Passphrases) -> int:
    store = _open(reader)
    try:
        made = backups.take_backup(store.path, store.key, store.backups_dir, backups.MANUAL)
    finally:
        store.close()
    print(made)
    return EXIT_OK


def _restore(args: argparse.Namespace, reader: _Passphrases) -> int:
    if not args.backup.is_file():
        raise CommandError(f"There is no backup {args.backup}.")
    db = paths.database_path()
    key = _store_key(reader) if db.exists() else None
    if key is None and is_encrypted(args.backup):
        key = reader.read("Passphrase of the backup")
    kept = backups.restore_backup(args.backup, db, key, paths.backups_dir())
    open_store(db, backups=paths.backups_dir(), passphrase=key).close()  # Migrates if older.
    if kept is not None:
        print(f"Restored. Your previous data is kept in {kept}.", file=sys.stderr)
    return EXIT_OK


def _check(args: argparse.Namespace, reader: _Passphrases) -> int:
    from bounceback.db.connect import connect, integrity_problems

    db = paths.database_path()
    if not db.exists():
        raise CommandError(f"There is no BounceBack data in {db.parent} yet.")
    key = _store_key(reader)
    try:
        conn = connect(db, key, read_only=True)
    except StoreError as exc:
        if isinstance(exc, WrongPassphraseError):
            raise
        print(f"Damaged: {exc}", file=sys.stderr)
        return EXIT_DAMAGED
    try:
        problems = integrity_problems(conn, quick=False)
    except Exception:
        problems = ["the file can't be read"]
    finally:
        conn.close()
    if problems:
        print("Damaged: " + "; ".join(problems[:10]), file=sys.stderr)
        return EXIT_DAMAGED
    print("OK")
    return EXIT_OK


def _encrypt(args: argparse.Namespace, reader: _Passphrases) -> int:
    db = paths.database_path()
    if not db.exists():
        raise CommandError(f"There is no BounceBack data in {db.parent} yet.")
    new = reader.read("New passphrase", confirm=True)
    done = cipher.encrypt_store(db, new, paths.backups_dir(), delete_backups=args.delete_backups)
    print("Encrypted. The passphrase can't be recovered: keep it safe.", file=sys.stderr)
    _report_left(done)
    return EXIT_OK


def _decrypt(args: argparse.Namespace, reader: _Passphrases) -> int:
    db = paths.database_path()
    if not is_encrypted(db):
        raise NotEncryptedError()
    done = cipher.decrypt_store(db, reader.read("Passphrase"), paths.backups_dir())
    print("Decrypted: your data is no longer protected by a passphrase.", file=sys.stderr)
    _report_left(done)
    return EXIT_OK


def _change_passphrase(args: argparse.Namespace, reader: _Passphrases) -> int:
    db = paths.database_path()
    if not is_encrypted(db):
        raise NotEncryptedError()
    old = reader.read("Current passphrase")
    new = reader.read("New passphrase", confirm=True)
    done = cipher.change_passphrase(db, old, new, paths.backups_dir())
    print("Passphrase changed.", file=sys.stderr)
    _report_left(done)
    return EXIT_OK


def _search(args: argparse.Namespace, reader: _Passphrases) -> int:
    if args.limit < 1:
        raise CommandError("--limit takes a number of lines, 1 or more.")
    store = _open(reader)
    try:
        with store.session() as s:
            hits = search.search(s, " ".join(args.query), limit=args.limit)
    finally:
        store.close()
    # What people wrote may hold characters a console can't show; a "?" beats a crash.
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    for hit in hits:
        print(search_line(hit))
    return EXIT_OK  # Also when nothing matched: that is an answer, not a failure.


def search_line(hit: search.SearchHit) -> str:
    """kind, date (or -), title (or -) and snippet, tab-separated, each on one line."""
    title = hit.heading
    if hit.detail and hit.kind in (search.EVENT, search.REVIEW):  # "Interview", "Resume"
        what = hit.detail.replace("_", " ").capitalize()
        title = f"{what} · {title}" if title else what
    fields = [hit.kind, hit.day.isoformat() if hit.day else "-", title or "-",
              hit.snippet_text()]
    return "\t".join(" ".join(f.split()) or "-" for f in fields)


def _report_left(done: cipher.Conversion) -> None:
    """Backups made under another passphrase are kept as they are; say which."""
    for path in done.left:
        print(f"Left as it was (made with another passphrase): {path}", file=sys.stderr)


_COMMANDS: dict[str, Callable[[argparse.Namespace, _Passphrases], int]] = {
    "export": _export,
    "import": _import,
    "backup": _backup,
    "restore": _restore,
    "check": _check,
    "encrypt": _encrypt,
    "decrypt": _decrypt,
    "change-passphrase": _change_passphrase,
    "search": _search,
}
# The window's start-up checks names against its own copy (bounceback.app.COMMAND_NAMES) so
# that opening the window never imports this module and the storage behind it.
COMMAND_NAMES = frozenset(_COMMANDS)
_REPLACING = frozenset({"restore", "encrypt", "decrypt", "change-passphrase"})
