"""Two versions of BounceBack started side by side on one store: the before and after of a change.

    python -m benchmarks.compare --before /tmp/bb-before --after . \
        --store /tmp/bb-large/bounceback.sqlite3

Each ``TREE`` is a source checkout (``git worktree add /tmp/bb-before <commit>``) with
``bounceback/ui/start_stamps.py`` and its hook in ``app.py`` (older commits: add those two,
nothing else). Each start runs ``from bounceback.app import main`` from that tree, as the
installed ``bounceback`` command does, on its own copy of the store, alternating before, after
and the bare window, every tab in front in turn, each the median of ``--runs`` after one
warm-up. Bytecode is compiled in both trees first. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import sys
from pathlib import Path
from typing import Any

from benchmarks import inprocess, run

RUNNER = "import sys; sys.path.insert(0, sys.argv.pop(1)); from bounceback.app import main; " \
         "sys.exit(main())"


def command(tree: Path, data_dir: Path) -> list[str]:
    return [sys.executable, "-c", RUNNER, str(tree.resolve()), "--data-dir", str(data_dir)]


def measure(trees: dict[str, Path], store: Path, runs: int,
            fronts: tuple[str, ...] = run.FRONT_TABS, env: dict[str, str] | None = None,
            progress: Any = print) -> dict[str, Any]:
    env = env or run._child_env()
    for tree in trees.values():
        compileall.compile_dir(str(tree / "bounceback"), quiet=1)
    folders = {name: inprocess.fresh_copy(store)[0] for name in trees}
    samples: dict[str, list[dict[str, Any]]] = {}
    try:
        for i in range(runs + 1):
            progress(f"run {i} of {runs}" if i else "warm-up")
            for front in fronts:
                for name, tree in trees.items():
                    run.put_in_front(folders[name], front)
                    got = run.spawn(command(tree, folders[name]), env)
                    if i:
                        samples.setdefault(f"{name}/{front}", []).append(got)
                got = run.spawn(run.bare_command(), env)
                if i:
                    samples.setdefault("bare", []).append(got)
    finally:
        for folder in folders.values():
            inprocess.discard(folder)
    out: dict[str, Any] = {"bare": inprocess.summary([s["first_paint_ms"]
                                                      for s in samples["bare"]])}
    out["bare"]["peak_rss_mb"] = statistics.median(s["rss_mb"] for s in samples["bare"])
    for key, got in samples.items():
        if key == "bare":
            continue
        out[key] = {
            "first_frame": inprocess.summary([s["first_paint_ms"] for s in got]),
            "data": inprocess.summary([s["ready_ms"] for s in got]),
            "peak_rss_mb": round(statistics.median(s["rss_mb"] for s in got), 1),
        }
    return out


def table(out: dict[str, Any], names: list[str], fronts: tuple[str, ...]) -> str:
    bare = out["bare"]["median_ms"]
    head = "| Tab in front | " + " | ".join(
        f"{n}: first frame | {n}: data on screen | {n}: peak RSS" for n in names) + " |"
    rows = [head, "|---|" + "---:|" * (3 * len(names))]
    for front in fronts:
        cells = []
        for n in names:
            one = out[f"{n}/{front}"]
            ff, data = one["first_frame"]["median_ms"], one["data"]["median_ms"]
            cells += [f"{ff:.0f} ms ({ff / bare:.2f} ×)", f"{data:.0f} ms ({data / bare:.2f} ×)",
                      f"{one['peak_rss_mb']:.0f} MB"]
        rows.append(f"| {run.TAB_NAMES[front]} | " + " | ".join(cells) + " |")
    rows.append(f"\nBare window: first frame {bare:.0f} ms (median), peak RSS "
                f"{out['bare']['peak_rss_mb']:.0f} MB. Ratios are to the bare window's first "
                f"frame.")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", type=Path, required=True)
    parser.add_argument("--after", type=Path, required=True)
    parser.add_argument("--store", type=Path, required=True, help="a generated store")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tabs", default=",".join(run.FRONT_TABS),
                        help="the tabs to put in front, comma-separated")
    args = parser.parse_args(argv)
    fronts = tuple(t for t in args.tabs.split(",") if t)
    out = measure({"before": args.before, "after": args.after}, args.store, args.runs, fronts,
                  progress=lambda msg: print(msg, file=sys.stderr))
    print(table(out, ["before", "after"], fronts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
