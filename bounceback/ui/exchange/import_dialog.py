"""File → Import…: a small wizard. Choose the kind of file and the file; match a
spreadsheet's columns or place Daylio's own moods when needed; import on a worker in one
transaction; then say what was added, or which rows need a fix (and that nothing changed).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from bounceback.services.errors import ServiceError
from bounceback.services.exchange import csv_import, daylio, jrnl, json_format, linkedin
from bounceback.services.exchange.common import ExchangeError, ImportResult
from bounceback.services.exchange.linkedin_read import LinkedInArchive, read_linkedin
from bounceback.ui.common.background import Progress, Task, run_in_background
from bounceback.ui.common.dialogs import fit_to_screen, scrolling_body
from bounceback.ui.common.ops import Ops, translate_message
from bounceback.ui.exchange.csv_mapping import MappingPage
from bounceback.ui.exchange.import_pages import (
    CSV,
    DAYLIO,
    JRNL,
    JSON,
    LINKEDIN,
    ChoosePage,
    MoodsPage,
    ResultPage,
)
from bounceback.ui.exchange.linkedin_page import LinkedInPage
from bounceback.ui.exchange.summary import describe_result, failure_headline, problem_lines
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole

# The import proper, given the worker's own session and the progress callback.
# Takes the import's one Session; typed loosely so the UI needs nothing from SQLAlchemy.
Importer = Callable[[Any, Progress], ImportResult]


class _StepLayout(QStackedLayout):
    """The wizard's steps, one at a time. The dialog opens at the size of the largest step,
    but the height to scroll is the shown step's own: a short step never scrolls for a taller
    hidden one (QStackedLayout's own answer is the tallest of all)."""

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        return page.heightForWidth(width) if page is not None else -1

    def minimumSize(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSize()


class _Steps(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.steps = _StepLayout(self)
        self.steps.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> None:
        self.steps.addWidget(page)

    def currentWidget(self) -> QWidget | None:
        return self.steps.currentWidget()

    def setCurrentWidget(self, page: QWidget) -> None:
        self.steps.setCurrentWidget(page)
        self.steps.invalidate()


class ImportDialog(QDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.task: Task | None = None
        self.outcome: ImportResult | None = None
        self.failure: BaseException | None = None
        self._back_to: QWidget | None = None
        self.daylio_file: daylio.DaylioFile | None = None
        self.archive: LinkedInArchive | None = None
        self.setWindowTitle(self.tr("Import"))

        self.title = QLabel(self)
        self.title.setObjectName("page_title")
        set_role(self.title, TextRole.HEADING)

        self.choose = ChoosePage(self)
        self.mapping = MappingPage(self)
        self.moods = MoodsPage(self)
        self.linkedin = LinkedInPage(self)
        self.result_page = ResultPage(self)
        self.stack = _Steps(self)
        for page in (self.choose, self.mapping, self.moods, self.linkedin, self.result_page):
            self.stack.addWidget(page)

        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.back_button.setObjectName("back")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("next")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")
        for button in (self.back_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout()
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        # The steps scroll, the Back / Next / Close buttons stay in view, on any screen.
        button_row = QWidget(self)
        button_row.setLayout(buttons)
        self.body = scrolling_body(self, layout, button_row)
        # One size for every step, the columns step's (the largest), so nothing jumps; never
        # larger than the screen.
        hint = self.sizeHint()
        fit_to_screen(self, max(hint.width(), 720), max(hint.height(), 540))

        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.close_button.clicked.connect(self._close_clicked)
        self.choose.kind_changed.connect(lambda _key: self._update_buttons())
        self.mapping.changed.connect(self._update_buttons)
        self._show(self.choose)
        self.choose.radios[JSON].setFocus()

    # --- navigation ----------------------------------------------------------------------
    def _show(self, page: QWidget) -> None:
        titles = {
            self.choose: self.tr("Which file?"),
            self.mapping: self.tr("Match the columns"),
            self.moods: self.tr("Place your own moods"),
            self.linkedin: self.tr("What the archive holds"),
            self.result_page: self.tr("Done") if self.outcome is not None
            else self.tr("This file needs a look"),
        }
        self.title.setText(titles[page])
        self.stack.setCurrentWidget(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.stack.currentWidget()
        running = self.task is not None and self.task.running
        on_result = page is self.result_page
        self.back_button.setVisible(page in (self.mapping, self.moods, self.linkedin)
                                    or (on_result and self.outcome is None))
        self.next_button.setVisible(not on_result)
        ready = self.mapping.is_complete() if page is self.mapping else True
        self.next_button.setEnabled(ready and not running)
        self.back_button.setEnabled(not running)
        self.close_button.setEnabled(not running)
        if page is self.choose:
            self.next_button.setText(self.tr("&Next >") if self.choose.kind().key == CSV
                                     else self.tr("&Import"))
        else:
            self.next_button.setText(self.tr("&Import"))
        self.close_button.setText(self.tr("Close") if on_result else self.tr("Cancel"))
        default = self.close_button if on_result else self.next_button
        default.setDefault(True)
        (self.next_button if on_result else self.close_button).setDefault(False)

    def go_back(self) -> None:
        page = self.stack.currentWidget()
        if page is self.result_page and self._back_to is not None:
            self._show(self._back_to)
        elif page in (self.mapping, self.moods, self.linkedin):
            self._show(self.choose)

    def go_next(self) -> None:
        if self.task is not None and self.task.running:
            return
        page = self.stack.currentWidget()
        if page is self.choose:
            self._from_choose()
        elif page is self.mapping and self.mapping.is_complete():
            self._import_csv()
        elif page is self.moods:
            self._import_daylio(self.moods.moods())
        elif page is self.linkedin:
            self._import_linkedin(self.linkedin.chosen())

    def _close_clicked(self) -> None:
        if self.outcome is not None:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            return  # an import finishes whole or not at all; its end is shown here
        super().reject()

    # --- step 1: the file ----------------------------------------------------------------
    def _checked_path(self) -> Path | None:
        path = self.choose.file.path()
        edit = self.choose.file.edit
        if path is None:
            self.choose.error.point_at(edit, self.tr("Please choose the file to import."))
        elif path.is_dir() and not self.choose.kind().folders:
            self.choose.error.point_at(edit, self.tr(
                "That is a folder; please choose a file inside it."))
        elif not path.exists():
            self.choose.error.point_at(edit, self.tr(
                "There is no file there. Please check the name, or use Choose…"))
        else:
            return path
        return None

    def _from_choose(self) -> None:
        self.choose.error.clear_message()
        path = self._checked_path()
        if path is None:
            return
        key = self.choose.kind().key
        if key == CSV:
            self._read(lambda: csv_import.read_csv_table(path), self._table_read)
        elif key == DAYLIO:
            self._read(lambda: daylio.read_daylio(path), self._daylio_read)
        elif key == JSON:
            self._run(lambda s, progress: json_format.import_json(s, path, progress))
        elif key == JRNL:
            self._run(lambda s, progress: jrnl.import_jrnl(s, path, progress))
        elif key == LINKEDIN:
            self._read(lambda: read_linkedin(path), self._archive_read)

    def _read(self, read: Callable[[], Any], then: Callable[[Any], None]) -> None:
        """Read (and check) the file on a worker before asking anything about it."""

        def failed(exc: BaseException) -> None:
            self._update_buttons()
            if isinstance(exc, ExchangeError) and exc.problems:
                self._back_to = self.choose
                self._failed(exc)
            elif isinstance(exc, ServiceError):
                self.choose.error.point_at(self.choose.file.edit, translate_message(exc.message))
            else:
                self.choose.error.point_at(self.choose.file.edit, self.tr(
                    "BounceBack couldn't read this file. Is it the right one?"))

        def done(value: Any) -> None:
            self._update_buttons()
            then(value)

        self.task = run_in_background(self, self.tr("Reading the file…"),
                                      lambda _progress: read(), on_done=done, on_error=failed)
        self._update_buttons()

    def _table_read(self, table: csv_import.CsvTable) -> None:
        self.mapping.set_table(table)
        self._show(self.mapping)
        next(iter(self.mapping.combos.values())).setFocus()

    def _daylio_read(self, file: daylio.DaylioFile) -> None:
        self.daylio_file = file
        unknown = daylio.unknown_moods(file)
        if unknown:
            self.moods.set_moods(unknown)
            self._show(self.moods)
        else:
            self._import_daylio({})

    def _archive_read(self, archive: LinkedInArchive) -> None:
        """What the archive would add is worked out against the store as it is now; the
        import works it out again inside its own transaction."""
        self.archive = archive

        def shown(found: linkedin.LinkedInPreview) -> None:
            self._update_buttons()
            if found.nothing_new:  # nothing to choose or confirm: said at once, nothing written
                self._imported(ImportResult(skipped={linkedin.APPLICATIONS: found.already}))
                return
            self.linkedin.set_preview(found)
            self._show(self.linkedin)
            self.linkedin.focus_first()

        def failed(exc: BaseException) -> None:
            self._back_to = self.choose
            self._failed(exc)

        self.task = self.ops.read_in_background(
            self, self.tr("Reading the archive…"),
            lambda s, _progress: linkedin.preview(s, archive), on_done=shown, on_error=failed)
        self._update_buttons()

    # --- step 2, then the import ---------------------------------------------------------
    def _import_csv(self) -> None:
        table = self.mapping.table
        assert table is not None
        mapping = self.mapping.mapping()
        day_first = self.mapping.day_first()
        self._run(lambda s, progress: csv_import.import_applications_csv(
            s, table, mapping, progress, day_first=day_first))

    def _import_daylio(self, moods: dict[str, int]) -> None:
        file = self.daylio_file
        assert file is not None
        self._run(lambda s, progress: daylio.import_daylio(s, file, progress, moods=moods))

    def _import_linkedin(self, people: list[str]) -> None:
        archive = self.archive
        assert archive is not None
        self._run(lambda s, progress: linkedin.import_linkedin_archive(
            s, archive, progress, people=people))

    def _run(self, importer: Importer) -> None:
        """One transaction on a worker: any error inside rolls every row back."""
        self._back_to = self.stack.currentWidget()
        # Other writes (a draft saved on a timer) wait until the import is in; Ops tells
        # every screen what it changed.
        self.task = self.ops.write_in_background(
            self, self.tr("Importing…"), importer, on_done=self._imported, on_error=self._failed)
        if self.task is None:
            self.failure = None
            self.result_page.show_failure(self.tr(
                "BounceBack is busy looking after your data file. Nothing was imported; "
                "please try again in a moment."), [])
            self._show(self.result_page)
            return
        self._update_buttons()

    def _imported(self, result: ImportResult) -> None:
        self.outcome = result
        self.failure = None
        text = describe_result(result)
        self.result_page.show_success(text)
        self._show(self.result_page)
        self.close_button.setFocus()
        self.ops.message.emit(text)

    def _failed(self, exc: BaseException) -> None:
        self.failure = exc
        numbered = self.choose.kind().has_lines
        self.result_page.show_failure(failure_headline(exc), problem_lines(exc, numbered=numbered))
        self._show(self.result_page)
        self.close_button.setFocus()
