"""How fast is search on a large store? Builds one and prints timings; not a test.

    python scripts/bench_search.py                      # 5,000 applications, 20,000 check-ins
    python scripts/bench_search.py --passphrase secret  # the same, encrypted
    python scripts/bench_search.py --data-dir /tmp/big  # keep the store to look at
    python scripts/bench_search.py --apps 500 --checkins 2000 --runs 3  # a quick look

The store also holds one huge check-in (``--huge``, 1 MB by default; 0 leaves it out): a pasted
document of short sentences, each with "practise" in some form, so that "practis" matches it
tens of thousands of times and it ranks among the hits of "practis", "practising" and
"tonight practis". Making its snippet must cost no more than for any other entry.

Rows are written with plain INSERTs (far quicker than the services for this many) so the
triggers index them exactly as they index the program's own writes. Each query is run
several times; the median, fastest and slowest are printed in milliseconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from bounceback.db.store import Store, open_store
from bounceback.services import search

QUERIES = [
    "practis",
    "practising",
    "tonight practis",
    "interview salary",
    '"star answers"',
    "leadership feedback",
    "company17",
    "résumé",
    "p",
    "re",
    "the",
    "nothingmatchesthis",
    'hostile " AND ( * -',
]
_COMMON = (
    "the and to of a in that it was I my for on with they about interview salary felt "
    "again call recruiter manager team role offer rejection practised answers star "
    "leadership feedback resume résumé portfolio nervous tired hopeful walk friend "
    "question panel email thank note follow up next time better story"
)
COMMON = _COMMON.split(" ")


def _words(rng: random.Random, n: int) -> str:
    # Mostly made-up words (a large vocabulary, like real journals), some common ones.
    out = []
    for _ in range(n):
        if rng.random() < 0.35:
            out.append(rng.choice(COMMON))
        else:
            out.append("".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou")
                               for _ in range(rng.randint(2, 4))))
    return " ".join(out)


def huge_journal(rng: random.Random, size: int) -> str:
    """About ``size`` characters of short, varied sentences, each with a form of "practise"."""
    starts = ("Today I", "Again I", "This morning I", "We", "After the call I", "Tonight I")
    forms = ("practise", "practised", "practising", "practise")
    out: list[str] = []
    length = 0
    while length < size:
        sentence = f"{rng.choice(starts)} {rng.choice(forms)} {_words(rng, rng.randint(2, 6))}."
        out.append(sentence)
        length += len(sentence) + 1
    return " ".join(out)


def add_huge(store: Store, size: int, seed: int = 11) -> int:
    """Add one check-in whose journal is ``huge_journal``; the number of "practis" words."""
    journal = huge_journal(random.Random(seed), size)
    with store.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO checkins (felt_at, coping_method, coping_note, journal, overall, "
            "created_at, updated_at) VALUES ('2025-06-02 21:00:00.000000', '', '', :j, 5, "
            "'2025-06-02', '2025-06-02')"), {"j": journal})
    return journal.count(" practis")


def build(store: Store, apps: int, checkins: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    stamp = "2025-01-01 00:00:00.000000"
    start = dt.date(2023, 1, 1)
    with store.engine.begin() as conn:
        for i in range(1, apps + 1):
            day = start + dt.timedelta(days=i % 700)
            conn.execute(text(
                "INSERT INTO applications (id, company, role, link, source, applied_on, "
                "salary_currency, job_description, notes, status, archived, created_at, "
                "updated_at) VALUES (:id, :company, :role, '', 'direct', :day, '', :jd, "
                ":notes, 'applied', 0, :s, :s)"), {
                    "id": i, "company": f"Company{i}", "role": rng.choice(COMMON).title(),
                    "day": day, "jd": _words(rng, 120), "notes": _words(rng, 30), "s": stamp,
                })
            for k in range(3):
                conn.execute(text(
                    "INSERT INTO events (application_id, kind, occurred_on, details, "
                    "interviewers, created_at, updated_at) VALUES (:a, 'interview', :day, "
                    ":details, '', :s, :s)"), {
                        "a": i, "day": day + dt.timedelta(days=7 * k),
                        "details": _words(rng, 25), "s": stamp,
                    })
            if i % 5 == 0:
                conn.execute(text(
                    "INSERT INTO feedback_notes (application_id, asked_whom, channel, "
                    "request_text, answer_text, reaction, lesson, status, created_at, "
                    "updated_at) VALUES (:a, 'recruiter', 'email', :q, :ans, '', :lesson, "
                    "'answered', :s, :s)"), {
                        "a": i, "q": _words(rng, 40), "ans": _words(rng, 60),
                        "lesson": _words(rng, 15), "s": stamp,
                    })
                conn.execute(text(
                    "INSERT INTO review_items (application_id, stage, label, position, note, "
                    "dismissed, created_at, updated_at) VALUES (:a, 'interview', :label, 0, "
                    ":note, 0, :s, :s)"), {
                        "a": i, "label": _words(rng, 5), "note": _words(rng, 30), "s": stamp,
                    })
                conn.execute(text(
                    "INSERT INTO action_items (text, source, application_id, done, "
                    "created_at, updated_at) VALUES (:t, 'manual', :a, 0, :s, :s)"),
                    {"t": _words(rng, 12), "a": i, "s": stamp})
            if i % 5 == 1:
                conn.execute(text(
                    "INSERT INTO contacts (name, role, company, email, linkedin_url, notes, "
                    "linkedin_connected, created_at, updated_at) VALUES (:n, 'Recruiter', "
                    ":c, '', '', :notes, 0, :s, :s)"),
                    {"n": f"Person {i}", "c": f"Company{i}", "notes": _words(rng, 20),
                     "s": stamp})
        for i in range(1, checkins + 1):
            felt = dt.datetime.combine(start + dt.timedelta(days=i % 900), dt.time(21, 0))
            conn.execute(text(
                "INSERT INTO checkins (felt_at, application_id, coping_method, coping_note, "
                "journal, overall, created_at, updated_at) VALUES (:f, :a, '', :c, :j, 5, "
                ":s, :s)"), {
                    "f": felt, "a": rng.randint(1, apps) if rng.random() < 0.6 else None,
                    "c": _words(rng, 6), "j": _words(rng, rng.randint(150, 450)), "s": stamp,
                })


def _timed(fn: Callable[[], object], runs: int) -> tuple[list[float], object]:
    times = []
    result: object = None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return times, result


def _report(label: str, times: list[float], extra: str = "") -> None:
    print(f"{label:<28} median {statistics.median(times):8.1f} ms   "
          f"min {min(times):8.1f}   max {max(times):8.1f}   {extra}")


def bench_queries(store: Store, runs: int) -> None:
    with store.session() as s:
        for q in QUERIES:
            times, hits = _timed(lambda q=q: search.search(s, q), runs)
            _report(repr(q), times, f"{len(hits)} hits")  # type: ignore[arg-type]
        times, _ = _timed(lambda: search.search(s, "practis", include_archived=False), runs)
        _report("'practis', no archived", times)


def bench_writes(store: Store, runs: int) -> None:
    def in_tx(fn: Callable[[Session], object]) -> Callable[[], object]:
        def run() -> object:
            with store.session() as s, s.begin():
                return fn(s)
        return run

    rng = random.Random(3)
    journal = _words(rng, 400)
    counter = iter(range(10**9))

    def add_checkin(s: Session) -> None:
        s.execute(text(
            "INSERT INTO checkins (felt_at, coping_method, coping_note, journal, overall, "
            "created_at, updated_at) VALUES ('2025-06-01 10:00:00.000000', '', '', :j, 5, "
            "'2025-06-01', '2025-06-01')"), {"j": journal})

    def edit_journal(s: Session) -> None:
        s.execute(text("UPDATE checkins SET journal = :j WHERE id = 10"),
                  {"j": journal + str(next(counter))})

    def rename(s: Session) -> None:
        s.execute(text("UPDATE applications SET company = :c WHERE id = 42"),
                  {"c": f"Renamed{next(counter)}"})

    def delete_app(s: Session) -> None:
        s.execute(text("DELETE FROM applications WHERE id = :i"), {"i": 100 + next(counter)})

    for label, fn in [("insert a check-in", add_checkin), ("edit a journal", edit_journal),
                      ("rename a company", rename), ("delete an application", delete_app)]:
        times, _ = _timed(in_tx(fn), runs)
        _report(label, times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--apps", type=int, default=5000)
    parser.add_argument("--checkins", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--passphrase")
    parser.add_argument("--huge", type=int, default=1_000_000,
                        help="characters in the one huge check-in (0: none)")
    args = parser.parse_args()
    folder = args.data_dir or Path(tempfile.mkdtemp(prefix="bounceback-bench-"))
    path = folder / "bench.sqlite3"
    if path.exists():
        raise SystemExit(f"{path} exists; choose an empty folder")
    store = open_store(path, passphrase=args.passphrase)
    try:
        t0 = time.perf_counter()
        build(store, args.apps, args.checkins)
        matches = add_huge(store, args.huge) if args.huge > 0 else 0
        built = time.perf_counter() - t0
        with store.engine.connect() as conn:
            rows = conn.execute(text("SELECT count(*) FROM search_index")).scalar()
        size = path.stat().st_size / 1e6
        kind = "encrypted" if store.encrypted else "plain"
        print(f"{kind} store, {args.apps} applications, {args.checkins} check-ins: "
              f"{rows} indexed records, built in {built:.1f} s, {size:.0f} MB ({path})")
        if args.huge > 0:
            print(f"  with one check-in of {args.huge:,} characters holding "
                  f"{matches:,} words starting with 'practis'")
        bench_queries(store, args.runs)
        bench_writes(store, args.runs)
    finally:
        store.close()


if __name__ == "__main__":
    main()
