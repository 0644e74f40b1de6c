"""Form widgets the tabs share."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Mapping
from functools import cache

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextCharFormat, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyleOptionSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bounceback.services.errors import ValidationError
from bounceback.ui.common import labels
from bounceback.ui.common.i18n import fill
from bounceback.ui.common.ops import translate_message
from bounceback.ui.theme.icons import Icon, icon
from bounceback.ui.theme.text import font as role_font
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole

# The same window the services accept; the edit refuses anything outside it.
DATE_FORMAT = "d MMM yyyy"  # the same unambiguous form the lists use
MIN_DATE = QDate(1970, 1, 1)
MAX_DATE = QDate(2100, 12, 31)


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


# Written dates are read leniently: "10 Nov 2026", "10 de noviembre", "10/11/26", "2026-11-10".
_SEPARATORS = re.compile(r"[\s/.,\-]+")
# What may stand in the field while a date is being typed (letters of any language included).
_TYPEABLE = re.compile(r"[\w\s/.,\-]{0,40}")
_NUMBER = re.compile(r"(\d{1,4})(?:st|nd|rd|th|º|ª)?")
# Words a written-out date carries besides its parts.
_FILLERS = frozenset({"de", "del", "of", "the"})
# The parts of a shown date, then of its time: "10 Nov 2026, 09:30".
_DAY, _MONTH, _YEAR, _HOUR, _MINUTE = range(5)
_PART = re.compile(r"\w+")
# A time of day closing a written moment: "21:15", "9:15 pm", "a las 9:15 p. m.", "21h15".
# Only ":" or "h" between hour and minute, since "10.11" is a day and month.
_TIME = re.compile(r"(?:^|[\s,]+)(?:(?:at|a\s+las?)\s+)?(\d{1,2})[:h](\d{2})\s*"
                   r"(?:h\s*)?(?:([ap])\.?\s*m\.?)?\s*$", re.IGNORECASE)


def from_today(*, days: int = 0, months: int = 0) -> Callable[[], dt.date]:
    """A date field's default day, so many days and months after today. Worked out each time
    it is needed, since the window may stay open past midnight."""

    def day() -> dt.date:
        return to_date(QDate.currentDate().addMonths(months).addDays(days))

    return day


def _plain(word: str) -> str:
    """Lower case and without accents, so "Sept", "sept." and "SEPT" are one word."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).rstrip(".")


@cache
def _month_names(locale_name: str) -> dict[str, int]:
    """Every way the locale (and English, which many people type anyway) names each month."""
    names: dict[str, int] = {}
    for locale in (QLocale(locale_name), QLocale(QLocale.Language.English)):
        for month in range(1, 13):
            for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                names[_plain(locale.monthName(month, form))] = month
                names[_plain(locale.standaloneMonthName(month, form))] = month
    return names


def _month(word: str, locale: QLocale) -> int | None:
    """The month a word names, whole or begun ("nov", "novi"); None when unknown or when it
    could be more than one ("ju")."""
    names = _month_names(locale.name())
    if word in names:
        return names[word]
    found = {month for name, month in names.items() if name.startswith(word)}
    return found.pop() if len(found) == 1 else None


def _numeric_order(locale: QLocale) -> str:
    """How the locale writes a date in numbers: "dmy", "mdy" or "ymd"."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    found = sorted((fmt.find(c), c.lower()) for c in "dMy" if c in fmt)
    order = "".join(c for _, c in found)
    return order if sorted(order) == ["d", "m", "y"] else "dmy"


def parse_date(text: str, reference: dt.date, locale: QLocale | None = None) -> dt.date | None:
    """The day ``text`` names as a person writes it in ``locale`` (the default one when not
    given), or None. A part left out comes from ``reference``: "10 Nov" is in its year, "10"
    in its month."""
    locale = locale or QLocale()
    words = [w for w in (_plain(w) for w in _SEPARATORS.split(text.strip())) if w]
    words = [w for w in words if w not in _FILLERS]
    numbers: list[str] = []
    month: int | None = None
    for word in words:
        if (number := _NUMBER.fullmatch(word)) is not None:
            numbers.append(number.group(1))
        elif month is None and word.isalpha() and (month := _month(word, locale)) is not None:
            continue
        else:
            return None
    day: str
    year: str | None = None
    if month is not None:
        if len(numbers) == 1:  # "10 Nov"
            day = numbers[0]
        elif len(numbers) == 2:  # "10 Nov 2026", "Nov 10 2026", "2026 Nov 10"
            day, year = (numbers[1], numbers[0]) if len(numbers[0]) == 4 else numbers
        else:
            return None
    elif len(numbers) == 1:  # "10": a day of the reference month
        day, month = numbers[0], reference.month
    elif len(numbers) in (2, 3):
        order = _numeric_order(locale)
        if len(numbers[0]) == 4:
            order = "ymd"
        if len(numbers) == 2:
            order = order.replace("y", "")
        parts = dict(zip(order, numbers, strict=True))
        if len(parts["m"]) > 2:
            return None
        day, month, year = parts["d"], int(parts["m"]), parts.get("y")
    else:
        return None
    if len(day) > 2 or (year is not None and len(year) not in (2, 4)):
        return None
    full_year = reference.year if year is None else int(year) + (2000 if len(year) == 2 else 0)
    try:
        found = dt.date(full_year, month, int(day))
    except ValueError:
        return None
    return found if to_date(MIN_DATE) <= found <= to_date(MAX_DATE) else None


def parse_moment(text: str, reference: dt.datetime,
                 locale: QLocale | None = None) -> dt.datetime | None:
    """The moment ``text`` names, a date as parse_date reads it with a time of day after it
    ("10 Nov 2026, 21:15", "10/11/26 9:15 pm"), or None. A part left out comes from
    ``reference``: a date alone keeps its time of day, a time alone its day."""
    day_text, time = text, reference.time().replace(second=0, microsecond=0)
    if (found := _TIME.search(text)) is not None:
        hour, minute, half = int(found[1]), int(found[2]), (found[3] or "").lower()
        if half:  # 12 pm is noon, 12 am midnight
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if half == "p" else 0)
        if hour > 23 or minute > 59:
            return None
        day_text, time = text[:found.start()], dt.time(hour, minute)
    if not _SEPARATORS.sub("", day_text):
        return None if found is None else dt.datetime.combine(reference.date(), time)
    day = parse_date(day_text, reference.date(), locale)
    return None if day is None else dt.datetime.combine(day, time)


class _DateText(QAbstractSpinBox):
    """The text of a date field: typed freely and read when it names a day; the arrow keys
    step the day, month or year under the cursor.

    A spin box of our own rather than QDateEdit, whose section-by-section editing rejects a
    whole date typed over a selected one and can't be stepped while it shows "Not set".
    Alt+Down or F4 asks for the calendar (as in QDateEdit and a combo box).
    """

    changed = Signal()
    calendar_wanted = Signal()
    TYPEABLE = _TYPEABLE

    def __init__(self, parent: QWidget, optional: bool, default: Callable[[], dt.date]) -> None:
        super().__init__(parent)
        self.optional = optional
        self.default = default
        self._value: dt.date | None = None if optional else self._normal(default())
        # While typing: the value before the first key, to go back to if the text never
        # comes to name a day.
        self._typing_from: dt.date | None = None
        self._typing = False
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.lineEdit().textEdited.connect(self._typed)
        self._show()

    # --- the value ----------------------------------------------------------------------
    def value(self) -> dt.date | None:
        return self._value

    def set_value(self, value: dt.date | None) -> None:
        if value is None and not self.optional:
            value = self.default()
        if value is not None:
            value = self._normal(value)
        self._typing = False
        changed = value != self._value
        self._value = value
        self._show()
        if changed:
            self.changed.emit()

    def reference(self) -> dt.date:
        """The day typing and stepping start from: the date shown, else the default."""
        start = self._typing_from if self._typing else self._value
        return start or self.default()

    def commit(self) -> None:
        """End typing: show the date read, or what was there before when the text names
        no day."""
        if self._typing:
            readable, day = self._read(self.lineEdit().text())
            self.set_value(day if readable else self._typing_from)

    def _read(self, text: str) -> tuple[bool, dt.date | None]:
        if not text.strip():
            return self.optional, None
        day = self._parse(text, self.reference())
        return day is not None, day

    # What a field of dates and one of moments do differently: how a value is read,
    # shown, completed and stepped.
    def _parse(self, text: str, reference: dt.date) -> dt.date | None:
        return parse_date(text, reference)

    def _format(self, value: dt.date) -> str:
        return QLocale().toString(to_qdate(value), DATE_FORMAT)

    def _normal(self, value: dt.date) -> dt.date:
        return value

    def _stepped(self, value: dt.date, section: int, steps: int) -> dt.date:
        day = to_qdate(value)
        moved = (day.addDays(steps) if section == _DAY
                 else day.addMonths(steps) if section == _MONTH else day.addYears(steps))
        return to_date(max(MIN_DATE, min(MAX_DATE, moved)))

    def _typed(self, text: str) -> None:
        if not self._typing:
            self._typing, self._typing_from = True, self._value
        readable, day = self._read(text)
        # As the person types, so a form's Save knows of the change before they leave.
        if readable and day != self._value:
            self._value = day
            self.changed.emit()

    def _show(self) -> None:
        self.lineEdit().setText("" if self._value is None else self._format(self._value))

    # --- QAbstractSpinBox ---------------------------------------------------------------
    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # The text and cursor go back unchanged: the form Qt's stubs declare (PySide6 takes a
        # bare state too).
        if self._read(text)[0]:
            return QValidator.State.Acceptable, text, pos
        if self.TYPEABLE.fullmatch(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        return text  # commit() decides what an unreadable text becomes

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.isReadOnly() or not self.isEnabled():
            return QAbstractSpinBox.StepEnabledFlag.StepNone
        return (QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
                | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled)

    def stepBy(self, steps: int) -> None:
        section = self._section_at_cursor()
        self.commit()
        if self._value is None:
            # The first press on an empty field shows the default day, not one beside it.
            self.set_value(self.default())
        else:
            self.set_value(self._stepped(self._value, section, steps))
        self._select(section)

    def _section_at_cursor(self) -> int:
        edit = self.lineEdit()
        text = edit.text()
        if edit.selectedText() == text:
            return _DAY  # the whole date, as after Tab: the day is what changes most
        pos = edit.cursorPosition()
        parts = [m.end() for m in _PART.finditer(text)]
        # The part the cursor is in or just after, else the next one.
        return next((i for i, end in enumerate(parts) if pos <= end), max(len(parts) - 1, 0))

    def _select(self, section: int) -> None:
        """Select the day, month or year (or the hour or minute), so the next arrow steps it
        again and typing replaces just it."""
        parts = list(_PART.finditer(self.lineEdit().text()))
        if section < len(parts):
            start, end = parts[section].span()
            self.lineEdit().setSelection(start, end - start)

    # --- events -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down
                                     and mods & Qt.KeyboardModifier.AltModifier):
            event.accept()
            self.calendar_wanted.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            if not self._typing:
                self._show()  # the month's name in the language now spoken
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        # QAbstractSpinBox measures its minimum and maximum values, which a spin box of
        # our own doesn't have: measure the widest date of the year instead.
        metrics = self.fontMetrics()
        # Moments, so that a field showing the time of day (_MomentText) measures it too.
        texts = [self._format(dt.datetime(2026, m, 28, 23, 58)) for m in range(1, 13)]
        texts.append(self.lineEdit().placeholderText())
        width = max(metrics.horizontalAdvance(t) for t in texts) + 2 * metrics.averageCharWidth()
        option = QStyleOptionSpinBox()
        self.initStyleOption(option)
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_SpinBox, option,
            QSize(width, self.lineEdit().sizeHint().height()), self)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class _MomentText(_DateText):
    """The text of a date-and-time field, "10 Nov 2026, 09:30": the date part read, shown and
    stepped as in a date field, then the time of day, typed ("21:15", "9:15 pm") or stepped by
    the hour or the minute. A date typed alone keeps the time shown, a time alone the day."""

    TYPEABLE = re.compile(r"[\w\s/.,:\-]{0,50}")

    def _parse(self, text: str, reference: dt.date) -> dt.date | None:
        return parse_moment(text, self._moment(reference))

    def _format(self, value: dt.date) -> str:
        # Written as the lists write a moment, so the two never differ.
        return labels.datetime(self._moment(value))

    def _normal(self, value: dt.date) -> dt.date:
        # A day alone (from the calendar) takes the time shown; a moment is kept to the
        # minute the person can see.
        if not isinstance(value, dt.datetime):
            value = dt.datetime.combine(value, self._moment(self.reference()).time())
        return value.replace(second=0, microsecond=0)

    def _stepped(self, value: dt.date, section: int, steps: int) -> dt.date:
        moment = self._moment(value)
        if section < _HOUR:
            day = super()._stepped(moment, section, steps)
            return dt.datetime.combine(day, moment.time())
        moved = moment + (dt.timedelta(hours=steps) if section == _HOUR
                          else dt.timedelta(minutes=steps))
        return max(dt.datetime.combine(to_date(MIN_DATE), dt.time()),
                   min(dt.datetime.combine(to_date(MAX_DATE), dt.time(23, 59)), moved))

    @staticmethod
    def _moment(value: dt.date) -> dt.datetime:
        # The field only ever holds moments; a bare day here would be a bug upstream.
        assert isinstance(value, dt.datetime), value
        return value


class _CalendarPopup(QFrame):
    """A month to pick a day from, under its field. A click or Enter picks; Escape leaves the
    field as it was. From the keyboard: the arrow keys go by the day and the week, Page Up
    and Page Down by the month, Home and End to its first and last day (Qt's calendar's own
    keys); either way the focus goes back to the field."""

    picked = Signal(object)  # dt.date

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setDateRange(MIN_DATE, MAX_DATE)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.calendar)

    def open_at(self, day: dt.date, under: QWidget, name: str) -> None:
        # What a screen reader says when the month takes the focus.
        self.calendar.setAccessibleName(name)
        view = self.calendar.findChild(QAbstractItemView)
        if view is not None:
            view.setAccessibleName(name)
        today = QTextCharFormat()
        today.setFont(role_font(TextRole.STRONG, self.calendar.font()))
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # yesterday's "today"
        self.calendar.setDateTextFormat(QDate.currentDate(), today)
        self.calendar.setSelectedDate(to_qdate(day))
        self.calendar.setCurrentPage(day.year, day.month)
        self.adjustSize()
        # Below the field, or above it when the screen ends first.
        area = under.screen().availableGeometry()
        below = under.mapToGlobal(QPoint(0, under.height()))
        above = under.mapToGlobal(QPoint(0, -self.height()))
        spot = below if below.y() + self.height() <= area.bottom() else above
        x = max(area.left(), min(spot.x(), area.right() - self.width()))
        self.move(x, max(area.top(), spot.y()))
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _pick(self, day: QDate) -> None:
        self.close()
        self.picked.emit(to_date(day))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateEdit(QWidget):
    """The one date field of the program: typed, stepped with the arrow keys, or picked from
    a calendar; an optional one may be left empty ("Not set") and cleared again.

    ``default`` is the day an empty field starts from: the calendar opens on it and the first
    arrow key shows it (``from_today(days=7)`` for a follow-up a week on). A required field
    starts on it.

    One Tab stop, the text (issue 18): the calendar and clear buttons are for the mouse and
    never take the focus; the keyboard has Alt+Down (or F4) for the calendar and Delete on
    the selected date to clear it, as the field's tooltip and description say.
    """

    changed = Signal()
    Text: type[_DateText] = _DateText

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False,
                 default: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.optional = optional
        self.edit = self.Text(self, optional, default)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        # Like QDateEdit's arrow, not a Tab stop of its own: Alt+Down opens it from the text.
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.clear_button = QToolButton(self)
        self.clear_button.setIcon(icon(Icon.CLOSE))  # the theme's, in light and dark alike
        # Not a Tab stop either (Delete clears the selected date), nor taking the focus
        # from the text when clicked.
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(optional)
        self.calendar: _CalendarPopup | None = None
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.calendar_button)
        lay.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        # A label's Alt+letter only reaches a buddy that takes focus itself; Tab still stops
        # only in the text (Qt skips a widget with a focus proxy).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.edit.changed.connect(self._on_changed)
        self.edit.calendar_wanted.connect(self.open_calendar)
        self._retranslate()
        self._on_changed()

    def _retranslate(self) -> None:
        if self.optional:
            self.edit.lineEdit().setPlaceholderText(self.tr("Not set"))
        self.calendar_button.setToolTip(self.tr("Pick the day from a calendar (Alt+Down)"))
        # The keys for what the buttons do, told where the keyboard is.
        keys = (self.tr("Alt+Down picks the day from a calendar; Delete clears the selected "
                        "date.") if self.optional
                else self.tr("Alt+Down picks the day from a calendar."))
        self.edit.setToolTip(keys)
        self.edit.setAccessibleDescription(keys)
        self.calendar_button.setAccessibleName(self.tr("Pick the day from a calendar"))
        self.clear_button.setToolTip(self.tr("Clear the date"))
        # Named after the field: two date fields side by side must not offer a screen
        # reader two buttons called the same ("Clear the date: Asked on").
        name = self.accessibleName()
        self.clear_button.setAccessibleName(
            fill(self.tr("Clear the date: %1"), name) if name else self.tr("Clear the date"))
        self.calendar_button.setAccessibleName(
            fill(self.tr("Pick the day from a calendar: %1"), name) if name
            else self.tr("Pick the day from a calendar"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def _on_changed(self) -> None:
        self.clear_button.setEnabled(self.edit.value() is not None)
        self.changed.emit()

    def value(self) -> dt.date | None:
        """The date; None only for an optional field left empty."""
        return self.edit.value()

    def day(self) -> dt.date:
        """The date of a required field (or the default day of an empty optional one)."""
        return self.edit.value() or self.edit.default()

    def set_value(self, value: dt.date | None) -> None:
        self.edit.set_value(value)

    def clear(self) -> None:
        self.edit.set_value(None)

    def open_calendar(self) -> None:
        self.edit.commit()
        if self.calendar is None:
            self.calendar = _CalendarPopup(self)
            self.calendar.picked.connect(self._picked)
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.calendar.open_at(self.edit.reference(), self, self.calendar_button.accessibleName())

    def _picked(self, day: dt.date) -> None:
        self.edit.set_value(day)
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.edit.selectAll()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self._retranslate()


class DateTimeEdit(DateEdit):
    """A moment: the date field with the time of day after it ("10 Nov 2026, 09:30"), one
    field to Tab and to a screen reader. Typed whole or in part, stepped by the day, month,
    year, hour or minute under the cursor, its day picked from the calendar (keeping the
    time). Never empty: ``default`` (now) is where it starts."""

    Text = _MomentText

    def __init__(self, parent: QWidget | None = None, *,
                 default: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        super().__init__(parent, optional=False, default=default)

    def value(self) -> dt.datetime:
        moment = self.edit.value()
        assert isinstance(moment, dt.datetime)  # never empty, always a moment
        return moment


class ErrorLabel(QLabel):
    """An inline message under a form; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Problem with the form"))
        set_role(self, TextRole.STRONG)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()

    def point_at(self, widget: QWidget, message: str) -> bool:
        """Say what is wrong and put the cursor where it can be fixed. Returns False, so a
        form's check can ``return self.error.point_at(...)``."""
        self.show_message(message)
        widget.setFocus()
        return False

    def show_validation(
        self, exc: ValidationError, fields: Mapping[str, QWidget] | None = None
    ) -> None:
        """Show a service's validation message, focusing the field it names if known."""
        self.show_message(translate_message(exc.message))
        widget = (fields or {}).get(exc.field)
        if widget is not None:
            widget.setFocus()
