"""Letter templates: shipped and edited copies, filling placeholders, mailto links."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from bounceback import paths
from bounceback.services import files, framing, letters
from bounceback.services.letters import Letter

VALUES = {
    "name": "Priya",
    "company": "Acme",
    "role": "Data Analyst",
    "interview_date": "3 March 2025",
    "my_name": "Sam Lee",
}


@pytest.fixture
def user_dir(data_dir: Path) -> Path:
    return paths.data_dir() / "templates"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- the shipped templates --------------------------------------------------------------


@pytest.mark.parametrize("name", letters.TEMPLATE_NAMES)
def test_shipped_templates_fill_completely_and_read_kindly(name: str) -> None:
    letter = letters.fill(letters.load_template(name, None), VALUES)
    assert letter.subject
    assert letter.body.startswith("Hi Priya,")
    assert letter.body.rstrip().endswith("Sam Lee")
    for key in letters.PLACEHOLDERS:
        assert "{" + key + "}" not in letter.body + letter.subject
        assert letters.missing_marker(key) not in letter.body + letter.subject
    assert framing.check(letter.subject + "\n" + letter.body) == []


def test_thank_you_note_says_what_the_brief_asks() -> None:
    body = letters.fill(letters.load_template("thank_you", None), VALUES).body
    assert "Thank you for taking the time" in body
    assert "keep" in body and "in mind" in body
    assert "LinkedIn" in body
    assert "Acme" in body and "Data Analyst" in body and "3 March 2025" in body


def test_feedback_request_is_framed_positively() -> None:
    body = letters.fill(letters.load_template("feedback_request", None), VALUES).body
    assert "Is there anything I could improve" in body
    assert "why" not in body.lower()


def test_unknown_template_name_is_refused() -> None:
    with pytest.raises(ValueError):
        letters.load_template("../secrets", None)
    with pytest.raises(ValueError):
        letters.save_template("nope", "text", Path("/tmp"))


# -- the user's own copy ----------------------------------------------------------------


def test_user_copy_wins_over_the_shipped_one(user_dir: Path) -> None:
    shipped = letters.load_template("thank_you", user_dir)
    assert not letters.is_customised("thank_you", user_dir)
    letters.save_template("thank_you", "Subject: Thanks\nDear {name},\nCheers", user_dir)
    assert letters.is_customised("thank_you", user_dir)
    assert letters.load_template("thank_you", user_dir) == "Subject: Thanks\nDear {name},\nCheers"
    # The other template is untouched.
    assert not letters.is_customised("feedback_request", user_dir)
    letters.reset_template("thank_you", user_dir)
    assert not letters.is_customised("thank_you", user_dir)
    assert letters.load_template("thank_you", user_dir) == shipped


def test_reset_without_a_copy_is_harmless(user_dir: Path) -> None:
    letters.reset_template("feedback_request", user_dir)
    assert not user_dir.exists() or not any(user_dir.iterdir())


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_saved_copy_is_private_and_written_whole(user_dir: Path) -> None:
    letters.save_template("feedback_request", "Hello {name}\r\nÜber gut", user_dir)
    target = user_dir / "feedback_request.txt"
    assert _mode(target) == 0o600
    assert _mode(user_dir) == 0o700
    assert target.read_bytes() == "Hello {name}\nÜber gut".encode()
    # No temporary file is left behind.
    assert [p.name for p in user_dir.iterdir()] == ["feedback_request.txt"]


def test_a_failed_save_keeps_the_old_copy(user_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    letters.save_template("thank_you", "old text", user_dir)

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(OSError):
        letters.save_template("thank_you", "new text", user_dir)
    assert letters.load_template("thank_you", user_dir) == "old text"
    assert [p.name for p in user_dir.iterdir()] == ["thank_you.txt"]


@pytest.mark.parametrize(
    "content",
    [b"\xff\xfe\x00bad bytes \x80\x81", b"", b"   \n\n", b"nul\x00inside"],
    ids=["not-utf8", "empty", "blank", "nul"],
)
def test_unusable_user_copy_falls_back_to_the_shipped_one(user_dir: Path, content: bytes) -> None:
    user_dir.mkdir(parents=True)
    (user_dir / "thank_you.txt").write_bytes(content)
    assert letters.load_template("thank_you", user_dir) == letters.load_shipped("thank_you")


def test_user_copy_that_is_a_folder_falls_back(user_dir: Path) -> None:
    (user_dir / "thank_you.txt").mkdir(parents=True)
    assert letters.load_template("thank_you", user_dir) == letters.load_shipped("thank_you")


def test_user_copy_with_bom_and_crlf_is_read_cleanly(user_dir: Path) -> None:
    user_dir.mkdir(parents=True)
    (user_dir / "thank_you.txt").write_bytes("\ufeffSubject: Hi\r\n\r\nBody".encode())
    assert letters.load_template("thank_you", user_dir) == "Subject: Hi\n\nBody"


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
