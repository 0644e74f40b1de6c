"""Side by side with a peer: RedNotebook on a 3,000-day journal, started on the same X display
in the same run as BounceBack on the large store and the bare PySide6 window.

    python -m benchmarks.peer_rednotebook                     # its own Xvfb, 7 runs of each
    python -m benchmarks.peer_rednotebook --runs 3 --display :96
    python -m benchmarks.peer_rednotebook --store /tmp/bb-large/bounceback.sqlite3
    python -m benchmarks.peer_rednotebook --write-journal /tmp/rn-journal   # only the journal

RedNotebook (Debian's ``rednotebook``, a GTK 3 program in Python) keeps a journal as one
YAML file a month (``2024-05.txt``) in a folder given on its command line. The journal made
here is seeded: 3,000 consecutive days of the same made-up text as the check-ins of
BounceBack's store (``benchmarks.text``: about 100 words at the median, some long evenings),
with hashtags in the text and a few categories, written by RedNotebook's own storage code.

Every start is a whole process, started the way ``benchmarks.run`` starts BounceBack
(``time.monotonic()`` in a small starter just before ``posix_spawn``), alternating BounceBack,
the bare window and RedNotebook, each the median of ``--runs`` after one discarded warm-up,
all on one X display with a window manager and a D-Bus session bus of their own. BounceBack
(through its entry point, ``bounceback``) and the bare window stamp their own moments
(``bounceback/ui/start_stamps.py``: ``painted``, the first frame; ``ready``, the tab in front
painted with its data) with ``QT_QPA_PLATFORM=xcb``. RedNotebook
is started by this file in ``--wrap`` mode under RedNotebook's own interpreter: it does what
``/usr/bin/rednotebook`` does (the same ``sys.path``, ``rednotebook.journal.main()``,
unchanged) after hooking its journal loading and its window's drawing, and prints stamps:

- ``loaded``: ``Journal.open_journal`` has returned: every month file read and parsed, the
  day in the editor, the calendar marked, the tags listed, the title set. RedNotebook does
  this during its start-up, after putting its window up and before its first frame;
- ``painted``: the end of the first frame in which the main window was drawn (GTK's frame
  clock ``after-paint`` after a ``draw`` of the window, its requests flushed to the server);
- ``ready``: the end of the first frame whose tag and word clouds, read back from the X
  server, show something: RedNotebook counts the words of every day on an idle callback
  after its first frame and hands the clouds to a WebKit view, which draws them a moment
  later. This is the last part of its journal to reach the screen.

It opens on the journal's last day (its own ``--date``), so the editor shows an entry. It then
quits through ``Journal.exit`` (its own way out; the journal's files are checked to be left as
they were). ``PEER_SCREENSHOTS=DIR`` in its environment saves a screenshot at each moment, to
see what the moments are (it blocks the program meanwhile: for looking, not for timing).

On an Xvfb of its own (no ``--display``) the script also reads Xvfb's framebuffer from
outside (``-fbdir``), with no hook in any program, for one more moment each: ``shown``, the
first change on screen after the start (the window manager has put the window up, with or
without anything in it yet).

Results go to ``benchmarks/results/peer.json`` (or ``--json``). Needs Debian's
``rednotebook`` and ``python3-gi-cairo`` (for the hook on drawing), ``xvfb`` and ``openbox``.
Without rednotebook it says so and exits.
"""

from __future__ import annotations

# Only the standard library at the top: in --wrap mode this file runs under RedNotebook's
# interpreter (the system Python), which has none of the project's packages.
import argparse
import contextlib
import datetime as dt
import importlib
import json
import mmap
import os
import random
import re
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results" / "peer.json"
DAYS = 3000
END = dt.date(2025, 5, 31)  # the journal's last day, fixed so the same seed makes the same files
SEED = 7
MB = 1024  # ru_maxrss is in KiB

# Hashtags written in the text, and categories (RedNotebook's "tags with entries").
HASHTAGS = ["#interview", "#rejection", "#walk", "#family", "#sleep", "#offer", "#recruiter",
            "#gratitude", "#practice", "#networking"]
MOODS = ["hopeful", "tired", "calm", "anxious", "proud", "flat", "angry", "relieved"]
EXERCISE = ["run", "walk", "swim", "yoga", "cycling"]


# --- finding RedNotebook ------------------------------------------------------------------


@dataclass(frozen=True)
class Peer:
    python: str  # the interpreter /usr/bin/rednotebook runs under
    base_dir: Path  # the folder holding the ``rednotebook`` package (and run.py)
    version: str


def find_rednotebook() -> Peer | None:
    """RedNotebook as installed (Debian: /usr/bin/rednotebook → /usr/share/rednotebook/run.py),
    or None."""
    launcher = shutil.which("rednotebook")
    if launcher is None:
        return None
    script = Path(launcher).resolve()
    base_dir = script.parent
    if not (base_dir / "rednotebook" / "journal.py").exists():
        return None
    first = script.read_text(encoding="utf-8", errors="replace").splitlines()[:1]
    python = first[0][2:].strip().split()[0] if first and first[0].startswith("#!") else ""
    if not python or not Path(python).exists():
        python = shutil.which("python3") or ""
    if not python:
        return None
    info = (base_dir / "rednotebook" / "info.py").read_text(encoding="utf-8", errors="replace")
    found = re.search(r'^version\s*=\s*"([^"]+)"', info, re.M)
    return Peer(python, base_dir, found.group(1) if found else "?")


# --- the journal --------------------------------------------------------------------------


def journal_days(days: int = DAYS, seed: int = SEED, end: dt.date = END
                 ) -> dict[str, dict[int, dict[str, Any]]]:
    """``days`` consecutive days ending on ``end``, as RedNotebook keeps them: month
    ("YYYY-MM") → day of the month → ``{"text": ..., category: {entry: None} or None}``."""
    from benchmarks import text

    rng = random.Random(seed)
    out: dict[str, dict[int, dict[str, Any]]] = {}
    for i in range(days):
        day = end - dt.timedelta(days=days - 1 - i)
        body = text.words(rng, text.journal_length(rng))
        if rng.random() < 0.35:  # a hashtag or two, at the end as people often add them
            body += "\n\n" + " ".join(rng.sample(HASHTAGS, rng.randint(1, 2)))
        content: dict[str, Any] = {"text": body}
        if rng.random() < 0.5:
            content["Mood"] = {rng.choice(MOODS): None}
        if rng.random() < 0.2:
            content["Applied"] = {f"{text.company(rng)}, {rng.choice(text.ROLES)}": None
                                  for _ in range(rng.randint(1, 3))}
        if rng.random() < 0.15:
            content["Exercise"] = {rng.choice(EXERCISE): None}
        if rng.random() < 0.05:
            content["Bad day"] = None  # a tag without entries
        out.setdefault(f"{day.year:04d}-{day.month:02d}", {})[day.day] = content
    return out


# Written by RedNotebook's own storage code, so the files are exactly its format.
WRITER = """
import json, sys
sys.path.insert(0, sys.argv[1])
from rednotebook import storage
from rednotebook.data import Month
months = {}
for key, days in json.load(sys.stdin).items():
    year, month = map(int, key.split("-"))
    months[key] = Month(year, month, {int(d): c for d, c in days.items()})
storage.save_months_to_disk(months, sys.argv[2], saveas=True)
"""


def write_journal(peer: Peer, folder: Path, days: int = DAYS, seed: int = SEED) -> Path:
    """The seeded journal in ``folder`` (made if missing), in RedNotebook's format."""
    folder.mkdir(parents=True, exist_ok=True)
    data = journal_days(days, seed)
    subprocess.run([peer.python, "-I", "-c", WRITER, str(peer.base_dir), str(folder)],
                   input=json.dumps(data, ensure_ascii=False), text=True, check=True,
                   capture_output=True)
    return folder


def journal_stats(folder: Path) -> dict[str, Any]:
    files = sorted(folder.glob("[0-9][0-9][0-9][0-9]-[0-9][0-9].txt"))
    return {"month_files": len(files),
            "mb": round(sum(f.stat().st_size for f in files) / 1024 / 1024, 1),
            "first": files[0].stem if files else None, "last": files[-1].stem if files else None}


def fingerprint(folder: Path) -> dict[str, tuple[int, int]]:
    """Size and mtime of every file: RedNotebook must leave the journal as it found it."""
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


# --- the wrapper (runs under RedNotebook's interpreter) -----------------------------------


def wrap(argv: list[str]) -> int:
    """Start RedNotebook as /usr/bin/rednotebook does, with hooks; print stamps; quit."""
    base_dir, *rest = argv
    sys.path[0] = base_dir  # what running base_dir/run.py gives, not this file's folder
    sys.argv = [os.path.join(base_dir, "run.py"), *rest]
    # Importing it runs its start-up code as the launcher would (logging, GTK, the window
    # class); main() then runs the Gtk.Application, whose startup opens the journal.
    journal = importlib.import_module("rednotebook.journal")
    seen: dict[str, float] = {"hooks_start": time.monotonic()}
    glib = importlib.import_module("gi.repository.GLib")
    webkit = importlib.import_module("gi.repository.WebKit2")
    gdk = importlib.import_module("gi.repository.Gdk")
    # A Python "draw" handler gets a cairo context: PyGObject's cairo support (Debian:
    # python3-gi-cairo) is loaded now, and what that costs is stamped, not hidden.
    importlib.import_module("gi").require_foreign("cairo")
    seen["hooks_end"] = time.monotonic()
    shots = os.environ.get("PEER_SCREENSHOTS")  # a folder: a screenshot at each moment
    original = journal.Journal.open_journal

    def shot(name: str) -> None:
        if shots:  # blocks the program while it runs: for looking, not for timing
            journal.Gtk.Window.list_toplevels()[0].get_display().sync()
            subprocess.run(["import", "-window", "root", os.path.join(shots, f"{name}.png")],
                           check=False)

    def open_journal(app: Any, data_dir: str) -> None:
        if "open_journal" in seen:  # only the first one, at start
            original(app, data_dir)
            return
        window = app.frame.main_frame  # made and presented just before, not yet drawn
        cloud = app.frame.cloud  # the tag and word clouds: a WebKit view, filled when idle
        drawn = {"window": False, "cloud": False}

        def on_draw(widget: Any, _cr: Any) -> bool:
            # Connected after the widget's own handler: it and its children are drawn.
            drawn["window" if widget is window else "cloud"] = True
            return False

        def after_paint(clock: Any) -> None:
            if not (drawn["window"] or drawn["cloud"]):
                return
            window.get_display().flush()  # what was drawn is sent to the X server
            now = time.monotonic()  # the frame's end; checking what it showed comes after
            if drawn["window"] and "painted" not in seen:
                seen["painted"] = now
                shot("painted")
            if drawn["cloud"] and "cloud_loaded" in seen and "ready" not in seen \
                    and cloud_shows_something():
                seen["ready"] = now
                shot("ready")
                for obj, handler in handlers:
                    obj.disconnect(handler)
                print(json.dumps(seen), file=sys.__stdout__, flush=True)
                glib.idle_add(finish)
            drawn["window"] = drawn["cloud"] = False

        def cloud_shows_something() -> bool:
            """Whether the clouds' pixels, read back from the X server, are more than a
            blank background: WebKit draws the page it loaded a few frames later."""
            area = cloud.get_allocation()
            x, y = (0, 0) if cloud.get_has_window() else (area.x, area.y)
            pixbuf = gdk.pixbuf_get_from_window(cloud.get_window(), x, y, area.width,
                                                area.height)
            if pixbuf is None:
                return False
            pixels, stride = pixbuf.get_pixels(), pixbuf.get_rowstride()
            row = pixbuf.get_width() * pixbuf.get_n_channels()
            blank = pixels[:pixbuf.get_n_channels()] * pixbuf.get_width()
            return any(pixels[r * stride:r * stride + row] != blank
                       for r in range(pixbuf.get_height()))

        def on_load(_view: Any, event: Any) -> None:
            if event == webkit.LoadEvent.FINISHED and "cloud_loaded" not in seen:
                seen["cloud_loaded"] = time.monotonic()

        def finish() -> bool:
            app.exit()  # its own way out: saves what changed (nothing), then quits
            return False

        clock = window.get_frame_clock()
        if clock is None:
            raise RuntimeError("RedNotebook's window has no frame clock before its journal")
        handlers = [(window, window.connect_after("draw", on_draw)),
                    (cloud, cloud.connect_after("draw", on_draw)),
                    (clock, clock.connect("after-paint", after_paint))]
        seen["open_journal"] = time.monotonic()
        original(app, data_dir)
        seen["loaded"] = time.monotonic()
        # The clouds are computed from every day and loaded on an idle callback it has just
        # queued: only their load from now on is theirs.
        handlers.append((cloud, cloud.connect("load-changed", on_load)))

    journal.Journal.open_journal = open_journal
    journal.main()
    return 0 if "ready" in seen else 1


def _peer_env(base: dict[str, str], home: Path) -> dict[str, str]:
    """RedNotebook's environment: a throw-away HOME (its configuration, log and default
    journal live in ~/.rednotebook), and none of this virtualenv's Python settings."""
    env = dict(base)
    for key in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(key, None)
    env["HOME"] = str(home)
    for key, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        env[key] = str(home / sub)
    return env


# --- the display --------------------------------------------------------------------------


class Screen:
    """What an Xvfb shows, read from outside every program: Xvfb's ``-fbdir`` keeps its
    framebuffer in a file (XWD format) that any process can map and read, with no X request.
    Used for one moment only, the first change on screen after a start (the window manager
    has put the new window up, its frame drawn, what is inside it or not)."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as f:
            self.map = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        header = struct.unpack(">22I", self.map[:88])
        self.offset = header[0] + header[19] * 12  # the header, then the colour map
        self.stride, self.height = header[12], header[5]

    def sample(self) -> bytes:
        """One byte of every 4th pixel of every 8th row: 0.1 ms for 1280 × 800."""
        o, w = self.offset, self.stride
        return b"".join(self.map[o + r * w:o + (r + 1) * w][::16]
                        for r in range(0, self.height, 8))

    def settle(self, idle: bytes, timeout: float = 5.0) -> bytes:
        """Wait until the screen is back to ``idle`` (the last program's window gone), or
        for ``timeout``; the screen as it is then."""
        deadline = time.monotonic() + timeout
        now = self.sample()
        while now != idle and time.monotonic() < deadline:
            time.sleep(0.01)
            now = self.sample()
        return now

    def first_change(self, proc: subprocess.Popen[bytes], before: bytes,
                     every: float = 0.004) -> float | None:
        """The monotonic time the screen first differs from ``before``, polling every 4 ms
        until then (or until ``proc`` ends: None)."""
        while proc.poll() is None:
            if self.sample() != before:
                return time.monotonic()
            time.sleep(every)
        return None

    def close(self) -> None:
        self.map.close()


class Display:
    """An X display to start everything on: the one given, or a new Xvfb with openbox. A
    private D-Bus session bus either way, so the programs find no other instance of
    themselves (RedNotebook is a single-instance Gtk.Application) and touch no one's desktop.
    Everything started here is stopped by its own process id."""

    def __init__(self, given: str | None, size: str = "1280x800x24") -> None:
        self.given, self.size = given, size
        self.name = given or ""
        self.started: list[subprocess.Popen[bytes]] = []
        self.bus_address = ""
        self.bus_pid: int | None = None
        self.window_manager = ""
        self.screen: Screen | None = None
        self.idle = b""
        self.fbdir: Path | None = None

    def __enter__(self) -> Display:
        try:
            if self.given is None:
                self.name = self._start_xvfb()
                if shutil.which("openbox"):
                    self.started.append(subprocess.Popen(
                        ["openbox"], env={**os.environ, "DISPLAY": self.name},
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
                    self.window_manager = "openbox"
                    time.sleep(1)
                if self.screen is not None:
                    self.idle = self.screen.sample()  # the empty screen, between programs
            if shutil.which("dbus-daemon"):
                out = subprocess.run(["dbus-daemon", "--session", "--fork",
                                      "--print-address=1", "--print-pid=1"],
                                     capture_output=True, text=True, check=True)
                address, pid = out.stdout.split()[:2]
                self.bus_address, self.bus_pid = address, int(pid)
        except BaseException:
            self.__exit__()
            raise
        return self

    def _start_xvfb(self) -> str:
        if not shutil.which("Xvfb"):
            raise SystemExit("Xvfb is not installed (Debian: apt-get install xvfb), "
                             "and no --display was given")
        self.fbdir = Path(tempfile.mkdtemp(prefix="bounceback-peer-fb-"))
        for n in range(96, 200):
            if Path(f"/tmp/.X{n}-lock").exists() or Path(f"/tmp/.X11-unix/X{n}").exists():
                continue
            proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", self.size, "-nolisten",
                                     "tcp", "-fbdir", str(self.fbdir)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and proc.poll() is None:
                if Path(f"/tmp/.X11-unix/X{n}").exists():
                    self.started.append(proc)
                    self.screen = Screen(self.fbdir / "Xvfb_screen0")
                    return f":{n}"
                time.sleep(0.05)
            proc.kill()
            proc.wait()
        raise SystemExit("could not start Xvfb")

    def env(self, base: dict[str, str]) -> dict[str, str]:
        env = dict(base)
        env["DISPLAY"] = self.name
        env.pop("WAYLAND_DISPLAY", None)
        if self.bus_address:
            env["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address
        return env

    def __exit__(self, *_exc: object) -> None:
        if self.screen is not None:
            self.screen.close()
            self.screen = None
        if self.bus_pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.bus_pid, signal.SIGTERM)
            self.bus_pid = None
        for proc in reversed(self.started):
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self.started.clear()
        if self.fbdir is not None:
            shutil.rmtree(self.fbdir, ignore_errors=True)


# --- measuring ----------------------------------------------------------------------------


def spawn(args: list[str], env: dict[str, str], display: Display | None = None,
          timeout: float = 120) -> dict[str, Any]:
    """One whole process, timed as ``benchmarks.run.spawn`` times it (the same starter):
    each stamp the child prints, as milliseconds since the starter spawned it, and, given
    the screen, the first change on it ("shown")."""
    from benchmarks import run

    screen = display.screen if display else None
    before = screen.settle(display.idle) if screen and display else b""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        # Files, not pipes: a program that logs a lot (RedNotebook does) never waits on us.
        proc = subprocess.Popen([sys.executable, "-I", "-S", "-c", run.STARTER, str(timeout),
                                 *args], env=env, stdout=out, stderr=err)
        shown = screen.first_change(proc, before) if screen else None
        code = proc.wait(timeout=timeout + 30)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    stamps: dict[str, float] = {}
    starter: dict[str, Any] = {}
    for line in stdout.splitlines():
        if line.startswith("STARTER "):
            starter = json.loads(line.removeprefix("STARTER "))
        elif line.startswith('{"'):
            stamps = json.loads(line)
    if code != 0 or not starter or starter["code"] != 0 or "ready" not in stamps:
        raise RuntimeError(f"{' '.join(args)} failed:\n{stdout[-1500:]}\n{stderr[-1500:]}")
    if shown is not None:
        stamps["shown"] = shown
    out_ms = {f"{key}_ms": (value - starter["started"]) * 1000 for key, value in stamps.items()}
    out_ms["wall_ms"] = (starter["ended"] - starter["started"]) * 1000
    out_ms["rss_mb"] = starter["maxrss_kb"] / MB
    return out_ms


# What is reported: (name, which program, which stamp), in the order of the table.
MOMENTS = [
    ("bounceback_window_shown", "bounceback", "shown"),
    ("bounceback_first_frame", "bounceback", "painted"),
    ("bounceback_data_on_screen", "bounceback", "ready"),
    ("bare_window_shown", "bare", "shown"),
    ("bare_first_frame", "bare", "painted"),
    ("rednotebook_window_shown", "rednotebook", "shown"),
    ("rednotebook_journal_loaded", "rednotebook", "loaded"),
    ("rednotebook_first_frame", "rednotebook", "painted"),
    ("rednotebook_clouds_on_screen", "rednotebook", "ready"),
]
LABELS = {
    "bounceback_window_shown": "BounceBack, its window put up (first change on screen)",
    "bounceback_first_frame": "BounceBack, first frame (tabs, menus, \"Opening your journal…\")",
    "bounceback_data_on_screen": "BounceBack, the tab in front painted with its data",
    "bare_window_shown": "Bare PySide6 window, put up (first change on screen)",
    "bare_first_frame": "Bare PySide6 window (4 empty tabs), first frame",
    "rednotebook_window_shown": "RedNotebook, its window put up, empty (first change)",
    "rednotebook_journal_loaded": "RedNotebook, journal loaded (`open_journal` returned)",
    "rednotebook_first_frame": "RedNotebook, first frame (the day's entry, the calendar)",
    "rednotebook_clouds_on_screen": "RedNotebook, tag and word clouds on screen",
}


def measure(peer: Peer, display: Display, store: Path, journal: Path, home: Path, runs: int,
            progress: Any = print) -> dict[str, Any]:
    from benchmarks import inprocess, run

    run.precompile()
    qt_env = display.env(run._child_env())
    qt_env["QT_QPA_PLATFORM"] = "xcb"
    home.mkdir(parents=True, exist_ok=True)
    rn_env = _peer_env(display.env(dict(os.environ)), home)
    folder, _ = inprocess.fresh_copy(store)
    commands: dict[str, tuple[list[str], dict[str, str]]] = {
        # Through its entry point, stamping its own moments (bounceback/ui/start_stamps.py).
        "bounceback": (run.app_command(folder), qt_env),
        "bare": (run.bare_command(), qt_env),
        # Opened on the journal's last day, so an entry is in the editor (its own --date).
        "rednotebook": ([peer.python, str(Path(__file__).resolve()), "--wrap",
                         str(peer.base_dir), str(journal), "--date", END.isoformat()],
                        rn_env),
    }
    samples: dict[str, list[dict[str, Any]]] = {name: [] for name in commands}
    before = fingerprint(journal)
    try:
        for name, (args, env) in commands.items():
            progress(f"warm-up: {name}")
            spawn(args, env, display)  # not counted (BounceBack takes the day's backup here)
        for i in range(runs):
            progress(f"run {i + 1} of {runs}")
            for name, (args, env) in commands.items():
                samples[name].append(spawn(args, env, display))
    finally:
        inprocess.discard(folder)
    out: dict[str, Any] = {}
    for key, program, stamp in MOMENTS:
        times = [s[f"{stamp}_ms"] for s in samples[program] if f"{stamp}_ms" in s]
        if len(times) == len(samples[program]):  # "shown" only on an Xvfb of our own
            out[key] = inprocess.summary(times)
    for program, key in (("bounceback", "bounceback_data_on_screen"),
                         ("bare", "bare_first_frame"),
                         ("rednotebook", "rednotebook_clouds_on_screen")):
        # Each process quits at its last moment, so its peak memory is up to that moment.
        out[key]["peak_rss_mb"] = round(statistics.median(
            s["rss_mb"] for s in samples[program]), 1)
    out["journal_untouched"] = fingerprint(journal) == before
    out["samples"] = samples
    return out


def versions(peer: Peer, env: dict[str, str]) -> dict[str, str]:
    """GTK and Python of the peer, as its interpreter sees them."""
    probe = ("import sys, gi; gi.require_version('Gtk', '3.0'); from gi.repository import Gtk;"
             "print(sys.version.split()[0], '%d.%d.%d' % (Gtk.get_major_version(),"
             " Gtk.get_minor_version(), Gtk.get_micro_version()))")
    done = subprocess.run([peer.python, "-I", "-c", probe], env=env, capture_output=True,
                          text=True)
    python, _, gtk = done.stdout.strip().partition(" ")
    return {"rednotebook": peer.version, "python": python, "gtk": gtk}


def table(results: dict[str, Any]) -> str:
    lines = [f"{'moment (ms after the process was started)':<66} {'median':>7} "
             f"{'min – max':>15}  peak RSS"]
    for key, label in LABELS.items():
        v = results.get(key)
        if v is None:
            continue
        rss = f"{v['peak_rss_mb']:.0f} MB" if "peak_rss_mb" in v else ""
        lines.append(f"{label:<66} {v['median_ms']:>7.0f} {v['min_ms']:>7.0f} – "
                     f"{v['max_ms']:>5.0f}  {rss}")
    return "\n".join(lines)


# --- putting it together ------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--wrap"]:
        return wrap(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="counted starts of each program")
    parser.add_argument("--display", help="an X display to use (default: start an Xvfb)")
    parser.add_argument("--store", type=Path,
                        help="BounceBack store to use (default: generate the large one)")
    parser.add_argument("--days", type=int, default=DAYS, help="days in the journal")
    parser.add_argument("--json", type=Path, default=RESULTS)
    parser.add_argument("--write-journal", type=Path, metavar="DIR",
                        help="only write the journal into DIR and stop")
    args = parser.parse_args(argv)

    peer = find_rednotebook()
    if peer is None:
        print("skipped: rednotebook is not installed (Debian: apt-get install rednotebook)",
              file=sys.stderr)
        return 0
    if args.write_journal:
        write_journal(peer, args.write_journal, args.days)
        print(json.dumps(journal_stats(args.write_journal)))
        return 0
    cairo = subprocess.run([peer.python, "-I", "-c", "import gi; gi.require_foreign('cairo')"],
                           capture_output=True)
    if cairo.returncode != 0:
        print("cannot run: RedNotebook's Python has no cairo support for PyGObject, which the "
              "hook on its drawing needs (Debian: apt-get install python3-gi-cairo)",
              file=sys.stderr)
        return 1

    from benchmarks import generate, inprocess, run

    work = Path(tempfile.mkdtemp(prefix="bounceback-peer-"))
    load_before = os.getloadavg()
    t0 = time.perf_counter()
    try:
        print(f"writing the {args.days}-day RedNotebook journal …", file=sys.stderr)
        journal = write_journal(peer, work / "journal", args.days)
        if args.store:
            store = args.store
        else:
            print("generating the large store …", file=sys.stderr)
            store = generate.generate(work / "store", generate.SIZES["large"])
        with Display(args.display) as display:
            results = measure(peer, display, store, journal, work / "home", args.runs,
                              progress=lambda msg: print(msg, file=sys.stderr))
            peer_versions = versions(peer, _peer_env(display.env(dict(os.environ)),
                                                     work / "home"))
            shown = {"display": display.name, "xvfb": display.given is None,
                     "window_manager": display.window_manager or None,
                     "private_dbus": bool(display.bus_address)}
        stats = journal_stats(journal)
    finally:
        inprocess.discard(work)
    elapsed = time.perf_counter() - t0
    machine = run.machine()
    machine["qpa"] = "xcb"
    doc = {
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        "runs": args.runs,
        "seconds": round(elapsed, 1),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "machine": machine,
        "peer": peer_versions,
        "display": shown,
        "journal": {"days": args.days, "seed": SEED, "last_day": END.isoformat(), **stats},
        "store": str(args.store) if args.store else "large (generated)",
        "results": results,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(table(results))
    if not results["journal_untouched"]:
        print("warning: RedNotebook changed the journal's files", file=sys.stderr)
    print(f"\n{machine['cpu']}, {machine['cores']} cores; RedNotebook {peer.version} "
          f"(GTK {peer_versions['gtk']}, Python {peer_versions['python']}); load average "
          f"{doc['load_average_before'][0]} before, {doc['load_average_after'][0]} after; "
          f"{elapsed:.0f} s; written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
