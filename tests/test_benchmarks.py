"""The benchmark keeps working: its generator makes stores like the services make, and its
harness runs end to end on a tiny store and writes every result. No timing is asserted."""

from __future__ import annotations

import json
import struct
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from benchmarks import generate, peer_rednotebook, run
from bounceback.db import models as m
from bounceback.db.enums import EventKind, Status
from bounceback.db.store import Store, open_store
from bounceback.services import applications, checkins, events, search
from bounceback.services.applications import ApplicationInput, status_after_event
from bounceback.services.events import EventInput
from tests.services.search_kit import index_rows, rebuilt_index_rows

TINY = generate.SIZES["tiny"]


def problems(s: Session) -> list[str]:
    """What the services always make true, checked on any store."""
    found = []
    for app in s.scalars(select(m.Application)):
        evs = sorted(app.events, key=lambda e: (e.occurred_on, e.id))
        if not evs or evs[0].kind != EventKind.APPLIED:
            found.append(f"application {app.id} does not start with its applied event")
            continue
        status = Status.APPLIED
        for ev in evs:
            if ev.kind == EventKind.STATUS_CHANGE:
                status = app.status  # a closing status is set with its own event
            else:
                status = status_after_event(status, ev.kind) or status
        if status != app.status:
            found.append(f"application {app.id} is {app.status}, its events say {status}")
    planned = set(s.scalars(select(m.BouncePlan.rejection_event_id)))
    for ev_id in s.scalars(select(m.Event.id).where(m.Event.kind == EventKind.REJECTION)):
        if ev_id not in planned:
            found.append(f"rejection {ev_id} has no bounce-back plan")
    return found


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    return generate.generate(tmp_path / "tiny", TINY)


def test_the_tiny_store_has_every_table_at_its_size(tiny: Path) -> None:
    store = open_store(tiny)
    try:
        rows = generate.counts(store)
    finally:
        store.close()
    assert rows["applications"] == TINY.applications
    assert rows["events"] == TINY.events
    assert rows["contacts"] == TINY.contacts
    assert rows["checkins"] == TINY.checkins
    assert rows["feedback_notes"] == TINY.feedback
    assert rows["review_items"] == TINY.review_items
    assert rows["action_items"] == TINY.action_items
    assert rows["bounce_plans"] > 0 and rows["checkin_emotions"] >= TINY.checkins
    # Documents: most applications have the CV sent (a few versions, each kept once).
    assert rows["documents"] > TINY.applications // 2
    assert rows["document_contents"] < rows["documents"]


def test_generated_rows_hold_what_the_services_make_true(tiny: Path, store: Store) -> None:
    # First the check itself, on a store the services built: it must pass there ...
    with store.session() as s, s.begin():
        made = applications.create_application(s, ApplicationInput("Northwind", "Designer"))
        events.add_event(s, made.id, EventInput(EventKind.INTERVIEW, made.created_at.date()))
        events.add_event(s, made.id, EventInput(EventKind.REJECTION, made.created_at.date()))
    with store.session() as s:
        assert problems(s) == []
    # ... and fail when a plan is missing.
    with store.session() as s, s.begin():
        s.execute(text("DELETE FROM bounce_plans"))
    with store.session() as s:
        assert any("no bounce-back plan" in p for p in problems(s))

    generated = open_store(tiny)
    try:
        with generated.session() as s:
            assert problems(s) == []
            assert generated.key is None
            assert s.scalar(select(m.Event.id).where(m.Event.kind == EventKind.REJECTION))
            # Every check-in passes the services' own validation as it stands.
            for row in checkins.list_checkins(s):
                checkins._validate(s, row.as_input())
    finally:
        generated.close()


def test_the_search_index_is_what_a_rebuild_makes(tiny: Path) -> None:
    store = open_store(tiny)
    try:
        with store.session() as s, s.begin():
            by_triggers = index_rows(s)
            journal = s.scalar(select(m.CheckIn.journal).order_by(m.CheckIn.id))
            word = max(journal.split(), key=len).strip(".,!")
            assert any(h.kind == "checkin" for h in search.search(s, word))
            assert rebuilt_index_rows(s) == by_triggers
            assert len(by_triggers) > TINY.checkins
    finally:
        store.close()


def test_the_same_seed_makes_the_same_store(tmp_path: Path) -> None:
    stores = [generate.generate(tmp_path / name, TINY, seed=3) for name in ("a", "b")]
    texts = []
    for path in stores:
        store = open_store(path)
        try:
            with store.session() as s:
                texts.append(list(s.scalars(select(m.CheckIn.journal).order_by(m.CheckIn.id))))
        finally:
            store.close()
    assert texts[0] == texts[1]


def test_an_encrypted_store_needs_its_passphrase(tmp_path: Path) -> None:
    path = generate.generate(tmp_path / "enc", TINY, passphrase="benchmark secret")
    assert b"SQLite format 3" not in path.read_bytes()[:16]
    store = open_store(path, passphrase="benchmark secret")
    try:
        assert generate.counts(store)["events"] == TINY.events
    finally:
        store.close()


def test_the_harness_runs_and_writes_every_result(tmp_path: Path, qapp) -> None:
    out = tmp_path / "latest.json"
    assert run.main(["--size", "tiny", "--runs", "1", "--heavy-runs", "1", "--no-start",
                     "--json", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    results = doc["results"]
    for key in ("filter_keystroke", "tab_switch", "tab_switch_first_visit",
                "open_application_50_events", "save_checkin", "search", "export_json",
                "import_json", "backup", "open_plain", "unlock_encrypted"):
        assert results[key]["median_ms"] >= 0, key
        assert results[key]["n"] >= 1, key
    assert set(doc["met"]) == set(run.TARGETS) - {"start_ratio", "start_ratio_ready_worst",
                                                  "memory_extra_mb"}
    assert doc["machine"]["cores"] >= 1 and doc["machine"]["qt"]


def test_the_bare_window_stamps_its_first_frame() -> None:
    sample = run.spawn(run.bare_command(), run._child_env())
    assert sample["first_paint_ms"] is not None
    assert 0 < sample["first_paint_ms"] <= sample["wall_ms"]
    assert sample["rss_mb"] > 10


def test_bounceback_started_as_a_person_starts_it_paints_first_then_fills(tiny: Path) -> None:
    """Through its entry point, the window's first frame comes before its data; both are
    stamped by the program itself, and the process quits once the tab in front shows the store
    (so its peak memory includes the data)."""
    assert run.entry_point()[0].endswith("bounceback")
    sample = run.spawn(run.app_command(tiny.parent), run._child_env())
    assert sample["first_paint_ms"] is not None and sample["ready_ms"] is not None
    assert 0 < sample["first_paint_ms"] < sample["ready_ms"] <= sample["wall_ms"]


def test_every_tab_can_be_put_in_front_and_is_measured(tiny: Path) -> None:
    out = run.measure_start(tiny.parent, 1, fronts=("today", "review"))
    assert set(out["app_ready_by_tab"]) == {"today", "review"}
    for one in out["app_ready_by_tab"].values():
        assert one["median_ms"] > 0 and one["ratio"] > 0 and one["peak_rss_mb"] > 10
    assert out["start_ratio_ready_worst"] == max(
        one["ratio"] for one in out["app_ready_by_tab"].values())
    assert out["app_first_paint"]["n"] == 2  # one start with each tab in front
    assert set(run.verdicts(out)) >= {"start_ratio", "start_ratio_ready_worst",
                                      "memory_extra_mb"}


def test_without_the_variable_the_program_stamps_nothing(tiny: Path) -> None:
    env = {k: v for k, v in run._child_env().items() if k != "BOUNCEBACK_START_STAMPS"}
    done = subprocess.run([*run.app_command(tiny.parent), "--smoke-test"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert not any(line.startswith("{") for line in done.stdout.splitlines())


def test_a_first_visit_over_200_ms_fails_its_target_whatever_the_median() -> None:
    slow = {"tab_switch_first_visit": {"median_ms": 60.0, "min_ms": 20.0, "max_ms": 250.0}}
    quick = {"tab_switch_first_visit": {"median_ms": 60.0, "min_ms": 20.0, "max_ms": 150.0}}
    assert run.verdicts(slow) == {"tab_switch_first_visit": False}
    assert run.verdicts(quick) == {"tab_switch_first_visit": True}


# --- the peer (benchmarks/peer_rednotebook.py) ---------------------------------------------


def test_the_peer_journal_is_seeded_and_written_like_the_check_ins() -> None:
    days = peer_rednotebook.journal_days(days=400, seed=3)
    assert days == peer_rednotebook.journal_days(days=400, seed=3)
    entries = [day for month in days.values() for day in month.values()]
    assert len(entries) == 400 and len(days) >= 13  # one a day, one file a month
    lengths = sorted(len(day["text"].split()) for day in entries)
    assert 60 < lengths[200] < 160  # about 100 words at the median, as the check-ins
    assert any("#" in day["text"] for day in entries)
    assert any(set(day) - {"text"} for day in entries)  # categories on some days
    last = max(days)
    assert last == f"{peer_rednotebook.END:%Y-%m}" and peer_rednotebook.END.day in days[last]


def test_the_peer_benchmark_says_so_without_rednotebook(monkeypatch, capsys) -> None:
    monkeypatch.setattr(peer_rednotebook, "find_rednotebook", lambda: None)
    assert peer_rednotebook.main(["--runs", "1"]) == 0
    assert "rednotebook is not installed" in capsys.readouterr().err


def test_the_screen_watcher_sees_a_window_come_up(tmp_path: Path) -> None:
    # An Xvfb framebuffer file as -fbdir keeps it: an XWD header, a colour map, the pixels.
    width, height, ncolors = 64, 32, 2
    header = [100, 7, 2, 24, width, height, 0, 0, 32, 0, 32, 32, width * 4, 4,
              0xFF0000, 0xFF00, 0xFF, 8, 256, ncolors, width, height]
    path = tmp_path / "Xvfb_screen0"
    path.write_bytes(struct.pack(">22I", *header) + bytes(100 - 88 + ncolors * 12)
                     + bytes(width * 4 * height))
    screen = peer_rednotebook.Screen(path)
    try:
        idle = screen.sample()
        assert screen.settle(idle, timeout=0) == idle
        with path.open("r+b") as f:  # a window's title bar in row 8
            f.seek(100 + ncolors * 12 + 8 * width * 4)
            f.write(b"\xff" * width * 4)
        assert screen.sample() != idle
    finally:
        screen.close()


@pytest.mark.skipif(peer_rednotebook.find_rednotebook() is None,
                    reason="rednotebook is not installed")
def test_rednotebook_reads_the_journal_as_it_was_made(tmp_path: Path) -> None:
    peer = peer_rednotebook.find_rednotebook()
    assert peer is not None
    folder = peer_rednotebook.write_journal(peer, tmp_path / "journal", days=40, seed=3)
    read = subprocess.run(
        [peer.python, "-I", "-c",
         "import json, sys; sys.path.insert(0, sys.argv[1]);"
         "from rednotebook import storage;"
         "months = storage.load_all_months_from_disk(sys.argv[2]);"
         "print(json.dumps({k: {d: day.content for d, day in m.days.items()}"
         " for k, m in months.items()}))", str(peer.base_dir), str(folder)],
        capture_output=True, text=True, check=True)
    made = peer_rednotebook.journal_days(days=40, seed=3)
    assert json.loads(read.stdout) == json.loads(json.dumps(made))


def test_the_exchange_benchmark_runs_end_to_end(capsys: pytest.CaptureFixture[str]) -> None:
    # Export and import in processes of their own, on a tiny store; it fails unless the
    # import brought every row back. No time or memory is asserted.
    from benchmarks import exchange_memory

    assert exchange_memory.main(["--checkins", "25", "--size", "tiny"]) == 0
    out = capsys.readouterr().out
    assert "export (write_json)" in out and "import into an empty store" in out
