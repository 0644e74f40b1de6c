"""The command-line subcommands: backups, exports, imports, the passphrase and search, without
a window.

``bounceback [--data-dir DIR] <command> ...`` never imports Qt, so it runs on a server, over
SSH or in a test. Errors go to standard error with a non-zero exit, and nothing is changed
when a command fails.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from bounceback import paths
from bounceback.db import backups, cipher, preflight, revisions
from bounceback.db.connect import store_error_from
from bounceback.db.enums import DocumentKind
from bounceback.db.errors import (
    NotEncryptedError,
    StoreCorruptError,
    StoreError,
    StorePathError,
    StoreReadOnlyError,
)
from bounceback.db.store import Store, is_encrypted, open_store
from bounceback.hardening import no_core_dumps
from bounceback.instance import DataFolderLock
from bounceback.logs import FILE_ONLY
from bounceback.services import documents, search
from bounceback.services.errors import ServiceError

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_DAMAGED = 1
# The data can't be reached at all: something else stands at the data file's path, or the
# data folder can't be used (the window's start-up uses the same code).
EXIT_STORE = 2
# check: the data was saved by a newer BounceBack, which this one can't vouch for.
EXIT_TOO_NEW = 3
# How long a command waits for another BounceBack that is writing before it gives up.
WRITE_WAIT_S = 60.0

EXPORT_FORMATS = ("json", "csv", "markdown", "ics")
IMPORT_FORMATS = ("json", "csv", "daylio", "jrnl", "linkedin")


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
    command("check", "check the data file (exit 0: sound, 1: damaged, 2: no data file can be "
                     "read at its path, 3: saved by a newer version of BounceBack)")
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
    p = command("attach", "keep a file (CV, letter, job description, e-mail …) with an "
                          "application, inside your data; prints the document's id")
    p.add_argument("application", metavar="APPLICATION-ID", type=int,
                   help="the application's id (the first column of `bounceback documents`, "
                        "or of the CSV export)")
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--kind", choices=[k.value for k in DocumentKind],
                   help="what the file is (default: guessed from its name)")
    p = command("documents", "list documents, one line each: id, application id, kind, size, "
                             "date added, name and where else it was sent, separated by tabs")
    p.add_argument("application", metavar="APPLICATION-ID", type=int, nargs="?",
                   help="only this application's documents")


def run(args: argparse.Namespace, *, stdin: TextIO | None = None) -> int:
    """Run ``args.command``; returns the exit code.

    Whatever happens ends in a sentence for the person and an exit code. What they wrote
    never reaches the terminal or the log: an unexpected error is told in one sentence, and
    logged by its type and where it happened only (its message may quote journal text).
    """
    try:
        return _run(args, stdin or sys.stdin)
    except BrokenPipeError:
        # `bounceback search … | head -1`: the reader has all it wanted; a normal end.
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        log.error("Unexpected %s in %s\n%s", type(exc).__name__, args.command,
                  "".join(traceback.format_tb(exc.__traceback__)), extra={FILE_ONLY: True})
        print(f"bounceback {args.command}: Something unexpected went wrong, and nothing was "
              "changed. The log says where (not what you wrote): "
              f"{paths.log_dir()}", file=sys.stderr)
        return EXIT_FAILURE


def _run(args: argparse.Namespace, stdin: TextIO) -> int:
    handler = _COMMANDS[args.command]
    reader = _Passphrases(args.passphrase_stdin, stdin)
    folder = paths.data_dir()
    if args.command in _WRITING and paths.is_read_only(folder):
        # Checked before the lock below, whose file would be the first thing written.
        return _fail(args, StoreReadOnlyError(folder))
    if args.command in _CREATING:
        try:
            paths.ensure_private_dir(folder)
        except OSError as exc:
            print(f"bounceback {args.command}: BounceBack can't use the data folder {folder}: "
                  f"{exc.strerror}", file=sys.stderr)
            return EXIT_STORE
    elif not folder.is_dir():
        # Never made here: a mistyped --data-dir must not leave an empty folder behind.
        return _fail(args, CommandError(f"There is no BounceBack data in {folder} yet."))
    # Commands that replace the data file hold the data folder's lock throughout, so no
    # window opens on a file that is about to be swapped out (and none is open now).
    lock = DataFolderLock(folder) if args.command in _REPLACING else None
    if lock is not None and not lock.acquire(timeout=1):
        print(f"bounceback {args.command}: BounceBack is open on this data. "
              "Please close it first; nothing was changed.", file=sys.stderr)
        return EXIT_FAILURE
    try:
        return handler(args, reader)
    except (StoreError, ServiceError, CommandError) as exc:
        return _fail(args, exc)
    except BrokenPipeError:
        raise  # a normal end: see run
    except OSError as exc:
        mapped = store_error_from(exc, folder)
        if mapped is not None:  # a full disk is said as such, whatever the command wrote
            return _fail(args, mapped)
        print(f"bounceback {args.command}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        if lock is not None:
            lock.release()


def _fail(args: argparse.Namespace, exc: Exception) -> int:
    print(f"bounceback {args.command}: {_message(exc)}", file=sys.stderr)
    for problem in getattr(exc, "problems", [])[:50]:
        print(f"  {problem}", file=sys.stderr)
    return EXIT_STORE if isinstance(exc, StorePathError | StoreReadOnlyError) else EXIT_FAILURE


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at nothing, so the interpreter's own flush at exit
    doesn't fail on it again (Python's documented recipe)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _message(exc: Exception) -> str:
    return exc.message if isinstance(exc, ServiceError) else str(exc)


class _Passphrases:
    """Passphrases from standard input (one per line) or typed without echo on a terminal."""

    def __init__(self, from_stdin: bool, stream: TextIO) -> None:
        self.from_stdin = from_stdin
        self.stream = stream

    def read(self, prompt: str, *, confirm: bool = False) -> str:
        # From the first passphrase on, this process holds one: no core file may keep it.
        no_core_dumps()
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


def _examine() -> preflight.Kind:
    """What stands at the data file's path; raises with a plain sentence when it can't be
    used (a folder, an unreadable file, an emptied store ...)."""
    return preflight.examine(paths.database_path(), paths.backups_dir())


def _store_key(reader: _Passphrases) -> str | None:
    """The store's passphrase, asked only when the store has one."""
    if _examine() is preflight.Kind.ENCRYPTED:
        return reader.read("Passphrase")
    return None


def _open(reader: _Passphrases, *, read_only: bool = False, create: bool = False) -> Store:
    """The store, as a command needs it; ``create`` makes a new one where there is none, as
    the first start would (plain, or encrypted when a passphrase comes on standard input)."""
    db = paths.database_path()
    kind = _examine()
    passphrase = None
    if kind is preflight.Kind.NEW:
        if not create:
            raise CommandError(f"There is no BounceBack data in {db.parent} yet.")
        if reader.from_stdin:
            passphrase = reader.read("New passphrase")
            cipher.check_new_passphrase(passphrase)
    elif kind is preflight.Kind.ENCRYPTED:
        passphrase = reader.read("Passphrase")
    store = open_store(db, backups=paths.backups_dir(), passphrase=passphrase,
                       read_only=read_only)
    store.write_policy.wait_s = WRITE_WAIT_S
    store.write_policy.on_wait = _say_waiting
    return store


def _say_waiting() -> None:
    print("Another BounceBack is saving to this data; waiting for it to finish…",
          file=sys.stderr, flush=True)


def _export(args: argparse.Namespace, reader: _Passphrases) -> int:
    from bounceback.services.exchange.registry import EXPORTERS

    if paths.is_inside(args.output, paths.data_dir()):
        # Writing here could replace the data file or a backup with an export.
        raise CommandError("Please choose a place outside BounceBack's own data folder "
                           f"({paths.data_dir()}). Nothing was written.")
    store = _open(reader, read_only=True)
    try:
        with store.session() as s:
            EXPORTERS[args.format](s, args.output)
    finally:
        store.close()
    print(f"Wrote {args.output} (not encrypted: keep it somewhere private).", file=sys.stderr)
    return EXIT_OK


def _import(args: argparse.Namespace, reader: _Passphrases) -> int:
    from bounceback.services.exchange.registry import IMPORTERS, import_csv_file

    folder_ok = args.format == "linkedin" and args.file.is_dir()  # the archive unpacked
    if not args.file.is_file() and not folder_ok:
        raise CommandError(f"There is no file {args.file}.")
    if args.column and args.format != "csv":
        raise CommandError("--column is for --format csv only.")
    columns = {}
    for pair in args.column:
        field, sep, header = pair.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise CommandError(f"--column takes FIELD=HEADER, not “{pair}”.")
        columns[field.strip()] = header.strip()
    store = _open(reader, create=True)
    try:
        # One write transaction, holding the write lock from its start: the check for what
        # is already there and the adding happen together, so the same file imported twice
        # at once (here, in the window) is added once.
        with store.write() as s:
            if args.format == "linkedin":
                return _import_linkedin(s, args.file)
            if columns:
                result = import_csv_file(s, args.file, columns=columns)
            else:
                result = IMPORTERS[args.format](s, args.file)
    finally:
        store.close()
    added = ", ".join(f"{n} {kind}" for kind, n in sorted(result.added.items()) if n)
    print(f"Imported {added or 'nothing new'}; {result.total_skipped} already there.")
    return EXIT_OK


def _import_linkedin(session: Any, path: Path) -> int:
    """LinkedIn's archive: everything but the People offered, which are chosen in the
    window (File → Import), one by one."""
    from bounceback.services.exchange import linkedin, linkedin_read

    archive = linkedin_read.read_linkedin(path)
    offered = len(linkedin.preview(session, archive).offers)
    result = linkedin.import_linkedin_archive(session, archive)
    parts = [f"{result.added[linkedin.APPLICATIONS]} applications",
             f"{result.added[linkedin.SAVED_JOBS]} saved jobs",
             f"{result.added[linkedin.CONNECTED]} people marked connected"]
    if result.added[linkedin.NOW_APPLIED]:
        parts.append(f"{result.added[linkedin.NOW_APPLIED]} saved jobs moved to applied")
    print(f"Imported {', '.join(parts)}; {result.total_skipped} already there.")
    if offered:
        print(f"{offered} of your connections work where you applied; to add them to an "
              "application's People, import the archive in the window (File → Import).")
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
    try:
        key = _store_key(reader)
    except StoreCorruptError:
        key = None  # an emptied or damaged store: exactly what a restore is for
    if key is None and is_encrypted(args.backup):
        key = reader.read("Passphrase of the backup")
    kept = backups.restore_backup(args.backup, db, key, paths.backups_dir())
    open_store(db, backups=paths.backups_dir(), passphrase=key).close()  # Migrates if older.
    if kept is not None:
        print(f"Restored. Your previous data is kept in {kept}.", file=sys.stderr)
    return EXIT_OK


def _check(args: argparse.Namespace, reader: _Passphrases) -> int:
    from bounceback.db.connect import connect, integrity_problems, schema_revision

    db = paths.database_path()
    try:
        kind = _examine()
    except StorePathError:
        raise
    except StoreError as exc:  # emptied, or not a BounceBack file at all
        print(f"Damaged: {_message(exc)}", file=sys.stderr)
        return EXIT_DAMAGED
    if kind is preflight.Kind.NEW:
        raise CommandError(f"There is no BounceBack data in {db.parent} yet.")
    key = reader.read("Passphrase") if kind is preflight.Kind.ENCRYPTED else None
    try:
        conn = connect(db, key, read_only=True)
    except StoreError as exc:
        if not isinstance(exc, StoreCorruptError):
            raise  # a wrong passphrase, a full disk: not damage
        print(f"Damaged: {exc}", file=sys.stderr)
        return EXIT_DAMAGED
    try:
        problems = integrity_problems(conn, quick=False)
        revision = None if problems else schema_revision(conn)
    except Exception:
        problems = ["the file can't be read"]
    finally:
        conn.close()
    if problems:
        print("Damaged: " + "; ".join(problems[:10]), file=sys.stderr)
        return EXIT_DAMAGED
    if revision is not None and revision not in revisions.KNOWN:
        print("Saved by a newer version of BounceBack, which this one can't check. Please "
              "update BounceBack; nothing was changed.", file=sys.stderr)
        return EXIT_TOO_NEW
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
    store = _open(reader, read_only=True)
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
    sys.stdout.flush()  # here, so a closed pipe is met inside run, not at the exit
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


def _attach(args: argparse.Namespace, reader: _Passphrases) -> int:
    name, data = documents.read_file(args.file)  # size checked before the store is opened
    store = _open(reader)
    try:
        with store.write() as s:
            kind = DocumentKind(args.kind) if args.kind else None
            row = documents.attach(s, args.application, name, data, kind=kind)
    finally:
        store.close()
    print(row.id)
    shared = f"; also sent to {len(row.also_in)} other application(s)" if row.also_in else ""
    print(f"Kept {row.name} with application {row.application_id} ({_size(row.size)}, "
          f"{row.kind.value}){shared}.", file=sys.stderr)
    return EXIT_OK


def _documents(args: argparse.Namespace, reader: _Passphrases) -> int:
    store = _open(reader, read_only=True)
    try:
        with store.session() as s:
            rows = documents.list_documents(s, args.application)
    finally:
        store.close()
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    for row in rows:
        also = "; ".join(heading for _id, heading in row.also_in) or "-"
        fields = [str(row.id), str(row.application_id), row.kind.value, _size(row.size),
                  row.added_on.isoformat(), row.name, also]
        print("\t".join(" ".join(f.split()) or "-" for f in fields))
    sys.stdout.flush()
    return EXIT_OK


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


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
    "attach": _attach,
    "documents": _documents,
}
# The window's start-up checks names against its own copy (bounceback.app.COMMAND_NAMES) so
# that opening the window never imports this module and the storage behind it.
COMMAND_NAMES = frozenset(_COMMANDS)
_REPLACING = frozenset({"restore", "encrypt", "decrypt", "change-passphrase"})
# Commands that write in the data folder (refused, before anything, in a read-only one), and
# those that may make the data folder and its store where there are none yet.
_WRITING = _REPLACING | {"import", "backup", "attach"}
_CREATING = frozenset({"import", "restore"})
