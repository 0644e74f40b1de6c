"""Walk BounceBack's accessibility tree over the real AT-SPI bus, as a screen reader does.

Run by tests/ui/test_screen_reader.py with the system's Python (pyatspi is the Debian package
``python3-pyatspi``, not a wheel), inside a private D-Bus session on an Xvfb display:

    dbus-run-session -- /usr/bin/python3 tests/ui/atspi_walk.py --out REPORT --texts FILE \\
        [--dialog 'Help>About BounceBack' ...] -- COMMAND THAT STARTS BOUNCEBACK

It starts the accessibility bus and the program, waits for the program's window on the bus,
then visits every tab, every tab inside it, with its "at a glance" sections closed and open,
and every window named with ``--dialog``, opened by pressing its menu item through AT-SPI
(what a screen reader does for its user) and closed with its Cancel or Close button (or
Escape). At each screen it records what Orca is given: every showing object's role, name,
states and "labelled by" relations. The test judges the report, a JSON object:
``{"screens": [{"where", "nodes", "texts"}...], "log": [...], "error": null or why}``.

``texts`` is what the screen shows in words at that moment (the buttons', tabs' and menu
items' own text, with where they are), which the tree no longer tells once a control has a
name of its own. The program writes them when it gets SIGUSR1: the command starts it through
tests/ui/atspi_app.py, which adds that answer and nothing else.

Everything it starts is stopped when it ends, however it ends; ``--budget`` bounds the walk.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Debian's, for the system's Python: no types, and not in the project's environment.
import gi  # type: ignore[import-not-found]

gi.require_version("Atspi", "2.0")
import pyatspi  # type: ignore[import-not-found]  # noqa: E402 (after the version is chosen)
from gi.repository import Atspi, Gio, GLib  # type: ignore[import-not-found]  # noqa: E402

BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
# Whose visible words are compared with their names (tests/ui/atspi_app.py sends them).
WORDED = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
          pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_MENU_ITEM}
# A view of many rows has a child per cell: only those in sight are read (as a screen reader
# does), among the first this many.
MAX_CHILDREN = 400
ITEM_VIEWS = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST}
POLL = 0.1
PRESS = ("Press", "press", "click", "Toggle", "toggle")

Node = dict[str, Any]


class WalkError(Exception):
    pass


def say(entries: list[str], text: str) -> None:
    entries.append(text)
    print(text, file=sys.stderr, flush=True)


# --- reading the tree -----------------------------------------------------------------------
# Every read is a call to the program (libatspi keeps no cache without a main loop), so each
# object is asked only what the checks need.

STATES = (("focusable", pyatspi.STATE_FOCUSABLE), ("focused", pyatspi.STATE_FOCUSED),
          ("enabled", pyatspi.STATE_ENABLED), ("checked", pyatspi.STATE_CHECKED),
          ("selected", pyatspi.STATE_SELECTED), ("editable", pyatspi.STATE_EDITABLE))


def shown(states: Any) -> bool:
    return bool(states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE))


def labelled_by(obj: Any) -> list[dict[str, str]]:
    found = []
    for relation in obj.getRelationSet():
        if relation.getRelationType() != pyatspi.RELATION_LABELLED_BY:
            continue
        for i in range(relation.getNTargets()):
            target = relation.getTarget(i)
            if target is not None:
                found.append({"role": target.getRoleName(), "name": target.name or ""})
    return found


def extents(obj: Any) -> list[int]:
    try:
        box = obj.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except NotImplementedError:
        return []
    return [box.x, box.y, box.width, box.height]


def action_names(obj: Any) -> list[str]:
    try:
        action = obj.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def children(obj: Any) -> Iterator[Any]:
    for i in range(min(obj.childCount, MAX_CHILDREN)):
        try:
            child = obj.getChildAtIndex(i)
        except GLib.Error:
            continue
        if child is not None:
            yield child


@dataclass
class Tree:
    """A window's showing objects, parents before children, and the objects themselves."""

    nodes: list[Node] = field(default_factory=list)
    objects: list[Any] = field(default_factory=list)

    def signature(self) -> list[tuple[Any, ...]]:
        return [(n["role"], n["name"], tuple(n["states"]), len(n["labelled_by"]))
                for n in self.nodes]

    def having(self, role: Any) -> list[Any]:
        return [o for n, o in zip(self.nodes, self.objects, strict=True) if n["code"] == role]

    def depth(self, index: int) -> int:
        parent = self.nodes[index]["parent"]
        return 0 if parent is None else 1 + self.depth(parent)

    def outermost(self, role: Any) -> Any:
        found = [(self.depth(i), i) for i, n in enumerate(self.nodes) if n["code"] == role]
        return self.objects[min(found)[1]] if found else None


def rows_out_of_sight(obj: Any, role: Any) -> int:
    """How many hidden children in a row, after shown ones, say the rest of a view is out of
    sight: two rows' worth (a hidden column hides one child a row)."""
    if role not in ITEM_VIEWS:
        return MAX_CHILDREN + 1
    try:
        columns = int(obj.queryTable().nColumns)
    except (NotImplementedError, GLib.Error):
        columns = 1
    return 2 * max(columns, 1) + 2


def read_tree(window: Any) -> Tree:
    tree = Tree()

    def visit(obj: Any, parent: int | None) -> bool:
        try:
            states = obj.getState()
            if not shown(states):
                return False
            role = obj.getRole()
            focusable = states.contains(pyatspi.STATE_FOCUSABLE)
            node: Node = {
                "parent": parent,
                "code": role,
                "role": Atspi.role_get_name(role),
                "name": obj.name or "",
                "states": [name for name, state in STATES if states.contains(state)],
                # The label a screen reader says with the control (a combo box's name on
                # Linux is its value: its label comes only this way).
                "labelled_by": labelled_by(obj) if focusable else [],
                "extents": extents(obj) if role in WORDED else [],
                # Where it is in the program (Qt's object names and classes), for the report.
                "id": (obj.accessibleId or "") if focusable else "",
            }
        except GLib.Error:
            return False  # gone meanwhile
        tree.nodes.append(node)
        tree.objects.append(obj)
        index = len(tree.nodes) - 1
        seen, unseen, enough = False, 0, rows_out_of_sight(obj, role)
        for child in children(obj):
            if visit(child, index):
                seen, unseen = True, 0
            else:
                unseen += 1
                if seen and unseen >= enough:
                    break  # the rows below the view's bottom edge (a call each)
        return True

    visit(window, None)
    return tree


def ident(window: Any) -> tuple[str, str]:
    """A window by its role and title: Qt can give a window a new path on the bus (the main
    window's changed when the search dialog was first made)."""
    return window.getRoleName(), window.name or ""


# --- acting -------------------------------------------------------------------------------

class Actions:
    """AT-SPI actions sent without waiting for their answer: a menu item that opens a modal
    dialog answers only once the dialog is closed (Qt runs the action inside the call)."""

    def __init__(self) -> None:
        self.bus = Gio.DBusConnection.new_for_address_sync(
            a11y_bus_address(), Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
            | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)

    def press(self, obj: Any) -> None:
        names = action_names(obj)
        index = next((i for i, name in enumerate(names) if name in PRESS), None)
        if index is None:
            raise WalkError(f"{obj.getRoleName()} “{obj.name}” can't be pressed (its actions: "
                            f"{names})")
        message = Gio.DBusMessage.new_method_call(
            obj.app.bus_name, obj.path, "org.a11y.atspi.Action", "DoAction")
        message.set_body(GLib.Variant("(i)", (index,)))
        message.set_flags(Gio.DBusMessageFlags.NO_REPLY_EXPECTED)
        self.bus.send_message(message, Gio.DBusSendMessageFlags.NONE)
        self.bus.flush_sync(None)


def a11y_bus_address(wait: float = 0) -> str:
    session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    until = time.monotonic() + wait
    while True:
        try:
            reply = session.call_sync(
                "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                GLib.VariantType("(s)"), Gio.DBusCallFlags.NO_AUTO_START, 2000, None)
            return str(reply.unpack()[0])
        except GLib.Error:
            if time.monotonic() > until:
                raise
            time.sleep(POLL)


# --- the walk -----------------------------------------------------------------------------

class Walker:
    def __init__(self, args: argparse.Namespace, program: subprocess.Popen[bytes],
                 entries: list[str]) -> None:
        self.args = args
        self.program = program
        self.log = entries
        self.started = time.monotonic()
        self.deadline = self.started + args.budget
        self.actions = Actions()
        self.app: Any = None
        self.screens: list[dict[str, Any]] = []
        self._asked = 0

    def check(self, doing: str) -> None:
        if time.monotonic() > self.deadline:
            raise WalkError(f"out of time while {doing}")
        if self.program.poll() is not None:
            raise WalkError(f"the program ended (code {self.program.returncode}) while {doing}")

    def wait_for_program(self) -> None:
        while self.app is None:
            self.check("waiting for the program on the accessibility bus")
            time.sleep(POLL)
            for app in children(pyatspi.Registry.getDesktop(0)):
                try:
                    if app.get_process_id() == self.program.pid:
                        self.app = app
                except GLib.Error:
                    continue

    def windows(self) -> list[Any]:
        return [w for w in children(self.app) if shown(w.getState())]

    def main_window(self) -> Any:
        frames = [w for w in self.windows() if w.getRole() == pyatspi.ROLE_FRAME]
        if not frames:
            raise WalkError("the main window is not showing")
        return frames[0]

    def settle(self, window: Any, doing: str) -> Tree:
        """The window's tree once two looks in a row agree and no tab is still being built."""
        time.sleep(self.args.settle)
        before: list[tuple[Any, ...]] = []
        while True:
            self.check(doing)
            tree = read_tree(window)
            now = tree.signature()
            if now and now == before and \
                    not any(n["name"] == self.args.waiting for n in tree.nodes):
                return tree
            before = now
            time.sleep(self.args.settle)

    def texts(self) -> list[dict[str, Any]]:
        """The words on screen now, from the program (see tests/ui/atspi_app.py)."""
        path = Path(self.args.texts)
        self._asked += 1
        os.kill(self.program.pid, signal.SIGUSR1)
        while True:
            self.check("waiting for the words on screen")
            try:
                answer = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                answer = {}
            if answer.get("count") == self._asked:
                return list(answer["texts"])
            time.sleep(0.05)

    def record(self, where: str, tree: Tree) -> None:
        nodes = [{k: v for k, v in n.items() if k != "code"} for n in tree.nodes]
        self.screens.append({"where": where, "nodes": nodes, "texts": self.texts()})
        say(self.log, f"{where}: {len(nodes)} objects "
                      f"({time.monotonic() - self.started:.1f} s)")

    def closed_sections(self, tree: Tree) -> list[Any]:
        """The toggles of the "at a glance" sections that are closed."""
        return [b for b in tree.having(pyatspi.ROLE_PUSH_BUTTON)
                if b.description == self.args.closed_section]

    def tab_pages(self, tabs: Any) -> list[tuple[Any, str]]:
        try:
            return [(p, p.name or "") for p in children(tabs)
                    if p.getRole() == pyatspi.ROLE_PAGE_TAB]
        except GLib.Error:
            return []

    def each_inner_tab(self, window: Any, tree: Tree, where: str, done: set[tuple[str, ...]]
                       ) -> None:
        """Every page of each tab list in ``tree`` not ``done`` yet (by its tabs' names),
        one list at a time, each put back on its first page after. (Nothing waits for that:
        the program takes the presses in the order they are sent, and the next look at a
        screen waits for it to settle.)"""
        for tabs in tree.having(pyatspi.ROLE_PAGE_TAB_LIST):
            pages = self.tab_pages(tabs)
            names = tuple(name for _, name in pages)
            if names in done:
                continue
            done.add(names)
            for page, name in pages[1:]:
                self.actions.press(page)
                self.record(f"{where} / {name}", self.settle(window, f"opening {where} / {name}"))
            if len(pages) > 1:
                self.actions.press(pages[0][0])

    def walk_tabs(self) -> None:
        frame = self.main_window()
        tree = self.settle(frame, "waiting for the first tab")
        outer = tree.outermost(pyatspi.ROLE_PAGE_TAB_LIST)
        if outer is None:
            raise WalkError("the main window has no tabs")
        main_tabs = self.tab_pages(outer)
        for page, name in main_tabs:
            done = {tuple(n for _, n in main_tabs)}
            self.actions.press(page)
            tree = self.settle(frame, f"opening the tab {name}")
            self.record(name, tree)
            closed = self.closed_sections(tree)
            self.each_inner_tab(frame, tree, name, done)
            if closed:
                for toggle in closed:
                    self.actions.press(toggle)
                where = f"{name}, at a glance"
                tree = self.settle(frame, f"opening {where}")
                self.record(where, tree)
                self.each_inner_tab(frame, tree, where, done)
                for toggle in closed:  # closed again, as they were
                    self.actions.press(toggle)

    def menu_item(self, path: list[str]) -> Any:
        at = read_tree(self.main_window()).outermost(pyatspi.ROLE_MENU_BAR)
        if at is None:
            raise WalkError("the main window has no menu bar")
        for step in path:
            # A closed menu's items are not showing: the menu's tree is searched as it is.
            queue = list(children(at))
            at = None
            while queue and at is None:
                obj = queue.pop(0)
                if obj.getRole() == pyatspi.ROLE_MENU_ITEM and obj.name == step:
                    at = obj
                elif obj.getRole() in (pyatspi.ROLE_MENU, pyatspi.ROLE_POPUP_MENU):
                    queue.extend(children(obj))
            if at is None:
                raise WalkError(f"no menu item “{step}” on the way to {' → '.join(path)}")
        return at

    def tab_button(self, path: list[str]) -> Any:
        """The button ``path[1]`` on the main window's tab ``path[0]``, that tab in front."""
        if len(path) != 2:
            raise WalkError(f"a button is named by its tab and its name, not {path}")
        frame = self.main_window()
        outer = read_tree(frame).outermost(pyatspi.ROLE_PAGE_TAB_LIST)
        page = next((p for p, name in self.tab_pages(outer) if name == path[0]), None)
        if page is None:
            raise WalkError(f"no tab “{path[0]}”")
        self.actions.press(page)
        tree = self.settle(frame, f"opening the tab {path[0]}")
        button = next((b for b in tree.having(pyatspi.ROLE_PUSH_BUTTON) if b.name == path[1]),
                      None)
        if button is None:
            raise WalkError(f"no button “{path[1]}” on the tab {path[0]}")
        return button

    def walk_window(self, spec: str, *, from_menu: bool = True) -> None:
        """The window ``spec`` opens: a menu item's path, or (``from_menu`` false) a tab's
        name and a button's on it."""
        spec, _, typed = spec.partition("|")
        path = spec.split(">")
        where = " → ".join(path)
        before = {ident(w) for w in self.windows()}
        self.actions.press(self.menu_item(path) if from_menu else self.tab_button(path))
        window = None
        while window is None:
            self.check(f"waiting for {where} to open")
            time.sleep(POLL)
            window = next((w for w in self.windows() if ident(w) not in before), None)
        tree = self.settle(window, f"opening {where}")
        self.record(where, tree)
        self.each_inner_tab(window, tree, where, set())
        if typed:
            field = next(iter(tree.having(pyatspi.ROLE_TEXT)), None)
            if field is None:
                raise WalkError(f"{where} has no text field to type “{typed}” in")
            field.queryEditableText().setTextContents(typed)
            where = f"{where}, “{typed}” typed"
            self.record(where, self.settle(window, f"looking at {where}"))
        self.close(window, where)

    def close(self, window: Any, where: str) -> None:
        """With its own Cancel or Close button, as a person would, or else with Escape."""
        button = next((b for b in read_tree(window).having(pyatspi.ROLE_PUSH_BUTTON)
                       if b.name in self.args.close), None)
        if button is not None:
            self.actions.press(button)
        elif shutil.which("xdotool"):
            subprocess.run(["xdotool", "key", "Escape"], check=False, timeout=10)
        else:
            raise WalkError(f"{where} has no button named {' or '.join(self.args.close)} to "
                            "close it, and there is no xdotool to press Escape")
        gone = ident(window)
        while gone in {ident(w) for w in self.windows()}:
            self.check(f"closing {where}")
            time.sleep(POLL)


def start_bus(entries: list[str]) -> subprocess.Popen[bytes]:
    launcher = next((p for p in BUS_LAUNCHERS if os.access(p, os.X_OK)), None)
    if launcher is None:
        raise WalkError("there is no at-spi-bus-launcher (Debian: at-spi2-core)")
    bus = subprocess.Popen([launcher, "--launch-immediately"], stdin=subprocess.DEVNULL)
    try:
        a11y_bus_address(wait=15)
    except GLib.Error as exc:
        stop(bus)
        raise WalkError(f"the accessibility bus did not start: {exc}") from exc
    say(entries, "the accessibility bus is up")
    return bus


def stop(proc: subprocess.Popen[bytes] | None, wait: float = 10) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(wait)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", required=True, help="where the JSON report goes")
    parser.add_argument("--texts", required=True, help="where the program writes its words")
    parser.add_argument("--waiting", default="Opening your journal…",
                        help="the name that says a tab is still being built")
    parser.add_argument("--closed-section", default="Charts hidden",
                        help="the description of a closed 'at a glance' section's toggle")
    parser.add_argument("--dialog", action="append", default=[],
                        help="a window to visit, by its menu item: 'Help>About BounceBack'; with "
                        "'|words' after it, the words are typed in its first text field and "
                        "it is visited again")
    parser.add_argument("--button", action="append", default=[],
                        help="a window to visit, by the button on a tab that opens it: "
                        "'Timeline>Add an event'")
    parser.add_argument("--close", action="append", default=[],
                        help="a name of the buttons that close a window (Cancel, Close)")
    parser.add_argument("--budget", type=float, default=90, help="seconds for the whole walk")
    parser.add_argument("--settle", type=float, default=0.25,
                        help="seconds between two looks at a screen that must agree")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("the command that starts the program is missing")

    entries: list[str] = []
    result: dict[str, Any] = {"screens": [], "log": entries, "error": None}
    pyatspi.setTimeout(5000, 15000)
    bus = program = None
    walker: Walker | None = None
    try:
        bus = start_bus(entries)
        env = {**os.environ, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb"}
        program = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL)
        walker = Walker(args, program, entries)
        walker.wait_for_program()
        say(entries, "the program is on the bus")
        walker.walk_tabs()
        for spec in args.dialog:
            walker.walk_window(spec)
        for spec in args.button:
            walker.walk_window(spec, from_menu=False)
    except (WalkError, GLib.Error) as exc:
        result["error"] = str(exc)
        say(entries, f"stopped: {exc}")
    finally:
        if walker is not None:
            result["screens"] = walker.screens
        stop(program)
        if program is not None and program.returncode:
            say(entries, f"the program ended with code {program.returncode}")
        stop(bus, 5)
        Path(args.out).write_text(json.dumps(result), encoding="utf-8")
    return 0 if result["error"] is None else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
