"""The column-mapping step of a spreadsheet import: which column holds what, with a
preview of the first rows read exactly as the import will read them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bounceback.db.enums import Status
from bounceback.services.exchange.csv_import import (
    FIELDS,
    CsvField,
    CsvRow,
    CsvTable,
    guess_mapping,
)
from bounceback.services.exchange.import_dates import day_first_for, parse_day
from bounceback.services.exchange.import_fields import read_status
from bounceback.services.exchange.import_text import BadValue, is_blank
from bounceback.ui.common import labels, tones
from bounceback.ui.common.cells import show_statuses
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.common.ops import translate_message
from bounceback.ui.common.table_model import TONE_ROLE
from bounceback.ui.common.views import table_look
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole

PREVIEW_ROWS = 5
# The preview's columns: company, role, applied on, status.
PREVIEW_APPLIED, PREVIEW_STATUS = 2, 3
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# Item data are never None: PySide6 6.12 drops a reference to None each time
# ``currentData()`` returns it, which crashes the interpreter sooner or later.
NOT_IN_FILE = ""  # headers are never empty (import_table names them "Column 3")
ORDERS: dict[str, bool | None] = {"unsure": None, "day": True, "month": False}
DATE_FIELDS = ("applied_on", "status_on")
ColumnMapping = dict[str, str | None]  # our field -> the file's header


# --- reading rows as the import will (no widgets) ----------------------------------------


@dataclass(frozen=True)
class PreviewRow:
    company: str
    role: str
    applied_text: str  # as written in the file
    applied_on: dt.date | None
    applied_problem: str | None  # why the date can't be read, in English
    status: Status


def preview_rows(table: CsvTable, mapping: Mapping[str, str | None], day_first: bool | None,
                 limit: int = PREVIEW_ROWS) -> list[PreviewRow]:
    """The first rows as :func:`import_applications_csv` would read their main fields."""
    order = day_first if day_first is not None else day_first_for(
        table.column(mapping.get("applied_on")))
    index = {field: table.index(header) for field, header in mapping.items()}
    rows: list[PreviewRow] = []
    for row in table.rows[:limit]:
        # No function defined in this loop: one there made pyside6-lupdate file every string
        # of MappingPage below under no class, so none of them was translated.
        cell = {field: _cell(row, index.get(field))
                for field in ("company", "role", "applied_on", "status")}
        applied, problem = None, None
        if cell["applied_on"]:
            try:
                applied = parse_day(cell["applied_on"], order)
            except BadValue as exc:
                problem = exc.message
        rows.append(PreviewRow(cell["company"], cell["role"], cell["applied_on"], applied,
                               problem, read_status(cell["status"])[0]))
    return rows


def _cell(row: CsvRow, column: int | None) -> str:
    value = row.get(column)
    return "" if is_blank(value) else value.strip()


def date_order_unsettled(table: CsvTable, mapping: Mapping[str, str | None]) -> bool:
    """Whether a chosen date column has dates like 03/04/2025 that nothing in the file
    explains (is it 3 April or March 4?)."""
    for field in DATE_FIELDS:
        values = table.column(mapping.get(field))
        if day_first_for(values) is not None:
            continue
        for value in values:
            if is_blank(value):
                continue
            try:
                parse_day(value, None)
            except BadValue:
                try:
                    parse_day(value, True)
                    return True
                except BadValue:
                    continue
    return False


# --- the page ----------------------------------------------------------------------------


class MappingPage(QWidget):
    """Shows a combo per field; ``changed`` fires whenever the mapping or date order moves."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: CsvTable | None = None
        self.combos: dict[str, QComboBox] = {}

        intro = QLabel(self.tr(
            "Which column holds what? BounceBack has made a guess; change anything that looks "
            "wrong. Columns you leave out are kept in each application's notes."), self)
        intro.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        half = (len(FIELDS) + 1) // 2
        for i, field in enumerate(FIELDS):
            combo = QComboBox(self)
            combo.setObjectName(f"column_{field.key}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            label = QLabel(self._field_label(field), self)
            label.setBuddy(combo)
            if field.required:
                set_role(label, TextRole.STRONG)
            combo.setAccessibleName(translate_message(field.label))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.combos[field.key] = combo
            row, col = i % half, (i // half) * 2
            grid.addWidget(label, row, col)
            grid.addWidget(combo, row, col + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        legend = QLabel(self.tr("* needed for every row"), self)

        self.order_label = QLabel(self.tr("&Dates like 03/04/2025 mean:"), self)
        self.order = QComboBox(self)
        self.order.setObjectName("date_order")
        self.order.addItem(self.tr("Not sure: list the unclear ones for me"), "unsure")
        self.order.addItem(self.tr("3 April (day first)"), "day")
        self.order.addItem(self.tr("March 4 (month first)"), "month")
        self.order_label.setBuddy(self.order)
        self.order.currentIndexChanged.connect(self._refresh)
        order_row = QHBoxLayout()
        order_row.addWidget(self.order_label)
        order_row.addWidget(self.order)
        order_row.addStretch(1)

        preview_title = QLabel(self.tr("How the first rows will be read"), self)
        set_role(preview_title, TextRole.STRONG)
        self.preview = QTableWidget(0, 4, self)
        self.preview.setObjectName("preview")
        self.preview.setHorizontalHeaderLabels([
            self.tr("Company"), self.tr("Role"), self.tr("Applied on"), self.tr("Status")])
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table_look(self.preview)
        show_statuses(self.preview, PREVIEW_STATUS)
        # The dates from the right, under their title, as in every list.
        title = self.preview.horizontalHeaderItem(PREVIEW_APPLIED)
        if title is not None:
            title.setTextAlignment(RIGHT)
        rows_high = self.preview.verticalHeader().defaultSectionSize() * PREVIEW_ROWS
        self.preview.setMinimumHeight(
            rows_high + self.preview.horizontalHeader().sizeHint().height()
            + 2 * self.preview.frameWidth() + 2)
        self.preview_count = QLabel(self)
        self.preview_count.setObjectName("preview_count")

        self.hint = QLabel(self)
        self.hint.setObjectName("mapping_hint")
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(legend)
        layout.addLayout(order_row)
        layout.addSpacing(6)
        layout.addWidget(preview_title)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.preview_count)
        layout.addWidget(self.hint)
        self._show_order(False)

    @staticmethod
    def _field_label(field: CsvField) -> str:
        text = translate_message(field.label)
        return fill(tr("%1 *"), text) if field.required else text

    def set_table(self, table: CsvTable) -> None:
        """Fill the combos with the file's headers, chosen as ``guess_mapping`` guesses."""
        self.table = table
        guess = guess_mapping(table.headers)
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in this file)"), NOT_IN_FILE)
            for header in table.headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(combo.findData(guess.get(key) or NOT_IN_FILE), 0))
            combo.blockSignals(False)
        self.order.setCurrentIndex(0)
        self._mapping_changed()

    def mapping(self) -> ColumnMapping:
        return {key: combo.currentData() or None for key, combo in self.combos.items()}

    def choose(self, field: str, header: str | None) -> None:
        """Set one field's column, as choosing it in the combo does."""
        combo = self.combos[field]
        combo.setCurrentIndex(combo.findData(header or NOT_IN_FILE))

    def day_first(self) -> bool | None:
        # While hidden the order is always the first choice, "not sure".
        return ORDERS[self.order.currentData()]

    def choose_order(self, day_first: bool | None) -> None:
        key = next(k for k, v in ORDERS.items() if v is day_first)
        self.order.setCurrentIndex(self.order.findData(key))

    def missing(self) -> list[CsvField]:
        mapping = self.mapping()
        return [f for f in FIELDS if f.required and mapping.get(f.key) is None]

    def is_complete(self) -> bool:
        return self.table is not None and not self.missing()

    def _show_order(self, shown: bool) -> None:
        self.order_label.setVisible(shown)
        self.order.setVisible(shown)

    def _mapping_changed(self, *_args: object) -> None:
        if self.table is None:
            return
        # Once the person has picked an order, keep the choice in view even if the
        # mapping changes, so it never applies unseen.
        self._show_order(self.order.currentIndex() != 0
                         or date_order_unsettled(self.table, self.mapping()))
        self._refresh()

    def _refresh(self, *_args: object) -> None:
        if self.table is None:
            return
        rows = preview_rows(self.table, self.mapping(), self.day_first())
        self.preview.setRowCount(len(rows))
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for r, row in enumerate(rows):
            applied = QTableWidgetItem(labels.date(row.applied_on) or row.applied_text)
            applied.setTextAlignment(RIGHT)
            if row.applied_problem:
                applied.setIcon(warn)
                applied.setToolTip(translate_message(row.applied_problem))
            status = QTableWidgetItem(labels.status(row.status))
            status.setData(TONE_ROLE, tones.status(row.status))
            for c, item in enumerate((QTableWidgetItem(row.company), QTableWidgetItem(row.role),
                                      applied, status)):
                self.preview.setItem(r, c, item)
        total = len(self.table.rows)
        if len(rows) == total:
            # In English, for one: "The file has one row."
            counted = self.tr("The file has %Ln row(s).", "", total)
        else:
            counted = fill(self.tr("Showing %1 of the file's %2 rows."), len(rows), total)
        self.preview_count.setText(counted)
        missing = self.missing()
        self.hint.setText(
            fill(self.tr("Please choose the column that holds the %1."),
                 translate_message(missing[0].label).lower()) if missing else "")

        self.hint.setVisible(bool(missing))
        self.changed.emit()
