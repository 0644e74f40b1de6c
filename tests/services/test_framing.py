"""The tone check: negative or defensive wording is found, kind wording is left alone."""

from __future__ import annotations

import itertools

import pytest

from bounceback.services import framing

FLAGGED = [
    "why didn't you hire me",
    "Why did you not hire me",
    "why was I rejected",
    "Why I was turned down",
    "why wasn't I chosen",
    "why wasn't I selected",
    "why was not I hired",
    "why I wasn't picked",
    "unfair",
    "unfairly",
    "you made a mistake",
    "You've made the wrong decision",
    "you're making a mistake",
    "your loss",
    "I deserved",
    "I deserve",
    "I don't understand why",
    "I do not understand why",
    "clearly",
    "obviously",
    "disappointed in you",
    "disappointed with your",
    "waste of time",
    "waste of my time",
    "should have hired me",
    "should've chosen me",
    "not fair",
    "isn't fair",
    "I can't believe",
    "I cannot believe",
]

NEUTRAL = [
    "What could I improve?",
    "I'd appreciate any feedback.",
    "It's fair to say the interview went quickly.",
    "That seems fair.",
    "I understand if you're busy.",
    "I understand why you went with someone else.",
    "Thank you for your time.",
    "I don't want to waste your time.",
    "I believe I have the experience.",
    "I was disappointed, but I learned a lot.",
    "You made my day with your kind words.",
    "I made a mistake in the second interview.",
    "Why not keep in touch?",
    "I can believe it.",
    "Fairfield office, fairness in hiring",
    "Clearing my calendar; the lossless codec; I'm deserving of nothing here",
    "",
]


@pytest.mark.parametrize("phrase", FLAGGED)
def test_each_phrase_is_flagged_with_correct_offsets(phrase: str) -> None:
    text = f"Hello. {phrase}, thanks."
    [finding] = framing.check(text)
    assert (finding.start, finding.end) == (7, 7 + len(phrase))
    assert text[finding.start : finding.end] == finding.text == phrase
    assert finding.why and finding.suggestion


@pytest.mark.parametrize("phrase", [p for p in FLAGGED if "'" in p])
def test_curly_apostrophes_no_apostrophe_case_and_spacing(phrase: str) -> None:
    for variant in (
        phrase.replace("'", "’"),
        phrase.replace("'", ""),
        phrase.upper(),
        phrase.replace(" ", "  \n "),
    ):
        [finding] = framing.check(variant)
        assert finding.text == variant


@pytest.mark.parametrize("text", NEUTRAL)
def test_kind_or_neutral_text_is_not_flagged(text: str) -> None:
    assert framing.check(text) == []


def test_unfair_is_flagged_even_in_quotes() -> None:
    # Quoted or not, the reader still reads the word; "unfairness" is no gentler.
    text = 'They said "unfairly" and I felt the unfairness.'
    assert [f.text for f in framing.check(text)] == ["unfairly", "unfairness"]


def test_several_findings_are_sorted_and_do_not_overlap() -> None:
    text = (
        "Clearly you made a mistake. I don't understand why I wasn't chosen; "
        "it's your loss and not fair."
    )
    found = framing.check(text)
    assert [f.text for f in found] == [
        "Clearly",
        "you made a mistake",
        "I don't understand why",
        "your loss",
        "not fair",
    ]
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    for f in found:
        assert text[f.start : f.end] == f.text


def test_the_suggested_question_is_the_positive_one() -> None:
    [finding] = framing.check("Why didn't you hire me?")
    assert finding.suggestion == "What could I improve for roles like this?"


def test_a_letter_not_yet_written_is_checked_without_making_the_list(monkeypatch) -> None:
    """The Feedback tab opens on an empty letter: its check must not compile the hundred
    patterns of the list (0.1–0.2 s), which are made on a thread of their own instead."""
    def refuse(language: str) -> None:
        raise AssertionError(f"the {language} list was made for an empty letter")

    monkeypatch.setattr(framing, "tone_list", refuse)
    assert framing.check("") == []
    assert framing.check("  \n\t ") == []


def test_the_list_is_prepared_on_another_thread(monkeypatch) -> None:
    import threading

    seen: list[str] = []
    done = threading.Event()

    def made(language: str) -> None:
        seen.append(threading.current_thread().name)
        done.set()

    monkeypatch.setattr(framing, "tone_list", made)
    framing.prepare("en")
    assert done.wait(10)
    assert seen == ["bounceback-tone-list"]
