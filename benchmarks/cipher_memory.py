"""What SQLCipher's memory security costs on a typical read and write workload.

    python -m benchmarks.cipher_memory                 # small store, 7 runs of each
    python -m benchmarks.cipher_memory --runs 11 --size medium

``PRAGMA cipher_memory_security = ON`` is set for the whole process and can't be turned off
again, so each run is a process of its own: with and without, alternating (ON, OFF, OFF,
ON, ...) so that a machine that warms up or slows down over time favours neither. Each
process opens the same encrypted store (the key derivation is timed apart, as "open"), then
times the workload: list the applications and the check-ins, search, and write a few
check-ins, each in its own transaction, as the window does. Medians are printed; the cost
counts as small when the workload's median is under ``SMALL`` (10%) slower.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PASSPHRASE = "correct horse battery staple"
SMALL = 0.10
ROUNDS = 5  # workload repetitions inside one process (one open, several rounds)


def workload(store: Any, round_no: int) -> None:
    """What a few minutes of use does: read the lists, search, save check-ins."""
    from bounceback.services import applications, checkins, search

    with store.session() as s:
        applications.list_applications(s)
        checkins.list_checkins(s)
        search.search(s, "interview")
        search.search(s, "feedback")
    for i in range(5):
        with store.write() as s:
            checkins.create_checkin(s, checkins.CheckInInput(
                felt_at=dt.datetime(2026, 1, 1, 9, 0) + dt.timedelta(hours=round_no * 10 + i),
                emotions=(("hope", 3),), journal="benchmark entry " * 20,
            ))


def worker(path: Path, memory_security: bool) -> dict[str, float]:
    """One process: open the store with or without memory security, time the workload."""
    from bounceback.db import connect
    from bounceback.db.store import open_store

    connect.MEMORY_SECURITY = memory_security
    t0 = time.perf_counter()
    store = open_store(path, passphrase=PASSPHRASE)
    opened = time.perf_counter() - t0
    try:
        with store.engine.connect() as c:
            actual = c.exec_driver_sql("PRAGMA cipher_memory_security").scalar()
        if str(actual) != str(int(memory_security)):
            raise SystemExit(f"cipher_memory_security is {actual}, expected {memory_security}")
        t0 = time.perf_counter()
        for r in range(ROUNDS):
            workload(store, r)
        work = time.perf_counter() - t0
    finally:
        store.close()
    return {"open_ms": opened * 1000, "workload_ms": work * 1000}


def _run_worker(path: Path, on: bool) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.cipher_memory", "--worker", str(path),
         "--on" if on else "--off"],
        check=True, capture_output=True, text=True,
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="processes of each kind")
    parser.add_argument("--size", default="small", help="store size (benchmarks.generate)")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--on", dest="on", action="store_true", help=argparse.SUPPRESS)
    mode.add_argument("--off", dest="on", action="store_false", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.on)))
        return 0

    from benchmarks import generate

    with tempfile.TemporaryDirectory() as tmp:
        print(f"building a {args.size} encrypted store…", file=sys.stderr)
        store = generate.generate(Path(tmp) / "data", generate.SIZES[args.size],
                                  passphrase=PASSPHRASE)
        _run_worker(store, True)  # a discarded warm-up: file cache, imports
        results: dict[bool, list[dict[str, float]]] = {True: [], False: []}
        for i in range(args.runs):
            # ON, OFF, then OFF, ON: alternating pairs, each kind first half the time.
            for on in ((True, False) if i % 2 == 0 else (False, True)):
                results[on].append(_run_worker(store, on))
    for key in ("open_ms", "workload_ms"):
        with_ = statistics.median(r[key] for r in results[True])
        without = statistics.median(r[key] for r in results[False])
        print(f"{key:12} off {without:9.1f}  on {with_:9.1f}  "
              f"cost {(with_ - without) / without:+.1%}  "
              f"(medians of {args.runs} processes each)")
    work_on = statistics.median(r["workload_ms"] for r in results[True])
    work_off = statistics.median(r["workload_ms"] for r in results[False])
    cost = (work_on - work_off) / work_off
    print(f"workload cost {cost:+.1%}: {'small' if cost < SMALL else 'NOT small'} "
          f"(small means under {SMALL:.0%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
