"""What a JSON export and import of a big store cost: wall time and peak memory, each in a
process of its own.

    python -m benchmarks.exchange_memory                      # 100,000 check-ins
    python -m benchmarks.exchange_memory --checkins 20000     # a quicker look
    python -m benchmarks.exchange_memory --keep /tmp/bb-100k  # keep the store and the file
    python -m benchmarks.exchange_memory --store /tmp/bb-100k/data/bounceback.sqlite3

The store is the "large" one of ``benchmarks.generate`` (seeded, so the same every time) with
the number of check-ins asked for, each with its one to four feelings and its journal (about
a kilobyte on average, 100 MB of text for 100,000). Three child processes
are measured, one after the other: opening the store and nothing else (the floor every
process pays: Python, SQLAlchemy, the models, the migrations' check), ``write_json`` of the
whole store, and ``import_json`` of that file into a new empty store, in one transaction as
File → Import does. For each: the time of the work itself (measured inside the child, the
store's opening not included), the whole process's wall time and its peak RSS (``ru_maxrss``
from ``os.wait4``, through the same small starter as ``benchmarks.run``, so the parent's own
memory is not counted). The import is checked to have brought every row over.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CHECKINS = 100_000
MB = 1024  # ru_maxrss is in KiB on Linux
TARGET_MB, TARGET_S = 200.0, 10.0


# --- in the child ---------------------------------------------------------------------------


def _worker(job: str, source: Path, target: Path) -> dict[str, Any]:
    from bounceback.db.store import open_store

    if job == "open":
        store = open_store(source, read_only=True)
        store.close()
        return {"seconds": 0.0}
    if job == "export":
        from bounceback.services.exchange import json_format

        store = open_store(source, read_only=True)
        try:
            t0 = time.perf_counter()
            with store.session() as s:
                json_format.write_json(s, target)
            seconds = time.perf_counter() - t0
        finally:
            store.close()
        return {"seconds": seconds, "bytes": target.stat().st_size}
    if job == "import":
        from sqlalchemy import func, select

        from bounceback.db.models import Base
        from bounceback.services.exchange import json_format

        store = open_store(target)
        try:
            t0 = time.perf_counter()
            with store.session() as s, s.begin():
                result = json_format.import_json(s, source)
            seconds = time.perf_counter() - t0
            with store.session() as s:
                rows = {t.name: s.scalar(select(func.count()).select_from(t)) or 0
                        for t in Base.metadata.sorted_tables}
        finally:
            store.close()
        return {"seconds": seconds, "added": result.total_added, "rows": rows}
    raise SystemExit(f"unknown job {job}")


# --- in the parent --------------------------------------------------------------------------


def _spawn(job: str, source: Path, target: Path, timeout: float) -> dict[str, Any]:
    from benchmarks.run import STARTER

    args = [sys.executable, "-m", "benchmarks.exchange_memory", "--worker", job,
            str(source), str(target)]
    done = subprocess.run([sys.executable, "-I", "-S", "-c", STARTER, str(timeout), *args],
                          capture_output=True, text=True, timeout=timeout + 30,
                          cwd=Path(__file__).resolve().parent.parent)
    starter: dict[str, Any] = {}
    report: dict[str, Any] = {}
    for line in done.stdout.splitlines():
        if line.startswith("STARTER "):
            starter = json.loads(line.removeprefix("STARTER "))
        elif line.startswith("{"):
            report = json.loads(line)
    if done.returncode != 0 or not starter or starter["code"] != 0 or not report:
        raise RuntimeError(f"{job} failed: {done.stderr[-3000:]}")
    return {**report, "wall_s": starter["ended"] - starter["started"],
            "rss_mb": starter["maxrss_kb"] / MB}


def _store(checkins: int, base: str, folder: Path, seed: int) -> tuple[Path, dict[str, int]]:
    from benchmarks import generate

    size = dataclasses.replace(generate.SIZES[base], checkins=checkins)
    t0 = time.perf_counter()
    path = generate.generate(folder, size, seed=seed,
                             progress=lambda msg: print(f"  {msg}", file=sys.stderr))
    print(f"generated in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return path, _counts(path)


def _counts(path: Path) -> dict[str, int]:
    from benchmarks import generate
    from bounceback.db.store import open_store

    store = open_store(path, read_only=True)
    try:
        return generate.counts(store)
    finally:
        store.close()


def measure(store: Path, work: Path, timeout: float) -> dict[str, dict[str, Any]]:
    """The three child processes on ``store``; the exported file is left in ``work``."""
    exported = work / "export.json"
    results = {"open": _spawn("open", store, work / "unused", timeout)}
    results["export"] = _spawn("export", store, exported, timeout)
    results["import"] = _spawn("import", exported, work / "imported" / "bounceback.sqlite3",
                               timeout)
    return results


def table(results: dict[str, dict[str, Any]], rows: dict[str, int]) -> str:
    lines = [
        f"{'':<28} {'work':>9} {'process':>9} {'peak RSS':>10}",
    ]
    names = {"open": "open the store (the floor)", "export": "export (write_json)",
             "import": "import into an empty store"}
    for key, label in names.items():
        r = results[key]
        work = f"{r['seconds']:.2f} s" if key != "open" else ""
        ok = ""
        if key != "open":
            ok = "  ✓" if r["rss_mb"] <= TARGET_MB and r["seconds"] < TARGET_S else "  ✗"
        lines.append(f"{label:<28} {work:>9} {r['wall_s']:>7.2f} s {r['rss_mb']:>7.1f} MB{ok}")
    size = results["export"].get("bytes", 0) / 1e6
    lines.append(f"(targets: ≤ {TARGET_MB:.0f} MB peak RSS, < {TARGET_S:.0f} s of work; "
                 f"the file is {size:.0f} MB; {rows.get('checkins', 0):,} check-ins, "
                 f"{sum(rows.values()):,} rows in all)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--checkins", type=int, default=CHECKINS,
                        help=f"check-ins in the generated store (default {CHECKINS:,})")
    parser.add_argument("--size", choices=("large", "small", "tiny"), default="large",
                        help="the rest of the store (benchmarks.generate; default large)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--store", type=Path, help="measure this store instead of generating")
    parser.add_argument("--keep", type=Path,
                        help="an empty folder to keep the store and the files in")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per process")
    parser.add_argument("--json", action="store_true", help="print the results as JSON too")
    parser.add_argument("--worker", nargs=3, metavar=("JOB", "SOURCE", "TARGET"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        job, source, target = args.worker
        print(json.dumps(_worker(job, Path(source), Path(target))), flush=True)
        return 0

    with tempfile.TemporaryDirectory(prefix="bb-exchange-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        if args.store:
            store, rows = args.store, _counts(args.store)
        else:
            print(f"generating a store with {args.checkins:,} check-ins …", file=sys.stderr)
            store, rows = _store(args.checkins, args.size, work / "data", args.seed)
        results = measure(store, work, args.timeout)
    imported = results["import"]["rows"]
    if imported != rows:
        print(f"the import brought {imported}, the store has {rows}", file=sys.stderr)
        return 1
    print(table(results, rows))
    if args.json:
        print(json.dumps({"rows": rows, **{k: {n: v for n, v in r.items() if n != "rows"}
                                           for k, r in results.items()}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
