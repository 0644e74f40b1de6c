"""Run the whole benchmark: builds a store, measures, prints a table, writes JSON.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.run              # large store, a few minutes
    python -m benchmarks.run --size small --runs 3                  # quicker
    python -m benchmarks.run --store /tmp/bb-large/bounceback.sqlite3   # reuse a generated store

Each number is the median of several runs. Start-up is measured as whole processes, side by
side with a bare PySide6 window started the same way (``python -m ...``), alternating, after
one discarded warm-up of each (the first start of the day also takes the daily backup).
Results go to ``benchmarks/results/latest.json`` (or ``--json``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import generate, inprocess
from benchmarks.inprocess import summary

RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"
DOCS = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"
PASSPHRASE = "correct horse battery staple"
MB = 1024  # ru_maxrss is in KiB on Linux

# Issue 7's targets on the large store. "ratio" and "extra_mb" are checked specially.
TARGETS: dict[str, tuple[str, float]] = {
    "start_ratio": ("≤ 1.5 × bare window", 1.5),
    "memory_extra_mb": ("≤ bare + 60 MB", 60.0),
    "filter_keystroke": ("< 16 ms", 16.0),
    "tab_switch": ("< 16 ms", 16.0),
    "tab_switch_first_visit": ("< 16 ms", 16.0),
    "open_application_50_events": ("< 16 ms", 16.0),
    "save_checkin": ("< 20 ms", 20.0),
    "search": ("< 50 ms", 50.0),
    "export_json": ("< 10 s", 10_000.0),
    "import_json": ("< 10 s", 10_000.0),
    "backup": ("< 2 s", 2000.0),
}


# --- whole processes ------------------------------------------------------------------------


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("BOUNCEBACK_DATA_DIR", None)
    return env


# The child is started from this small, fresh process, not from the harness: on Linux a
# child's ru_maxrss also counts the memory of the process it was forked from (the old image's
# high-water mark is kept across exec), and the harness itself is large after generating a
# store. This starter is a few MB, far below what any Qt window uses.
STARTER = """
import json, os, sys, time
args, timeout = sys.argv[2:], float(sys.argv[1])
started = time.monotonic()
pid = os.posix_spawn(args[0], args, os.environ)
deadline = started + timeout
while True:
    got, status, usage = os.wait4(pid, os.WNOHANG)
    if got:
        break
    if time.monotonic() > deadline:
        os.kill(pid, 9)
        got, status, usage = os.wait4(pid, 0)
        break
    time.sleep(0.001)
ended = time.monotonic()
print("STARTER " + json.dumps({"started": started, "ended": ended, "code":
      os.waitstatus_to_exitcode(status), "maxrss_kb": usage.ru_maxrss}), flush=True)
"""


def spawn(args: list[str], env: dict[str, str], timeout: float = 120) -> dict[str, Any]:
    """Run one process to the end: wall time, peak RSS (that child only), time to first paint
    when it reports one (``benchmarks.first_paint``)."""
    done = subprocess.run([sys.executable, "-I", "-S", "-c", STARTER, str(timeout), *args],
                          env=env, capture_output=True, text=True, timeout=timeout + 30)
    stamps: dict[str, float] = {}
    starter: dict[str, Any] = {}
    for line in done.stdout.splitlines():
        if line.startswith("STARTER "):
            starter = json.loads(line.removeprefix("STARTER "))
        elif line.startswith("{"):
            stamps = json.loads(line)
    if done.returncode != 0 or not starter or starter["code"] != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {done.stderr[-2000:]}")
    return {
        "wall_ms": (starter["ended"] - starter["started"]) * 1000,
        "first_paint_ms": (stamps["painted"] - starter["started"]) * 1000
        if "painted" in stamps else None,
        "ready_ms": (stamps["ready"] - starter["started"]) * 1000
        if "ready" in stamps else None,
        "rss_mb": starter["maxrss_kb"] / MB,
    }


def measure_start(data_dir: Path, runs: int) -> dict[str, Any]:
    py = sys.executable
    env = _child_env()
    commands = {
        # Until the first paint of the main window (the wrapper watches for it).
        "app_first_paint": [py, "-m", "benchmarks.first_paint", "app", "--data-dir",
                            str(data_dir)],
        "bare_first_paint": [py, "-m", "benchmarks.first_paint", "bare"],
        # The program's own switch: start, show, one turn of the event loop, quit.
        "app_smoke_test": [py, "-m", "bounceback", "--data-dir", str(data_dir),
                           "--smoke-test"],
        "bare_smoke_test": [py, "-m", "benchmarks.bare_window", "--smoke-test"],
    }
    samples: dict[str, list[dict[str, Any]]] = {k: [] for k in commands}
    for args in commands.values():
        spawn(args, env)  # warm-up, not counted
    for _ in range(runs):
        for name, args in commands.items():
            samples[name].append(spawn(args, env))

    def med(name: str, key: str) -> float:
        return statistics.median(s[key] for s in samples[name])

    out: dict[str, Any] = {}
    for name in commands:
        key = "first_paint_ms" if name.endswith("first_paint") else "wall_ms"
        out[name] = summary([s[key] for s in samples[name]])
        out[name]["peak_rss_mb"] = round(med(name, "rss_mb"), 1)
    out["app_ready"] = summary([s["ready_ms"] for s in samples["app_first_paint"]])
    # The process quits once its data is shown, so its peak is the window with its data.
    out["app_ready"]["peak_rss_mb"] = out["app_first_paint"].pop("peak_rss_mb")
    out["start_ratio_ready"] = round(
        out["app_ready"]["median_ms"] / out["bare_first_paint"]["median_ms"], 2)
    out["start_ratio"] = round(
        out["app_first_paint"]["median_ms"] / out["bare_first_paint"]["median_ms"], 2)
    out["start_ratio_smoke_test"] = round(
        out["app_smoke_test"]["median_ms"] / out["bare_smoke_test"]["median_ms"], 2)
    out["memory_extra_mb"] = round(
        out["app_ready"]["peak_rss_mb"] - out["bare_first_paint"]["peak_rss_mb"], 1)
    return out


# --- the machine ----------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    import PySide6
    import sqlalchemy
    from PySide6.QtCore import qVersion

    return {
        "cpu": cpu, "cores": os.cpu_count(), "ram_gb": ram_gb,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(), "pyside6": PySide6.__version__,
        "qt": qVersion(), "sqlalchemy": sqlalchemy.__version__,
        "qpa": os.environ.get("QT_QPA_PLATFORM", ""),
    }


# --- putting it together --------------------------------------------------------------------


def run(store_path: Path, *, runs: int, heavy_runs: int, with_start: bool = True,
        progress: Any = print) -> dict[str, Any]:
    """Every measurement on (copies of) the store at ``store_path``."""
    results: dict[str, Any] = {}
    if with_start:
        progress("start-up, whole processes …")
        folder, _ = inprocess.fresh_copy(store_path)
        try:
            results.update(measure_start(folder, runs))
        finally:
            inprocess.discard(folder)

    progress("the window, in process …")
    folder, path = inprocess.fresh_copy(store_path)
    try:
        from bounceback import paths
        from bounceback.db.store import open_store

        paths.set_data_dir(folder)
        store = open_store(path)
        try:
            results.update(inprocess.measure_ui(store, folder, runs))
            progress("export, import, backup …")
            results.update(inprocess.measure_exchange(store, folder, heavy_runs))
        finally:
            store.close()
            paths.set_data_dir(None)

        progress("unlocking …")
        results["open_plain"] = inprocess.measure_unlock(path, None, runs)
        enc = inprocess.encrypted_copy(path, folder / "encrypted", PASSPHRASE)
        results["unlock_encrypted"] = inprocess.measure_unlock(enc, PASSPHRASE, runs)
    finally:
        inprocess.discard(folder)
    return results


def verdicts(results: dict[str, Any]) -> dict[str, bool]:
    out = {}
    for key, (_label, limit) in TARGETS.items():
        value = results.get(key)
        if value is None:
            continue
        number = value["median_ms"] if isinstance(value, dict) else value
        out[key] = number <= limit if key in ("start_ratio", "memory_extra_mb") \
            else number < limit
    return out


def table(results: dict[str, Any]) -> str:
    ok = verdicts(results)
    lines = [f"{'measurement':<32} {'median':>12} {'min':>10} {'max':>10}  target"]
    for key, value in results.items():
        if not isinstance(value, dict) or "median_ms" not in value:
            continue
        label, _ = TARGETS.get(key, ("", 0))
        mark = ("✓ " if ok[key] else "✗ ") if key in ok else ""
        rss = f"  (peak RSS {value['peak_rss_mb']} MB)" if "peak_rss_mb" in value else ""
        lines.append(f"{key:<32} {value['median_ms']:>9.1f} ms {value['min_ms']:>7.1f} ms "
                     f"{value['max_ms']:>7.1f} ms  {mark}{label}{rss}")
    for key in ("start_ratio", "start_ratio_ready", "start_ratio_smoke_test",
                "memory_extra_mb"):
        if key in results:
            label, _ = TARGETS.get(key, ("", 0))
            mark = ("✓ " if ok[key] else "✗ ") if key in ok else ""
            unit = " MB" if key.endswith("_mb") else " ×"
            lines.append(f"{key:<32} {results[key]:>9}{unit}{'':>22}{mark}{label}")
    return "\n".join(lines)


LABELS = {
    "app_first_paint": "Start to first painted window (BounceBack)",
    "bare_first_paint": "Start to first painted window (bare PySide6, 4 empty tabs)",
    "app_ready": "Start to the tab in front painted with its data (BounceBack)",
    "app_smoke_test": "Whole process, `bounceback --smoke-test`",
    "bare_smoke_test": "Whole process, bare window `--smoke-test`",
    "window_build_in_process": "MainWindow built and shown, in process (once)",
    "filter_keystroke": "Filter-as-you-type, per keystroke (Timeline list)",
    "tab_switch": "Switching tabs (each tab visited before)",
    "tab_switch_first_visit": "Switching tabs, first visit of each tab",
    "open_application_50_events": "Opening an application with 50 events",
    "save_checkin": "Saving a check-in (durable commit + refresh)",
    "search": "Search over the whole store (10 queries)",
    "export_json": "Export the store as JSON",
    "import_json": "Import that JSON into an empty store",
    "backup": "Backup (`take_backup`)",
    "open_plain": "Opening the plain store (for comparison)",
    "unlock_encrypted": "Unlocking the encrypted store (key derivation included)",
}


def markdown(doc: dict[str, Any]) -> str:
    """The results as the Markdown table docs/performance.md shows."""
    results, ok = doc["results"], doc["met"]

    def mark(key: str) -> str:
        if key not in ok:
            return ""
        return ("✓ " if ok[key] else "✗ ") + TARGETS[key][0]

    def ms(v: float) -> str:
        return f"{v / 1000:.2f} s" if v >= 1000 else f"{v:.1f} ms"

    rows = ["| Measurement | Median | Min – max | Peak RSS | Target |",
            "|---|---:|---:|---:|---|"]
    for key, label in LABELS.items():
        v = results.get(key)
        if v is None:
            continue
        rss = f"{v['peak_rss_mb']:.0f} MB" if "peak_rss_mb" in v else ""
        rows.append(f"| {label} | {ms(v['median_ms'])} | {ms(v['min_ms'])} – "
                    f"{ms(v['max_ms'])} | {rss} | {mark(key)} |")
    if "start_ratio" in results:
        rows.append(f"| Start ratio, BounceBack ÷ bare (first paint) | "
                    f"{results['start_ratio']} × | | | {mark('start_ratio')} |")
        rows.append(f"| Start ratio, BounceBack with its data ÷ bare | "
                    f"{results['start_ratio_ready']} × | | | |")
        rows.append(f"| Start ratio, `--smoke-test` whole processes | "
                    f"{results['start_ratio_smoke_test']} × | | | |")
        rows.append(f"| Peak RSS above the bare window | {results['memory_extra_mb']} MB | | | "
                    f"{mark('memory_extra_mb')} |")
    m = doc["machine"]
    rows.append("")
    rows.append(f"Measured {doc['when']} on {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB "
                f"RAM, {m['os']}; Python {m['python']}, PySide6 {m['pyside6']} (Qt {m['qt']}), "
                f"SQLAlchemy {m['sqlalchemy']}; QT_QPA_PLATFORM={m['qpa']}. "
                f"{doc['runs']} runs of each quick measurement, {doc['heavy_runs']} of export, "
                f"import and backup; the whole run took {doc['seconds']:.0f} s.")
    return "\n".join(rows)


def update_docs(doc: dict[str, Any], path: Path = DOCS) -> None:
    """Put the table between the result markers of docs/performance.md."""
    page = path.read_text(encoding="utf-8")
    head, _, rest = page.partition(BEGIN)
    _, _, tail = rest.partition(END)
    path.write_text(f"{head}{BEGIN}\n{markdown(doc)}\n{END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", choices=sorted(generate.SIZES), default="large")
    parser.add_argument("--store", type=Path, help="measure this generated store instead")
    parser.add_argument("--runs", type=int, default=7, help="runs of each quick measurement")
    parser.add_argument("--heavy-runs", type=int, default=3,
                        help="runs of export, import and backup")
    parser.add_argument("--no-start", action="store_true", help="skip the process start-ups")
    parser.add_argument("--json", type=Path, default=RESULTS)
    parser.add_argument("--update-docs", action="store_true",
                        help="also put the table into docs/performance.md")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    made: Path | None = None
    if args.store:
        store_path = args.store
    else:
        made = Path(tempfile.mkdtemp(prefix="bounceback-bench-store-"))
        print(f"generating the {args.size} store …", file=sys.stderr)
        store_path = generate.generate(made, generate.SIZES[args.size])
    try:
        t0 = time.perf_counter()
        results = run(store_path, runs=args.runs, heavy_runs=args.heavy_runs,
                      with_start=not args.no_start,
                      progress=lambda msg: print(msg, file=sys.stderr))
        elapsed = time.perf_counter() - t0
    finally:
        if made is not None:
            inprocess.discard(made)
    doc = {
        "size": None if args.store else args.size,
        "store": str(args.store) if args.store else None,
        "runs": args.runs, "heavy_runs": args.heavy_runs,
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        "seconds": round(elapsed, 1),
        "machine": machine(),
        "targets": {k: label for k, (label, _) in TARGETS.items()},
        "met": verdicts(results),
        "results": results,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(table(results))
    if args.update_docs:
        update_docs(doc)
    print(f"\n{doc['machine']['cpu']}, {doc['machine']['cores']} cores; "
          f"{elapsed:.0f} s; written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
