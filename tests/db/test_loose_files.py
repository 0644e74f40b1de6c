"""Letter templates and the personal dictionary live in the store: what older versions left
beside it as plain files is moved in on the first writable open, and on ``encrypt``, and the
files are overwritten and removed."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from bounceback.db import loose_files
from bounceback.db.errors import StoreFullError
from bounceback.db.models import LetterTemplate, PersonalWord
from bounceback.db.store import Store, open_store
from bounceback.services import dictionary, letters

MARKER = "Kolibriwörterbuch"
TEMPLATE_MARKER = "Pfauenfeder-Gruß"


def _open(data: Path, **kwargs: object) -> Store:
    return open_store(data / "bounceback.sqlite3", backups=data / "backups", **kwargs)


def _leave_old_files(data: Path) -> None:
    """What BounceBack 0.x wrote: a templates folder and a dictionary, as plain text."""
    templates = data / "templates"
    templates.mkdir(parents=True, exist_ok=True)
    (templates / "thank_you.txt").write_text(
        f"Subject: Thanks\n\nDear {{name}}, {TEMPLATE_MARKER}\n", encoding="utf-8")
    (templates / "feedback_request.txt").write_bytes(b"\xef\xbb\xbfHi {name},\r\nFeedback?\r\n")
    (data / "dictionary.txt").write_text(f"{MARKER}\nAcme’s\nacme’s\nGlobex\n", encoding="utf-8")


def _files_holding(folder: Path, word: str) -> list[str]:
    needle = word.encode("utf-8")
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.is_file() and needle in p.read_bytes())


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    _open(folder).close()  # a store from before, already made
    return folder


def test_an_upgrade_moves_the_files_in_and_removes_them(data: Path) -> None:
    _leave_old_files(data)
    store = _open(data)
    try:
        with store.session() as s:
            assert TEMPLATE_MARKER in letters.template_for(s, "thank_you")
            # The byte-order mark and Windows line ends were an editor's, not the person's.
            assert letters.template_for(s, "feedback_request") == "Hi {name},\nFeedback?\n"
            # One entry per word whatever its case; the first spelling is kept.
            assert dictionary.words(s) == [MARKER, "Acme’s", "Globex"]
    finally:
        store.close()
    assert not (data / "templates").exists()
    assert not (data / "dictionary.txt").exists()
    assert loose_files.found(data) == []


def test_after_encrypt_no_file_in_the_data_folder_holds_the_words(data: Path) -> None:
    _leave_old_files(data)
    # The command an upgraded person would run, from a new process like theirs.
    done = subprocess.run(
        [sys.executable, "-m", "bounceback", "--data-dir", str(data), "encrypt",
         "--passphrase-stdin"],
        input="correct horse battery\n", capture_output=True, text=True, timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert _files_holding(data, MARKER) == []
    assert _files_holding(data, TEMPLATE_MARKER) == []
    store = _open(data, passphrase="correct horse battery")
    try:
        with store.session() as s:
            assert MARKER in dictionary.words(s)
            assert TEMPLATE_MARKER in letters.template_for(s, "thank_you")
    finally:
        store.close()


def test_the_same_steps_without_encryption_find_the_words_in_the_store(data: Path) -> None:
    # So the grep above can fail: a plain store holds them readably.
    _leave_old_files(data)
    _open(data).close()
    assert _files_holding(data, MARKER) == ["bounceback.sqlite3"]


def test_a_file_written_by_an_older_version_later_wins(data: Path) -> None:
    store = _open(data)
    with store.write() as s:
        letters.save_template(s, "thank_you", "Kept in the store")
    store.close()
    _leave_old_files(data)  # an older BounceBack, run since, wrote its own copy
    store = _open(data)
    try:
        with store.session() as s:
            assert TEMPLATE_MARKER in letters.template_for(s, "thank_you")
    finally:
        store.close()


def test_an_empty_copy_meant_the_shipped_text(data: Path) -> None:
    (data / "templates").mkdir()
    (data / "templates" / "thank_you.txt").write_text("  \n", encoding="utf-8")
    store = _open(data)
    try:
        with store.session() as s:
            assert not letters.is_customised(s, "thank_you")
    finally:
        store.close()
    assert not (data / "templates").exists()


def test_bytes_that_are_not_utf8_are_kept_as_marks_not_lost(data: Path) -> None:
    (data / "templates").mkdir()
    (data / "templates" / "thank_you.txt").write_bytes(b"Dear {name}, caf\xe9 soon\x00")
    store = _open(data)
    try:
        with store.session() as s:
            assert letters.template_for(s, "thank_you") == "Dear {name}, caf\ufffd soon"
    finally:
        store.close()


def test_a_file_that_cannot_be_read_stays_and_the_rest_move(
    data: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _leave_old_files(data)
    (data / "templates" / "thank_you.txt").unlink()
    (data / "templates" / "thank_you.txt").mkdir()  # not a file: found() passes it by
    (data / "dictionary.txt").unlink()
    (data / "dictionary.txt").mkdir()
    (data / "dictionary.txt").rmdir()
    (data / "dictionary.txt").symlink_to(data / "nowhere")  # a link to nothing: unreadable
    with caplog.at_level(logging.WARNING):
        store = _open(data)
    try:
        with store.session() as s:
            assert letters.is_customised(s, "feedback_request")
            assert not letters.is_customised(s, "thank_you")
    finally:
        store.close()
    assert (data / "templates" / "thank_you.txt").is_dir()
    assert not (data / "templates" / "feedback_request.txt").exists()
    # No text of the person's is ever logged.
    assert MARKER not in caplog.text and "Feedback?" not in caplog.text


def test_a_failed_save_leaves_the_files_for_the_next_start(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _leave_old_files(data)
    before = {p: p.read_bytes() for p in loose_files.found(data)}

    def full(self: Store) -> object:
        raise StoreFullError()

    monkeypatch.setattr(Store, "write", full)
    store = _open(data)
    store.close()
    assert {p: p.read_bytes() for p in loose_files.found(data)} == before
    monkeypatch.undo()
    _open(data).close()
    assert loose_files.found(data) == []


def test_a_read_only_look_leaves_the_files_alone(data: Path) -> None:
    _leave_old_files(data)
    _open(data, read_only=True).close()
    assert len(loose_files.found(data)) == 3


def test_other_files_in_the_templates_folder_are_not_touched(data: Path) -> None:
    _leave_old_files(data)
    (data / "templates" / "notes.md").write_text("mine", encoding="utf-8")
    _open(data).close()
    assert (data / "templates" / "notes.md").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in (data / "templates").iterdir()) == ["notes.md"]


def test_words_too_long_to_be_words_are_left_out(data: Path) -> None:
    (data / "dictionary.txt").write_text("x" * 500 + "\nShort\n", encoding="utf-8")
    store = _open(data)
    try:
        with store.session() as s:
            assert list(s.scalars(select(PersonalWord.word))) == ["Short"]
            assert s.scalar(select(LetterTemplate.name)) is None
    finally:
        store.close()
