"""How an imported row is recognised as one the store already has, table by table.

Importing the same file twice must not duplicate anything, yet ids differ between stores.
So each table names the columns that identify a record wherever it lives: the moment it was
created (a UTC stamp to the microsecond) plus its main field, or, for link tables, the pair of
records it links (compared after their ids were translated to this store's). A record edited
since the export keeps its creation stamp and main field, so it is recognised and left alone.

tests/services/exchange/test_json.py checks that every table in the metadata has an entry.
"""

from __future__ import annotations

IDENTITY: dict[str, tuple[str, ...]] = {
    "applications": ("created_at", "company", "role"),
    "events": ("created_at", "application_id", "kind", "occurred_on"),
    "contacts": ("created_at", "name"),
    "application_contacts": ("application_id", "contact_id"),
    "checkins": ("created_at", "felt_at"),
    "checkin_emotions": ("checkin_id", "emotion"),
    "feedback_notes": ("created_at", "application_id", "asked_whom"),
    "review_items": ("created_at", "application_id", "stage", "position", "label"),
    "action_items": ("created_at", "text"),
    "drafts": ("key",),
    "bounce_plans": ("created_at", "application_id"),
    # Keyed like drafts by a name that holds record ids ("thank_you:app:12:event:40").
    "reminder_states": ("key",),
    # A store's own template or word is kept; the file's is taken where the store has none.
    "letter_templates": ("name",),
    "personal_words": ("key",),
    # A file's bytes are the same file wherever they are kept.
    "document_contents": ("sha256",),
    "documents": ("created_at", "application_id", "name"),
    # An application's answers are its own; one question is asked once in a form.
    "screening_answers": ("application_id", "position", "question"),
}

# What a row of each table is called in messages ("Row 3 of the check-ins: ...").
TABLE_LABELS: dict[str, str] = {
    "applications": "applications",
    "events": "timeline events",
    "contacts": "contacts",
    "application_contacts": "links between applications and contacts",
    "checkins": "check-ins",
    "checkin_emotions": "check-in feelings",
    "feedback_notes": "feedback notes",
    "review_items": "review items",
    "action_items": "action items",
    "drafts": "drafts",
    "bounce_plans": "bounce-back plans",
    "reminder_states": "snoozed and dismissed reminders",
    "letter_templates": "letter templates",
    "personal_words": "words added to the dictionary",
    "document_contents": "documents' contents",
    "documents": "documents",
    "screening_answers": "screening questions and answers",
}


def table_label(name: str) -> str:
    return TABLE_LABELS.get(name, name.replace("_", " "))
