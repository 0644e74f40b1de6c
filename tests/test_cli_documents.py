"""`bounceback attach` keeps a file with an application, inside the store (encrypted with it
when it is); `bounceback documents` lists them; search finds them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bounceback.db.store import open_store
from bounceback.services import applications as apps
from bounceback.services import documents
from tests.cli_kit import SECRET, bb, make_store

CV = b"Jordan Lee\nSenior analyst: SQL, Python, Tableau\n"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _ids(data: Path, passphrase: str | None = None) -> list[int]:
    store = open_store(data / "bounceback.sqlite3", backups=data / "backups",
                       passphrase=passphrase)
    try:
        with store.session() as s:
            return sorted(a.id for a in apps.list_applications(s))
    finally:
        store.close()


def test_attach_then_list_then_search(data: Path, tmp_path: Path) -> None:
    make_store(data, ["Acme", "Globex"])
    acme, globex = _ids(data)
    cv = tmp_path / "Jordan Lee CV.txt"
    cv.write_bytes(CV)
    first = bb(data, "attach", str(acme), str(cv))
    assert first.returncode == 0, first.stderr
    doc_id = int(first.stdout.strip())
    assert "Kept Jordan Lee CV.txt with application" in first.stderr
    second = bb(data, "attach", str(globex), str(cv), "--kind", "cv")
    assert second.returncode == 0 and "also sent to 1 other" in second.stderr
    listed = bb(data, "documents", str(acme))
    assert listed.returncode == 0, listed.stderr
    [row] = [line.split("\t") for line in listed.stdout.splitlines()]
    assert row[:3] == [str(doc_id), str(acme), "cv"]
    assert row[3] == f"{len(CV)} B" and row[4] == dt.date.today().isoformat()
    assert row[5:] == ["Jordan Lee CV.txt", "Globex — Engineer"]
    assert len(bb(data, "documents").stdout.splitlines()) == 2
    found = bb(data, "search", "tableau")
    assert [line.split("\t")[0] for line in found.stdout.splitlines()] == ["document"] * 2


def test_an_encrypted_store_holds_the_file_and_nothing_lies_beside_it(
        data: Path, tmp_path: Path) -> None:
    make_store(data, ["Acme"], passphrase=SECRET)
    [acme] = _ids(data, SECRET)
    marker = b"QX7-private-marker-of-the-cv"
    cv = tmp_path / "cv.txt"
    cv.write_bytes(CV + marker)
    done = bb(data, "attach", "--passphrase-stdin", str(acme), str(cv), stdin=SECRET + "\n")
    assert done.returncode == 0, done.stderr
    for path in data.rglob("*"):
        if path.is_file():
            assert marker not in path.read_bytes(), path
    store = open_store(data / "bounceback.sqlite3", backups=data / "backups", passphrase=SECRET)
    with store.session() as s:
        [row] = documents.list_documents(s, acme)
        assert documents.document_data(s, row.id)[1].endswith(marker)
    store.close()


@pytest.mark.parametrize(("args", "said"), [
    (["9999", "{cv}"], "no longer exists"),
    (["{acme}", "{missing}"], "couldn't read this file"),
    (["{acme}", "{empty}"], "empty"),
    (["{acme}", "{folder}"], "Only files"),
])
def test_what_cannot_be_attached_is_said_and_nothing_changes(
        data: Path, tmp_path: Path, args: list[str], said: str) -> None:
    make_store(data, ["Acme"])
    [acme] = _ids(data)
    cv = tmp_path / "cv.txt"
    cv.write_bytes(CV)
    (tmp_path / "empty.txt").write_bytes(b"")
    values = {"cv": cv, "acme": acme, "missing": tmp_path / "nope.pdf",
              "empty": tmp_path / "empty.txt", "folder": tmp_path}
    done = bb(data, "attach", *[a.format(**values) for a in args])
    assert done.returncode == 1
    assert said in done.stderr and "Traceback" not in done.stderr
    assert bb(data, "documents").stdout == ""
