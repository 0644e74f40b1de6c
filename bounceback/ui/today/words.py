"""The words a reminder is shown with, translated, built from its plain facts.

``notice`` is what a tray notification may say: it names the company or the person, never
anything the person wrote (an action item's text, a note, a journal).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from bounceback.db.enums import EventKind
from bounceback.services.reminders import Reminder, ReminderKind
from bounceback.ui.common import labels
from bounceback.ui.common.i18n import fill, tr


def title(r: Reminder) -> str:
    kind = ReminderKind(r.kind)
    if kind == ReminderKind.DEADLINE:
        return fill(tr("Apply to %1 by %2"), r.company, labels.date(r.since))
    if kind == ReminderKind.THANK_YOU:
        return fill(tr("Thank-you note for %1"), r.company)
    if kind == ReminderKind.FEEDBACK_WAITING:
        return fill(tr("No answer yet from %1"), r.person)
    if kind == ReminderKind.FEEDBACK_FOLLOW_UP:
        return fill(tr("Follow up with %1"), r.person)
    if kind == ReminderKind.NO_RESPONSE:
        return fill(tr("No reply from %1 yet"), r.company)
    if kind == ReminderKind.REAPPLY:
        return fill(tr("Reapply to %1?"), r.company)
    if kind == ReminderKind.STAY_IN_TOUCH:
        return fill(tr("Get back in touch with %1"), r.person)
    return first_line(r.text)  # an action item: the person's own words


def first_line(text: str, limit: int = 120) -> str:
    """An action item's first line with words in it, as its title."""
    line = next((part for part in text.splitlines() if part.strip()), "")
    return line.strip()[:limit]


def detail(r: Reminder) -> str:
    kind = ReminderKind(r.kind)
    since = labels.date(r.since)
    if kind == ReminderKind.DEADLINE:
        return fill(tr("You saved the %1 role to apply to. There's still time; one good "
                       "application is worth more than a rushed one."), r.role)
    if kind == ReminderKind.THANK_YOU:
        if r.event_kind == EventKind.REJECTION:
            return fill(tr("After their answer on %1. Thank them, wish them well, and ask "
                           "them to keep you in mind."), since)
        return fill(tr("After your interview on %1. A short, kind note keeps the door "
                       "open."), since)
    if kind == ReminderKind.FEEDBACK_WAITING:
        return fill(tr("You asked %1 for feedback on %2. A gentle follow-up is fine, and "
                       "so is letting it go."), r.company, since)
    if kind == ReminderKind.FEEDBACK_FOLLOW_UP:
        return fill(tr("About your feedback request to %1. One gentle note is enough."),
                    r.company)
    if kind == ReminderKind.NO_RESPONSE:
        return fill(tr("You applied on %1. Silence is common and says nothing about you. "
                       "Mark it as no response and make room for what's next?"), since)
    if kind == ReminderKind.REAPPLY:
        return tr("The day you picked to consider them again. What you learned last time "
                  "is ready when you are.")
    if kind == ReminderKind.STAY_IN_TOUCH:
        if r.company:
            return fill(tr("A friendly hello to %1 at %2 keeps the connection warm."),
                        r.person, r.company)
        return fill(tr("A friendly hello to %1 keeps the connection warm."), r.person)
    if r.app_id is not None:
        return fill(tr("For %1 — %2"), r.company, r.role)
    return tr("A step you planned.")


def notice(r: Reminder) -> str:
    """One line for a tray notification: no words the person wrote."""
    kind = ReminderKind(r.kind)
    if kind == ReminderKind.DEADLINE:
        return fill(tr("Apply to %1 by %2"), r.company, labels.date(r.since))
    if kind == ReminderKind.THANK_YOU:
        return fill(tr("Thank-you note for %1"), r.company)
    if kind in (ReminderKind.FEEDBACK_WAITING, ReminderKind.FEEDBACK_FOLLOW_UP):
        return fill(tr("Feedback request to %1"), r.company)
    if kind == ReminderKind.NO_RESPONSE:
        return fill(tr("No reply from %1 yet"), r.company)
    if kind == ReminderKind.REAPPLY:
        return fill(tr("Reapply to %1?"), r.company)
    if kind == ReminderKind.STAY_IN_TOUCH:
        return fill(tr("Stay in touch with %1"), r.person)
    if r.company:
        return fill(tr("An action item for %1"), r.company)
    return tr("An action item you planned")


def done_label(r: Reminder) -> str:
    """What the one-click "done" does for this kind, as a button label ("" if none)."""
    if not r.can_done:
        return ""
    return {
        ReminderKind.DEADLINE: tr("I've applied"),
        ReminderKind.THANK_YOU: tr("Mark sent"),
        ReminderKind.FEEDBACK_WAITING: tr("No answer came"),
        ReminderKind.FEEDBACK_FOLLOW_UP: tr("Followed up"),
        ReminderKind.NO_RESPONSE: tr("Mark no response"),
        ReminderKind.STAY_IN_TOUCH: tr("Got in touch"),
        ReminderKind.ACTION: tr("Done"),
    }.get(ReminderKind(r.kind), "")


def done_message(r: Reminder) -> str:
    return {
        ReminderKind.DEADLINE: tr("Moved on to applied, dated today."),
        ReminderKind.THANK_YOU: tr("Noted on the timeline: thank-you sent."),
        ReminderKind.FEEDBACK_WAITING: tr("Marked as no answer. That's common, and fine."),
        ReminderKind.FEEDBACK_FOLLOW_UP: tr("Noted on the timeline: you followed up."),
        ReminderKind.NO_RESPONSE: tr("Marked as no response. On to what's next."),
        ReminderKind.STAY_IN_TOUCH: tr("Noted on the timeline: you got in touch."),
    }.get(ReminderKind(r.kind), tr("Done. Nicely handled."))


def when(r: Reminder, today: dt.date) -> str:
    """A gentle word for the day: never "overdue"."""
    if r.undated:
        return tr("Whenever you're ready")
    if r.due_on == today:
        return tr("Today")
    if r.due_on < today:
        day = QDate(r.due_on.year, r.due_on.month, r.due_on.day)
        # This year's dates need no year: "Since 3 Mar".
        text = QLocale().toString(day, "d MMM") if r.due_on.year == today.year \
            else labels.date(r.due_on)
        return fill(tr("Since %1"), text)
    if r.due_on == today + dt.timedelta(days=1):
        return tr("Tomorrow")
    day = QDate(r.due_on.year, r.due_on.month, r.due_on.day)
    return QLocale().toString(day, "dddd")
