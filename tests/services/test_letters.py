"""Letter templates: shipped and edited copies, filling placeholders, mailto links."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from sqlalchemy.orm import Session

from bounceback.db.models import LetterTemplate
from bounceback.db.store import Store
from bounceback.services import framing, letters
from bounceback.services.errors import ValidationError
from bounceback.services.letters import Letter

VALUES = {
    "name": "Priya",
    "company": "Acme",
    "role": "Data Analyst",
    "interview_date": "3 March 2025",
    "my_name": "Sam Lee",
}


# -- the shipped templates --------------------------------------------------------------


@pytest.mark.parametrize("name", letters.TEMPLATE_NAMES)
def test_shipped_templates_fill_completely_and_read_kindly(name: str) -> None:
    letter = letters.fill(letters.load_shipped(name), VALUES)
    assert letter.subject
    assert letter.body.startswith("Hi Priya,")
    assert letter.body.rstrip().endswith("Sam Lee")
    for key in letters.PLACEHOLDERS:
        assert "{" + key + "}" not in letter.body + letter.subject
        assert letters.missing_marker(key) not in letter.body + letter.subject
    assert framing.check(letter.subject + "\n" + letter.body) == []


def test_thank_you_note_says_what_the_brief_asks() -> None:
    body = letters.fill(letters.load_shipped("thank_you"), VALUES).body
    assert "Thank you for taking the time" in body
    assert "keep" in body and "in mind" in body
    assert "LinkedIn" in body
    assert "Acme" in body and "Data Analyst" in body and "3 March 2025" in body


def test_feedback_request_is_framed_positively() -> None:
    body = letters.fill(letters.load_shipped("feedback_request"), VALUES).body
    assert "Is there anything I could improve" in body
    assert "why" not in body.lower()


def test_unknown_template_name_is_refused(session: Session) -> None:
    with pytest.raises(ValueError):
        letters.shipped_path("../secrets")
    with pytest.raises(ValueError):
        letters.template_for(session, "../secrets")
    with pytest.raises(ValueError):
        letters.save_template(session, "nope", "text")


# -- the user's own copy, in the store ------------------------------------------------------


def test_user_copy_wins_over_the_shipped_one(store: Store) -> None:
    with store.session() as s:
        shipped = letters.template_for(s, "thank_you")
        assert shipped == letters.load_shipped("thank_you")
        assert not letters.is_customised(s, "thank_you")
    with store.write() as s:
        letters.save_template(s, "thank_you", "Subject: Thanks\r\nDear {name},\nCheers")
    with store.session() as s:
        assert letters.is_customised(s, "thank_you")
        # Kept with plain newlines, as every editor gives them back.
        assert letters.template_for(s, "thank_you") == "Subject: Thanks\nDear {name},\nCheers"
        # The other template is untouched.
        assert not letters.is_customised(s, "feedback_request")
    with store.write() as s:
        letters.save_template(s, "thank_you", "Second thoughts, {name}")
    with store.session() as s:
        assert letters.template_for(s, "thank_you") == "Second thoughts, {name}"
    with store.write() as s:
        letters.reset_template(s, "thank_you")
    with store.session() as s:
        assert not letters.is_customised(s, "thank_you")
        assert letters.template_for(s, "thank_you") == shipped


def test_reset_without_a_copy_is_harmless(session: Session) -> None:
    letters.reset_template(session, "feedback_request")
    assert not letters.is_customised(session, "feedback_request")


@pytest.mark.parametrize("text", ["", "   \n\n", "nul\x00inside"], ids=["empty", "blank", "nul"])
def test_a_template_without_words_is_refused(session: Session, text: str) -> None:
    with pytest.raises(ValidationError):
        letters.save_template(session, "thank_you", text)
    assert not letters.is_customised(session, "thank_you")


def test_an_unusable_stored_copy_falls_back_to_the_shipped_one(session: Session) -> None:
    # Only an import of a hand-edited export could put one there.
    session.add(LetterTemplate(name="thank_you", body="  \n"))
    session.flush()
    assert letters.template_for(session, "thank_you") == letters.load_shipped("thank_you")


# -- filling ----------------------------------------------------------------------------


def test_fill_splits_subject_and_fills_both() -> None:
    letter = letters.fill("Subject: About the {role} role\n\nHi {name},\nThanks!\n\n", VALUES)
    assert letter == Letter("About the Data Analyst role", "Hi Priya,\nThanks!")


def test_subject_line_is_recognised_in_any_case() -> None:
    assert letters.fill("SUBJECT:Hello\nBody", {}).subject == "Hello"


def test_without_subject_line_everything_is_body() -> None:
    assert letters.fill("Hi {name}", VALUES) == Letter("", "Hi Priya")
    assert letters.fill("", VALUES) == Letter("", "")
    assert letters.fill("Subject: Only a subject", VALUES) == Letter("Only a subject", "")


def test_a_subject_later_in_the_text_is_body() -> None:
    letter = letters.fill("Hi\nSubject: not this", {})
    assert letter == Letter("", "Hi\nSubject: not this")


def test_missing_values_leave_visible_markers() -> None:
    letter = letters.fill(
        "Subject: {role}\n{name} {company} {interview_date} {my_name}", {"name": "  "}
    )
    assert letter.subject == "[role]"
    assert letter.body == "[name] [company] [interview date] [my name]"


@pytest.mark.parametrize(
    "template",
    ["{unknown} {0} {} { name } {{name}} {name", "}{", "{name}}", "100% {x!r} {:>10}", "{"],
)
def test_unknown_placeholders_and_stray_braces_stay_as_written(template: str) -> None:
    letter = letters.fill(template, VALUES)
    expected = template.replace("{name}", "Priya")
    assert letter.body == expected.strip()


def test_values_are_not_filled_recursively() -> None:
    letter = letters.fill("{name} at {company}", {"name": "{company}", "company": "Acme"})
    assert letter.body == "{company} at Acme"


def test_subject_values_stay_on_one_line() -> None:
    letter = letters.fill("Subject: {company}\nHi", {"company": "Acme\nCorp"})
    assert letter.subject == "Acme Corp"


# -- mailto -----------------------------------------------------------------------------


def test_mailto_encodes_everything_that_matters() -> None:
    letter = Letter("Thanks & a question?", "Hi Zoë,\n\n100% grateful. A=B & C?\n— Sam")
    url = letters.mailto_url("zoe@example.com", letter)
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert parts.path == "zoe@example.com"
    assert " " not in url and "\n" not in url and "—" not in url
    assert "%0D%0A%0D%0A100%25" in url
    query = parse_qs(parts.query, keep_blank_values=True)
    assert query["subject"] == ["Thanks & a question?"]
    assert query["body"] == ["Hi Zoë,\r\n\r\n100% grateful. A=B & C?\r\n— Sam"]
    assert "Zo%C3%AB" in url


def test_mailto_with_several_or_no_recipients() -> None:
    letter = Letter("Hi", "")
    assert letters.mailto_url(" a@x.org , b@y.org ", letter) == "mailto:a@x.org,b@y.org?subject=Hi"
    assert letters.mailto_url("", Letter("", "x y")) == "mailto:?body=x%20y"
    assert letters.mailto_url("", Letter("", "")) == "mailto:"


def test_mailto_recipient_cannot_inject_fields() -> None:
    url = letters.mailto_url("a@x.org?bcc=evil@y.org", Letter("S", "B"))
    assert unquote(urlsplit(url).path) == "a@x.org?bcc=evil@y.org"
    assert "bcc" not in parse_qs(urlsplit(url).query)


def test_first_name_takes_a_name_but_not_a_role():
    from bounceback.services.letters import first_name

    assert first_name("Dana Reyes") == "Dana"
    assert first_name("Sam (recruiter)") == "Sam"
    assert first_name("the hiring manager") == ""
    assert first_name("Recruiter") == ""
    assert first_name("") == ""


def test_known_words_split_names_and_drop_punctuation():
    from bounceback.services.letters import known_words

    assert known_words("Northwind Traders", "Dana (Reyes),") == [
        "Northwind", "Traders", "Dana", "Reyes"]


def test_mailto_can_leave_the_message_out() -> None:
    url = letters.mailto_url("a@x.org", Letter("Hi", "private words"), with_body=False)
    assert url == "mailto:a@x.org?subject=Hi"
