"""Search: every kind of record is found, results read well, and nothing the person types
can break the query. (The index following every change: test_search_sync.py.)"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from itertools import pairwise

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from bounceback.db.enums import EventKind, Outcome, ReviewStage
from bounceback.services import actions, contacts, documents, events, feedback, review
from bounceback.services import applications as apps
from bounceback.services import search as srch
from tests.builders import add_checkin
from tests.services.conftest import MakeApp
from tests.services.search_kit import EVENING, SAD, found

# --- every kind ----------------------------------------------------------------------------


def test_each_kind_is_found_with_its_application_and_day(
    session: Session, make_app: MakeApp
) -> None:
    app = make_app("Quokka Labs", "Data Analyst", notes="Referred by an old colleague",
                   applied_on=dt.date(2025, 2, 3))
    person = contacts.create_contact(session, contacts.ContactInput(
        name="Priya Raman", role="Recruiter", email="priya@quokka.example", notes="kind, quick",
    ))
    ev = events.add_event(session, app.id, events.EventInput(
        kind=EventKind.INTERVIEW, occurred_on=dt.date(2025, 2, 20),
        details="Whiteboard exercise on cohorts", interviewers="Tomasz",
    ))
    ci = add_checkin(session, "Felt wobbly after the whiteboard",
                     when=dt.datetime(2025, 2, 21, 20, 15), emotions=SAD, application_id=app.id,
                     coping_note="long walk by the canal")
    fb = feedback.create_feedback(session, app.id, feedback.FeedbackInput(
        asked_whom="Priya", asked_on=dt.date(2025, 3, 1), request_text="What could I improve?",
        answer_text="More structure in the case study", answered_on=dt.date(2025, 3, 4),
        lesson="Outline first",
    ))
    item = review.add_item(session, app.id, ReviewStage.INTERVIEW, "Case study pacing")
    review.assess(session, item.id, None, note="Ran out of minutes")
    act = actions.create_action(session, actions.ActionInput(
        text="Rehearse a timed mock case", application_id=app.id, due_on=dt.date(2025, 3, 10),
    ))
    doc = documents.attach(session, app.id, "Quokka posting.txt", b"Hybrid, two days onsite",
                           today=dt.date(2025, 2, 1))

    expected = {
        "referred": (srch.APPLICATION, app.id, app.id, dt.date(2025, 2, 3)),
        "priya@quokka": (srch.CONTACT, person.id, None, None),
        "cohorts": (srch.EVENT, ev.id, app.id, dt.date(2025, 2, 20)),
        "Tomasz": (srch.EVENT, ev.id, app.id, dt.date(2025, 2, 20)),
        "wobbly": (srch.CHECKIN, ci.id, app.id, dt.date(2025, 2, 21)),
        "canal": (srch.CHECKIN, ci.id, app.id, dt.date(2025, 2, 21)),
        "structure": (srch.FEEDBACK, fb.id, app.id, dt.date(2025, 3, 4)),
        "outline": (srch.FEEDBACK, fb.id, app.id, dt.date(2025, 3, 4)),
        "pacing": (srch.REVIEW, item.id, app.id, None),
        "minutes": (srch.REVIEW, item.id, app.id, None),
        "rehearse": (srch.ACTION, act.id, app.id, dt.date(2025, 3, 10)),
        "posting": (srch.DOCUMENT, doc.id, app.id, dt.date(2025, 2, 1)),
        "onsite": (srch.DOCUMENT, doc.id, app.id, dt.date(2025, 2, 1)),
    }
    for query, (kind, ref, app_id, day) in expected.items():
        hits = srch.search(session, query)
        assert [(h.kind, h.ref, h.app_id, h.day) for h in hits] == [(kind, ref, app_id, day)], query

    [hit] = srch.search(session, "cohorts")
    assert hit.title == ""
    assert hit.context == hit.heading == "Quokka Labs — Data Analyst"
    assert hit.detail == "interview"
    [hit] = srch.search(session, "pacing")
    assert (hit.title, hit.detail) == ("Case study pacing", "interview")
    [hit] = srch.search(session, "Priya Raman")
    assert hit.heading == "Priya Raman"
    assert set(srch.KINDS) == {kind for kind, *_ in expected.values()}


def test_a_contact_opens_with_the_latest_application_it_is_part_of(
    session: Session, make_app: MakeApp
) -> None:
    first = make_app("Avocet", "Planner")
    second = make_app("Bittern", "Planner")
    person = contacts.create_contact(session, contacts.ContactInput(name="Imogen Tull"))
    [hit] = srch.search(session, "imogen")
    assert hit.app_id is None
    contacts.link_contact(session, second.id, person.id)
    contacts.link_contact(session, first.id, person.id)
    [hit] = srch.search(session, "imogen")
    assert hit.app_id == second.id
    contacts.unlink_contact(session, second.id, person.id)
    [hit] = srch.search(session, "tull")
    assert hit.app_id == first.id


def test_action_items_say_where_they_came_from(session: Session, make_app: MakeApp) -> None:
    app = make_app("Crake", "Porter")
    item = review.add_item(session, app.id, ReviewStage.INTERVIEW, "Salary question")
    review.assess(session, item.id, Outcome.TO_IMPROVE)
    made = review.make_action(session, item.id, "Research salary bands")
    alone = actions.create_action(session, actions.ActionInput(text="Research the sector"))
    by_ref = {h.ref: h for h in srch.search(session, "research")}
    assert (by_ref[made.id].detail, by_ref[made.id].app_id) == ("review", app.id)
    assert (by_ref[alone.id].detail, by_ref[alone.id].app_id) == ("manual", None)


def test_company_words_find_the_application_and_what_belongs_to_it(
    session: Session, make_app: MakeApp
) -> None:
    app = make_app("Wombat Works", "Designer")
    other = make_app("Numbat", "Designer")
    ev = events.add_event(session, app.id, events.EventInput(
        kind=EventKind.INTERVIEW, occurred_on=dt.date(2025, 3, 3), details="portfolio review",
    ))
    events.add_event(session, other.id, events.EventInput(
        kind=EventKind.INTERVIEW, occurred_on=dt.date(2025, 3, 3), details="portfolio review",
    ))
    assert found(session, "wombat portfolio") == {(srch.EVENT, ev.id)}
    assert (srch.APPLICATION, app.id) in found(session, "wombat")


# --- the query language --------------------------------------------------------------------


def test_plain_words_match_as_prefixes_of_words_only(session: Session) -> None:
    ci = add_checkin(session, "I practised the salary question twice", when=EVENING, emotions=SAD)
    assert found(session, "practis") == {(srch.CHECKIN, ci.id)}
    assert found(session, "PRACTISED") == {(srch.CHECKIN, ci.id)}
    assert found(session, "actised") == set()  # the middle of a word is not a prefix
    assert found(session, "practising") == set()


def test_a_single_letter_is_a_whole_word(session: Session) -> None:
    c_lang = add_checkin(session, "Brushed up my C and C++ for the embedded role", when=EVENING,
                         emotions=SAD)
    add_checkin(session, "Called the recruiter", when=EVENING, emotions=SAD)
    assert srch.match_expression("C++") == '"C++"'
    assert found(session, "c") == {(srch.CHECKIN, c_lang.id)}
    assert found(session, "C++ embed") == {(srch.CHECKIN, c_lang.id)}
    assert len(srch.search(session, "ca")) == 1  # two letters are a prefix again


def test_every_word_must_match_in_any_order(session: Session) -> None:
    both = add_checkin(session, "salary talk went badly, next time name a range", when=EVENING,
                       emotions=SAD)
    add_checkin(session, "the salary was fine", when=EVENING, emotions=SAD)
    assert found(session, "range salary") == {(srch.CHECKIN, both.id)}
    assert found(session, "salary") == {(srch.CHECKIN, both.id), (srch.CHECKIN, both.id + 1)}


def test_quotes_make_a_phrase(session: Session) -> None:
    together = add_checkin(session, "I need to tell the STAR answers story better", when=EVENING,
                           emotions=SAD)
    apart = add_checkin(session, "my answers were long; the star of the day was the CTO",
                        when=EVENING, emotions=SAD)
    assert found(session, '"star answers"') == {(srch.CHECKIN, together.id)}
    assert found(session, "star answers") == {(srch.CHECKIN, together.id),
                                               (srch.CHECKIN, apart.id)}
    assert found(session, '"star answ') == set()  # an unclosed phrase is still exact
    assert found(session, '"star answers') == {(srch.CHECKIN, together.id)}


def test_case_and_diacritics_are_ignored_both_ways(session: Session) -> None:
    accented = add_checkin(session, "Rewrote my Résumé for the Zürich role", when=EVENING,
                           emotions=SAD)
    plain = add_checkin(session, "resume sent to zurich again", when=EVENING, emotions=SAD)
    assert found(session, "resume") == {(srch.CHECKIN, accented.id), (srch.CHECKIN, plain.id)}
    assert found(session, "RÉSUMÉ zürich") == {(srch.CHECKIN, accented.id),
                                                (srch.CHECKIN, plain.id)}


@pytest.mark.parametrize("query", ["", "   ", "\n\t", '""', '" "', "*", "-", "()", "🙂", ":"])
def test_nothing_to_look_for_finds_nothing(session: Session, query: str) -> None:
    add_checkin(session, "anything at all", when=EVENING, emotions=SAD)
    assert srch.match_expression(query) is None
    assert srch.search(session, query) == []


HOSTILE = [
    '"', '""""', 'a"b', '"a" "b', "*", "practis*", "*practis", "AND", "OR", "NOT", "NEAR",
    "practis AND", "OR practis", "NOT practis", "practis NOT salary", "NEAR(practis salary, 2)",
    "-salary", "practis -", "title:practis", "body:salary", "{title body}: practis",
    "(practis", "practis)", "((((", "^practis", "practis + salary", "practis OR",
    "😡 practis 🙂", "👩🏽‍💻", "\x00", "practis\x00salary", "\udcff practis",
    "'; DROP TABLE checkins; --", "\\", "%", "_", "practis' OR '1'='1",
    "\ue000practis\ue001", "rank", "bm25(1)",
    "a" * 5000, " ".join(["practis"] * 500), "Ⅷ ½ ١٢٣", "שלום", "日本語の練習",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_input_is_only_text(session: Session, query: str) -> None:
    ci = add_checkin(session, "I practised the salary question; AND NOT OR near title body",
                     when=EVENING, emotions=SAD)
    hits = srch.search(session, query)
    assert all(h.kind == srch.CHECKIN and h.ref == ci.id for h in hits)
    assert session.execute(text("SELECT count(*) FROM checkins")).scalar() == 1


@pytest.mark.parametrize("query", [
    "practis*", "*practis", "(practis", "practis)", "^practis", "😡 practis 🙂",
    "practis\x00salary", "\udcff practis", "practis -", "practis + salary", "PRACTIS: salary",
])
def test_punctuation_around_words_still_finds_them(session: Session, query: str) -> None:
    ci = add_checkin(session, "I practised the salary question", when=EVENING, emotions=SAD)
    assert found(session, query) == {(srch.CHECKIN, ci.id)}


def test_operators_are_searched_as_words(session: Session) -> None:
    ci = add_checkin(session, "practised it, and not salary", when=EVENING, emotions=SAD)
    assert found(session, "practis AND") == {(srch.CHECKIN, ci.id)}
    assert found(session, "NOT salary") == {(srch.CHECKIN, ci.id)}
    assert found(session, "practis NOT salary") == {(srch.CHECKIN, ci.id)}
    assert found(session, "practis OR zebra") == set()  # OR is a word here, not "either"
    assert found(session, "-salary") == {(srch.CHECKIN, ci.id)}  # not "without salary"


def test_random_punctuation_never_raises(session: Session) -> None:
    add_checkin(session, "practised", when=EVENING, emotions=SAD)
    rng = random.Random(5)
    alphabet = '"*^:()-+{}[],.;\'\\/ NEAROTDp😡\u0301\ue000\x00\t'
    for _ in range(400):
        query = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 20)))
        srch.search(session, query)  # must not raise


def test_long_queries_use_the_first_words(session: Session) -> None:
    words = [f"w{i}" for i in range(40)]
    assert srch.match_expression(" ".join(words)) == " AND ".join(
        f'"{w}"*' for w in words[: srch.MAX_TERMS]
    )


def test_quotes_always_start_or_end_a_phrase() -> None:
    assert srch.match_expression('ab"cd e') == '"ab"* AND "cd e"'
    assert srch.match_expression("it's") == "\"it's\"*"
    assert srch.match_expression('"say ""hi"""') == '"say" AND "hi"'


# --- results -------------------------------------------------------------------------------


def test_snippet_marks_the_matches_on_one_line(session: Session) -> None:
    add_checkin(session, "Woke early.\n\nPractised the pitch,\tthen practised it again.",
                when=EVENING, emotions=SAD)
    [hit] = srch.search(session, "practis")
    assert [t for t, lit in hit.snippet if lit] == ["Practised", "practised"]
    assert "\n" not in hit.snippet_text() and "\t" not in hit.snippet_text()
    assert hit.snippet_text() == (
        "Woke early. [Practised] the pitch, then [practised] it again."
    )
    assert hit.snippet_text(("<", ">")).count("<") == 2


def test_a_heading_match_shows_the_records_own_text(session: Session, make_app: MakeApp) -> None:
    app = make_app("Osprey", "Guide", notes="Small team, lots of fieldwork")
    bare = events.add_event(session, app.id, events.EventInput(
        kind=EventKind.NOTE, occurred_on=dt.date(2025, 3, 2)))
    by_ref = {h.ref: h for h in srch.search(session, "osprey") if h.kind != srch.APPLICATION}
    [own] = [h for h in srch.search(session, "osprey") if h.kind == srch.APPLICATION]
    assert own.snippet == (("Small team, lots of fieldwork", False),)
    # Nothing of its own to show: its heading, with the match marked.
    assert by_ref[bare.id].snippet_text() == "[Osprey] — Guide"


def test_long_text_gets_a_short_snippet_around_the_match(session: Session) -> None:
    filler = " ".join(f"word{i}" for i in range(300))
    add_checkin(session, f"{filler} the recruiter called {filler}", when=EVENING, emotions=SAD)
    [hit] = srch.search(session, "recruiter")
    snippet = hit.snippet_text()
    assert "[recruiter]" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet.split()) <= srch.SNIPPET_TOKENS + 2


def test_a_match_in_the_title_ranks_above_one_in_the_text(
    session: Session, make_app: MakeApp
) -> None:
    for i in range(12):
        add_checkin(session, f"an ordinary day number {i}", when=EVENING, emotions=SAD)
    ci = add_checkin(session, "thinking about zephyr and many other things, at length, today",
                     when=EVENING, emotions=SAD)
    app = make_app("Zephyr", "Analyst")
    hits = srch.search(session, "zephyr")
    assert (hits[0].kind, hits[0].ref) == (srch.APPLICATION, app.id)
    assert (srch.CHECKIN, ci.id) in {(h.kind, h.ref) for h in hits}


def test_equally_good_matches_newest_first_and_limit(session: Session) -> None:
    days = [dt.date(2025, 1, d) for d in (3, 9, 1, 7)]
    made = {add_checkin(session, "same words exactly",
                        when=dt.datetime.combine(day, dt.time(20, 15)),
                        emotions=SAD).id: day for day in days}
    hits = srch.search(session, "same words")
    assert [h.day for h in hits] == sorted(days, reverse=True)
    assert {h.ref for h in hits} == set(made)
    assert len(srch.search(session, "same", limit=2)) == 2
    assert srch.search(session, "same", limit=0) == []


def test_archived_applications_can_be_left_out(session: Session, make_app: MakeApp) -> None:
    old = make_app("Oldco", "Clerk", notes="filing")
    new = make_app("Newco", "Clerk", notes="filing")
    ci = add_checkin(session, "filing all day", when=EVENING, emotions=SAD, application_id=old.id)
    alone = add_checkin(session, "filing at home", when=EVENING, emotions=SAD)
    apps.set_archived(session, old.id, True)
    assert found(session, "filing") == {
        (srch.APPLICATION, old.id), (srch.APPLICATION, new.id),
        (srch.CHECKIN, ci.id), (srch.CHECKIN, alone.id),
    }
    assert found(session, "filing", include_archived=False) == {
        (srch.APPLICATION, new.id), (srch.CHECKIN, alone.id),
    }


# --- huge entries: the work per match is bounded ---------------------------------------------

HUGE = 1_000_000  # a pasted document, just under the services' limit for one text


def _pasted(size: int, sentences: Iterator[str]) -> str:
    """About ``size`` characters of ``sentences``, one after the other."""
    out: list[str] = []
    length = 0
    while length < size:
        out.append(next(sentences))
        length += len(out[-1]) + 1
    return " ".join(out)


def _practice() -> Iterator[str]:
    # Short, varied sentences, each with a word that "practis" finds.
    openings = ("Today I", "Again I", "We", "After the call I")
    endings = ("the pitch", "my STAR answers", "the salary question", "with a friend")
    for i in range(10**9):
        yield f"{openings[i % 4]} practised {endings[i // 4 % 4]} {i}."


def test_a_huge_entry_full_of_matches_gets_a_short_snippet(session: Session) -> None:
    journal = _pasted(HUGE, _practice())
    assert journal.count("practised") > 20_000  # tens of thousands of matches in one row
    ci = add_checkin(session, journal, when=EVENING, emotions=SAD)
    [hit] = srch.search(session, "practis")
    assert hit.ref == ci.id
    marked = [t for t, lit in hit.snippet if lit]
    assert marked and set(marked) == {"practised"}
    snippet = hit.snippet_text()
    assert len(snippet.split()) <= srch.SNIPPET_TOKENS + 2 and snippet.endswith("…")
    # Real text from the entry, around a match; and the same whatever the entry's size.
    assert snippet.replace("[", "").replace("]", "").rstrip("…") in journal
    for size in (5_000, 50_000):
        add_checkin(session, _pasted(size, _practice()), when=dt.datetime(2025, 1, 1, 20, 15),
                    emotions=SAD)
    assert {h.snippet_text() for h in srch.search(session, "practis")} == {snippet}


def test_a_match_at_the_very_end_of_a_huge_entry_is_shown(session: Session) -> None:
    words = (f"word{i}" for i in range(10**9))
    add_checkin(session, _pasted(HUGE, words) + " and then the recruiter called back.",
                when=EVENING, emotions=SAD)
    [hit] = srch.search(session, "recruiter")
    assert hit.snippet_text().startswith("…")
    assert hit.snippet_text().endswith("the [recruiter] called back.")


def test_words_together_only_late_in_a_huge_entry_are_shown_together(
    session: Session,
) -> None:
    # Everywhere else the two words are farther apart than a snippet is long.
    apart = (f"The interview {i} went on and on, hour after hour, with question after "
             f"question after question. Later the salary {i} was low, and so were my hopes "
             f"for the whole of the rest of that long week." for i in range(10**9))
    add_checkin(session, _pasted(HUGE, apart) + " At last an interview with a fair salary.",
                when=EVENING, emotions=SAD)
    [hit] = srch.search(session, "interview salary")
    assert hit.snippet_text().endswith("At last an [interview] with a fair [salary].")


def test_a_snippet_does_not_grow_with_a_text_without_spaces(session: Session) -> None:
    # One enormous "word" (a pasted blob, or a language written without spaces): FTS5's
    # snippet() counts it as one token and used to return the whole megabyte.
    add_checkin(session, "日本語の練習" * (HUGE // 6), when=EVENING, emotions=SAD)
    [hit] = srch.search(session, "日本語")
    assert hit.snippet[0][1]  # the match is marked
    assert len(hit.snippet_text()) <= srch.PIECE + 2 * srch.MARGIN + 3


def test_the_ranking_query_makes_no_snippets(session: Session) -> None:
    # FTS5's snippet() scores every match of a row against every other one (its work grows
    # with the square of the matches: seconds for one huge entry), and highlight() copies
    # its output at each match: neither may run over whole rows of the store.
    add_checkin(session, "I practised the salary question; practised it again", when=EVENING,
                emotions=SAD)
    sent: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        sent.append(statement.lower())

    engine = session.connection().engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        [hit] = srch.search(session, "practis salary")
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert hit.snippet_text() == (
        "I [practised] the [salary] question; [practised] it again")
    assert any("search_index" in s for s in sent)
    assert not [s for s in sent if "snippet(" in s or "highlight(" in s]


def test_texts_are_cut_into_bounded_pieces_between_words() -> None:
    rng = random.Random(2)
    words = "".join(rng.choice(["salary ", "practised ", "a\n", "résumé  ", "x"])
                    for _ in range(100_000))
    for one in (words, "x" * 50_000, " " * 50_000, "short text"):
        pieces = list(srch._cut(one))
        assert all(len(p) <= srch.PIECE + 2 * srch.MARGIN for p, _, _ in pieces)
        assert [f for _, f, _ in pieces] == [True] + [False] * (len(pieces) - 1)
        assert [last for _, _, last in pieces] == [False] * (len(pieces) - 1) + [True]
        assert pieces[0][0] == one[: len(pieces[0][0])]
        assert pieces[-1][0] == one[len(one) - len(pieces[-1][0]):]
    pieces = [p for p, _, _ in srch._cut(words)]
    # Cut after a space (no word split in two), each piece overlapping the next.
    assert all(p[-1].isspace() for p in pieces[:-1])
    assert all(a[-srch.MARGIN // 2:] in b for a, b in pairwise(pieces))
    assert "".join(pieces) != words and sum(map(len, pieces)) < 1.3 * len(words)


def test_snippets_use_the_tokenizer_of_the_index(session: Session) -> None:
    made = session.execute(text(
        "SELECT sql FROM sqlite_master WHERE name = 'search_index'")).scalar_one()
    assert f"tokenize = '{srch.TOKENIZER}'" in made
