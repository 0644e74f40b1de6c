"""Build a realistic BounceBack store of a chosen size, the same every time (seeded).

    python -m benchmarks.generate --out /tmp/bb-large                  # "large", plain
    python -m benchmarks.generate --out /tmp/bb-enc --encrypted secret # the same, encrypted
    python -m benchmarks.generate --out /tmp/bb-small --size small

The store is ``OUT/bounceback.sqlite3``, so ``bounceback --data-dir OUT`` opens it.

Rows go in through the ORM models as bulk INSERTs in one transaction: the services write one
record per call and take minutes for this many. What the services would add alongside is added
here too: each application starts with its "applied" event, its status follows its events
through the services' own rule (``applications.status_after_event``), every rejection has its
bounce-back plan, and the search index is filled by the store's own triggers, exactly as for
the program's writes. ``tests/test_benchmarks.py`` compares a generated store with the services.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from benchmarks import files, text
from bounceback.db import models as m
from bounceback.db.enums import (
    ActionSource,
    Channel,
    ContactRole,
    EventKind,
    FeedbackStatus,
    Outcome,
    ReviewStage,
    Source,
    Status,
    StepState,
)
from bounceback.db.store import Store, open_store
from bounceback.paths import DB_FILENAME
from bounceback.services import vocabulary as vocab
from bounceback.services.applications import STATUS_SAID, status_after_event
from bounceback.services.document_text import extract_text

START = dt.date(2015, 6, 1)
DAYS = 3650  # ten years of searching, on and off
END = START + dt.timedelta(days=DAYS + 30)
STAMP = dt.datetime(2025, 6, 1, 12, 0)
# Applications with exactly this many events, for "open an application with 50 events".
LONG_HISTORY = 50
# Documents: the CV in one of a few versions (each kept once, however often it was sent),
# often a letter of its own, sometimes the posting. A CV of a few pages of text is ~6 KB;
# the share of applications with each is what a person keeping their files would have.
CV_VERSIONS = 12
CV_SHARE, LETTER_SHARE, POSTING_SHARE, MAIL_SHARE = 0.7, 0.4, 0.15, 0.5


@dataclass(frozen=True)
class Size:
    applications: int
    events: int
    contacts: int
    checkins: int
    feedback: int
    review_items: int
    action_items: int
    # How many applications have LONG_HISTORY events each.
    long_histories: int


SIZES = {
    "large": Size(2000, 20_000, 500, 3650, 1000, 5000, 5000, 10),
    "small": Size(200, 2000, 50, 365, 100, 500, 500, 2),
    "tiny": Size(12, 90, 6, 20, 5, 12, 12, 1),
}

Progress = Callable[[str], None]


def _quiet(_msg: str) -> None:
    pass


def _event_counts(rng: random.Random, size: Size) -> list[int]:
    """Events per application: a few long histories, the rest spread unevenly (at least 1)."""
    n = size.applications
    counts = [1] * n
    long_ids = set(rng.sample(range(n), min(size.long_histories, n)))
    for i in long_ids:
        counts[i] = LONG_HISTORY
    spare = size.events - sum(counts)
    others = [i for i in range(n) if i not in long_ids]
    # Skewed: some applications went far (many interviews), most stopped early.
    weights = [rng.paretovariate(1.6) for _ in others]
    for i in rng.choices(others, weights=weights, k=max(0, spare)):
        counts[i] += 1
    return counts


MIDDLE = [
    EventKind.RECRUITER_CONTACT, EventKind.CORRESPONDENCE, EventKind.SCREEN,
    EventKind.INTERVIEW, EventKind.INTERVIEW, EventKind.THANK_YOU_SENT, EventKind.FOLLOW_UP,
    EventKind.NOTE,
]
AFTER_REJECTION = [
    EventKind.FEEDBACK_REQUESTED, EventKind.FEEDBACK_RECEIVED, EventKind.PLAN_STEP,
    EventKind.NOTE, EventKind.CORRESPONDENCE,
]


class Builder:
    def __init__(self, size: Size, seed: int) -> None:
        self.size = size
        self.rng = random.Random(seed)
        self.apps: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.rejections: list[dict[str, Any]] = []  # rejection events
        self.interviews: dict[int, list[int]] = {}  # app id -> interview event ids
        # Documents draw from their own sequence: the rest of the store stays exactly what it
        # was before stores had documents, so earlier measurements still compare.
        self.doc_rng = random.Random(seed * 7919 + 1)

    def stamped(self, row: dict[str, Any], day: dt.date) -> dict[str, Any]:
        when = dt.datetime.combine(min(day, END), dt.time(12, 0))
        row["created_at"] = when
        row["updated_at"] = when
        return row

    # --- applications and their events ---------------------------------------------------
    def applications(self) -> None:
        rng = self.rng
        counts = _event_counts(rng, self.size)
        # Repeated company names, as people reapply: about one in four.
        companies = [text.company(rng) for _ in range(max(1, self.size.applications * 3 // 4))]
        for i, n in enumerate(counts, start=1):
            applied = START + dt.timedelta(days=(i - 1) * DAYS // len(counts))
            app = self.stamped({
                "id": i,
                "company": rng.choice(companies),
                "role": rng.choice(text.ROLES),
                "link": f"https://jobs.example.org/{i}" if rng.random() < 0.7 else "",
                "source": rng.choice(list(Source)),
                "applied_on": applied,
                "salary_min": 40_000 + 1000 * rng.randint(0, 40) if rng.random() < 0.5 else None,
                "salary_max": None,
                "salary_currency": rng.choice(["EUR", "USD", "GBP", "PLN", ""]),
                "job_description": text.words(rng, rng.randint(0, 400)),
                "notes": text.words(rng, rng.randint(0, 60)),
                "status": Status.APPLIED,
                "archived": applied < START + dt.timedelta(days=DAYS // 3) and rng.random() < 0.5,
                "reapply_after": None,
            }, applied)
            if app["salary_min"] is not None:
                app["salary_max"] = app["salary_min"] + 1000 * rng.randint(0, 20)
            self.apps.append(app)
            self.history(app, n)

    def history(self, app: dict[str, Any], n: int) -> None:
        rng = self.rng
        ending = rng.random()
        kinds = [EventKind.APPLIED]
        end_kind: EventKind | None = None
        final: Status | None = None
        if n > 1:
            if ending < 0.60:
                end_kind = EventKind.REJECTION
            elif ending < 0.65:
                end_kind = EventKind.OFFER
            elif ending < 0.72:
                end_kind, final = EventKind.STATUS_CHANGE, Status.GHOSTED
            elif ending < 0.75:
                end_kind, final = EventKind.STATUS_CHANGE, Status.WITHDRAWN
        middle = n - 1 - (1 if end_kind else 0)
        after = 0
        if end_kind == EventKind.REJECTION and middle > 2:
            after = rng.randint(0, min(3, middle - 1))
        kinds += [rng.choice(MIDDLE) for _ in range(middle - after)]
        if end_kind:
            kinds.append(end_kind)
        kinds += [rng.choice(AFTER_REJECTION) for _ in range(after)]

        day = app["applied_on"]
        status = Status.APPLIED
        interview_round = 0
        for kind in kinds:
            ev_id = len(self.events) + 1
            details, said = "", ""
            if kind == EventKind.STATUS_CHANGE and final is not None:
                said = STATUS_SAID[final]
            elif kind != EventKind.APPLIED or rng.random() < 0.3:
                details = text.words(rng, rng.randint(0, 80))
            interviewers = ""
            rnd = None
            if kind == EventKind.INTERVIEW:
                interview_round += 1
                rnd = interview_round
                interviewers = ", ".join(text.person(rng) for _ in range(rng.randint(1, 3)))
                self.interviews.setdefault(app["id"], []).append(ev_id)
            row = self.stamped({
                "id": ev_id, "application_id": app["id"], "kind": kind,
                "occurred_on": min(day, END), "details": details,
                "interview_round": rnd, "interviewers": interviewers, "contact_id": None,
                "said": said,
            }, day)
            self.events.append(row)
            if kind == EventKind.REJECTION:
                self.rejections.append(row)
            if kind == EventKind.STATUS_CHANGE and final is not None:
                status = final
            else:
                status = status_after_event(status, kind) or status
            day += dt.timedelta(days=rng.randint(1, 12))
        app["status"] = status
        if status == Status.REJECTED and rng.random() < 0.3:
            app["reapply_after"] = min(day + dt.timedelta(days=180), END)

    # --- people ---------------------------------------------------------------------------
    def contacts(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        rng = self.rng
        contacts = []
        for i in range(1, self.size.contacts + 1):
            name = text.person(rng)
            app = rng.choice(self.apps)
            contacts.append(self.stamped({
                "id": i, "name": name, "role": rng.choice(["Recruiter", "Hiring manager",
                                                            "Engineer", "HR", ""]),
                "company": app["company"],
                "email": f"{name.split()[0].lower()}{i}@example.org" if rng.random() < 0.7
                else "",
                "linkedin_url": "", "notes": text.words(rng, rng.randint(0, 40)),
                "linkedin_connected": rng.random() < 0.4,
                "stay_in_touch_on": START + dt.timedelta(days=rng.randint(0, DAYS))
                if rng.random() < 0.2 else None,
            }, app["applied_on"]))
        links: dict[tuple[int, int], dict[str, Any]] = {}
        for _ in range(self.size.contacts * 3):
            pair = (rng.choice(self.apps)["id"], rng.randint(1, self.size.contacts))
            links[pair] = {"application_id": pair[0], "contact_id": pair[1],
                           "relation": rng.choice(list(ContactRole))}
        # Some interviews name the contact they were with.
        for ev in rng.sample(self.events, len(self.events) // 20):
            ev["contact_id"] = rng.randint(1, self.size.contacts)
        return contacts, list(links.values())

    # --- the four steps -------------------------------------------------------------------
    def plans(self) -> list[dict[str, Any]]:
        rng = self.rng
        states = list(StepState)
        return [self.stamped({
            "id": i, "application_id": ev["application_id"], "rejection_event_id": ev["id"],
            "accept": rng.choice(states), "connect": rng.choice(states),
            "feedback": rng.choice(states), "review": rng.choice(states),
            "dismissed": rng.random() < 0.2,
        }, ev["occurred_on"]) for i, ev in enumerate(self.rejections, start=1)]

    def checkins(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        rng = self.rng
        rows, feelings = [], []
        emotion_keys = list(vocab.EMOTIONS)
        coping = list(vocab.COPING)
        n = self.size.checkins
        for i in range(1, n + 1):
            felt = dt.datetime.combine(START + dt.timedelta(days=(i - 1) * DAYS // n),
                                       dt.time(rng.randint(7, 23), rng.randint(0, 59)))
            rejection = rng.choice(self.rejections) if self.rejections and \
                rng.random() < 0.25 else None
            app_id = rejection["application_id"] if rejection else (
                rng.choice(self.apps)["id"] if rng.random() < 0.2 else None)
            method = rng.choice(coping) if rng.random() < 0.7 else ""
            rows.append(self.stamped({
                "id": i, "felt_at": felt, "application_id": app_id,
                "rejection_event_id": rejection["id"] if rejection else None,
                "coping_method": method,
                "coping_note": text.words(rng, rng.randint(2, 10)) if method == "other"
                else "",
                "journal": text.words(rng, text.journal_length(rng)),
                "overall": rng.randint(1, 10),
            }, felt.date()))
            for key in rng.sample(emotion_keys, rng.randint(1, 4)):
                feelings.append({
                    "id": len(feelings) + 1, "checkin_id": i, "emotion": key,
                    "intensity": rng.randint(1, 10),
                    "intensity_after": rng.randint(1, 10) if method and rng.random() < 0.5
                    else None,
                })
        return rows, feelings

    def feedback(self) -> list[dict[str, Any]]:
        rng = self.rng
        pool = self.rejections or [{"application_id": a["id"], "occurred_on": a["applied_on"]}
                                   for a in self.apps]
        rows = []
        for i in range(1, self.size.feedback + 1):
            rej = pool[(i - 1) % len(pool)]
            status = rng.choice(list(FeedbackStatus))
            asked = rej["occurred_on"] + dt.timedelta(days=rng.randint(0, 5))
            answered = status == FeedbackStatus.ANSWERED
            rows.append(self.stamped({
                "id": i, "application_id": rej["application_id"],
                "contact_id": rng.randint(1, self.size.contacts) if rng.random() < 0.5 else None,
                "asked_whom": text.person(rng), "asked_on": asked,
                "channel": rng.choice(list(Channel)),
                "request_text": text.words(rng, rng.randint(40, 150)),
                "answer_text": text.words(rng, rng.randint(10, 200)) if answered else "",
                "answered_on": asked + dt.timedelta(days=rng.randint(1, 20)) if answered
                else None,
                "reaction": text.words(rng, rng.randint(0, 40)) if answered else "",
                "lesson": text.words(rng, rng.randint(0, 30)) if answered else "",
                "status": status,
                "follow_up_on": asked + dt.timedelta(days=10) if rng.random() < 0.3 else None,
            }, asked))
        return rows

    def review(self) -> list[dict[str, Any]]:
        rng = self.rng
        apps = [r["application_id"] for r in self.rejections] or [a["id"] for a in self.apps]
        rows = []
        for i in range(1, self.size.review_items + 1):
            app_id = apps[(i - 1) % len(apps)]
            stage = rng.choice(list(ReviewStage))
            interviews = self.interviews.get(app_id, [])
            event_id = rng.choice(interviews) if stage == ReviewStage.INTERVIEW and interviews \
                else None
            rows.append(self.stamped({
                "id": i, "application_id": app_id, "stage": stage,
                "label": text.words(rng, rng.randint(3, 10)).strip(".!\n")[:500],
                "position": i % 12,
                "outcome": rng.choice([*Outcome, None]),
                "note": text.words(rng, rng.randint(0, 60)),
                "event_id": event_id, "dismissed": rng.random() < 0.05,
            }, self.apps[app_id - 1]["applied_on"]))
        return rows

    def documents(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The CV in a few versions, as PDFs, each kept once however often it was sent; cover
        letters as PDFs of their own; some postings as text; and the e-mail of about half the
        rejections, on the rejection. Their text is read as the program reads it on attach."""
        rng = self.doc_rng
        contents: list[dict[str, Any]] = []
        docs: list[dict[str, Any]] = []

        def content(data: bytes, name: str, day: dt.date) -> int:
            contents.append({"id": len(contents) + 1, "sha256": hashlib.sha256(data).hexdigest(),
                             "size": len(data), "data": data, "text": extract_text(name, data),
                             "created_at": dt.datetime.combine(min(day, END), dt.time(12))})
            return len(contents)

        def page(title: str, words: int) -> bytes:
            body = text.words(rng, words).split()
            lines = [(title, 16)] + [(" ".join(body[i:i + 12]), 10)
                                     for i in range(0, len(body), 12)]
            return files.pdf(lines[:70])  # one page holds about seventy lines

        def keep(app: dict[str, Any], ident: int, name: str, kind: str, day: dt.date,
                 event_id: int | None = None) -> None:
            docs.append(self.stamped({
                "id": len(docs) + 1, "application_id": app["id"], "event_id": event_id,
                "content_id": ident, "name": name, "kind": kind, "added_on": day,
            }, day))

        cvs: list[int] = []
        n = len(self.apps)
        versions = max(1, min(CV_VERSIONS, n // 50))  # a CV is rewritten every fifty or so
        for version in range(versions):
            day = START + dt.timedelta(days=version * DAYS // versions)
            cvs.append(content(page(f"CV, version {version + 1}", 600), "CV.pdf", day))
        for i, app in enumerate(self.apps):
            day = app["applied_on"]
            if rng.random() < CV_SHARE:
                keep(app, cvs[i * versions // max(1, n)], "CV.pdf", "cv", day)
            if rng.random() < LETTER_SHARE:
                name = f"Cover letter {app['company']}.pdf"
                letter = page(f"Dear {app['company']} team,", rng.randint(150, 350))
                keep(app, content(letter, name, day), name, "cover_letter", day)
            if rng.random() < POSTING_SHARE:
                posting = text.words(rng, rng.randint(150, 450)).encode()
                keep(app, content(posting, "Posting.txt", day), "Posting.txt",
                     "job_description", day)
        apps = {a["id"]: a for a in self.apps}
        for ev in self.rejections:
            if rng.random() >= MAIL_SHARE:
                continue
            app, day = apps[ev["application_id"]], ev["occurred_on"]
            sent = format_datetime(dt.datetime.combine(day, dt.time(10), dt.UTC))
            answer = files.mail(f"{app['company']} <jobs@example.org>", "me@example.org",
                                f"Your application: {app['role']}", sent,
                                text.words(rng, rng.randint(60, 160)))
            keep(app, content(answer, "Answer.eml", day), "Answer.eml", "email", day, ev["id"])
        return contents, docs

    def actions(self, n_feedback: int, n_review: int) -> list[dict[str, Any]]:
        rng = self.rng
        rows = []
        for i in range(1, self.size.action_items + 1):
            source = rng.choice(list(ActionSource))
            done = rng.random() < 0.6
            day = START + dt.timedelta(days=rng.randint(0, DAYS))
            rows.append(self.stamped({
                "id": i, "text": text.words(rng, rng.randint(4, 25)), "source": source,
                "application_id": rng.choice(self.apps)["id"] if rng.random() < 0.6 else None,
                "feedback_id": rng.randint(1, n_feedback)
                if source == ActionSource.FEEDBACK and n_feedback else None,
                "review_item_id": rng.randint(1, n_review)
                if source == ActionSource.REVIEW and n_review else None,
                "due_on": day + dt.timedelta(days=14) if rng.random() < 0.4 else None,
                "done": done,
                "done_at": dt.datetime.combine(day, dt.time(18)) if done else None,
            }, day))
        return rows


def build(
    store: Store, size: Size, *, seed: int = 7, progress: Progress = _quiet
) -> dict[str, int]:
    """Fill an empty, migrated store; returns the number of rows in each table."""
    b = Builder(size, seed)
    progress("making up the records")
    b.applications()
    contacts, links = b.contacts()
    plans = b.plans()
    checkins, feelings = b.checkins()
    feedback = b.feedback()
    review = b.review()
    actions = b.actions(len(feedback), len(review))
    contents, docs = b.documents()
    batches: list[tuple[type[m.Base], list[dict[str, Any]]]] = [
        (m.Application, b.apps), (m.Contact, contacts), (m.Event, b.events),
        (m.ApplicationContact, links), (m.BouncePlan, plans), (m.CheckIn, checkins),
        (m.CheckInEmotion, feelings), (m.FeedbackNote, feedback), (m.ReviewItem, review),
        (m.ActionItem, actions), (m.DocumentContent, contents), (m.Document, docs),
    ]
    with store.session() as s, s.begin():
        for model, rows in batches:
            progress(f"writing {len(rows)} {model.__tablename__}")
            for start in range(0, len(rows), 2000):
                s.execute(insert(model), rows[start:start + 2000])
    return counts(store)


def counts(store: Store) -> dict[str, int]:
    with store.session() as s:
        return {t.name: _count(s, t) for t in m.Base.metadata.sorted_tables}


def _count(s: Session, table: Any) -> int:
    return s.scalar(select(func.count()).select_from(table)) or 0


def generate(out: Path, size: Size, *, passphrase: str | None = None, seed: int = 7,
             progress: Progress = _quiet) -> Path:
    """A new store at ``out/bounceback.sqlite3``; refuses to touch an existing one."""
    path = out / DB_FILENAME
    if path.exists():
        raise FileExistsError(f"{path} exists; choose an empty folder")
    out.mkdir(parents=True, exist_ok=True)
    store = open_store(path, passphrase=passphrase)
    try:
        build(store, size, seed=seed, progress=progress)
    finally:
        store.close()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="an empty data folder")
    parser.add_argument("--size", choices=sorted(SIZES), default="large")
    parser.add_argument("--encrypted", metavar="PASSPHRASE", help="encrypt the store")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    try:
        path = generate(args.out, SIZES[args.size], passphrase=args.encrypted, seed=args.seed,
                        progress=lambda msg: print(msg, file=sys.stderr))
    except FileExistsError as exc:
        print(exc, file=sys.stderr)
        return 2
    store = open_store(path, passphrase=args.encrypted)
    try:
        rows = counts(store)
    finally:
        store.close()
    print(f"{args.size} store at {path} ({path.stat().st_size / 1e6:.0f} MB, "
          f"{time.perf_counter() - t0:.1f} s)")
    for name, n in rows.items():
        print(f"  {name:<22} {n:>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
