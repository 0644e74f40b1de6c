"""The one way widgets reach the store.

``Ops.read`` runs a service function in a short read-only Session. ``Ops.write`` runs one in a
Session inside one transaction, reports problems to the user in kind words, and then emits
``changed`` with the topics that changed, so every tab refreshes what it shows. Like Anki's
CollectionOp, screens never share ORM objects or sessions; they get plain dataclasses back.

Single writes here take a millisecond or two on SQLite, so they run on the UI thread; bulk
work (import, export, backup) belongs on a worker with a progress dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from bounceback.db import changes
from bounceback.db.errors import StoreError
from bounceback.db.store import Store
from bounceback.services.errors import ServiceError, ValidationError
from bounceback.ui.common.background import Progress, Task, run_in_background
from bounceback.ui.common.i18n import fill, tr

log = logging.getLogger(__name__)

T = TypeVar("T")
# Background reads take turns (see Ops.read_later); a skipped one answers with this.
_SKIPPED = object()
# How long Ops.read_later waits before it starts its worker (see there).
READ_LATER_DELAY_MS = 60
# A read for Ops.read_later: a service function with its options bound, given a Session.
Reader = Callable[[Session], T]

# What changed, so each tab can tell whether it needs to refresh.
APPLICATIONS = "applications"
EVENTS = "events"
CONTACTS = "contacts"
CHECKINS = "checkins"
FEEDBACK = "feedback"
REVIEW = "review"
ACTIONS = "actions"
PLANS = "plans"
REMINDERS = "reminders"
DOCUMENTS = "documents"
ALL = frozenset(
    {APPLICATIONS, EVENTS, CONTACTS, CHECKINS, FEEDBACK, REVIEW, ACTIONS, PLANS, REMINDERS,
     DOCUMENTS}
)

# The topic each table's changes are told under. No caller names what a write changed: it is
# read from the statements the write ran (db/changes.py), so a service that starts touching
# another table (an event that also moves a plan) is reported without anyone remembering to.
# Drafts, templates and added words are no screen's content.
TABLE_TOPICS: dict[str, str] = {
    "applications": APPLICATIONS,
    # A form's questions and answers are part of how the application was sent.
    "screening_answers": APPLICATIONS,
    "events": EVENTS,
    "contacts": CONTACTS,
    "application_contacts": CONTACTS,
    "checkins": CHECKINS,
    "checkin_emotions": CHECKINS,
    "feedback_notes": FEEDBACK,
    "review_items": REVIEW,
    "action_items": ACTIONS,
    "bounce_plans": PLANS,
    "reminder_states": REMINDERS,
    "documents": DOCUMENTS,
    "document_contents": DOCUMENTS,
}
NO_TOPIC = frozenset({"drafts", "letter_templates", "personal_words"})


def topics_for(tables: Iterable[str]) -> frozenset[str]:
    """The topics a write that changed ``tables`` changed."""
    return frozenset(TABLE_TOPICS[t] for t in tables if t in TABLE_TOPICS)


class Ops(QObject):
    changed = Signal(frozenset)
    # A short, kind status-bar message after a write ("Saved.").
    message = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # True while the store file itself is being replaced (a restore, a new passphrase):
        # nothing reads or writes a file that is about to be swapped out.
        self._swapping = False
        # True while a write runs on a worker (an import): other writes wait their turn.
        self._writing_elsewhere = False
        # Who asked for the write being told about (see initiated_by), during ``changed``.
        self._initiator: object | None = None

    def initiated_by(self, who: object) -> bool:
        """While ``changed`` is being emitted: the write was asked for by ``who`` (the
        ``initiator`` given to :meth:`write`). Like Anki's ``initiator``, it lets the screen
        that saved, which already shows the result, skip reloading it."""
        return who is not None and self._initiator is who

    @property
    def busy(self) -> bool:
        """Writes are refused for now (with a kind word): the store is being replaced, or a
        background write is under way."""
        return self._swapping or self._writing_elsewhere

    @property
    def swapping(self) -> bool:
        """The store file is being replaced: nothing may read it either."""
        return self._swapping

    def hold_for_swap(self) -> None:
        """The store file is about to be replaced: until :meth:`replace_store` (or
        :meth:`release_swap` when nothing was replaced), nothing reads or writes it."""
        self._swapping = True

    def release_swap(self) -> None:
        self._swapping = False

    def replace_store(self, store: Store) -> None:
        """The same data folder, opened anew (after a restore or a passphrase change)."""
        self.store = store
        self._swapping = False
        self.changed.emit(ALL)

    def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a read-only service call. Errors propagate: a failed read is a bug to see."""
        with self.store.session() as s:
            return fn(s, *args, **kwargs)

    def read_later(
        self,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None],
        on_failed: Callable[[], None] | None = None,
        still_wanted: Callable[[], bool] | None = None,
        **kwargs: Any,
    ) -> bool:
        """Run a read-only service call on a worker thread; ``on_done(result)`` runs on the UI
        thread. For reads too slow for one frame (the figures behind a chart), so the window
        stays responsive meanwhile. False (nothing started) while the store is being replaced.
        A failed read is logged (by type only) and ``on_failed`` is called instead.

        Reads run one at a time: Python runs one thread at a time, so each read running
        beside another would leave the window a smaller share. A read whose turn comes when
        ``still_wanted()`` says no is skipped (and nothing is called)."""
        if self._swapping:
            return False
        store = self.store

        def work(_progress: object) -> object:
            if still_wanted is not None and not still_wanted():
                return _SKIPPED
            with store.session() as s:
                return fn(s, *args, **kwargs)

        task = Task(work, self)

        def finished() -> None:
            # ``finished`` comes from the Task's own slot, so this runs on the UI thread
            # (a plain function connected to the worker's signal might not).
            if task.error is None:
                if task.result is not _SKIPPED:
                    on_done(task.result)
            elif on_failed is not None:
                on_failed()

        task.finished.connect(finished)
        task.finished.connect(task.deleteLater)
        # Started a moment later, not at once: the repaint the user is waiting for (after a
        # save, a tab switch) comes first, instead of sharing the interpreter with the read;
        # and while someone walks down a list with the arrow keys, the reads for the rows
        # passed on the way are no longer wanted when their turn comes, so they are skipped.
        QTimer.singleShot(READ_LATER_DELAY_MS, task.start_in_turn)
        return True

    def write(
        self,
        parent: QWidget | None,
        fn: Callable[..., T],
        *args: Any,
        done: str | None = None,
        on_invalid: Callable[[ValidationError], None] | None = None,
        initiator: object | None = None,
        **kwargs: Any,
    ) -> T | None:
        """Run ``fn(session, *args, **kwargs)`` in one transaction.

        Returns its result, or None when it failed; in that case nothing was changed and the
        user has been told why (or ``on_invalid`` was given the validation error to show
        beside the field). For functions that return nothing (deletes), use :meth:`run`.
        """
        return self._write(parent, fn, args, kwargs, done, on_invalid, initiator)[1]

    def run(
        self,
        parent: QWidget | None,
        fn: Callable[..., object],
        *args: Any,
        done: str | None = None,
        on_invalid: Callable[[ValidationError], None] | None = None,
        initiator: object | None = None,
        **kwargs: Any,
    ) -> bool:
        """Like :meth:`write`, but says whether it worked: True when committed."""
        return self._write(parent, fn, args, kwargs, done, on_invalid, initiator)[0]

    def read_in_background(
        self,
        parent: QWidget | None,
        label: str,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        **kwargs: Any,
    ) -> Task | None:
        """Run ``fn(session, progress, *args, **kwargs)`` on a worker in its own read-only
        Session, with a progress dialog labelled ``label`` if it takes more than a moment (an
        export). None, and nothing started, while the store is being replaced."""
        if self._swapping:
            return None
        store = self.store

        def work(progress: Progress) -> T:
            with store.session() as s:
                return fn(s, progress, *args, **kwargs)

        return run_in_background(parent, label, work, on_done=on_done, on_error=on_error)

    def write_in_background(
        self,
        parent: QWidget | None,
        label: str,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        initiator: object | None = None,
        **kwargs: Any,
    ) -> Task | None:
        """Run ``fn(session, progress, *args, **kwargs)`` on a worker in one write
        transaction (an import: any error rolls every row back), with a progress dialog.
        Other writes wait meanwhile (a draft saved on a timer tries again later). When it is
        in, ``changed`` tells what it changed, then ``on_done(result)`` runs; on failure,
        ``on_error(exc)``. None, and nothing started, while :attr:`busy`."""
        if self.busy:
            return None
        store = self.store
        changed: list[frozenset[str]] = []

        def work(progress: Progress) -> T:
            with store.write() as s:
                result = fn(s, progress, *args, **kwargs)
            changed.append(changes.made_by(s))
            return result

        def done(result: T) -> None:
            self._writing_elsewhere = False
            self.tell(topics_for(changed[0]), initiator)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._writing_elsewhere = False
            on_error(exc)

        self._writing_elsewhere = True
        return run_in_background(parent, label, work, on_done=done, on_error=failed)

    def write_quietly(self, fn: Callable[..., object], *args: Any, **kwargs: Any) -> bool:
        """A background write the user did not ask for (a draft): no dialog, no signal.

        A failure is logged and reported as False; the caller tries again later.
        """
        if self.busy:
            return False
        try:
            with self.store.write() as s:
                fn(s, *args, **kwargs)
        except (SQLAlchemyError, StoreError) as exc:
            log.warning("background write failed: %s", type(exc).__name__)
            return False
        return True

    def _write(
        self,
        parent: QWidget | None,
        fn: Callable[..., T],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        done: str | None,
        on_invalid: Callable[[ValidationError], None] | None,
        initiator: object | None,
    ) -> tuple[bool, T | None]:
        if self.busy:
            self._warn(parent, tr(
                "BounceBack is busy looking after your data file. Nothing was changed; "
                "please try again in a moment."
            ))
            return False, None
        try:
            with self.store.write() as s:
                result = fn(s, *args, **kwargs)
        except ValidationError as exc:
            if on_invalid is not None:
                on_invalid(exc)
            else:
                self._warn(parent, translate_message(exc.message))
            return False, None
        except ServiceError as exc:
            self._warn(parent, translate_message(exc.message))
            return False, None
        except StoreError as exc:
            # The disk is full, the folder read-only, another BounceBack busy: said as it
            # is (store.write maps SQLite's errors), and what was typed stays where it is.
            log.error("write failed: %s", type(exc).__name__)
            self._warn(parent, translate_message(exc.message))
            return False, None
        except OperationalError as exc:
            # Never log statement parameters: they may hold journal text.
            log.error("write failed: %s", type(exc.orig).__name__)
            self._warn(parent, tr(
                "BounceBack couldn't save just now. Nothing was changed. Please try again "
                "in a moment."
            ))
            return False, None
        except SQLAlchemyError as exc:
            log.error("write failed: %s", type(exc).__name__)
            self._warn(parent, tr("Something went wrong while saving. Nothing was changed."))
            return False, None
        self.tell(topics_for(changes.made_by(s)), initiator)
        if done:
            self.message.emit(done)
        return True, result

    def tell(self, topics: frozenset[str], initiator: object | None = None) -> None:
        """Emit ``changed`` for a write done elsewhere (an import on a worker), with
        ``initiator`` answering :meth:`initiated_by` meanwhile."""
        previous, self._initiator = self._initiator, initiator
        try:
            self.changed.emit(topics)
        finally:
            self._initiator = previous

    def _warn(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.warning(parent, tr("BounceBack"), text)


class LatestRead:
    """Background reads of one thing (a chart's figures, "what helps you") where only the
    newest answer counts: a slower, older read that comes back late is dropped."""

    def __init__(self, ops: Ops, owner: QObject | None = None) -> None:
        self.ops = ops
        # The widget the answer is for: when it is gone before the answer comes, the answer
        # is dropped (a closed window's tab, say).
        self.owner = owner
        self._generation = 0
        self.pending = False  # a read is on its way

    def cancel(self) -> None:
        """Whatever read is on its way, its answer is no longer wanted."""
        self._generation += 1
        self.pending = False

    def start(
        self,
        reader: Reader[T],
        on_done: Callable[[T], object],
        on_failed: Callable[[], None] | None = None,
    ) -> bool:
        """Read on a worker, then ``on_done(result)`` (or ``on_failed()``) on the UI thread;
        False when nothing was started (the store is being replaced). What ``on_done``
        returns is not used."""
        self._generation += 1
        generation = self._generation

        def wanted() -> bool:
            return generation == self._generation and (
                self.owner is None or shiboken6.isValid(self.owner))

        def done(result: T) -> None:
            if wanted():
                self.pending = False
                on_done(result)

        def failed() -> None:
            if wanted():
                self.pending = False
                if on_failed is not None:
                    on_failed()

        # Asked on the worker, before its turn: only the number, no widget is touched there.
        self.pending = self.ops.read_later(
            reader, on_done=done, on_failed=failed,
            still_wanted=lambda: generation == self._generation)
        return self.pending


def translate_message(message: str) -> str:
    """Service messages are English source strings; this is where they get translated.

    A message with parts (services.errors.Message) is translated as its template, then
    filled with its parts, each translated too when it is one of the services' words
    ("The company"); the person's own words and numbers find no translation and stay.
    """
    template = getattr(message, "template", None)
    if template is None:
        return QCoreApplication.translate("services", message)
    text = QCoreApplication.translate("services", template)
    values: tuple[str, ...] = getattr(message, "values", ())
    return fill(text, *(translate_message(v) for v in values))
