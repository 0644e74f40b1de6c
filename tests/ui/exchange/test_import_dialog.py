"""File → Import…: the wizard through its real widgets, checked in the view and in the
database: automatic and hand-made column mappings, Daylio's own moods, bad files that change
nothing, and files imported twice."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import func, select

from bounceback.db.enums import Status
from bounceback.db.models import Application, CheckIn
from bounceback.services import applications
from bounceback.services.exchange.registry import EXPORTERS
from bounceback.ui import exchange
from bounceback.ui.common import labels
from bounceback.ui.common import ops as topics
from bounceback.ui.common.ops import Ops
from bounceback.ui.exchange.import_dialog import ImportDialog

SHEET = (
    "Company,Position,Date Applied,Status,Notes\n"
    "Acme,Engineer,2026-09-01,Rejected,Nice people\n"
    "Globex,Analyst,2026-09-03,Interviewing,\n"
    "Initech,Tester,2026-09-05,,Referred by Sam\n"
)

# Headers no guess can place: the person maps them by hand.
ODD_SHEET = (
    "Firm;Gig;Sent;Where it stands;Stage note\n"
    "Umbrella;Chemist;2026-08-10;Rejected;Declined\n"
    "Hooli;PM;2026-08-12;applied;Offer\n"
)

DAYLIO = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    "2026-10-03,October 3,Saturday,21:30,super,friends,Good day,Felt strong\n"
    "2026-10-02,October 2,Friday,08:15,rad,,,\n"
    "2026-10-01,October 1,Thursday,20:00,awful,,Rejected,From Acme\n"
)


@pytest.fixture
def changes(ops: Ops) -> list[frozenset[str]]:
    seen: list[frozenset[str]] = []
    ops.changed.connect(seen.append)
    return seen


def open_dialog(qtbot, ops: Ops) -> ImportDialog:
    dialog = ImportDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait(qtbot, dialog: ImportDialog) -> None:
    if dialog.task is not None:
        qtbot.waitUntil(lambda: not dialog.task.running)


def start(qtbot, dialog: ImportDialog, kind: str, path: Path) -> None:
    """Step 1: the kind of file and the file, then Next/Import."""
    radio = dialog.choose.radios[kind]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert dialog.choose.kind().key == kind
    dialog.choose.file.edit.setText(str(path))
    click(qtbot, dialog.next_button)
    wait(qtbot, dialog)


def choose_column(dialog: ImportDialog, field: str, header: str | None) -> None:
    combo = dialog.mapping.combos[field]
    index = combo.findData(header) if header is not None else 0
    assert index >= 0, header
    combo.setCurrentIndex(index)


def preview(dialog: ImportDialog) -> list[list[str]]:
    table = dialog.mapping.preview
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def stored_apps(ops: Ops) -> list[tuple[str, str, dt.date | None, Status]]:
    with ops.store.session() as s:
        rows = applications.list_applications(s)
    return sorted((r.company, r.role, r.applied_on, r.status) for r in rows)


def count(ops: Ops, model: type) -> int:
    with ops.store.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


# --- spreadsheets --------------------------------------------------------------------------


def test_a_spreadsheet_with_familiar_headers_is_mapped_and_imported(
        qtbot, ops: Ops, tmp_path: Path, changes) -> None:
    messages: list[str] = []
    ops.message.connect(messages.append)
    dialog = open_dialog(qtbot, ops)
    assert dialog.next_button.text() == "&Import"  # a JSON export needs no second step
    start(qtbot, dialog, "csv", write(tmp_path, "jobs.csv", SHEET))

    assert dialog.stack.currentWidget() is dialog.mapping
    assert dialog.mapping.mapping()["company"] == "Company"
    assert dialog.mapping.mapping()["role"] == "Position"
    assert dialog.mapping.mapping()["applied_on"] == "Date Applied"
    assert dialog.mapping.mapping()["link"] is None
    assert dialog.mapping.combos["link"].currentText() == "(not in this file)"
    assert preview(dialog) == [
        ["Acme", "Engineer", labels.date(dt.date(2026, 9, 1)), labels.status(Status.REJECTED)],
        ["Globex", "Analyst", labels.date(dt.date(2026, 9, 3)),
         labels.status(Status.INTERVIEWING)],
        ["Initech", "Tester", labels.date(dt.date(2026, 9, 5)), labels.status(Status.APPLIED)],
    ]
    assert dialog.mapping.preview_count.text() == "The file has 3 rows."
    assert changes == []

    click(qtbot, dialog.next_button)
    wait(qtbot, dialog)

    assert dialog.stack.currentWidget() is dialog.result_page
    assert dialog.result_page.headline.text() == "Added 3 applications."
    assert not dialog.result_page.problems.isVisible()
    assert dialog.close_button.text() == "Close" and dialog.close_button.isDefault()
    assert not dialog.back_button.isVisible()
    assert stored_apps(ops) == [
        ("Acme", "Engineer", dt.date(2026, 9, 1), Status.REJECTED),
        ("Globex", "Analyst", dt.date(2026, 9, 3), Status.INTERVIEWING),
        ("Initech", "Tester", dt.date(2026, 9, 5), Status.APPLIED),
    ]
    # Told by what the import changed: applications and their histories, no check-ins.
    assert len(changes) == 1
    assert {topics.APPLICATIONS, topics.EVENTS} <= changes[0]
    assert topics.CHECKINS not in changes[0]
    assert messages == ["Added 3 applications."]
    assert not ops.busy
    click(qtbot, dialog.close_button)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_headers_that_need_a_hand_are_mapped_with_the_combos(qtbot, ops: Ops,
                                                               tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ops)
    start(qtbot, dialog, "csv", write(tmp_path, "odd.csv", ODD_SHEET))

    assert dialog.stack.currentWidget() is dialog.mapping
    assert dialog.mapping.mapping()["company"] is None
    assert not dialog.next_button.isEnabled()
    assert dialog.mapping.hint.text() == "Please choose the column that holds the company."

    choose_column(dialog, "company", "Firm")
    assert not dialog.next_button.isEnabled()
    assert dialog.mapping.hint.text() == "Please choose the column that holds the role."
    choose_column(dialog, "role", "Gig")
    choose_column(dialog, "applied_on", "Sent")
    choose_column(dialog, "status", "Where it stands")
    assert dialog.next_button.isEnabled() and not dialog.mapping.hint.isVisible()

    click(qtbot, dialog.next_button)
    wait(qtbot, dialog)

    assert dialog.result_page.headline.text() == "Added 2 applications."
    assert stored_apps(ops) == [
        ("Hooli", "PM", dt.date(2026, 8, 12), Status.APPLIED),
        ("Umbrella", "Chemist", dt.date(2026, 8, 10), Status.REJECTED),
    ]
    # The column left out is kept in the notes rather than dropped.
    with ops.store.session() as s:
        notes = s.scalar(select(Application.notes).where(Application.company == "Hooli"))
    assert notes == "Stage note: Offer"


def test_the_preview_follows_the_combos(qtbot, ops: Ops, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ops)
    start(qtbot, dialog, "csv", write(tmp_path, "odd.csv", ODD_SHEET))
    assert preview(dialog)[0] == ["", "", "", labels.status(Status.APPLIED)]

    choose_column(dialog, "company", "Firm")
    choose_column(dialog, "role", "Gig")
    assert [row[:2] for row in preview(dialog)] == [["Umbrella", "Chemist"], ["Hooli", "PM"]]

    choose_column(dialog, "status", "Stage note")  # "Declined" / "Offer"
    assert [row[3] for row in preview(dialog)] == [
        labels.status(Status.REJECTED), labels.status(Status.OFFER)]
    choose_column(dialog, "status", "Where it stands")
    assert [row[3] for row in preview(dialog)] == [
        labels.status(Status.REJECTED), labels.status(Status.APPLIED)]

    choose_column(dialog, "applied_on", "Sent")
    assert preview(dialog)[1][2] == labels.date(dt.date(2026, 8, 12))
    choose_column(dialog, "applied_on", "Gig")  # not dates: flagged, shown as written
    item = dialog.mapping.preview.item(1, 2)
    assert item.text() == "PM" and "isn't one BounceBack can read" in item.toolTip()
    assert not item.icon().isNull()


def test_unclear_dates_offer_a_choice_of_order(qtbot, ops: Ops, tmp_path: Path) -> None:
    sheet = "Company,Role,Date Applied\nAcme,Engineer,03/04/2026\nGlobex,Analyst,05/06/2026\n"
    dialog = open_dialog(qtbot, ops)
    start(qtbot, dialog, "csv", write(tmp_path, "dates.csv", sheet))
    assert dialog.mapping.order.isVisible()
    assert preview(dialog)[0][2] == "03/04/2026"  # unread until the order is known

    dialog.mapping.choose_order(True)
    assert preview(dialog)[0][2] == labels.date(dt.date(2026, 4, 3))
    click(qtbot, dialog.next_button)
    wait(qtbot, dialog)
    assert [a[2] for a in stored_apps(ops)] == [dt.date(2026, 4, 3), dt.date(2026, 6, 5)]


def test_a_bad_file_lists_its_lines_and_nothing_lands(qtbot, ops: Ops, tmp_path: Path,
                                                     changes) -> None:
    sheet = (
        "Company,Role,Date Applied\n"
        "Acme,Engineer,2026-09-01\n"
        ",Analyst,2026-09-02\n"
        "Initech,Tester,31 Smarch 2026\n"
    )
    dialog = open_dialog(qtbot, ops)
    start(qtbot, dialog, "csv", write(tmp_path, "bad.csv", sheet))
    click(qtbot, dialog.next_button)
    wait(qtbot, dialog)

    page = dialog.result_page
    assert dialog.stack.currentWidget() is page
    assert page.headline.text() == ("2 rows need a small fix before importing. "
                                    "Nothing was imported.")
    lines = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert len(lines) == 2
    assert lines[0].startswith("Line 3: ") and "company" in lines[0].lower()
    assert lines[1].startswith("Line 4: ") and "Smarch" in lines[1]
    assert page.problems.isVisible()
    assert page.problems.editTriggers() == page.problems.EditTrigger.NoEditTriggers
    assert dialog.title.text() == "This file needs a look"
    # Acme was fine, yet nothing at all was added: the whole import rolled back.
    assert count(ops, Application) == 0
    assert changes == []
    assert not ops.busy

    # Back goes to the columns, to try another mapping; Close leaves without a result.
    click(qtbot, dialog.back_button)
    assert dialog.stack.currentWidget() is dialog.mapping
    click(qtbot, dialog.close_button)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_importing_the_same_spreadsheet_again_reports_what_was_already_here(
        qtbot, ops: Ops, tmp_path: Path) -> None:
    path = write(tmp_path, "jobs.csv", SHEET)
    first = open_dialog(qtbot, ops)
    start(qtbot, first, "csv", path)
    click(qtbot, first.next_button)
    wait(qtbot, first)
    assert count(ops, Application) == 3

    path.write_text(SHEET + "Hooli,Designer,2026-09-09,,\n", encoding="utf-8")
    again = open_dialog(qtbot, ops)
    start(qtbot, again, "csv", path)
    click(qtbot, again.next_button)
    wait(qtbot, again)
    assert again.result_page.headline.text() == (
        "Added 1 application. 3 were already here, so they were left as they were.")
    assert count(ops, Application) == 4

    third = open_dialog(qtbot, ops)
    start(qtbot, third, "csv", path)
    click(qtbot, third.next_button)
    wait(qtbot, third)
    assert third.result_page.headline.text() == (
        "Nothing new to add: all 4 entries in this file were already here.")
    assert count(ops, Application) == 4


# --- step 1 --------------------------------------------------------------------------------


def test_a_missing_or_wrong_file_is_explained_on_the_first_page(qtbot, ops: Ops,
                                                                 tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ops)
    start(qtbot, dialog, "csv", tmp_path / "nowhere.csv")
    assert dialog.stack.currentWidget() is dialog.choose
    assert dialog.choose.error.text() == ("There is no file there. Please check the name, "
                                          "or use Choose…")
    assert dialog.task is None

    pdf = tmp_path / "cv.pdf"
    pdf.write_bytes(b"%PDF-1.7 not a spreadsheet")
    start(qtbot, dialog, "csv", pdf)
    assert dialog.stack.currentWidget() is dialog.choose
    assert dialog.choose.error.text() == ("This is a PDF document, not a file BounceBack can "
                                          "import.")
    assert dialog.next_button.isEnabled()

    dialog.choose.file.edit.setText("")
    assert not dialog.choose.error.isVisible()
    click(qtbot, dialog.next_button)
    assert dialog.choose.error.text() == "Please choose the file to import."


def test_the_hint_and_button_follow_the_kind(qtbot, ops: Ops) -> None:
    dialog = open_dialog(qtbot, ops)
    dialog.choose.choose_kind("csv")
    assert dialog.next_button.text() == "&Next >"
    assert "match its columns" in dialog.choose.hint.text()
    dialog.choose.choose_kind("daylio")
    assert dialog.next_button.text() == "&Import"
    assert "Daylio" in dialog.choose.hint.text()
    assert dialog.next_button.isDefault()
    assert not dialog.back_button.isVisible()


# --- Daylio, jrnl and BounceBack's own files -----------------------------------------------


def test_a_daylio_mood_of_the_persons_own_is_placed_with_a_spin_box(
        qtbot, ops: Ops, tmp_path: Path, changes) -> None:
    dialog = open_dialog(qtbot, ops)
    start(qtbot, dialog, "daylio", write(tmp_path, "daylio.csv", DAYLIO))

    assert dialog.stack.currentWidget() is dialog.moods
    assert list(dialog.moods.spins) == ["super"]
    spin = dialog.moods.spins["super"]
    assert (spin.minimum(), spin.maximum(), spin.value()) == (1, 10, 5)
    assert count(ops, CheckIn) == 0
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "9")
    assert spin.value() == 9

    click(qtbot, dialog.next_button)
    wait(qtbot, dialog)

    assert dialog.result_page.headline.text() == "Added 3 check-ins."
    with ops.store.session() as s:
        moods = dict(s.execute(select(CheckIn.felt_at, CheckIn.overall)).all())
    assert moods == {dt.datetime(2026, 10, 3, 21, 30): 9, dt.datetime(2026, 10, 2, 8, 15): 10,
                     dt.datetime(2026, 10, 1, 20, 0): 1}
    assert changes == [frozenset({topics.CHECKINS})]


def test_a_daylio_file_with_only_known_moods_imports_straight_away(
        qtbot, ops: Ops, tmp_path: Path) -> None:
    known = DAYLIO.replace(",super,", ",good,")
    dialog = open_dialog(qtbot, ops)
    start(qtbot, dialog, "daylio", write(tmp_path, "daylio.csv", known))
    wait(qtbot, dialog)
    assert dialog.stack.currentWidget() is dialog.result_page
    assert dialog.result_page.headline.text() == "Added 3 check-ins."
    assert count(ops, CheckIn) == 3


def test_a_bad_daylio_row_changes_nothing(qtbot, ops: Ops, tmp_path: Path) -> None:
    bad = DAYLIO.replace("2026-10-02,", "2026-13-02,").replace(",super,", ",good,")
    dialog = open_dialog(qtbot, ops)
    start(qtbot, dialog, "daylio", write(tmp_path, "daylio.csv", bad))
    wait(qtbot, dialog)
    page = dialog.result_page
    assert page.headline.text() == "One row needs a small fix before importing. " \
                                   "Nothing was imported."
    assert [page.problems.item(i).text() for i in range(page.problems.count())] == [
        "Line 3: The date “2026-13-02” doesn't exist on the calendar."]
    assert count(ops, CheckIn) == 0
    click(qtbot, dialog.back_button)
    assert dialog.stack.currentWidget() is dialog.choose


def test_a_jrnl_export_becomes_check_ins(qtbot, ops: Ops, tmp_path: Path) -> None:
    doc = {"tags": {}, "entries": [
        {"title": "Heard back", "body": "Not this time.", "date": "2026-10-05",
         "time": "18:00", "tags": [], "starred": False},
        {"title": "Better", "body": "", "date": "2026-10-06", "time": "09:00",
         "tags": ["@walk"], "starred": True},
    ]}
    dialog = open_dialog(qtbot, ops)
    start(qtbot, dialog, "jrnl", write(tmp_path, "jrnl.json", json.dumps(doc, indent=2)))
    wait(qtbot, dialog)
    assert dialog.result_page.headline.text() == "Added 2 check-ins."
    with ops.store.session() as s:
        assert s.scalars(select(CheckIn.journal).order_by(CheckIn.felt_at)).all() == [
            "Heard back\nNot this time.", "Better\n\nTags: @walk\nStarred"]


def test_a_bounceback_export_imported_into_the_same_store_adds_nothing(
        qtbot, ops: Ops, tmp_path: Path) -> None:
    with ops.store.session() as s, s.begin():
        applications.create_application(s, applications.ApplicationInput(
            company="Acme", role="Engineer", applied_on=dt.date(2026, 9, 1)))
    path = tmp_path / "all.json"
    with ops.store.session() as s:
        EXPORTERS["json"](s, path)
    dialog = open_dialog(qtbot, ops)
    start(qtbot, dialog, "json", path)
    text = dialog.result_page.headline.text()
    assert text.startswith("Nothing new to add: all ") and text.endswith("already here.")
    assert count(ops, Application) == 1


def test_a_bounceback_export_with_a_bad_record_names_it_and_adds_nothing(
        qtbot, ops: Ops, tmp_path: Path) -> None:
    with ops.store.session() as s, s.begin():
        applications.create_application(s, applications.ApplicationInput(
            company="Acme", role="Engineer", applied_on=dt.date(2026, 9, 1)))
    path = tmp_path / "all.json"
    with ops.store.session() as s:
        EXPORTERS["json"](s, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    good = dict(doc["tables"]["applications"][0], id=99, company="Globex",
                created_at="2026-09-02T10:00:00.000000")
    bad = dict(good, id=100, company="Initech", status="on the moon")
    doc["tables"]["applications"] += [good, bad]
    path.write_text(json.dumps(doc), encoding="utf-8")

    dialog = open_dialog(qtbot, ops)
    start(qtbot, dialog, "json", path)
    page = dialog.result_page
    lines = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert len(lines) == 1
    # Records are named by their place in the file's list, not by a line number.
    assert lines[0].startswith("Row 3 of the applications: ")
    assert "nothing was imported" in page.headline.text().lower()
    with ops.store.session() as s:
        assert s.scalars(select(Application.company)).all() == ["Acme"]


def test_a_file_that_is_not_bounceback_json_says_so(qtbot, ops: Ops, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ops)
    start(qtbot, dialog, "json", write(tmp_path, "other.json", '{"hello": 1}'))
    page = dialog.result_page
    assert dialog.stack.currentWidget() is page
    assert "doesn't look like a file BounceBack exported" in page.headline.text()
    assert not page.problems.isVisible()
    assert dialog.back_button.isVisible()


def test_while_the_data_file_is_busy_nothing_is_imported(qtbot, ops: Ops,
                                                         tmp_path: Path) -> None:
    ops.hold_for_swap()
    dialog = open_dialog(qtbot, ops)
    start(qtbot, dialog, "jrnl", write(tmp_path, "j.json", '{"entries": []}'))
    assert dialog.task is None
    assert "busy" in dialog.result_page.headline.text()
    assert ops.busy  # still the restore's, not ours to clear


def test_import_data_opens_the_dialog_modally(qtbot, ops: Ops) -> None:
    shown: list[bool] = []

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        shown.append(isinstance(dialog, ImportDialog))
        dialog.reject()

    QTimer.singleShot(0, close)
    exchange.import_data(None, ops)  # type: ignore[arg-type]
    assert shown == [True]
