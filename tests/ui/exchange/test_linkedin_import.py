"""File → Import… → LinkedIn data archive, through the real widgets: the preview before anything
is written, connections chosen one by one, the summary, a folder instead of the ZIP, a second
import that adds nothing, and a bad archive that changes nothing."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import func, select

from bounceback.db.enums import ContactRole, Status
from bounceback.db.models import Application, ApplicationContact, Contact
from bounceback.services import applications, contacts, sent_with
from bounceback.ui.common.ops import Ops
from bounceback.ui.exchange.import_dialog import ImportDialog

APPLICATIONS = (
    "\ufeffApplication Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,"
    "Resume Name,Question And Answers\n"
    '"11/23/24, 3:05 PM",me@example.org,,"Acme, Inc.",Data analyst,'
    "http://www.linkedin.com/jobs/view/4077276177,Jordan Lee CV.pdf,"
    '"Years of SQL?:5 | Which tools?:Excel | Tableau"\n'
    '"1/5/25, 10:00 AM",me@example.org,,Globex,Designer,'
    "http://www.linkedin.com/jobs/view/4077276178,Jordan Lee CV.pdf,\n"
)
SAVED = ("Saved Date,Job Url,Job Title,Company Name\n"
         '"12/1/24, 9:00 AM",http://www.linkedin.com/jobs/view/4077276179,Engineer,Initech\n')
CONNECTIONS = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email '
    'addresses are missing."\n\n'
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Dana,Levi,https://www.linkedin.com/in/dana-levi,,Hooli,Recruiter,05 Mar 2024\n"
    "Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,,Acme Inc,Head of Data,12 Jan 2023\n"
    "Sam,Ode,https://www.linkedin.com/in/sam-ode,sam@example.org,Globex,Designer,02 Feb 2022\n"
    "Kim,Park,https://www.linkedin.com/in/kim-park,,Umbrella,CTO,02 Feb 2022\n"
)


def archive(tmp_path: Path, applications_csv: str = APPLICATIONS) -> Path:
    path = tmp_path / "Basic_LinkedInDataExport_12-07-2026.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("Jobs/Job Applications.csv", applications_csv)
        z.writestr("Jobs/Saved Jobs.csv", SAVED)
        z.writestr("Connections.csv", CONNECTIONS)
        z.writestr("messages.csv", "CONVERSATION ID,CONTENT\n1,never read\n")
    return path


@pytest.fixture
def hooli(ops: Ops) -> int:
    """An application whose recruiter, Dana, is a connection in the archive."""
    with ops.store.write() as s:
        app = applications.create_application(s, applications.ApplicationInput(
            company="Hooli", role="Analyst", applied_on=dt.date(2024, 10, 1)))
        contacts.add_to_application(s, app.id, contacts.ContactInput(
            name="Dana Levi", linkedin_url="https://www.linkedin.com/in/dana-levi/"),
            ContactRole.RECRUITER)
        return app.id


def open_dialog(qtbot, ops: Ops) -> ImportDialog:
    dialog = ImportDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait(qtbot, dialog: ImportDialog) -> None:
    if dialog.task is not None:
        qtbot.waitUntil(lambda: not dialog.task.running, timeout=10_000)


def start(qtbot, dialog: ImportDialog, path: Path) -> None:
    radio = dialog.choose.radios["linkedin"]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert dialog.choose.kind().key == "linkedin"
    qtbot.keyClicks(dialog.choose.file.edit, str(path))
    click(qtbot, dialog.next_button)
    # The archive is read on a worker, then compared with the store on another.
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is not dialog.choose
                    and not dialog.task.running, timeout=10_000)


def offer_names(dialog: ImportDialog) -> list[str]:
    tree = dialog.linkedin.offers
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def tick(qtbot, dialog: ImportDialog, name: str) -> None:
    """As a person does with the keyboard: to the row, then Space."""
    tree = dialog.linkedin.offers
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    for _ in range(offer_names(dialog).index(name)):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Space)


def people_of(ops: Ops, company: str) -> list[tuple[str, bool, dt.date | None]]:
    with ops.store.session() as s:
        rows = s.execute(
            select(Contact.name, Contact.linkedin_connected, Contact.linkedin_connected_on)
            .join(ApplicationContact, ApplicationContact.contact_id == Contact.id)
            .join(Application, Application.id == ApplicationContact.application_id)
            .where(Application.company == company)).all()
    return sorted((r[0], r[1], r[2]) for r in rows)


def test_the_preview_says_what_comes_in_and_only_ticked_connections_become_people(
        qtbot, ops: Ops, hooli: int, tmp_path: Path):
    dialog = open_dialog(qtbot, ops)
    start(qtbot, dialog, archive(tmp_path))

    assert dialog.stack.currentWidget() is dialog.linkedin
    summary = dialog.linkedin.summary.text()
    assert "2 applications and 1 saved job" in summary
    assert "2 screening questions" in summary
    assert "1 of your People will be marked as connected" in summary
    assert "Connections.csv" in dialog.linkedin.files.text()
    assert "messages.csv" not in dialog.linkedin.files.text()
    # Ana works at Acme (applied to in this archive), Sam at Globex; Kim's Umbrella was never
    # applied to, and Dana is already one of Hooli's People.
    assert offer_names(dialog) == ["Ana Ruiz", "Sam Ode"]
    assert dialog.linkedin.chosen() == []
    with ops.store.session() as s:  # the preview wrote nothing
        assert s.scalar(select(func.count()).select_from(Application)) == 1

    tick(qtbot, dialog, "Ana Ruiz")
    assert len(dialog.linkedin.chosen()) == 1
    assert dialog.next_button.text().replace("&", "") == "Import"
    click(qtbot, dialog.next_button)
    wait(qtbot, dialog)

    assert dialog.stack.currentWidget() is dialog.result_page
    text = dialog.result_page.headline.text()
    assert "Added 2 applications, 1 saved job and 1 contact." in text
    assert "1 of your People marked as connected on LinkedIn." in text
    assert people_of(ops, "Acme, Inc.") == [("Ana Ruiz", True, dt.date(2023, 1, 12))]
    assert people_of(ops, "Globex") == []  # Sam was offered, not ticked
    assert people_of(ops, "Hooli") == [("Dana Levi", True, dt.date(2024, 3, 5))]
    with ops.store.session() as s:
        acme = next(a for a in applications.list_applications(s) if a.company == "Acme, Inc.")
        assert (acme.status, acme.applied_on) == (Status.APPLIED, dt.date(2024, 11, 23))
        sent = sent_with.sent_with(s, acme.id)
        assert sent.applied_through == "LinkedIn" and sent.resume_name == "Jordan Lee CV.pdf"
        assert [(a.question, a.answer) for a in sent.answers] == [
            ("Years of SQL?", "5"), ("Which tools?", "Excel | Tableau")]
        saved = next(a for a in applications.list_applications(s) if a.company == "Initech")
        assert saved.status == Status.SAVED and saved.applied_on is None


def test_the_same_archive_again_adds_nothing_and_says_so_at_once(
        qtbot, ops: Ops, hooli: int, tmp_path: Path):
    path = archive(tmp_path)
    first = open_dialog(qtbot, ops)
    start(qtbot, first, path)
    click(qtbot, first.next_button)
    wait(qtbot, first)
    with ops.store.session() as s:
        before = s.scalar(select(func.count()).select_from(Application))

    again = open_dialog(qtbot, ops)
    start(qtbot, again, path)
    # Sam and Ana are still offered (nobody was ticked): the preview is the step to choose.
    assert again.stack.currentWidget() is again.linkedin
    assert again.linkedin.summary.text() == (
        "Nothing new to add from this archive. 3 jobs in it are already here and stay as "
        "they are.")
    click(qtbot, again.next_button)
    wait(qtbot, again)
    assert "were already here" in again.result_page.headline.text()
    with ops.store.session() as s:
        assert s.scalar(select(func.count()).select_from(Application)) == before


def test_an_archive_with_nothing_new_and_no_one_to_offer_goes_straight_to_the_answer(
        qtbot, ops: Ops, tmp_path: Path):
    path = tmp_path / "Saved Jobs.csv"
    path.write_text(SAVED, encoding="utf-8")
    first = open_dialog(qtbot, ops)
    start(qtbot, first, path)
    click(qtbot, first.next_button)
    wait(qtbot, first)

    again = open_dialog(qtbot, ops)
    start(qtbot, again, path)
    assert again.stack.currentWidget() is again.result_page
    assert "already here" in again.result_page.headline.text()


def test_the_unpacked_folder_is_read_like_the_zip(qtbot, ops: Ops, tmp_path: Path):
    folder = tmp_path / "Basic_LinkedInDataExport"
    (folder / "Jobs").mkdir(parents=True)
    (folder / "Jobs" / "Job Applications.csv").write_text(APPLICATIONS, encoding="utf-8")
    (folder / "Connections.csv").write_text(CONNECTIONS, encoding="utf-8")
    dialog = open_dialog(qtbot, ops)
    radio = dialog.choose.radios["linkedin"]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert dialog.choose.file.folder_button.isVisible()
    start(qtbot, dialog, folder)
    assert dialog.stack.currentWidget() is dialog.linkedin
    assert dialog.linkedin.files.text().startswith("Read: Connections.csv, Jobs/Job Applications")
    click(qtbot, dialog.next_button)
    wait(qtbot, dialog)
    assert "Added 2 applications." in dialog.result_page.headline.text()


def test_a_folder_is_refused_for_the_other_kinds(qtbot, ops: Ops, tmp_path: Path):
    dialog = open_dialog(qtbot, ops)
    assert not dialog.choose.file.folder_button.isVisible()
    qtbot.keyClicks(dialog.choose.file.edit, str(tmp_path))
    click(qtbot, dialog.next_button)
    assert "folder" in dialog.choose.error.text()


def test_a_bad_row_names_its_file_and_line_and_nothing_is_written(
        qtbot, ops: Ops, tmp_path: Path):
    broken = APPLICATIONS + '"13/45/25, 1:00 PM",,,Hooli,Analyst,,,\n'
    dialog = open_dialog(qtbot, ops)
    start(qtbot, dialog, archive(tmp_path, broken))
    assert dialog.stack.currentWidget() is dialog.result_page
    lines = [dialog.result_page.problems.item(i).text()
             for i in range(dialog.result_page.problems.count())]
    assert len(lines) == 1 and lines[0].startswith("Jobs/Job Applications.csv, line 4:")
    assert "Nothing was imported" in dialog.result_page.headline.text()
    with ops.store.session() as s:
        assert s.scalar(select(func.count()).select_from(Application)) == 0
    # Back to the file, to choose another.
    click(qtbot, dialog.back_button)
    assert dialog.stack.currentWidget() is dialog.choose


def test_back_from_the_preview_returns_to_the_file(qtbot, ops: Ops, tmp_path: Path):
    dialog = open_dialog(qtbot, ops)
    start(qtbot, dialog, archive(tmp_path))
    click(qtbot, dialog.back_button)
    assert dialog.stack.currentWidget() is dialog.choose
    assert dialog.choose.kind().key == "linkedin"
