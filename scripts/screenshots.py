"""Take the screenshots in docs/ from the real program, over the demo data.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py OUT_DIR [--appearance dark]

One picture per tab (``<tab key>.png``; the README shows timeline.png) and the moments the
user guide (docs/guide/) shows: a form being filled in, a letter, a dialog. ``SHOTS`` names
every picture and how it is reached, in the order they are taken; tests/test_guide.py checks
that the guide and this list agree. Run it again whenever a screen changes.

The pictures show the theme's Light look (the desktop's own colours would differ from one
machine to the next); ``--appearance dark`` takes the same pictures in Dark, to look at.

Everything happens in a throw-away folder (data, settings, home), removed at the end: the
real data folder is never opened. Dialogs are opened the way a person opens them, through
the menus and buttons, so a picture can only show what the program really has.
"""

from __future__ import annotations

import argparse
import datetime as dt
import faulthandler
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_files import linkedin_archive
from seed_demo import sandbox, seed

from bounceback import paths
from bounceback.db import backups
from bounceback.db.enums import ReviewStage, Source, Status
from bounceback.services import applications, contacts, review
from bounceback.ui import appearance, language
from bounceback.ui.common import dialogs, preferences
from bounceback.ui.common.ops import Ops
from bounceback.ui.main_window import MainWindow

WINDOW_SIZE = (1200, 760)
# The whole run takes a few seconds; past this, something waits for a click that never
# comes: say where, and stop, rather than hang a test or a terminal.
WATCHDOG_SECONDS = 90


@dataclass
class Scene:
    """What every shot works with: the window over the demo data, and the demo's ids."""

    app: QApplication
    window: MainWindow
    north: int  # Northwind Traders: rejected, with a plan, feedback and a review
    dana: int  # its interviewer, already thanked
    sam: int  # its recruiter, not thanked yet


@dataclass(frozen=True)
class Shot:
    how: str  # how a person gets there, as the guide says it
    take: Callable[[Scene], QWidget | QPixmap]


# --- helpers ---------------------------------------------------------------------------------
def settle(seconds: float = 0.3) -> None:
    """Let timers, layouts and background reads (charts, "what helps you") finish."""
    app = QApplication.instance()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def menu_action(menu: QMenu, text: str) -> QAction:
    """The menu entry shown as ``text`` (without its & shortcut marker)."""
    for action in menu.actions():
        if action.text().replace("&", "") == text:
            return action
    raise LookupError(f"no “{text}” in the {menu.title().replace('&', '')} menu")


def button(parent: QWidget, text: str) -> QPushButton:
    """The button showing ``text`` (without its & shortcut marker) inside ``parent``."""
    for found in parent.findChildren(QPushButton):
        if found.text().replace("&", "") == text and found.isVisible():
            return found
    raise LookupError(f"no “{text}” button in {parent.windowTitle()}")


def grab_modal(open_it: Callable[[], None],
               prepare: Callable[[QWidget], object] | None = None) -> QPixmap:
    """Open a dialog that runs its own event loop (``exec``), picture it, then close it."""
    taken: list[QPixmap] = []
    failed: list[BaseException] = []

    def take() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        try:
            settle(0.2)
            if prepare is not None:
                prepare(dialog)
            settle()
            taken.append(dialog.grab())
        except Exception as exc:  # raised again below, once the dialog has closed
            failed.append(exc)
        finally:
            dialog.reject()

    QTimer.singleShot(0, take)
    open_it()
    if failed:
        raise failed[0]
    if not taken:
        raise RuntimeError("the dialog did not open")
    return taken[0]


def tab_shot(key: str) -> Callable[[Scene], QWidget]:
    """A tab as it opens on the demo's richest application."""
    def take(scene: Scene) -> QWidget:
        page = scene.window.show_tab(key)
        page.show_application(scene.north)
        settle()
        return scene.window
    return take


# --- recording applications ------------------------------------------------------------------
def application_editor(scene: Scene) -> QWidget:
    tab = scene.window.timeline
    scene.window.new_application()
    form = tab.form
    form.company.setText("Adventure Works")
    form.role.setText("Senior UX designer")
    form.status.setCurrentIndex(form.status.findData(Status.APPLIED))
    form.source.setCurrentIndex(form.source.findData(Source.DIRECT))
    form.link.setText("https://jobs.example.org/adventure-works/88")
    form.salary_min.setValue(70000)
    form.salary_max.setValue(80000)
    form.currency.setText("EUR")
    form.job_description.setPlainText(
        "Lead the design of our booking app with a team of four. Design systems, research, "
        "and close work with engineering.")
    form.notes.setPlainText("Found it on the design jobs board. Mention the booking redesign.")
    tab._update_buttons()
    settle()
    return scene.window


def event_dialog(scene: Scene) -> QPixmap:
    tab = scene.window.timeline
    tab.discard()  # the new application above is only a picture
    tab.show_application(scene.north)
    tab.related.setCurrentWidget(tab.related.history)
    settle()

    def fill(dialog: QWidget) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findText("Interview"))
        dialog.round.setValue(3)
        dialog.interviewers.setText("Dana Reyes, the head of product")
        dialog.details.setPlainText("Final round: a case study on the booking flow.")

    return grab_modal(tab.related.history.add_button.click, fill)


def people(scene: Scene) -> QWidget:
    tab = scene.window.show_tab("timeline")
    tab.show_application(scene.north)
    tab.show_section("people")
    settle()
    return scene.window


def thank_you(scene: Scene) -> QWidget:
    related = scene.window.timeline.related
    related.write_thank_you(scene.sam)
    dialog = related.thank_you
    assert dialog is not None
    settle()
    return dialog


def close_thank_you(scene: Scene) -> None:
    dialog = scene.window.timeline.related.thank_you
    if dialog is not None:
        dialog.reject()
        settle(0.1)


# --- documents, saved jobs and the board -----------------------------------------------------
def documents(scene: Scene) -> QWidget:
    close_thank_you(scene)
    tab = scene.window.show_tab("timeline")
    tab.show_application(scene.north)
    tab.related.setCurrentWidget(tab.related.documents)
    settle()
    return scene.window


def document(scene: Scene) -> QWidget:
    """The CV sent, opened from the list: read inside BounceBack."""
    related = scene.window.timeline.related
    panel = related.documents
    row = next(r for r in range(panel.proxy.rowCount())
               if panel.proxy.index(r, 0).data().endswith(".pdf"))
    panel.view.selectRow(row)
    panel.edit_button.click()
    window = related.document_actions.windows[-1]
    window.resize(760, 620)
    settle(0.8)  # pages are drawn on a worker
    return window


def close_documents(scene: Scene) -> None:
    for window in list(scene.window.timeline.related.document_actions.windows):
        window.close()
    settle(0.1)


def saved_job(scene: Scene) -> QWidget:
    close_documents(scene)
    tab = scene.window.show_tab("timeline")
    with tab.ops.store.session() as s:
        saved = next(a.id for a in applications.list_applications(s)
                     if a.status == Status.SAVED)
    tab.show_application(saved)
    settle()
    return scene.window


def board(scene: Scene) -> QWidget:
    tab = scene.window.show_tab("timeline")
    tab.board_button.click()
    settle()
    return scene.window


def leave_board(scene: Scene) -> None:
    tab = scene.window.timeline
    if tab.board_button.isChecked():
        tab.board_button.click()
        settle(0.1)


# --- today -----------------------------------------------------------------------------------
def reminders(scene: Scene) -> QPixmap:
    leave_board(scene)
    today = scene.window.show_tab("today")
    return grab_modal(today.settings_button.click)


# --- checking in -----------------------------------------------------------------------------
def checkin_writing(scene: Scene) -> QWidget:
    tab = scene.window.show_tab("checkin")
    tab.show_application(scene.north)
    settle()
    form = tab.form
    for key in ("disappointment", "self_doubt", "frustration"):
        form.emotions.chips[key].click()
    form.emotions.slider("disappointment").setValue(8)
    form.emotions.slider("self_doubt").setValue(6)
    form.emotions.slider("frustration").setValue(4)
    form.coping["call_friend"].click()
    form.overall.slider.setValue(4)
    form.journal.setPlainText(
        "Heard back from Northwind today. It stings: I really wanted this one.\n"
        "Called Priya. She reminded me the panel went well and that it came down to "
        "leadership examples, which I can work on.")
    settle()
    # Down to the sliders, the way of coping and the journal: the chips are in checkin.png.
    holder = tab.scroll.widget()
    top = form.emotions.strength_heading.mapTo(holder, QPoint(0, 0)).y()
    tab.scroll.verticalScrollBar().setValue(top - 12)
    settle()
    return scene.window


def checkin_insights(scene: Scene) -> QWidget:
    tab = scene.window.checkin
    tab.discard()
    tab.views.setCurrentWidget(tab.views.insights)
    settle(1.0)  # the charts are read and drawn on a worker
    return scene.window


# --- feedback --------------------------------------------------------------------------------
def feedback_request(scene: Scene) -> QWidget:
    scene.window.checkin.views.setCurrentIndex(0)
    tab = scene.window.show_tab("feedback")
    tab.show_application(scene.north)
    settle()
    tab.new_note()
    form = tab.form
    pick = form.contact.findData(scene.dana)
    form.contact.setCurrentIndex(pick)
    form.contact.activated.emit(pick)
    form.draft_button.click()
    settle()
    # What someone who is hurting might type first; the tone check offers a kinder line.
    body = form.request.body
    body.setPlainText(body.toPlainText().replace(
        "I'm always working to grow",
        "I still can't believe it went this way. I'm always working to grow", 1))
    settle(0.6)  # the tone check waits for a pause in typing
    tab.scroll.ensureWidgetVisible(form.request.framing_panel, 0, 40)
    settle()
    return scene.window


# --- review ----------------------------------------------------------------------------------
def review_action(scene: Scene) -> QWidget:
    feedback = scene.window.feedback
    feedback.discard()
    tab = scene.window.show_tab("review")
    tab.show_application(scene.north)
    settle()
    items = tab.ops.read(review.list_items, scene.north)
    last_round = [i for i in items if i.text.startswith("Interview round")][-1]
    tab.select_item(last_round.id)
    settle()
    editor = tab.editor
    editor.radios[1].click()  # To improve
    editor.note.setPlainText(
        "They asked how I lead without authority. I rambled and forgot the design-system "
        "story.")
    editor.action_area.text.setText("Practise the leadership answer out loud with Priya")
    editor.action_area.due.set_value(dt.date.today() + dt.timedelta(days=5))
    settle()
    return scene.window


def compare(scene: Scene) -> QWidget:
    """Review: "My resume fit this role", with the CV sent beside the job description."""
    tab = scene.window.show_tab("review")
    tab.editor.revert()  # the finding above is only a picture
    items = tab.ops.read(review.list_items, scene.north)
    resume = next(i for i in items if i.stage == ReviewStage.RESUME)
    tab.select_item(resume.id)
    settle()
    tab.editor.compare_button.click()
    window = tab.compare_window
    window.resize(1100, 640)
    settle(0.8)
    return window


def close_compare(scene: Scene) -> None:
    window = getattr(scene.window.review, "compare_window", None)
    if window is not None and window.isVisible():
        window.close()
        settle(0.1)


# --- search, privacy, backups, import and export ---------------------------------------------
def search(scene: Scene) -> QWidget:
    close_compare(scene)
    scene.window.review.discard()
    scene.window.show_tab("timeline")
    menu_action(scene.window.view_menu, "Search everything…").trigger()
    dialog = scene.window._search
    assert dialog is not None
    dialog.edit.setText("leadership")
    dialog.search_now()
    settle()
    return dialog


def privacy(scene: Scene) -> QPixmap:
    if scene.window._search is not None:
        scene.window._search.close()
    return grab_modal(menu_action(scene.window.file_menu, "Privacy and security…").trigger)


def passphrase(scene: Scene) -> QPixmap:
    inner: list[QPixmap] = []

    def fill(dialog: QWidget) -> None:
        dialog.new.setText("a kettle on a sunny morning")
        dialog.repeat.setText("a kettle on a sunny morning")
        dialog.understood.setChecked(True)

    def open_protect(privacy_dialog: QWidget) -> None:
        inner.append(grab_modal(button(privacy_dialog, "Protect with a passphrase…").click,
                                fill))

    grab_modal(menu_action(scene.window.file_menu, "Privacy and security…").trigger,
               open_protect)
    return inner[0]


def restore(scene: Scene) -> QPixmap:
    def pick_first(dialog: QWidget) -> None:
        dialog.list.setCurrentRow(0)
        settle(0.5)  # what a backup holds is read on a worker

    return grab_modal(menu_action(scene.window.file_menu, "Restore from a backup…").trigger,
                      pick_first)


def export(scene: Scene) -> QPixmap:
    def choose(dialog: QWidget) -> None:
        dialog.file.edit.setText(f"~/Documents/bounceback-{dt.date.today().isoformat()}.json")

    return grab_modal(menu_action(scene.window.file_menu, "Export…").trigger, choose)


# A spreadsheet kept before BounceBack, in the sandbox's home, for File → Import.
SPREADSHEET = """Company,Position,Date applied,Stage,Where I saw it,Comments
Litware,Product designer,2026-09-02,Rejected,LinkedIn,Nice team; asked about research
Proseware,UX designer,2026-09-15,Interview,Referral from Jo,Second round next week
Lucerne Publishing,Design lead,2026-10-01,Applied,Company site,
"""


def import_(scene: Scene) -> QPixmap:
    documents = Path.home() / "Documents"
    documents.mkdir(exist_ok=True)
    (documents / "job-search.csv").write_text(SPREADSHEET, encoding="utf-8")

    def choose(dialog: QWidget) -> None:
        dialog.choose.choose_kind("csv")
        dialog.choose.file.edit.setText("~/Documents/job-search.csv")
        dialog.next_button.click()
        settle(0.6)  # the file is read on a worker; then its columns are matched

    return grab_modal(menu_action(scene.window.file_menu, "Import…").trigger, choose)


def import_linkedin(scene: Scene) -> QPixmap:
    documents = Path.home() / "Documents"
    documents.mkdir(exist_ok=True)
    archive = linkedin_archive(documents / "Basic_LinkedInDataExport.zip", dt.date.today())

    def choose(dialog: QWidget) -> None:
        dialog.choose.choose_kind("linkedin")
        dialog.choose.file.edit.setText(str(archive).replace(str(Path.home()), "~"))
        dialog.next_button.click()
        settle(1.0)  # read on a worker, then compared with the store on another
        offers = dialog.linkedin.offers
        offers.topLevelItem(1).setCheckState(0, Qt.CheckState.Checked)
        offers.setCurrentItem(offers.topLevelItem(1))

    return grab_modal(menu_action(scene.window.file_menu, "Import…").trigger, choose)


def about(scene: Scene) -> QPixmap:
    return grab_modal(menu_action(scene.window.help_menu, "About BounceBack").trigger)


def settings(scene: Scene) -> QPixmap:
    def fill(dialog: QWidget) -> None:
        dialog.general.name.setText("Alex Morgan")  # type: ignore[attr-defined]

    return grab_modal(menu_action(scene.window.file_menu, "Settings…").trigger, fill)


def welcome(scene: Scene) -> QPixmap:
    """The first start's welcome (opened here from Help, as it can be again any time)."""
    from bounceback.ui.welcome import show_welcome

    dialog = show_welcome(scene.window)
    settle()
    picture = dialog.grab()
    dialog.reject()
    settle(0.1)
    return picture


# Every picture, by file name (without .png), in the order taken. Later shots start from
# where earlier ones left the window, so the order matters.
SHOTS: dict[str, Shot] = {
    "today": Shot("the Today tab", tab_shot("today")),
    "plans": Shot("the Bounce back tab", tab_shot("plans")),
    "timeline": Shot("the Timeline tab", tab_shot("timeline")),
    "checkin": Shot("the Check-in tab, about Northwind", tab_shot("checkin")),
    "feedback": Shot("the Feedback tab, Northwind's answered request", tab_shot("feedback")),
    "review": Shot("the Review tab, Northwind's checklist", tab_shot("review")),
    "application-editor": Shot("File → New application, filled in", application_editor),
    "event-dialog": Shot("Timeline → History → Add event…", event_dialog),
    "people": Shot("Timeline → People", people),
    "thank-you": Shot("Timeline → People → Write thank-you…", thank_you),
    "documents": Shot("Timeline → Documents", documents),
    "document": Shot("Timeline → Documents → View (the CV sent, read inside BounceBack)",
                     document),
    "saved-job": Shot("Timeline: a job saved to apply to, with its deadline", saved_job),
    "board": Shot("Timeline → Board", board),
    "reminders": Shot("Today → Reminder settings…", reminders),
    "checkin-writing": Shot("a check-in being written", checkin_writing),
    "checkin-insights": Shot("Check-in → Insights", checkin_insights),
    "feedback-request": Shot("Feedback → Ask for feedback, drafted, with the tone check",
                             feedback_request),
    "review-action": Shot("Review: a finding to improve turned into an action", review_action),
    "compare": Shot("Review → My resume fit this role → Look at the CV you sent beside the "
                    "job description", compare),
    "search": Shot("View → Search everything… (Ctrl+K)", search),
    "privacy": Shot("File → Privacy and security…", privacy),
    "passphrase": Shot("File → Privacy and security… → Protect with a passphrase…",
                       passphrase),
    "restore": Shot("File → Restore from a backup…", restore),
    "export": Shot("File → Export…", export),
    "import": Shot("File → Import…, a spreadsheet at the column step", import_),
    "import-linkedin": Shot("File → Import… → LinkedIn data archive, before importing",
                            import_linkedin),
    "about": Shot("Help → About BounceBack", about),
    "settings": Shot("File → Settings…", settings),
    "welcome": Shot("Help → Welcome and example data… (shown by itself on a first start)",
                    welcome),
}


# --- the run ---------------------------------------------------------------------------------
def build_scene(app: QApplication, data: Path) -> tuple[Scene, Ops]:
    seed(paths.database_path())
    from bounceback.db.store import open_store

    store = open_store(paths.database_path(), backups=paths.backups_dir())
    # Two backups for File → Restore: yesterday's daily one and one made by hand just now.
    now = dt.datetime.now().replace(microsecond=0)
    backups.take_backup(store.path, None, store.backups_dir, backups.AUTO,
                        now=now - dt.timedelta(days=1, hours=2))
    backups.take_backup(store.path, None, store.backups_dir, backups.MANUAL, now=now)
    preferences.set_my_name("Alex Morgan")
    ops = Ops(store)
    window = MainWindow(ops, QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(*WINDOW_SIZE)
    window.show()
    settle()
    with store.session() as s:
        north = next(a.id for a in applications.list_applications(s)
                     if a.company == "Northwind Traders")
        people_there = {p.name: p.id for p in contacts.list_for_application(s, north)}
    return Scene(app, window, north, people_there["Dana Reyes"],
                 people_there["Sam Okafor"]), ops


def main() -> None:
    parser = argparse.ArgumentParser(description="Take the screenshots of docs/.")
    parser.add_argument("out", nargs="?", default="docs/screenshots")
    parser.add_argument("--appearance", choices=("light", "dark"), default="light")
    args = parser.parse_args()
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True)
    root = Path(tempfile.mkdtemp(prefix="bounceback-shots-"))
    try:
        data = sandbox(root)
        # The shots leave forms half filled on purpose; nothing may stop to ask about them.
        dialogs.ask_unsaved = lambda _parent, _what: dialogs.Unsaved.DISCARD
        app = QApplication.instance() or QApplication(sys.argv[:1])
        from bounceback.app import configure_application

        configure_application(app)
        # English with its plural forms ("5 applications", not "5 application(s)"), as the
        # program speaks it from its start.
        language.apply(language.SOURCE)
        appearance.apply(appearance.DARK_MODE if args.appearance == "dark" else appearance.LIGHT)
        scene, ops = build_scene(app, data)
        for name, shot in SHOTS.items():
            picture = shot.take(scene)
            if isinstance(picture, QWidget):
                picture = picture.grab()
            target = out / f"{name}.png"
            if not picture.save(str(target)):
                raise RuntimeError(f"could not write {target}")
            print(target, flush=True)
        close_thank_you(scene)
        scene.window.hide()
        scene.window.deleteLater()
        settle(0.1)
        ops.store.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
        faulthandler.cancel_dump_traceback_later()


if __name__ == "__main__":
    main()
