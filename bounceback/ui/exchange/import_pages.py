"""The import wizard's simple pages: what and where, Daylio's own moods, and how it went."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from bounceback.services import vocabulary as vocab
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.common.widgets import ErrorLabel
from bounceback.ui.exchange.file_field import FileField
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole

JSON, CSV, DAYLIO, JRNL, LINKEDIN = "json", "csv", "daylio", "jrnl", "linkedin"
# A mood nobody has placed yet starts in the middle, where the check-in form starts.
MIDDLE_MOOD = 5


@dataclass(frozen=True)
class ImportKind:
    key: str
    label: str
    hint: str
    name_filter: str
    has_lines: bool  # whether its problems point at lines of the file
    folders: bool = False  # whether a folder can be chosen instead of a file


def import_kinds() -> list[ImportKind]:
    csv_files = tr("CSV files (*.csv *.tsv *.txt);;All files (*)")
    json_files = tr("JSON files (*.json);;All files (*)")
    return [
        ImportKind(JSON, tr("BounceBack &export (JSON)"), tr(
            "A file saved with File → Export as “Everything, as BounceBack JSON”, perhaps on "
            "another computer. Entries you already have here are left as they are."),
            json_files, False),
        ImportKind(CSV, tr("&Spreadsheet of applications (CSV)"), tr(
            "From Excel, LibreOffice, Google Sheets or another job tracker, saved as CSV. "
            "You'll match its columns in the next step."), csv_files, True),
        ImportKind(DAYLIO, tr("&Daylio mood export (CSV)"), tr(
            "In Daylio: More → Export entries → CSV. Each entry becomes a check-in with its "
            "mood, note and activities."), csv_files, True),
        ImportKind(JRNL, tr("j&rnl journal (JSON)"), tr(
            "Made with “jrnl --export json”. Each entry becomes a check-in with its text and "
            "tags."), json_files, True),
        ImportKind(LINKEDIN, tr("&LinkedIn data archive (ZIP)"), tr(
            "In LinkedIn: Settings → Data privacy → Get a copy of your data. Choose the ZIP "
            "as it came, the folder it unpacks to, or one of its CSV files. Only your job "
            "applications, saved jobs and connections are read."),
            tr("LinkedIn archive (*.zip *.csv);;All files (*)"), True, folders=True),
    ]


class ChoosePage(QWidget):
    kind_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds = {k.key: k for k in import_kinds()}
        intro = QLabel(self.tr(
            "Bring entries in from a file. Nothing you have now is changed or replaced, and "
            "entries already here are skipped, so importing a file twice is safe."), self)
        intro.setWordWrap(True)
        question = QLabel(self.tr("What kind of file is it?"), self)
        set_role(question, TextRole.STRONG)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        radios = QVBoxLayout()
        for kind in self.kinds.values():
            radio = QRadioButton(kind.label, self)
            radio.setObjectName(f"kind_{kind.key}")
            self.group.addButton(radio)
            self.radios[kind.key] = radio
            radios.addWidget(radio)
        self.hint = QLabel(self)
        self.hint.setObjectName("kind_hint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 4)
        self.file = FileField(saving=False, parent=self)
        self.file.setAccessibleName(self.tr("File to import"))
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.file.edit)
        self.error = ErrorLabel(self)
        self.error.setObjectName("error")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(question)
        layout.addLayout(radios)
        layout.addWidget(self.hint)
        layout.addSpacing(6)
        row = QHBoxLayout()
        row.addWidget(file_label)
        row.addWidget(self.file, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

        self.group.buttonToggled.connect(self._toggled)
        self.file.changed.connect(self.error.clear_message)
        self.radios[JSON].setChecked(True)

    def kind(self) -> ImportKind:
        key = next(k for k, radio in self.radios.items() if radio.isChecked())
        return self.kinds[key]

    def choose_kind(self, key: str) -> None:
        self.radios[key].setChecked(True)

    def _toggled(self, _button: object, checked: bool) -> None:
        if checked:
            kind = self.kind()
            self.hint.setText(kind.hint)
            self.file.name_filter = kind.name_filter
            self.file.allow_folders(kind.folders)
            self.error.clear_message()
            self.kind_changed.emit(kind.key)


class MoodsPage(QWidget):
    """One spin box per Daylio mood BounceBack can't place on its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spins: dict[str, QSpinBox] = {}
        intro = QLabel(self.tr(
            "Daylio lets you name your own moods, so BounceBack can't tell where these sit. "
            "Please give each one a place from 1 (the hardest days) to 10 (the best)."), self)
        intro.setWordWrap(True)
        known = QLabel(self.tr(
            "For comparison, Daylio's own moods count as rad 10, good 8, meh 5, bad 3 and "
            "awful 1."), self)
        known.setWordWrap(True)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Which column holds what"))
        # Tab goes straight to the controls inside; the area scrolls to whichever has focus
        # (a focusable scroll area is a silent Tab stop, and where focus lands after a save).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form_host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(known)
        layout.addSpacing(6)
        layout.addWidget(scroll, 1)

    def set_moods(self, moods: list[str]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.spins = {}
        for i, mood in enumerate(moods):
            spin = QSpinBox(self.form_host)
            spin.setObjectName(f"mood_{i}")
            spin.setRange(vocab.OVERALL_MIN, vocab.OVERALL_MAX)
            spin.setValue(MIDDLE_MOOD)
            spin.setAccessibleName(fill(self.tr("Where “%1” sits"), mood))
            label = QLabel(mood, self.form_host)  # the person's own word, shown as written
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(spin)
            self.form.addRow(label, spin)
            self.spins[mood] = spin
        if moods:
            self.spins[moods[0]].setFocus()

    def moods(self) -> dict[str, int]:
        return {mood: spin.value() for mood, spin in self.spins.items()}


class ResultPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.headline = QLabel(self)
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QListWidget(self)
        self.problems.setObjectName("problems")
        self.problems.setAccessibleName(self.tr("Rows that need a fix"))
        self.problems.setWordWrap(True)
        self.problems.setEditTriggers(QListWidget.EditTrigger.NoEditTriggers)
        self.problems.setAlternatingRowColors(True)
        self.footer = QLabel(self)
        self.footer.setObjectName("footer")
        self.footer.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.headline, 1, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.footer)
        # Takes the room the problem list would, so a short success sits at the top.
        self.filler = QWidget(self)
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.filler, 1)

    def _set_icon(self, which: QStyle.StandardPixmap) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
        self.icon.setPixmap(self.style().standardIcon(which).pixmap(size, size))

    def show_success(self, text: str) -> None:
        self._set_icon(QStyle.StandardPixmap.SP_DialogApplyButton)
        self.headline.setText(text)
        self.problems.clear()
        self.problems.hide()
        self.filler.show()
        self.footer.setText(self.tr("You'll find everything in the tabs, as usual."))

    def show_failure(self, headline: str, lines: list[str]) -> None:
        self._set_icon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.headline.setText(headline)
        self.problems.clear()
        self.problems.addItems(lines)
        self.problems.setVisible(bool(lines))
        self.filler.setVisible(not lines)
        self.footer.setText(self.tr(
            "Your entries are as they were. Once the file is fixed, or with another file, "
            "you can try again.") if lines else "")
